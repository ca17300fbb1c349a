"""Static search with Pagefind: /tim-kiem/, a search box on every page, Vietnamese-aware matching.

The index is built in parts (parts.py) by Pagefind runs beside Pelican's writing (pagefind_cli.py).
"""

import os
import shutil

from pelican import signals

from plugins.libs.plugin_settings import PluginSettings, Setting, path_or_none, positive_int, text, true_or_false

from . import pagefind_cli, parts
from .documents import document, write_documents
from .synonyms import synonyms_for
from .search_page import SearchGenerator

SETTINGS = PluginSettings(
    SEARCH_ENABLED=Setting(True, true_or_false),
    SEARCH_URL=Setting("tim-kiem/", text),
    SEARCH_SAVE_AS=Setting("tim-kiem/index.html", text),
    # Relative to OUTPUT_PATH; part i of the index is in its folder i.
    SEARCH_BUNDLE_DIR=Setting("pagefind", text),
    # Articles per index part (parts.py): Pagefind needs about 0.4 MB of memory per article of a part.
    SEARCH_PART_SIZE=Setting(2500, positive_int),
    SEARCH_PAGEFIND_PACKAGE=Setting("@pagefind/linux-x64", text),
    SEARCH_PAGEFIND_VERSION=Setting("1.6.0", text),
    SEARCH_PAGEFIND_INTEGRITY=Setting(
        "sha512-IbMSx/+Vr/Xk0TTBlLkjgK+rvnbOXGmmb2/MKxQu99AR5DsqQoV3NKEA9PQz2tAhuCZjeD5xJBp4w5N5DHIC7Q==", text
    ),
    # Relative to PATH: administrative abbreviations indexed with their full names (synonyms.py).
    SEARCH_ABBREVIATIONS=Setting("data/abbreviations.yml", text),
    # A local pagefind executable instead of the npm one.
    SEARCH_PAGEFIND_BINARY=Setting(None, path_or_none),
)


def disable_unless_listed(pelican):
    """Search is off for a run that does not list this plugin.

    Pelican never disconnects receivers, so a plugin registered by an earlier
    run in the same process (tests, livereload) still hears every signal.
    """
    if __name__ not in pelican.settings["PLUGINS"]:
        pelican.settings["SEARCH_ENABLED"] = False


def get_generators(pelican):
    return SearchGenerator if pelican.settings["SEARCH_ENABLED"] else None


def _folder(settings, name):
    """Pagefind's input and its unfinished bundle live in the cache: Pelican cleans the output
    folder after reading, and a bundle must never be published half written."""
    return os.path.join(os.path.abspath(settings["CACHE_PATH"]), name)


# Per build (by output folder), from staging to publishing: each part's key and what Pagefind must index.
PLANS = {}


def _indexer(settings):
    """What makes Pagefind's output differ for the same documents: its binary and its options."""
    if settings["SEARCH_PAGEFIND_BINARY"]:
        path = os.path.abspath(settings["SEARCH_PAGEFIND_BINARY"])
        try:
            stat = os.stat(path)
        except OSError:  # not there: its run says so
            stat = None
        binary = f"{path} {stat and stat.st_size} {stat and stat.st_mtime_ns}"
    else:
        binary = f"{settings['SEARCH_PAGEFIND_PACKAGE']}@{settings['SEARCH_PAGEFIND_VERSION']} {settings['SEARCH_PAGEFIND_INTEGRITY']}"
    return " ".join((binary, *pagefind_cli.OPTIONS))


def stage_documents(generators):
    """Documents of every published article, in parts; only the parts no earlier build indexed are written."""
    settings, context = generators[0].settings, generators[0].context
    if not settings["SEARCH_ENABLED"]:
        return
    folder = _folder(settings, "search-documents")
    shutil.rmtree(folder, ignore_errors=True)
    store = parts.PartStore(_folder(settings, "search-parts"))
    indexer = _indexer(settings)
    keys, jobs = [], []
    synonyms = synonyms_for(settings)  # the data files, checked once for the whole build
    for number, articles in enumerate(parts.split(context["articles"], settings["SEARCH_PART_SIZE"])):
        documents = [(article.save_as, document(article, settings, synonyms)) for article in articles]
        keys.append(parts.key(indexer, documents))
        if not store.has(keys[-1]):
            part_folder = os.path.join(folder, str(number))
            os.makedirs(part_folder)  # Pagefind needs the folder even for a site without articles
            write_documents(documents, part_folder)
            jobs.append((part_folder, store.path(keys[-1])))
    PLANS[settings["OUTPUT_PATH"]] = (keys, jobs)
    context["SEARCH_PARTS"] = len(keys)  # search.html tells search.js how many parts to merge


def start_index(pelican):
    """Start Pagefind on the parts to index; it runs while Pelican writes the pages."""
    settings = pelican.settings
    _, jobs = PLANS.get(settings["OUTPUT_PATH"], ((), ()))
    if settings["SEARCH_ENABLED"] and jobs:
        pagefind_cli.start(pagefind_cli.binary(settings), jobs)


def next_part(path, context):
    """A page was written: if a Pagefind run ended meanwhile, start the next."""
    pagefind_cli.advance()


def publish_index(pelican):
    """Wait for Pagefind, put every part's complete bundle into the site, drop the documents."""
    settings = pelican.settings
    plan = PLANS.pop(settings["OUTPUT_PATH"], None)
    if not settings["SEARCH_ENABLED"] or plan is None:
        return
    pagefind_cli.finish()
    bundle = os.path.join(settings["OUTPUT_PATH"], settings["SEARCH_BUNDLE_DIR"])
    parts.PartStore(_folder(settings, "search-parts")).publish(plan[0], bundle)
    shutil.rmtree(_folder(settings, "search-documents"), ignore_errors=True)


def register():
    # initialized: templates and generators read the SEARCH_ settings.
    signals.initialized.connect(SETTINGS.apply)
    signals.initialized.connect(disable_unless_listed)
    # get_generators: the search page needs every published article for its filters.
    signals.get_generators.connect(get_generators)
    # all_generators_finalized: articles are tagged and units merged; nothing is written yet.
    signals.all_generators_finalized.connect(stage_documents)
    # get_writer: sent once, after every all_generators_finalized receiver (strict_build's
    # checks included) and just before the first page is written, so Pagefind starts only
    # for a build that passed its checks and runs alongside the writing.
    signals.get_writer.connect(start_index)
    # content_written: Pagefind indexes the parts one at a time, started between pages.
    signals.content_written.connect(next_part)
    # finalized: every page is written; the bundle joins them only now, complete.
    signals.finalized.connect(publish_index)
