"""Shared fixtures: build a small site with the real Pelican and parse its pages."""

import locale
import os
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

# Dates must not depend on the machine: run the suite in a locale and a time
# zone that are not Vietnam's, so any reliance on them shows up as a failure.
os.environ["TZ"] = "America/New_York"
time.tzset()
locale.setlocale(locale.LC_ALL, "C")


def write_files(root, files):
    """Write {relative path: text or bytes} under root."""
    for relative, data in files.items():
        path = Path(root) / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")


def article(title, date, body="Nội dung bài viết.", **fields):
    """The text of an article file with YAML front matter."""
    import yaml  # noqa: PLC0415

    meta = {"title": title, "date": date, **fields}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body + "\n"


class Site:
    """A built site: output folder plus helpers to parse its pages."""

    def __init__(self, output):
        self.output = Path(output)

    def path(self, url):
        url = url.lstrip("/")
        target = self.output / url
        return target / "index.html" if url == "" or url.endswith("/") else target

    def exists(self, url):
        return self.path(url).is_file()

    def soup(self, url):
        return BeautifulSoup(self.path(url).read_text(encoding="utf-8"), "lxml")


@pytest.fixture
def build_site(tmp_path):
    """build_site({path: text}, **settings) -> Site built by the real Pelican."""
    from pelican import Pelican  # noqa: PLC0415
    from pelican.settings import read_settings  # noqa: PLC0415

    def build(files, **overrides):
        content = tmp_path / "content"
        output = tmp_path / "output"
        content.mkdir(exist_ok=True)
        write_files(content, files)
        settings = read_settings(
            str(ROOT / "pelicanconf.py"),
            override={"PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(tmp_path / "cache"), **overrides},
        )
        Pelican(settings).run()
        return Site(output)

    return build


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

