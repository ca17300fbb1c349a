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


@pytest.mark.parametrize("headline, expected", [
    # a statement of a period's figures or situation reports on it
    ("Tình hình kinh tế - xã hội quý II và 6 tháng đầu năm 2022", Period(2022, "6-thang")),
    ("Thông cáo báo chí về kinh tế - xã hội huyện 9 tháng đầu năm 2021", Period(2021, "9-thang")),
    ("Họp báo công bố số liệu thống kê quý III năm 2021", Period(2021, "quy", 3)),
    ("Những con số ấn tượng của nhiệm kỳ 2017 - 2022", Period(2017, "nhiem-ky", end_year=2022)),
    ("Lễ bế giảng năm học 2020-2021", Period(2020, "nam-hoc", end_year=2021)),
    # "nhiệm vụ" led to by a reporting word is reviewed; a plan carried out is reviewed
    ("Đánh giá kết quả thực hiện nhiệm vụ năm 2021", Period(2021, "nam")),
    ("Hội nghị đánh giá việc lãnh đạo, chỉ đạo nhiệm vụ năm 2021, triển khai nhiệm vụ năm 2022", Period(2021, "nam")),
    ("Kết quả thực hiện kế hoạch năm học 2019 - 2020, phương hướng năm học 2020 - 2021",
     Period(2019, "nam-hoc", end_year=2020)),
    # a body's name does not stop the review of its term; an election or a session does
    ("Tổng kết hoạt động HĐND huyện khóa XIX (nhiệm kỳ 2016 - 2021)", Period(2016, "nhiem-ky", end_year=2021)),
    ("Tổng kết công tác khóa IX, nhiệm kỳ 2016-2021", Period(2016, "nhiem-ky", end_year=2021)),
    ("Sơ kết giữa kỳ thực hiện Nghị quyết Đại hội nhiệm kỳ 2020-2025", Period(2020, "nhiem-ky", end_year=2025)),
    ("Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2020 - 2025",
     Period(2020, "nhiem-ky", end_year=2025)),
    ("Tổng kết công tác năm 2022 của Ban Chấp hành khóa VI, nhiệm kỳ 2020-2025", Period(2022, "nam")),
    # words that only look like events
    ("Kết quả giải quyết đơn thư khiếu nại năm 2022", Period(2022, "nam")),
    ("Kết quả công tác hòa giải ở cơ sở năm 2022", Period(2022, "nam")),
    ("Xã Xuân Lâm tổng kết công tác Hội năm 2022", Period(2022, "nam")),
    ("Tổng kết công tác thi đua, khen thưởng năm 2022", Period(2022, "nam")),
])
def test_reporting_forms(headline, expected):
    assert detect_period(headline) == expected


@pytest.mark.parametrize("headline", [
    # guidance meetings pass on what is to be said; staff conferences open the year they name
    "Hội nghị báo cáo viên tháng 6 năm 2022",
    "Hội nghị thông tin thời sự quý II/2022",
    "Hội nghị cán bộ, công chức, viên chức năm học 2021-2022",
    "Hội nghị viên chức, người lao động năm 2022",
    # a part of a period is none of the kinds
    "Sơ kết học kỳ I năm học 2021-2022",
    "Kiểm tra công tác Đội đợt 2 - năm học 2021 - 2022",
    # campaign months, seasons and the year's theme or aim are not reports
    "Tổ chức các hoạt động Tháng Công nhân năm 2022",
    "Hưởng ứng “tháng dân vận” năm 2022",
    "Tổng kết các hoạt động hè năm 2022",
    "Tổng kết các hoạt động mừng Xuân Nhâm Dần năm 2022",
    "Chủ đề công tác Hội năm 2022",
    "Phấn đấu hoàn thành các chỉ tiêu năm 2022",
    "Tập huấn nghiệp vụ công tác Mặt trận năm 2022",  # the work is the training's topic
    "Khen thưởng các tập thể tiêu biểu năm 2022",
    "Tổng kết công tác chuẩn bị Đại hội Hội Nông dân xã nhiệm kỳ 2023-2028",
    "Sơ kết một năm thực hiện Nghị quyết số 05",
    "Công tác dân vận một năm qua",  # the year just past, but no year written
    "Họp báo giới thiệu Tuần lễ văn hóa diễn ra vào tháng 5/2022",  # an event's month, not a report's
    # meeting voters before a session
    "Tổ đại biểu HĐND tiếp xúc cử tri trước kỳ họp cuối năm 2022",
])
def test_not_a_report_of_the_period(headline):
    assert detect_period(headline) is None


