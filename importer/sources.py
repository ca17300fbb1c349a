"""Read a legacy page, a text dump or a saved HTML page, into numbered lines."""

from pathlib import Path

from importer import profiles
from importer.htmlpage import read_html
from importer.page import Line, Page, clean_text

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".aspx", ".php", ".jsp"}


def read_text(path):
    """A text dump: every non-blank line, numbered as in the file."""
    content = Path(path).read_text(encoding="utf-8-sig")
    lines = [
        Line(number, raw, clean_text(raw))
        for number, raw in enumerate(content.splitlines(), start=1)
        if clean_text(raw)
    ]
    profile = profiles.load().detect_text([line.text for line in lines])
    return Page(Path(path), "text", lines, profile=profile.name if profile else "")


def is_html(path):
    """By suffix, else by sniffing: saved pages often lose their extension."""
    path = Path(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = path.read_bytes()[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def read_source(path):
    return read_html(path) if is_html(path) else read_text(path)
