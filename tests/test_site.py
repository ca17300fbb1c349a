"""Whole-site build: the meaning of the built pages, parsed."""

import re
import unicodedata

import pytest
from sitebuild import article

ARTICLES = {
    "articles/2018/giao-ban-9-thang.md": article(
        "Hội nghị giao ban công tác dân vận 9 tháng đầu năm 2018",
        "2018-10-03T08:00:00+07:00",
        "HĐND và UBND huyện dự. Thực hiện Quyết định 290-QĐ/TW.",
        category="Giao ban",
        unit="Huyện Kim Sơn",
        author="Ngô Quyền",
        author_title="Văn phòng Huyện ủy",
    ),
    "articles/2018/giao-ban-quy-3.md": article(
        "Giao ban quý III", "2018-10-20", category="Giao ban", unit="Huyện Kim Sơn"
    ),
    "articles/2018/tong-ket.md": article(
        "Tổng kết công tác dân vận năm 2018", "2018-12-28T14:30:00+07:00", category="Tổng kết năm"
    ),
    "articles/2019/hoat-dong.md": article(
        "Hội Nông dân ra quân", "2019-02-20T20:53:00+07:00", category="Tin hoạt động"
    ),
    "articles/2020/ket-qua.md": article(
        "Kết quả thực hiện công tác Dân vận năm 2020 & “Dân vận khéo”",
        "2020-11-09T09:00:00+07:00",
        category="Tổng kết năm",
        unit="Thị xã Hòa Thành",
    ),
    "articles/2020/nhap.md": article("Bài chưa đăng", "2020-12-01", status="draft"),
}
URL_9_THANG = "/2018/10/hoi-nghi-giao-ban-cong-tac-dan-van-9-thang-dau-nam-2018/"
URL_2020 = "/2020/11/ket-qua-thuc-hien-cong-tac-dan-van-nam-2020-dan-van-kheo/"


@pytest.fixture
def site(build_site):
    return build_site(ARTICLES, DEFAULT_PAGINATION=2)


def text(node):
    """Visible text with typogrify's non-breaking spaces read as spaces."""
    return node.get_text().replace("\xa0", " ").strip()


def listed(soup):
    """The article URLs a list page links to, in order."""
    return [link["href"] for link in soup.select("main .dv-teaser__title a")]


def test_article_page_heading_date_and_byline(site):
    soup = site.soup(URL_9_THANG)
    assert soup.html["lang"] == "vi"
    assert text(soup.select_one("main h1")) == (
        "Hội nghị giao ban công tác dân vận 9 tháng đầu năm 2018"
    )
    times = soup.select("main time")
    assert len(times) == 1
    assert times[0]["datetime"] == "2018-10-03T08:00:00+07:00"
    assert times[0].get_text() == "Thứ Tư, 03/10/2018 08:00"
    byline = soup.select_one(".dv-article__byline").get_text(" ", strip=True)
    assert "Ngô Quyền" in byline and "Văn phòng Huyện ủy" in byline
    # date before the body, byline after it
    order = [node for node in soup.select("main time, main .dv-article__body, main .dv-article__byline")]
    assert [n.name if n.name == "time" else n["class"][0] for n in order] == [
        "time", "dv-article__body", "dv-article__byline"
    ]


def test_date_alone_shows_no_invented_time(site):
    time = site.soup("/2018/10/giao-ban-quy-iii/").select_one("main time")
    assert time["datetime"] == "2018-10-20"
    assert time.get_text() == "Thứ Bảy, 20/10/2018"


def test_skip_link_and_breadcrumbs(site):
    soup = site.soup(URL_9_THANG)
    first_link = soup.body.find("a")
    assert first_link["href"] == "#main-content"
    assert soup.select_one("main#main-content") is not None
    nav = soup.find("nav", attrs={"aria-label": "Đường dẫn"})
    items = nav.select("li")
    assert items[0].get_text(strip=True) == "Trang chủ" and items[0].a["href"] == "/"
    assert items[1].a["href"] == "/chuyen-muc/giao-ban/"
    current = nav.select('[aria-current="page"]')
    assert len(current) == 1 and current[0] is items[-1]
    assert nav.find_next("main") is not None, "breadcrumbs come before <main>"


def test_typogrify_keeps_vietnamese_abbreviations_and_titles_clean(site):
    soup = site.soup(URL_9_THANG)
    body = soup.select_one(".dv-article__body")
    assert body.find("span", class_="caps") is None
    assert "HĐND" in body.get_text() and "290-QĐ/TW" in body.get_text()
    page = site.soup(URL_2020)
    title = text(page.title)
    assert title.startswith("Kết quả thực hiện công tác Dân vận năm 2020 & “Dân vận khéo”")
    assert "<" not in title and "&amp;" not in title
    assert "<" not in page.find("meta", attrs={"name": "description"})["content"]
    # the visible headline still gets typography
    assert page.select_one("main h1 .amp") is not None


def test_home_is_paginated_with_directory_urls(site):
    home = site.soup("/")
    assert listed(home) == [URL_2020, "/2019/02/hoi-nong-dan-ra-quan/"]
    assert home.find("link", rel="next")["href"] == "/page/2/"
    assert home.find("link", rel="prev") is None
    page2 = site.soup("/page/2/")
    assert "Trang 2" in page2.title.get_text()
    nav = page2.find("nav", attrs={"aria-label": "Phân trang"})
    assert nav.select_one('[aria-current="page"]').get_text(strip=True).endswith("2")
    assert nav.find("a", rel="prev")["href"] == "/"
    assert nav.find("a", rel="next")["href"] == "/page/3/"
    assert site.exists("/page/3/") and not site.exists("/page/4/")
    every = listed(home) + listed(page2) + listed(site.soup("/page/3/"))
    assert len(every) == len(set(every)) == 5


