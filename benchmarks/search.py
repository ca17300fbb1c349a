"""Search benchmark: build a generated archive with the real Pelican and Pagefind, query it in Chromium.

    .venv/bin/python -m benchmarks.search [--articles 10000] [--corpus varied] [--keep FOLDER] [--repeat 3]
    .venv/bin/python -m benchmarks.search --measure FOLDER/output [--repeat 3]   (a site built before)

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

Reports what the reader waits for, each the median of --repeat fresh browser
contexts (no cache): the bytes fetched after submitting a first two-word query
(Pagefind's code and page lists load when the page opens), everything fetched
from opening the page to the first results, and the time from submitting to
results on screen for words new to the page and for words searched before in
it, for everyday words, rarer ones and queries with a word no article has
(those include the extra searches of the fallback). Also the whole build time,
the build's peak memory (this process and its children, Pagefind included,
sampled every 50 ms) and the index size. Targets: TARGETS below.
"""

import argparse
import datetime
import gzip
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import yaml  # noqa: E402

# The first is searched first in each fresh page: the bytes of a first two-word query.
EVERYDAY = ["hội nghị", "dân vận", "giao ban", "dan van", "hoi nghi", "Đảng ủy", "dai hoi", "phụ nữ"]
RARER = [
    "thủy lợi", "covid", "cựu chiến binh", "quy che dan chu", "mặt trận tổ quốc", "Hoà Thành", "an toàn giao thông",
    "xây dựng nông thôn mới",
]
# A word no article has, or words no article holds together: the fallback's extra searches.
FALLBACK = ["dân vận xyzqv", "giao ban qwzxv", "covid thủy lợi cựu chiến binh hòa giải"]
QUERIES = EVERYDAY + RARER + FALLBACK
CATEGORIES = ["Giao ban", "Tổng kết năm", "Tin hoạt động", "Dân vận chính quyền", "Dân vận khéo"]
ORGANIZATIONS = ["ban-dan-van", "mttq", "hoi-nong-dan", "hoi-lhpn", "doan-thanh-nien", "hoi-ccb", "ubnd"]
KB, GIB = 1024, 1024 ** 3
TARGETS = {
    "after_submit": 150 * KB,  # bytes after submitting a first two-word query, gzip host
    "first_query": 500 * KB,  # bytes from opening the page to the first results, gzip host
    "new_ms": 300,  # median, words new to the page
    "repeat_ms": 150,  # median, words searched before in the page
    "peak_memory": 3 * GIB,  # the build, Pagefind included
}
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


def build(content, output, cache, part_size=None):
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
        **({"SEARCH_PART_SIZE": part_size} if part_size else {}),
    })
    pagefind_cli.binary(settings | search.SETTINGS.defaults)  # fetch before timing
    sampler = PeakMemory()
    start = time.perf_counter()
    with sampler:
        Pelican(settings).run()
    timings["build"] = time.perf_counter() - start
    timings["peak_memory"] = sampler.peak
    return timings


class PeakMemory:
    """The largest sum of resident memory of this process and all its descendants, sampled in a thread."""

    def __init__(self, interval=0.05):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()

    @staticmethod
    def _resident(pid):
        try:
            with open(f"/proc/{pid}/statm") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return 0

    @staticmethod
    def _tree(root):
        children = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as stat:
                        parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
                children.setdefault(parent, []).append(int(entry))
        found, todo = [], [root]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo += children.get(pid, [])
        return found

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(map(self._resident, self._tree(os.getpid()))))
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


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


def measure_once(browser, base, output):
    """One fresh context: bytes of the first query, then each query's time new to the page and repeated."""
    context = browser.new_context()  # no HTTP cache from another run
    page = context.new_page()
    fetched = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    since_open = len(fetched)
    page.goto(base + "tim-kiem/")
    page.wait_for_load_state("networkidle")  # Pagefind's code and page lists, loaded as the page opens
    before_submit = len(fetched)
    first_ms, _ = page.evaluate(TIMED_QUERY, QUERIES[0])
    sizes = {}
    for name, start in (("after_submit", before_submit), ("first_query", since_open)):
        paths = [Path(output) / url[len(base):].split("?")[0] for url in fetched[start:]]
        paths = [path / "index.html" if path.is_dir() else path for path in paths]
        sizes[name] = {"files": len(paths), "raw": sum(p.stat().st_size for p in paths), "served": sum(map(served_size, paths))}
    times = {QUERIES[0]: [first_ms, page.evaluate(TIMED_QUERY, QUERIES[0])[0], ""]}
    for query in QUERIES[1:]:
        new, status = page.evaluate(TIMED_QUERY, query)
        repeat, _ = page.evaluate(TIMED_QUERY, query)
        times[query] = [new, repeat, status]
    times[QUERIES[0]][2] = page.evaluate(TIMED_QUERY, QUERIES[0])[1]
    context.close()
    return sizes, times


