"""The quick fold gives exactly what translate gives, for every character there is."""

import sys
import unicodedata

import pytest

from plugins.features.cited_documents.detect import FOLD_AND_DASHES
from plugins.libs.table_fold import QUICK_FROM, TableFold
from plugins.libs.vietnamese_text import FOLD_TABLE, fold, fold_with_offsets

TABLES = {"fold": FOLD_TABLE, "fold and dashes": FOLD_AND_DASHES}
# Long enough for the quick way, with the letters and punctuation of real pages around.
PADDING = "Nghị quyết số 25-NQ/TW “về Đảng” – ĐOÀN THANH NIÊN… "
assert len(PADDING) * 2 > QUICK_FROM


def code_points():
    return (chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)


def slow(table, text):
    return text.translate(table).lower()


@pytest.mark.parametrize("name", list(TABLES))
def test_every_character_the_quick_way_may_keep_folds_as_translate_folds_it(name):
    table = TABLES[name]
    folder = TableFold(table)
    # Every character the quick way does not drop: it keeps a Latin-1 letter of it, or replaces it first.
    kept = [char for char in code_points() if unicodedata.normalize("NFD", char)[0] <= "\u00ff" or char in "đĐÐð“”–…"]
    assert len(kept) > 600  # ASCII, Latin-1 and the Latin letters with marks: else this shows nothing
    wrong = [char for char in kept if folder(PADDING + char + PADDING) != slow(table, PADDING + char + PADDING)]
    assert wrong == []


@pytest.mark.parametrize("name", list(TABLES))
def test_any_other_character_sends_its_text_to_translate(name):
    table, folder = TABLES[name], TableFold(TABLES[name])
    characters = list(code_points())
    wrong = [
        index for index in range(0, len(characters), 16)
        if folder(PADDING + "".join(characters[index:index + 16]) + PADDING)
        != slow(table, PADDING + "".join(characters[index:index + 16]) + PADDING)
    ]
    assert wrong == []


def test_text_in_nfd_and_stray_marks_fold_as_before():
    text = PADDING + unicodedata.normalize("NFD", "Hội Liên hiệp Phụ nữ ") + "e\u0301\u0301 " + PADDING
    assert TableFold(FOLD_TABLE)(text) == slow(FOLD_TABLE, text)
    assert fold(text) == slow(FOLD_TABLE, unicodedata.normalize("NFC", text))
    folded = fold_with_offsets(text)
    assert folded.folded == fold(text)
    assert folded.offsets is not None  # the stray marks are dropped: the offsets say where each letter came from


def test_short_and_empty_text():
    folder = TableFold(FOLD_TABLE)
    assert folder("") == ""
    assert folder("Đảng") == "dang"
    assert folder("Đ" * (QUICK_FROM + 1)) == "d" * (QUICK_FROM + 1)
