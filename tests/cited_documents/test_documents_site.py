"""The document pages, directory, feeds, article sections, JSON-LD and statistics of a site built by Pelican."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest
from document_fixtures import ARCHIVE, DOCUMENTS_YML, GIAM_SAT, KE_HOACH, KH120, LAW, LUAT, ND159, NQ25, Q217, SO_KET
from sitebuild import ROOT, Site, article, build, write_files

from plugins.features.front_matter import BuildError

pytestmark = pytest.mark.build
ATOM = "{http://www.w3.org/2005/Atom}"
SUB_PATH = "https://example.org/luu-tru"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("documents"), ARCHIVE)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The same archive under a sub-path, as publishconf.py builds it."""
    return build(tmp_path_factory.mktemp("published"), ARCHIVE, SITEURL=SUB_PATH, FEED_DOMAIN=SUB_PATH)


def plain(text):
    """Typogrify keeps the last two words together with a no-break space."""
    return " ".join(text.split())


def citing(soup):
    """(headline, cited sentence) of each article listed on a document page, in order."""
    return [
        (plain(item.select_one("h3 a").get_text()), plain(item.blockquote.get_text()) if item.blockquote else None)
        for item in soup.select("main .dv-article-list > li")
    ]


def test_document_page_shows_what_the_data_file_knows(site):
    page = site.soup(f"/van-ban/{Q217}/")
    assert page.h1.get_text(strip=True) == "Quyết định số 217-QĐ/TW"
    assert page.select_one(".dv-document__title").get_text().startswith("Ban hành Quy chế giám sát")
    facts = {item["data-fact"]: item for item in page.select("main dd[data-fact]")}
    assert facts["issued"].time["datetime"] == "2013-12-12" and facts["issued"].get_text() == "12/12/2013"
    assert facts["issuer"].get_text() == "Bộ Chính trị"
    assert facts["level"].get_text() == "Trung ương" and facts["kind"].get_text() == "Quyết định"
    assert facts["link"].a["href"] == "https://example.gov.vn/van-ban/217"
    assert facts["count"].get_text() == "3 bài"


def test_document_page_lists_citing_articles_newest_first_with_their_sentence(site):
    listed = citing(site.soup(f"/van-ban/{Q217}/"))
    # "Quyết định 217" without its symbol is the same document (the data file's spelling).
    assert [title for title, _ in listed] == [LUAT, SO_KET, GIAM_SAT]
    sentences = [sentence for _, sentence in listed]
    assert sentences[0] == "Tiếp tục thực hiện Quyết định 217 của Bộ Chính trị về giám sát."
    assert sentences[2].startswith("Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013")
    assert "Câu sau" not in sentences[2]  # the sentence, not the paragraph
    years = {item["data-year"]: item.select_one(".dv-count")["data-value"] for item in site.soup(f"/van-ban/{Q217}/").select("main [data-year]")}
    assert years == {"2020": "1", "2016": "1", "2014": "1"}


def test_document_without_data_takes_date_and_issuer_from_the_text(site):
    page = site.soup(f"/van-ban/{KH120}/")
    facts = {item["data-fact"]: item.get_text() for item in page.select("main dd[data-fact]")}
    assert facts["issued"] == "17/07/2018" and facts["issuer"] == "Huyện ủy" and facts["level"] == "Huyện ủy"
    assert "link" not in facts and page.select_one(".dv-document__title") is None


def test_document_page_has_breadcrumbs_back_to_the_directory(site):
    crumbs = site.soup(f"/van-ban/{Q217}/").select_one("nav[aria-label] ol")
    assert [link["href"] for link in crumbs.select("a")] == ["/", "/van-ban/"]
    assert crumbs.select_one("[aria-current=page]").get_text(strip=True) == "Quyết định số 217-QĐ/TW"


def test_directory_groups_by_level_then_type_with_counts_and_years(site):
    page = site.soup("/van-ban/")
    levels = {section["data-level"]: section for section in page.select("main section[data-level]")}
    assert list(levels) == ["Trung ương", "Quốc hội", "Chính phủ", "Huyện ủy"]
    centre = levels["Trung ương"]
    assert [heading["data-kind"] for heading in centre.select("[data-kind]")] == ["Nghị quyết", "Quyết định"]
    assert centre.h2.select_one(".dv-count")["data-value"] == "3"  # articles citing a central document, each once
    entries = {item["data-document"]: item for item in page.select("[data-document]")}
    assert set(entries) == {Q217, NQ25, KH120, ND159, LAW}  # the draft's document has no page
    assert entries[Q217].select_one(".dv-count")["data-value"] == "3"
    assert entries[Q217].select_one("[data-years]")["data-years"] == "2014 2016 2020"
    assert entries[Q217].a["href"] == f"/van-ban/{Q217}/"
    assert entries[NQ25].select_one("[data-years]")["data-years"] == "2016"


