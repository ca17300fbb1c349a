"""The app is in the output only at /quan-tri/: pinned files, not indexed, not linked, not in the sitemap or search."""

import gzip
import re

import pytest
from bs4 import BeautifulSoup
from editorsite import build_editor_site, content
from sitebuild import article

APP = "quan-tri/"


def test_the_app_page_asks_not_to_be_indexed_and_loads_the_local_app(editor_site):
    soup = editor_site.soup(APP)
    assert soup.html["lang"] == "vi"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    sources = [script["src"] for script in soup.find_all("script", src=True)]
    assert sources == ["sveltia-cms.js"]
    assert (editor_site.output / APP / "sveltia-cms.js").stat().st_size > 1_000_000
    assert (editor_site.output / APP / "locales" / "vi.json").is_file()


def test_the_app_fetches_no_font_from_a_cdn(editor_site):
    script = (editor_site.output / APP / "sveltia-cms.js").read_text(encoding="utf-8")
    assert "cdn.jsdelivr.net" not in script
    icon_font = re.search(r"url\((fonts/[^)]+\.woff2)\)", script).group(1)
    assert (editor_site.output / APP / icon_font).stat().st_size > 100_000


def test_no_reader_page_links_to_the_app(editor_site):
    pages = [path for path in editor_site.output.rglob("*.html") if not path.is_relative_to(editor_site.output / APP)]
    assert len(pages) > 5
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        assert not [a["href"] for a in soup.find_all(href=True) if "quan-tri" in a["href"]], path


def test_the_sitemap_and_the_search_index_leave_the_app_out(editor_site):
    sitemap = (editor_site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>" in sitemap and "quan-tri" not in sitemap
    urls = [
        re.search(rb'"url":"([^"]+)"', gzip.decompress(path.read_bytes())).group(1).decode()
        for path in editor_site.output.glob("pagefind/*/fragment/*.pf_fragment")
    ]
    assert urls and not [url for url in urls if "quan-tri" in url]


@pytest.mark.build
def test_a_body_image_the_app_wrote_from_the_root_works_under_a_sub_path(tmp_path):
    png = b"\x89PNG\r\n\x1a\n"  # the link, not the picture, is under test
    files = {
        **content(),
        "images/hoi-nghi.png": png,
        "articles/2026/anh.md": article(
            "Hội nghị có ảnh", "2026-03-15T08:30:00+07:00",
            "Đoạn đầu.\n\n![Quang cảnh hội nghị](/images/hoi-nghi.png)\n\n[Tải ảnh](/images/hoi-nghi.png)",
            image="/images/hoi-nghi.png",
        ),
    }
    site = build_editor_site(tmp_path, files, SITEURL="https://vd.github.io/luu-tru")
    soup = site.soup("2026/03/hoi-nghi-co-anh/")
    assert soup.select_one("main img")["src"] == "https://vd.github.io/luu-tru/images/hoi-nghi.png"
    assert soup.select_one("main a[href$='.png']")["href"] == "https://vd.github.io/luu-tru/images/hoi-nghi.png"
    assert soup.find("meta", property="og:image")["content"] == "https://vd.github.io/luu-tru/images/hoi-nghi.png"
    assert site.exists("images/hoi-nghi.png")


@pytest.mark.build
def test_a_warm_build_leaves_the_app_as_it_was_and_drops_what_it_no_longer_has(tmp_path):
    site = build_editor_site(tmp_path)
    app = site.output / APP
    before = {path: path.stat().st_mtime_ns for path in app.rglob("*") if path.is_file()}
    (app / "chunks" / "ban-cu.js").write_text("// a chunk of an older version\n", encoding="utf-8")
    build_editor_site(tmp_path)
    after = {path: path.stat().st_mtime_ns for path in app.rglob("*") if path.is_file()}
    assert after == before
