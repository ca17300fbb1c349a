"""One time zone, TIMEZONE: the page and its JSON-LD name the same hour of an article."""

import json

from sitebuild import article

NAIVE = article("Hội nghị giao ban quý IV", "2020-11-09 09:00")


def dates_of(site):
    """(<time datetime>, the date text, JSON-LD datePublished) of the article page."""
    [page] = site.output.glob("2020/11/*/index.html")
    soup = site.soup(f"/2020/11/{page.parent.name}/")
    time = soup.select_one(".dv-article__date time")
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    return time["datetime"], time.get_text(), data["datePublished"]


def test_a_date_without_offset_is_the_sites_wall_clock_time_on_the_page_and_in_json_ld(build_site):
    site = build_site({"articles/2020/giao-ban.md": NAIVE}, TIMEZONE="Asia/Tokyo")
    assert dates_of(site) == ("2020-11-09T09:00:00+09:00", "Thứ Hai, 09/11/2020 09:00", "2020-11-09T09:00:00+09:00")


def test_changing_timezone_reads_cached_articles_again(build_site):
    assert dates_of(build_site({"articles/2020/giao-ban.md": NAIVE}))[0] == "2020-11-09T09:00:00+07:00"
    # Same folder, same cache: the dates read in Vietnam time must not be served to a Tokyo build.
    site = build_site({"articles/2020/giao-ban.md": NAIVE}, TIMEZONE="Asia/Tokyo")
    assert dates_of(site)[0] == "2020-11-09T09:00:00+09:00"
