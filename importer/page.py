"""The lines of a legacy page, whatever it was saved as.

Both kinds of source become the same list of `Line`s so that one extraction handles
them; HTML adds what its markup tells for sure (content region, headline, captions).
"""

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def clean_text(raw):
    """NFC, one plain space between words: spelling and tone marks untouched."""
    return SPACES.sub(" ", unicodedata.normalize("NFC", raw)).strip()


@dataclass(frozen=True)
class Line:
    """One non-blank line of a text dump, or one text block of an HTML page."""

    number: int
    raw: str
    text: str
    region: str = ""  # HTML only: "content" inside the article's element, else "outside"
    dropped_by: str = ""  # HTML only: the rule of a widget element containing it
    hint: str = ""  # HTML only: "title", "date", "author", "caption" or "image"
    image: str = ""  # HTML only: the image a caption or image line stands for


@dataclass
class Page:
    path: Path
    kind: str  # "text" or "html"
    lines: list
    profile: str = ""
    meta: dict = field(default_factory=dict)  # HTML only: published, source
