"""Visitor-less statistics: archive figures computed once per build, shown as
widgets on every page and on /thong-ke/. Nothing here counts readers."""

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator

from plugins.libs import pelican_internals
from plugins.libs.plugin_settings import PluginSettings, Setting, names_among, positive_int, template_names, text

from .figures import compute
from .sections import sections_for

# A widget is a template of the theme, templates/widgets/<name>.html: a name without one stops the build.
WIDGET_FOLDER = "widgets"
SETTINGS = PluginSettings(
    STATS_URL=Setting("thong-ke/", text),
    STATS_SAVE_AS=Setting("thong-ke/index.html", text),  # "" for no statistics page
    # The widgets on every page, in this order.
    STATS_WIDGETS=Setting(
        ["total", "latest_year", "updated", "latest_period", "per_year_chart", "top_organizations", "categories"],
        names_among("ô thống kê", template_names(WIDGET_FOLDER)),
    ),
    STATS_TOP_ORGANIZATIONS=Setting(5, positive_int),
    STATS_WORDS_PER_MINUTE=Setting(200, positive_int),
)


class StatisticsGenerator(Generator):
    """Runs after the articles (and units, organizations) are known."""

    def generate_context(self):
        top = self.settings["STATS_TOP_ORGANIZATIONS"]
        self.figures = compute(self.context.get("articles", []), self.settings["STATS_WORDS_PER_MINUTE"])
        self.sections = sections_for(self.figures, top)
        self.context["archive_stats"] = self.figures
        # Rendered once here, printed as is by every page: widgets cost one
        # template render per build, not one per page.
        self.context["stats_widgets"] = Markup(
            self.get_template("stats_widgets").render(
                {
                    **self.context,
                    "stats": self.figures,
                    "widgets": self.settings["STATS_WIDGETS"],
                    "top_organizations": self.figures.per_organization[:top],
                }
            )
        )

    def generate_output(self, writer):
        save_as = self.settings["STATS_SAVE_AS"]
        if save_as:
            writer.write_file(
                save_as,
                self.get_template("statistics"),
                self.context,
                template_name="statistics",
                url=self.settings["STATS_URL"],
                stats=self.figures,
                sections=self.sections,
            )


def get_generators(pelican):
    return StatisticsGenerator


def register():
    pelican_internals.ensure()
    # initialized: the STATS_ defaults, before Pelican copies the settings into the templates' context.
    signals.initialized.connect(SETTINGS.apply)
    # get_generators: plugin generators run after the articles are read, and
    # their context is ready before any page is written.
    signals.get_generators.connect(get_generators)
