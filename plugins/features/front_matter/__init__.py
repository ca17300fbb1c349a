"""Strict YAML front matter for Markdown articles and pages."""

import os

from pelican import signals

from plugins.libs.plugin_settings import (
    PluginSettings, Setting, list_of_text, positive_int, true_or_false, whole_number,
)
from plugins.libs.slugs import DEFAULT_MAX_LENGTH

from .cache_guard import DEFAULT_KEEP, guard
from .errors import BuildError, ContentError, display_path
from .feeds import DEFAULT_MAX_CHARS, cap_feed
from .reader import DEFAULT_PARALLEL_MIN, FrontMatterMarkdownReader
from .render import DEFAULT_MAX_BYTES, read_document

# The modules keep each default as a constant of their own, for `./dev check`
# and the importer, which read content with pelicanconf.py but no plugin loaded.
SETTINGS = PluginSettings(
    FRONT_MATTER_SLUG_MAX_LENGTH=Setting(DEFAULT_MAX_LENGTH, positive_int),  # characters of a slug made from a title
    FRONT_MATTER_TYPOGRIFY=Setting(False, true_or_false),  # typogrify in the reader (Pelican's TYPOGRIFY stays off)
    FRONT_MATTER_PROCESSES=Setting(0, whole_number),  # reading workers; 0: one per core
    FRONT_MATTER_PARALLEL_MIN=Setting(DEFAULT_PARALLEL_MIN, whole_number),  # fewer files are read in the main process
    FRONT_MATTER_MAX_BYTES=Setting(DEFAULT_MAX_BYTES, positive_int),  # a larger content file stops the build
    FRONT_MATTER_FEED_MAX_CHARS=Setting(DEFAULT_MAX_CHARS, whole_number),  # full text in feeds up to this; 0: no cap
    # {metadata name: "module.function"}: values computed from each article's text while it is read.
    FRONT_MATTER_DERIVED={},
    # Files in CACHE_PATH kept when the content cache is dropped.
    FRONT_MATTER_CACHE_KEEP=Setting(DEFAULT_KEEP, list_of_text),
)

__all__ = ["BuildError", "ContentError", "display_path", "read_document", "register"]


def add_reader(readers):
    for extension in FrontMatterMarkdownReader.file_extensions:
        readers.reader_classes[extension] = FrontMatterMarkdownReader


def prefetch_articles(generator):
    """Hand the articles that are in none of Pelican's caches to worker processes at once."""
    reader = generator.readers.readers.get(FrontMatterMarkdownReader.file_extensions[0])
    if not isinstance(reader, FrontMatterMarkdownReader):
        return
    settings = generator.settings
    extensions = tuple(f".{extension}" for extension in FrontMatterMarkdownReader.file_extensions)
    paths = []
    for relative in generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"]):
        path = os.path.abspath(os.path.join(generator.path, relative))
        cached = generator.get_cached_data(relative, None) or generator.readers.get_cached_data(path, (None, None))[0]
        if relative.endswith(extensions) and cached is None:
            paths.append(path)
    reader.prefetch(paths)


def guard_cache(pelican):
    guard(pelican.settings)


def register():
    # initialized: the FRONT_MATTER_ defaults, then the cache check, before any generator loads the content cache.
    signals.initialized.connect(SETTINGS.apply)
    signals.initialized.connect(guard_cache)
    # readers_init: replace Pelican's Markdown reader before any file is read.
    signals.readers_init.connect(add_reader)
    # article_generator_init: the articles generator exists but has read nothing yet.
    signals.article_generator_init.connect(prefetch_articles)
    # feed_generated: a feed's entries are made and not yet written (sender: the context).
    signals.feed_generated.connect(cap_feed)
