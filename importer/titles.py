"""Headlines: recognizing them among portal lines, and deriving one when a page has none."""

import re

from importer import dates

SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ỹ“\"])")
ORGANIZED = re.compile(r"\b(?:vừa |đã )?(?:tổ chức|tiến hành|khai mạc|ra mắt)\s+(?P<what>.+)$")
TRAILING_DATE = re.compile(r"^(?P<head>.+?)\s*[(\[]\s*(?P<when>[^()\[\]]*\d{4}[^()\[\]]*)\s*[)\]]\s*$")
MAX_DERIVED = 150


def undouble(text):
    """ "X X" -> "X": some portals print a headline or a section twice on one line."""
    words = text.split()
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def split_trailing_date(text):
    """ "Headline (20/02/2019 08:53 PM)" -> ("Headline", Moment); else (text, None)."""
    match = TRAILING_DATE.match(text)
    if match:
        moment, leftover = dates.dateline(match["when"])
        if moment is not None and not leftover:
            return match["head"], moment
    return text, None


def is_title_like(text, min_words=6):
    """Long enough to be a headline, not a sentence, and not a dateline ("03:25 PM 30/09/2019 | Lượt xem: 458")."""
    return (
        min_words <= len(text.split())
        and len(text) <= 300
        and text[-1] not in ".;:,"
        and dates.dateline(text)[0] is None
    )


def derive(paragraph):
    """A candidate headline from a lede: what was organized, else its first sentence, shortened."""
    sentence = SENTENCE.split(paragraph, maxsplit=1)[0].rstrip(" .")
    match = ORGANIZED.search(sentence)
    if match and len(match["what"].split()) >= 4:
        sentence = match["what"][0].upper() + match["what"][1:]
    if len(sentence) <= MAX_DERIVED:
        return sentence
    cut = sentence[:MAX_DERIVED]
    for boundary in (", ", " "):
        if boundary in cut:
            return cut[: cut.rfind(boundary)].rstrip(" ,;")
    return cut
