"""Search relevance benchmark: real articles, readers' queries, the real search page in Chromium.

    .venv/bin/python -m benchmarks.search_relevance [--keep DIR] [--json FILE]

Builds a site from tests/search_relevance/articles/*.md (real excerpts from other
districts, each with its `source`) plus content/data/*.yml, with the site's
pelicanconf.py and the real Pagefind; serves it locally; runs every query of every
tests/search_relevance/queries-*.yml through /tim-kiem/?q=... in Chromium and reads
the result URLs in order. Each query names the article (file stem) a reader wants.

Reports per kind and overall: queries, top-1 %, top-3 %, MRR, and how many queries
ended on an empty result page; then the misses (expected article not in the top 3).
"""

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import yaml  # noqa: E402

sys.path.insert(0, str(ROOT / "tests" / "search"))
import searchsite  # noqa: E402

CORPUS = ROOT / "tests" / "search_relevance"
KINDS = ("no_diacritics", "tone_or_iy", "d_for_dj", "abbreviation", "extra_or_missing_words")
FIELDS = {"query", "kind", "expect"}


class QueryFileError(ValueError):
    """A query file entry that cannot be run: the message names the file and the entry's line."""


def articles(folder=CORPUS / "articles"):
    """{stem: path} of the benchmark's articles."""
    return {path.stem: path for path in sorted(Path(folder).glob("*.md"))}


class _LineLoader(yaml.SafeLoader):
    """Keeps each mapping's line number under the key "__line__"."""


def _mapping_with_line(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def load_queries(folder=CORPUS, known=None):
    """[{query, kind, expect, file, line}] from every queries-*.yml, checked strictly."""
    known = set(articles(Path(folder) / "articles") if known is None else known)
    entries = []
    files = sorted(Path(folder).glob("queries-*.yml"))
    if not files:
        raise QueryFileError(f"{folder}: no queries-*.yml")
    for path in files:
        name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (a SafeLoader)
        except yaml.YAMLError as error:
            raise QueryFileError(f"{name}: not valid YAML: {error}") from error
        if not isinstance(data, list):
            raise QueryFileError(f"{name}: must be a list of {{query, kind, expect}}")
        for number, entry in enumerate(data, 1):
            where = f"{name}:{entry.get('__line__', '?') if isinstance(entry, dict) else '?'} (entry {number})"
            if not isinstance(entry, dict):
                raise QueryFileError(f"{where}: not a mapping: {entry!r}")
            fields = set(entry) - {"__line__"}
            if fields != FIELDS:
                missing, unknown = FIELDS - fields, fields - FIELDS
                raise QueryFileError(f"{where}: fields must be query, kind, expect"
                                     + (f"; missing {sorted(missing)}" if missing else "")
                                     + (f"; unknown {sorted(unknown)}" if unknown else ""))
            query, kind, expect = entry["query"], entry["kind"], entry["expect"]
            if not isinstance(query, str) or not query.strip():
                raise QueryFileError(f"{where}: empty query")
            if kind not in KINDS:
                raise QueryFileError(f"{where}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
            if expect not in known:
                raise QueryFileError(f"{where}: expect {expect!r} names no article in {Path(folder, 'articles')}")
            entries.append({"query": query, "kind": kind, "expect": expect, "file": str(name), "line": entry["__line__"]})
    return entries


def front_matter(path):
    _, front, body = Path(path).read_text(encoding="utf-8").split("---", 2)
    return yaml.safe_load(front), body


def write_content(content, folder=CORPUS / "articles"):
    """Copy the articles (each given its stem as slug unless it has one) and content/data; {slug: stem}."""
    slugs = {}
    for stem, path in articles(folder).items():
        text = path.read_text(encoding="utf-8")
        meta, _ = front_matter(path)
        slug = meta.get("slug")
        if not slug:
            slug = stem
            text = text.replace("---\n", f"---\nslug: {stem}\n", 1)
        slugs[str(slug)] = stem
        target = content / "articles" / f"{stem}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (content / "data").mkdir(parents=True, exist_ok=True)
    for data in sorted((ROOT / "content" / "data").glob("*.yml")):
        (content / "data" / data.name).write_text(data.read_text(encoding="utf-8"), encoding="utf-8")
    return slugs


def build(root):
    """Build the benchmark site under root with the site's settings; {slug: stem}."""
    from pelican import Pelican  # noqa: PLC0415
    from pelican.settings import read_settings  # noqa: PLC0415

    root = Path(root)
    slugs = write_content(root / "content")
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(root / "content"), "OUTPUT_PATH": str(root / "output"), "CACHE_PATH": str(root / "cache"),
    })
    Pelican(settings).run()
    return slugs


