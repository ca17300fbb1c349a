"""The grid's pages and the links under a sub-path, in any plugin order, after a warm rebuild,
and where the settings place them."""

from urllib.parse import urlsplit

import pytest
from periodsite import GRID, SETTINGS, archive, period_nav, report, table, year_page
from pelican.settings import read_settings
from sitebuild import ROOT, Site, build, differences, write_files

pytestmark = pytest.mark.build

SITEURL = "https://example.github.io/luu-tru-dan-van"


def published(root):
    """The archive built with publishconf.py, as GitHub Pages serves a project site."""
    from pelican import Pelican  # noqa: PLC0415

    write_files(root / "content", archive())
    overrides = {"PATH": str(root / "content"), "OUTPUT_PATH": str(root / "output"), "CACHE_PATH": str(root / "cache")}
    Pelican(read_settings(str(ROOT / "publishconf.py"), override={
        **overrides, **SETTINGS, "SITEURL": SITEURL, "FEED_DOMAIN": SITEURL,
    })).run()
    return Site(root / "output")


def test_links_under_a_sub_path(tmp_path):
    site = published(tmp_path)
    links = []
    for url in (GRID, year_page(2018), year_page(2019)):
        links += [a["href"] for a in site.soup(url).main.find_all("a") if not a["href"].startswith("#")]
        links += [a["href"] for a in site.soup(url).select("nav.dv-breadcrumbs a")]
    links += [a["href"] for a in site.soup("/").select("[data-stat=latest-period] ~ p a")]
    article = "/2019/04/hoa-thanh-giao-ban-dan-van-quy-i2019/"
    links += [a["href"] for a in site.soup(article).select("nav.dv-period-nav a")]
    assert len(links) > 20
    for link in links:
        assert link.startswith(f"{SITEURL}/"), link
        path = urlsplit(link).path.removeprefix(urlsplit(SITEURL).path)
        assert site.exists(path), link
    assert period_nav(site.soup(article))["prev"][1] == f"{SITEURL}/2018/12/hoa-thanh-giao-ban-cong-tac-dan-van-nam-2018/"
    for url in (GRID, year_page(2019)):
        assert f'href="{SITEURL}/theme/css/periods.css"' in site.path(url).read_text(encoding="utf-8")


def test_plugins_in_reverse_order_give_the_same_grid_links_and_widget(tmp_path):
    plugins = read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"][::-1]
    listed = build(tmp_path / "listed", archive(), **SETTINGS)
    reversed_ = build(tmp_path / "reversed", archive(), **SETTINGS, PLUGINS=plugins, STRICT_BUILD_PLUGINS=plugins)
    assert differences(listed.output, reversed_.output) == []
    assert listed.soup("/").find(attrs={"data-stat": "latest-period"}) is not None


def test_a_new_report_updates_its_neighbours_and_the_grid_on_a_warm_rebuild(tmp_path):
    files = archive()
    warm = build(tmp_path / "warm", files, **SETTINGS)
    added = {"articles/2018/ks-quy-3.md": report("Huyện Kim Sơn giao ban công tác dân vận quý III năm 2018",
                                                   "2018-10-04T08:00:00+07:00", unit="Huyện Kim Sơn")}
    write_files(tmp_path / "warm" / "content", added)
    warm = build(tmp_path / "warm", {}, **SETTINGS)
    cold = build(tmp_path / "cold", files | added, **SETTINGS)
    assert differences(warm.output, cold.output) == []
    assert period_nav(warm.soup("/2018/07/huyen-kim-son-giao-ban-cong-tac-dan-van-quy-ii-nam-2018/"))["next"][0] == "Quý III/2018"
    _, rows = table(warm.soup(year_page(2018)), "bang-don-vi-2018")
    assert rows["Huyện Kim Sơn"][1] == 0


