"""An article's photos from the saved site into content/images/<year>/, and its links to them.

A saved page's <img> is looked up next to the page the way each saving tool lays files
out: relative to the page (a browser's `page_files/`), from the saved site's root for an
address starting with `/` or naming the portal (wget's `host/path`), with the query
wget keeps in the file name (`anh.jpg?w=300`, `anh.jpg@w=300` on Windows), and, last,
by its file name anywhere in the saved site when only one file has it. Only a real
picture (by its first bytes) inside the saved folder is taken.

A copy is named `<name>-<hash of its bytes>.<type>`: two different photos both called
`image001.jpg` stay apart, and importing again finds the same file (nothing is copied
twice). The article links it as `{static}/images/<year>/<file>`.
"""

import functools
import hashlib
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"}
QUERY_MARKS = ("?", "@", "%3F", "%3f")
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"BM", ".bmp"),
)
MISSING_NOTE = "Không tìm thấy tệp ảnh trong bản lưu, giữ địa chỉ gốc: {}"


def picture_type(data):
    """The suffix of the picture `data` is (by its first bytes), or "" when it is no picture."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    return next((suffix for signature, suffix in SIGNATURES if data.startswith(signature)), "")


def plain_name(name):
    """A saved file's name without the query wget keeps in it: `anh.jpg?w=300` -> `anh.jpg`."""
    for mark in QUERY_MARKS:
        head, _, _ = name.partition(mark)
        if head != name and Path(head).suffix.lower() in SUFFIXES:
            return head
    return name


def is_image_file(path):
    return Path(plain_name(path.name)).suffix.lower() in SUFFIXES


def _with_query(path, query):
    """The names a saved file of `path` with `query` can have."""
    if not query:
        return [path]
    return [path.with_name(path.name + mark + query) for mark in ("?", "@", "%3F")] + [path]


def candidates(page_path, root, src):
    """Where the image `src` of the page at `page_path` may have been saved, most likely first."""
    parts = urlsplit(src.strip())
    path, query = unquote(parts.path), parts.query
    page_dir = page_path.parent
    ancestors = [page_dir, *page_dir.parents]
    ancestors = ancestors[: ancestors.index(root) + 1] if root in ancestors else [page_dir]
    found = []
    if parts.scheme in ("http", "https"):
        for base in ancestors:
            found += _with_query(base / parts.netloc / path.lstrip("/"), query)
            found += _with_query(base / path.lstrip("/"), query)
    elif parts.scheme == "" and not parts.netloc:
        if path.startswith("/"):
            found += [c for base in ancestors for c in _with_query(base / path.lstrip("/"), query)]
        else:
            found += _with_query(page_dir / path, query)
    return found


@functools.lru_cache(maxsize=8)
def names_in(root):
    """The saved site's picture files by plain name (walked once per process)."""
    index = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if Path(plain_name(name)).suffix.lower() in SUFFIXES:
                index.setdefault(plain_name(name).lower(), []).append(Path(folder) / name)
    return index


def _inside(path, root):
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True


def locate(page_path, root, src, address="", anywhere=True):
    """The saved picture file for an <img src> (or its absolute `address`), or None.

    `anywhere`: else, by its name alone in the saved site, when only one file has it.
    """
    page_path, root = Path(page_path), Path(root)
    options = candidates(page_path, root, src)
    if address and address != src:
        options += candidates(page_path, root, address)
    for option in options:
        if option.is_file() and _inside(option, root):
            return option
    if not anywhere:
        return None
    name = plain_name(Path(unquote(urlsplit(src).path)).name).lower()
    same = [path for path in names_in(root).get(name, []) if _inside(path, root)] if name else []
    return same[0] if len(same) == 1 else None


def file_name(path, data):
    """The copy's name: the original's, in plain letters, with the hash of its bytes."""
    stem = Path(plain_name(path.name)).stem
    stem = unicodedata.normalize("NFKD", stem.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:60] or "anh"
    digest = hashlib.sha1(data).hexdigest()[:10]
    return f"{stem}-{digest}{picture_type(data)}"


@dataclass(frozen=True)
class Found:
    """A picture of the page found in the saved site: where it is and the name of its copy."""

    address: str  # the image address the article has
    path: str
    name: str


def find(page, root, anywhere=True):
    """(Found pictures by address, addresses not found) of the page's image lines."""
    raw = page.meta.get("image_sources", {})
    found, missing = {}, []
    for line in page.lines:
        if not line.image or line.image in found or line.image in missing:
            continue
        path = locate(page.path, root, raw.get(line.image, line.image), line.image, anywhere)
        data = path.read_bytes() if path else b""
        if path and picture_type(data):
            found[line.image] = Found(line.image, str(path), file_name(path, data))
        else:
            missing.append(line.image)
    return found, missing


class Store:
    """content/images/: the pictures of the articles written in this run, by year."""

    def __init__(self, folder):
        self.folder = Path(folder)

    def link(self, article, pictures):
        """Point the article's figures at the copies; the copies to make, as (source, target)."""
        year = str(article.moment.day.year)
        copies = []
        for block in article.body:
            picture = pictures.get(block.image) if block.kind == "figure" else None
            if picture is None:
                continue
            block.image = f"{{static}}/images/{year}/{picture.name}"
            block.alt = block.text or block.alt
            copies.append((Path(picture.path), self.folder / year / picture.name))
        return copies

    @staticmethod
    def copy(copies):
        """Copy what is not there yet (a name is its bytes' hash: one there is the same picture)."""
        made = []
        for source, target in copies:
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                # Through a temporary name: a copy cut short (Ctrl+C, a full disk) must not
                # stay under the final name, which later runs trust as the picture's hash.
                partial = target.with_name(f".{target.name}.part")
                try:
                    shutil.copyfile(source, partial)
                    os.replace(partial, target)
                finally:
                    partial.unlink(missing_ok=True)
                made.append(target)
        return made
