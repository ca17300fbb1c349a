"""One document, however a page spells it: the same kind, number, symbol and key."""

import dataclasses
import datetime
import pickle
import random
import re
import unicodedata

import pytest

from citation_gold import load as gold_items
from plugins.features.cited_documents.detect import (_Scan, _document_spans, _short_forms_resolved, _spans, _unglued,
                                                     article_citations, find_mentions, from_record)


def identities(text):
    return [(m.citation.kind, m.citation.number, m.citation.symbol) for m in find_mentions(text)]


@pytest.mark.parametrize("written", [
    "Quyết định số 217-QĐ/TW", "Quyết định 217-QĐ/TW", "Quyết định số 217 - QĐ/TW", "Quyết định 217/QĐ-TW",
    "Quyết định số 217-QD/TW", "quyết định số 217-qđ/tw", "Quyết định số 217–QĐ/TW", "Quyết định số 217-QĐ-TW",
    "Quyết định số 217 — QĐ / TW", "QUYẾT ĐỊNH SỐ 217-QĐ/TW", "Quyet dinh so 217-QD/TW", "Quyết định số: 217-QĐ/TW",
    "Quyết định số 217-QÐ/TW",  # legacy "Ð" (U+00D0)
    unicodedata.normalize("NFD", "Quyết định số 217-QĐ/TW"),
])
def test_spellings_of_one_party_document_give_one_key(written):
    (mention,) = find_mentions(f"Thực hiện {written} của Bộ Chính trị.")
    assert (mention.citation.kind, mention.citation.number, mention.citation.symbol) == ("Quyết định", "217", "QĐ/TW")
    assert mention.citation.key == "quyet-dinh-217-qd-tw"
    assert mention.citation.label == "Quyết định số 217-QĐ/TW"
    assert mention.issuer == "Bộ Chính trị"


def test_offsets_point_into_the_text_given_even_when_decomposed():
    text = unicodedata.normalize("NFD", "Quán triệt Nghị quyết số 25-NQ/TW.")
    (mention,) = find_mentions(text)
    assert unicodedata.normalize("NFC", text[mention.start:mention.end]) == "Nghị quyết số 25-NQ/TW"


@pytest.mark.parametrize("written, symbol", [
    ("Nghị quyết 25-NQ-TW", "NQ/TW"), ("Nghị quyết 25/NQ-TW", "NQ/TW"), ("nghị quyết 25 nq/tw", "NQ/TW"),
    ("Chỉ thị số 16/CT - TTg", "CT-TTg"), ("Chỉ thị 16/CT-TTG", "CT-TTg"), ("Kế hoạch số 26-KH/Th.U", "KH/ThU"),
    ("Chương trình hành động số 17-CTr/ThU", "CTr/ThU"), ("Đề án 208-DA/THU", "ĐA/ThU"),
    ("Quy định số 08-QĐi/TW", "QĐi/TW"), ("Công văn số 171-CV/BTG", "CV/BTG"), ("Công văn số 455/UBND-NV", "UBND-NV"),
    ("Quyết định số 84 QĐ/TWĐTN", "QĐ/TWĐTN"), ("Nghị quyết 13-NQ/TƯ", "NQ/TW"),
    ("Chương trình phối hợp số 161-CTr/BCSĐUBND-BDVTU", "CTr/BCSĐUBND-BDVTU"),
    ("Chương trình phối hợp số 161-CTr-BCSĐUBND-BDVTU", "CTr/BCSĐUBND-BDVTU"),
    ("Quy chế phối hợp số 01-QCPH/UBND-BDVTU", "QCPH/UBND-BDVTU"), ("Nghị quyết số 05-NQ/BCSĐ", "NQ/BCSĐ"),
    ("Nghị quyết số 33NQTW, ngày", "NQ/TW"), ("Kế hoạch số 5KHHU", "KH/HU"),
])
def test_symbols_are_spelt_one_way(written, symbol):
    (mention,) = find_mentions(written)
    assert mention.citation.symbol == symbol


def test_state_documents_keep_their_year_and_dash():
    (decree,) = find_mentions("Nghị định 159/2013/NĐ-CP quy định xử phạt")
    assert (decree.citation.number, decree.citation.year, decree.citation.symbol) == ("159", 2013, "NĐ-CP")
    assert decree.citation.key == "nghi-dinh-159-2013-nd-cp"
    assert decree.citation.label == "Nghị định số 159/2013/NĐ-CP"


def test_numbers_lose_their_leading_zeros_and_labels_write_two_digits():
    (mention,) = find_mentions("Nghị quyết số 09-NQ/TW của Bộ Chính trị")
    assert mention.citation.number == "9"
    assert mention.citation.key == "nghi-quyet-9-nq-tw"
    assert mention.citation.label == "Nghị quyết số 09-NQ/TW"


