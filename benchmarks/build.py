"""Build benchmark: our complete site against vanilla Pelican 4.12 on the same articles.

    python -m benchmarks.build --sizes 1000 10000     (or: ./dev bench)

For each size: generate the articles, then for each site a cold build (empty
cache), a warm rebuild after editing one article (cache on), peak memory
(every process of the build at once: Pelican, its reading workers, Pagefind),
pages written and output size; ratios ours/vanilla are measured in the same run.
"plain" is our site with its speed-ups off (SPEEDUPS_ENABLED = False): ours/plain
is what the speed-ups save.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .corpus import ROOT, generate

# name: (settings file, settings overridden on the command line)
SITES = {
    "ours": (ROOT / "pelicanconf.py", {}),
    "plain": (ROOT / "pelicanconf.py", {"SPEEDUPS_ENABLED": False}),
    "vanilla": (Path(__file__).with_name("vanillaconf.py"), {}),
}


@dataclass
class Run:
    seconds: float
    peak_mib: float
    cpu_seconds: float = 0.0  # user + system, of the build and the processes it waited for (workers, Pagefind)


PAGE_MIB = os.sysconf("SC_PAGE_SIZE") / 2**20


def tree_rss_mib(root):
    """Resident memory of `root` and all its descendants (reading workers, Pagefind) at this moment."""
    parents, rss = {}, {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                fields = open(f"/proc/{entry.name}/stat").read().rpartition(")")[2].split()
            except OSError:
                continue  # ended meanwhile
            parents[int(entry.name)], rss[int(entry.name)] = int(fields[1]), int(fields[21]) * PAGE_MIB
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def measure(command):
    """Wall time and peak resident memory of one build: the processes running at once, summed
    (sampled every 0.1 s), or the largest single process if a sample missed its peak."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.wait(0.1):
            peak[0] = max(peak[0], tree_rss_mib(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"build failed: {' '.join(map(str, command))}\n{stderr.decode(errors='replace')[-3000:]}")
    return Run(seconds, max(peak[0], usage.ru_maxrss / 1024), usage.ru_utime + usage.ru_stime)


def pelican(site, content, output, cache):
    settings, overrides = site
    extra = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(cache), **overrides}
    return [sys.executable, "-m", "pelican", str(content), "-s", str(settings), "-o", str(output),
            "-e", *(f"{key}={json.dumps(value)}" for key, value in extra.items())]


def output_figures(folder):
    files = [path for path in Path(folder).rglob("*") if path.is_file()]
    pages = sum(1 for path in files if path.suffix == ".html")
    return pages, sum(path.stat().st_size for path in files) / 2**20


def edit_one(content):
    """Append a sentence to one article, as an editor's fix would."""
    article = sorted((Path(content) / "articles").rglob("*.md"))[0]
    with article.open("a", encoding="utf-8") as handle:
        handle.write("\nĐính chính: bổ sung một câu sau khi đăng.\n")


def bench_size(count, work):
    content = work / "content"
    generate(count, content)
    for folder in ("data", "pages"):  # the vocabulary and fixed pages our site reads
        if (ROOT / "content" / folder).is_dir():
            shutil.copytree(ROOT / "content" / folder, content / folder)
    results = {}
    for name, settings in SITES.items():
        output, cache = work / f"output-{name}", work / f"cache-{name}"
        cold = measure(pelican(settings, content, output, cache))
        pages, size = output_figures(output)
        results[name] = {"cold": cold, "pages": pages, "size": size}
    edit_one(content)
    for name, settings in SITES.items():
        output, cache = work / f"output-{name}", work / f"cache-{name}"
        results[name]["warm"] = measure(pelican(settings, content, output, cache))
    return results


def table(all_results):
    lines = [
        "| articles | site | cold build s | warm rebuild s | warm/cold | peak MiB | pages | output MiB |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for count, results in all_results.items():
        for name in SITES:
            r = results[name]
            lines.append(
                f"| {count} | {name} | {r['cold'].seconds:.2f} | {r['warm'].seconds:.2f} | "
                f"{r['warm'].seconds / r['cold'].seconds:.0%} | {r['cold'].peak_mib:.0f} | {r['pages']} | {r['size']:.1f} |"
            )
        ours, vanilla = results["ours"], results["vanilla"]
        lines.append(
            f"| {count} | ours/vanilla | {ours['cold'].seconds / vanilla['cold'].seconds:.2f} | "
            f"{ours['warm'].seconds / vanilla['warm'].seconds:.2f} | | "
            f"{ours['cold'].peak_mib / vanilla['cold'].peak_mib:.2f} | | |"
        )
        plain = results["plain"]
        lines.append(
            f"| {count} | ours/plain | {ours['cold'].seconds / plain['cold'].seconds:.2f} | "
            f"{ours['warm'].seconds / plain['warm'].seconds:.2f} | | "
            f"{ours['cold'].peak_mib / plain['cold'].peak_mib:.2f} | | |"
        )
    counts = sorted(all_results)
    if len(counts) > 1:
        small, large = counts[0], counts[-1]
        for name in SITES:
            ratio = all_results[large][name]["cold"].seconds / all_results[small][name]["cold"].seconds
            lines.append(f"\ntime({large}) / time({small}), {name}: {ratio:.1f}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", help="keep the generated sites in this folder")
    args = parser.parse_args(argv)
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        all_results = {}
        for count in args.sizes:
            work = root / f"n{count}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            all_results[count] = bench_size(count, work)
            print(f"{count} articles: done", file=sys.stderr)
        print(table(all_results))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
