"""Pelican reader for Markdown files with strict YAML front matter."""

import html
import os

from markdown import Markdown
from pelican.readers import MarkdownReader

from .document import parse
from .schema import PAGE_REQUIRED, REQUIRED, validate
from .slugs import slug_for

# Python-Markdown's `meta` extension would read "Key: value" lines at the top of
# the body as metadata: the front matter is ours, so it must never run.
META_EXTENSIONS = ("meta", "markdown.extensions.meta")


def markdown_settings(settings):
    """Pelican's MARKDOWN setting without the `meta` extension."""
    config = dict(settings["MARKDOWN"])
    config["extensions"] = [
        extension for extension in config.get("extensions", []) if extension not in META_EXTENSIONS
    ]
    config["extension_configs"] = {
        name: options
        for name, options in config.get("extension_configs", {}).items()
        if name not in META_EXTENSIONS
    }
    return config


def is_page(source_path, settings):
    """Whether a file lies in one of PAGE_PATHS (pages need no date)."""
    relative = os.path.relpath(source_path, settings["PATH"])
    return any(
        relative == folder or relative.startswith(folder.rstrip("/") + os.sep)
        for folder in settings["PAGE_PATHS"]
    )


def read_document(source_path, settings):
    """Parse and validate one content file: (document, checked values)."""
    with open(source_path, "rb") as handle:
        document = parse(source_path, handle.read())
    required = PAGE_REQUIRED if is_page(source_path, settings) else REQUIRED
    return document, validate(document, required)


class FrontMatterMarkdownReader(MarkdownReader):
    """Reads `---` YAML front matter strictly, then the Markdown body."""

    enabled = True
    file_extensions = ["md", "markdown"]

    def __init__(self, settings):
        super().__init__(settings)
        # One Markdown instance per reader, reset per file: building it loads
        # every extension, which costs more than converting a short article.
        self._md = Markdown(**markdown_settings(settings))

    def _markdown(self, text):
        return self._md.reset().convert(text)

    def read_metadata(self, source_path):
        """(document, Pelican metadata) without converting the body."""
        document, values = read_document(source_path, self.settings)
        # key_lines lets later plugins report `path:line` for a field's value.
        metadata = {"key_lines": document.key_lines}
        for key, value in values.items():
            if key == "title":
                metadata[key] = html.escape(value, quote=False)
            elif key == "summary":
                metadata[key] = self._markdown(value)
            elif key in ("category", "author"):
                metadata[key] = self.process_metadata(key, value)
            else:
                metadata[key] = value
        metadata.setdefault("slug", slug_for(values["title"], self.settings))
        return document, metadata

    def read(self, source_path):
        self._source_path = source_path
        document, metadata = self.read_metadata(source_path)
        return self._markdown(document.body), metadata
