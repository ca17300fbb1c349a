"""The lines of a legacy page, whatever it was saved as.

Both kinds of source become the same list of `Line`s so that one extraction handles
them; HTML adds what its markup tells for sure (content region, headline, captions).
"""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# C0 and C1 control characters other than tab, line feed and carriage return. Those that
# Python counts as spaces (vertical tab, form feed, U+001C-U+001F, U+0085) become a space;
# the others are removed: no title, field or paragraph may carry one.
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
INVISIBLE_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


class ImportProblem(Exception):
    """A page the importer cannot turn into an article (said in the report, not a traceback).

    `line` is the source line the problem was found at, when one makes sense.
    """

    def __init__(self, message, line=None):
        super().__init__(message)
        self.line = line


def clean_text(raw):
    """NFC, one plain space between words, no control characters: spelling and tone marks untouched."""
    return SPACES.sub(" ", INVISIBLE_CONTROLS.sub("", unicodedata.normalize("NFC", raw))).strip()


def controls_in(raw):
    """The control characters `clean_text` takes out of `raw`, counted: the review lists them."""
    return Counter(CONTROLS.findall(raw))


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
    meta: dict = field(default_factory=dict)  # HTML only: published, source, title
    meta_controls: Counter = field(default_factory=Counter)  # HTML only: taken out of those values
