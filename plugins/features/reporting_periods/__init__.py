"""Reporting periods of briefing and results reports: which exist, and which are missing.

Each article's period (its `period:`, else what detection read in its headline and
first paragraph) is settled when the articles are read; from it come the grid of
reports at /thong-ke/ky-bao-cao/, the "Kỳ trước / Kỳ sau" links of each report,
the JSON-LD temporalCoverage (plugins/features/seo) and the `latest_period` widget.
"""

from pelican import signals
from pelican.generators import Generator

from plugins.features.front_matter.errors import BuildError, ContentError
from plugins.features.organizations import generated_articles
from plugins.libs import pelican_internals
from plugins.libs.plugin_settings import PluginSettings, Setting, text

from .override import resolved_period
from .reports import ReportingPeriods

SETTINGS = PluginSettings(
    PERIODS_URL=Setting("thong-ke/ky-bao-cao/", text),
    PERIODS_SAVE_AS=Setting("thong-ke/ky-bao-cao/index.html", text),  # "" for no grid page
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
    """Gives each report its neighbours, then writes the grid."""

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
        save_as = self.settings["PERIODS_SAVE_AS"]
        if save_as and self.periods is not None:
            writer.write_file(
                save_as,
                self.get_template("reporting_periods"),
                self.context,
                template_name="reporting_periods",
                url=self.settings["PERIODS_URL"],
                period_years=self.periods.years,
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