def test_thong_bao_ket_luan_takes_the_kind_of_its_code():
    assert identities("Thông báo Kết luận số 148-TB/TW, Thông báo kết luận số 66-KL/TW") == [
        ("Thông báo", "148", "TB/TW"), ("Kết luận", "66", "KL/TW")]


@pytest.mark.parametrize("written", [
    "Quyết định 217, 218-QĐ/TW", "Quyết định số 217 và 218-QĐ/TW", "Quyết định số 217-QĐ/TW và 218-QĐ/TW",
    "Quyết định 217,218 – QĐ/TW", "Quyết định số 217-QĐ/TW, số 218-QĐ/TW",
])
def test_a_list_is_one_document_per_number_sharing_the_symbol_written_last(written):
    assert identities(f"triển khai {written} của Bộ Chính trị") == [
        ("Quyết định", "217", "QĐ/TW"), ("Quyết định", "218", "QĐ/TW")]


def test_a_list_without_symbol_keeps_bare_numbers_and_shares_its_issuer():
    found = find_mentions("sơ kết 5 năm thực hiện Quyết định 217, 218 của Bộ Chính trị")
    assert [(m.citation.number, m.citation.symbol, m.issuer) for m in found] == [
        ("217", None, "Bộ Chính trị"), ("218", None, "Bộ Chính trị")]


def test_abbreviated_kinds_count_only_in_capitals():
    assert identities("ký cam kết thực hiện Chỉ thị 35, Kết luận 05 của BTV Tỉnh ủy và QĐ 33 của UBND tỉnh") == [
        ("Chỉ thị", "35", None), ("Kết luận", "5", None), ("Quyết định", "33", None)]
    assert identities("(KH số 62-KH/BDVTU - Tải về)") == [("Kế hoạch", "62", "KH/BDVTU")]
    assert identities("có qd 33 hộ, KH 5 người") == []


