"""The other spellings of an article's words that readers type, for Pagefind to index.

Pagefind folds most marks itself but not "đ", and it treats "Hoà" and "Hòa" as
different spellings when ranking: readers' spellings are the canonical form of
normalize() ("hòa" for "Hoà", "kỷ" for "kỉ"), the "d" form of every word with "đ"
("dang" for "Đảng"), and the other way of writing a period or an ordinal ("1" for
"quý I", "12" for "lần thứ XII", "sáu" for "6 tháng", and back). Free of Pelican objects, so that the front matter reader computes them
in its worker processes (FRONT_MATTER_DERIVED) and Pelican's cache keeps them.
"""

import functools
import re

from plugins.libs.html_text import visible_text
from plugins.libs.vietnamese_text import fold, nfc, normalize

# Around the body in Pagefind's copy of the text: title ⁂ body ⁂ other spellings.
SEPARATOR = "\u2042"  # never a word to Pagefind
# What marks a lowercase NFC word that may have another spelling: "đ", an "oa",
# "oe", "uy" ending the word with the tone on its second vowel, or an "i" ending a
# syllable after h, k, l, m, s, t ("kỉ", "lí").
TRIGGER = re.compile(r"[đð]|o[àáảãạèéẻẽẹ](?!\w)|u[ỳýỷỹỵ](?!\w)|(?<!\w)[hklmst][iìíỉĩị](?!\w)")
WORD_REST = re.compile(r"\w*")


def plain(html):
    """Text of an HTML fragment, entities decoded, without the separator."""
    return visible_text(html).replace(SEPARATOR, " ")


@functools.lru_cache(maxsize=1 << 16)
def _other_spellings(word):
    """("hòa",) for "hoà", ("dang",) for "đảng", ("đại", "dai") for legacy "ðại"; () for most words."""
    canonical = normalize(word)
    extra = (canonical,) if canonical != word else ()
    return extra + (fold(word),) if "đ" in canonical else extra


def _candidates(text):
    """The words of `text` around each trigger, in order: a scan for a few letters
    is several times faster than splitting all of the text into words."""
    last = 0
    for hit in TRIGGER.finditer(text):
        start = hit.start()
        if start < last:
            continue  # a second trigger in the same word
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        last = WORD_REST.match(text, hit.end()).end()
        yield text[start:last]


ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# Numbered periods and ordinals, in lowercase NFC text (both tone placements of "khóa"): the word before the number
# says it is one ("quý I", "khóa XX", "lần thứ 12", "kỳ họp thứ 7", "Đại hội XIII").
ORDINAL = re.compile(r"(?<!\w)(quý|khóa|khoá|lần thứ|họp thứ|đại hội)[^\S\n]+([ivxlc]+|\d{1,2})(?!\w)")
QUARTERS = 4
LARGEST_ORDINAL = 39  # congresses, terms and sessions: XXXIX at most in practice
# "6 tháng đầu năm" / "sáu tháng đầu năm": the reporting periods, not dates ("ngày 6 tháng 9").
MONTHS_SPELT = {"3": "ba", "6": "sáu", "9": "chín"}
PERIOD = re.compile(r"(?<!\w)(ngày |mùng |mồng )?(3|6|9|ba|sáu|chín) tháng(?!\w)")


def roman_value(numeral):
    """12 for "xii"; None unless `numeral` is a Roman numeral as written (not "iiii", "ic")."""
    total, previous = 0, 0
    for letter in reversed(numeral):
        value = ROMAN[letter]
        total += -value if value < previous else value
        previous = max(previous, value)
    return total if total and to_roman(total) == numeral else None


def to_roman(number):
    """"xii" for 12 (1 to 399)."""
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, number = divmod(number, value)
        out += letters * count
    return out


def _ordinal_spelling(match):
    """The other way of writing a numbered period or ordinal: "12" for "lần thứ XII", "i" for "quý 1"."""
    word, number = match.group(1, 2)
    largest = QUARTERS if word == "quý" else LARGEST_ORDINAL
    if number.isdigit():
        value = int(number)
        return to_roman(value) if 0 < value <= largest and number[0] != "0" else ""
    value = roman_value(number)
    return str(value) if value and value <= largest else ""


def number_spellings(text):
    """Other spellings of the periods and ordinals of lowercase NFC `text`, one per occurrence."""
    spellings = [_ordinal_spelling(match) for match in ORDINAL.finditer(text)]
    spelt = {value: key for key, value in MONTHS_SPELT.items()}
    for match in PERIOD.finditer(text):
        if not match.group(1):  # "ngày 6 tháng 9" is a date
            number = match.group(2)
            spellings.append(MONTHS_SPELT.get(number) or spelt[number])
    return [spelling for spelling in spellings if spelling]


def reader_spellings(text):
    """Other spellings of the words of `text` that readers type, one per occurrence.

    Occurrences are kept, not deduplicated, so that ranking by term frequency
    treats "Hoà" written five times like "Hòa" written five times.
    """
    lower = nfc(text).lower()
    words = [spelling for word in _candidates(lower) for spelling in _other_spellings(word)]
    return " ".join(words + number_spellings(lower))


def article_spellings(title_html, body_html):
    """(spellings of the title, spellings of the body) of one article's HTML."""
    return reader_spellings(plain(title_html)), reader_spellings(plain(body_html))
