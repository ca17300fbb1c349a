"""Reporting periods of briefing and results reports: which exist, and which are missing.

Each article's period (its `period:`, else what detection read in its headline and
first paragraph) is settled when the articles are read; from it come the grid of
reports (an index of the years at /thong-ke/ky-bao-cao/, a page per year below it),
the "Kỳ trước / Kỳ sau" links of each report, the JSON-LD temporalCoverage
(plugins/features/seo) and the `latest_period` widget.
"""

from pelican import signals
from pelican.generators import Generator

from plugins.features.front_matter.errors import BuildError, ContentError
from plugins.libs.list_pages import generated_articles
from plugins.libs import pelican_internals
from plugins.libs.plugin_settings import PluginSettings, Setting, text

from .override import resolved_period
from .pages import year_pattern, year_save_as, year_url_pattern
from .reports import ReportingPeriods

SETTINGS = PluginSettings(
    PERIODS_URL=Setting("thong-ke/ky-bao-cao/", text),
    PERIODS_SAVE_AS=Setting("thong-ke/ky-bao-cao/index.html", text),  # the years' index; "" for none
    PERIODS_YEAR_URL=Setting("thong-ke/ky-bao-cao/{year}/", year_url_pattern),
    PERIODS_YEAR_SAVE_AS=Setting("thong-ke/ky-bao-cao/{year}/index.html", year_pattern),  # "" for no year pages
    # The row of the articles without `unit:`; "" names it after SITE_PUBLISHER.
    PERIODS_UNITLESS_NAME=Setting("", text),
)
CONTEXT_KEY = "reporting_periods"  # what the widget reads


def resolve_periods(generator):
    """Every article's `reporting_period` settled, all unreadable `period:` values reported at once."""
    problems = []
    for article in generated_articles(generator):
        try:
            article.reporting_period = resolved_period(article)
        except ContentError as problem:
            problems.append(problem)
    if problems:
        raise BuildError(problems)
    generator.context[CONTEXT_KEY] = ReportingPeriods(generator.context, generator.settings)


class ReportingPeriodsGenerator(Generator):
    """Gives each report its neighbours, then writes the index of the years and each year's page."""

    def generate_context(self):
        self.periods = self.context.get(CONTEXT_KEY)
        if self.periods is None:
            return
        navs = self.periods.navs
        for article in self.context.get("articles", ()):
            nav = navs.get(article.url)
            if nav is not None:
                article.period_nav = nav

    def generate_output(self, writer):
        if self.periods is None:
            return
        settings = self.settings
        if settings["PERIODS_SAVE_AS"]:
            writer.write_file(
                settings["PERIODS_SAVE_AS"],
                self.get_template("reporting_periods"),
                self.context,
                template_name="reporting_periods",
                url=settings["PERIODS_URL"],
                period_summaries=self.periods.summaries,
            )
        if settings["PERIODS_YEAR_SAVE_AS"]:
            # Each page reads its own year's tables and the years' addresses only: a warm
            # rebuild renders again just the years an edit changed (plugins/speedups/page_reuse).
            summaries = self.periods.summaries
            links = tuple((summary.year, summary.url) for summary in summaries)
            for summary, (year, units, organizations) in zip(summaries, self.periods.years):
                writer.write_file(
                    year_save_as(settings, year),
                    self.get_template("reporting_period_year"),
                    self.context,
                    template_name="reporting_period_year",
                    url=summary.url,
                    period_year=year,
                    period_tables=(units, organizations),
                    period_year_links=links,
                )


def get_generators(pelican):
    return ReportingPeriodsGenerator


def register():
    pelican_internals.ensure()
    # initialized: the PERIODS_ defaults, before Pelican copies the settings into the templates' context.
    signals.initialized.connect(SETTINGS.apply)
    # article_generator_finalized: every article is read and none written; a bad `period:` stops
    # the build here, before any page, as an unknown organization id does.
    signals.article_generator_finalized.connect(resolve_periods)
    # get_generators: the links and the grid, once every plugin's context is ready.
    signals.get_generators.connect(get_generators)
