"""The grid of reports: the index of the years at /thong-ke/ky-bao-cao/, a page per year with its tables,
links per cell, missing reports counted."""

import pytest
from periodsite import GRID, OWN_ROW, table, year_page

pytestmark = pytest.mark.build

KS, HT = "Huyện Kim Sơn", "Thị xã Hòa Thành"
MISSING = "—"


def years(soup):
    """{year heading: (reports, units, missing, href)} of the index's table, in its order."""
    found = soup.find("table", id="bang-cac-nam")
    return {
        tr.th.get_text(strip=True): (*(int(td.get_text()) for td in tr.find_all("td")), tr.th.a["href"])
        for tr in found.tbody.find_all("tr")
    }


def test_the_index_lists_years_newest_first_with_their_counts_and_pages(period_site):
    soup = period_site.soup(GRID)
    assert list(years(soup).items()) == [
        # 2019: Kim Sơn's and Hòa Thành's first quarters, Hòa Thành's second twice, the site's year.
        ("Năm 2019", (5, 3, 2, year_page(2019))),
        # 2018: the school year 2018–2019 counts in the year it begins.
        ("Năm 2018", (8, 3, 1, year_page(2018))),
    ]
    assert not soup.select("main table.dv-period-grid"), "the tables are on the years' pages"
    assert soup.find(id="nam-2018").name == "tr"


def test_a_year_page_holds_that_year_only(period_site):
    soup = period_site.soup(year_page(2019))
    assert soup.select_one("main h1").get_text(strip=True) == "Các kỳ báo cáo năm 2019"
    assert [found["id"] for found in soup.select("main table.dv-period-grid")] == ["bang-don-vi-2019", "bang-to-chuc-2019"]
    assert int(soup.select_one("main .dv-period-year__summary")["data-missing"]) == 2
    other = soup.select("main nav.dv-period-years a")
    assert [(a.get_text(strip=True), a["href"]) for a in other] == [("Năm 2018", year_page(2018))]
    current = soup.select_one("main nav.dv-period-years [aria-current=page]")
    assert current.get_text(strip=True) == "Năm 2019" and current.a is None
    assert "20/12/2018" not in soup.main.get_text()  # 2018's own report


def test_units_2018_columns_in_kind_order_and_each_report_in_its_cell(period_site):
    head, rows = table(period_site.soup(year_page(2018)), "bang-don-vi-2018")
    assert head == ["Đơn vị", "Quý II", "Quý III", "Quý IV", "9 tháng", "Cả năm", "Năm học 2018–2019", "Còn thiếu"]
    assert rows == {
        OWN_ROW: (["", "", "", "", ["20/12/2018"], ""], 0),
        # Quarter III is missing: Kim Sơn published quarter II before it.
        KS: ([["06/07/2018"], MISSING, ["28/12/2018"], ["02/10/2018"], ["27/12/2018"], ""], 1),
        # Quarter II came before Hòa Thành's first quarterly report: not counted. Quarter IV by `period:`.
        HT: (["", ["05/10/2018"], ["29/12/2018"], "", "", ["20/06/2019"]], 0),
    }


def test_units_2019_several_reports_of_one_period_are_several_links(period_site):
    soup = period_site.soup(year_page(2019))
    head, rows = table(soup, "bang-don-vi-2019")
    assert head == ["Đơn vị", "Quý I", "Quý II", "Cả năm", "Còn thiếu"]
    assert rows == {
        OWN_ROW: (["", "", ["25/12/2019"]], 0),
        # `period: không` took the quarter II article out; the year is missing after 2018's.
        KS: ([["03/04/2019"], MISSING, MISSING], 2),
        HT: ([["05/04/2019"], ["01/07/2019", "01/07/2019"], ""], 0),
    }
    morning, afternoon = soup.find("table", id="bang-don-vi-2019").find_all("tr")[3].find_all("td")[1].find_all("a")
    # In publication order: the morning's meeting first.
    assert morning["href"].endswith("-phien-sang/") and afternoon["href"].endswith("-phien-chieu/")


def label(column, year):
    """The period's name on the article page, from the grid's column and year."""
    return {"Cả năm": f"Năm {year}", "9 tháng": f"9 tháng năm {year}", "6 tháng": f"6 tháng đầu năm {year}"}.get(
        column, column if column.startswith("Năm học") else f"{column}/{year}")


