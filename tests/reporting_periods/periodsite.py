"""A small archive of periodic reports, and readers of the grid page and the article pages.

Two units and the site's own reports (no `unit:`), over 2018 and 2019; what each page
must show is written next to the articles, from their front matter alone.
"""

import json

from sitebuild import ROOT, article

KIM_SON, HOA_THANH = "Huyện Kim Sơn", "Thị xã Hòa Thành"
GRID = "/thong-ke/ky-bao-cao/"
OWN_ROW = "Ban Dân vận Huyện ủy (bài không ghi đơn vị)"  # SITE_PUBLISHER of pelicanconf.py


def report(title, date, **fields):
    return article(title, date, "Hội nghị đánh giá kết quả và bàn nhiệm vụ thời gian tới.", **fields)


def archive():
    """{path: text}; the comment after each article is the period it must be shown under."""
    return {
        "data/organizations.yml": (ROOT / "content" / "data" / "organizations.yml").read_text(encoding="utf-8"),
        # Huyện Kim Sơn: quarters II and IV of 2018, I of 2019; 9 months and the year 2018.
        "articles/2018/ks-quy-2.md": report("Huyện Kim Sơn giao ban công tác dân vận quý II năm 2018",
                                            "2018-07-06T08:00:00+07:00", unit=KIM_SON, organizations=["hoi-nong-dan"]),
        "articles/2018/ks-quy-4.md": report("Kim Sơn: hội nghị giao ban dân vận quý IV/2018",
                                            "2018-12-28T08:00:00+07:00", unit=KIM_SON, organizations=["hoi-nong-dan"]),
        "articles/2019/ks-quy-1.md": report("Giao ban công tác dân vận quý I năm 2019 tại Kim Sơn",
                                            "2019-04-03T08:00:00+07:00", unit=KIM_SON, organizations=["mttq"]),
        # Nothing to detect in the headline: `period:` says 9 tháng 2018.
        "articles/2018/ks-9-thang.md": report("Hội nghị đánh giá công tác dân vận", "2018-10-02T08:00:00+07:00",
                                              unit=KIM_SON, period="9 tháng năm 2018"),
        "articles/2018/ks-nam.md": report("Huyện Kim Sơn tổng kết công tác dân vận năm 2018",
                                          "2018-12-27T08:00:00+07:00", unit=KIM_SON),
        # A quarterly headline the editor says is no report: not in the grid, Kim Sơn's quý II/2019 missing.
        "articles/2019/ks-khong.md": report("Huyện Kim Sơn giao ban công tác dân vận quý II năm 2019",
                                            "2019-07-04T08:00:00+07:00", unit=KIM_SON, period="không"),
        # Drafts are not published: not in the grid.
        "articles/2019/ks-nhap.md": report("Huyện Kim Sơn giao ban công tác dân vận quý III năm 2019",
                                           "2019-10-04T08:00:00+07:00", unit=KIM_SON, status="draft"),
        "articles/2019/ks-tin.md": report("Hội Nông dân huyện ra quân làm đường giao thông nông thôn",
                                          "2019-03-01T08:00:00+07:00", unit=KIM_SON),
        # Thị xã Hòa Thành: quarter III of 2018, IV of 2018 by `period:`, I and II (twice) of 2019, a school year.
        "articles/2018/ht-quy-3.md": report("Hòa Thành giao ban công tác dân vận quý III năm 2018",
                                            "2018-10-05T08:00:00+07:00", unit=HOA_THANH, organizations=["mttq"]),
        # Detected as the year 2018; `period:` corrects it to the fourth quarter.
        "articles/2018/ht-quy-4.md": report("Hòa Thành giao ban công tác dân vận năm 2018",
                                            "2018-12-29T08:00:00+07:00", unit=HOA_THANH, period="quý IV/2018"),
        "articles/2019/ht-quy-1.md": report("Hòa Thành giao ban dân vận quý I/2019", "2019-04-05T08:00:00+07:00",
                                            unit=HOA_THANH),
        "articles/2019/ht-quy-2-sang.md": report("Hòa Thành giao ban dân vận quý II/2019 (phiên sáng)",
                                                 "2019-07-01T08:00:00+07:00", unit=HOA_THANH),
        "articles/2019/ht-quy-2-chieu.md": report("Hòa Thành giao ban dân vận quý II/2019 (phiên chiều)",
                                                  "2019-07-01T14:00:00+07:00", unit=HOA_THANH),
        "articles/2019/ht-nam-hoc.md": report("Hòa Thành tổng kết công tác Đoàn năm học 2018-2019",
                                              "2019-06-20T08:00:00+07:00", unit=HOA_THANH),
        # The site's own reports: no unit.
        "articles/2018/rieng-nam.md": report("Tổng kết công tác dân vận năm 2018", "2018-12-20T08:00:00+07:00"),
        "articles/2019/rieng-nam.md": report("Kết quả công tác dân vận năm 2019", "2019-12-25T08:00:00+07:00"),
    }


# Organizations only as written, so that the organizations' table is known in advance.
SETTINGS = {"ORGANIZATIONS_DETECT": False}


def cell_text(cell):
    """"—" for a missing report, "" for a cell that does not count, else the reports' dates."""
    links = cell.find_all("a")
    if links:
        return [link.get_text("|").split("|")[0] for link in links]
    return cell.get_text(strip=True).replace("còn thiếu", "")


def table(soup, table_id):
    """(column headings, {row heading: ([cells], missing count)}) of one table on the grid page."""
    found = soup.find("table", id=table_id)
    assert found is not None, table_id
    head = [th.get_text(strip=True) for th in found.thead.find_all("th")]
    rows = {}
    for tr in found.tbody.find_all("tr"):
        cells = tr.find_all("td")
        rows[tr.th.get_text(strip=True)] = ([cell_text(cell) for cell in cells[:-1]], int(cells[-1].get_text()))
    return head, rows


def json_ld(soup):
    return json.loads(soup.find("script", type="application/ld+json").string)


def period_nav(soup):
    """{"label", "prev", "next": (text, href) or None, "aria"} of an article's period links; None without them."""
    nav = soup.select_one("nav.dv-period-nav")
    if nav is None:
        return None

    def link(rel):
        found = nav.find("a", rel=rel)
        return (found.get_text(strip=True), found["href"], found["aria-label"]) if found else None

    return {
        "label": nav.h2.get_text(strip=True), "aria": nav["aria-label"],
        "prev": link("prev"), "next": link("next"),
    }
