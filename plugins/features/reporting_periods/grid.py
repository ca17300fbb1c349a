"""The grid of reports: for each year, a row per unit (or organization), a column per period.

Plain values only, no Pelican object: the page that shows the grid then depends on
the reports' links, never on their text (plugins/speedups/page_reuse).

Which empty cells are missing: a row has started publishing a kind of report
(monthly, quarterly…) with its first one; every later period of that kind shown in
the grid and left empty counts as missing, earlier ones do not.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from plugins.libs.vietnamese_text import fold

from .detect import KINDS


@dataclass(frozen=True)
class Row:
    """A unit or an organization; `url` empty when it has no page (the articles without a unit)."""

    key: str
    name: str
    url: str = ""


@dataclass(frozen=True)
class Report:
    """One periodic article: its period, how links show it, where it comes in its series."""

    period: object  # detect.Period
    url: str
    title: str  # plain text
    date: str  # "03/10/2018"
    published: object  # datetime
    order: tuple  # (period's sort key, publication time, file): the order reports follow each other

    @cached_property
    def link(self):
        """(url, date): what a cell shows, and all the grid page depends on (plugins/speedups/page_reuse);
        one tuple per report, shared by the tables it appears in."""
        return self.url, self.date


# Tuples, not dataclasses: the page's digest walks a tuple's items without naming its fields,
# a third of the time for the thousands of cells of a large archive.
class Cell(NamedTuple):
    reports: tuple  # (url, date) of each report, in publication order
    missing: bool  # empty, and counted as missing


class GridRow(NamedTuple):
    row: Row
    cells: tuple
    missing: int


@dataclass(frozen=True)
class Table:
    year: int
    heading: str  # of the rows' column: "Đơn vị", "Tổ chức"
    columns: tuple  # Periods, in KINDS order
    rows: tuple
    missing: int


def column_order(period):
    """KINDS order, then month or quarter, then the span of a school year or term."""
    return KINDS.index(period.kind), period.number or 0, period.year, period.end_year or 0


def row_order(row):
    """The site's own row first, then by name as a reader looks it up ("Đoàn" among the D's)."""
    return row.key != "", fold(row.name), row.key


def first_reports(entries):
    """{(row key, kind): sort key of the row's first report of that kind}."""
    first = {}
    for row, report in entries:
        key, order = (row.key, report.period.kind), report.order[0]
        if key not in first or order < first[key]:
            first[key] = order
    return first


def is_missing(first, row_key, period, order=None):
    """Whether an empty cell counts: the row published this kind before this period (whose sort key is `order`)."""
    started = first.get((row_key, period.kind))
    return started is not None and started < (order or period.sort_key())


def tables(entries, heading):
    """[Table] newest year first, from [(Row, Report)]; a year shows the rows that
    published in it or miss a report in it."""
    first = first_reports(entries)
    rows, found = {}, defaultdict(lambda: defaultdict(list))
    for row, report in entries:
        rows[row.key] = row
        found[report.period.year][(row.key, report.period)].append(report)
    ordered = sorted(rows.values(), key=row_order)
    result = []
    for year in sorted(found, reverse=True):
        cells_of = found[year]
        columns = tuple(sorted({period for _, period in cells_of}, key=column_order))
        orders = [period.sort_key() for period in columns]
        grid_rows = []
        for row in ordered:
            cells = []
            for period, order in zip(columns, orders):
                reports = sorted(cells_of.get((row.key, period), ()), key=lambda report: report.order)
                missing = not reports and is_missing(first, row.key, period, order)
                cells.append(Cell(tuple(report.link for report in reports), missing))
            missing = sum(cell.missing for cell in cells)
            if missing or any(cell.reports for cell in cells):
                grid_rows.append(GridRow(row, tuple(cells), missing))
        result.append(Table(year, heading, columns, tuple(grid_rows), sum(row.missing for row in grid_rows)))
    return result
