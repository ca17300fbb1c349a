"""Lines real portals print, each reduced to the smallest case the importer got wrong."""

from datetime import date, time

import pytest

from importer import bylines, dates, extract, titles, units
from importer.page import Line, Page, clean_text


@pytest.mark.parametrize(
    "line, day, clock",
    [
        ("Thứ ba, 18 Tháng 8 2015 16:06", date(2015, 8, 18), time(16, 6)),
        ("03:25 PM 30/09/2019  |   Lượt xem: 458  |", date(2019, 9, 30), time(15, 25)),
        ("Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27", date(2013, 12, 5), time(15, 42)),
        ("09/02/2021 | 16:53 GMT+7", date(2021, 2, 9), time(16, 53)),
        ("Đăng ngày: 24/07/2025 - Lượt xem: 27", date(2025, 7, 24), None),
        ("Cập nhật: 19-05-2022 | 07:51:50", date(2022, 5, 19), time(7, 51)),
        ("(08/04/19)", date(2019, 4, 8), None),
        ("Ngày đăng: ngày 8 tháng 4 năm 2019", date(2019, 4, 8), None),
        ("2019-04-08T07:30:00+07:00", date(2019, 4, 8), time(7, 30)),
    ],
)
def test_datelines(line, day, clock):
    moment, _ = dates.dateline(line)
    assert (moment.day, moment.clock) == (day, clock)


def test_two_digit_years_only_on_a_dateline():
    assert dates.find("tỷ lệ 8/4/19 xã")[0] is None
    assert dates.find("giai đoạn 2010-2015", short_years=True)[0] is None


@pytest.mark.parametrize("line, header", [("Thứ Bảy, 8/2/2025", True), ("Thứ hai, 23/05/2022 GMT+7", True),
                                          ("Thứ hai - 09/11/2020 09:00", False), ("Cập nhật: Thứ ba, 28/4/2015", False)])
def test_a_header_day_is_told_from_a_dateline(line, header):
    assert dates.is_header_day(line) is header


def test_a_dateline_is_no_headline():
    assert not titles.is_title_like("03:25 PM 30/09/2019 | Lượt xem: 458 |")
    assert titles.is_title_like("Câu lạc bộ 20/10 TPHCM kỷ niệm ngày Phụ nữ Việt Nam")


@pytest.mark.parametrize(
    "line, author, position",
    [
        ("Khánh Linh - Hoàng Luận", "Khánh Linh - Hoàng Luận", ""),
        ("VĂN HÀO - TRẦN HỮU", "VĂN HÀO - TRẦN HỮU", ""),
        ("Minh Thơ – Huyện đoàn Ba Tri", "Minh Thơ", "Huyện đoàn Ba Tri"),
        ("L.Duy", "L.Duy", ""),
        ("HP", "HP", ""),
        ("Phóng viên Điện tử", "Phóng viên Điện tử", ""),
    ],
)
def test_bylines(line, author, position):
    assert bylines.parse(line) == bylines.Byline(author, position)


def test_a_province_in_parentheses_is_not_the_district():
    assert units.from_mentions(["Ủy ban MTTQ huyện Diễn Châu (Nghệ An) đã bàn giao nhà."]) == "Huyện Diễn Châu"


PARAGRAPH = (
    "Ngày 30-12, Ủy ban MTTQ Việt Nam huyện Ninh Phước tổ chức Lễ bàn giao 104 căn nhà Đại đoàn kết "
    "cho hộ nghèo trên địa bàn huyện, mỗi căn được hỗ trợ 50 triệu đồng."
)


def article(*texts):
    lines = [Line(n, text, clean_text(text)) for n, text in enumerate(texts, start=1) if text]
    return extract.extract(Page(path=None, kind="text", lines=lines), today=date(2026, 1, 15))


def test_author_and_date_on_one_line():
    a = article("Hiện đại hóa nền hành chính tỉnh", "VĂN HÀO - TRẦN HỮU 30/04/2016 11:39", PARAGRAPH)
    assert (a.moment.day, a.author) == (date(2016, 4, 30), "VĂN HÀO - TRẦN HỮU")


def test_a_header_day_above_the_headline_is_not_the_publication_date():
    a = article("Thứ Bảy, 8/2/2025", "Bàn giao nhà Đại đoàn kết cho hộ nghèo huyện Ninh Phước", PARAGRAPH)
    assert a.placeholder_date and a.dispositions[1].rule == "generic/header-day"


