"""The hand-checked citations (gold/*.yml) and how detection is scored against them.

Each gold item is one or two sentences of a real page with the documents they cite, written
by reading: "Kind | number | SYMBOL" ("-" for no symbol) or the name of a document cited
without number. A document counts once per item. Numbered documents compare by kind, number
and symbol; named ones by the slug of their name, so "Phòng, chống" and "Phòng chống" agree.
The family of an item is its file's name (archive, gov-portals, party-sites...), less a
numbered suffix: gov-portals-2.yml adds to gov-portals.
"""

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from plugins.features.cited_documents.detect import find_mentions
from plugins.features.cited_documents.symbols import KIND_WORDS
from plugins.libs.slugs import full_slug

GOLD = Path(__file__).with_name("gold")


@dataclass(frozen=True)
class Item:
    family: str
    site: str
    source: str
    text: str
    expected: frozenset


def identity(kind, number, symbol, name):
    """What two readings of one document share."""
    if name:
        return ("tên", full_slug(name, {}))
    return (kind, str(int(number)) if number and number.isdigit() else number, symbol)


def parse_expected(entry):
    if " | " in entry:
        kind, number, symbol = (part.strip() for part in entry.split(" | "))
        return identity(kind, number, None if symbol == "-" else symbol, None)
    return identity(None, None, None, entry)


def kind_of(found):
    """The kind a report line files an identity under: "Luật" for a law's name."""
    if found[0] != "tên":
        return found[0]
    words = sorted(KIND_WORDS, key=len, reverse=True)
    slug = found[1]
    for word in words:
        if slug.startswith(full_slug(word, {})):
            return KIND_WORDS[word]
    return "khác"


def family_of(path):
    """ "gov-portals" of gov-portals.yml and of gov-portals-2.yml."""
    return re.sub(r"-\d+$", "", path.stem)


def load():
    items = []
    for path in sorted(GOLD.glob("*.yml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            items.append(Item(family_of(path), entry["site"], entry["source"], entry["text"],
                              frozenset(parse_expected(expected) for expected in entry["expect"])))
    return items


def detected(text):
    return frozenset(identity(m.citation.kind, m.citation.number, m.citation.symbol, m.citation.name)
                     for m in find_mentions(text))


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self):
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self):
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def score(items):
    """(overall Score, {(grouping, name): Score}, [(item, missed, extra)])."""
    total, groups, errors = Score(), {}, []
    for item in items:
        found = detected(item.text)
        missed, extra = item.expected - found, found - item.expected
        if missed or extra:
            errors.append((item, missed, extra))
        for grouping, name in (("family", item.family), ("site", item.site)):
            group = groups.setdefault((grouping, name), Score())
            group.true_positives += len(item.expected & found)
            group.false_positives += len(extra)
            group.false_negatives += len(missed)
        for kind_name, count in Counter(kind_of(x) for x in item.expected & found).items():
            groups.setdefault(("kind", kind_name), Score()).true_positives += count
        for kind_name, count in Counter(kind_of(x) for x in extra).items():
            groups.setdefault(("kind", kind_name), Score()).false_positives += count
        for kind_name, count in Counter(kind_of(x) for x in missed).items():
            groups.setdefault(("kind", kind_name), Score()).false_negatives += count
        total.true_positives += len(item.expected & found)
        total.false_positives += len(extra)
        total.false_negatives += len(missed)
    return total, groups, errors
