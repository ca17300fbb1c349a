"""Render many content files at once in worker processes.

Reading (YAML, Markdown, typogrify) is most of a large build and Pelican does it
one file after another; on a machine with several cores the files are shared out
before Pelican asks for them, and the reader then takes the finished results.
"""

import logging
import multiprocessing
import os
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
            return dict(pool.map(_render, paths, chunksize=chunk))
    except (BrokenProcessPool, OSError) as error:
        logger.warning("Đọc song song không chạy được (%s): đọc lần lượt từng tệp", error)
        return {}
