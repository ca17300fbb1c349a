"""Run the Pagefind CLI in the background over folders of documents, one after another.

The binary comes from npm's pinned tarball (plugins/libs/npm_package.py): npm's
1.6.0 searches far faster than PyPI's 1.5.2, and one CLI run indexes the whole
folder, where the Python API would be called once per file. It runs while
Pelican writes the pages, each run into a staging folder renamed only when it
succeeded: whatever stops the build, no Pagefind outlives it and no partial
bundle is kept. Runs are started from Pelican's main thread (as pages are
written, then at the end): the kernel's parent-death signal follows the thread
that started the process.
"""

import atexit
import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from plugins.libs import npm_package

from . import parts

BINARIES = ("pagefind_extended", "pagefind")  # the npm package ships one of them
# Pagefind's ready-made interfaces: search.js uses the plain API, so they are not published.
UNUSED = ("pagefind-*ui.*", "pagefind-highlight.js")
PR_SET_PDEATHSIG = 1  # linux/prctl.h
# Pagefind's options for every run. Part of each part's key (parts.py): a change reindexes all.
OPTIONS = ("--force-language", "vi", "--quiet")
# The indexing in progress: atexit and the next build stop what a failed build left.
RUNNING = []


class SearchBuildError(SystemExit):
    """Stops the build with one readable line instead of a traceback."""

    def __init__(self, message):
        super().__init__(f"Tìm kiếm: {message}")


def binary(settings):
    """Path of the Pagefind executable: SEARCH_PAGEFIND_BINARY, else the pinned npm package."""
    if settings["SEARCH_PAGEFIND_BINARY"]:
        return Path(settings["SEARCH_PAGEFIND_BINARY"])
    name, version = settings["SEARCH_PAGEFIND_PACKAGE"], settings["SEARCH_PAGEFIND_VERSION"]
    try:
        package = npm_package.fetch(name, version, settings["SEARCH_PAGEFIND_INTEGRITY"])
    except (OSError, RuntimeError) as error:
        raise SearchBuildError(
            f"không tải được Pagefind {version} ({name}) từ npm: {error}. Kiểm tra kết nối mạng, "
            "hoặc đặt SEARCH_PAGEFIND_BINARY là đường dẫn tới một bản pagefind đã có."
        ) from error
    for candidate in BINARIES:
        if (package / "bin" / candidate).is_file():
            return package / "bin" / candidate
    raise SearchBuildError(f"gói {name} {version} không có tệp bin/{BINARIES[0]}")


def _die_with_parent():
    """In the child before exec: a Pelican killed outright (SIGKILL, SIGTERM: no atexit) takes Pagefind along."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class Indexing:
    """Pagefind runs over a list of (documents, bundle) folders, one after another: one part's
    index in memory at a time. A bundle gets its final name only once its run succeeded."""

    def __init__(self, executable, jobs):
        self.executable, self.jobs = executable, list(jobs)
        self.current = None  # (process, bundle being written)
        self.log = tempfile.TemporaryFile()  # a file, not a pipe: nothing blocks Pagefind while Pelican writes
        self.advance()

    def _start(self, documents, bundle):
        staging = _staging(bundle)
        shutil.rmtree(staging, ignore_errors=True)
        command = [str(self.executable), "--site", str(documents), "--output-path", str(staging), *OPTIONS]
        self.log.seek(0)
        self.log.truncate()
        try:
            process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
        except OSError as error:
            raise SearchBuildError(f"không chạy được {self.executable}: {error}") from error
        self.current = (process, Path(bundle))

    def _finish_current(self):
        process, bundle = self.current
        code = process.wait()
        self.current = None
        staging = _staging(bundle)
        if code:
            self.log.seek(0)
            shutil.rmtree(staging, ignore_errors=True)
            raise SearchBuildError(f"Pagefind dừng với mã {code}:\n{self.log.read().decode(errors='replace')}")
        for pattern in UNUSED:
            for path in staging.glob(pattern):
                path.unlink()
        parts.seal(staging)
        shutil.rmtree(bundle, ignore_errors=True)
        os.rename(staging, bundle)

    def advance(self):
        """Without waiting: if the running Pagefind is done, check it and start the next one."""
        while self.current is None or self.current[0].poll() is not None:
            if self.current is not None:
                self._finish_current()
            if not self.jobs:
                return
            self._start(*self.jobs.pop(0))

    def wait(self):
        """Run every remaining job to its end; a failed run stops the build with Pagefind's message."""
        while self.current is not None:
            self.current[0].wait()
            self.advance()

    def stop(self):
        """Kill Pagefind if it still runs and drop what it wrote."""
        if self.current is not None:
            process, bundle = self.current
            if process.poll() is None:
                process.kill()
            process.wait()
            shutil.rmtree(_staging(bundle), ignore_errors=True)
            self.current = None
        self.jobs = []
        self.log.close()


def _staging(bundle):
    return Path(bundle).with_name(Path(bundle).name + ".partial")


def start(executable, jobs):
    """Start indexing each (documents, bundle) in turn; runs a failed build left behind are stopped first."""
    stop_all()
    RUNNING.append(Indexing(executable, jobs))


def advance():
    """Called as pages are written: start the next run as soon as one ends."""
    for indexing in RUNNING:
        indexing.advance()


def finish():
    """Wait for every run: each bundle is complete, or the build stops."""
    try:
        while RUNNING:
            RUNNING[0].wait()
            RUNNING.pop(0).stop()
    finally:
        stop_all()


def stop_all():
    while RUNNING:
        RUNNING.pop().stop()


# A build stopped by an error never reaches finish(): its Pagefind is stopped when Python exits.
atexit.register(stop_all)
