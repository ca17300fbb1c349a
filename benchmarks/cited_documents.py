"""Time cited-document detection on a generated archive: `python -m benchmarks.cited_documents [N]`.

Generates N articles (10,000 by default) from the archive's own paragraphs with
benchmarks.corpus, then runs find_mentions on each headline and body; prints the
CPU time per article (steady on a shared machine) and the documents found. Nothing is built.
"""

import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import generate
from plugins.features.cited_documents.detect import find_mentions


def main(count=10_000):
    with tempfile.TemporaryDirectory() as folder:
        texts = []
        for path in generate(count, folder):
            front, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
            title = next(line for line in front.splitlines() if line.startswith("title:"))
            texts.append((title[len("title:"):].strip(), body))
    characters = sum(len(title) + len(body) for title, body in texts)
    started, cpu_started = time.perf_counter(), time.process_time()
    found = sum(len(find_mentions(title)) + len(find_mentions(body)) for title, body in texts)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"{count} articles, {characters / count:,.0f} characters each on average, {found} mentions found")
    # CPU time is what this process used, whatever else the machine runs meanwhile.
    print(f"{cpu / count * 1000:.3f} ms of CPU per article ({elapsed / count * 1000:.3f} ms elapsed)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
