"""Shared fixtures: build a small site with the real Pelican and parse its pages."""

import locale
import os
import sys
import time

import pytest
from sitebuild import ROOT, build

import pelican

sys.path.insert(0, str(ROOT))  # the package `plugins`, as pelicanconf.py puts it

# Dates must not depend on the machine: run the suite in a locale and a time
# zone that are not Vietnam's, so any reliance on them shows up as a failure.
os.environ["TZ"] = "America/New_York"
time.tzset()
locale.setlocale(locale.LC_ALL, "C")


# Fixtures that drive Chromium or build a whole site, through any fixture they use:
# their tests get the `browser` and `build` marks, so `-m "not browser"` leaves them out.
# A test that builds in another process (the `pelican` command) carries `build` itself.
MARKS_BY_FIXTURE = {
    "browser": {"browser"},
    "build_site": {"build"},
    "search_site": {"build"},
    "published": {"build"},
    "editor_site": {"build"},
}


def pytest_collection_modifyitems(items):
    for item in items:
        for fixture in MARKS_BY_FIXTURE.keys() & set(item.fixturenames):
            for mark in sorted(MARKS_BY_FIXTURE[fixture]):
                item.add_marker(mark)


# The test now running: a build in this process by a test without the `build` mark fails it,
# so the quick `-m "not build"` loop stays quick.
RUNNING = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item):
    RUNNING.append(item)
    try:
        return (yield)
    finally:
        RUNNING.pop()


def _marked_build(run):
    def checked_run(self):
        if RUNNING and RUNNING[-1].get_closest_marker("build") is None:
            raise AssertionError(f"{RUNNING[-1].nodeid} dựng trang web mà không có dấu @pytest.mark.build")
        return run(self)

    return checked_run


pelican.Pelican.run = _marked_build(pelican.Pelican.run)


@pytest.fixture
def build_site(tmp_path):
    """build_site({path: text}, **settings) -> Site built by the real Pelican.

    Helpers to import live in sitebuild.py: a conftest is not importable by
    name once test folders have conftests of their own.
    """
    return lambda files, **overrides: build(tmp_path, files, **overrides)


CHROMIUM = "/usr/bin/chromium"
# Flags for a closed network: without them Chromium keeps trying Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (no browser download)."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()



@pytest.fixture
def page(browser):
    """A fresh page in a context of its own: no cookies or storage shared between tests."""
    context = browser.new_context()
    yield context.new_page()
    context.close()
