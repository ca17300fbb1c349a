"""Gate: feeds and sitemap.xml parse and list every published article; robots.txt; a 404 page."""

import urllib.error
import urllib.request

import pytest
from bs4 import BeautifulSoup
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def entry_links(path):
    """The article URL of every entry of an Atom feed (parsing fails on malformed XML)."""
    tree = etree.parse(str(path))
    assert tree.getroot().tag == f"{ATOM}feed"
    return [entry.find(f"{ATOM}link[@rel='alternate']").get("href") for entry in tree.iter(f"{ATOM}entry")]


def newest(published, articles):
    """What a feed should list: every article, or the newest FEED_MAX_ITEMS of them."""
    limit = published.settings.get("FEED_MAX_ITEMS")
    ordered = sorted(articles, key=lambda article: article.date, reverse=True)
    return {published.url(article.url) for article in ordered[:limit]}


def test_the_main_feed_lists_every_published_article(published):
    links = entry_links(published.output / published.settings["FEED_ALL_ATOM"])
    assert len(links) == len(set(links))
    assert set(links) == newest(published, published.articles)
    assert not {published.url(draft.url) for draft in published.drafts} & set(links)


def test_every_category_feed_lists_its_articles(published):
    pattern = published.settings["CATEGORY_FEED_ATOM"]
    categories = {article.category for article in published.articles}
    for category in categories:
        links = entry_links(published.output / pattern.format(slug=category.slug))
        assert set(links) == newest(published, [a for a in published.articles if a.category == category])


def test_every_feed_parses_and_links_to_pages_of_the_site(published):
    feeds = sorted(published.output.glob("feeds/**/*.xml"))
    assert len(feeds) >= 2
    for feed in feeds:
        for link in entry_links(feed):
            target = published.file_for(link)
            assert target is not None and target.is_file(), f"{feed.name}: {link}"


def test_the_sitemap_lists_every_published_article_and_no_draft(published):
    root = etree.parse(str(published.output / "sitemap.xml")).getroot()
    assert root.tag == f"{SITEMAP}urlset"
    locations = [loc.text.strip() for loc in root.iter(f"{SITEMAP}loc")]
    assert len(locations) == len(set(locations))
    assert {published.url(article.url) for article in published.articles} <= set(locations)
    assert not {published.url(draft.url) for draft in published.drafts} & set(locations)
    missing = [loc for loc in locations if not (published.file_for(loc) and published.file_for(loc).is_file())]
    assert missing == []
    assert published.url("") in locations


def test_robots_txt_allows_crawling_and_names_the_sitemap(published):
    lines = (published.output / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /" not in lines
    assert f"Sitemap: {published.url('sitemap.xml')}" in lines


def test_a_missing_page_is_answered_with_the_404_page(published):
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(published.url("2020/10/khong-co-bai-nay/"), timeout=10)
    assert answer.value.code == 404
    soup = BeautifulSoup(answer.value.read().decode("utf-8"), "lxml")
    assert soup.select_one("main h1").get_text(strip=True) == "Không tìm thấy trang"
    assert soup.select_one(f'a[href="{published.url("")}"]'), "a way back to the home page"
