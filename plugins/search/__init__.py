"""Static search with Pagefind: /tim-kiem/, a search box on every page, Vietnamese-aware matching."""

import os
import shutil

from pelican import signals

from . import pagefind_cli
from .documents import write_documents
from .search_page import SearchGenerator

DEFAULTS = {
    "SEARCH_ENABLED": True,
    "SEARCH_URL": "tim-kiem/",
    "SEARCH_SAVE_AS": "tim-kiem/index.html",
    "SEARCH_BUNDLE_DIR": "pagefind",  # relative to OUTPUT_PATH; search.js loads it from there
    "SEARCH_PAGEFIND_PACKAGE": "@pagefind/linux-x64",
    "SEARCH_PAGEFIND_VERSION": "1.6.0",
    "SEARCH_PAGEFIND_INTEGRITY": "sha512-IbMSx/+Vr/Xk0TTBlLkjgK+rvnbOXGmmb2/MKxQu99AR5DsqQoV3NKEA9PQz2tAhuCZjeD5xJBp4w5N5DHIC7Q==",
    "SEARCH_PAGEFIND_BINARY": None,  # a local pagefind executable instead of the npm one
}


def add_defaults(pelican):
    """SEARCH_ defaults; off for a run that does not list this plugin.

    Pelican never disconnects receivers, so a plugin registered by an earlier
    run in the same process (tests, livereload) still hears every signal.
    """
    for key, value in DEFAULTS.items():
        pelican.settings.setdefault(key, value)
    if __name__ not in pelican.settings["PLUGINS"]:
        pelican.settings["SEARCH_ENABLED"] = False


def get_generators(pelican):
    return SearchGenerator if pelican.settings["SEARCH_ENABLED"] else None


def _folder(settings, name):
    """Pagefind's input and its unfinished bundle live in the cache: Pelican cleans the output
    folder after reading, and a bundle must never be published half written."""
    return os.path.join(os.path.abspath(settings["CACHE_PATH"]), name)


def stage_documents(generators):
    """One document per published article, written once every generator's context is final."""
    settings = generators[0].settings
    if not settings["SEARCH_ENABLED"]:
        return
    folder = _folder(settings, "search-documents")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)  # Pagefind needs the folder even for a site without articles
    write_documents(generators[0].context["articles"], folder)


def start_index(pelican):
    """Start Pagefind on the staged documents; it indexes while Pelican writes the pages."""
    settings = pelican.settings
    if settings["SEARCH_ENABLED"]:
        executable = pagefind_cli.binary(settings)
        pagefind_cli.start(executable, _folder(settings, "search-documents"), _folder(settings, "search-bundle"))


def publish_index(pelican):
    """Wait for Pagefind, move its complete bundle into the site, drop the documents."""
    settings = pelican.settings
    if not settings["SEARCH_ENABLED"]:
        return
    bundle = os.path.join(settings["OUTPUT_PATH"], settings["SEARCH_BUNDLE_DIR"])
    pagefind_cli.finish(_folder(settings, "search-bundle"), bundle)
    shutil.rmtree(_folder(settings, "search-documents"), ignore_errors=True)


def register():
    # initialized: templates and generators read the SEARCH_ settings.
    signals.initialized.connect(add_defaults)
    # get_generators: the search page needs every published article for its filters.
    signals.get_generators.connect(get_generators)
    # all_generators_finalized: articles are tagged and units merged; nothing is written yet.
    signals.all_generators_finalized.connect(stage_documents)
    # get_writer: sent once, after every all_generators_finalized receiver (strict_build's
    # checks included) and just before the first page is written, so Pagefind starts only
    # for a build that passed its checks and runs alongside the writing.
    signals.get_writer.connect(start_index)
    # finalized: every page is written; the bundle joins them only now, complete.
    signals.finalized.connect(publish_index)
