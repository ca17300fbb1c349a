"""The hand-checked headlines (gold/*.yml) and how detect_period scores on them.

Each file holds the headlines of one family of sites (bao.yml; more in bao-2.yml); each
item its `source` address, `family`, the `headline` exactly as published, the `first_paragraph` when the headline
alone does not say the period, and the period read by hand: `kind` (null for an article
that is not a periodic report), `number`, `year`, `end_year`; `note` says why when the
reading is not obvious.
"""

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from plugins.features.reporting_periods.detect import KINDS, Period, detect_period

GOLD = Path(__file__).with_name("gold")
KEYS = {"source", "family", "headline", "first_paragraph", "kind", "number", "year", "end_year", "note"}
FAMILIES = {
    "luu-tru": "this archive",
    "cong-thong-tin": "district and provincial e-portals (*.gov.vn)",
    "dang": "Party committee sites (dcs.vn, tỉnh ủy, Ban Dân vận)",
    "bao": "newspapers and aggregators",
    "truyen-hinh": "district radio and television",
    "mat-tran": "Fatherland Front sites",
    "hoi-nong-dan": "Farmers' Union sites",
    "doan-thanh-nien": "Youth Union sites",
    "hoi-doan-the": "other mass organizations (veterans, women, trade unions)",
    "truong-hoc": "school and education-office sites",
    "ca-nhan": "personal blogs and local history sites",
    "khac": "other institutions (research institutes)",
}


@dataclass(frozen=True)
class Headline:
    source: str
    family: str
    headline: str
    first_paragraph: str
    expected: Period | None
    note: str = ""
    file: str = ""


@dataclass(frozen=True)
class Outcome:
    item: Headline
    found: Period | None

    @property
    def right(self):
        """Kind and year right for a periodic headline; no period at all for the others."""
        if self.item.expected is None:
            return self.found is None
        return self.found is not None and (self.found.kind, self.found.year) == (
            self.item.expected.kind, self.item.expected.year)

    @property
    def exact(self):
        return self.found == self.item.expected


def load():
    items = []
    for path in sorted(GOLD.glob("*.yml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            unknown = set(entry) - KEYS
            assert not unknown, f"{path.name}: unknown keys {unknown} in {entry}"
            family = re.sub(r"-\d+$", "", path.stem)  # bao-2.yml holds more headlines of the family bao
            assert entry["family"] == family, f"{path.name}: {entry['headline']} is of family {entry['family']}"
            kind = entry.get("kind")
            expected = None if kind is None else Period(
                entry["year"], kind, entry.get("number"), entry.get("end_year"))
            items.append(Headline(entry["source"], entry["family"], entry["headline"],
                                  entry.get("first_paragraph") or "", expected, entry.get("note") or "", path.name))
    return items


def run(items=None):
    return [Outcome(item, detect_period(item.headline, item.first_paragraph)) for item in (items or load())]


def _percent(part, whole):
    return f"{100 * part / whole:5.1f} %" if whole else "    –  "


def table(outcomes):
    """Accuracy per kind and per family of sites, then every miss."""
    lines = ["kind        periodic  kind+year  exact"]
    periodic = [outcome for outcome in outcomes if outcome.item.expected is not None]
    for kind in KINDS:
        mine = [outcome for outcome in periodic if outcome.item.expected.kind == kind]
        lines.append(f"{kind:<10} {len(mine):>9}  {_percent(sum(o.right for o in mine), len(mine))}"
                     f"  {_percent(sum(o.exact for o in mine), len(mine))}")
    lines.append(f"{'all':<10} {len(periodic):>9}  {_percent(sum(o.right for o in periodic), len(periodic))}"
                 f"  {_percent(sum(o.exact for o in periodic), len(periodic))}")
    lines += ["", "family            sites  periodic  kind+year  not periodic  given a period"]
    for family in sorted({outcome.item.family for outcome in outcomes}):
        mine = [outcome for outcome in outcomes if outcome.item.family == family]
        yes = [outcome for outcome in mine if outcome.item.expected is not None]
        no = [outcome for outcome in mine if outcome.item.expected is None]
        sites = len({_site(outcome.item.source) for outcome in mine})
        lines.append(f"{family:<16} {sites:>6} {len(yes):>9}  {_percent(sum(o.right for o in yes), len(yes))}"
                     f" {len(no):>13} {sum(not o.right for o in no):>15}")
    negatives = [outcome for outcome in outcomes if outcome.item.expected is None]
    lines.append(f"{'all':<16} {len({_site(o.item.source) for o in outcomes}):>6} {len(periodic):>9}  "
                 f"{_percent(sum(o.right for o in periodic), len(periodic))} {len(negatives):>13}"
                 f" {sum(not o.right for o in negatives):>15}")
    misses = [outcome for outcome in outcomes if not outcome.exact]
    if misses:
        lines += ["", f"misses ({len(misses)}; * = kind and year right, only the number differs):"]
        for outcome in misses:
            expected = outcome.item.expected.label if outcome.item.expected else "không"
            found = outcome.found.label if outcome.found else "không"
            lines.append(f"{'*' if outcome.right else ' '} {outcome.item.headline!r}: expected {expected}, found {found}"
                         f"  [{outcome.item.family}]")
    return "\n".join(lines)


def by_set(outcomes):
    """One line per set of files: the first (bao.yml), then each later one (bao-2.yml, ...).

    A later set was read by hand after the rules were written, so it shows how they carry over.
    """
    sets = {}
    for outcome in outcomes:
        number = re.search(r"-(\d+)\.yml$", outcome.item.file)
        sets.setdefault(int(number.group(1)) if number else 1, []).append(outcome)
    lines = ["set    periodic  kind+year  not periodic  given a period"]
    for number, mine in sorted(sets.items()):
        yes = [outcome for outcome in mine if outcome.item.expected is not None]
        no = [outcome for outcome in mine if outcome.item.expected is None]
        name = "*.yml" if number == 1 else f"*-{number}.yml"
        lines.append(f"{name:<7}{len(yes):>8}  {_percent(sum(o.right for o in yes), len(yes))}"
                     f" {len(no):>13} {sum(not o.right for o in no):>15}")
    return "\n".join(lines)


def _site(source):
    return source.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.") if "//" in source else "archive"


def counts(outcomes):
    return Counter("periodic" if outcome.item.expected else "not periodic" for outcome in outcomes)
