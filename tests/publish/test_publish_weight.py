"""Gate: an article page weighs at most 60 KB with its CSS and JS; only search carries real JavaScript."""

from bs4 import BeautifulSoup

ARTICLE_BUDGET = 60 * 1024  # HTML + CSS + JS, uncompressed, images excluded
SCRIPT_BUDGET = 2 * 1024  # a small enhancement on pages other than search
SEARCH_PAGE = "tim-kiem/"
NOT_JAVASCRIPT = {"application/ld+json", "application/json", "text/template"}


def _size(published, url):
    return published.file_for(url).stat().st_size


def stylesheet_bytes(published, soup):
    links = soup.find_all("link", href=True, rel=lambda rel: rel and "stylesheet" in rel)
    return sum(_size(published, link["href"]) for link in links) + sum(len(style.encode()) for style in soup.find_all("style"))


def script_bytes(published, soup):
    total = 0
    for script in soup.find_all("script"):
        if script.get("type") in NOT_JAVASCRIPT:
            continue
        total += _size(published, script["src"]) if script.get("src") else len((script.string or "").encode())
    return total


def test_every_article_page_is_light(published):
    weights = {}
    for article in published.articles:
        path = published.file_for(published.url(article.url))
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        weights[article.url] = path.stat().st_size + stylesheet_bytes(published, soup) + script_bytes(published, soup)
    heaviest = max(weights, key=weights.get)
    print(f"heaviest article page: {weights[heaviest] / 1024:.1f} KB ({heaviest})")
    assert weights[heaviest] <= ARTICLE_BUDGET


def test_only_the_search_page_has_more_than_a_tiny_script(published):
    weights = {
        url: script_bytes(published, BeautifulSoup(path.read_text(encoding="utf-8"), "lxml"))
        for url, path in published.pages()
        if url != published.url(SEARCH_PAGE)
    }
    print(f"most JavaScript on a page other than search: {max(weights.values())} bytes")
    assert {url: weight for url, weight in weights.items() if weight > SCRIPT_BUDGET} == {}
