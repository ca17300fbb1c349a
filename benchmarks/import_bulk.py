"""Time `./dev import` of a whole saved portal site: 2,000 pages in a temporary folder.

    .venv/bin/python -m benchmarks.import_bulk [--pages 2000] [--jobs N] [--keep]

The site is made from the importer's HTML fixtures (WordPress, NukeViet, Liferay) as
`wget --mirror` lays one out: three in four pages are articles, varied in headline, date
and paragraphs, one in five of them with its photo (a small PNG) next to it; the rest are
listing, category, tag and search pages, print versions and articles saved again under
a query address. The import is run twice (the second run must change nothing) and the
time, pages per second and the summary are printed, with how many pages were sorted
the way they were made. Deterministic for a given seed.
"""

import argparse
import json
import random
import re
import shutil
import struct
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from importer.cli import main  # noqa: E402

FIXTURES = ROOT / "tests" / "importer" / "fixtures"
HEADLINES = [
    "Hội nghị giao ban công tác dân vận {period} năm {year}",
    "Kết quả thực hiện công tác dân vận {period} năm {year}",
    "Huyện triển khai phong trào thi đua “Dân vận khéo” năm {year}",
    "Ban Dân vận Huyện ủy kiểm tra thực hiện quy chế dân chủ ở cơ sở {period} năm {year}",
    "Ủy ban MTTQ huyện tổng kết cuộc vận động “Toàn dân đoàn kết” năm {year}",
    "Hội Nông dân và Hội Phụ nữ huyện ra quân xây dựng nông thôn mới năm {year}",
    "Đoàn Thanh niên huyện tổ chức Tháng Thanh niên năm {year}",
]
PERIODS = ["quý I", "6 tháng đầu năm", "9 tháng đầu năm", "quý IV", "tháng 5", "tháng 10"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
# Pages that are not articles, of 2,000.
OTHERS = {"listing": 180, "category": 50, "tag": 50, "search": 40, "print": 90, "duplicate": 90}


def png(seed):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + bytes([seed % 256, (seed // 256) % 256, 90]) * 8 for _ in range(6))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 6, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def paragraph_pool():
    """Long lines of the importer's text fixtures: real running text of district portals."""
    pool = []
    for path in sorted(FIXTURES.glob("*.txt")):
        pool += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                 if len(line.strip()) >= 150 and line.strip()[-1] in ".!?…"]
    return pool


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(content, bytes) else lambda c: path.write_text(c, encoding="utf-8"))(content)


class Site:
    def __init__(self, folder, seed):
        self.folder = Path(folder)
        self.rng = random.Random(seed)
        self.pool = paragraph_pool()
        self.templates = {name: (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
                          for name in ("nukeviet_giao_ban", "wordpress_dan_van_kheo", "liferay_ban_dan_van")}
        self.articles = []  # (path, html, kind)
        self.expected = {}  # path -> "article" or the kind of the page

    def body(self, n):
        chosen = self.rng.sample(self.pool, self.rng.randint(2, 4))
        return "".join(f"<p>{text[:-1]}, theo bài số {n}{text[-1]}</p>\n" for text in chosen)

    def article(self, n):
        rng = self.rng
        year, month, day = rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28)
        hour, minute = rng.randint(7, 17), rng.randint(0, 59)
        title = rng.choice(HEADLINES).format(period=rng.choice(PERIODS), year=year) + f" (kỳ {n})"
        photo = n % 5 == 0
        kind = ("nukeviet_giao_ban", "wordpress_dan_van_kheo", "liferay_ban_dan_van")[n % 3]
        html = self.templates[kind]
        if kind == "nukeviet_giao_ban":
            host = "tanchau.example.gov.vn"
            address = f"tin-tuc/bai-{n}.html"
            html = (html.replace("Giao ban công tác dân vận quý I năm 2021", title)
                    .replace("giao-ban-cong-tac-dan-van-quy-i-nam-2021-1234.html", f"bai-{n}.html")
                    .replace("Thứ năm - 25/03/2021 08:30", f"{rng.choice(WEEKDAYS)} - {day:02d}/{month:02d}/{year} {hour:02d}:{minute:02d}")
                    .replace('<div id="news-bodyhtml" class="bodytext margin-bottom-lg">', '<div id="news-bodyhtml" class="bodytext margin-bottom-lg">' + self.body(n))
                    .replace("/uploads/news/2021_03/giao-ban-quy-1.jpg", f"/uploads/news/{year}/anh-{n}.png"))
            image = f"uploads/news/{year}/anh-{n}.png"
        elif kind == "wordpress_dan_van_kheo":
            host = "dandvan-ductho.example.vn"
            address = f"{year}/{month:02d}/{day:02d}/bai-{n}/index.html"
            html = (html.replace("Ra mắt mô hình “Dân vận khéo” trong cải cách hành chính", title)
                    .replace("2022/05/16/ra-mat-mo-hinh-dan-van-kheo/", f"{year}/{month:02d}/{day:02d}/bai-{n}/")
                    .replace("2022-05-16T07:45:12+00:00", f"{year}-{month:02d}-{day:02d}T{hour - 7:02d}:{minute:02d}:00+00:00")
                    .replace("2022-05-16T14:45:12+07:00", f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+07:00")
                    .replace("16/05/2022", f"{day:02d}/{month:02d}/{year}")
                    .replace('<div class="entry-content">', '<div class="entry-content">' + self.body(n))
                    .replace("wp-content/uploads/2022/05/ra-mat-mo-hinh.jpg", f"wp-content/uploads/{year}/{month:02d}/anh-{n}.png?w=600"))
            image = f"wp-content/uploads/{year}/{month:02d}/anh-{n}.png?w=600"
        else:
            host = "quancaugiay.example.gov.vn"
            address = f"web/quancaugiay/tin-tuc/-/asset_publisher/bai-{n}.html"
            html = (html.replace("Quận Cầu Giấy tổng kết công tác dân vận năm 2019", title)
                    .replace("30/12/2019 03:15 PM", f"{day:02d}/{month:02d}/{year} 0{hour % 10}:{minute:02d} PM")
                    .replace('<div class="journal-content-article">', '<div class="journal-content-article">' + self.body(n))
                    .replace("/documents/10181/0/tong-ket-dan-van-2019.jpg", f"/documents/10181/0/anh-{n}.png"))
            image = f"documents/10181/0/anh-{n}.png"
        # Every paragraph of the template told apart: two articles of one day share none.
        html = re.sub(r"([^<>]{40,}?)([.!?…])(</(?:p|div)>)", rf"\1 (kỳ {n})\2\3", html)
        path = self.folder / host / address
        write(path, html)
        if photo:
            write(self.folder / host / image, png(n))
        self.articles.append((path, html, host, n, title))
        self.expected[path] = "article"

    def listing(self, path, count, kind, title="Tin hoạt động"):
        items = self.rng.sample(self.articles, min(count, len(self.articles)))
        links = "\n".join(
            f'<div class="item"><h3><a href="/{p.relative_to(self.folder / host)}">{t}</a></h3>'
            f"<p>{self.rng.choice(self.pool)[:140]}…</p></div>"
            for p, _, host, _, t in items
        )
        write(path, f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
                    f'<body><nav><a href="/">Trang chủ</a></nav><h1>{title}</h1>{links}</body></html>')
        self.expected[path] = kind

    def others(self):
        host = self.folder / "tanchau.example.gov.vn"
        for i in range(OTHERS["listing"]):
            self.listing(host / "tin-tuc" / f"page-{i + 1}.html" if i else host / "index.html", 10, "listing")
        for i in range(OTHERS["category"]):
            self.listing(self.folder / "dandvan-ductho.example.vn" / "category" / f"chuyen-muc-{i}" / "index.html", 8, "category")
        for i in range(OTHERS["tag"]):
            self.listing(self.folder / "dandvan-ductho.example.vn" / "tag" / f"the-{i}" / "index.html", 3, "tag")
        for i in range(OTHERS["search"]):
            self.listing(host / f"index.php?nv=seek&q=dan-van-{i}", 6, "search", "Kết quả tìm kiếm")
        for i, (path, html, *_rest) in enumerate(self.rng.sample(self.articles, OTHERS["print"])):
            printed = html.replace("<body", '<body onload="window.print()"', 1)
            write(path.with_name(f"{path.stem}-print{path.suffix}"), printed)
            self.expected[path.with_name(f"{path.stem}-print{path.suffix}")] = "print"
        for i, (path, html, host_name, n, _) in enumerate(self.rng.sample(self.articles, OTHERS["duplicate"])):
            copy = self.folder / host_name / f"index.php?id={n}"
            write(copy, html)
            self.expected[copy] = "duplicate"


def generate(folder, pages, seed=2026):
    site = Site(folder, seed)
    others = sum(OTHERS.values()) * pages // 2000
    scale = pages / 2000
    for key in OTHERS:
        OTHERS[key] = max(1, round(OTHERS[key] * scale))
    for n in range(1, pages - sum(OTHERS.values()) + 1):
        site.article(n)
    site.others()
    assert others
    return site


EXPECTED_REASONS = {
    "listing": {"trang danh sách"}, "category": {"trang chuyên mục", "trang danh sách"}, "tag": {"trang thẻ"},
    "search": {"trang tìm kiếm"}, "print": {"trang in"},
}


def sorted_right(site, records):
    """How many pages went the way they were made, and the first few that did not."""
    right, wrong = 0, []
    for record in records:
        made = site.expected.get(Path(record["source"]), "?")
        outcome = record["outcome"]
        if made == "article":
            ok = outcome in ("created", "identical")
        elif made == "duplicate":
            ok = "duplicate_of" in record
        else:
            ok = outcome == "skipped" and record["reason"] in EXPECTED_REASONS[made]
        right += ok
        if not ok and len(wrong) < 5:
            wrong.append(f"{record['source']}: made as {made}, {outcome} {record.get('reason', record.get('error', ''))}")
    return right, wrong


def timed_run(site, work, jobs):
    argv = [str(site.folder), "--dest", str(work / "content" / "articles"), "--report", str(work / "import-report.json"),
            "--unit", "Huyện Tân Châu"]
    if jobs:
        argv += ["--jobs", str(jobs)]
    start = time.perf_counter()
    status = main(argv)
    seconds = time.perf_counter() - start
    records = json.loads((work / "import-report.json").read_text(encoding="utf-8"))["imports"]
    return status, seconds, records


def main_benchmark(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--jobs", type=int, help="worker processes (default: the importer's choice)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="import-bulk-"))
    try:
        start = time.perf_counter()
        site = generate(work / "trang-luu", args.pages)
        made = Counter(site.expected.values())
        print(f"Saved site: {len(site.expected)} pages ({dict(made)}) in {time.perf_counter() - start:.1f} s", flush=True)
        status, seconds, records = timed_run(site, work, args.jobs)
        right, wrong = sorted_right(site, records)
        print(f"\nFirst import: {seconds:.1f} s, {len(records) / seconds:.1f} pages/s, exit status {status}")
        print(f"Sorted as made: {right}/{len(records)}", *wrong, sep="\n  ")
        status, again, records = timed_run(site, work, args.jobs)
        changed = [r["source"] for r in records if r["outcome"] not in ("identical", "skipped")]
        print(f"\nSecond import: {again:.1f} s, {len(records) / again:.1f} pages/s, exit status {status}, "
              f"pages changed: {len(changed)}")
        if args.keep:
            print(f"Kept: {work}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main_benchmark()
