"""Every private part of Pelican and pelican-sitemap that the plugins rely on, and nothing else.

Some speed-ups and fixes have no public hook: they replace or read what
Pelican and pelican-sitemap keep to themselves. A release may rename or move
any of it without notice, and the build would then fail far from the cause,
or worse, quietly build a different site. So the plugins touch these parts
only through the names below, and `check()` compares each one with the
versions they were read in; `ensure()` stops the build with one line naming
the part, before any page is written.
"""

import functools
import importlib
import importlib.metadata
import inspect
from dataclasses import dataclass

PELICAN_CHECKED = "4.12.0"
SITEMAP_CHECKED = "1.2.2"  # pelican-sitemap

WRITER = "pelican.writers.Writer"
ARTICLES_GENERATOR = "pelican.generators.ArticlesGenerator"
GENERATOR = "pelican.generators.Generator"
CONTENT = "pelican.contents.Content"
SITEMAP_MODULE = "pelican.plugins.sitemap.sitemap"
SITEMAP_GENERATOR = SITEMAP_MODULE + ".SitemapGenerator"
SITEMAP_RUN = "generator"  # the module's one SitemapGenerator, shared by every build of the process

WRITER_OPEN = "_open_w"
WRITER_WRITTEN = "_written_files"
WRITER_OVERRIDDEN = "_overridden_files"
PERIOD_ARCHIVES_METHOD = "_build_period_archives"
UPDATE_CONTEXT_METHOD = "_update_context"
CONTENT_HTML = "_content"
# Each Content keeps the build's whole shared context under this name.
CONTENT_CONTEXT = "_context"
SITEMAP_OWNER = "_main_pelican"
SITEMAP_QUEUE = "page_queue"
SITEMAP_NOW = "now"


# (owner, name) -> Pelican's own method, once a plugin has put its own in its place.
REPLACED = {}


class InternalsChanged(RuntimeError):
    """An installed Pelican or pelican-sitemap no longer has a part the plugins use."""


@dataclass(frozen=True)
class Internal:
    """One private part: a method with its signature, or an attribute every instance has."""

    owner: str  # dotted path of the class, or of the module
    name: str
    signature: str | None  # None: an attribute, looked for on a new instance (or the module)
    distribution: str
    checked: str

    def problem(self, owner, replaced=None):
        """What is wrong with this part of `owner` (the class), or None; `replaced`: the
        original of a method a plugin has replaced."""
        label = f"{self.owner.rsplit('.', 1)[1]}.{self.name}"
        if self.signature is None:
            if not hasattr(_instance(owner, self.owner), self.name):
                return f"{label} (thuộc tính) không còn"
            return None
        method = replaced or inspect.getattr_static(owner, self.name, None)
        if method is None:
            return f"{label}{self.signature} không còn"
        found = str(inspect.signature(method))
        if found != self.signature:
            return f"{label} đổi từ {self.signature} thành {found}"
        return None


INTERNALS = (
    Internal(WRITER, WRITER_OPEN, "(self, filename, encoding, override=False)", "pelican", PELICAN_CHECKED),
    Internal(WRITER, WRITER_WRITTEN, None, "pelican", PELICAN_CHECKED),
    Internal(WRITER, WRITER_OVERRIDDEN, None, "pelican", PELICAN_CHECKED),
    Internal(ARTICLES_GENERATOR, PERIOD_ARCHIVES_METHOD, "(self, sorted_articles, articles, settings)", "pelican",
             PELICAN_CHECKED),
    Internal(GENERATOR, UPDATE_CONTEXT_METHOD, "(self, items)", "pelican", PELICAN_CHECKED),
    Internal(CONTENT, CONTENT_HTML, None, "pelican", PELICAN_CHECKED),
    Internal(CONTENT, CONTENT_CONTEXT, None, "pelican", PELICAN_CHECKED),
    Internal(SITEMAP_MODULE, SITEMAP_RUN, None, "pelican-sitemap", SITEMAP_CHECKED),
    Internal(SITEMAP_GENERATOR, SITEMAP_OWNER, None, "pelican-sitemap", SITEMAP_CHECKED),
    Internal(SITEMAP_GENERATOR, SITEMAP_QUEUE, None, "pelican-sitemap", SITEMAP_CHECKED),
    Internal(SITEMAP_GENERATOR, SITEMAP_NOW, None, "pelican-sitemap", SITEMAP_CHECKED),
)


# Arguments that make a throw-away instance; the Writer creates no folder until it writes.
INSTANCE_ARGUMENTS = {WRITER: ("/nonexistent", {}), CONTENT: ("",)}


def _instance(owner, path):
    """A throw-away instance, to see the attributes its __init__ sets; a module is itself."""
    if inspect.ismodule(owner):
        return owner
    return owner(*INSTANCE_ARGUMENTS.get(path, ()))


