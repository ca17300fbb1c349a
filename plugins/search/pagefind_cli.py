"""Run the Pagefind CLI in the background over a folder of documents; publish its bundle only when complete.

The binary comes from npm's pinned tarball (plugins/npm_package.py): npm's
1.6.0 searches far faster than PyPI's 1.5.2, and one CLI run indexes the whole
folder, where the Python API would be called once per file. It runs while
Pelican writes the pages, into a staging folder outside the site: whatever
stops the build, no Pagefind outlives it and no partial bundle is published.
"""

import atexit
import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import npm_package

BINARIES = ("pagefind_extended", "pagefind")  # the npm package ships one of them
# Pagefind's ready-made interfaces: search.js uses the plain API, so they are not published.
UNUSED = ("pagefind-*ui.*", "pagefind-highlight.js")
PR_SET_PDEATHSIG = 1  # linux/prctl.h
# Runs in progress by staging folder: atexit and the next build stop what a failed build left.
RUNNING = {}


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
    """One Pagefind run writing its bundle into `staging`."""

    def __init__(self, executable, documents, staging):
        self.staging = Path(staging)
        shutil.rmtree(self.staging, ignore_errors=True)
        self.log = tempfile.TemporaryFile()  # a file, not a pipe: nothing blocks Pagefind while Pelican writes
        command = [str(executable), "--site", str(documents), "--output-path", str(self.staging), "--force-language", "vi", "--quiet"]
        try:
            self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
        except OSError as error:
            self.log.close()
            raise SearchBuildError(f"không chạy được {executable}: {error}") from error

    def publish(self, bundle):
        """Wait for Pagefind, then put the complete bundle at `bundle`, replacing an older one."""
        code = self.process.wait()
        if code:
            self.log.seek(0)
            raise SearchBuildError(f"Pagefind dừng với mã {code}:\n{self.log.read().decode(errors='replace')}")
        for pattern in UNUSED:
            for path in self.staging.glob(pattern):
                path.unlink()
        bundle = Path(bundle)
        incoming = bundle.with_name(f".{bundle.name}.incoming")  # a copy when cache and output are on two disks
        shutil.rmtree(incoming, ignore_errors=True)
        shutil.move(self.staging, incoming)
        shutil.rmtree(bundle, ignore_errors=True)
        os.rename(incoming, bundle)

    def stop(self):
        """Kill Pagefind if it still runs and drop whatever it wrote."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.log.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def start(executable, documents, staging):
    """Start indexing `documents` into `staging`; a run a failed build left behind is stopped first."""
    stop_all()
    RUNNING[Path(staging)] = Indexing(executable, documents, staging)


def finish(staging, bundle):
    """Wait for the run started for `staging` and publish its bundle at `bundle`."""
    indexing = RUNNING.pop(Path(staging))
    try:
        indexing.publish(bundle)
    finally:
        indexing.stop()


def stop_all():
    while RUNNING:
        RUNNING.popitem()[1].stop()


# A build stopped by an error never reaches finish(): its Pagefind is stopped when Python exits.
atexit.register(stop_all)
