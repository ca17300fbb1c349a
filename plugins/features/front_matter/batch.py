"""Render many content files at once in worker processes.

Reading (YAML, Markdown, typogrify) is most of a large build and Pelican does it
one file after another; on a machine with several cores the files are shared out
before Pelican asks for them, and the reader then takes the finished results.
"""

import logging
import multiprocessing
import os
import signal
import threading
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .render import SETTING_KEYS, Renderer

logger = logging.getLogger(__name__)
_renderer = None


def _start_worker(settings):
    global _renderer  # noqa: PLW0603 - one Renderer per worker process
    _renderer = Renderer(settings)


def _render(path):
    return path, _renderer.render(path)


@contextmanager
def _workers_ignore_ctrl_c():
    """Workers started here never see Ctrl+C: the parent alone stops the build (a worker
    interrupted while Python starts, or before it has its orders, prints a traceback).

    SIGINT is blocked while they start, and the mask passes to them through exec. A
    Ctrl+C pressed meanwhile is only noted (another thread of the parent may take it)
    and raised here once every worker has started.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed = []
    handler = signal.signal(signal.SIGINT, lambda number, frame: pressed.append(number))
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        signal.signal(signal.SIGINT, handler)
    if pressed:
        raise KeyboardInterrupt


def default_processes():
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def render_all(paths, settings, processes):
    """{path: Renderer.render(path)} from `processes` workers; {} if they cannot run,
    and the reader then renders each file itself."""
    worker_settings = {key: settings[key] for key in SETTING_KEYS if key in settings}
    # spawn, not fork: the parent has threads (Pelican's progress display) whose
    # locks a forked child could inherit held.
    context = multiprocessing.get_context("spawn")
    chunk = max(1, min(64, len(paths) // (processes * 8)))
    try:
        with ProcessPoolExecutor(processes, context, _start_worker, (worker_settings,)) as pool:
            try:
                with _workers_ignore_ctrl_c():  # map starts the workers as it submits the work
                    results = pool.map(_render, paths, chunksize=chunk)
                return dict(results)
            except KeyboardInterrupt:
                pool.shutdown(wait=False, cancel_futures=True)  # the workers finish their chunk only
                raise
    except (BrokenProcessPool, OSError) as error:
        logger.warning("Đọc song song không chạy được (%s): đọc lần lượt từng tệp", error)
        return {}
