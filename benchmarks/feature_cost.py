"""What one feature plugin adds to the build: the same site with and without it, in turns.

    python -m benchmarks.feature_cost --size 10000 --rounds 3 plugins.features.cited_documents [more plugins]

Builds the site with every plugin, then without each plugin named, in turns (with,
without A, without B, with, ...), so that a slower or faster spell of a shared machine
touches every side alike; the median of each round's ratio is that plugin's cost. "Without"
drops the plugin from PLUGINS and the values it derives while articles are read
(FRONT_MATTER_DERIVED). Each build is cold (empty cache) then warm (one article edited,
cache on), as in build.py.

To measure what a plugin derives while articles are read, alone: `--derived-only` keeps the
plugin on both sides and drops only its FRONT_MATTER_DERIVED values from "without", and
`--setting KEY=JSON` (for every site) can make the plugin show nothing of them, as in
`--derived-only --setting DOCUMENTS_DETECT=false`: then "with/without" is what detecting
cited documents costs, pages aside.

Besides wall time, each build's CPU time (user + system, reading workers and Pagefind
included) is reported: it moves much less than wall time when the machine is shared.
"""

import argparse
import json
import runpy
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from .build import edit_one, measure, pelican
from .corpus import ROOT, generate


def without(plugins, derived_only=False):
    """Settings overrides that build our site without `plugins` (dotted names), or, with
    `derived_only`, with them but without what they derive while articles are read."""
    settings = runpy.run_path(str(ROOT / "pelicanconf.py"))
    unknown = set(plugins) - set(settings["PLUGINS"])
    if unknown:
        raise SystemExit(f"not in PLUGINS: {', '.join(sorted(unknown))}")
    derived = {
        key: path for key, path in settings.get("FRONT_MATTER_DERIVED", {}).items()
        if not any(path.startswith(plugin + ".") for plugin in plugins)
    }
    if derived_only:
        return {"FRONT_MATTER_DERIVED": derived}
    kept = [name for name in settings["PLUGINS"] if name not in plugins]
    return {"PLUGINS": kept, "STRICT_BUILD_PLUGINS": kept, "FRONT_MATTER_DERIVED": derived}


def setting(text):
    """KEY=JSON from the command line: ("DOCUMENTS_DETECT", False)."""
    key, _, value = text.partition("=")
    try:
        return key, json.loads(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text}: not KEY=JSON ({error})") from None


def run(size, plugins, rounds, work, settings=None, derived_only=False):
    content = work / "content"
    generate(size, content)
    for folder in ("data", "pages"):
        if (ROOT / "content" / folder).is_dir():
            shutil.copytree(ROOT / "content" / folder, content / folder)
    settings = dict(settings or {})
    sites = {"with": (ROOT / "pelicanconf.py", settings)}
    sites.update({plugin: (ROOT / "pelicanconf.py", {**settings, **without([plugin], derived_only)}) for plugin in plugins})
    times = {name: {kind: [] for kind in ("cold", "warm", "cold cpu", "warm cpu")} for name in sites}
    for turn in range(rounds):
        for name, site in sites.items():
            output, cache = work / f"output-{turn_name(name)}", work / f"cache-{turn_name(name)}"
            shutil.rmtree(cache, ignore_errors=True)
            record(times[name], "cold", measure(pelican(site, content, output, cache)))
        edit_one(content)
        for name, site in sites.items():
            output, cache = work / f"output-{turn_name(name)}", work / f"cache-{turn_name(name)}"
            record(times[name], "warm", measure(pelican(site, content, output, cache)))
        print(f"round {turn + 1}/{rounds} done", file=sys.stderr)
    return times


def record(times, kind, build):
    times[kind].append(build.seconds)
    times[f"{kind} cpu"].append(build.cpu_seconds)


def turn_name(name):
    return name.rpartition(".")[2]


def table(size, plugins, times, settings=None, derived_only=False):
    """Medians, and the ratio of each round's builds: a round's "with" and "without" ran minutes
    apart, so their ratio moves much less from round to round than either time does."""
    changed = ", ".join(f"{key}={json.dumps(value)}" for key, value in (settings or {}).items())
    lines = [
        f"{size} articles, {len(times['with']['cold'])} rounds"
        + ("; without: the plugin's derived values only" if derived_only else "")
        + (f"; every site has {changed}" if changed else ""),
        "| plugin | build | with s | without s | with/without | each round | with, each run | without, each run |",
        "|---|---|---:|---:|---:|---|---|---|",
    ]
    each = lambda values, digits=2: " ".join(f"{value:.{digits}f}" for value in values)  # noqa: E731
    for plugin in plugins:
        for kind in ("cold", "warm", "cold cpu", "warm cpu"):
            ours, theirs = times["with"][kind], times[plugin][kind]
            ratios = [a / b for a, b in zip(ours, theirs)]
            lines.append(
                f"| {turn_name(plugin)} | {kind} | {statistics.median(ours):.2f} | {statistics.median(theirs):.2f} | "
                f"{statistics.median(ratios):.3f} | {each(ratios, 3)} | {each(ours)} | {each(theirs)} |"
            )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plugins", nargs="+", help="dotted plugin names, as in PLUGINS")
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--setting", type=setting, action="append", default=[], metavar="KEY=JSON",
                        help="a setting of every site built, e.g. DOCUMENTS_DETECT=false")
    parser.add_argument("--derived-only", action="store_true",
                        help="without: keep the plugins, drop only their FRONT_MATTER_DERIVED values")
    args = parser.parse_args(argv)
    settings = dict(args.setting)
    work = Path(tempfile.mkdtemp(prefix="feature-cost-"))
    try:
        times = run(args.size, args.plugins, args.rounds, work, settings, args.derived_only)
        print(table(args.size, args.plugins, times, settings, args.derived_only))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
