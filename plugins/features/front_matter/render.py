"""Turn one content file into HTML and checked values, with no Pelican objects.

Kept free of Pelican objects so that worker processes can run it (see batch.py)
and send back plain, picklable results.
"""

import html
import importlib
import os

from markdown import Markdown

from plugins.libs.slugs import slug_for
from plugins.libs.timezone import site_zone

from .document import parse
from .errors import ContentError
from .links import LinkPolicy, body_problem
from .schema import PAGE_REQUIRED, REQUIRED, validate

# Python-Markdown's `meta` extension would read "Key: value" lines at the top of
# the body as metadata: the front matter is ours, so it must never run.
META_EXTENSIONS = ("meta", "markdown.extensions.meta")
# The settings a Renderer reads: a worker process gets only these.
SETTING_KEYS = (
    "PATH", "PAGE_PATHS", "MARKDOWN", "SLUG_REGEX_SUBSTITUTIONS", "FRONT_MATTER_SLUG_MAX_LENGTH",
    "FRONT_MATTER_TYPOGRIFY", "TYPOGRIFY_IGNORE_TAGS", "TYPOGRIFY_OMIT_FILTERS", "TYPOGRIFY_DASHES",
    "FRONT_MATTER_DERIVED", "FRONT_MATTER_MAX_BYTES", "TIMEZONE",
)
# A news article is tens of kilobytes; megabytes are a pasted image or a wrong file,
# and would be copied whole into every page and feed that shows the article.
DEFAULT_MAX_BYTES = 5_000_000
# Fields whose text becomes a folder of the site: they need a letter or a digit.
NAMED_FIELDS = ("category", "unit")


def markdown_settings(settings, summary=False):
    """Pelican's MARKDOWN setting without the `meta` extension, with the link policy."""
    config = dict(settings["MARKDOWN"])
    config["extensions"] = [
        extension for extension in config.get("extensions", []) if extension not in META_EXTENSIONS
    ] + [LinkPolicy(summary=summary)]
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


def _read_bytes(source_path, settings):
    """The file's bytes, unless it is larger than FRONT_MATTER_MAX_BYTES."""
    limit = settings.get("FRONT_MATTER_MAX_BYTES", DEFAULT_MAX_BYTES)
    size = os.path.getsize(source_path)
    if limit and size > limit:
        raise ContentError(
            source_path, 1,
            f"tệp quá lớn ({size / 1e6:.1f} MB, tối đa {limit / 1e6:g} MB): "
            "ảnh đặt trong content/images/, không dán vào bài",
        )
    with open(source_path, "rb") as handle:
        return handle.read()


def _check_body(document):
    problem = body_problem(document.body)
    if problem:
        offset, message = problem
        raise ContentError(document.path, document.line_in_body(offset), message)


def _check_names(document, values, settings):
    """Every text that becomes part of a URL must give a non-empty slug."""
    if not values.get("slug") and not slug_for(values.get("title", ""), settings):
        raise ContentError(
            document.path, document.line_of("title"),
            "title: tiêu đề không có chữ cái hay chữ số để làm địa chỉ bài; hãy thêm 'slug:'",
        )
    for key in NAMED_FIELDS:
        if key in values and not slug_for(values[key], settings):
            raise ContentError(
                document.path, document.line_of(key),
                f"{key}: '{values[key]}' cần ít nhất một chữ cái hoặc chữ số để làm địa chỉ trang",
            )


def read_document(source_path, settings):
    """Parse and check one content file, body included: (document, checked values)."""
    document = parse(source_path, _read_bytes(source_path, settings))
    required = PAGE_REQUIRED if is_page(source_path, settings) else REQUIRED
    values = validate(document, site_zone(settings), required)
    _check_names(document, values, settings)
    _check_body(document)
    return document, values


class Renderer:
    """Markdown and typography for one process, built once: building Markdown
    loads every extension, which costs more than converting a short article."""

    def __init__(self, settings):
        self.settings = {key: settings[key] for key in SETTING_KEYS if key in settings}
        self._md = Markdown(**markdown_settings(self.settings))
        self._summary_md = Markdown(**markdown_settings(self.settings, summary=True))
        self._typogrify = typogrifier(self.settings)
        self._derived = derived_functions(self.settings)

    def markdown(self, text):
        return self._md.reset().convert(text)

    def summary_markdown(self, text):
        """A summary's HTML: its raw HTML shown as text, its links web, mail or site addresses."""
        return self._summary_md.reset().convert(text)

    def typography(self, markup):
        return self._typogrify(markup) if self._typogrify and markup else markup

    def values(self, source_path, with_body):
        """(checked values with HTML title/summary and slug, key lines, body HTML or None)."""
        document, values = read_document(source_path, self.settings)
        values["slug"] = values.get("slug") or slug_for(values["title"], self.settings)
        values["title"] = self.typography(html.escape(values["title"], quote=False))
        if "summary" in values:
            values["summary"] = self.typography(self.summary_markdown(values["summary"]))
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
