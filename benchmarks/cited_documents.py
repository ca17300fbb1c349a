"""What cited-document detection adds to reading an article: `python -m benchmarks.cited_documents [N]`.

Generates N articles (10,000 by default) from the archive's own paragraphs with
benchmarks.corpus, renders their Markdown, then computes the values the reading workers
derive from each article (FRONT_MATTER_DERIVED in pelicanconf.py) with and without
detection, in turns; prints the CPU time per article of each (steady on a shared machine,
where wall time is not) and what detection adds. The other derived values read the same
visible text, as in a build, so what they share is not counted twice. Nothing is built.
"""

import runpy
import statistics
import sys
import tempfile
import time

import markdown

from benchmarks.corpus import ROOT, generate
from plugins.features.front_matter.render import derived_functions

DETECTION = "cited_documents"  # its key in FRONT_MATTER_DERIVED
ROUNDS = 3


def articles(count):
    """[(title, body HTML)] of `count` generated articles."""
    with tempfile.TemporaryDirectory() as folder:
        texts = []
        for path in generate(count, folder):
            front, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
            title = next(line for line in front.splitlines() if line.startswith("title:"))
            texts.append((title[len("title:"):].strip(), markdown.markdown(body)))
    return texts


def cpu_per_article(texts, functions):
    started = time.process_time()
    for title, body in texts:
        for function in functions:
            function(title, body)
    return (time.process_time() - started) / len(texts) * 1000


def main(count=10_000):
    texts = articles(count)
    every = derived_functions(runpy.run_path(str(ROOT / "pelicanconf.py")))
    others = [function for key, function in every.items() if key != DETECTION]
    cpu_per_article(texts[:100], every.values())  # imports, compiled patterns, caches of spellings
    times = {"with": [], "without": []}
    for _ in range(ROUNDS):
        times["without"].append(cpu_per_article(texts, others))
        times["with"].append(cpu_per_article(texts, every.values()))
    characters = sum(len(title) + len(body) for title, body in texts) / count
    found = sum(len(every[DETECTION](title, body)) for title, body in texts) / count
    with_, without = statistics.median(times["with"]), statistics.median(times["without"])
    print(f"{count} articles of {characters:,.0f} characters of HTML on average, {found:.1f} documents cited in each")
    print(f"derived values without detection: {without:.3f} ms of CPU per article; with it: {with_:.3f} ms")
    print(f"detection adds {with_ - without:.3f} ms of CPU per article (median of {ROUNDS} rounds)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
