"""Search benchmark: build a generated archive with the real Pelican and Pagefind, query it in Chromium.

    .venv/bin/python benchmarks/search.py [--articles 10000] [--corpus varied] [--keep FOLDER]

Each article is assembled from the sentences of one real article in
content/articles and carries its unit, as an archive where every unit writes
about its own places would (a fifth with the legacy tone placement "Hoà", "thuỷ").

--corpus repeated (the default) uses those sentences as they are: every sentence
recurs in thousands of articles, so even specific words ("thủy lợi", "covid")
match thousands of pages, a pessimistic case for Pagefind. --corpus varied gives
each article what differs between real reports: its own date and figures, the
communes, people and organizations it names (real names from the lists below),
so the index has a real archive's long tail of names and numbers; the common
words still recur as often as in the repeated corpus.

Reports the whole build time, the index size, the bytes the first query
transfers and the query times in headless Chromium; the targets are a first
query of at most 200 KB and a warm median of at most 100 ms.
"""

import argparse
import datetime
import gzip
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import yaml  # noqa: E402

QUERIES = [
    "hoa thanh", "Hòa Thành", "Hoà Thành", "dang uy", "Đảng ủy", "dai hoi", "đại hội", "thuy loi", "thủy lợi",
    "dân vận", "dan van", "mặt trận tổ quốc", "hoi nong dan", "giao ban quý", "an toàn giao thông", "phụ nữ",
    "covid", "xây dựng nông thôn mới", "cựu chiến binh", "quy che dan chu",
]
CATEGORIES = ["Giao ban", "Tổng kết năm", "Tin hoạt động", "Dân vận chính quyền", "Dân vận khéo"]
ORGANIZATIONS = ["ban-dan-van", "mttq", "hoi-nong-dan", "hoi-lhpn", "doan-thanh-nien", "hoi-ccb", "ubnd"]
TARGET_FIRST_QUERY = 200 * 1024
TARGET_WARM_MEDIAN = 100
# "Hòa" → "Hoà", "thủy" → "thuỷ": the other tone placement that legacy sources use.
LEGACY_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ủy": "uỷ", "úy": "uý", "ùy": "uỳ", "ụy": "uỵ"}


