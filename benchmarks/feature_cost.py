"""What one feature plugin adds to the build: the same site with and without it, in turns.

    python -m benchmarks.feature_cost --size 10000 --rounds 3 plugins.features.cited_documents [more plugins]

Builds the site with every plugin, then without each plugin named, in turns (with,
without A, without B, with, ...), so that a slower or faster spell of a shared machine
touches every side alike; the ratio of the medians is that plugin's cost. "Without"
drops the plugin from PLUGINS and the values it derives while articles are read
(FRONT_MATTER_DERIVED). Each build is cold (empty cache) then warm (one article edited,
cache on), as in build.py.
"""

import argparse
import runpy
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from .build import edit_one, measure, pelican
from .corpus import ROOT, generate


def without(plugins):
    """Settings overrides that build our site without `plugins` (dotted names)."""
    settings = runpy.run_path(str(ROOT / "pelicanconf.py"))
    kept = [name for name in settings["PLUGINS"] if name not in plugins]
    unknown = set(plugins) - set(settings["PLUGINS"])
    if unknown:
        raise SystemExit(f"not in PLUGINS: {', '.join(sorted(unknown))}")
    derived = {
        key: path for key, path in settings.get("FRONT_MATTER_DERIVED", {}).items()
        if not any(path.startswith(plugin + ".") for plugin in plugins)
    }
    return {"PLUGINS": kept, "STRICT_BUILD_PLUGINS": kept, "FRONT_MATTER_DERIVED": derived}


def run(size, plugins, rounds, work):
    content = work / "content"
    generate(size, content)
    for folder in ("data", "pages"):
        if (ROOT / "content" / folder).is_dir():
            shutil.copytree(ROOT / "content" / folder, content / folder)
    sites = {"with": (ROOT / "pelicanconf.py", {})}
    sites.update({plugin: (ROOT / "pelicanconf.py", without([plugin])) for plugin in plugins})
    times = {name: {"cold": [], "warm": []} for name in sites}
    for turn in range(rounds):
        for name, site in sites.items():
            output, cache = work / f"output-{turn_name(name)}", work / f"cache-{turn_name(name)}"
            shutil.rmtree(cache, ignore_errors=True)
            times[name]["cold"].append(measure(pelican(site, content, output, cache)).seconds)
        edit_one(content)
        for name, site in sites.items():
            output, cache = work / f"output-{turn_name(name)}", work / f"cache-{turn_name(name)}"
            times[name]["warm"].append(measure(pelican(site, content, output, cache)).seconds)
        print(f"round {turn + 1}/{rounds} done", file=sys.stderr)
    return times


def turn_name(name):
    return name.rpartition(".")[2]


def table(size, plugins, times):
    lines = [
        f"{size} articles, median of {len(times['with']['cold'])} builds each",
        "| plugin | build | with s | without s | with/without | with, each run | without, each run |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    each = lambda values: " ".join(f"{value:.2f}" for value in values)  # noqa: E731
    for plugin in plugins:
        for kind in ("cold", "warm"):
            a, b = statistics.median(times["with"][kind]), statistics.median(times[plugin][kind])
            lines.append(
                f"| {turn_name(plugin)} | {kind} | {a:.2f} | {b:.2f} | {a / b:.3f} | "
                f"{each(times['with'][kind])} | {each(times[plugin][kind])} |"
            )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plugins", nargs="+", help="dotted plugin names, as in PLUGINS")
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="feature-cost-"))
    try:
        print(table(args.size, args.plugins, run(args.size, args.plugins, args.rounds, work)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
