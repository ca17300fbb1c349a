"""Normalize Vietnamese text for matching and search, never for display.

Source text mixes NFC and NFD, two tone-mark placements ("Hòa"/"Hoà",
"thủy"/"thuỷ"), "i" or "y" ending a syllable ("kỉ niệm"/"kỷ niệm") and, from legacy encodings, "Ð" (U+00D0) for "Đ"; readers
consider all of these the same word. Pages keep the author's spelling: only
the copies used for matching and search indexes go through these functions.
Accent folding by NFD alone leaves "đ" intact, so it is mapped explicitly.
"""

import functools
import re
import unicodedata
from typing import NamedTuple

from plugins.libs.table_fold import TableFold

# Syllables "oa", "oe", "uy" with no final letter take the tone mark on either
# vowel ("hòa"/"hoà"); the first vowel is the canonical place here because it
# is what most Vietnamese news text uses. "qu" + "y" is not such a cluster
# ("quý"), and closed syllables ("hoàn", "huỳnh") have one correct placement.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
VIETNAMESE_MARKS = set(TONE_MARKS + "\u0302\u0306\u031b")  # + circumflex, breve, horn
_SECOND_VOWEL_TONE = re.compile(
    rf"(?<![qQ])([oO])([aAeE])([{TONE_MARKS}])(?!\w)|(?<![qQ])([uU])([yY])([{TONE_MARKS}])(?!\w)"
)
# "kỉ"/"kỷ", "lí"/"lý", "mĩ"/"mỹ", "hi sinh"/"hy sinh", "công ti"/"công ty": after a
# single-letter onset h, k, l, m, s, t, an open syllable ends in "i" or "y" as the writer
# pleases; "y" is the canonical one, the more common in news text. Only those onsets:
# "thi", "chi", "khi", "đi", "vi" (the name "Vy" aside) have no "y" spelling, nor has a
# "y" after a vowel ("uy", "ay", "ây") an "i" one.
MARK_RANGE = "\u0300-\u036f"
_FINAL_I = re.compile(rf"(?<![\w{MARK_RANGE}])([hklmstHKLMST])([iI])([{TONE_MARKS}]?)(?![\w{MARK_RANGE}])")


def _composed(bases, more_marks):
    """The NFC letters that decompose to one of `bases` then a tone mark, with (or without) more marks after it."""
    found = ""
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        parts = unicodedata.normalize("NFD", chr(code))
        if parts[0] in bases and len(parts) > 1 and parts[1] in TONE_MARKS and (len(parts) > 2) == more_marks:
            found += chr(code)
    return found


# In NFC text, what any of the above may change; text without it is its own normalize().
# "ặ", "ệ" decompose to the tone then another mark: after them, any letter may follow.
_MAY_CHANGE = re.compile(
    rf"[\u00d0\u00f0{MARK_RANGE}]|[oO][{_composed('aAeE', False)}](?!\w)|[oO][{_composed('aAeE', True)}]"
    rf"|(?<![qQ])[uU][{_composed('yY', False)}](?!\w)|(?<!\w)[hklmstHKLMST][iI{_composed('iI', False)}](?!\w)"
)
_LEGACY_D = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})  # Ð ð → Đ đ
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000"


def _fold_table():
    """Map every Latin letter with marks to its lowercase base letter, once."""
    table = {}
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    for letter in "ĐđÐð":
        table[ord(letter)] = "d"
    for code in range(0x0300, 0x0370):  # combining marks left over after NFC
        table[code] = None
    for space in _SPACES:
        table[ord(space)] = " "
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    return table


FOLD_TABLE = _fold_table()
_fold_table_fast = functools.cache(lambda: TableFold(FOLD_TABLE))  # built on first use: 10 ms


def _variants():
    """The lowercase Vietnamese letters that fold to each ASCII letter: "d" → "dđð"."""
    variants = {chr(code): chr(code) for code in range(ord("a"), ord("z") + 1)}
    for code, base in sorted(FOLD_TABLE.items()):
        char = chr(code)
        marks = set(unicodedata.normalize("NFD", char)[1:])
        if base in variants and char != base and char == char.lower() and (marks <= VIETNAMESE_MARKS or char in "đð"):
            variants[base] += char
    return variants


# Lets a pattern match lowercased text directly, without folding it first.
FOLD_VARIANTS = _variants()


def nfc(text):
    """Compose: the form pages are stored in."""
    return unicodedata.normalize("NFC", text)


def _move_tone(match):
    first, second, tone = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
    return first + tone + second


def _final_y(match):
    onset, vowel, tone = match.group(1, 2, 3)
    return onset + ("y" if vowel == "i" else "Y") + tone


def normalize(text):
    """NFC, canonical tone placement, "y" for a final "i" ("kỉ" → "kỷ") and "Đ" for legacy "Ð"; case and marks kept.

    Two spellings readers take for one word become one string, while words
    that differ only by their marks ("hội"/"hỏi", "đoàn"/"đoạn") stay apart.
    """
    composed = unicodedata.normalize("NFC", text)
    if not _MAY_CHANGE.search(composed):
        return composed  # most running text: a quick scan instead of two conversions
    decomposed = unicodedata.normalize("NFD", composed.translate(_LEGACY_D))
    toned = _SECOND_VOWEL_TONE.sub(_move_tone, decomposed)
    return unicodedata.normalize("NFC", _FINAL_I.sub(_final_y, toned))


def fold(text):
    """Lowercase ASCII-like key: "Hoà Thành", "HÒA THÀNH", "hoa thanh" all give "hoa thanh".

    Used where a reader may type without marks (search) and for cheap matching.
    """
    return _fold_table_fast()(nfc(text))


class Folded(NamedTuple):
    """Folded text that remembers where each of its characters came from."""

    source: str  # the NFC text
    folded: str
    offsets: list | None  # folded index → source index; None when they coincide

    def source_range(self, start, end):
        """(start, end) in the NFC source of folded[start:end]."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], (self.offsets[end - 1] + 1 if end > start else self.offsets[start])

    def source_span(self, start, end):
        """The NFC source text behind folded[start:end]."""
        first, last = self.source_range(start, end)
        return self.source[first:last]


def fold_with_offsets(text):
    """fold(), plus the way back to the source, so a match can be checked against the marks.

    Folding keeps one character per character for nearly all real text, so the
    per-character walk runs only when a stray mark or a special letter changed
    the length.
    """
    source = nfc(text)
    folded = _fold_table_fast()(source)
    if len(folded) == len(source):
        return Folded(source, folded, None)
    pieces, offsets = [], []
    for index, char in enumerate(source):
        piece = char.translate(FOLD_TABLE).lower()
        pieces.append(piece)
        offsets.extend([index] * len(piece))
    offsets.append(len(source))  # so an empty span at the very end is addressable
    return Folded(source, "".join(pieces), offsets)


def has_marks(word):
    """True when a word carries Vietnamese marks or "đ", i.e. its author typed them."""
    return not word.isascii()