def test_a_document_only_a_draft_cites_has_no_page(site):
    assert not site.exists("/van-ban/chi-thi-5-ct-tw/")
    assert not site.exists("/van-ban/quyet-dinh-217/")  # merged into 217-QĐ/TW


def test_feed_per_document_lists_its_articles_and_is_linked(site):
    feed = ElementTree.parse(site.output / "feeds" / "van-ban" / f"{Q217}.atom.xml").getroot()
    assert [plain(entry.findtext(f"{ATOM}title")) for entry in feed.iter(f"{ATOM}entry")] == [LUAT, SO_KET, GIAM_SAT]
    assert "Quyết định số 217-QĐ/TW" in feed.findtext(f"{ATOM}title")
    page = site.soup(f"/van-ban/{Q217}/")
    assert page.select_one("link[rel=alternate][title='Quyết định số 217-QĐ/TW']")["href"].endswith(f"/feeds/van-ban/{Q217}.atom.xml")


def test_article_lists_the_documents_it_cites(site):
    section = site.soup("/2019/08/huyen-trien-khai-ke-hoach-sap-xep-thon-xom/").select_one("nav.dv-article__documents")
    assert section.h2.get_text() == "Văn bản được nhắc tới"
    assert [(link.get_text(), link["href"]) for link in section.select("a")] == [
        ("Kế hoạch số 120-KH/HU", f"/van-ban/{KH120}/"), ("Nghị định số 159/2013/NĐ-CP", f"/van-ban/{ND159}/"),
    ]
    assert site.soup("/2014/03/mat-tran-xa-giam-sat-can-bo-theo-quy-che/").select_one("nav.dv-article__documents li").get_text().startswith(
        "Quyết định số 217-QĐ/TW: Ban hành Quy chế giám sát"
    )


def _json_ld(soup):
    return json.loads(soup.select_one("script[type='application/ld+json']").string)


def test_json_ld_cites_each_document_with_its_page(site):
    data = _json_ld(site.soup("/2019/08/huyen-trien-khai-ke-hoach-sap-xep-thon-xom/"))
    assert data["citation"] == [
        {"@type": "CreativeWork", "name": "Kế hoạch số 120-KH/HU", "url": f"/van-ban/{KH120}/"},
        {"@type": "Legislation", "name": "Nghị định số 159/2013/NĐ-CP", "url": f"/van-ban/{ND159}/",
         "legislationIdentifier": "Nghị định số 159/2013/NĐ-CP"},
    ]
    (cited,) = _json_ld(site.soup("/2014/03/mat-tran-xa-giam-sat-can-bo-theo-quy-che/"))["citation"]
    assert cited["name"].startswith("Quyết định số 217-QĐ/TW: Ban hành Quy chế giám sát") and cited["@type"] == "CreativeWork"


def test_statistics_rank_the_most_cited_documents(site):
    rows = site.soup("/thong-ke/").select("#bang-van-ban-nhac-nhieu tbody tr")
    assert [row["data-document"] for row in rows][:1] == [Q217]
    first = [cell.get_text() for cell in rows[0].select("th, td")]
    assert first == ["Quyết định số 217-QĐ/TW", "Trung ương", "3", "2014, 2016, 2020"]
    assert len(rows) == 5


def test_search_page_offers_a_document_filter(site):
    select = site.soup("/tim-kiem/").select_one("select[name=van-ban]")
    assert select["data-filter"] == "document"
    assert site.soup("/tim-kiem/").select_one("label[for=dv-search-van-ban]").get_text() == "Văn bản"
    options = {option["value"]: option.get_text() for option in select.select("option") if option["value"]}
    assert options[Q217] == "Quyết định số 217-QĐ/TW" and set(options) == {Q217, NQ25, KH120, ND159, LAW}