def test_single_page_list_has_no_pagination(site):
    soup = site.soup("/2019/")
    assert soup.find("nav", attrs={"aria-label": "Phân trang"}) is None
    assert soup.find("link", rel="next") is None


def test_year_and_month_archives_hold_exactly_their_articles(site):
    year = site.soup("/2018/")
    year_articles = listed(year) + listed(site.soup("/2018/page/2/"))
    assert sorted(year_articles) == sorted(
        [URL_9_THANG, "/2018/10/giao-ban-quy-iii/", "/2018/12/tong-ket-cong-tac-dan-van-nam-2018/"]
    )
    months = {a.get_text(strip=True): a["href"] for a in year.select(".dv-month-nav a")}
    assert months == {"Tháng 12": "/2018/12/", "Tháng 10": "/2018/10/"}
    assert sorted(listed(site.soup("/2018/10/"))) == sorted([URL_9_THANG, "/2018/10/giao-ban-quy-iii/"])
    assert year.select_one("main h1").get_text() == "Năm 2018"
    assert site.soup("/2018/10/").select_one("main h1").get_text() == "Tháng 10/2018"


def test_category_pages_and_archive_index(site):
    giao_ban = site.soup("/chuyen-muc/giao-ban/")
    assert sorted(listed(giao_ban)) == sorted([URL_9_THANG, "/2018/10/giao-ban-quy-iii/"])
    categories = site.soup("/chuyen-muc/")
    names = [a.get_text() for a in categories.select("main a")]
    assert names == ["Giao ban", "Tin hoạt động", "Tổng kết năm"]
    archive = site.soup("/luu-tru/")
    assert [a["href"] for a in archive.select("main h2 a")] == ["/2020/", "/2019/", "/2018/"]


def test_draft_is_not_published_in_lists(site):
    for url in ("/", "/page/2/", "/page/3/", "/2020/"):
        assert "/ban-nhap/bai-chua-dang/" not in listed(site.soup(url))


def test_404_page(site):
    soup = site.soup("/404.html")
    assert soup.select_one("main h1").get_text() == "Không tìm thấy trang"
    assert soup.select_one('main a[href="/"]') is not None


def test_no_third_party_requests(site):
    for url in ("/", URL_9_THANG, "/2018/"):
        soup = site.soup(url)
        for node in soup.select("[src], link[href], script"):
            target = node.get("src") or node.get("href") or ""
            assert not re.match(r"(https?:)?//", target) or target.startswith("http://localhost"), target


def test_long_nfd_bom_crlf_headline_is_published_correctly(build_site):
    title = unicodedata.normalize("NFD", "Đảng ủy xã Kỳ Hoa tổ chức hội nghị " * 12).strip()
    source = article(title, "2021-01-05T07:30:00+07:00", "Dòng một.\n\nDòng hai.")
    site = build_site({"articles/2021/dai.md": b"\xef\xbb\xbf" + source.replace("\n", "\r\n").encode("utf-8")})
    soup = site.soup("/")
    link = soup.select_one("main .dv-teaser__title a")
    slug = link["href"].strip("/").split("/")[-1]
    assert slug.startswith("dang-uy-xa-ky-hoa") and len(slug) <= 80
    page = site.soup(link["href"])
    heading = text(page.select_one("main h1"))
    assert heading == unicodedata.normalize("NFC", title)
    assert [text(p) for p in page.select(".dv-article__body p")] == ["Dòng một.", "Dòng hai."]


def test_unit_pages_merge_spellings_and_list_only_published(build_site):
    site = build_site({
        "articles/2018/a.md": article("Tin A", "2018-01-02", unit="Huyện Kim Sơn"),
        "articles/2018/b.md": article("Tin B", "2018-02-02", unit="huyện Kim Sơn"),
        "articles/2018/c.md": article("Tin C", "2018-03-02", unit="Huyện Kim Sơn"),
        "articles/2018/d.md": article("Tin D", "2018-04-02", unit="Thị xã Kỳ Anh"),
        "articles/2018/e.md": article("Tin E", "2018-05-02", unit="Thị xã Kỳ Anh", status="draft"),
        "articles/2018/f.md": article("Tin F", "2018-06-02"),
    })
    index = site.soup("/don-vi/")
    units = {a.get_text(): a["href"] for a in index.select("main a")}
    assert units == {"Huyện Kim Sơn": "/don-vi/huyen-kim-son/", "Thị xã Kỳ Anh": "/don-vi/thi-xa-ky-anh/"}
    kim_son = site.soup("/don-vi/huyen-kim-son/")
    assert listed(kim_son) == ["/2018/03/tin-c/", "/2018/02/tin-b/", "/2018/01/tin-a/"]
    assert listed(site.soup("/don-vi/thi-xa-ky-anh/")) == ["/2018/04/tin-d/"]
    unit_link = site.soup("/2018/02/tin-b/").select_one("main .dv-article__unit")
    assert (unit_link.get_text(), unit_link["href"]) == ("Huyện Kim Sơn", "/don-vi/huyen-kim-son/")
