"""Precision and recall of cited-document detection on the hand-checked set, per kind and per family.

Run `.venv/bin/python -m tests.cited_documents.report`; `--sites` adds one line per site.
Lists every miss (expected, not found) and every extra (found, not expected) with its excerpt.
"""

import sys

from tests.cited_documents.citation_gold import load, score


def line(name, result):
    found = result.true_positives + result.false_positives
    expected = result.true_positives + result.false_negatives
    return (f"  {name:<28} {expected:>5} {found:>6} {result.true_positives:>5}"
            f" {result.precision:>7.1%} {result.recall:>7.1%}")


def show(label):
    return " | ".join(str(part) for part in label) if label[0] != "tên" else label[1]


def main(argv):
    items = load()
    total, groups, errors = score(items)
    header = f"  {'':<28} {'gold':>5} {'found':>6} {'right':>5} {'P':>7} {'R':>7}"
    print(f"{len(items)} excerpts, {sum(len(item.expected) for item in items)} citations, "
          f"{sum(1 for item in items if item.family == 'traps')} trap sentences")
    groupings = ["kind", "family"] + (["site"] if "--sites" in argv else [])
    for grouping in groupings:
        print(f"\nper {grouping}:\n{header}")
        for (kind, name), result in sorted(groups.items(), key=lambda pair: pair[0][1]):
            if kind == grouping:
                print(line(name, result))
    print(f"\n{header}\n{line('overall', total)}")
    print(f"\n{len(errors)} excerpts with a difference:")
    for item, missed, extra in errors:
        print(f"- [{item.family} · {item.site}] {item.text[:160]}")
        for label in sorted(missed, key=str):
            print(f"    missed: {show(label)}")
        for label in sorted(extra, key=str):
            print(f"    extra:  {show(label)}")


if __name__ == "__main__":
    main(sys.argv[1:])