def sources():
    """[(unit, sentences)] of each real article."""
    found = []
    for path in sorted((ROOT / "content" / "articles").glob("*/*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---", 2)
        pool = []
        for paragraph in body.split("\n\n"):
            pool += [s.strip() for s in re.split(r"(?<=[.;!?])\s+", paragraph.strip().lstrip("-*\\ ")) if len(s.strip()) > 40]
        if len(pool) >= 10:
            found.append((yaml.safe_load(front).get("unit", "Huyện"), pool))
    if not found:
        raise SystemExit("content/articles has too little text to generate articles from")
    return found


# Real Vietnamese names for the varied corpus.
FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Đinh", "Trịnh", "Mai", "Lương"]
MIDDLE_NAMES = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Quang", "Ngọc", "Xuân", "Công", "Đình", "Kim"]
GIVEN_NAMES = [
    "Hùng", "Lan", "Tuấn", "Hải", "Hương", "Dũng", "Thảo", "Bình", "Nam", "Phương", "Quỳnh", "Khánh", "Long", "Toàn",
    "Thắng", "Hạnh", "Yến", "Trang", "Cường", "Đạt", "Kiên", "Hiếu", "Nga", "Tâm", "Vinh", "Lộc", "Sáu", "Tùng", "Hiền", "Châu",
]
COMMUNES = [
    "Kim Chính", "Kim Đông", "Kim Hải", "Kim Mỹ", "Kim Tân", "Kim Trung", "Kim Định", "Lai Thành", "Định Hóa", "Văn Hải",
    "Yên Lộc", "Ân Hòa", "Chất Bình", "Chính Tâm", "Hồi Ninh", "Hùng Tiến", "Như Hòa", "Quang Thiện", "Tân Thành", "Thượng Kiệm",
    "Lưu Phương", "Xuân Thiện", "Đồng Hướng", "Cồn Thoi", "Kỳ Hà", "Kỳ Hoa", "Kỳ Ninh", "Kỳ Lợi", "Kỳ Nam", "Kỳ Thịnh",
    "Kỳ Trinh", "Kỳ Long", "Kỳ Liên", "Kỳ Phương", "Quỳnh Vinh", "Quỳnh Lộc", "Quỳnh Lập", "Quỳnh Dị", "Quỳnh Xuân", "Quỳnh Phương",
    "Long Hoa", "Long Thành Bắc", "Long Thành Trung", "Trường Đông", "Trường Tây", "Trường Hòa", "Hiệp Tân", "Ninh Thạnh", "Khánh Thiện",
    "Khánh Hội", "Khánh Nhạc", "Khánh Thủy", "Gia Sinh", "Gia Thanh", "Gia Vân", "Quảng Lạc", "Thạch Bình", "Sơn Lai", "Hương Vân",
]
GROUPS = [
    "Hội Người cao tuổi", "Hội Chữ thập đỏ", "Hội Khuyến học", "Hội Cựu thanh niên xung phong", "Công đoàn cơ sở",
    "Chi hội Nông dân", "Chi đoàn thanh niên", "Ban công tác Mặt trận", "Tổ hòa giải", "Câu lạc bộ dân vận khéo",
]
DOINGS = [
    "tổ chức ra quân làm đường giao thông nông thôn", "trao {n} suất quà cho hộ nghèo", "tặng {n} thẻ bảo hiểm y tế",
    "vận động nhân dân hiến {n} m2 đất", "khánh thành nhà văn hóa thôn", "trồng {n} cây xanh", "tổ chức hội nghị đối thoại với nhân dân",
    "hỗ trợ xây dựng {n} nhà đại đoàn kết", "tổ chức tập huấn cho {n} hội viên", "phát động phong trào thi đua",
]
PERSON = re.compile(r"(?<![\w])(đồng chí|Đồng chí|ông|bà) ((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]\w* ?){2,4})")
PLACE = re.compile(r"(?<![\w])(xã|phường|thôn|xóm|thị trấn) ((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]\w* ?){1,3})")
NUMBER = re.compile(r"(?<![\w./-])\d{1,3}(?:\.\d{3})*(?![\w/-])")


def person(rng):
    return f"{rng.choice(FAMILY_NAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"


def vary(text, rng):
    """The sentence with other people, communes and figures, as another report would have them."""
    text = PERSON.sub(lambda match: f"{match[1]} {person(rng)}{' ' if match[2].endswith(' ') else ''}", text)
    text = PLACE.sub(lambda match: f"{match[1]} {rng.choice(COMMUNES)}{' ' if match[2].endswith(' ') else ''}", text)
    return NUMBER.sub(lambda match: f"{rng.randint(2, 10 ** len(match[0].replace('.', '')) - 1):,}".replace(",", "."), text)


def lead(rng, date, unit):
    """An opening sentence naming the day, a commune, a group and a person, in the reports' usual form."""
    doing = rng.choice(DOINGS).format(n=rng.randint(5, 500))
    return (
        f"Ngày {date.day}/{date.month}/{date.year}, {rng.choice(GROUPS)} xã {rng.choice(COMMUNES)} ({unit}) {doing}; "
        f"đồng chí {person(rng)} phát biểu chỉ đạo."
    )


def generate(folder, count, seed=2020, varied=False):
    """count Markdown articles under folder/articles/<year>/, plus the organization vocabulary."""
    rng = random.Random(seed)
    articles = sources()
    for number in range(count):
        unit, pool = articles[number % len(articles)]
        year = 2015 + number % 11
        day = datetime.date(year, 1 + number % 12, 1 + number % 28)
        date = f"{day}T{8 + number % 9:02d}:00:00+07:00"
        title = " ".join(rng.choice(pool).split()[:14]).rstrip(".,;:")
        paragraphs = [" ".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(rng.randint(3, 8))]
        if varied:
            title = vary(title, rng)
            paragraphs = [lead(rng, day, unit)] + [vary(paragraph, rng) for paragraph in paragraphs]
        body = "\n\n".join(paragraphs)
        if number % 5 == 0:
            for modern, legacy in LEGACY_TONES.items():
                body = body.replace(modern, legacy)
        meta = {
            "title": title, "date": date, "slug": f"bai-{number:05d}", "category": CATEGORIES[number % len(CATEGORIES)],
            "unit": unit, "organizations": rng.sample(ORGANIZATIONS, rng.randint(0, 2)),
        }
        path = folder / "articles" / str(year) / f"bai-{number:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body + "\n", encoding="utf-8")
    vocabulary = folder / "data" / "organizations.yml"
    vocabulary.parent.mkdir(parents=True, exist_ok=True)
    vocabulary.write_text((ROOT / "content" / "data" / "organizations.yml").read_text(encoding="utf-8"), encoding="utf-8")


def build(content, output, cache):
    """Build with the site's settings; seconds for the whole build and for each search step."""
    from pelican import Pelican  # noqa: PLC0415
    from pelican.settings import read_settings  # noqa: PLC0415

    from plugins.features import search  # noqa: PLC0415
    from plugins.features.search import pagefind_cli  # noqa: PLC0415

    timings = {}

    def timed(name, function):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:  # summed: the documents are written part by part
                timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
        return wrapper

    search.write_documents = timed("documents", search.write_documents)
    pagefind_cli.finish = timed("pagefind", pagefind_cli.finish)
    plugins = [name for name in read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"] if name != "plugins.features.search"] + ["plugins.features.search"]
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(cache), "PLUGINS": plugins,
        "ORGANIZATIONS_DETECT": False,  # tags as written: this measures search, not detection
    })
    pagefind_cli.binary(settings | search.SETTINGS.defaults)  # fetch before timing
    start = time.perf_counter()
    Pelican(settings).run()
    timings["build"] = time.perf_counter() - start
    return timings


