"""Article metadata for search engines and link previews: Open Graph and JSON-LD NewsArticle.

Templates use the filters: `article|news_article|json_ld`, `article|og_image_url`,
`moment|seo_datetime`, `html|seo_text`.
"""

from jinja2 import pass_context
from pelican import signals

from plugins.libs.plugin_settings import PluginSettings, Setting, path_or_none, text
from plugins.libs.timezone import site_zone

from .jsonld import cited_document, json_ld, local_iso, news_article
from .opengraph import BUNDLED_IMAGE, DEFAULT_IMAGE, copy_default_image, image_url, plain

SETTINGS = PluginSettings(
    # The share image of articles without `image`, relative to the site.
    SEO_DEFAULT_IMAGE=Setting(DEFAULT_IMAGE, text),
    # Copied to SEO_DEFAULT_IMAGE; None when that is a static file of the site.
    SEO_DEFAULT_IMAGE_SOURCE=Setting(BUNDLED_IMAGE, path_or_none),
)


@pass_context
def og_image_url(context, article):
    return image_url(context, article)


@pass_context
def seo_datetime(context, moment):
    return local_iso(moment, site_zone(context))


FILTERS = {
    "cited_document": cited_document,
    "json_ld": json_ld,
    "news_article": news_article,
    "og_image_url": og_image_url,
    "seo_datetime": seo_datetime,
    "seo_text": plain,
}


def add_filters(generator):
    generator.env.filters.update(FILTERS)


def register():
    # initialized: the SEO_ defaults, before Pelican copies the settings into the templates' context.
    signals.initialized.connect(SETTINGS.apply)
    # generator_init: each generator builds its own Jinja environment.
    signals.generator_init.connect(add_filters)
    # finalized: the output folder is complete and will not be cleaned again.
    signals.finalized.connect(copy_default_image)
