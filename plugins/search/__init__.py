"""Static search with Pagefind: /tim-kiem/, a search box on every page, Vietnamese-aware matching."""

import os
import shutil

from pelican import signals

from . import pagefind_cli
from .documents import documents_folder
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


def build_index(pelican):
    """Index the documents SearchGenerator wrote, then drop them."""
    settings = pelican.settings
    if not settings["SEARCH_ENABLED"]:
        return
    documents = documents_folder(settings)
    bundle = os.path.join(settings["OUTPUT_PATH"], settings["SEARCH_BUNDLE_DIR"])
    pagefind_cli.index(pagefind_cli.binary(settings), documents, bundle)
    shutil.rmtree(documents, ignore_errors=True)


def register():
    # initialized: templates and generators read the SEARCH_ settings.
    signals.initialized.connect(add_defaults)
    # get_generators: the search page needs every published article for its filters.
    signals.get_generators.connect(get_generators)
    # finalized: every page is written and the output folder can no longer be
    # cleaned, so the bundle indexes exactly the site that was built.
    signals.finalized.connect(build_index)
