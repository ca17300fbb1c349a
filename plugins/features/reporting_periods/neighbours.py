"""Kỳ trước / Kỳ sau: each report's neighbours among the same unit's reports of the same kind.

Reports of one period follow each other in publication order; the previous period's
link goes to its last report, the next period's to its first. The articles without
a unit are one series of their own, the site's.
"""

from dataclasses import dataclass
from itertools import groupby

KIND_NAMES = {
    "thang": "báo cáo tháng", "quy": "báo cáo quý", "6-thang": "báo cáo 6 tháng", "9-thang": "báo cáo 9 tháng",
    "nam": "báo cáo năm", "nam-hoc": "báo cáo năm học", "nhiem-ky": "báo cáo nhiệm kỳ",
}


@dataclass(frozen=True)
class Link:
    url: str
    label: str  # the period: "Quý IV/2018"
    title: str


@dataclass(frozen=True)
class PeriodNav:
    """What an article page shows about its period: plain values, so that the page is
    rendered again whenever one of them changes (plugins/speedups/page_reuse)."""

    label: str
    series: str  # "báo cáo quý của Huyện Kim Sơn"
    year: int  # the grid's section
    previous: Link | None
    next: Link | None


def _link(report):
    return Link(report.url, report.period.label, report.title)


def period_navs(entries):
    """{report url: PeriodNav} for [(Row, Report)] of the units' table."""
    series = {}
    for row, report in entries:
        series.setdefault((row.key, report.period.kind), (row, []))[1].append(report)
    navs = {}
    for (_, kind), (row, reports) in series.items():
        reports.sort(key=lambda report: report.order)
        periods = [list(group) for _, group in groupby(reports, key=lambda report: report.period)]
        name = f"{KIND_NAMES[kind]} của {row.name}"
        for index, group in enumerate(periods):
            previous = _link(periods[index - 1][-1]) if index else None
            following = _link(periods[index + 1][0]) if index + 1 < len(periods) else None
            for report in group:
                navs[report.url] = PeriodNav(report.period.label, name, report.period.year, previous, following)
    return navs
