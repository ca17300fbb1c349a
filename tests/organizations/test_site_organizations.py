"""The organization pages, directory, feeds and article links of a site built by Pelican."""

import xml.etree.ElementTree as ElementTree

import pytest
from plugins.features.front_matter import BuildError
from organization_fixtures import SEED_TAGS, VOCABULARY_PATH, read_seed
from plugins.features.organizations.detect import Detector
from sitebuild import article

ATOM = "{http://www.w3.org/2005/Atom}"
FARMERS = "Hội Nông dân huyện ra quân làm đường giao thông nông thôn"
WOMEN = "Hội LHPN và Hội Nông dân tập huấn chuyển đổi số"
FRONT = "Ủy ban MTTQ xã tiếp xúc cử tri"
ARTICLES = {
    "articles/2020/nong-dan.md": article(
        FARMERS, "2020-05-04",
        "Thực hiện Chỉ thị số 43-CT/TW của Ban Bí thư về công tác Hội Chữ thập đỏ; hội viên góp ngày công.",
    ),
    "articles/2021/mat-tran.md": article(
        FRONT, "2021-03-02", "UBND xã cử cán bộ dự.",
        organizations=["mttq"], exclude_organizations=["ubnd"],
    ),
    "articles/2021/phu-nu.md": article(WOMEN, "2021-06-07", "Các chi hội cử 40 hội viên tham dự."),
}


@pytest.fixture
def build(build_site):
    """build_site with the real vocabulary in the content folder."""

    def run(files, **settings):
        files = {"data/organizations.yml": VOCABULARY_PATH.read_text(encoding="utf-8"), **files}
        return build_site(files, **settings)

    return run


@pytest.fixture
def site(build):
    return build(ARTICLES)


def plain(text):
    """Typogrify keeps the last two words together with a no-break space."""
    return " ".join(text.split())


def titles(soup):
    return [plain(link.get_text()) for link in soup.select(".dv-teaser__title a")]


def test_organization_page_lists_exactly_its_articles(site):
    page = site.soup("/to-chuc/hoi-nong-dan/")
    assert page.h1.get_text(" ", strip=True).startswith("Hội Nông dân")
    assert titles(page) == [WOMEN, FARMERS]  # newest first
    years = {item["data-year"]: item.select_one(".dv-count")["data-value"] for item in page.select("main [data-year]")}
    assert years == {"2021": "1", "2020": "1"}


def test_organization_page_has_breadcrumbs_back_to_the_directory(site):
    crumbs = site.soup("/to-chuc/hoi-nong-dan/").select_one("nav[aria-label] ol")
    assert [link["href"] for link in crumbs.select("a")] == ["/", "/to-chuc/"]
    assert crumbs.select_one("[aria-current=page]").get_text(strip=True) == "Hội Nông dân"


def test_cited_title_and_exclusion_make_no_page(site):
    assert not site.exists("/to-chuc/hoi-chu-thap-do/")
    assert not site.exists("/to-chuc/ubnd/")


def test_directory_groups_organizations_with_counts(site):
    page = site.soup("/to-chuc/")
    groups = {section.h2.find(string=True).strip(): section for section in page.select("main section")}
    assert list(groups) == ["Đảng", "Chính quyền", "Mặt trận và đoàn thể", "Lực lượng vũ trang"]
    assert groups["Chính quyền"].h2.select_one(".dv-count")["data-value"] == "0"  # UBND was excluded
    counts = {
        item["data-organization"]: int(item.select_one(".dv-count")["data-value"])
        for item in groups["Mặt trận và đoàn thể"].select("[data-organization]")
    }
    assert counts["hoi-nong-dan"] == 2 and counts["mttq"] == 1 and counts["hoi-lhpn"] == 1
    assert counts["hoi-chu-thap-do"] == 0
    assert groups["Mặt trận và đoàn thể"].h2.select_one(".dv-count")["data-value"] == "3"
    assert groups["Mặt trận và đoàn thể"].select_one("[data-organization=hoi-chu-thap-do] a") is None


