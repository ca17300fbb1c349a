"""detect_period on the hand-checked headlines of gold/*.yml (real pages of many portals).

Holds: kind and year right for at least 97 % of the periodic headlines, and no period
given to any headline that is not a periodic report. `python -m tests.reporting_periods.report`
prints the figures per kind and per family of sites, and every miss.
"""

import period_gold
import pytest

MIN_HEADLINES, MIN_NOT_PERIODIC, MIN_FAMILIES, MIN_SITES = 200, 60, 8, 100
MIN_KIND_AND_YEAR = 0.97


@pytest.fixture(scope="module")
def outcomes():
    return period_gold.run()


def test_the_set_is_large_and_varied(outcomes):
    items = [outcome.item for outcome in outcomes]
    assert len(items) >= MIN_HEADLINES
    assert sum(item.expected is None for item in items) >= MIN_NOT_PERIODIC
    assert len({item.family for item in items}) >= MIN_FAMILIES
    assert len({period_gold._site(item.source) for item in items}) >= MIN_SITES
    assert len({item.source for item in items}) == len(items), "a page is in the set twice"
    assert all(item.headline.strip() and item.source for item in items)
    assert set(item.family for item in items) <= set(period_gold.FAMILIES)


def test_kind_and_year_of_periodic_headlines(outcomes, capsys):
    periodic = [outcome for outcome in outcomes if outcome.item.expected is not None]
    right = sum(outcome.right for outcome in periodic)
    with capsys.disabled():
        print("\n" + period_gold.table(outcomes))
    assert right / len(periodic) >= MIN_KIND_AND_YEAR


def test_no_period_for_a_headline_that_is_not_periodic(outcomes):
    given = [(outcome.item.headline, outcome.found.label) for outcome in outcomes
             if outcome.item.expected is None and outcome.found is not None]
    assert given == []


def test_each_set_of_files_is_reported_apart(outcomes):
    lines = period_gold.by_set(outcomes).splitlines()[1:]
    assert [line.split()[0] for line in lines] == ["*.yml", "*-2.yml", "*-3.yml"]
    assert sum(int(line.split()[1]) + int(line.split()[4]) for line in lines) == len(outcomes)
