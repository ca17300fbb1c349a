"""The grid and the links under a sub-path, in any plugin order, and after a warm rebuild."""

from urllib.parse import urlsplit

import pytest
from periodsite import GRID, SETTINGS, archive, period_nav, report, table
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
    grid = site.soup(GRID)
    links = [a["href"] for a in grid.main.find_all("a") if not a["href"].startswith("#")]
    links += [a["href"] for a in site.soup("/").select("[data-stat=latest-period] ~ p a")]
    article = "/2019/04/hoa-thanh-giao-ban-dan-van-quy-i2019/"
    links += [a["href"] for a in site.soup(article).select("nav.dv-period-nav a")]
    assert len(links) > 20
    for link in links:
        assert link.startswith(f"{SITEURL}/"), link
        path = urlsplit(link).path.removeprefix(urlsplit(SITEURL).path)
        assert site.exists(path), link
    assert period_nav(site.soup(article))["prev"][1] == f"{SITEURL}/2018/12/hoa-thanh-giao-ban-cong-tac-dan-van-nam-2018/"
    assert f'href="{SITEURL}/theme/css/periods.css"' in site.path(GRID).read_text(encoding="utf-8")


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
    _, rows = table(warm.soup(GRID), "bang-don-vi-2018")
    assert rows["Huyện Kim Sơn"][1] == 0


def test_without_a_grid_page_nothing_links_to_it(tmp_path):
    site = build(tmp_path, archive(), **SETTINGS, PERIODS_SAVE_AS="")
    assert not site.exists(GRID)
    pages = [path for path in site.output.rglob("*.html")]
    assert pages and not any("ky-bao-cao" in path.read_text(encoding="utf-8") for path in pages)
    # The links between reports and the widget remain.
    assert period_nav(site.soup("/2019/04/hoa-thanh-giao-ban-dan-van-quy-i2019/"))["prev"] is not None
    assert site.soup("/").find(attrs={"data-stat": "latest-period"}) is not None


def test_without_unit_pages_the_rows_name_units_without_links(tmp_path):
    plugins = [name for name in read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"] if name != "plugins.features.units"]
    site = build(tmp_path, archive(), **SETTINGS, PLUGINS=plugins, STRICT_BUILD_PLUGINS=plugins)
    _, rows = table(site.soup(GRID), "bang-don-vi-2019")
    assert "Huyện Kim Sơn" in rows
    headers = site.soup(GRID).find("table", id="bang-don-vi-2019").tbody.find_all("th")
    assert len(headers) == 3 and all(th.a is None for th in headers)
