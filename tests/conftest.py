"""Shared fixtures: build a small site with the real Pelican and parse its pages."""

import locale
import os
import sys
import time

import pytest
from sitebuild import ROOT, build

sys.path.insert(0, str(ROOT))  # the package `plugins`, as pelicanconf.py puts it

# Dates must not depend on the machine: run the suite in a locale and a time
# zone that are not Vietnam's, so any reliance on them shows up as a failure.
os.environ["TZ"] = "America/New_York"
time.tzset()
locale.setlocale(locale.LC_ALL, "C")


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

