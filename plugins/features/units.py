"""Pages per publishing unit (district, town): /don-vi/<slug>/ and the /don-vi/ index."""

from collections import Counter
from itertools import groupby

from pelican import signals
from pelican.generators import Generator
from pelican.urlwrappers import URLWrapper

from plugins.libs import pelican_internals
from plugins.libs.plugin_settings import PluginSettings, Setting, text

SETTINGS = PluginSettings(
    UNIT_URL=Setting("don-vi/{slug}/", text),
    UNIT_SAVE_AS=Setting("don-vi/{slug}/index.html", text),
    UNITS_URL=Setting("don-vi/", text),
    UNITS_SAVE_AS=Setting("don-vi/index.html", text),  # "" for no index of units
)


class Unit(URLWrapper):
    """A publishing unit; URL and file name from UNIT_URL / UNIT_SAVE_AS."""


def context_articles(context):
    """Published, draft and hidden articles as the shared context lists them (Pelican
    keeps translations out of it): a unit is named as most of them spell it."""
    return [*context.get("articles", []), *context.get("drafts", []), *context.get("hidden_articles", [])]


def group_units(articles, settings):
    """[(Unit, its articles in the given order)], spellings of one unit merged; articles untouched.

    "Huyện Kim Sơn" and "huyện Kim Sơn" share a slug: they are one unit, named
    as most of its articles spell it. Other plugins group by unit with it too,
    whether or not the units generator has run yet.
    """
    spellings = {}  # one Unit per spelling: a slug is computed once, not once per article
    named = []
    for article in articles:
        if getattr(article, "unit", None):
            name = str(article.unit)
            if name not in spellings:
                spellings[name] = Unit(name, settings)
            named.append((spellings[name], article))
    named.sort(key=lambda pair: pair[0].slug)
    units = []
    for _, group in groupby(named, key=lambda pair: pair[0].slug):
        group = list(group)
        unit = group[0][0]
        unit.name = Counter(candidate.name for candidate, _ in group).most_common(1)[0][0]
        units.append((unit, [article for _, article in group]))
    return units


def collect_units(articles, settings):
    """group_units, each article's `unit` then set to its merged Unit."""
    units = group_units(articles, settings)
    for unit, grouped in units:
        for article in grouped:
            article.unit = unit
    return units


class UnitsGenerator(Generator):
    """Runs after the articles generator, so every article is already read."""

    def generate_context(self):
        published = {id(article) for article in self.context.get("articles", [])}
        self.units = []
        # Articles arrive in the site's order (newest first); grouping keeps it.
        for unit, articles in collect_units(context_articles(self.context), self.settings):
            listed = [article for article in articles if id(article) in published]
            if listed:
                self.units.append((unit, listed))
        pelican_internals.update_context(self, ("units",))

    def generate_output(self, writer):
        for unit, articles in self.units:
            writer.write_file(
                unit.save_as,
                self.get_template("unit"),
                self.context,
                unit=unit,
                articles=articles,
                template_name="unit",
                url=unit.url,
                paginated={"articles": articles, "dates": articles},
            )
        if self.settings["UNITS_SAVE_AS"]:
            writer.write_file(
                self.settings["UNITS_SAVE_AS"],
                self.get_template("units"),
                self.context,
                template_name="units",
                url=self.settings["UNITS_URL"],
            )


def get_generators(pelican):
    return UnitsGenerator


def register():
    pelican_internals.ensure()
    # initialized: the UNIT_ and UNITS_ defaults, before Pelican copies the settings into the templates' context.
    signals.initialized.connect(SETTINGS.apply)
    # get_generators: a generator added here runs after the articles are read.
    signals.get_generators.connect(get_generators)
