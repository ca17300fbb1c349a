"""One document, however a page spells it: the same kind, number, symbol and key."""

import pickle
import unicodedata

import pytest

from plugins.features.cited_documents.detect import article_citations, find_mentions, parse_reference


def identities(text):
    return [(m.citation.kind, m.citation.number, m.citation.symbol) for m in find_mentions(text)]


@pytest.mark.parametrize("written", [
    "Quyết định số 217-QĐ/TW", "Quyết định 217-QĐ/TW", "Quyết định số 217 - QĐ/TW", "Quyết định 217/QĐ-TW",
    "Quyết định số 217-QD/TW", "quyết định số 217-qđ/tw", "Quyết định số 217–QĐ/TW", "Quyết định số 217-QĐ-TW",
    "Quyet dinh so 217-QD/TW", unicodedata.normalize("NFD", "Quyết định số 217-QĐ/TW"),
])
def test_spellings_of_one_party_document_give_one_key(written):
    (mention,) = find_mentions(f"Thực hiện {written} của Bộ Chính trị.")
    assert mention.citation.key == "quyet-dinh-217-qd-tw"
    assert (mention.citation.kind, mention.citation.number, mention.citation.symbol) == ("Quyết định", "217", "QĐ/TW")
    assert mention.citation.level == "Trung ương"
    assert mention.issuer == "Bộ Chính trị"


def test_state_documents_keep_their_year_and_dash():
    (decree,) = find_mentions("Nghị định 159/2013/NĐ-CP quy định xử phạt")
    assert (decree.citation.number, decree.citation.year, decree.citation.symbol) == ("159", 2013, "NĐ-CP")
    assert decree.citation.key == "nghi-dinh-159-2013-nd-cp"
    assert decree.citation.label == "Nghị định số 159/2013/NĐ-CP"
    assert decree.citation.level == "Chính phủ"


def test_a_symbol_after_a_list_belongs_to_every_number():
    assert identities("Quyết định 217, 218-QĐ/TW của Bộ Chính trị") == [
        ("Quyết định", "217", "QĐ/TW"), ("Quyết định", "218", "QĐ/TW")]


def test_numbers_that_count_are_not_documents():
    assert identities("Có 25 hộ dân; Quyết định khen thưởng 25 tập thể; 250 triệu đồng; năm 2019; Kế hoạch 5 năm") == []


def test_parse_reference_takes_exactly_one_document():
    assert parse_reference("Quyết định 217-QĐ/TW").key == "quyet-dinh-217-qd-tw"
    assert parse_reference("Luật Mặt trận Tổ quốc Việt Nam").name == "Luật Mặt trận Tổ quốc Việt Nam"
    assert parse_reference("Quyết định 217, 218-QĐ/TW") is None
    assert parse_reference("công tác dân vận") is None


def test_article_citations_keep_the_first_mention_of_each_and_pickle():
    found = article_citations("Quán triệt <b>Nghị quyết số 25-NQ/TW</b>",
                              "<p>Nghị quyết 25-NQ/TW và Chỉ thị số 43-CT/TW.</p>")
    assert [m.citation.key for m in found] == ["nghi-quyet-25-nq-tw", "chi-thi-43-ct-tw"]
    assert pickle.loads(pickle.dumps(found)) == found
