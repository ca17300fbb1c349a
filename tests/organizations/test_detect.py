"""Detection on the real seed articles (hand-checked tag sets) and on known traps."""

import unicodedata

import pytest

from organization_fixtures import SEED_TAGS, read_seed


def ids(organizations):
    return [organization.id for organization in organizations]


@pytest.mark.parametrize("name", sorted(SEED_TAGS))
def test_seed_articles_get_the_editors_tags(detector, name):
    headline, body = read_seed(name)
    assert set(ids(detector.detect(headline, body))) == SEED_TAGS[name]


def test_order_is_first_appearance_headline_first(detector):
    found = detector.detect("Hội Nông dân huyện ra quân", "UBND huyện và Hội Nông dân phối hợp")
    assert ids(found) == ["hoi-nong-dan", "ubnd"]


def test_red_cross_only_in_a_cited_directive_title_is_not_tagged(detector):
    headline, body = read_seed("seed_002_hoa_thanh_2020.txt")
    assert "Hội Chữ thập đỏ" in body
    assert "hoi-chu-thap-do" not in ids(detector.detect(headline, body))


def test_mentions_point_at_the_source_text(detector):
    text = "Sáng 3/10, Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị"
    (mention,) = detector.mentions(text)
    assert mention.organization.id == "mttq"
    assert text[mention.start : mention.end] == mention.text == "Ủy ban MTTQ"


@pytest.mark.parametrize(
    "text",
    [
        "Tăng cường khối đại đoàn kết toàn dân tộc",
        'Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
        "Đoàn công tác của tỉnh về thăm; đoàn kiểm tra làm việc với xã",
        "Hội nghị giao ban, Hội thi văn nghệ, Hội trại tòng quân",
        "thăm hỏi nông dân, thăm hỏi cựu chiến binh và thăm hỏi phụ nữ nghèo",
        "tính đoàn kết, thống nhất trong nội bộ",
        "trên mặt trận văn hóa, tư tưởng",
        "giao 240 thanh niên thi hành nghĩa vụ quân sự",
        "Ban Tổ chức hội thi trao giải cho các đội",
        "tuyên truyền Luật Công an nhân dân",
        "các công đoạn sản xuất",
        "Thông báo Kết luận số 305-TB/TW của Ban Bí thư về công tác Hội Chữ thập đỏ;",
    ],
)
def test_traps_name_no_organization(detector, text):
    assert detector.detect(text) == []


def test_cited_title_is_skipped_but_the_actor_after_it_is_not(detector):
    text = (
        "Quy định số 124 - QĐ/TW ngày 02/02/2018 của Ban Chấp hành Trung ương Đảng “Về giám sát "
        "của MTTQ Việt Nam đối với cán bộ” được Hội Nông dân triển khai thực hiện."
    )
    assert ids(detector.detect(text)) == ["hoi-nong-dan"]


def test_quoted_title_with_ascii_quotes(detector):
    text = "Nghị quyết số 25-NQ/TW ngày 03/6/2013 về 'Tăng cường công tác Mặt trận Tổ quốc'. Sau đó UBND huyện họp."
    assert ids(detector.detect(text)) == ["ubnd"]


def test_issuer_before_the_title_is_kept(detector):
    text = (
        "Thực hiện Kế hoạch số 45-KH/BDV ngày 2/3/2023 của Ban Dân vận Huyện ủy về việc tổ chức "
        "hội nghị, Hội LHPN huyện tổ chức tập huấn."
    )
    assert ids(detector.detect(text)) == ["ban-dan-van", "hoi-lhpn"]


def test_party_committee_in_a_board_name_is_not_a_second_body(detector):
    assert ids(detector.detect("Ban Dân vận Huyện ủy chủ trì")) == ["ban-dan-van"]
    assert ids(detector.detect("Ban Tuyên giáo và Dân vận Tỉnh ủy")) == ["ban-tuyen-giao-dan-van"]
    assert ids(detector.detect("Thường trực Huyện ủy chủ trì")) == ["cap-uy"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (unicodedata.normalize("NFD", "Ủy ban Mặt trận Tổ quốc huyện Hoà Bình"), ["mttq"]),
        ("Uỷ ban nhân dân xã", ["ubnd"]),
        ("UỶ BAN NHÂN DÂN TỈNH", ["ubnd"]),
        ("HÐND tỉnh", ["hdnd"]),  # legacy "Ð" (U+00D0)
        ("HDND va UBND huyen, Hoi Nong dan xa", ["hdnd", "ubnd", "hoi-nong-dan"]),
        ("Hội LH-Phụ nữ huyện", ["hoi-lhpn"]),
        ("Hội CCB, ĐVTN và LĐLĐ huyện", ["hoi-ccb", "doan-thanh-nien", "lien-doan-lao-dong"]),
        ("UBMTTQ xã phối hợp Huyện Đoàn", ["mttq", "doan-thanh-nien"]),
        ("Ban Chỉ huy Quân sự huyện và Đồn Biên phòng", ["quan-su", "bien-phong"]),
    ],
)
def test_spelling_variants_are_recognized(detector, text, expected):
    assert ids(detector.detect(text)) == expected


def test_one_wrong_mark_is_not_the_organization(detector):
    # "thành" is not "thanh": a look-alike of Đoàn Thanh niên must not count.
    assert detector.detect("Đoàn thành niên") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ngày 15/3, Huyện đoàn tổ chức Lễ ra quân Tháng Thanh niên", ["doan-thanh-nien"]),
        ("Đảng ủy, HĐND, UBND, UBMTTQ xã tổ chức hội nghị", ["cap-uy", "hdnd", "ubnd", "mttq"]),
        ("Ủy ban Kiểm tra Huyện ủy giám sát chi bộ", ["uy-ban-kiem-tra"]),
        ("Hội Người cao tuổi xã mừng thọ; Hội Khuyến học trao học bổng", ["hoi-nguoi-cao-tuoi", "hoi-khuyen-hoc"]),
        ("Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri tại nhà Đại đoàn kết", []),
        ("Quân đoàn 4 và Sư đoàn 9 giúp dân", ["quan-su"]),  # "Quân đoàn" is not "Quận Đoàn"
        ("Quận Đoàn Hoàng Mai ra quân", ["doan-thanh-nien"]),
        ("vì nhân dân, quân nhân xuất ngũ được tặng quà", []),
        ("Lực lượng dân quân tự vệ xã tham gia", ["quan-su"]),
        ("Hội đồng Thi đua - Khen thưởng huyện họp", []),
    ],
)
def test_news_from_other_districts(detector, text, expected):
    assert ids(detector.detect(text)) == expected
