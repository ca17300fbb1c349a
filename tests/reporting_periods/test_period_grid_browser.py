"""The grid's pages on a phone in Chromium, without JavaScript, published under a sub-path."""

import pytest
from pelican.settings import read_settings
from periodsite import GRID, SETTINGS, archive, year_page
from sitebuild import ROOT, write_files

from plugins.libs.static_site_server import serve

pytestmark = pytest.mark.build

SUBPATH = "/luu-tru-dan-van/"


def test_the_grid_does_not_scroll_sideways_at_360_px(tmp_path, browser):
    from pelican import Pelican  # noqa: PLC0415

    write_files(tmp_path / "content", archive())
    (tmp_path / "output").mkdir()
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    with serve(tmp_path / "output", prefix=SUBPATH) as base:
        siteurl = base.rstrip("/")
        Pelican(read_settings(str(ROOT / "publishconf.py"), override={
            "PATH": str(tmp_path / "content"), "OUTPUT_PATH": str(tmp_path / "output"),
            "CACHE_PATH": str(tmp_path / "cache"), "SITEURL": siteurl, "FEED_DOMAIN": siteurl, **SETTINGS,
        })).run()
        assert page.goto(base + GRID.lstrip("/")).status == 200
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, "the index scrolls sideways"
        # The index's years fit the screen; a year's link opens its page.
        years = page.locator("#bang-cac-nam").locator("xpath=..")
        assert years.evaluate("e => e.scrollWidth <= e.clientWidth"), "the years' table scrolls"
        page.locator("#nam-2018 th a").click()
        page.wait_for_load_state("load")  # a click waits for the new page to start, not for its stylesheets
        assert page.url == base + year_page(2018).lstrip("/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, "the year's page scrolls sideways"
        wrap = page.locator("#bang-don-vi-2018").locator("xpath=..")
        # The wide table scrolls inside its own box, which the keyboard can reach.
        assert wrap.evaluate("e => e.scrollWidth > e.clientWidth")
        assert wrap.evaluate("e => getComputedStyle(e).overflowX") == "auto"
        assert wrap.get_attribute("tabindex") == "0"
        missing = page.locator("#bang-don-vi-2018 .dv-period-grid__missing").first
        assert missing.locator("[aria-hidden=true]").inner_text() == "—"
        hidden = missing.locator(".dv-visually-hidden")
        assert hidden.inner_text() == "còn thiếu"
        assert hidden.bounding_box()["width"] <= 1, "the words are for screen readers only"
        link = page.locator("#bang-don-vi-2018 td a").first  # the site's own row comes first: its year
        href = link.get_attribute("href")
        assert href.startswith(base)
        link.click()
        assert page.url == href
        assert page.locator("nav.dv-period-nav h2").inner_text() == "Kỳ báo cáo: Năm 2018"
    context.close()
