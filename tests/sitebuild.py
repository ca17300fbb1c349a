"""Helpers for tests that build a site: content files, the built pages parsed."""

import filecmp
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent


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


def build(root, files, **overrides):
    """Write `files` under root/content and build them with the real Pelican into root/output."""
    from pelican import Pelican  # noqa: PLC0415
    from pelican.settings import read_settings  # noqa: PLC0415

    root = Path(root)
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    write_files(content, files)
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(root / "output"),
            "CACHE_PATH": str(root / "cache"),
            **overrides,
        },
    )
    Pelican(settings).run()
    return Site(root / "output")


def differences(left, right):
    """Files only in one folder or different in both, at any depth: [] when two builds match."""
    comparison = filecmp.dircmp(left, right)
    found, todo = [], [comparison]
    while todo:
        node = todo.pop()
        found += node.left_only + node.right_only + node.diff_files
        todo += node.subdirs.values()
    return found


VARIED_ORGANIZATIONS = ("Ban Dân vận Huyện ủy", "Hội Nông dân huyện", "Đoàn Thanh niên", "Hội Cựu chiến binh")


def varied_archive():
    """{path: text}: the real vocabulary and 40 articles over four years, three categories and
    two units, enough for paginated lists, year and month archives and organization pages."""
    files = {"data/organizations.yml": (ROOT / "content" / "data" / "organizations.yml").read_text(encoding="utf-8")}
    for n in range(1, 41):
        year, month = 2017 + n % 4, n % 12 + 1
        organization = VARIED_ORGANIZATIONS[n % 4]
        files[f"articles/{year}/tin-{n}.md"] = article(
            f"Tin số {n}: {organization} họp giao ban", f"{year}-{month:02d}-{n % 27 + 1:02d}T08:00:00+07:00",
            f"{organization} tổ chức hội nghị lần thứ {n}.\n\nĐoạn hai của tin {n}.",
            category=("Giao ban", "Tin hoạt động", "Tổng kết năm")[n % 3],
            unit=("Huyện Kim Sơn", "Thị xã Hòa Thành")[n % 2],
        )
    return files
