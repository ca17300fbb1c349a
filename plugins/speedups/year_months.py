"""A year's months with their article counts, computed once per year rather than once per page.

Every page of a year archive shows the year's months; grouping the whole year
in the template redid that work on each of its pages (quadratic in the year's size).
"""

from itertools import groupby

from pelican import signals

from plugins.speedups import declare_switch, enabled


class YearMonths:
    """Jinja filter `year_months(articles)`: [(month, articles of that month)], newest month first."""

    def __init__(self, memoize=True):
        self.memoize = memoize
        self.grouped = {}

    def __call__(self, articles):
        if not self.memoize:
            return group_by_month(articles)
        # The list is kept in the value so that its id() cannot be reused by another object.
        key = id(articles)
        if key not in self.grouped:
            self.grouped[key] = (articles, group_by_month(articles))
        return self.grouped[key][1]


def group_by_month(articles):
    by_month = sorted(articles, key=lambda item: item.date.month)
    months = [(month, list(items)) for month, items in groupby(by_month, key=lambda item: item.date.month)]
    return months[::-1]


def add_filter(generator):
    generator.env.filters["year_months"] = YearMonths(memoize=enabled(generator.settings))


def register():
    declare_switch()
    # generator_init: each generator builds its own Jinja environment, once per build.
    signals.generator_init.connect(add_filter)
