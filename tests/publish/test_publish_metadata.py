"""Gate: every published article has a canonical URL, Open Graph tags and a valid JSON-LD NewsArticle."""

import json
import re

import pytest
from publishsite import plain

OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")


def head_of(published, article):
    return published.soup(article.url).head


def meta(head, prop):
    found = head.find_all("meta", attrs={"property": prop})
    assert len(found) == 1, f"one <meta property={prop}>"
    return found[0]["content"]


def json_ld(head):
    scripts = head.find_all("script", attrs={"type": "application/ld+json"})
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_the_build_published_the_sample_articles(published):
    urls = {article.url for article in published.articles}
    assert {"2020/10/mau-giao-ban-9-thang-2020/", "2019/03/mau-giao-ban-quy-1-2019/"} <= urls
    assert "mau-ban-nhap" in {draft.slug for draft in published.drafts}


def test_every_article_has_a_canonical_url_and_open_graph(published):
    for article in published.articles:
        head = head_of(published, article)
        canonical = [link["href"] for link in head.find_all("link", rel="canonical")]
        assert canonical == [published.url(article.url)], article.url
        assert meta(head, "og:type") == "article"
        assert meta(head, "og:title") == plain(article.title)
        assert meta(head, "og:url") == canonical[0]
        image = published.file_for(meta(head, "og:image"))
        assert image is not None and image.is_file(), f"{article.url}: og:image is a file of the site"
        assert OFFSET.match(meta(head, "article:published_time"))


def test_every_article_has_a_news_article_json_ld(published):
    for article in published.articles:
        head = head_of(published, article)
        data = json_ld(head)
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == plain(article.title) and "<" not in data["headline"]
        assert data["mainEntityOfPage"] == published.url(article.url)
        assert OFFSET.match(data["datePublished"]), data["datePublished"]
        assert data["datePublished"] == meta(head, "article:published_time")
        assert data["author"] and all(author["name"] for author in data["author"])
        assert data["publisher"]["@type"] == "Organization" and data["publisher"]["name"]
        named = [org.name for org in getattr(article, "organizations", ()) if getattr(org, "name", None)]
        if named:
            assert data["about"] == [{"@type": "Organization", "name": name} for name in named]
        else:
            assert "about" not in data


def test_json_ld_tells_the_date_byline_and_publisher_of_an_article(published):
    data = json_ld(published.soup("2020/10/mau-giao-ban-9-thang-2020/").head)
    assert data["headline"] == "Hội nghị giao ban công tác dân vận 9 tháng đầu năm 2020 & “Dân vận khéo”"
    assert data["datePublished"] == "2020-10-03T08:00:00+07:00"
    assert data["author"] == [{"@type": "Person", "name": "Ngô Quyền"}]
    assert data["publisher"]["name"] == published.settings["SITE_PUBLISHER"]
    assert data["articleSection"] == "Giao ban"


def test_a_date_without_time_is_midnight_in_vietnam(published):
    data = json_ld(published.soup("2019/03/mau-giao-ban-quy-1-2019/").head)
    assert data["datePublished"] == "2019-03-28T00:00:00+07:00"


def test_organizations_are_about_entries_when_tagging_is_on(published):
    article = next(a for a in published.articles if a.url == "2020/10/mau-giao-ban-9-thang-2020/")
    if not all(hasattr(org, "name") for org in getattr(article, "organizations", [None])):
        pytest.skip("the organizations plugin is not enabled: articles carry no organization names")
    names = {entry["name"] for entry in json_ld(published.soup(article.url).head)["about"]}
    assert {"Ban Dân vận", "Ủy ban Mặt trận Tổ quốc Việt Nam"} <= names  # its front matter ids