@pytest.mark.parametrize("headline, paragraph, expected", [
    # a headline that names only the year planned: the paragraph says which year is reviewed
    ("Huyện ủy triển khai nhiệm vụ năm 2022",
     "Ngày 14-1, Huyện ủy tổ chức hội nghị tổng kết việc thực hiện nhiệm vụ chính trị năm 2021 và triển khai"
     " nhiệm vụ năm 2022.", Period(2021, "nam")),
    # "kết quả" and the figures' words are strong enough in a paragraph
    ("Huyện vượt nhiều chỉ tiêu",
     "Sáng 2/10, huyện tổ chức hội nghị thông tin về kết quả thực hiện nhiệm vụ 9 tháng năm 2021.",
     Period(2021, "9-thang")),
    ("Giá trị sản xuất tăng 5%", "Chiều 29/6, Chi cục Thống kê họp báo công bố số liệu 6 tháng đầu năm 2021.",
     Period(2021, "6-thang")),
    # the year written only with the plan that follows
    ("Sơ kết công tác Hội 9 tháng đầu năm",
     "Ngày 27/9, Hội tổ chức sơ kết 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2021.",
     Period(2021, "9-thang")),
    ("Họp thường kỳ tháng 12", "Ngày 28/12, Ban Thường vụ họp thường kỳ, cho ý kiến về nhiệm vụ quý I năm 2022.",
     Period(2021, "thang", 12)),
    ("Họp Hội đồng sư phạm tháng 10", "Chiều 5/10, nhà trường họp Hội đồng tháng 10 của năm học 2021-2022.",
     Period(2021, "thang", 10)),
    # "một năm qua", "một năm hoạt động": the year just past, its year from the paragraph
    ("Một năm hoạt động sôi nổi của Hội Phụ nữ", "Năm 2021, các cấp Hội đạt nhiều thành tích nổi bật.",
     Period(2021, "nam")),
    ("Công tác Mặt trận một năm qua", "Ngày 8/1/2022, Ủy ban MTTQ huyện tổ chức hội nghị.", Period(2021, "nam")),
    # the meeting's date, not an anniversary's
    ("Sơ kết công tác Hội 6 tháng đầu năm",
     "Nhân kỷ niệm Ngày truyền thống (10/6/1945 - 10/6/2022), sáng ngày 12.6.2022, Hội tổ chức sơ kết 6 tháng đầu năm.",
     Period(2022, "6-thang")),
    # an award is handed out at a review meeting; a curriculum is not an event
    ("Trao bằng khen cho 12 tập thể", "Chiều 10/1, Công an huyện tổ chức hội nghị tổng kết công tác năm 2021.",
     Period(2021, "nam")),
    ("Chương trình giáo dục phổ thông 2018 đạt yêu cầu",
     "Sáng 18/8, Sở tổ chức hội nghị tổng kết năm học 2021-2022.", Period(2021, "nam-hoc", end_year=2022)),
    # a campaign's review is an event's: the paragraph's period wins
    ("Tổng kết chiến dịch tình nguyện Hè 2021",
     "Ngày 10-9, Huyện đoàn sơ kết công tác 9 tháng đầu năm; tổng kết các hoạt động Hè năm 2021.",
     Period(2021, "9-thang")),
])
def test_first_paragraph_forms(headline, paragraph, expected):
    assert detect_period(headline, paragraph) == expected


