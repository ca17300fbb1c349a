"""The five real legacy pages: what an editor checks in each imported article."""

import json
from datetime import date

import pytest
from importer_audit import FIXTURES, lost_lines, read_article

from importer.cli import main

SEEDS = {
    "000_2aaeb33650591a97.txt": {
        "title": "Công tác dân vận của hệ thống chính trị góp phần thực hiện nhiệm vụ chính trị, "
        "đảm bảo An ninh trật tự năm 2017",
        "date": None,  # the page prints no date
        "unit": "Thị xã Kỳ Anh",
        "author": "Nguyễn Thị Phương Hải",
        "author_title": "UVBTV, Trưởng ban Dân vận Thị ủy",
        "captions": ["Ban Dân vận Thị ủy nhận cờ Đơn vị dẫn đầu phong trào thi đua năm 2017 của UBND tỉnh"],
        "first": "Năm 2017, thị xã Kỳ Anh thực hiện nhiệm vụ chính trị",
        "last": "xây dựng thị xã Kỳ Anh đạt đô thị loại 3 vào năm 2020.",
    },
    "001_12a848ca68729f0d.txt": {
        "title": "Hội nghị Giao ban công tác dân vận 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2018",
        "date": "2018-10-03",
        "category": "Giao ban",
        "author": "Ngô Quyền",
        "author_title": "Văn phòng Huyện ủy",
        "captions": ["Quang cảnh hội nghị"],
        "first": "Sáng ngày 03/10, Thường trực Huyện ủy tổ chức Hội nghị giao ban",
        "last": "hộ cận nghèo năm 2019.",
    },
    "002_8261f7f93639d1a5.txt": {
        "title": "Kết quả thực hiện công tác Dân vận năm 2020",
        "date": "2020-11-09T09:00:00+07:00",
        "category": "Tổng kết năm",
        "unit": "Thị xã Hòa Thành",
        "author": "Nguyễn Thu",
        "captions": [],
        "first": "Năm 2020, là năm tổ chức Đại hội Đảng các cấp",
        "last": "đạt nhiều kết quả tích cực.",
    },
    "003_3b2c412b7c8dc1d1.txt": {
        "title": "Hội nghị giao ban công tác quý I, triển khai nhiệm vụ quý II năm 2023",
        "date": None,
        "category": "Giao ban",
        "unit": "Thị xã Kỳ Anh",
        "author": None,
        "captions": [
            "Toàn cảnh hội nghị.",
            "Đồng chí Nguyễn Văn Hảo - UV BTV, Trưởng Ban Dân vận, Chủ tịch Ủy ban Mặt trận Tổ quốc thị xã Kỳ Anh "
            "báo cáo kết quả hoạt động của Ban chỉ đạo phong trào thi đua dân vận khéo, thực hiện quy chế dân chủ "
            "cơ sở thị xã quý I năm 2023",
            "Đồng chí Phan Duy Vĩnh - Phó Bí thư Thường trực Thị uỷ, Chủ tịch Hội đồng nhân dân thị xã Kỳ Anh, "
            "Trưởng ban chỉ đạo phát biểu kết luận hội nghị.",
        ],
        "first": "Ban chỉ đạo phong trào thi đua dân vận khéo",
        "last": "người đứng đầu cấp uỷ, chính quyền với Nhân dân.",
    },
    "004_9b24f618f16e4c37.txt": {
        "title": "Công tác dân vận góp phần xây dựng hệ thống chính trị vững mạnh toàn diện",
        "date": "2019-02-20T20:53:00+07:00",
        "author": "Nguyễn Đình Tề",
        "author_title": "UVBTV, Trưởng Ban Dân vận Thị ủy",
        "captions": ["Công tác dân vận góp phần xây dựng nông thôn mới trên địa bàn thị xã"],
        "first": "Công tác dân vận là một bộ phận quan trọng của công tác xây dựng Đảng",
        "last": "MTTQ và các đoàn thể các cấp...",
    },
}
BOILERPLATE = [
    "Số lượt online", "truy cập", "Quay lại", "Skip portlet", "Portlet Menu", "Đầu trang", "Ý kiến bạn đọc",
    "Thống kê", "Máy chủ tìm kiếm", "Mã xác thực", "Đánh giá", "Bình luận", "Liên kết", "Bản đồ",
    "Thời gian chờ", "duy trì trạng thái đăng nhập", "Hôm nay", "Cơ quan chủ quản", "Chịu trách nhiệm",
    "Giới thiệu chung", "Thư viện ảnh", "Cẩm nang du lịch", "<<", "Online", "tayninh online", "679 0",
]


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Each seed imported with no option, as a first import would: {name: (source, record, front, body)}."""
    base = tmp_path_factory.mktemp("seeds")
    results = {}
    for name in SEEDS:
        report = base / f"{name}.json"
        assert main([str(FIXTURES / name), "--dest", str(base / "articles"), "--report", str(report)]) == 0
        record = json.loads(report.read_text(encoding="utf-8"))["imports"][0]
        results[name] = (FIXTURES / name, record, *read_article(record["destination"]))
    return results


@pytest.mark.parametrize("name", SEEDS)
def test_headline_date_and_byline(imported, name):
    _, record, front, _ = imported[name]
    expected = SEEDS[name]
    assert front["title"] == expected["title"]
    if expected["date"]:
        assert front["date"] == expected["date"]
        assert "status" not in front
    else:
        assert front["status"] == "draft"
        assert front["date"] == date.today().isoformat()
        assert any("Không xác định được ngày đăng" in item for item in front["review"])
    assert front.get("author") == expected["author"]
    assert front.get("author_title") == expected.get("author_title")
    for key in ("unit", "category"):
        if key in expected:
            assert front[key] == expected[key]


@pytest.mark.parametrize("name", SEEDS)
def test_captions_are_figures_not_paragraphs(imported, name):
    _, record, _, _ = imported[name]
    text = open(record["destination"], encoding="utf-8").read()
    body = text.split("---\n", 2)[2]
    figures = [b for b in body.split("\n\n") if b.startswith("<figure")]
    assert figures == [
        f'<figure class="article-figure"><figcaption>{caption}</figcaption></figure>'
        for caption in SEEDS[name]["captions"]
    ]


@pytest.mark.parametrize("name", SEEDS)
def test_body_keeps_the_article_and_no_boilerplate(imported, name):
    _, record, front, body = imported[name]
    assert body.startswith(SEEDS[name]["first"])
    assert body.endswith(SEEDS[name]["last"])
    for words in BOILERPLATE:
        assert words not in body, words
    assert front["title"] not in body.split(SEEDS[name]["first"])[0]
    for field in ("author", "author_title"):
        if front.get(field):
            assert front[field] not in body[-300:], "the byline belongs in the front matter"


@pytest.mark.parametrize("name", SEEDS)
def test_nothing_lost(imported, name):
    source, record, _, _ = imported[name]
    assert lost_lines(source, record) == []
    assert record["dropped"], "every seed page carries some boilerplate"
    assert all(item["rule"] for item in record["dropped"])


def test_derived_headline_and_guessed_year_are_marked_for_review(imported):
    derived = imported["003_3b2c412b7c8dc1d1.txt"][2]["review"]
    assert "Tiêu đề được suy ra từ đoạn đầu, cần kiểm tra" in derived
    guessed = imported["001_12a848ca68729f0d.txt"][2]["review"]
    assert any("năm 2018 lấy từ tiêu đề" in item for item in guessed)


def test_saved_day_is_not_the_publication_date(imported):
    _, record, front, _ = imported["001_12a848ca68729f0d.txt"]
    assert not front["date"].startswith("2021")
    saved = next(item for item in record["lines"] if item["line"] == 1)
    assert saved["role"] == "dropped" and saved["rule"].endswith("saved-day")


def test_counters_beside_the_date_are_reported(imported):
    _, record, _, _ = imported["002_8261f7f93639d1a5.txt"]
    dateline = next(item for item in record["lines"] if item["line"] == 3)
    assert dateline["role"] == "date" and "679 0" in dateline["note"]


def test_portal_software_is_recognized_from_text_markers(imported):
    profiles = {name: record["profile"] for name, (_, record, _, _) in imported.items()}
    assert profiles["002_8261f7f93639d1a5.txt"] == "nukeviet"
    assert profiles["004_9b24f618f16e4c37.txt"] == "liferay"