# True once the search page has shown and announced the outcome: the tests' own condition.
SEARCH_DONE = searchsite.SEARCH_DONE
RESULT_URLS = "() => [...document.querySelectorAll('[data-search-results] > li h2 a')].map(a => a.getAttribute('href'))"


def stem_of(url, slugs):
    match = re.search(r"/([^/?#]+)/?(?:[?#].*)?$", url)
    return slugs.get(match.group(1)) if match else None


def chromium_settings():
    """(CHROMIUM, CHROMIUM_ARGS) from tests/conftest.py, loaded by path: under pytest "conftest" is another module."""
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.spec_from_file_location("_site_tests_conftest", ROOT / "tests" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CHROMIUM, module.CHROMIUM_ARGS


def run_queries(output, queries, slugs, browser=None):
    """Each query with `found`: the article stems of its results, in order (None for other pages).

    browser: a Playwright browser to use (the tests' session browser); default: launch Chromium here."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    from plugins.libs.static_site_server import serve  # noqa: PLC0415

    def read(instance, base):
        context = instance.new_context()
        page = context.new_page()
        for entry in queries:
            page.goto(base + "tim-kiem/?" + urlencode({"q": entry["query"]}))
            page.wait_for_function(SEARCH_DONE, timeout=15_000)
            urls = page.evaluate(RESULT_URLS)
            rows.append({**entry, "found": [stem_of(url, slugs) for url in urls]})
        context.close()

    rows = []
    with serve(output) as base:
        if browser is not None:
            read(browser, base)
        else:
            chromium, chromium_args = chromium_settings()
            with sync_playwright() as playwright:
                instance = playwright.chromium.launch(executable_path=chromium, args=chromium_args)
                read(instance, base)
                instance.close()
    return rows


def rank(row):
    """1-based position of the expected article, or None."""
    return row["found"].index(row["expect"]) + 1 if row["expect"] in row["found"] else None


def figures(rows):
    """{kind or "overall": {queries, top1, top3, mrr, empty}} with percentages 0-100."""
    result = {}
    for kind in (*KINDS, "overall"):
        group = [row for row in rows if kind in ("overall", row["kind"])]
        if not group:
            continue
        ranks = [rank(row) for row in group]
        result[kind] = {
            "queries": len(group),
            "top1": 100 * sum(r == 1 for r in ranks) / len(group),
            "top3": 100 * sum(r is not None and r <= 3 for r in ranks) / len(group),
            "mrr": sum(1 / r for r in ranks if r) / len(group),
            "empty": sum(not row["found"] for row in group),
        }
    return result


def misses(rows):
    return [row for row in rows if not (rank(row) and rank(row) <= 3)]


def report(rows, table, out=sys.stdout):
    print(f"\nSearch relevance: {len({row['expect'] for row in rows})} articles expected, {len(rows)} queries\n", file=out)
    print(f"{'kind':<24}{'queries':>8}{'top-1':>8}{'top-3':>8}{'MRR':>7}{'empty':>7}", file=out)
    for kind, f in table.items():
        print(f"{kind:<24}{f['queries']:>8}{f['top1']:>7.0f}%{f['top3']:>7.0f}%{f['mrr']:>7.2f}{f['empty']:>7}", file=out)
    missed = misses(rows)
    print(f"\nMisses (expected article not in the top 3): {len(missed)}", file=out)
    for row in missed:
        first = row["found"][0] if row["found"] else "(no results)"
        where = f"rank {rank(row)}" if rank(row) else "not found"
        print(f"  [{row['kind']}] {row['query']!r} → {row['expect']} ({where}); first: {first}", file=out)


def run(root, browser=None):
    """Build under root, run every query; (rows, figures)."""
    queries = load_queries()
    slugs = build(root)
    rows = run_queries(Path(root) / "output", queries, slugs, browser)
    return rows, figures(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="build in this folder and keep it (default: a temporary folder)")
    parser.add_argument("--json", help="write the figures and the misses to this file")
    args = parser.parse_args()
    try:
        load_queries()
    except QueryFileError as error:
        raise SystemExit(str(error)) from error
    with tempfile.TemporaryDirectory() as scratch:
        rows, table = run(Path(args.keep or scratch))
    report(rows, table)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "figures": table,
            "misses": [{k: row[k] for k in ("query", "kind", "expect", "found", "file", "line")} for row in misses(rows)],
        }, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
