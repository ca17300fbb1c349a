"""On each report: Kỳ trước / Kỳ sau within its unit and kind, the period in JSON-LD; the widget."""

import pytest
from periodsite import GRID, json_ld, period_nav

pytestmark = pytest.mark.build

KS_Q2_2018 = "/2018/07/huyen-kim-son-giao-ban-cong-tac-dan-van-quy-ii-nam-2018/"
KS_Q4_2018 = "/2018/12/kim-son-hoi-nghi-giao-ban-dan-van-quy-iv2018/"
KS_Q1_2019 = "/2019/04/giao-ban-cong-tac-dan-van-quy-i-nam-2019-tai-kim-son/"
KS_9_MONTHS = "/2018/10/hoi-nghi-danh-gia-cong-tac-dan-van/"
KS_NOT_PERIODIC = "/2019/07/huyen-kim-son-giao-ban-cong-tac-dan-van-quy-ii-nam-2019/"
KS_NEWS = "/2019/03/hoi-nong-dan-huyen-ra-quan-lam-duong-giao-thong-nong-thon/"
HT_Q4_2018 = "/2018/12/hoa-thanh-giao-ban-cong-tac-dan-van-nam-2018/"  # `period: quý IV/2018`
HT_Q1_2019 = "/2019/04/hoa-thanh-giao-ban-dan-van-quy-i2019/"
HT_Q2_MORNING = "/2019/07/hoa-thanh-giao-ban-dan-van-quy-ii2019-phien-sang/"
HT_Q2_AFTERNOON = "/2019/07/hoa-thanh-giao-ban-dan-van-quy-ii2019-phien-chieu/"
OWN_2018 = "/2018/12/tong-ket-cong-tac-dan-van-nam-2018/"
OWN_2019 = "/2019/12/ket-qua-cong-tac-dan-van-nam-2019/"


def nav(site, url):
    found = period_nav(site.soup(url))
    assert found is not None, url
    return found


def target(link):
    return link[:2] if link else None


def test_previous_and_next_across_years_within_one_unit(period_site):
    middle = nav(period_site, KS_Q4_2018)
    assert middle["label"] == "Kỳ báo cáo: Quý IV/2018"
    assert middle["aria"] == "Các kỳ báo cáo quý của Huyện Kim Sơn"
    assert target(middle["prev"]) == ("Quý II/2018", KS_Q2_2018)
    assert target(middle["next"]) == ("Quý I/2019", KS_Q1_2019)
    assert middle["next"][2] == "Kỳ sau, Quý I/2019: Giao ban công tác dân vận quý I năm 2019 tại Kim\xa0Sơn"
    # Hòa Thành's fourth quarter is closer in time but another unit's: not Kim Sơn's previous.
    last = nav(period_site, KS_Q1_2019)
    assert (target(last["prev"]), last["next"]) == (("Quý IV/2018", KS_Q4_2018), None)
    first = nav(period_site, KS_Q2_2018)
    assert (first["prev"], target(first["next"])) == (None, ("Quý IV/2018", KS_Q4_2018))


def test_reports_of_one_period_link_to_the_neighbouring_periods(period_site):
    q1 = nav(period_site, HT_Q1_2019)
    assert target(q1["prev"]) == ("Quý IV/2018", HT_Q4_2018)  # placed there by `period:`
    assert target(q1["next"]) == ("Quý II/2019", HT_Q2_MORNING)  # the first report of the next period
    for url in (HT_Q2_MORNING, HT_Q2_AFTERNOON):
        found = nav(period_site, url)
        assert (target(found["prev"]), found["next"]) == (("Quý I/2019", HT_Q1_2019), None)


def test_reports_without_a_unit_are_the_sites_own_series(period_site):
    own = nav(period_site, OWN_2019)
    assert own["aria"] == "Các kỳ báo cáo năm của Ban Dân vận Huyện ủy (bài không ghi đơn vị)"
    assert (target(own["prev"]), own["next"]) == (("Năm 2018", OWN_2018), None)
    # Kim Sơn's year 2018 is another series: no neighbour.
    alone = nav(period_site, "/2018/12/huyen-kim-son-tong-ket-cong-tac-dan-van-nam-2018/")
    assert (alone["prev"], alone["next"]) == (None, None)


def test_a_report_links_to_its_year_on_the_grid(period_site):
    links = [a["href"] for a in period_site.soup(KS_Q4_2018).select("nav.dv-period-nav a")]
    assert links[-1] == f"{GRID}#nam-2018"
    assert period_site.soup(GRID).find(id="nam-2018").name == "h2"


def test_period_written_in_front_matter_wins(period_site):
    assert nav(period_site, HT_Q4_2018)["label"] == "Kỳ báo cáo: Quý IV/2018"
    assert json_ld(period_site.soup(HT_Q4_2018))["temporalCoverage"] == "2018-10/2018-12"
    assert nav(period_site, KS_9_MONTHS)["label"] == "Kỳ báo cáo: 9 tháng năm 2018"
    assert json_ld(period_site.soup(KS_9_MONTHS))["temporalCoverage"] == "2018-01/2018-09"


@pytest.mark.parametrize("url", [KS_NOT_PERIODIC, KS_NEWS])
def test_articles_that_are_no_report_have_neither_links_nor_coverage(period_site, url):
    soup = period_site.soup(url)
    assert period_nav(soup) is None
    assert "temporalCoverage" not in json_ld(soup)


def test_json_ld_temporal_coverage_of_each_kind(period_site):
    expected = {
        KS_Q1_2019: "2019-01/2019-03",
        OWN_2019: "2019",
        "/2019/06/hoa-thanh-tong-ket-cong-tac-doan-nam-hoc-2018-2019/": "2018-09/2019-08",
    }
    assert {url: json_ld(period_site.soup(url))["temporalCoverage"] for url in expected} == expected


def test_widget_latest_period_and_units_that_published(period_site):
    widget = period_site.soup("/").find(attrs={"data-stat": "latest-period"}).parent
    assert widget.h3.get_text(strip=True) == "Kỳ báo cáo Năm 2019"
    # The site's own report is in; Kim Sơn, who reported on 2018, is missing.
    assert widget.find(attrs={"data-stat": "latest-period"}).get_text(strip=True) == "1 đơn vị"
    assert "1 đơn vị còn thiếu" in widget.get_text(" ", strip=True)
    assert widget.find("a")["href"] == f"{GRID}#nam-2019"
