"""The archive's reports by period, computed once per build on first use.

The statistics widgets are rendered by their own generator, which may run before
or after this plugin's (plugin order does not change the site): whichever asks
first computes, once the articles are read, their periods resolved and their
organizations tagged (all at article_generator_finalized). Units are grouped here
as the units plugin groups them, whether or not it has run yet.
"""

from dataclasses import dataclass
from functools import cached_property

from plugins.features.organizations.tagging import tagged_organizations
from plugins.features import units
from plugins.features.units import context_articles, group_units
from plugins.features.vietnamese_dates import vn_date
from plugins.libs.html_text import visible_text
from plugins.libs.timezone import site_zone

from .grid import Report, Row, is_missing, first_reports, tables
from .neighbours import period_navs

UNITS_HEADING, ORGANIZATIONS_HEADING = "Đơn vị", "Tổ chức"


@dataclass(frozen=True)
class Latest:
    """The widget's figures: the latest period with reports and the units' count for it."""

    period: object
    published: int  # units with a report for it
    missing: int  # units whose report for it counts as missing


def unitless_name(settings):
    """The row of the articles without `unit:`: the site's own reports."""
    name = settings.get("PERIODS_UNITLESS_NAME")
    if name:
        return name
    publisher = settings.get("SITE_PUBLISHER") or settings.get("AUTHOR")
    return f"{publisher} (bài không ghi đơn vị)" if publisher else "Bài không ghi đơn vị"


def latest(entries):
    """Latest of the periods that end by the year of the newest report (a term or a plan
    for next year would otherwise stay "latest" for years), and its units' counts."""
    if not entries:
        return None
    newest = max(report.published for _, report in entries).year
    periods = {report.period for _, report in entries}
    ended = [period for period in periods if (period.end_year or period.year) <= newest] or periods
    period = max(ended, key=lambda period: period.sort_key())
    published = {row.key for row, report in entries if report.period == period}
    first = first_reports(entries)
    rows = {row.key for row, _ in entries} - published
    return Latest(period, len(published), sum(is_missing(first, key, period) for key in rows))


class ReportingPeriods:
    """Reports of the published articles: the grid's tables, each report's neighbours, the widget's figures."""

    def __init__(self, context, settings):
        self._context = context
        self._settings = settings

    @cached_property
    def _reports(self):
        """[(article, Report)] of the published articles that have a period."""
        zone = site_zone(self._settings)
        periods = {}  # one instance per period: the page's digest then walks each once
        found = []
        for article in self._context.get("articles", ()):
            period = getattr(article, "reporting_period", None)
            if period is not None:
                period = periods.setdefault(period, period)
                report = Report(
                    period, article.url, visible_text(article.title), vn_date(article.date, zone=zone), article.date,
                    (period.sort_key(), article.date, str(article.source_path)),
                )
                found.append((article, report))
        return found

    @cached_property
    def unit_entries(self):
        """[(Row, Report)]: each report in its unit's row, or in the site's own row."""
        # Rows link to the units' pages when this build writes them.
        pages = units.__name__ in self._settings.get("PLUGINS", ()) and bool(self._settings.get("UNIT_SAVE_AS"))
        rows = {
            id(article): row
            for unit, articles in group_units(context_articles(self._context), self._settings)
            for row in [Row(unit.slug, unit.name, unit.url if pages else "")]
            for article in articles
        }
        own = Row("", unitless_name(self._settings))
        return [(rows.get(id(article), own), report) for article, report in self._reports]

    @cached_property
    def organization_entries(self):
        """[(Row, Report)]: each report in the row of every organization it is tagged with."""
        rows, entries = {}, []
        for article, report in self._reports:
            for page in tagged_organizations(article):
                if id(page) not in rows:
                    rows[id(page)] = Row(page.slug, page.name, page.url)
                entries.append((rows[id(page)], report))
        return entries

    @cached_property
    def years(self):
        """[(year, units' Table, organizations' Table or None)], newest year first."""
        by_organization = {table.year: table for table in tables(self.organization_entries, ORGANIZATIONS_HEADING)}
        return [(table.year, table, by_organization.get(table.year)) for table in tables(self.unit_entries, UNITS_HEADING)]

    @cached_property
    def navs(self):
        """{article url: PeriodNav}."""
        return period_navs(self.unit_entries)

    @cached_property
    def latest(self):
        return latest(self.unit_entries)