def test_links_work_under_a_sub_path(published):
    entry = published.soup("/van-ban/").select_one(f"[data-document={Q217}] a")
    assert entry["href"] == f"{SUB_PATH}/van-ban/{Q217}/"
    article = published.soup("/2019/08/huyen-trien-khai-ke-hoach-sap-xep-thon-xom/")
    assert article.select_one("nav.dv-article__documents a")["href"] == f"{SUB_PATH}/van-ban/{KH120}/"
    assert _json_ld(article)["citation"][0]["url"] == f"{SUB_PATH}/van-ban/{KH120}/"
    citing_link = published.soup(f"/van-ban/{Q217}/").select_one("main .dv-article-list h3 a")
    assert citing_link["href"] == f"{SUB_PATH}/2020/10/tuyen-truyen-phap-luat-o-khu-dan-cu/"
    assert published.soup("/thong-ke/").select_one(f"tr[data-document={Q217}] a")["href"] == f"{SUB_PATH}/van-ban/{Q217}/"


def test_document_pages_are_paginated_by_their_own_setting(tmp_path):
    site = build(tmp_path, ARCHIVE, DOCUMENTS_PER_PAGE=2, DEFAULT_PAGINATION=1)
    assert [title for title, _ in citing(site.soup(f"/van-ban/{Q217}/"))] == [LUAT, SO_KET]
    second = site.soup(f"/van-ban/{Q217}/page/2/")
    assert [title for title, _ in citing(second)] == [GIAM_SAT]
    assert "Trang 2" in second.title.get_text()
    assert second.select_one("link[rel=prev]")["href"] == f"/van-ban/{Q217}/"
    assert site.exists("/page/2/")  # DEFAULT_PAGINATION=1 still pages the others


def test_a_number_for_document_pages_in_paginated_templates_wins(tmp_path):
    paginated = {"index": None, "category": None, "period_archives": None, "document": 1}
    site = build(tmp_path, ARCHIVE, PAGINATED_TEMPLATES=paginated, DOCUMENTS_PER_PAGE=2)
    assert [title for title, _ in citing(site.soup(f"/van-ban/{Q217}/page/3/"))] == [GIAM_SAT]


def test_documents_to_show_can_be_only_those_written(tmp_path):
    files = {**ARCHIVE, "articles/2019/ke-hoach.md": ARCHIVE["articles/2019/ke-hoach.md"].replace(
        f"title: {KE_HOACH}", f"title: {KE_HOACH}\ndocuments:\n- Nghị quyết số 25-NQ/TW")}
    site = build(tmp_path, files, DOCUMENTS_DETECT=False)
    entries = [item["data-document"] for item in site.soup("/van-ban/").select("[data-document]")]
    assert entries == [NQ25]


def test_the_most_cited_documents_widget_can_be_shown_on_every_page(tmp_path):
    site = build(tmp_path, ARCHIVE, STATS_WIDGETS=["total", "top_documents"])
    widget = site.soup("/").select_one("[data-stat=documents]")
    assert [(link.get_text(), link["href"]) for link in widget.select("a")][0] == ("Quyết định số 217-QĐ/TW", f"/van-ban/{Q217}/")
    assert widget.select_one(".dv-count")["data-value"] == "3"
    assert len(widget.select("li")) == 5


def test_every_page_and_the_search_page_without_javascript_lead_to_the_directory(site):
    nav = site.soup("/").select_one("nav[aria-label='Điều hướng chính']")
    assert "/van-ban/" in [link["href"] for link in nav.select("a")]
    no_script = site.soup("/tim-kiem/").select_one("[data-search-nojs]")
    assert no_script.find("a", href="/van-ban/").get_text() == "Xem bài theo văn bản được nhắc tới"


def test_without_the_plugin_nothing_is_shown_of_what_was_detected(tmp_path):
    """In its own process: Pelican never disconnects the receivers of a plugin an earlier build loaded."""
    from pelican.settings import read_settings  # noqa: PLC0415

    plugins = [name for name in read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"] if name != "plugins.features.cited_documents"]
    write_files(tmp_path / "content", ARCHIVE)
    listed = json.dumps(plugins)
    subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelicanconf.py"), str(tmp_path / "content"),
         "-o", str(tmp_path / "output"), "-e", f"PLUGINS={listed}", f"STRICT_BUILD_PLUGINS={listed}"],
        capture_output=True, cwd=tmp_path, check=True,
    )
    site = Site(tmp_path / "output")
    article = site.soup("/2019/08/huyen-trien-khai-ke-hoach-sap-xep-thon-xom/")
    assert article.select_one("nav.dv-article__documents") is None
    assert "citation" not in json.loads(article.select_one("script[type='application/ld+json']").string)
    assert not site.exists("/van-ban/") and site.soup("/tim-kiem/").select_one("select[name=van-ban]") is None


