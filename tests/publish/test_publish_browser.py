"""Gates in Chromium: axe-core finds no accessibility violation; no request leaves 127.0.0.1."""

from urllib.parse import urlsplit

import pytest
from plugins.libs.npm_package import fetch
from publishsite import is_local

AXE = ("axe-core", "4.14.1", "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==")
# Every kind of page; those a plugin has not built yet are skipped, and checked once they exist.
PAGES = {
    "home": "",
    "home, page 2": "page/2/",
    "article": "2020/10/mau-giao-ban-9-thang-2020/",
    "category": "chuyen-muc/giao-ban/",
    "year archive": "2020/",
    "month archive": "2020/10/",
    "archive index": "luu-tru/",
    "unit": "don-vi/huyen-kim-son/",
    "organization": "to-chuc/mttq/",
    "organization directory": "to-chuc/",
    "search with results": "tim-kiem/?q=d%C3%A2n%20v%E1%BA%ADn",
    "statistics": "thong-ke/",
    "reporting-period grid": "thong-ke/ky-bao-cao/",
    "fixed page": "gioi-thieu/",
    "not found (404)": "khong-co/trang-nay/",
}


@pytest.fixture(scope="module")
def axe_source():
    return (fetch(*AXE) / "axe.min.js").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def tab(browser):
    """One tab for all the pages: a new browser context per page costs more than the check."""
    context = browser.new_context()
    yield context.new_page()
    context.close()


def built_or_skip(published, path):
    if path.startswith("khong-co/"):
        return
    if not published.file_for(published.url(path)).is_file():
        pytest.skip(f"/{path.split('?')[0]} is not built yet (its plugin is not enabled): checked once it exists")


def violations(page, axe_source):
    page.add_script_tag(content=axe_source)
    return page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_no_accessibility_violations(published, tab, axe_source, path):
    built_or_skip(published, path)
    tab.goto(published.url(path), wait_until="networkidle" if "?q=" in path else "load")
    if "?q=" in path:
        tab.wait_for_selector("main .dv-teaser__link", timeout=15_000)  # the results, as teasers
    found = violations(tab, axe_source)
    assert [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}" for v in found
    ] == []


def test_axe_reports_a_violation_it_should(tab, axe_source):
    tab.set_content('<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>')
    assert {v["id"] for v in violations(tab, axe_source)} >= {"image-alt", "html-has-lang"}


def test_no_request_leaves_the_site_and_none_fails(published, browser):
    context = browser.new_context()
    requests, failures = [], []
    context.on("request", lambda request: requests.append(request.url))
    context.on("requestfailed", lambda request: failures.append(f"{request.url}: {request.failure}"))
    context.on("response", lambda r: r.status >= 400 and r.request.resource_type != "document" and failures.append(f"{r.url}: {r.status}"))
    page = context.new_page()
    urls = [url for url, _ in published.pages()] + [published.url(PAGES["search with results"])]
    for url in urls:
        # The search page loads Pagefind as it opens: leaving before that ends would abort it.
        page.goto(url, wait_until="networkidle" if "tim-kiem/" in url else "load")
    context.close()
    hosts = {urlsplit(url).hostname for url in requests if urlsplit(url).scheme in ("http", "https", "ws", "wss")}
    print(f"{len(urls)} pages loaded, {len(requests)} requests, hosts: {sorted(hosts)}")
    assert len(requests) >= len(urls)
    assert [url for url in requests if urlsplit(url).scheme not in ("data", "blob") and not is_local(url)] == []
    assert failures == []
