"""The grid of reports at /thong-ke/ky-bao-cao/: tables per year, links per cell, missing reports counted."""

import pytest
from periodsite import GRID, OWN_ROW, table

pytestmark = pytest.mark.build

KS, HT = "Huyện Kim Sơn", "Thị xã Hòa Thành"
MISSING = "—"


def test_years_newest_first_each_with_its_missing_count(period_site):
    soup = period_site.soup(GRID)
    headings = [h2.get_text(strip=True) for h2 in soup.select("main section.dv-period-year > h2")]
    assert headings == ["Năm 2019", "Năm 2018"]
    summaries = [int(p["data-missing"]) for p in soup.select("main .dv-period-year__summary")]
    assert summaries == [2, 1]
    years = {a.get_text(strip=True): a.find_next_sibling("span").get_text(strip=True)
             for a in soup.select("main nav.dv-period-years a")}
    assert years == {"Năm 2019": "còn thiếu 2", "Năm 2018": "còn thiếu 1"}
    assert [a["href"] for a in soup.select("main nav.dv-period-years a")] == ["#nam-2019", "#nam-2018"]


def test_units_2018_columns_in_kind_order_and_each_report_in_its_cell(period_site):
    head, rows = table(period_site.soup(GRID), "bang-don-vi-2018")
    assert head == ["Đơn vị", "Quý II", "Quý III", "Quý IV", "9 tháng", "Cả năm", "Năm học 2018–2019", "Còn thiếu"]
    assert rows == {
        OWN_ROW: (["", "", "", "", ["20/12/2018"], ""], 0),
        # Quarter III is missing: Kim Sơn published quarter II before it.
        KS: ([["06/07/2018"], MISSING, ["28/12/2018"], ["02/10/2018"], ["27/12/2018"], ""], 1),
        # Quarter II came before Hòa Thành's first quarterly report: not counted. Quarter IV by `period:`.
        HT: (["", ["05/10/2018"], ["29/12/2018"], "", "", ["20/06/2019"]], 0),
    }


def test_units_2019_several_reports_of_one_period_are_several_links(period_site):
    soup = period_site.soup(GRID)
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
    soup = period_site.soup(GRID)
    checked = 0
    for found in soup.select("main table.dv-period-grid"):
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
    text = period_site.soup(GRID).main.get_text()
    assert "quý III năm 2019" not in text  # the draft
    assert "04/07/2019" not in text  # `period: không`
    assert "01/03/2019" not in text  # ordinary news


def test_organizations_tables(period_site):
    soup = period_site.soup(GRID)
    head, rows = table(soup, "bang-to-chuc-2018")
    assert head == ["Tổ chức", "Quý II", "Quý III", "Quý IV", "Còn thiếu"]
    assert rows == {
        "Hội Nông dân": ([["06/07/2018"], MISSING, ["28/12/2018"]], 1),
        "Ủy ban Mặt trận Tổ quốc Việt Nam": (["", ["05/10/2018"], MISSING], 1),
    }
    head, rows = table(soup, "bang-to-chuc-2019")
    assert head == ["Tổ chức", "Quý I", "Còn thiếu"]
    assert list(rows) == ["Hội Nông dân", "Ủy ban Mặt trận Tổ quốc Việt Nam"]
    assert [cells for cells, _ in rows.values()] == [[MISSING], [["03/04/2019"]]]
    assert [missing for _, missing in rows.values()] == [1, 0]
    assert int(soup.find("table", id="bang-to-chuc-2018")["data-missing"]) == 2


def test_tables_are_accessible(period_site):
    soup = period_site.soup(GRID)
    tables = soup.select("main table.dv-period-grid")
    assert len(tables) == 4
    for found in tables:
        caption = found.caption.get_text(strip=True)
        assert caption.startswith("Báo cáo năm ") and caption.endswith(f"còn thiếu {found['data-missing']}")
        assert all(th["scope"] == "col" for th in found.thead.find_all("th"))
        assert all(tr.th["scope"] == "row" for tr in found.tbody.find_all("tr"))
        assert all(td.name == "td" for tr in found.tbody.find_all("tr") for td in tr.find_all(["td", "th"])[1:])
        region = found.parent
        assert region["role"] == "region" and region["aria-labelledby"] == found.caption["id"]
    missing = soup.select("main td.dv-period-grid__missing")
    assert len(missing) == 6
    for cell in missing:
        assert cell.find(attrs={"aria-hidden": "true"}).get_text() == MISSING
        assert cell.find(class_="dv-visually-hidden").get_text() == "còn thiếu"


def test_the_page_states_which_empty_cells_count(period_site):
    soup = period_site.soup(GRID)
    rule = soup.select_one("main #cach-tinh").get_text(" ", strip=True)
    assert "còn thiếu" in rule and "trước" in rule
    assert rule.count(".") <= 1  # one sentence


def test_the_statistics_page_links_to_the_grid(period_site):
    links = [a["href"] for a in period_site.soup("/thong-ke/").main.find_all("a")]
    assert GRID in links
    crumbs = [a["href"] for a in period_site.soup(GRID).select("nav.dv-breadcrumbs a")]
    assert crumbs == ["/", "/thong-ke/"]
