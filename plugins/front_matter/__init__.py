"""Strict YAML front matter for Markdown articles and pages."""

from pelican import signals

from .errors import BuildError, ContentError, display_path
from .reader import FrontMatterMarkdownReader, read_document

__all__ = ["BuildError", "ContentError", "display_path", "read_document", "register"]


def add_reader(readers):
    for extension in FrontMatterMarkdownReader.file_extensions:
        readers.reader_classes[extension] = FrontMatterMarkdownReader


def register():
    # readers_init: replace Pelican's Markdown reader before any file is read.
    signals.readers_init.connect(add_reader)