def test_feed_per_organization_lists_its_articles(site):
    feed = ElementTree.parse(site.output / "feeds" / "to-chuc" / "hoi-nong-dan.atom.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    assert [plain(entry.findtext(f"{ATOM}title")) for entry in feed.iter(f"{ATOM}entry")] == [WOMEN, FARMERS]
    assert "Hội Nông dân" in feed.findtext(f"{ATOM}title")


def test_article_links_to_its_organizations_explicit_first(site):
    page = site.soup("/2021/03/uy-ban-mttq-xa-tiep-xuc-cu-tri/")
    links = page.select("nav[aria-label='Tổ chức trong bài'] a")
    assert [(link.get_text(), link["href"]) for link in links] == [("Ủy ban Mặt trận Tổ quốc Việt Nam", "/to-chuc/mttq/")]


def test_organization_pages_are_paginated(build):
    site = build(ARTICLES, DEFAULT_PAGINATION=1)
    assert titles(site.soup("/to-chuc/hoi-nong-dan/")) == [WOMEN]
    assert titles(site.soup("/to-chuc/hoi-nong-dan/page/2/")) == [FARMERS]


def test_unknown_id_stops_the_build_with_its_line(build):
    files = {"articles/2021/sai.md": "---\ntitle: Bài thử\ndate: 2021-01-01\norganizations: [mttq, hoi-nong-dan-xa]\n---\nNội dung.\n"}
    with pytest.raises(BuildError) as caught:
        build(files)
    (problem,) = caught.value.problems
    assert str(problem).endswith("sai.md:4: organizations: không có tổ chức 'hoi-nong-dan-xa' trong danh mục tổ chức")


def test_unknown_excluded_id_is_an_error_too(build):
    files = {"articles/2021/sai.md": "---\ntitle: Bài thử\ndate: 2021-01-01\nexclude_organizations: [cong-doan]\n---\nNội dung.\n"}
    with pytest.raises(BuildError, match="sai.md:4: exclude_organizations"):
        build(files)


def test_real_seed_article_is_tagged_through_markdown_and_typogrify(build):
    headline, body = read_seed("seed_002_hoa_thanh_2020.txt")
    site = build({"articles/2020/ket-qua.md": article(headline, "2020-11-09T09:00:00+07:00", body)})
    listed = {
        item["data-organization"]
        for item in site.soup("/to-chuc/").select("[data-organization]")
        if item.select_one(".dv-count")["data-value"] == "1"
    }
    assert listed == SEED_TAGS["seed_002_hoa_thanh_2020.txt"]


def test_a_rebuild_detects_again_only_the_edited_article(build, monkeypatch):
    detected = []
    original = Detector.detect
    monkeypatch.setattr(Detector, "detect", lambda self, *texts: detected.append(texts[0]) or original(self, *texts))
    first = build(ARTICLES)
    assert len(detected) == len(ARTICLES)
    detected.clear()
    second = build(ARTICLES)
    assert detected == []
    assert titles(second.soup("/to-chuc/hoi-nong-dan/")) == titles(first.soup("/to-chuc/hoi-nong-dan/")) == [WOMEN, FARMERS]
    edited = {**ARTICLES, "articles/2021/phu-nu.md": ARTICLES["articles/2021/phu-nu.md"].replace("40 hội viên", "40 hội viên Hội Cựu chiến binh")}
    third = build(edited)
    assert [plain(text) for text in detected] == [WOMEN]
    assert titles(third.soup("/to-chuc/hoi-ccb/")) == [WOMEN]


def test_a_vocabulary_change_applies_to_unchanged_articles(build):
    build(ARTICLES)
    vocabulary = VOCABULARY_PATH.read_text(encoding="utf-8").replace("      - Mặt trận Tổ quốc\n", "      - Mặt trận Tổ quốc\n      - ngày công\n")
    site = build({**ARTICLES, "data/organizations.yml": vocabulary})
    assert FARMERS in titles(site.soup("/to-chuc/mttq/"))


def test_detection_is_remembered_only_with_the_content_cache(build, monkeypatch):
    detected = []
    original = Detector.detect
    monkeypatch.setattr(Detector, "detect", lambda self, *texts: detected.append(texts[0]) or original(self, *texts))
    build(ARTICLES, CACHE_CONTENT=False)
    build(ARTICLES, CACHE_CONTENT=False)
    assert len(detected) == 2 * len(ARTICLES)
