"""What a citing sentence says around a document: its date, its issuer, the level its symbol names."""

import bisect
import datetime

import pytest

from citation_gold import load as gold_items
from plugins.features.cited_documents.detect import _SENTENCE_END, _collapsed, _Scan, find_mentions

QUOTE = ("Thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về "
         "“Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận”.")


def test_date_and_issuer_of_the_sentence():
    (mention,) = find_mentions(QUOTE)
    assert mention.issued == datetime.date(2013, 6, 3)
    assert mention.issuer == "Ban Chấp hành Trung ương Đảng"
    assert mention.sentence == QUOTE


@pytest.mark.parametrize("text, issued", [
    ("Kế hoạch số 120-KH/HU ngày 17 tháng 7 năm 2018 của Huyện ủy", datetime.date(2018, 7, 17)),
    ("Quyết định 29/2021/QĐ-UBND ngày 31-12-2021 của UBND tỉnh", datetime.date(2021, 12, 31)),
    ("Nghị quyết số 57/NQ-CP ngày 1.12.2009 về Chương trình", datetime.date(2009, 12, 1)),
    ("Quyết định 217-QĐ/TW ngày 32/13/2013 của Bộ Chính trị", None),
    ("Chỉ thị số 43-CT/TW về công tác Hội, ban hành ngày 08/6/2010", None),  # after the title: not its date
])
def test_dates(text, issued):
    assert find_mentions(text)[0].issued == issued


def test_each_document_of_a_sentence_gets_its_own_date_and_issuer():
    text = ("Thông báo số 911-TB/TU, ngày 14/3/2018 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 120-KH/HU, "
            "ngày 17/7/2018 của Huyện ủy về việc bố trí cán bộ.")
    assert [(m.issued, m.issuer) for m in find_mentions(text)] == [
        (datetime.date(2018, 3, 14), "Ban Thường vụ Tỉnh ủy"), (datetime.date(2018, 7, 17), "Huyện ủy")]


@pytest.mark.parametrize("symbol, level", [
    ("NQ/TW", "Trung ương"), ("NQ/TU", "Tỉnh ủy"), ("NQ/HU", "Huyện ủy"), ("NQ/QU", "Quận ủy"), ("NQ/ThU", "Thị ủy"),
    ("NQ/ĐU", "Đảng ủy"), ("NQ-CP", "Chính phủ"), ("CT-TTg", "Thủ tướng Chính phủ"), ("QH14", "Quốc hội"),
    ("QĐ-UBND", "Ủy ban nhân dân"), ("NQ-HĐND", "Hội đồng nhân dân"), ("HD/BDVTW", "Trung ương"),
    ("KH/BDVHU", "Huyện ủy"), ("KH-MTTQ-BTT", "Mặt trận Tổ quốc"), ("CV/BTG", None),
])
def test_levels_read_from_the_symbol(symbol, level):
    (mention,) = find_mentions(f"Văn bản số 12/2020/{symbol}" if symbol == "QH14" else f"Văn bản số 12-{symbol}")
    assert mention.citation.level == level


def test_long_sentences_are_cut_around_the_mention_at_word_boundaries():
    text = "Trong năm, " + "các cấp ủy đảng đã lãnh đạo tốt công tác dân vận, " * 12 + \
        "thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư, " + "vận động nhân dân tham gia xây dựng nông thôn mới, " * 12 + "."
    (mention,) = find_mentions(text)
    assert len(mention.sentence) <= 302
    assert "Chỉ thị số 49-CT/TW" in mention.sentence
    assert mention.sentence.startswith("…") and mention.sentence.endswith("…")
    assert mention.sentence[1:].split()[0] in text.split()


def test_a_city_committee_writes_tu_too():
    (city,) = find_mentions("thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Thành ủy về an sinh xã hội")
    (province,) = find_mentions("thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy về an sinh xã hội")
    assert (city.citation.level, province.citation.level) == ("Thành ủy", "Tỉnh ủy")
    assert city.citation.key == province.citation.key == "chi-thi-19-ct-tu"


def _bounds_by_splitting(ends, length, position):
    """Sentence bounds as a split of the whole text at every sentence end (`ends`) would give them."""
    index = bisect.bisect_right(ends, position)
    return (ends[index - 1] if index else 0), (ends[index] if index < len(ends) else length)


def _texts_with_many_sentence_marks():
    """The gold items joined into long texts (sentences longer than the first look back, too),
    plus marks in every position a sentence end can be tricky about."""
    gold = [item.text for item in gold_items()]
    yield "\n".join(gold)
    yield " ".join(gold)
    yield "Ngắn. " + "từ " * 700 + "Thực hiện Quyết định 217. Tiếp theo “trích dẫn.” Bà Hoa! Hết?"
    yield "…\n\n.. ?!” Nghị quyết 25 “.) (A." + "x" * 300 + ". B"


@pytest.mark.parametrize("text", list(_texts_with_many_sentence_marks()), ids=["lines", "running", "long", "marks"])
def test_sentence_bounds_read_around_a_position_are_those_of_the_whole_text(text):
    scan = _Scan(text)
    ends = [match.end() for match in _SENTENCE_END.finditer(scan.source)]
    for position in range(len(scan.source)):
        scan._sentence = None  # each position read afresh, not from the sentence before
        expected = _bounds_by_splitting(ends, len(scan.source), position)
        assert scan.sentence_bounds(position) == expected, position
        assert scan.sentence_bounds(position) == expected, position  # and again, from what it kept


@pytest.mark.parametrize("text", ["", " ", "a", "a b", "a  b", " a b", "a b ", "Nghị quyết số 25-NQ/TW"])
def test_collapsed_spaces_are_those_of_a_split_and_join(text):
    assert _collapsed(text) == " ".join(text.split())


def test_collapsed_spaces_agree_with_split_for_every_character_between_words():
    differ = [hex(code) for code in range(0x110000) if _collapsed(f"a{chr(code)}b") != " ".join(f"a{chr(code)}b".split())]
    assert differ == []