def test_a_paragraph_that_tells_a_result_reviews_nothing():
    assert detect_period("Làm giàu từ cây cam", "Với kết quả sản xuất năm 2021, anh Tư lãi 400 triệu đồng.") is None
    assert detect_period("Làm giàu từ cây cam", "Ngày 3/1, xã công bố kết quả thực hiện nhiệm vụ năm 2021.") == \
        Period(2021, "nam")


@pytest.mark.parametrize("headline, expected", [
    # an indicator before or after the period states its figures
    ("GDP quý I/2024 tăng 5,66%", Period(2024, "quy", 1)),
    ("CPI bình quân quý 1/2021 tăng thấp nhất", Period(2021, "quy", 1)),
    ("Tăng trưởng GDP 6 tháng đầu năm 2023 đạt 3,72%", Period(2023, "6-thang")),
    ("9 tháng năm 2023, GDP tăng 4,24%", Period(2023, "9-thang")),
    ("Quý I/2023: tỉnh có tốc độ tăng GRDP cao nhất", Period(2023, "quy", 1)),
    ("Thu ngân sách quý II/2024 đạt 55% dự toán", Period(2024, "quy", 2)),
    ("Giải ngân vốn đầu tư công 9 tháng năm 2024 đạt 47%", Period(2024, "9-thang")),
    ("Chỉ số giá tiêu dùng tháng 3/2023 giảm nhẹ", Period(2023, "thang", 3)),
    ("CPI tháng đầu năm 2026 tăng 0,05%", Period(2026, "thang", 1)),
    ("Chỉ tiêu kinh tế - xã hội năm 2022", Period(2022, "nam")),
    ("Toàn cảnh kinh tế xã hội Việt Nam năm 2021", Period(2021, "nam")),
    ("Tình hình kinh tế - xã hội tháng Chín và 9 tháng năm 2023", Period(2023, "9-thang")),
    # the month is the report's; "10 tháng" is a running total told in it
    ("Báo cáo tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2022", Period(2022, "thang", 10)),
    # the comparison's year is the one before the period's
    ("GDP 9 tháng tăng 8,83% so với cùng kỳ năm 2021", Period(2022, "9-thang")),
    ("Chủ tịch UBND huyện chủ trì kỳ họp tháng 10.2019", Period(2019, "thang", 10)),
    ("Giao ban công tác dân vận tháng 10.2019", Period(2019, "thang", 10)),
    # no comma between review and plan: the review borrows the plan's year
    ("Hội nghị sơ kết thực hiện nhiệm vụ 6 tháng đầu năm triển khai nhiệm vụ 6 tháng cuối năm 2020",
     Period(2020, "6-thang")),
])
def test_figures_of_a_period(headline, expected):
    assert detect_period(headline) == expected


@pytest.mark.parametrize("headline", [
    "Kết quả Khảo sát mức sống dân cư Việt Nam năm 2018",  # a survey named by its year
    "Hội thi tìm hiểu chỉ số PAPI năm 2023",  # after an event an indicator is its topic
    "Cuộc thi tìm hiểu tăng trưởng xanh năm 2023",
    "Hội chợ năm 2023 đạt doanh thu tăng trưởng",
    "Phấn đấu hoàn thành các chỉ tiêu năm 2022",
    "Định hướng phát triển kinh tế xã hội năm 2025",
    "Bến Tre thực hiện đạt, vượt nhiều chỉ tiêu nghị quyết năm 2024",
    "Kỳ họp thứ Chín HĐND huyện năm 2019",  # a council's session, not a monthly meeting
    "Xuất khẩu các tháng đầu năm 2024 tăng trưởng",  # the first months, not January
    "Tăng trưởng GDP 6 tháng đạt 7,52%, cao nhất cùng kỳ kể từ năm 2011",  # where the comparison starts
])
def test_figures_that_are_not_a_reported_period(headline):
    assert detect_period(headline) is None


def test_a_comparison_year_is_not_read_from_the_paragraph_as_the_period():
    paragraph = "GDP 6 tháng đầu năm nay tăng 7,52%, đạt mức cao nhất cùng kỳ kể từ năm 2011 tới nay."
    assert detect_period("Tăng trưởng GDP 6 tháng đạt 7,52%", paragraph) is None
