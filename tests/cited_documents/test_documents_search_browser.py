"""The search page's "Văn bản" filter in Chromium, against a site built with its Pagefind index."""

from urllib.parse import urlencode

import pytest
from document_fixtures import ARCHIVE, GIAM_SAT, KE_HOACH, LUAT, Q217, SO_KET
from sitebuild import build

from plugins.libs.static_site_server import serve

# search.js has shown and announced the outcome of the latest search.
DONE = """document.querySelector('[data-search-results]:not([aria-busy])')
  && document.querySelector('[data-search-status]').textContent.match(/^(Tìm thấy|Không tìm thấy|Không có bài nào)/)"""
TITLES = "() => [...document.querySelectorAll('[data-search-results] > li h2')].map(h => h.textContent.replace(/\\s+/g, ' ').trim())"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("documents-search"), ARCHIVE)


def results(page):
    page.wait_for_function(DONE, timeout=10_000)
    return page.evaluate(TITLES)


@pytest.mark.build
def test_the_document_filter_finds_every_article_citing_it(site, page):
    with serve(site.output) as base:
        page.goto(base + "tim-kiem/?" + urlencode({"van-ban": Q217, "sap-xep": "moi-nhat"}))
        # "Quyết định 217" without its symbol counts too (the data file's spelling).
        assert results(page) == [LUAT, SO_KET, GIAM_SAT]
        page.goto(base + "tim-kiem/?" + urlencode({"q": "giám sát", "van-ban": Q217, "sap-xep": "moi-nhat"}))
        assert set(results(page)) == {LUAT, SO_KET, GIAM_SAT}


@pytest.mark.build
def test_choosing_a_document_on_the_page_searches_again_with_a_shareable_link(site, page):
    with serve(site.output) as base:
        page.goto(base + "tim-kiem/?q=huyện")
        results(page)
        page.select_option("#dv-search-van-ban", label="Kế hoạch số 120-KH/HU")
        page.wait_for_url("**van-ban=ke-hoach-120-kh-hu**")
        assert results(page) == [KE_HOACH]
