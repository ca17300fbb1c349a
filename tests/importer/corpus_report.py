"""Accuracy of the importer on real portal pages (tests/importer/corpus/), against hand-written gold files.

Each page `<family>-<site>-<n>.txt` has `<same>.gold.yml`: source, family, title, date (ISO or
null when the page has none), author, unit, and chrome (the page's own menu, counter, footer
lines). Run `.venv/bin/python -m tests.importer.corpus_report` for the table.

Scoring:
- title/date null in the gold: right when the importer says it had to guess (a derived
  headline, a placeholder or estimated date, each named in `review`), wrong when it presents
  something read from the page as certain;
- content lines left out: non-blank lines that are not chrome in the gold and that the
  importer dropped (into no body, no field; a repeat of the headline is in the title);
- chrome kept: chrome lines of the gold that ended in the body.
"""

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from importer import extract, sources
from importer.page import ImportProblem

CORPUS = Path(__file__).with_name("corpus")
FIELDS = ("title", "date", "author", "unit")
# Fixed, so that "today" in a page never matches the run's day by chance.
TODAY = date(2026, 1, 15)


def normalized(text):
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@dataclass
class Outcome:
    name: str
    family: str
    right: dict = field(default_factory=dict)  # field -> bool
    got: dict = field(default_factory=dict)
    gold: dict = field(default_factory=dict)
    left_out: list = field(default_factory=list)
    chrome_kept: list = field(default_factory=list)
    error: str = ""


def pages():
    """(text path, gold dict) of every corpus page, in name order."""
    for gold_path in sorted(CORPUS.glob("*.gold.yml")):
        text_path = gold_path.with_name(gold_path.name[: -len(".gold.yml")] + ".txt")
        yield text_path, yaml.safe_load(gold_path.read_text(encoding="utf-8"))


def _guessed_date(article):
    return article.placeholder_date or any(note.startswith("Ngày đăng") for note in article.review)


def score(path, gold):
    outcome = Outcome(path.stem, gold["family"], gold={k: gold[k] for k in FIELDS})
    chrome = {normalized(line) for line in gold.get("chrome") or ()}
    try:
        page = sources.read_source(path)
        article = extract.extract(page, today=TODAY)
    except ImportProblem as problem:
        outcome.error = str(problem)
        outcome.right = dict.fromkeys(FIELDS, False)
        outcome.left_out = [n for n in map(normalized, path.read_text(encoding="utf-8").splitlines()) if n and n not in chrome]
        return outcome
    derived_title = any(note.startswith("Tiêu đề được suy ra") for note in article.review)
    got = {
        "title": article.title,
        "date": "?" + article.moment.day.isoformat() if _guessed_date(article) else article.moment.day.isoformat(),
        "author": article.author or None,
        "unit": article.unit or None,
    }
    outcome.got = got
    outcome.right = {
        "title": derived_title if gold["title"] is None else (not derived_title and normalized(got["title"]) == normalized(gold["title"])),
        "date": _guessed_date(article) if gold["date"] is None else got["date"] == str(gold["date"]),
        "author": normalized(got["author"]) == normalized(gold["author"]),
        "unit": normalized(got["unit"]) == normalized(gold["unit"]),
    }
    for line in page.lines:
        text = normalized(line.text)
        if not text:
            continue
        role = article.dispositions.get(line.number)
        role = role.role if role else "dropped"
        if text in chrome and role in ("body", "caption"):
            outcome.chrome_kept.append(text)
        elif text not in chrome and role == "dropped" and text != normalized(article.title):
            outcome.left_out.append(text)
    return outcome


def run():
    return [score(path, gold) for path, gold in pages()]


def rates(outcomes):
    """{field: share right} for `outcomes`."""
    return {f: sum(o.right[f] for o in outcomes) / len(outcomes) for f in FIELDS}


def table(outcomes):
    """The per-family and overall accuracy table, then what was missed, as text."""
    families = defaultdict(list)
    for outcome in outcomes:
        families[outcome.family].append(outcome)
    head = f"{'family':<12}{'pages':>6}" + "".join(f"{f:>8}" for f in FIELDS) + f"{'left out':>10}{'chrome kept':>13}"
    rows = [head]
    for name, group in sorted(families.items()) + [("ALL", outcomes)]:
        r = rates(group)
        left = sum(len(o.left_out) for o in group)
        kept = sum(len(o.chrome_kept) for o in group)
        rows.append(f"{name:<12}{len(group):>6}" + "".join(f"{100 * r[f]:>7.0f}%" for f in FIELDS) + f"{left:>10}{kept:>13}")
    rows.append("")
    for o in outcomes:
        wrong = [f for f in FIELDS if not o.right[f]]
        if o.error:
            rows.append(f"{o.name}: LỖI {o.error}")
        for f in wrong:
            rows.append(f"{o.name}: {f} got {o.got.get(f)!r} gold {o.gold[f]!r}")
        for text in o.left_out:
            rows.append(f"{o.name}: left out «{text[:90]}»")
        for text in o.chrome_kept:
            rows.append(f"{o.name}: chrome kept «{text[:90]}»")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table(run()))
