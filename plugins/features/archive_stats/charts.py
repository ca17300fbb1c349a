"""Bar charts made at build time: no JavaScript, no chart library.

Every chart is horizontal bars drawn by the theme (includes/bar_chart.html), one
row of text per bar: labels and counts stay at the page's text size on any
screen, whereas columns scaled to the screen shrink their text and run out of
room for many years. Each chart has an accessible name and is shown next to an
HTML table with the same numbers.
"""

from dataclasses import dataclass


@dataclass
class Bar:
    """One row of a BarChart: the label as shown, its count and its length."""

    label: str
    value: int
    percent: float  # its length, as a share of the longest bar


@dataclass
class BarChart:
    """Horizontal bars, in the order given; the theme draws them."""

    id: str
    title: str
    bars: list
    short_labels: bool = False  # labels of a few characters (years): each stays on its bar's line


def bar_chart(title, pairs, chart_id, short_labels=False):
    """A BarChart for [(label, value)], the largest value drawn full length."""
    pairs = list(pairs)
    top = max((value for _, value in pairs), default=0) or 1
    bars = [Bar(str(label), value, round(100 * value / top, 1)) for label, value in pairs]
    return BarChart(chart_id, title, bars, short_labels)