def test_a_headline_above_a_news_ticker():
    a = article("Bàn giao 104 căn nhà Đại đoàn kết cho hộ nghèo", "Tin mới", "20/12/2012 23:08", PARAGRAPH)
    assert a.title == "Bàn giao 104 căn nhà Đại đoàn kết cho hộ nghèo" and a.moment.day == date(2012, 12, 20)


def test_a_short_headline():
    assert article("Nhịp điệu ngày mùa", PARAGRAPH).title == "Nhịp điệu ngày mùa"


def test_a_paragraph_ending_with_the_byline_keeps_its_text():
    long_paragraph = PARAGRAPH + " " + PARAGRAPH  # the real one is over 250 characters
    a = article("Nhịp điệu ngày mùa", long_paragraph + "                 P.V")
    assert a.author == "P.V" and a.body[0].text.endswith("P.V")
    assert any("P.V" in note for note in a.review)


def test_a_last_caption_stays_in_the_article():
    a = article("Bàn giao nhà Đại đoàn kết cho hộ nghèo huyện Ninh Phước", PARAGRAPH,
                "Đồng chí Lâm Thị Ngọc Giàu phát biểu kết luận hội nghị tại huyện")
    assert a.dispositions[3].role in ("body", "caption")
    assert any("sau đoạn văn cuối" in note for note in a.review)


def test_lines_before_the_first_paragraph_of_a_page_without_headline_stay():
    a = article("Quang cảnh hội nghị.", "Dự buổi giao lưu có 150 cán bộ Hội LHPN của 8 huyện.", PARAGRAPH)
    assert [a.dispositions[n].role for n in (1, 2)] != ["dropped", "dropped"]
    assert all(a.dispositions[n].role != "dropped" for n in (1, 2))


def test_a_hard_wrapped_paragraph_is_kept():
    a = article(
        "31/10/2023",
        "Trà Tân: Tổ chức kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        "Từ ngày 14/10 đến 20/10/2023, Chi hội Phụ nữ ở 4/4 thôn xã",
        "Trà Tân đều tổ chức lễ kỷ niệm 93 năm Ngày thành lập Hội liên hiệp Phụ nữ Việt",
        "Nam 20/10/1930 - 20/10/2023.",
    )
    assert a.title.startswith("Trà Tân") and a.moment.day == date(2023, 10, 31)
    assert all(a.dispositions[n].role == "body" for n in (3, 4, 5))


@pytest.mark.parametrize("line", ["NHIỆT LIỆT CHÀO MỪNG 80 NĂM CÁCH MẠNG THÁNG TÁM THÀNH CÔNG",
                                  "Trang chủ Thực tiễn Năng lực của cán bộ xã", "2189 Lượt xem", "Chia sẻ bài viết",
                                  "Quay lên trên", "intNumViewTotal=445", "POWERED BY ONECMS - A PRODUCT OF NEKO"])
def test_chrome_lines_are_named(line):
    from importer import profiles

    assert any(rule.matches(line) for rule in profiles.load().rules), line


def test_a_slogan_in_running_text_is_not_chrome():
    from importer import profiles

    line = "Nhiệt liệt chào mừng các đại biểu về dự hội nghị, đồng chí Bí thư Huyện ủy phát biểu khai mạc."
    assert not any(rule.matches(line) and not rule.outside_only for rule in profiles.load().rules)


def test_a_clock_above_the_headline_gives_way_to_the_dateline_below_it():
    a = article("Thứ 3, 26/11/2024, 22:44[GMT+7]", "Đại hội Hội Chiến sĩ Thành cổ huyện Quỳnh Phụ", "Thứ 6, 25/11/2022 | 16:59:53", PARAGRAPH)
    assert a.moment.day == date(2022, 11, 25) and a.dispositions[1].rule == "generic/header-day"


def test_a_copyright_notice_is_chrome():
    a = article("Bàn giao nhà Đại đoàn kết cho hộ nghèo", PARAGRAPH,
                "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của Báo Hànộimới.")
    assert a.dispositions[3].role == "dropped"


def test_a_two_digit_year_after_this_one_is_last_centurys():
    moment, _ = dates.dateline("Cập nhật: 12/05/99 08:30")
    assert moment.day == date(1999, 5, 12)
    moment, _ = dates.dateline("Cập nhật: 12/05/19 08:30")
    assert moment.day == date(2019, 5, 12)
