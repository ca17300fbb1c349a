"""Each article's teaser is rendered once per build and reused by every list that shows it.

An article appears on the home pages, its category, year and month, unit and
every organization it involves: rendering its teaser each time made lists the
largest share of a build (templates/includes/teaser.html, used by article_list).
"""

from markupsafe import Markup
from pelican import signals

from plugins.speedups import declare_switch, enabled

TEMPLATE = "includes/teaser.html"


class Teasers:
    """Jinja global `teaser(item, SITEURL, heading_level)`, memoized for one generator's run."""

    def __init__(self, env, memoize=True):
        self.env = env
        self.memoize = memoize
        self.rendered = {}

    def __call__(self, item, siteurl, heading_level=2):
        if not self.memoize:
            return Markup(self.env.get_template(TEMPLATE).render(item=item, SITEURL=siteurl, heading_level=heading_level))
        # The item is kept in the key's value so that its id() cannot be reused by another object.
        key = (id(item), siteurl, heading_level)
        if key not in self.rendered:
            html = self.env.get_template(TEMPLATE).render(item=item, SITEURL=siteurl, heading_level=heading_level)
            self.rendered[key] = (item, Markup(html))
        return self.rendered[key][1]


def add_global(generator):
    generator.env.globals["teaser"] = Teasers(generator.env, memoize=enabled(generator.settings))


def register():
    declare_switch()
    # generator_init: each generator builds its own Jinja environment, once per build.
    signals.generator_init.connect(add_global)
