"""Readers' spellings: "i"/"y", periods and ordinals, abbreviations and full names."""

import pytest
from sitebuild import ROOT, article, write_files

from plugins.features.front_matter.check import check_content
from plugins.features.organizations.vocabulary import read_vocabulary
from plugins.features.search.spellings import number_spellings, reader_spellings, roman_value, to_roman
from plugins.features.search.synonyms import (
    Synonyms, file_synonyms, parse_abbreviations, read_abbreviations, vocabulary_synonyms,
)
from plugins.libs.data_files import DataFileError
from plugins.libs.vietnamese_text import nfc, normalize

ABBREVIATIONS = ROOT / "content" / "data" / "abbreviations.yml"
VOCABULARY = ROOT / "content" / "data" / "organizations.yml"


@pytest.mark.parametrize(("typed", "canonical"), [
    ("kỉ niệm", "kỷ niệm"), ("Lí do", "Lý do"), ("mĩ thuật", "mỹ thuật"), ("hi sinh", "hy sinh"),
    ("kì họp", "kỳ họp"), ("KĨ THUẬT", "KỸ THUẬT"), ("công ti", "công ty"), ("bác sĩ", "bác sỹ"),
    ("tỉ lệ", "tỷ lệ"), ("Kỷ niệm", "Kỷ niệm"),
])
def test_a_final_i_after_h_k_l_m_s_t_is_spelt_y(typed, canonical):
    assert normalize(typed) == canonical


@pytest.mark.parametrize("word", [
    "thi", "chi", "khi", "nghi", "phi", "đi", "vi", "Vi", "gì", "bi", "quy", "qui", "thủy", "hay", "mây", "hoi",
    "kim", "lịch", "hiển", "ki-lô", "ôki",
])
def test_other_i_and_y_are_kept(word):
    assert normalize(word) in (word, word.replace("ki-", "ky-"))
    assert normalize("thi đua, chi bộ, khi nào, uy tín, tuy nhiên, hay, mấy") == "thi đua, chi bộ, khi nào, uy tín, tuy nhiên, hay, mấy"


def test_an_article_with_i_also_indexes_the_y_spelling():
    assert reader_spellings("Lễ kỉ niệm, lí do") == "kỷ lý"
    assert reader_spellings("Lễ kỷ niệm, lý do, thi cử") == ""


@pytest.mark.parametrize(("text", "other"), [
    ("Giao ban quý I năm 2021", ["1"]),
    ("giao ban quý 3", ["iii"]),
    ("Quý IV", ["4"]),
    ("Đại hội đại biểu lần thứ XII", ["12"]),
    ("lần thứ 12", ["xii"]),
    ("HĐND huyện khóa XX", ["20"]),
    ("HĐND huyện khoá 20", ["xx"]),
    ("kỳ họp thứ 7", ["vii"]),
    ("Đại hội XIII của Đảng", ["13"]),
    ("sơ kết 6 tháng đầu năm", ["sáu"]),
    ("Sáu tháng đầu năm", ["6"]),
    ("chín tháng", ["9"]),
    ("ngày 6 tháng 9", []),  # a date
    ("mùng 3 tháng 2", []),
    ("quý 5, quý V, khóa 2021, lần thứ IIII, lần thứ 07", []),
])
def test_periods_and_ordinals_index_their_other_form(text, other):
    assert number_spellings(nfc(text).lower()) == other


def test_roman_numerals_read_and_written():
    assert [to_roman(number) for number in (1, 4, 9, 12, 14, 19, 20, 39, 40)] == [
        "i", "iv", "ix", "xii", "xiv", "xix", "xx", "xxxix", "xl"
    ]
    assert [roman_value(numeral) for numeral in ("xii", "xiv", "iiii", "ic", "vx", "xxxix")] == [12, 14, None, None, None, 39]


