"""Visitor-less statistics: true counts, charts equal to their tables, same bytes every build."""

import filecmp
from collections import Counter

import pytest
import yaml
from sitebuild import article, build

CATEGORIES = ["Giao ban", "Tổng kết năm", "Tin hoạt động"]
UNITS = ["Huyện Kim Sơn", "Thị xã Kỳ Anh"]


def fixture_articles():
    """A small archive with uneven years (2019 has none), months, categories and units."""
    files = {}
    plan = [(2017, 3), (2018, 5), (2020, 2), (2021, 4)]
    number = 0
    for year, count in plan:
        for index in range(count):
            number += 1
            month = (index * 5) % 12 + 1
            fields = {"category": CATEGORIES[number % 3]}
            if number % 4:
                fields["unit"] = UNITS[number % 2]
            files[f"articles/{year}/tin-{number}.md"] = article(
                f"Tin số {number}", f"{year}-{month:02d}-{10 + index}T08:00:00+07:00",
                " ".join(["chữ"] * (100 * number)), **fields,
            )
    files["articles/2021/nhap.md"] = article("Bản nháp", "2021-12-30", status="draft", category="Giao ban")
    files["pages/gioi-thieu.md"] = article("Giới thiệu", "2020-01-01")
    return files


def truth(files):
    """Counts taken straight from the fixture's front matter, not from the site."""
    metas = [yaml.safe_load(text.split("---\n")[1]) for path, text in files.items() if path.startswith("articles/")]
    metas = [meta for meta in metas if meta.get("status") != "draft"]
    return {
        "total": len(metas),
        "years": Counter(str(meta["date"])[:4] for meta in metas),
        "months": Counter(str(meta["date"])[:7] for meta in metas),
        "categories": Counter(meta["category"] for meta in metas),
        "units": Counter(meta["unit"] for meta in metas if "unit" in meta),
        "latest": max(str(meta["date"]) for meta in metas),
    }


@pytest.fixture
def built(build_site):
    files = fixture_articles()
    return build_site(files), truth(files)


def table(soup, section_id):
    """{row heading: [cells]} of the table in a /thong-ke/ section."""
    rows = soup.select(f"#bang-{section_id} tbody tr")
    return {row.th.get_text(strip=True): [int(td.get_text()) for td in row.select("td")] for row in rows}


def test_statistics_page_counts_are_true(built):
    site, true = built
    soup = site.soup("/thong-ke/")
    assert int(soup.select_one('main [data-stat="total"]').get_text()) == true["total"] == 14
    assert table(soup, "theo-nam") == {
        "2017": [3], "2018": [5], "2019": [0], "2020": [2], "2021": [4]
    }
    assert {year: cells[0] for year, cells in table(soup, "theo-nam").items() if cells[0]} == dict(true["years"])
    months = table(soup, "theo-thang")
    for year, cells in months.items():
        for month, count in enumerate(cells, start=1):
            assert count == true["months"][f"{year}-{month:02d}"]
    assert {name: cells[0] for name, cells in table(soup, "theo-chuyen-muc").items()} == dict(true["categories"])
    assert {name: cells[0] for name, cells in table(soup, "theo-don-vi").items()} == dict(true["units"])
    by_year = table(soup, "chuyen-muc-theo-nam")
    assert {name: sum(cells) for name, cells in by_year.items()} == dict(true["categories"])


def test_average_length_and_reading_time(built):
    site, true = built
    soup = site.soup("/thong-ke/")
    words = [100 * n for n in range(1, 15)]  # article n's body has 100*n words
    average = round(sum(words) / len(words))
    assert soup.select_one('[data-stat="average-words"]').get_text() == f"{average} chữ"
    assert soup.select_one('[data-stat="average-minutes"]').get_text() == f"{round(average / 200)} phút"


def test_every_chart_carries_the_numbers_of_its_table(built):
    """Row by row, in the table's order: the year chart too, its year without articles in place."""
    site, _ = built
    soup = site.soup("/thong-ke/")
    charts = soup.select("main figure.dv-bar-chart")
    assert [chart.find_parent("section").h2["id"] for chart in charts] == ["theo-nam", "theo-chuyen-muc"]
    assert not soup.select("main .dv-stats-section svg[role=img]")  # no chart is one picture: its figures are text
    for chart in charts:
        assert chart.figcaption.get_text(strip=True)
        rows = chart.select(".dv-bar-chart__row")
        shown = [(row.select_one(".dv-bar-chart__label").get_text(strip=True),
                  int(row.select_one(".dv-bar-chart__value").get_text(" ", strip=True).removesuffix(" bài")))
                 for row in rows]
        in_table = [(label, cells[0]) for label, cells in table(soup, chart.find_parent("section").h2["id"]).items()]
        assert shown == in_table
        top = max(count for _, count in shown)
        lengths = [float(row.select_one(".dv-bar-chart__fill")["width"].removesuffix("%")) for row in rows]
        assert lengths == [pytest.approx(100 * count / top, abs=0.1) for _, count in shown]
        assert all(svg["aria-hidden"] == "true" for svg in chart.select("svg"))
    years = charts[0].select(".dv-bar-chart__row")
    assert [row["data-label"] for row in years] == ["2017", "2018", "2019", "2020", "2021"]
    assert years[2].select_one(".dv-bar-chart__fill")["width"] == "0.0%"


