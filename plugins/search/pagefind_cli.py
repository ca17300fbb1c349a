"""Run the Pagefind CLI once over a folder of documents.

The binary comes from npm's pinned tarball (plugins/npm_package.py): npm's
1.6.0 searches far faster than PyPI's 1.5.2, and one CLI run indexes the whole
folder, where the Python API would be called once per file.
"""

import shutil
import subprocess
from pathlib import Path

import npm_package

BINARIES = ("pagefind_extended", "pagefind")  # the npm package ships one of them
# Pagefind's ready-made interfaces: search.js uses the plain API, so they are not published.
UNUSED = ("pagefind-*ui.*", "pagefind-highlight.js")


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


def index(executable, documents, bundle):
    """Index every document under `documents` into the bundle folder `bundle` (replaced)."""
    shutil.rmtree(bundle, ignore_errors=True)
    command = [str(executable), "--site", str(documents), "--output-path", str(bundle), "--force-language", "vi", "--quiet"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SearchBuildError(f"không chạy được {executable}: {error}") from error
    if result.returncode:
        raise SearchBuildError(f"Pagefind dừng với mã {result.returncode}:\n{result.stderr or result.stdout}")
    for pattern in UNUSED:
        for path in Path(bundle).glob(pattern):
            path.unlink()