@pytest.mark.parametrize("text, name, year", [
    ("tuyên truyền Luật Mặt trận Tổ quốc Việt Nam năm 2015 cho nhân dân", "Luật Mặt trận Tổ quốc Việt Nam", 2015),
    ("thi hành luật phòng chống bạo lực gia đình", "Luật Phòng, chống bạo lực gia đình", None),
    ("theo Luật MTTQVN 1999", "Luật Mặt trận Tổ quốc Việt Nam", 1999),
    ("Luật Khiếu nại số 02/2011/QH13 (Điều 66)", "Luật Khiếu nại", 2011),
    ("Luật Hôn nhân và Gia đình năm 2014", "Luật Hôn nhân và Gia đình", 2014),
    ("Luật Đặc khu, Luật An ninh mạng", "Luật Đặc khu", None),
    ("Bộ luật dân sự 2015", "Bộ luật Dân sự", 2015),
    ("quy định tại Hiến pháp 2013", "Hiến pháp năm 2013", None),
    ("Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None),
    ("thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội XIII của Đảng", None),
    ("Nghị quyết Đại hội 13 của Đảng", "Nghị quyết Đại hội XIII của Đảng", None),
    ("Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Trung ương 4 khóa XII", None),
    ("Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XI", "Nghị quyết Trung ương 9 khóa XI", None),
    ("nghị quyết Hội nghị Trung ương lần thứ 11 của BCH Trung ương Đảng (khóa XIII)",
     "Nghị quyết Trung ương 11 khóa XIII", None),
    ("Nghị quyết Trung ương 4 của Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa XII",
     "Nghị quyết Trung ương 4 khóa XII", None),
])
def test_documents_named_without_number(text, name, year):
    mention = find_mentions(text)[0]
    assert (mention.citation.name, mention.citation.year, mention.citation.number) == (name, year, None)


def test_article_citations_keep_the_first_mention_of_each_as_plain_values():
    records = article_citations("Quán triệt <b>Nghị quyết số 25-NQ/TW</b> ngày 03/6/2013",
                                "<p>Nghị quyết 25-NQ/TW và Chỉ thị số 43-CT/TW của Ban Bí thư.</p>\n<p>Luật Đất đai</p>")
    found = [from_record(record) for record in records]
    assert [m.citation.key for m in found] == ["nghi-quyet-25-nq-tw", "chi-thi-43-ct-tw", "luat-dat-dai"]
    assert found[0].sentence == "Quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013"
    assert (found[0].issued, found[1].issuer) == (datetime.date(2013, 6, 3), "Ban Bí thư")
    # Each as find_mentions reads it, offsets aside.
    body = find_mentions("Nghị quyết 25-NQ/TW và Chỉ thị số 43-CT/TW của Ban Bí thư.")[1]
    assert dataclasses.replace(body, start=None, end=None) == found[1]
    # Nothing but plain values, which the content cache keeps as they are and the garbage collector skips.
    assert all(type(value) in (str, int, datetime.date, type(None)) for record in records for value in record)
    assert pickle.loads(pickle.dumps(records)) == records


@pytest.mark.parametrize("text, label", [
    ("Thông tư 04 quy định mã số tiêu chuẩn chức danh", "Thông tư số 4"),
    ("Quyết định số 217 quy định về giám sát", "Quyết định số 217"),
    ("Nghị định số 59 quy định chi tiết một số điều", "Nghị định số 59"),
])
def test_quy_dinh_after_a_number_is_the_title_verb_not_a_quarter(text, label):
    assert [m.citation.label for m in find_mentions(text)] == [label]


def test_the_longest_known_law_name_wins_over_a_shorter_one_it_starts_with():
    found = find_mentions("của Luật bầu cử đại biểu Quốc hội, Luật bầu cử đại biểu Hội đồng Nhân dân, nhất là")
    assert [m.citation.name for m in found] == ["Luật Bầu cử đại biểu Quốc hội", "Luật Bầu cử đại biểu Hội đồng nhân dân"]
    assert [m.citation.name for m in find_mentions("Luật Bầu cử năm 1997")] == ["Luật Bầu cử"]


@pytest.mark.parametrize("text, identity", [
    ("triển khai Thông tri số 10 ngày 8-7-2016 của Ủy ban Trung ương MTTQVN", ("Thông tri", "10", None)),
    ("Thông tri số 10/TT-MTTW-BTT", ("Thông tri", "10", "TT-MTTW-BTT")),
    ("Thông tri liên tịch số 05", ("Thông tri", "5", None)),
    ("Quy chế phối hợp số 01-QCPH/UBND-BDVTU", ("Quy chế", "1", "QCPH/UBND-BDVTU")),
    ("Chương trình phối hợp số 03", ("Chương trình", "3", None)),
    ("Tờ trình số 25/TTr-UBND", ("Tờ trình", "25", "TTr-UBND")),
])
def test_kinds_of_the_front_and_the_party(text, identity):
    assert identities(text) == [identity]


@pytest.mark.parametrize("text, expected", [
    ("thực hiện Kết luận số 12- KL/TW ngày 24-10-2011 của Bộ Chính trị (Kết luận 12) về", [("Kết luận", "12", "KL/TW")] * 2),
    ("Nghị quyết số 02-NQ/TW (sau đây gọi tắt là Nghị quyết số 02)", [("Nghị quyết", "2", "NQ/TW")] * 2),
    # Two symbolled documents of that number: the short form stays apart, the page did not say which.
    ("Quyết định 217-QĐ/TW, Quyết định 217/QĐ-UBND và Quyết định 217",
     [("Quyết định", "217", "QĐ/TW"), ("Quyết định", "217", "QĐ-UBND"), ("Quyết định", "217", None)]),
    # Another kind of the same number is another document.
    ("Quy định 217-QĐ/TW và Chỉ thị 217", [("Quy định", "217", "QĐ/TW"), ("Chỉ thị", "217", None)]),
])
def test_a_short_form_is_the_one_symbolled_document_of_its_kind_and_number_in_the_text(text, expected):
    assert identities(text) == expected


def test_a_list_number_glued_to_a_kind_word_is_not_part_of_it():
    text = "- 3Nghị định 64/2014/NĐ-CP hướng dẫn - 4Luật tổ chức chính quyền địa phương 2015"
    found = find_mentions(text)
    assert [m.citation.label for m in found] == ["Nghị định số 64/2014/NĐ-CP", "Luật Tổ chức chính quyền địa phương"]
    assert text[found[0].start:found[0].end] == "Nghị định 64/2014/NĐ-CP"
    assert identities("Chỉ thị số 37CT/TW") == [("Chỉ thị", "37", "CT/TW")]


def _spans_blanking_first(text):
    """The spans as read when every number glued to a kind word is blanked before the kind search."""
    scan = _Scan(text)
    scan.folded = _unglued(scan.folded)
    return _short_forms_resolved(_spans(scan, glued_seen=True))


def _with_glued_numbers(text, seed):
    """`text` with digits glued before some of its kind words and symbol codes, and some "/" after them."""
    chooser = random.Random(seed)
    words = r"Nghị định|Nghị quyết|Luật|Quyết định|Kế hoạch|Chỉ thị|Thông tư|Hướng dẫn|QĐ|NQ|TW|Đề án"

    def glue(match):
        roll = chooser.random()
        if roll < 0.3:
            return f"{chooser.randint(0, 99)}{match.group(0)}"
        if roll < 0.4:
            return f"{chooser.randint(0, 9)}{match.group(0)}/{chooser.choice(['x', 'TW', ' '])}"
        return match.group(0)

    return re.sub(words, glue, text, flags=re.IGNORECASE)


@pytest.mark.parametrize("seed", range(40))
def test_glued_numbers_are_blanked_as_if_before_the_kind_search(seed):
    for item in gold_items():
        text = _with_glued_numbers(item.text, seed * 1000 + len(item.text))
        assert _document_spans(_Scan(text)) == _spans_blanking_first(text), text
