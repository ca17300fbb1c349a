"""Drop Pelican's content cache when the code or settings that read content change.

Pelican's cache is keyed on each file's sha256 only: after an upgrade of Markdown
or typogrify, or a change to this reader or its settings, it would keep serving
the old HTML. A fingerprint of all of those sits beside the cache.
"""

import hashlib
import importlib.metadata
import logging
import shutil
from pathlib import Path

from .render import SETTING_KEYS

logger = logging.getLogger(__name__)
STAMP = "front-matter-fingerprint"
# Files in CACHE_PATH that hold no read content, kept when the content cache is dropped:
# page_reuse's record of the files it wrote (what it may delete from the output).
DEFAULT_KEEP = ("page-reuse-files.json",)
# The reader's own code and the shared rules it applies (slugs, the time zone).
READER_CODE = (Path(__file__).parent, Path(__file__).parents[2] / "libs")
PACKAGES = ("pelican", "Markdown", "typogrify", "smartypants", "PyYAML")


def fingerprint(settings):
    digest = hashlib.sha256()
    for folder in READER_CODE:
        for source in sorted(folder.glob("*.py")):
            digest.update(source.read_bytes())
    if settings.get("FRONT_MATTER_DERIVED"):
        # Derived values run other plugins' code, which may import any local module: all of it counts.
        for source in sorted(Path(__file__).parents[2].rglob("*.py")):
            digest.update(source.read_bytes())
    for key in SETTING_KEYS:
        digest.update(f"{key}={settings.get(key)!r}".encode())
    for package in PACKAGES:
        digest.update(f"{package}=={importlib.metadata.version(package)}".encode())
    return digest.hexdigest()


def _stamped(stamp):
    """The fingerprint the stamp holds; None when there is none, "" when it is unreadable."""
    try:
        text = stamp.read_bytes().decode("ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""
    return text if len(text) == hashlib.sha256().digest_size * 2 and text.isalnum() else ""


def guard(settings):
    """Delete the cache files (not other folders kept there, nor FRONT_MATTER_CACHE_KEEP) if the fingerprint changed.

    A damaged stamp (not a fingerprint, a folder, unreadable) counts as a changed one:
    the cache is dropped and the site read again, instead of every build failing.
    """
    if not (settings.get("CACHE_CONTENT") and settings.get("LOAD_CONTENT_CACHE")):
        return
    cache = Path(settings["CACHE_PATH"])
    stamp = cache / STAMP
    current = fingerprint(settings)
    stamped = _stamped(stamp)
    if stamped == current:
        return
    if stamped == "":
        logger.warning("Dấu bộ nhớ đệm %s bị hỏng: bỏ bộ nhớ đệm, đọc lại mọi bài", stamp)
        if stamp.is_dir() and not stamp.is_symlink():
            shutil.rmtree(stamp)
    if cache.is_dir():
        kept = set(settings.get("FRONT_MATTER_CACHE_KEEP", DEFAULT_KEEP))
        for entry in cache.iterdir():
            if (entry.is_file() or entry.is_symlink()) and entry.name not in kept:
                entry.unlink()
    cache.mkdir(parents=True, exist_ok=True)
    stamp.write_text(current, encoding="utf-8")
