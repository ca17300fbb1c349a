"""The production build the publishing gates inspect: real content/ plus articles for every page type.

Built once per session with publishconf.py and a sub-path SITEURL, as GitHub Pages
serves a project site (https://<owner>.github.io/<repo>/).
"""

import os
import shutil
import struct
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup
from markupsafe import Markup
from sitebuild import ROOT, article, write_files

SUBPATH = "/luu-tru-dan-van/"
EDITOR_APP_FOLDER = "quan-tri/"
# Plugins of the published site that pelicanconf.py may not list yet.
PUBLISH_PLUGINS = ("plugins.features.seo", "plugins.features.publish_files", "pelican.plugins.sitemap")
# The sitemap settings pelicanconf.py should carry: pages 2.. of lists only repeat their first page.
SITEMAP = {"format": "xml", "exclude": [r"(^|/)page/\d+/$"]}


def _png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(width, height, rgb):
    """A small solid-colour PNG: a real image for the article figure."""
    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(row * height)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", pixels) + _png_chunk(b"IEND", b"")


def _fixture_articles():
    """Sample articles (slugs "mau-…", apart from real ones): two pages of the home list, several years, months, categories, units."""
    body = (
        "Hội nghị đánh giá kết quả thực hiện công tác dân vận của hệ thống chính trị, "
        "phong trào thi đua “Dân vận khéo” và Quy chế dân chủ ở cơ sở.\n\n"
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Hội Nông dân huyện báo cáo kết quả.\n"
    )
    files = {
        "images/kiem-thu/hoi-nghi.png": _png(64, 40, (155, 28, 28)),
        "articles/2020/giao-ban-9-thang-2020.md": article(
            "Hội nghị giao ban công tác dân vận 9 tháng đầu năm 2020 & “Dân vận khéo”",
            "2020-10-03T08:00:00+07:00",
            body + "\n![Quang cảnh hội nghị]({static}/images/kiem-thu/hoi-nghi.png)\n",
            category="Giao ban", unit="Huyện Kim Sơn", organizations=["ban-dan-van", "mttq"],
            author="Ngô Quyền", author_title="Văn phòng Huyện ủy", source="http://kimson.ninhbinh.gov.vn/tin/1",
            slug="mau-giao-ban-9-thang-2020",
        ),
        "articles/2020/tong-ket-2020.md": article(
            "Kết quả thực hiện công tác Dân vận năm 2020", "2020-11-09T09:00:00+07:00", body,
            category="Tổng kết năm", unit="Thị xã Hòa Thành", organizations=["hoi-nong-dan"],
            slug="mau-tong-ket-2020",
        ),
        "articles/2019/giao-ban-quy-1-2019.md": article(
            "Giao ban công tác dân vận quý I năm 2019", "2019-03-28", body, category="Giao ban", unit="Huyện Kim Sơn",
            slug="mau-giao-ban-quy-1-2019",
        ),
        "articles/2020/ban-nhap.md": article("Bài chưa đăng", "2020-12-01", body, status="draft", slug="mau-ban-nhap"),
    }
    for number in range(1, 11):
        files[f"articles/2021/tin-hoat-dong-{number}.md"] = article(
            f"Tin hoạt động dân vận số {number} năm 2021",
            f"2021-{number:02d}-15T07:30:00+07:00",
            body,
            category="Tin hoạt động",
            unit="Thị xã Kỳ Anh",
            slug=f"mau-tin-hoat-dong-{number}",
        )
    return files


FIXTURE = _fixture_articles()


@dataclass
class Published:
    """A built production site: where it is, where it is served, what Pelican published."""

    output: Path
    siteurl: str  # no trailing slash, e.g. http://127.0.0.1:41234/luu-tru-dan-van
    settings: dict
    articles: list = field(default_factory=list)  # Pelican's published Article objects
    drafts: list = field(default_factory=list)

    def url(self, path=""):
        return f"{self.siteurl}/{path}"

    def file_for(self, url):
        """The output file a URL of this site is served from, or None if it is outside the site."""
        url = urldefrag(url).url
        prefix = self.siteurl + "/"
        if not (url + "/").startswith(prefix):
            return None
        relative = url[len(prefix):].split("?", 1)[0]
        target = self.output / relative
        return target / "index.html" if relative == "" or relative.endswith("/") else target

    def pages(self):
        """(URL, file) of every reader's HTML page, 404.html included; not the editing app
        (EDITOR_APP_FOLDER), which tests/editor_app/ checks."""
        for path in sorted(self.output.rglob("*.html")):
            relative = path.relative_to(self.output).as_posix()
            if relative.startswith(EDITOR_APP_FOLDER):
                continue
            yield self.url(relative.removesuffix("index.html")), path

    def soup(self, path):
        return BeautifulSoup(self.file_for(self.url(path)).read_text(encoding="utf-8"), "lxml")


def plain(html):
    """Visible text of a typogrified title, non-breaking spaces read as spaces."""
    return Markup(html).striptags().replace("\xa0", " ")


# Attributes that make the browser fetch or navigate to a URL.
URL_ATTRIBUTES = ("href", "src", "poster", "data", "action", "cite")


def references(soup, page_url):
    """Absolute URLs of everything a page links to or loads (srcset candidates included)."""
    found = []
    for element in soup.find_all(True):
        for attribute in URL_ATTRIBUTES:
            value = element.get(attribute)
            if value is not None:
                found.append((element.name, attribute, urljoin(page_url, value.strip())))
        for attribute in ("srcset", "imagesrcset"):
            for candidate in (element.get(attribute) or "").split(","):
                if candidate.strip():
                    found.append((element.name, attribute, urljoin(page_url, candidate.split()[0])))
    return found


def is_local(url):
    return urlsplit(url).hostname == "127.0.0.1"


def _capture_articles(store):
    def capture(generators):
        for generator in generators:
            if hasattr(generator, "drafts") and hasattr(generator, "articles"):
                store["articles"] = list(generator.articles)
                store["drafts"] = list(generator.drafts)

    return capture


@contextmanager
def _environment(**values):
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def build_published(root, siteurl):
    """Copy content/, add FIXTURE, build with publishconf.py (SITEURL from the environment, as CI does)."""
    from pelican import Pelican  # noqa: PLC0415
    from pelican.plugins import signals  # noqa: PLC0415
    from pelican.settings import read_settings  # noqa: PLC0415

    root = Path(root)
    content, output = root / "content", root / "output"
    shutil.copytree(ROOT / "content", content)
    write_files(content, FIXTURE)
    with _environment(SITEURL=siteurl, PUBLISH_CNAME=""):
        settings = read_settings(
            str(ROOT / "publishconf.py"),
            override={"PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(root / "cache")},
        )
    settings["PLUGINS"] = [*settings["PLUGINS"], *(p for p in PUBLISH_PLUGINS if p not in settings["PLUGINS"])]
    settings.setdefault("SITEMAP", SITEMAP)
    store = {}
    capture = _capture_articles(store)
    signals.all_generators_finalized.connect(capture)
    try:
        Pelican(settings).run()
    finally:
        signals.all_generators_finalized.disconnect(capture)
    return Published(output, settings["SITEURL"], settings, store["articles"], store["drafts"])
