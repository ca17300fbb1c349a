"""Bar charts made at build time: no JavaScript, no chart library.

Short labels (years) get inline SVG columns; labels that may be long
(organizations, categories) get horizontal bars drawn by the theme
(includes/bar_chart.html), one row of text per bar, since a name under a
narrow column is cut off or runs into its neighbours. Each chart has an
accessible name and is shown next to an HTML table with the same numbers.
"""

from dataclasses import dataclass
from html import escape

BAR_COLOUR = "#1d4e89"  # 8.6:1 on white
TEXT_COLOUR = "#1b1b1b"


def column_chart(title, pairs, chart_id, width=640, height=220):
    """Vertical bars for [(short label, value)]; returns SVG markup (a string)."""
    pairs = list(pairs)
    top = max((value for _, value in pairs), default=0) or 1
    label_band, value_band = 22, 18
    plot = height - label_band - value_band
    slot = width / max(len(pairs), 1)
    bar = min(max(2.0, slot * 0.7), 56.0)
    parts = [
        f'<svg class="dv-chart" id="{chart_id}" role="img" aria-labelledby="{chart_id}-title" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
    ]
    for index, (label, value) in enumerate(pairs):
        x = index * slot + (slot - bar) / 2
        bar_height = plot * value / top
        y = value_band + plot - bar_height
        centre = x + bar / 2
        parts.append(
            f'<g class="dv-chart__bar" data-label="{escape(str(label))}" data-value="{value}">'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{bar_height:.1f}" fill="{BAR_COLOUR}"/>'
            f'<text x="{centre:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="12" fill="{TEXT_COLOUR}">{value}</text>'
            f'<text x="{centre:.1f}" y="{height - 6}" text-anchor="middle" font-size="12" fill="{TEXT_COLOUR}">{escape(str(label))}</text>'
            "</g>"
        )
    parts.append("</svg>")
    return "".join(parts)


@dataclass
class Bar:
    """One row of a BarChart: the label as shown, its count and its length."""

    label: str
    value: int
    percent: float  # its length, as a share of the longest bar


@dataclass
class BarChart:
    """Horizontal bars for labels that may be long; the theme draws them."""

    id: str
    title: str
    bars: list


def bar_chart(title, pairs, chart_id):
    """A BarChart for [(label, value)], the largest value drawn full length."""
    pairs = list(pairs)
    top = max((value for _, value in pairs), default=0) or 1
    return BarChart(chart_id, title, [Bar(str(label), value, round(100 * value / top, 1)) for label, value in pairs])
