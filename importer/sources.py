"""Read a legacy page, a text dump or a saved HTML page, into numbered lines.

The bytes are checked before any parsing: an empty file, or a binary one (a photo or an
archive saved under a page's name), is refused at the line where it shows instead of
becoming an article of garbage.
"""

import codecs
import os
import re
from pathlib import Path

from importer import profiles
from importer.htmlpage import read_html
from importer.page import INVISIBLE_CONTROLS, ImportProblem, Line, Page, clean_text

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".aspx", ".php", ".jsp"}
# Control bytes other than the space-like ones (a vertical tab from Word, a form feed);
# C0 only: in the legacy 8-bit encodings bytes 0x80-0x9F are letters.
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1b\x7f]")
# Text holds no control characters, or a stray few (stripped, and listed for review);
# in random bytes about one in twelve is one.
BINARY_SHARE = 0.02
STRAY_CONTROLS = 8


def load(path):
    """The file's bytes; an empty file is refused."""
    data = Path(path).read_bytes()
    if not data.strip():
        raise ImportProblem("tệp rỗng, không có gì để nhập")
    return data


def decode(data):
    """The text of `data` when its encoding is certain (UTF-8, or UTF-16 with its BOM), else None."""
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _line_at(content, offset):
    return content.count(b"\n" if isinstance(content, bytes) else "\n", 0, offset) + 1


def refuse_binary(content):
    """Raise ImportProblem when `content` (text, or bytes of an unknown encoding) is no text at all.

    A NUL never occurs in a saved page or a text dump; nor do control characters beyond a few.
    """
    nul = b"\0" if isinstance(content, bytes) else "\0"
    if nul in content:
        raise ImportProblem(
            "tệp nhị phân (có byte NUL), không phải trang HTML hay văn bản: không nhập",
            line=_line_at(content, content.index(nul)),
        )
    controls = list((CONTROL_BYTES if isinstance(content, bytes) else INVISIBLE_CONTROLS).finditer(content))
    if len(controls) > max(STRAY_CONTROLS, BINARY_SHARE * len(content)):
        share = round(100 * len(controls) / len(content))
        raise ImportProblem(
            f"tệp nhị phân ({share}% là ký tự điều khiển), không phải trang HTML hay văn bản: không nhập",
            line=_line_at(content, controls[0].start()),
        )


def not_utf8(data):
    """The problem of a text dump that is not UTF-8, at the line of its first undecodable byte."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        return ImportProblem(
            f"không phải văn bản UTF-8 (byte 0x{byte:02X} không đọc được): hãy lưu lại tệp ở dạng UTF-8 rồi nhập lại",
            line=_line_at(data, error.start),
        )
    return ImportProblem("không phải văn bản UTF-8: hãy lưu lại tệp ở dạng UTF-8 rồi nhập lại")


def read_text(path, content=None):
    """A text dump: every non-blank line, numbered as in the file."""
    if content is None:
        content = Path(path).read_text(encoding="utf-8-sig")
    lines = [
        Line(number, raw, clean_text(raw))
        for number, raw in enumerate(content.splitlines(), start=1)
        if clean_text(raw)
    ]
    profile = profiles.load().detect_text([line.text for line in lines])
    return Page(Path(path), "text", lines, profile=profile.name if profile else "")


def is_html(path, data=None):
    """By suffix, else by sniffing: saved pages often lose their extension."""
    path = Path(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = (path.read_bytes() if data is None else data)[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def read_source(path):
    """The page in `path`; ImportProblem when it is empty, binary, or a text dump not in UTF-8."""
    data = load(path)
    text = decode(data)
    refuse_binary(data if text is None else text)
    if is_html(path, data if text is None else text[:2048].encode("utf-8")):
        return read_html(path, content=data if text is None else text)
    if text is None:
        raise not_utf8(data)
    return read_text(path, text)


# A saved site's files that are no pages: the robots' and the tools' own (HTTrack's logs).
NOT_PAGES = {"robots.txt", "humans.txt", "hts-log.txt", "readme.txt", "license.txt"}
NOT_PAGE_SUFFIXES = {
    ".css", ".js", ".json", ".xml", ".rss", ".ico", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp",
    ".svg", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".rar", ".mp3", ".mp4", ".woff", ".woff2",
    ".ttf", ".eot", ".map", ".txt",
}
# wget keeps a page's query in its file name: `index.php?id=5`, `index.php@id=5` on Windows.
QUERY_IN_NAME = re.compile(r"[?@]|%3[Ff]")


def page_suffix(name):
    """The suffix of a saved file's name, its query left out: `index.php?id=5` -> `.php`."""
    return Path(QUERY_IN_NAME.split(name, 1)[0]).suffix.lower()


def site_pages(root):
    """The pages of a site saved in the folder `root` (wget, HTTrack, a browser), in name order.

    HTML pages by suffix (also with wget's query in the name: `index.php?id=5`), text dumps
    (`.txt`, except the robots' and the saving tools' own files), and files without a known
    suffix whose first bytes are HTML (wget without --adjust-extension). Pictures, style
    sheets, scripts and the folders of the saving tools (`hts-cache`) are not pages.
    """
    pages = []
    for folder, folders, files in os.walk(root):
        folders[:] = [f for f in folders if f not in ("hts-cache", ".git")]
        for name in files:
            path = Path(folder) / name
            suffix = page_suffix(name)
            if suffix in HTML_SUFFIXES or (name.lower().endswith(".txt") and name.lower() not in NOT_PAGES):
                pages.append(path)
            elif suffix not in NOT_PAGE_SUFFIXES and _looks_html(path):
                pages.append(path)
    return sorted(pages)


def _looks_html(path):
    try:
        with open(path, "rb") as handle:
            head = handle.read(2048).lstrip().lower()
    except OSError:
        return False
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