def test_every_report_link_leads_to_a_report_of_its_row_and_column(period_site):
    checked = 0
    pages = [period_site.soup(year_page(year)) for year in (2018, 2019)]
    for found in [table for soup in pages for table in soup.select("main table.dv-period-grid")]:
        year = int(found["id"].rsplit("-", 1)[1])
        columns = [th.get_text(strip=True) for th in found.thead.find_all("th")]
        for tr in found.tbody.find_all("tr"):
            for column, td in zip(columns[1:], tr.find_all("td")):
                for link in td.find_all("a"):
                    page = period_site.soup(link["href"])
                    assert page.select_one("nav.dv-period-nav h2").get_text() == f"Kỳ báo cáo: {label(column, year)}"
                    assert link.get_text() in page.select_one(".dv-article__date time").get_text()
                    if found["id"].startswith("bang-don-vi") and tr.th.a:
                        assert page.select_one(".dv-article__unit")["href"] == tr.th.a["href"]
                    checked += 1
    assert checked == 17  # 13 reports in the units' tables, 4 in the organizations'


def test_drafts_and_not_periodic_articles_are_left_out(period_site):
    text = period_site.soup(year_page(2019)).main.get_text()
    assert "quý III năm 2019" not in text  # the draft
    assert "04/07/2019" not in text  # `period: không`
    assert "01/03/2019" not in text  # ordinary news


def test_organizations_tables(period_site):
    soup = period_site.soup(year_page(2018))
    head, rows = table(soup, "bang-to-chuc-2018")
    assert head == ["Tổ chức", "Quý II", "Quý III", "Quý IV", "Còn thiếu"]
    assert rows == {
        "Hội Nông dân": ([["06/07/2018"], MISSING, ["28/12/2018"]], 1),
        "Ủy ban Mặt trận Tổ quốc Việt Nam": (["", ["05/10/2018"], MISSING], 1),
    }
    assert int(soup.find("table", id="bang-to-chuc-2018")["data-missing"]) == 2
    head, rows = table(period_site.soup(year_page(2019)), "bang-to-chuc-2019")
    assert head == ["Tổ chức", "Quý I", "Còn thiếu"]
    assert list(rows) == ["Hội Nông dân", "Ủy ban Mặt trận Tổ quốc Việt Nam"]
    assert [cells for cells, _ in rows.values()] == [[MISSING], [["03/04/2019"]]]
    assert [missing for _, missing in rows.values()] == [1, 0]


def test_tables_are_accessible(period_site):
    pages = [period_site.soup(url) for url in (GRID, year_page(2018), year_page(2019))]
    tables = [found for soup in pages for found in soup.select("main table.dv-table")]
    assert len(tables) == 5  # the index's years, each year's units and organizations
    for found in tables:
        caption = found.caption.get_text(strip=True)
        if found["id"] == "bang-cac-nam":
            assert caption == "Báo cáo theo năm"
        else:
            assert caption.startswith("Báo cáo năm ") and caption.endswith(f"còn thiếu {found['data-missing']}")
        assert all(th["scope"] == "col" for th in found.thead.find_all("th"))
        assert all(tr.th["scope"] == "row" for tr in found.tbody.find_all("tr"))
        assert all(td.name == "td" for tr in found.tbody.find_all("tr") for td in tr.find_all(["td", "th"])[1:])
        region = found.parent
        assert region["role"] == "region" and region["aria-labelledby"] == found.caption["id"]
        assert region["tabindex"] == "0"
    missing = [cell for soup in pages for cell in soup.select("main td.dv-period-grid__missing")]
    assert len(missing) == 6
    for cell in missing:
        assert cell.find(attrs={"aria-hidden": "true"}).get_text() == MISSING
        assert cell.find(class_="dv-visually-hidden").get_text() == "còn thiếu"


@pytest.mark.parametrize("url", [GRID, year_page(2018)])
def test_the_pages_state_which_empty_cells_count(period_site, url):
    rule = period_site.soup(url).select_one("main #cach-tinh").get_text(" ", strip=True)
    assert "còn thiếu" in rule and "trước" in rule
    assert rule.count(".") <= 1  # one sentence


def test_the_statistics_page_links_to_the_grid(period_site):
    links = [a["href"] for a in period_site.soup("/thong-ke/").main.find_all("a")]
    assert GRID in links
    crumbs = [a["href"] for a in period_site.soup(GRID).select("nav.dv-breadcrumbs a")]
    assert crumbs == ["/", "/thong-ke/"]
    crumbs = period_site.soup(year_page(2018)).select("nav.dv-breadcrumbs li")
    assert [li.a["href"] for li in crumbs if li.a] == ["/", "/thong-ke/", GRID]
    assert crumbs[-1]["aria-current"] == "page" and crumbs[-1].get_text(strip=True) == "Năm 2018"


def test_the_sitemap_lists_the_index_and_every_year(period_site):
    listed = period_site.path("/sitemap.xml").read_text(encoding="utf-8")
    assert all(f"{url}</loc>" in listed for url in (GRID, year_page(2018), year_page(2019)))
