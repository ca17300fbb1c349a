"""detect_period on the forms writers use, on combined headlines, and on what is not a reporting period."""

import pytest

from plugins.features.reporting_periods.detect import Period, article_period, detect_period

Q1 = Period(2019, "quy", 1)


@pytest.mark.parametrize("headline, expected", [
    ("Giao ban công tác dân vận quý I/2019", Q1),
    ("Giao ban công tác dân vận quý 1 năm 2019", Q1),
    ("Giao ban công tác dân vận quý I năm 2019", Q1),
    ("GIAO BAN CÔNG TÁC DÂN VẬN QUÝ I NĂM 2019", Q1),
    ("Giao ban cong tac dan van quy I nam 2019", Q1),
    ("Giao ban công tác dân vận quý đầu năm 2019", Q1),
    ("Hội nghị giao ban khối dân vận quí I năm 2019", Q1),
    ("Giao ban công tác dân vận 3 tháng đầu năm 2019", Q1),
    ("Sơ kết công tác dân vận 6 tháng đầu năm 2019", Period(2019, "6-thang")),
    ("Hội Nông dân huyện sơ kết 6 tháng năm 2019", Period(2019, "6-thang")),
    ("Giao ban công tác dân vận 9 tháng đầu năm 2019", Period(2019, "9-thang")),
    ("Tổng kết năm 2023", Period(2023, "nam")),
    ("Hội Cựu chiến binh tổng kết công tác Hội năm 2023", Period(2023, "nam")),
    ("Kết quả thực hiện công tác Dân vận năm 2020", Period(2020, "nam")),
    ("Tổng kết công tác Đội năm học 2021-2022", Period(2021, "nam-hoc", end_year=2022)),
    ("Tổng kết công tác Đội năm học 2021 – 2022", Period(2021, "nam-hoc", end_year=2022)),
    ("Tổng kết công tác Đội năm học 2021-22", Period(2021, "nam-hoc", end_year=2022)),
    ("Hội nghị tổng kết nhiệm kỳ 2019–2024", Period(2019, "nhiem-ky", end_year=2024)),
    ("Sơ kết giữa nhiệm kỳ 2017-2022", Period(2017, "nhiem-ky", end_year=2022)),
    ("Giao ban công tác dân vận tháng 3/2019", Period(2019, "thang", 3)),
    ("Giao ban công tác dân vận tháng 3 năm 2019", Period(2019, "thang", 3)),
])
def test_forms_of_a_period(headline, expected):
    assert detect_period(headline) == expected


@pytest.mark.parametrize("headline, expected", [
    # the reviewed period is what was done; the widest of them when several were reviewed
    ("Giao ban quý IV và tổng kết công tác dân vận năm 2019", Period(2019, "nam")),
    ("Giao ban công tác quý II, sơ kết 6 tháng đầu năm 2019", Period(2019, "6-thang")),
    # a plan is not the period; its year is shared when the reviewed period has none
    ("Sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019", Period(2019, "6-thang")),
    ("Hội nghị giao ban công tác quý I, triển khai nhiệm vụ quý II năm 2023", Period(2023, "quy", 1)),
    ("Giao ban 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2018", Period(2018, "9-thang")),
    ("Tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024", Period(2023, "nam")),
    # ... moved back a year when the plan starts a new one
    ("Giao ban công tác dân vận tháng 12, triển khai nhiệm vụ tháng 01/2020", Period(2019, "thang", 12)),
    ("Giao ban quý IV, triển khai nhiệm vụ quý I/2020", Period(2019, "quy", 4)),
    ("Tổng kết năm, triển khai phương hướng nhiệm vụ năm 2020", Period(2019, "nam")),
])
def test_combined_headlines(headline, expected):
    assert detect_period(headline) == expected


@pytest.mark.parametrize("headline", [
    "Ngày 15/3/2019, Huyện ủy tổ chức hội nghị",
    "Sơ kết 15 năm thực hiện Quy chế dân chủ ở cơ sở",
    "Kỷ niệm 90 năm ngày truyền thống công tác dân vận của Đảng",
    "Ra quân Tháng Thanh niên năm 2019",
    "Tổng kết Tháng Thanh niên năm 2019",
    "Hưởng ứng Tháng hành động vì trẻ em",
    "Hội thi Dân vận khéo năm 2019",
    "Kết quả Hội thi Dân vận khéo năm 2019",
    "Thăm, chúc Tết Nguyên đán Kỷ Hợi 2019",
    "Đại hội đại biểu Hội Nông dân huyện lần thứ X, nhiệm kỳ 2019–2024",
    "Hội nghị Ban Chấp hành Hội Liên hiệp Phụ nữ huyện khóa XV, nhiệm kỳ 2021-2026",
    "Hội nghị triển khai nhiệm vụ công tác dân vận năm 2024",
    "Kế hoạch công tác dân vận năm 2020",
    "Giao ban công tác dân vận quý I",  # no year anywhere
    "Lễ khai giảng năm học 2021-2022",
    "Chiến thắng 30/4/1975",
    "Quỹ vì người nghèo huyện tổng kết năm",  # a fund, not a quarter; no year
    "Kỳ họp thứ 9, HĐND tỉnh dự kiến diễn ra đầu tháng 12/2018",
    "Công tác dân vận góp phần xây dựng hệ thống chính trị",
])
def test_not_a_reporting_period(headline):
    assert detect_period(headline) is None


def test_year_missing_from_the_headline_is_read_from_the_first_paragraph():
    paragraph = "Sáng 10/4, Ban Dân vận Huyện ủy tổ chức giao ban công tác dân vận quý I năm 2019."
    assert detect_period("Giao ban công tác dân vận quý I", paragraph) == Q1


def test_year_missing_everywhere_but_in_the_meeting_date():
    assert detect_period("Giao ban công tác dân vận quý IV", "Ngày 10/1/2020, Ban Dân vận giao ban.") == \
        Period(2019, "quy", 4)
    assert detect_period("Giao ban công tác dân vận quý I", "Ngày 5/4/2019, Ban Dân vận giao ban.") == Q1


def test_first_paragraph_only_when_the_headline_names_no_period():
    paragraph = "Chiều 12/7, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận 6 tháng đầu năm 2019."
    assert detect_period("Ban Dân vận Huyện ủy giao ban công tác dân vận", paragraph) == Period(2019, "6-thang")
    assert detect_period("Giao ban công tác dân vận quý I/2018", paragraph) == Period(2018, "quy", 1)
    # a headline that reports nothing is never made periodic by its paragraph
    assert detect_period("Hội thi Dân vận khéo", paragraph) is None


def test_article_period_reads_visible_title_and_first_paragraph():
    title = "Giao ban c&ocirc;ng t&aacute;c d&acirc;n vận <em>qu&yacute; I</em>"
    body = "<figure><img src='a.jpg'></figure><p> </p><p>Ngày 8/4/2019, <strong>Ban Dân vận</strong> giao ban.</p>" \
           "<p>Năm 2018 ...</p>"
    assert article_period(title, body) == Q1
    assert article_period("Hội thi Dân vận khéo năm 2019", "<p>Tổng kết năm 2019.</p>") is None
