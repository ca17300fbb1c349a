"""Visitor-less statistics: archive figures computed once per build, shown as
widgets on every page and on /thong-ke/. Nothing here counts readers."""

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator

from plugins.libs import pelican_internals

from .figures import compute
from .sections import sections_for

DEFAULT_WIDGETS = ["total", "latest_year", "updated", "per_year_chart", "top_organizations", "categories"]
DEFAULTS = {
    "STATS_URL": "thong-ke/",
    "STATS_SAVE_AS": "thong-ke/index.html",
    "STATS_WIDGETS": DEFAULT_WIDGETS,
    "STATS_TOP_ORGANIZATIONS": 5,
    "STATS_WORDS_PER_MINUTE": 200,
}


def _setting(settings, key):
    return settings.get(key, DEFAULTS[key])


class StatisticsGenerator(Generator):
    """Runs after the articles (and units, organizations) are known."""

    def generate_context(self):
        top = _setting(self.settings, "STATS_TOP_ORGANIZATIONS")
        self.figures = compute(self.context.get("articles", []), _setting(self.settings, "STATS_WORDS_PER_MINUTE"))
        self.sections = sections_for(self.figures, top)
        self.context["archive_stats"] = self.figures
        self.context["STATS_URL"] = _setting(self.settings, "STATS_URL")
        # Rendered once here, printed as is by every page: widgets cost one
        # template render per build, not one per page.
        self.context["stats_widgets"] = Markup(
            self.get_template("stats_widgets").render(
                {
                    **self.context,
                    "stats": self.figures,
                    "widgets": _setting(self.settings, "STATS_WIDGETS"),
                    "top_organizations": self.figures.per_organization[:top],
                }
            )
        )

    def generate_output(self, writer):
        save_as = _setting(self.settings, "STATS_SAVE_AS")
        if save_as:
            writer.write_file(
                save_as,
                self.get_template("statistics"),
                self.context,
                template_name="statistics",
                url=_setting(self.settings, "STATS_URL"),
                stats=self.figures,
                sections=self.sections,
            )


def get_generators(pelican):
    return StatisticsGenerator


def register():
    pelican_internals.ensure()
    # get_generators: plugin generators run after the articles are read, and
    # their context is ready before any page is written.
    signals.get_generators.connect(get_generators)
