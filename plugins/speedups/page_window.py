"""The page numbers a pagination bar shows: first, last, two either side of the current one, "…" between.

Looping over every page number in the template costs O(pages) per list page,
so O(pages²) for a list: about a million loop steps for the 1,000 pages of a
10,000-article index. Only the few numbers shown are computed here. This filter is
the bar's rule itself, so SPEEDUPS_ENABLED leaves it on: the plain way is the same numbers.
"""

from pelican import signals

from plugins.speedups import declare_switch

NEIGHBOURS = 2  # page numbers shown on each side of the current one


def page_window(current, last):
    """[1, None, 5, 6, 7, 8, 9, None, 40] for page 7 of 40; None stands for an ellipsis."""
    shown = []
    for number in sorted({1, last, *range(max(1, current - NEIGHBOURS - 1), min(last, current + NEIGHBOURS + 1) + 1)}):
        near = number in (1, last) or abs(number - current) <= NEIGHBOURS
        shown.append(number if near else None)
    return shown


def add_filter(generator):
    generator.env.filters["page_window"] = page_window


def register():
    declare_switch()
    # generator_init: each generator builds its own Jinja environment.
    signals.generator_init.connect(add_filter)
