import unicodedata

from plugins.libs.vietnamese_text import fold, fold_with_offsets, nfc, normalize


def test_fold_strips_marks_case_and_d():
    assert fold("Hội Liên hiệp Phụ nữ") == "hoi lien hiep phu nu"
    assert fold("ĐOÀN THANH NIÊN") == "doan thanh nien"
    assert fold("Đà Nẵng") == "da nang"


def test_fold_treats_nfd_and_nfc_alike():
    word = "Ủy ban Mặt trận Tổ quốc"
    assert fold(unicodedata.normalize("NFD", word)) == fold(word)


def test_fold_maps_legacy_eth_and_odd_spaces():
    assert fold("HÐND\u00a0huyện") == "hdnd huyen"


def test_normalize_unifies_tone_placement_only():
    assert normalize("Hoà Thành") == normalize("Hòa Thành") == "Hòa Thành"
    assert normalize("thuỷ lợi") == "thủy lợi"
    assert normalize("Uỷ ban") == "Ủy ban"
    assert normalize("khoẻ") == "khỏe"


def test_normalize_leaves_fixed_placements_and_other_words():
    assert normalize("quý") == "quý"  # "qu" is one consonant
    assert normalize("hoàn thành") == "hoàn thành"  # closed syllable
    assert normalize("huỳnh") == "huỳnh"
    assert normalize("hỏi") != normalize("hội")
    assert normalize(unicodedata.normalize("NFD", "thuỷ")) == "thủy"


def test_nfc_composes():
    assert nfc(unicodedata.normalize("NFD", "Hội")) == "Hội"


def test_offsets_lead_back_to_the_source():
    folded = fold_with_offsets("Hội Nông dân")
    start = folded.folded.index("nong")
    assert folded.offsets is None
    assert folded.source_span(start, start + 8) == "Nông dân"


def test_offsets_survive_stray_marks():
    # A combining mark that NFC cannot attach (after a digit) is dropped by folding.
    text = "5\u0301 Hội Nông dân"
    folded = fold_with_offsets(text)
    assert len(folded.folded) < len(folded.source)
    start = folded.folded.index("hoi")
    assert folded.source_span(start, start + len("hoi nong dan")) == "Hội Nông dân"
