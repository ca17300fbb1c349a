"""The small readers: dates, bylines, headlines, units and Markdown escaping."""

from datetime import date, time

import lxml.html
import markdown
import pytest

from importer import bylines, dates, render, titles, units
from importer.extract import Block, is_caption


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Thứ hai - 09/11/2020 09:00 679 0", "2020-11-09T09:00:00+07:00"),
        ("(20/02/2019 08:53 PM)", "2019-02-20T20:53:00+07:00"),
        ("2022-05-16T07:45:12+00:00", "2022-05-16T14:45:00+07:00"),
        ("Cập nhật lúc 10h30 ngày 05/06/2021", "2021-06-05T10:30:00+07:00"),
        ("ngày 9 tháng 11 năm 2020", "2020-11-09"),
    ],
)
def test_dates_as_portals_print_them(text, iso):
    assert dates.find(text)[0].iso() == iso


def test_a_dateline_is_a_date_and_little_else():
    assert dates.dateline("Thứ hai - 09/11/2020 09:00 679 0") == (dates.Moment(date(2020, 11, 9), time(9, 0)), "679 0")
    assert dates.dateline("Ngày 14/3/2018, Ban Thường vụ Tỉnh ủy ban hành Thông báo số 911") == (None, "")


def test_lede_dates_need_a_year_from_elsewhere():
    assert dates.lede_date("Sáng ngày 03/10, Thường trực Huyện ủy tổ chức") == (3, 10, None)
    assert dates.lede_date("(Kim Sơn) - Chiều 5/6/2021, Hội Nông dân") == (5, 6, 2021)
    assert dates.lede_date("Thông báo số 911-TB/TU, ngày 14/3/2018") is None


@pytest.mark.parametrize(
    ("lines", "author", "position"),
    [
        (["Nguyễn Thị Phương Hải - UVBTV, Trưởng ban Dân vận Thị ủy"], "Nguyễn Thị Phương Hải", "UVBTV, Trưởng ban Dân vận Thị ủy"),
        (["Ngô Quyền-Văn phòng Huyện ủy"], "Ngô Quyền", "Văn phòng Huyện ủy"),
        (["Nguyễn Đình Tề", "UVBTV, Trưởng Ban Dân vận Thị ủy"], "Nguyễn Đình Tề", "UVBTV, Trưởng Ban Dân vận Thị ủy"),
        (["Tin, ảnh: Lê Văn Nam"], "Lê Văn Nam", ""),
        (["Ban Dân vận Huyện ủy"], "Ban Dân vận Huyện ủy", ""),
    ],
)
def test_bylines(lines, author, position):
    byline, used = bylines.parse_lines(*lines) if len(lines) == 2 else bylines.parse_lines(lines[0])
    assert (byline.author, byline.author_title, used) == (author, position, len(lines))


def test_sentences_are_not_bylines():
    assert bylines.parse_lines("Hội nghị kết thúc tốt đẹp.") == (None, 0)
    assert bylines.parse_lines("Quang cảnh hội nghị") == (None, 0)


def test_headlines():
    assert titles.undouble("Chính trị Chính trị") == "Chính trị"
    assert titles.undouble("Tin tức trong Huyện") == "Tin tức trong Huyện"
    head, moment = titles.split_trailing_date("Công tác dân vận (20/02/2019 08:53 PM)")
    assert (head, moment.iso()) == ("Công tác dân vận", "2019-02-20T20:53:00+07:00")
    lede = "UBND xã Đức Lâm vừa tổ chức hội nghị đối thoại với Nhân dân năm 2022. Tham dự có 120 hộ dân."
    assert titles.derive(lede) == "Hội nghị đối thoại với Nhân dân năm 2022"


def test_units():
    assert units.from_banner("CỔNG GIAO TIẾP ĐIỆN TỬ THỊ XÃ KỲ ANH - TỈNH HÀ TĨNH") == "Thị xã Kỳ Anh"
    assert units.from_banner("Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Châu") == "Huyện Tân Châu"
    assert units.from_banner("Hội nghị giao ban công tác dân vận") is None
    text = ["Huyện ủy Kim Sơn chỉ đạo...", "Nhân dân huyện Kim Sơn đóng góp; thị xã Tam Điệp hỗ trợ, huyện Kim Sơn nhận."]
    assert units.from_mentions(text) == "Huyện Kim Sơn"


def test_captions():
    assert is_caption("Quang cảnh hội nghị")
    assert is_caption("Toàn cảnh hội nghị.")
    assert not is_caption("I. KẾT QUẢ ĐẠT ĐƯỢC")
    assert not is_caption("- Mặt trận Tổ quốc: phối hợp tổ chức tiếp xúc cử tri")
    assert not is_caption("Các đại biểu đã thảo luận sôi nổi; nhiều ý kiến đề xuất giải pháp.")


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ thị số 16/CT - TTg *quan trọng* với [dấu ngoặc] và nhãn <b>HĐND</b> \\ gạch_dưới",
        "# không phải tiêu đề",
        "> không phải trích dẫn",
        "* Riêng họat động của MTTQ:",
    ],
)
def test_markdown_renders_back_to_the_same_words(text):
    html = markdown.markdown(render.body([Block("paragraph", text=text)]))
    assert lxml.html.fragment_fromstring(html, create_parent="div").text_content().strip() == text


def test_captions_render_as_figures():
    assert render.body([Block("figure", text="Quang cảnh <hội nghị>")]) == (
        '<figure class="article-figure"><figcaption>Quang cảnh &lt;hội nghị&gt;</figcaption></figure>\n'
    )