def test_without_the_grid_nothing_links_to_it(tmp_path):
    site = build(tmp_path, archive(), **SETTINGS, PERIODS_SAVE_AS="", PERIODS_YEAR_SAVE_AS="")
    assert not site.exists(GRID) and not site.exists(year_page(2019))
    pages = [path for path in site.output.rglob("*.html")]
    assert pages and not any("ky-bao-cao" in path.read_text(encoding="utf-8") for path in pages)
    # The links between reports and the widget remain.
    assert period_nav(site.soup("/2019/04/hoa-thanh-giao-ban-dan-van-quy-i2019/"))["prev"] is not None
    assert site.soup("/").find(attrs={"data-stat": "latest-period"}) is not None


def year_link(site, url="/2019/04/hoa-thanh-giao-ban-dan-van-quy-i2019/"):
    """Where a report's "Các kỳ báo cáo năm …" link leads."""
    return site.soup(url).select("nav.dv-period-nav a")[-1]["href"]


def widget_link(site):
    return site.soup("/").find(attrs={"data-stat": "latest-period"}).parent.a["href"]


def test_without_the_index_the_years_pages_stay_and_links_lead_there(tmp_path):
    site = build(tmp_path, archive(), **SETTINGS, PERIODS_SAVE_AS="")
    assert not site.exists(GRID)
    assert year_link(site) == widget_link(site) == year_page(2019)
    assert GRID not in [a["href"] for a in site.soup(year_page(2018)).select("nav.dv-breadcrumbs a")]
    assert GRID not in [a["href"] for a in site.soup("/thong-ke/").main.find_all("a")]


def test_without_years_pages_links_lead_to_the_years_row_on_the_index(tmp_path):
    site = build(tmp_path, archive(), **SETTINGS, PERIODS_YEAR_SAVE_AS="")
    assert not site.exists(year_page(2018))
    index = site.soup(GRID)
    assert index.find(id="nam-2018").name == "tr" and index.find("table", id="bang-cac-nam").tbody.a is None
    assert year_link(site) == widget_link(site) == f"{GRID}#nam-2019"


def test_years_pages_follow_their_settings(tmp_path):
    site = build(tmp_path, archive(), **SETTINGS, PERIODS_YEAR_URL="bao-cao-nam-{year}/",
                 PERIODS_YEAR_SAVE_AS="bao-cao-nam-{year}/index.html")
    assert site.soup("/bao-cao-nam-2018/").find("table", id="bang-don-vi-2018") is not None
    assert not site.exists(year_page(2018))
    assert [a["href"] for a in site.soup(GRID).select("#bang-cac-nam tbody a")] == ["/bao-cao-nam-2019/", "/bao-cao-nam-2018/"]


def written(site):
    return {path: path.stat().st_mtime_ns for path in site.output.rglob("*.html")}


def test_a_warm_rebuild_renders_only_the_year_an_edit_changed(tmp_path):
    files = archive()
    first = build(tmp_path / "warm", files, **SETTINGS)
    before = written(first)
    # A report of 2018 moved by three days: its cell in 2018 changes, no count, no other year.
    moved = {"articles/2018/ht-quy-3.md": files["articles/2018/ht-quy-3.md"].replace("2018-10-05", "2018-10-08")}
    write_files(tmp_path / "warm" / "content", moved)
    warm = build(tmp_path / "warm", {}, **SETTINGS)
    after = written(warm)
    assert differences(warm.output, build(tmp_path / "cold", files | moved, **SETTINGS).output) == []
    changed = {path for path in after if before.get(path) != after[path]}
    assert warm.path(year_page(2018)) in changed
    assert warm.path(year_page(2019)) not in changed
    assert warm.path(GRID) not in changed
    assert "08/10/2018" in warm.soup(year_page(2018)).find("table", id="bang-don-vi-2018").get_text()


def test_without_unit_pages_the_rows_name_units_without_links(tmp_path):
    plugins = [name for name in read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"] if name != "plugins.features.units"]
    site = build(tmp_path, archive(), **SETTINGS, PLUGINS=plugins, STRICT_BUILD_PLUGINS=plugins)
    _, rows = table(site.soup(year_page(2019)), "bang-don-vi-2019")
    assert "Huyện Kim Sơn" in rows
    headers = site.soup(year_page(2019)).find("table", id="bang-don-vi-2019").tbody.find_all("th")
    assert len(headers) == 3 and all(th.a is None for th in headers)