def measure_browser(output, repeat):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415
    from plugins.libs.static_site_server import serve  # noqa: PLC0415

    from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: PLC0415

    with sync_playwright() as playwright, serve(output) as base:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        runs = [measure_once(browser, base, output) for _ in range(repeat)]
        browser.close()
    median = statistics.median
    sizes = {name: {key: median(run[0][name][key] for run in runs) for key in ("files", "raw", "served")} for name in runs[0][0]}
    times = {query: (median(run[1][query][0] for run in runs), median(run[1][query][1] for run in runs), runs[-1][1][query][2])
             for query in QUERIES}
    return sizes, times


def verdict(value, target):
    return "ok" if value <= target else "OVER TARGET"


def report(count, corpus, repeat, timings, index, sizes, times):
    print(f"\nSearch benchmark: {count} articles, {corpus}; browser figures are medians of {repeat} runs\n")
    if timings:
        print(f"{'whole Pelican build':<52}{timings['build']:>10.1f} s")
        print(f"{'  writing the documents to index':<52}{timings['documents']:>10.2f} s")
        print(f"{'  waiting for pagefind after writing the pages':<52}{timings['pagefind']:>10.2f} s")
        peak = timings["peak_memory"]
        print(f"{'build peak memory, Pagefind included':<52}{peak / GIB:>10.2f} GiB  {verdict(peak, TARGETS['peak_memory'])} (target 3 GiB)")
    print(f"{'index size (files / total)':<52}{index[0]:>6} / {index[1] / KB / KB:.1f} MB")
    for name, label in (("after_submit", f"after submitting “{QUERIES[0]}”"), ("first_query", "opening the page to the first results")):
        size, target = sizes[name], TARGETS[name]
        print(f"{'bytes ' + label:<52}{size['files']:>5.0f} files {size['raw'] / KB:>6.0f} KB raw, "
              f"{size['served'] / KB:>4.0f} KB gzip  {verdict(size['served'], target)} (target {target // KB} KB)")
    print(f"\n{'query':<44}{'new ms':>8}{'again ms':>10}  status")
    for query, (new, again, status) in times.items():
        found = re.search(r"\d+", status)
        note = ("fallback " if status.startswith("Không có bài nào") else "") + (found.group(0) if found else "0")
        print(f"{query:<44}{new:>8.0f}{again:>10.0f}  {note}")
    print()
    for label, queries in (("everyday words", EVERYDAY), ("rarer words", RARER), ("with the fallback", FALLBACK), ("all queries", QUERIES)):
        new = statistics.median(times[query][0] for query in queries)
        again = statistics.median(times[query][1] for query in queries)
        print(f"{'median, ' + label + ': new / searched before':<52}{new:>6.0f} / {again:>4.0f} ms  "
              f"{verdict(new, TARGETS['new_ms'])} / {verdict(again, TARGETS['repeat_ms'])} (targets 300 / 150 ms)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--corpus", choices=["repeated", "varied"], default="repeated")
    parser.add_argument("--keep", help="build in this folder and keep it (default: a temporary folder)")
    parser.add_argument("--measure", help="only measure this site's output folder, built before (no build figures)")
    parser.add_argument("--part-size", type=int, help="SEARCH_PART_SIZE for this build (default: the site's)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh browser runs; figures are their medians")
    args = parser.parse_args()
    if args.measure:
        sizes, times = measure_browser(Path(args.measure), args.repeat)
        count = len(list((Path(args.measure) / "pagefind").glob("*/fragment/*.pf_fragment")))
        report(count, f"the site in {args.measure}", args.repeat, None, folder_size(Path(args.measure) / "pagefind"), sizes, times)
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep or scratch)
        generate(folder / "content", args.articles, varied=args.corpus == "varied")
        timings = build(folder / "content", folder / "output", folder / "cache", args.part_size)
        index = folder_size(folder / "output" / "pagefind")
        sizes, times = measure_browser(folder / "output", args.repeat)
        report(args.articles, f"generated, {args.corpus} corpus", args.repeat, timings, index, sizes, times)


if __name__ == "__main__":
    main()
