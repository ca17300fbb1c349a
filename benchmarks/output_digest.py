"""The sha256 of every file the build writes, for the archive and a generated corpus.

A change meant to keep behaviour (a refactoring, a dependency bump) is checked by
writing the manifest before and after it and comparing the two files:

    .venv/bin/python -m benchmarks.output_digest --out before.txt
    ... change ...
    .venv/bin/python -m benchmarks.output_digest --out after.txt
    diff before.txt after.txt
"""

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.corpus import generate

ROOT = Path(__file__).resolve().parent.parent


def build(settings, content, output, cache):
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(settings), "-o", str(output),
               "-e", f'CACHE_PATH="{cache}"']
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(f"build failed: {' '.join(command)}\n{run.stderr[-3000:]}")


def manifest(label, folder):
    lines = []
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {label}/{path.relative_to(folder).as_posix()}")
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="file to write the manifest to")
    parser.add_argument("--articles", type=int, default=1000, help="size of the generated corpus")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="digest-") as work:
        work = Path(work)
        corpus = work / "corpus"
        generate(args.articles, corpus)
        shutil.copytree(ROOT / "content" / "data", corpus / "data")
        sites = [
            ("archive", ROOT / "pelicanconf.py", ROOT / "content"),
            ("archive-publish", ROOT / "publishconf.py", ROOT / "content"),
            (f"corpus-{args.articles}", ROOT / "pelicanconf.py", corpus),
        ]
        lines = []
        for label, settings, content in sites:
            build(settings, content, work / label, work / f"cache-{label}")
            lines += manifest(label, work / label)
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines)} files")


if __name__ == "__main__":
    main()
