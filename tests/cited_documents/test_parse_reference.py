"""A reference an editor writes (front matter, data files): exactly one document, or nothing."""

import pytest

from plugins.features.cited_documents.detect import parse_reference


@pytest.mark.parametrize("written, key", [
    ("Quyết định 217-QĐ/TW", "quyet-dinh-217-qd-tw"),
    ("Nghị quyết số 25-NQ/TW", "nghi-quyet-25-nq-tw"),
    (" quyết định số 217 - qd/tw ", "quyet-dinh-217-qd-tw"),
    ("Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị", "quyet-dinh-217-qd-tw"),
    ("217-QĐ/TW", "quyet-dinh-217-qd-tw"),
    ("159/2013/NĐ-CP", "nghi-dinh-159-2013-nd-cp"),
    ("Luật Mặt trận Tổ quốc Việt Nam", "luat-mat-tran-to-quoc-viet-nam"),
    ("Luật MTTQ Việt Nam năm 2015", "luat-mat-tran-to-quoc-viet-nam"),
    ("Hiến pháp năm 2013", "hien-phap-nam-2013"),
    ("Nghị quyết Trung ương 4 khóa XII", "nghi-quyet-trung-uong-4-khoa-xii"),
    ("Chỉ thị 35", "chi-thi-35"),
])
def test_one_document(written, key):
    assert parse_reference(written).key == key


@pytest.mark.parametrize("written", [
    "", "   ", "công tác dân vận", "Quyết định 217, 218-QĐ/TW", "Quyết định 217-QĐ/TW và Chỉ thị 43-CT/TW",
    "thực hiện Quyết định 217-QĐ/TW", "Quyết định 217-QĐ/TW về giám sát và phản biện xã hội", "Quy chế dân chủ ở cơ sở",
    "25 hộ dân", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XX",
])
def test_not_exactly_one_document(written):
    assert parse_reference(written) is None


def test_the_citation_is_the_one_find_mentions_gives():
    citation = parse_reference("Nghị định 159/2013/NĐ-CP")
    assert (citation.kind, citation.number, citation.symbol, citation.year, citation.level) == (
        "Nghị định", "159", "NĐ-CP", 2013, "Chính phủ")
    assert citation.label == "Nghị định số 159/2013/NĐ-CP"