def test_within_a_type_newer_documents_come_first_undated_last_by_number(tmp_path):
    files = {**ARCHIVE, "articles/2022/nhieu.md": article(
        "Nhiều văn bản", "2022-05-05",
        "Thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị. Huyện ủy ban hành Kế hoạch số 15-KH/HU và Kế hoạch số 9-KH/HU về dân vận.",
    )}
    page = build(tmp_path, files).soup("/van-ban/")
    decisions = page.select_one("section[data-level='Trung ương'] [data-kind='Quyết định'] + ul")
    assert [item["data-document"] for item in decisions.select("[data-document]")] == [Q217, "quyet-dinh-290-qd-tw"]
    plans = page.select_one("section[data-level='Huyện ủy'] [data-kind='Kế hoạch'] + ul")
    assert [item["data-document"] for item in plans.select("[data-document]")] == [KH120, "ke-hoach-9-kh-hu", "ke-hoach-15-kh-hu"]


def test_a_document_feed_carries_its_newest_articles_only(tmp_path):
    site = build(tmp_path, ARCHIVE, DOCUMENTS_FEED_MAX_ITEMS=2)
    feed = ElementTree.parse(site.output / "feeds" / "van-ban" / f"{Q217}.atom.xml").getroot()
    assert [plain(entry.findtext(f"{ATOM}title")) for entry in feed.iter(f"{ATOM}entry")] == [LUAT, SO_KET]
    assert [title for title, _ in citing(site.soup(f"/van-ban/{Q217}/"))] == [LUAT, SO_KET, GIAM_SAT]  # the page lists all


def test_a_document_page_leads_to_a_search_among_its_articles(site):
    link = site.soup(f"/van-ban/{Q217}/").find("a", string="Tìm trong các bài nhắc tới Quyết định số 217-QĐ/TW")
    assert link["href"] == f"/tim-kiem/?van-ban={Q217}"


def test_the_data_file_can_give_the_level_a_symbol_does_not(tmp_path):
    files = {
        **ARCHIVE,
        "data/documents.yml": DOCUMENTS_YML + "  - reference: Đề án số 61\n    level: Huyện ủy\n    issuer: Ban Thường vụ Huyện ủy\n",
        "articles/2022/de-an.md": article("Đề án", "2022-05-05", "Huyện triển khai Đề án số 61 về dân vận khéo."),
    }
    page = build(tmp_path, files).soup("/van-ban/")
    levels = {section["data-level"]: section for section in page.select("main section[data-level]")}
    assert "Chưa rõ cấp ban hành" not in levels
    assert [item["data-document"] for item in levels["Huyện ủy"].select("[data-document]")] == [KH120, "de-an-61"]


def test_an_address_with_another_placeholder_stops_the_build_before_anything_is_written(tmp_path):
    with pytest.raises(BuildError) as caught:
        build(tmp_path, ARCHIVE, DOCUMENTS_URL="van-ban/{slug}/", DOCUMENTS_FEED_ATOM="feeds/{key}-{0}.xml")
    assert [str(problem) for problem in caught.value.problems] == [
        "pelicanconf.py: DOCUMENTS_URL: chỉ dùng {key} (mã văn bản) trong địa chỉ, không phải 'van-ban/{slug}/'",
        "pelicanconf.py: DOCUMENTS_FEED_ATOM: chỉ dùng {key} (mã văn bản) trong địa chỉ, không phải 'feeds/{key}-{0}.xml'",
    ]
    assert not (tmp_path / "output").exists()


def test_a_document_page_describes_the_document_in_json_ld(site, published):
    data = _json_ld(site.soup(f"/van-ban/{Q217}/"))
    assert data["@type"] == "CreativeWork" and data["url"] == f"/van-ban/{Q217}/"
    assert data["name"].startswith("Quyết định số 217-QĐ/TW: Ban hành Quy chế giám sát")
    assert (data["datePublished"], data["author"]["name"], data["sameAs"]) == ("2013-12-12", "Bộ Chính trị", "https://example.gov.vn/van-ban/217")
    law = _json_ld(published.soup(f"/van-ban/{ND159}/"))
    assert (law["@type"], law["url"], law["legislationIdentifier"]) == ("Legislation", f"{SUB_PATH}/van-ban/{ND159}/", "Nghị định số 159/2013/NĐ-CP")
    assert "sameAs" not in law and "datePublished" not in law
