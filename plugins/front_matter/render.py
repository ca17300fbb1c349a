"""Turn one content file into HTML and checked values, with no Pelican objects.

Kept free of Pelican objects so that worker processes can run it (see batch.py)
and send back plain, picklable results.
"""

import html
import importlib
import os

from markdown import Markdown

from .document import parse
from .errors import ContentError
from .schema import PAGE_REQUIRED, REQUIRED, validate
from .slugs import slug_for

# Python-Markdown's `meta` extension would read "Key: value" lines at the top of
# the body as metadata: the front matter is ours, so it must never run.
META_EXTENSIONS = ("meta", "markdown.extensions.meta")
# The settings a Renderer reads: a worker process gets only these.
SETTING_KEYS = (
    "PATH", "PAGE_PATHS", "MARKDOWN", "SLUG_REGEX_SUBSTITUTIONS", "FRONT_MATTER_SLUG_MAX_LENGTH",
    "FRONT_MATTER_TYPOGRIFY", "TYPOGRIFY_IGNORE_TAGS", "TYPOGRIFY_OMIT_FILTERS", "TYPOGRIFY_DASHES",
    "FRONT_MATTER_DERIVED",
)


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


def typogrifier(settings):
    """typogrify exactly as Pelican applies it with TYPOGRIFY on, or None when off."""
    if not settings.get("FRONT_MATTER_TYPOGRIFY"):
        return None
    import smartypants  # noqa: PLC0415
    from typogrify.filters import typogrify  # noqa: PLC0415

    from . import quotes, widont  # noqa: PLC0415

    quotes.install()
    widont.install()

    dashes = settings.get("TYPOGRIFY_DASHES", "default")
    smartypants.Attr.default = {
        "oldschool": smartypants.Attr.set2,
        "oldschool_inverted": smartypants.Attr.set3,
    }.get(dashes, smartypants.Attr.set1) | smartypants.Attr.w
    ignore = settings.get("TYPOGRIFY_IGNORE_TAGS", [])
    omit = dict.fromkeys(settings.get("TYPOGRIFY_OMIT_FILTERS", []), False)
    return lambda text: typogrify(text, ignore, **omit)


def derived_functions(settings):
    """{metadata key: function(title_html, body_html)} from FRONT_MATTER_DERIVED's "module.function" paths.

    Values other plugins compute from each article's own text are computed here,
    in the reading workers, and kept by Pelican's content cache with the rest.
    """
    functions = {}
    for key, path in (settings.get("FRONT_MATTER_DERIVED") or {}).items():
        module, _, name = path.rpartition(".")
        functions[key] = getattr(importlib.import_module(module), name)
    return functions


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


class Renderer:
    """Markdown and typography for one process, built once: building Markdown
    loads every extension, which costs more than converting a short article."""

    def __init__(self, settings):
        self.settings = {key: settings[key] for key in SETTING_KEYS if key in settings}
        self._md = Markdown(**markdown_settings(self.settings))
        self._typogrify = typogrifier(self.settings)
        self._derived = derived_functions(self.settings)

    def markdown(self, text):
        return self._md.reset().convert(text)

    def typography(self, markup):
        return self._typogrify(markup) if self._typogrify and markup else markup

    def values(self, source_path, with_body):
        """(checked values with HTML title/summary and slug, key lines, body HTML or None)."""
        document, values = read_document(source_path, self.settings)
        values["slug"] = values.get("slug") or slug_for(values["title"], self.settings)
        values["title"] = self.typography(html.escape(values["title"], quote=False))
        if "summary" in values:
            values["summary"] = self.typography(self.markdown(values["summary"]))
        body = self.typography(self.markdown(document.body)) if with_body else None
        return values, document.key_lines, body

    def render(self, source_path):
        """values() with the body, as a dict; a content error comes back as data
        too, since it may cross from a worker process."""
        try:
            values, key_lines, body = self.values(source_path, with_body=True)
        except ContentError as error:
            return {"error": (error.path, error.line, error.message)}
        for key, function in self._derived.items():
            values[key] = function(values["title"], body)
        return {"values": values, "key_lines": key_lines, "body": body}