def folder_size(folder):
    files = [path for path in Path(folder).rglob("*") if path.is_file()]
    return len(files), sum(path.stat().st_size for path in files)


def served_size(path):
    """Bytes over the wire from a host that gzips text (GitHub Pages); Pagefind's own files are gzipped already."""
    data = path.read_bytes()
    return len(gzip.compress(data)) if path.suffix in (".js", ".json", ".css", ".html") else len(data)


WAIT_DONE = """() => new Promise((resolve) => {
  const list = document.querySelector('[data-search-results]');
  const done = () => !list.hasAttribute('aria-busy') && document.querySelector('[data-search-status]').textContent.match(/^(Tìm thấy|Không tìm thấy|Không có bài nào)/);
  if (done()) return resolve();
  new MutationObserver((_, observer) => { if (done()) { observer.disconnect(); resolve(); } })
    .observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
})"""
# From submitting the form to ten results drawn with their excerpts.
TIMED_QUERY = """async (query) => {
  const form = document.querySelector('form.dv-search');
  form.elements.q.value = query;
  const start = performance.now();
  form.requestSubmit();
  await (""" + WAIT_DONE + """)();
  return [performance.now() - start, document.querySelector('[data-search-status]').textContent];
}"""


def measure_browser(output):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415
    from plugins.libs.static_site_server import serve  # noqa: PLC0415

    from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: PLC0415

    with sync_playwright() as playwright, serve(output) as base:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        fetched = []
        page.on("requestfinished", lambda request: fetched.append(request.url))
        page.goto(base + "tim-kiem/")
        page.wait_for_load_state("networkidle")
        fetched.clear()
        first, status = page.evaluate(TIMED_QUERY, QUERIES[0])
        paths = [Path(output) / url[len(base):].split("?")[0] for url in fetched]
        first_query = {"files": len(paths), "raw": sum(p.stat().st_size for p in paths), "served": sum(map(served_size, paths))}
        rows = []
        for query in QUERIES[1:]:
            cold, status = page.evaluate(TIMED_QUERY, query)
            warm, _ = page.evaluate(TIMED_QUERY, query)
            rows.append((query, cold, warm, status))
        browser.close()
    return first, first_query, rows


def report(count, corpus, timings, index, first, first_query, rows):
    kb = 1024
    print(f"\nSearch benchmark: {count} generated articles, {corpus} corpus\n")
    print(f"{'whole Pelican build':<46}{timings['build']:>10.1f} s")
    print(f"{'  writing the documents to index':<46}{timings['documents']:>10.2f} s")
    print(f"{'  waiting for pagefind after writing the pages':<46}{timings['pagefind']:>10.2f} s")
    print(f"{'index size (files / total)':<46}{index[0]:>6} / {index[1] / kb / kb:.1f} MB")
    print(f"{'first query: files fetched':<46}{first_query['files']:>10}")
    print(f"{'first query: bytes, as served here':<46}{first_query['raw'] / kb:>10.0f} KB")
    verdict = "ok" if first_query["served"] <= TARGET_FIRST_QUERY else "OVER TARGET"
    print(f"{'first query: bytes, gzip host (target 200 KB)':<46}{first_query['served'] / kb:>10.0f} KB  {verdict}")
    print(f"{'first query: time to results':<46}{first:>10.0f} ms\n")
    print(f"{'query':<28}{'new term ms':>12}{'repeat ms':>11}  results")
    for query, cold, warm, status in rows:
        found = re.search(r"\d+", status)
        print(f"{query:<28}{cold:>12.0f}{warm:>11.0f}  {found.group(0) if found else 0}")
    new_median = statistics.median(row[1] for row in rows)
    warm_median = statistics.median(row[2] for row in rows)
    verdict = "ok" if new_median <= TARGET_WARM_MEDIAN else "OVER TARGET"
    print(f"\n{'median, terms not searched before':<46}{new_median:>10.0f} ms  {verdict} (target 100 ms)")
    print(f"{'median, repeated queries':<46}{warm_median:>10.0f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--corpus", choices=["repeated", "varied"], default="repeated")
    parser.add_argument("--keep", help="build in this folder and keep it (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep or scratch)
        generate(folder / "content", args.articles, varied=args.corpus == "varied")
        timings = build(folder / "content", folder / "output", folder / "cache")
        index = folder_size(folder / "output" / "pagefind")
        first, first_query, rows = measure_browser(folder / "output")
        report(args.articles, args.corpus, timings, index, first, first_query, rows)


if __name__ == "__main__":
    main()
