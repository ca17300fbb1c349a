"""Files that crawlers and hosts read at the site root: robots.txt and, for a custom domain, CNAME.

Settings (all optional):
  PUBLISH_ROBOTS_SAVE_AS  where robots.txt is written ("robots.txt"; "" for none)
  PUBLISH_SITEMAP_URL     the sitemap named in robots.txt, relative to SITEURL ("sitemap.xml")
  PUBLISH_CNAME           custom domain written to CNAME, e.g. "danvan.example.vn";
                          defaults to the PUBLISH_CNAME environment variable, so CI can set it
"""

import os
from pathlib import Path

from pelican import signals

from plugins.libs import pelican_internals
from plugins.libs.plugin_settings import PluginSettings, Setting, text

ROBOTS_SAVE_AS = "robots.txt"
SITEMAP_URL = "sitemap.xml"
# PUBLISH_CNAME has no default to apply: without it, the environment variable is read at each build.
SETTINGS = PluginSettings(
    known=("PUBLISH_CNAME",),
    PUBLISH_ROBOTS_SAVE_AS=Setting(ROBOTS_SAVE_AS, text),
    PUBLISH_SITEMAP_URL=Setting(SITEMAP_URL, text),
)


def robots_txt(siteurl, sitemap_url):
    """Everything may be crawled; the sitemap lists every page."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {siteurl}/{sitemap_url}\n"


def cname_of(settings):
    domain = settings.get("PUBLISH_CNAME", os.environ.get("PUBLISH_CNAME", ""))
    return domain.strip().removeprefix("https://").removeprefix("http://").strip("/")


def write_files(pelican):
    settings = pelican.settings
    output = Path(pelican.output_path)
    robots_save_as = settings.get("PUBLISH_ROBOTS_SAVE_AS", ROBOTS_SAVE_AS)
    if robots_save_as:
        sitemap_url = settings.get("PUBLISH_SITEMAP_URL", SITEMAP_URL)
        (output / robots_save_as).write_text(robots_txt(settings["SITEURL"], sitemap_url), encoding="utf-8")
    domain = cname_of(settings)
    if domain:
        (output / "CNAME").write_text(domain + "\n", encoding="utf-8")


def reset_sitemap(pelican):
    """Forget a sitemap run that a stopped build left behind.

    pelican-sitemap keeps its run in a module-level object that only `finalized`
    clears. A build stopped by a content error never gets there, and every later
    build in the same process (livereload, tests) would then write no sitemap.
    """
    run = pelican_internals.sitemap_run()
    if run is not None:
        pelican_internals.sitemap_forget(run)


def date_sitemap_lists(generators):
    """List pages get the newest article's date as <lastmod>, not the build's clock,
    so that the same content gives the same sitemap."""
    run = pelican_internals.sitemap_run()
    articles = generators[0].context.get("articles") or []
    if run is not None and articles:
        pelican_internals.sitemap_set_now(run, max(article.date for article in articles))


def register():
    pelican_internals.ensure()
    # initialized: the PUBLISH_ defaults.
    signals.initialized.connect(SETTINGS.apply)
    # initialized: before the sitemap plugin claims this run in get_generators.
    signals.initialized.connect(reset_sitemap)
    # all_generators_finalized: the articles are known, the sitemap is not written yet.
    signals.all_generators_finalized.connect(date_sitemap_lists)
    # finalized: the output folder exists and DELETE_OUTPUT_DIRECTORY will not remove these files.
    signals.finalized.connect(write_files)