def _installed(distribution):
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _import(dotted):
    """The module or the class at `dotted`; None if the module holds no such class."""
    try:
        return importlib.import_module(dotted)
    except ModuleNotFoundError:
        module, _, name = dotted.rpartition(".")
        return getattr(importlib.import_module(module), name, None)


def check(owners=None):
    """Raise InternalsChanged naming every part that moved; pelican-sitemap only when installed.

    `owners` maps an owner's dotted path to the class to look in (default: the installed one).
    """
    owners = owners or {}
    problems = []
    for internal in INTERNALS:
        installed = _installed(internal.distribution)
        if installed is None and internal.distribution != "pelican":
            continue
        replaced = None
        try:
            if internal.owner in owners:
                owner = owners[internal.owner]
            else:
                owner, replaced = _import(internal.owner), REPLACED.get((internal.owner, internal.name))
        except ImportError:
            owner = None
        problem = f"{internal.owner} không còn" if owner is None else internal.problem(owner, replaced)
        if problem:
            problems.append(
                f"{problem} (đã kiểm tra với {internal.distribution} {internal.checked}, "
                f"máy này cài {internal.distribution} {installed})"
            )
    if problems:
        raise InternalsChanged("; ".join(problems))


@functools.cache
def ensure():
    """check() once per process, as one line that stops the build (SystemExit) before anything is written."""
    try:
        check()
    except InternalsChanged as changed:
        raise SystemExit(
            f"Không dựng trang: plugin dùng phần bên trong của Pelican đã đổi: {changed}. "
            "Hãy cài lại đúng phiên bản trong requirements.lock, hoặc sửa plugins/libs/pelican_internals.py."
        ) from None


# pelican.writers.Writer


def writer_open(writer, filename, encoding, override=False):
    """Pelican's own opening of an output file: it refuses a second write to one file unless overridden."""
    from pelican.writers import Writer  # noqa: PLC0415

    return getattr(Writer, WRITER_OPEN)(writer, filename, encoding, override)


def set_writer_open(writer_class, method):
    """`writer_class` opens each output file with method(writer, filename, encoding, override=False)."""
    setattr(writer_class, WRITER_OPEN, method)


def writer_has_written(writer, filename):
    """Whether the writer has opened `filename` in this build, overriding or not."""
    return filename in getattr(writer, WRITER_WRITTEN) or filename in getattr(writer, WRITER_OVERRIDDEN)


def writer_record(writer, filename, override=False):
    """What Pelican's opening records for a file written once, without opening it."""
    if override:
        getattr(writer, WRITER_OVERRIDDEN).add(filename)
    getattr(writer, WRITER_WRITTEN).add(filename)


# pelican.generators


def pelican_period_archives():
    """Pelican's ArticlesGenerator._build_period_archives(self, sorted_articles, articles, settings)."""
    from pelican.generators import ArticlesGenerator  # noqa: PLC0415

    key = (ARTICLES_GENERATOR, PERIOD_ARCHIVES_METHOD)
    return REPLACED.get(key) or ArticlesGenerator.__dict__[PERIOD_ARCHIVES_METHOD]


def set_period_archives(function):
    """Every ArticlesGenerator builds its year and month archives with `function`."""
    from pelican.generators import ArticlesGenerator  # noqa: PLC0415

    REPLACED[(ARTICLES_GENERATOR, PERIOD_ARCHIVES_METHOD)] = pelican_period_archives()
    setattr(ArticlesGenerator, PERIOD_ARCHIVES_METHOD, function)


def update_context(generator, names):
    """Share the generator's attributes `names` with the templates and the other generators."""
    getattr(generator, UPDATE_CONTEXT_METHOD)(names)


# pelican.contents.Content


def content_html(content):
    """The article's HTML as read, before Pelican rewrites its {filename} links."""
    return getattr(content, CONTENT_HTML)


def set_content_html(content, html):
    """Change the article's HTML as read: its {static} and {filename} links are rewritten after."""
    setattr(content, CONTENT_HTML, html)


# pelican-sitemap


def sitemap_run():
    """pelican-sitemap's module-level run object, or None without that plugin."""
    try:
        module = importlib.import_module(SITEMAP_MODULE)
    except ImportError:
        return None
    return getattr(module, SITEMAP_RUN)


def sitemap_forget(run):
    """Clear the run as pelican-sitemap does at `finalized`: no build owns it, no page is queued."""
    setattr(run, SITEMAP_OWNER, None)
    setattr(run, SITEMAP_QUEUE, [])


def sitemap_set_now(run, date):
    """The <lastmod> of pages that have no date of their own (list pages)."""
    setattr(run, SITEMAP_NOW, date)
