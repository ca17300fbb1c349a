"""Strict YAML front matter for Markdown articles and pages."""

import os

from pelican import signals

from .cache_guard import guard
from .errors import BuildError, ContentError, display_path
from .feeds import cap_feed
from .reader import FrontMatterMarkdownReader
from .render import read_document

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
    # initialized: before any generator loads the content cache.
    signals.initialized.connect(guard_cache)
    # readers_init: replace Pelican's Markdown reader before any file is read.
    signals.readers_init.connect(add_reader)
    # article_generator_init: the articles generator exists but has read nothing yet.
    signals.article_generator_init.connect(prefetch_articles)
    # feed_generated: a feed's entries are made and not yet written (sender: the context).
    signals.feed_generated.connect(cap_feed)
