"""Articles of the same date are listed in the same order by every build."""

import pytest
from sitebuild import article, build

pytestmark = pytest.mark.build  # every test here builds a whole site

SAME_DAY = 12


def test_same_day_articles_are_listed_in_file_order(tmp_path):
    # Pelican collects the files in a set: with twelve files, its order matching
    # the file order by chance is a one in 479,001,600 event.
    files = {f"articles/tin-{n:02}.md": article(f"Tin cùng ngày số {n}", "2020-05-01") for n in range(1, SAME_DAY + 1)}
    files["articles/moi.md"] = article("Tin mới hơn", "2020-05-02")
    files["articles/cu.md"] = article("Tin cũ hơn", "2020-04-30")
    site = build(tmp_path, files, DEFAULT_PAGINATION=20)
    same_day = [f"Tin cùng ngày số {n}" for n in range(1, SAME_DAY + 1)]
    expected = {"": ["Tin mới hơn", *same_day, "Tin cũ hơn"], "2020/": ["Tin mới hơn", *same_day, "Tin cũ hơn"], "2020/05/": ["Tin mới hơn", *same_day]}
    for url, titles in expected.items():
        assert [heading.get_text(" ", strip=True).replace("\xa0", " ") for heading in site.soup(url).select("main .dv-teaser__title")] == titles, url