@pytest.fixture(scope="module")
def synonyms():
    shorts, fulls = vocabulary_synonyms(read_vocabulary(VOCABULARY))
    more_shorts, more_fulls = file_synonyms(read_abbreviations(ABBREVIATIONS))
    return Synonyms(shorts + more_shorts, fulls + more_fulls)


@pytest.mark.parametrize(("text", "indexed"), [
    ("Ủy ban MTTQ xã", {"mặt trận tổ quốc", "mttq"}),
    ("UBMTTQ xã", {"mặt trận tổ quốc", "mttq"}),
    ("Mặt trận Tổ quốc huyện", {"mttq"}),
    ("Hội Cựu chiến binh", {"ccb"}),
    ("Hội CCB xã", {"cựu chiến binh"}),
    ("Thường trực HĐND-UBND xã", {"hội đồng nhân dân", "hoi dong nhan dan", "ủy ban nhân dân"}),
    ("Hội đồng nhân dân", {"hđnd", "hdnd"}),
    ("Hội LHPN", {"liên hiệp phụ nữ"}),
    ("Đoàn Thanh niên", {"đtn", "dtn", "đoàn tn"}),
    ("BTV Huyện ủy", {"ban thường vụ"}),
    ("Ban Thường vụ Huyện ủy", {"btv"}),
    ("BCH Đảng bộ", {"ban chấp hành"}),
    ("TT. Hòa Thành", {"thị trấn"}),
    ("Thị trấn Kim Sơn", {"tt"}),
])
def test_abbreviations_and_full_names_index_each_other(synonyms, text, indexed):
    added = synonyms.spellings(text)
    assert all(phrase in added for phrase in indexed), added


def test_abbreviations_are_matched_as_written_and_not_in_document_numbers(synonyms):
    assert synonyms.spellings("Quyết định số 123/QĐ-UBND, Kế hoạch 05-KH/BDV") == "qđ qd kh"
    assert synonyms.spellings("tt, btv, mttq viết thường") == ""
    assert synonyms.spellings("Hội Nông dân tổ chức hội thi") == "hnd"
    assert Synonyms().spellings("MTTQ") == ""


def test_tone_placement_and_nfd_of_a_full_name_still_match(synonyms):
    import unicodedata  # noqa: PLC0415

    assert "mttq" in synonyms.spellings(unicodedata.normalize("NFD", "Ủy ban Mặt trận Tổ quốc"))
    assert "ubnd" in synonyms.spellings("Uỷ ban nhân dân")


def test_the_abbreviations_file_is_checked_strictly():
    assert ("HĐND", ("Hội đồng nhân dân",)) not in read_abbreviations(ABBREVIATIONS)  # the vocabulary has it
    text = "abbreviations:\n  - short: BTV\n    ful: [Ban Thường vụ]\n  - short: Q\n    full: quyết định\n"
    with pytest.raises(DataFileError) as caught:
        parse_abbreviations("abbreviations.yml", text)
    messages = [str(problem) for problem in caught.value.problems]
    assert messages[0].startswith("abbreviations.yml:3: chữ viết tắt BTV: khóa 'ful' không hợp lệ")
    assert any(message.startswith("abbreviations.yml:4: ") and "hai chữ in hoa" in message for message in messages)
    assert any(message.startswith("abbreviations.yml:5: ") for message in messages), messages


def test_check_reports_a_broken_abbreviations_file(tmp_path):
    from pelican.settings import read_settings  # noqa: PLC0415

    files = {
        "articles/2020/a.md": article("Bài", "2020-11-09T09:00:00+07:00"),
        "data/abbreviations.yml": "abbreviations:\n  - short: BTV\n    full: [Ban Thường vụ]\n    note: x\n",
    }
    write_files(tmp_path, files)
    result = check_content(read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(tmp_path)}))
    assert [str(error) for error in result.errors] == [
        f"{tmp_path}/data/abbreviations.yml:4: chữ viết tắt BTV: khóa 'note' không hợp lệ (dùng: short, full)"
    ]
    assert result.checked == 2