def test_widgets_on_every_page_type_with_true_figures(built):
    site, true = built
    pages = ["/", "/page/2/", "/2018/", "/2018/01/", "/2021/01/tin-so-11/", "/chuyen-muc/", "/chuyen-muc/giao-ban/",
             "/luu-tru/", "/don-vi/", "/don-vi/huyen-kim-son/", "/gioi-thieu/", "/thong-ke/", "/404.html"]
    for url in pages:
        soup = site.soup(url)
        widgets = soup.select_one("aside.dv-widgets")
        assert widgets is not None, url
        assert int(widgets.select_one('[data-stat="total"]').get_text()) == true["total"]
        assert int(widgets.select_one('[data-stat="latest-year"]').get_text()) == true["years"]["2021"]
        assert widgets.select_one('[data-stat="updated"]')["datetime"] == true["latest"][:10]
        categories = {li.a.get_text(): int(li.select_one("[data-value]")["data-value"])
                      for li in widgets.select('[data-stat="categories"] li')}
        assert categories == dict(true["categories"])
        assert widgets.find("script") is None


def test_same_content_gives_byte_identical_output(build_site, tmp_path_factory):
    files = fixture_articles()
    first = build_site(files).output
    second = build(tmp_path_factory.mktemp("second"), files).output
    comparison = filecmp.dircmp(first, second)

    def differences(node):
        found = node.left_only + node.right_only + node.diff_files + node.funny_files
        for child in node.subdirs.values():
            found += differences(child)
        return found

    assert differences(comparison) == []
    assert (first / "thong-ke" / "index.html").read_bytes() == (second / "thong-ke" / "index.html").read_bytes()


def test_article_shows_reading_time_instead_of_a_view_count(built):
    site, _ = built
    # article 14 has 1,400 words: 7 minutes at 200 words a minute
    reading = site.soup("/2021/04/tin-so-14/").select_one("main .dv-article__reading")
    assert reading.get_text(strip=True) == "· Đọc khoảng 7 phút"


def test_organization_figures_count_each_article_once(build_site):
    from sitebuild import ROOT  # noqa: PLC0415

    vocabulary = (ROOT / "content" / "data" / "organizations.yml").read_text(encoding="utf-8")
    plan = {"2019": [["mttq"], ["mttq", "hoi-nong-dan"]], "2020": [["mttq"], ["hoi-nong-dan"], ["ubnd"]]}
    files = {"data/organizations.yml": vocabulary}
    for year, tag_sets in plan.items():
        for index, tags in enumerate(tag_sets):
            files[f"articles/{year}/tin-{index}.md"] = article(f"Tin {year} {index}", f"{year}-03-0{index + 1}",
                                                             organizations=tags)
    site = build_site(files, ORGANIZATIONS_DETECT=False)
    soup = site.soup("/thong-ke/")
    by_year = table(soup, "to-chuc-theo-nam")
    assert by_year == {
        "Ủy ban Mặt trận Tổ quốc Việt Nam": [2, 1],
        "Hội Nông dân": [1, 1],
        "Ủy ban nhân dân": [0, 1],
    }
    widget = site.soup("/").select('[data-stat="organizations"] li')
    assert [(li.a.get_text(), int(li.select_one("[data-value]")["data-value"])) for li in widget] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam", 3), ("Hội Nông dân", 2), ("Ủy ban nhân dân", 1)
    ]


def test_sitemap_dates_list_pages_by_the_newest_article_not_the_clock(built):
    site, true = built
    sitemap = site.path("/sitemap.xml").read_text(encoding="utf-8")
    home = sitemap.split("<loc>")[1:]
    newest = true["latest"][:10]
    lastmods = [entry.split("<lastmod>")[1][:10] for entry in home]
    assert newest == max(lastmods)
    assert all(date <= newest for date in lastmods)
