"""Detection against the hand-checked citations of real pages (gold/*.yml): precision and recall."""

from citation_gold import load, score

MINIMUM = 0.97


def test_the_gold_set_is_large_and_varied():
    items = load()
    citations = sum(len(item.expected) for item in items)
    traps = [item for item in items if item.family == "traps"]
    assert citations >= 300
    assert len(traps) >= 60
    assert len({item.site for item in items}) >= 40


def test_precision_and_recall_hold_on_the_gold_set():
    total, groups, errors = score(load())
    report = "\n".join(f"{item.text[:100]} missed={sorted(missed)} extra={sorted(extra)}"
                       for item, missed, extra in errors)
    assert total.precision >= MINIMUM, report
    assert total.recall >= MINIMUM, report


def test_trap_sentences_give_almost_nothing():
    total, groups, errors = score([item for item in load() if item.family == "traps"])
    assert total.false_positives <= 2
