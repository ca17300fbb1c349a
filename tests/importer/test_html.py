"""Saved HTML pages in the style of NukeViet, Liferay and WordPress portals."""

import lxml.html
import pytest
from importer_audit import FIXTURES, normalized, read_article

PAGES = {
    "nukeviet_giao_ban.html": {
        "profile": "nukeviet",
        "title": "Giao ban công tác dân vận quý I năm 2021",
        "date": "2021-03-25T08:30:00+07:00",
        "unit": "Huyện Tân Châu",
        "author": "Lê Thị Hồng Nhung",
        "figure": '<figure class="article-figure"><img src="https://tanchau.example.gov.vn/uploads/news/2021_03/giao-ban-quy-1.jpg" '
        'alt="Quang cảnh hội nghị giao ban"><figcaption>Quang cảnh hội nghị giao ban</figcaption></figure>',
        "first": "Sáng 24/3, Ban Dân vận Huyện ủy Tân Châu",
        "source": "https://tanchau.example.gov.vn/tin-tuc/giao-ban-cong-tac-dan-van-quy-i-nam-2021-1234.html",
    },
    "liferay_ban_dan_van.html": {
        "profile": "liferay",
        "title": "Quận Cầu Giấy tổng kết công tác dân vận năm 2019",
        "date": "2019-12-30T15:15:00+07:00",
        "unit": "Quận Cầu Giấy",
        "author": "Phạm Quang Huy",
        "author_title": "Ban Dân vận Quận ủy",
        "figure": '<figure class="article-figure"><img src="/documents/10181/0/tong-ket-dan-van-2019.jpg" '
        'alt="Các đại biểu dự hội nghị"><figcaption>Các đại biểu dự hội nghị</figcaption></figure>',
        "first": "Chiều 27/12, Ban Thường vụ Quận ủy Cầu Giấy",
    },
    "wordpress_dan_van_kheo.html": {
        "profile": "wordpress",
        # the page gives 07:45 UTC: stored in Vietnam time
        "date": "2022-05-16T14:45:00+07:00",
        "title": "Ra mắt mô hình “Dân vận khéo” trong cải cách hành chính",
        "unit": "Huyện Đức Thọ",
        "author": "Trần Thị Hoa",
        "figure": '<figure class="article-figure"><img src="https://dandvan-ductho.example.vn/wp-content/uploads/'
        '2022/05/ra-mat-mo-hinh.jpg" alt="Lễ ra mắt mô hình"><figcaption>Lãnh đạo huyện Đức Thọ trao quyết định '
        "ra mắt mô hình</figcaption></figure>",
        "first": "Ngày 15/5, UBND xã Đức Lâm",
        "source": "https://dandvan-ductho.example.vn/2022/05/16/ra-mat-mo-hinh-dan-van-kheo/",
    },
}
BOILERPLATE = [
    "Trang chủ", "Liên hệ", "Chia sẻ", "Ý kiến bạn đọc", "Mã bảo mật", "Thống kê", "Đang truy cập",
    "Tổng số điểm", "Những tin mới hơn", "Bản quyền", "Skip portlet", "Quay lại", "Đánh giá", "Bình luận",
    "Trước", "Cuối", "Liên kết", "Bài trước", "Bài viết mới", "Proudly powered", "Chuyên mục", "Facebook",
    "Thời gian chờ", "Cơ quan chủ quản", "Chuyển đến nội dung",
]


@pytest.fixture(params=PAGES)
def page(request, run_import):
    status, [record] = run_import(FIXTURES / request.param)
    assert status == 0
    return request.param, record, *read_article(record["destination"])


def test_fields(page):
    name, record, front, _ = page
    expected = PAGES[name]
    assert record["profile"] == expected["profile"]
    for key in ("title", "date", "unit", "author", "author_title", "source"):
        assert front.get(key) == expected.get(key), key


def test_body_is_the_article_only(page):
    name, record, front, body = page
    assert body.startswith(PAGES[name]["first"])
    for words in BOILERPLATE:
        assert words not in body, words
    text = open(record["destination"], encoding="utf-8").read()
    assert PAGES[name]["figure"] in text.split("\n\n")


def test_every_text_block_is_accounted_for(page):
    """Independent of the importer's walk: every visible text node is in a reported line."""
    name, record, _, _ = page
    doc = lxml.html.document_fromstring((FIXTURES / name).read_text(encoding="utf-8"))
    for element in doc.xpath("//script|//style|//noscript|//head"):
        element.drop_tree()
    reported = " ".join(item["text"] for item in record["lines"])
    nodes = [normalized(t) for t in doc.itertext()]
    missing = [t for t in nodes if t and t not in reported]
    assert missing == []
    assert all(item["rule"] for item in record["dropped"])
    kept = [item for item in record["lines"] if item["role"] != "dropped"]
    assert {item["role"] for item in kept} >= {"title", "date", "body", "caption", "author"}
