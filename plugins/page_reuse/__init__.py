"""Keep the pages an edit did not change: a warm rebuild renders only what differs.

Pelican renders every page on every build. Here each page gets a key: the
build's code, theme and settings, the template, and a digest of each value
its template (with everything it extends, includes or imports) reads. A page
whose key is the one recorded by the last complete build is moved over from
that build's output instead of being rendered again; every other page is
rendered as usual, and pages no longer produced disappear with the old output.
"""

import hashlib
import importlib.metadata
import logging
import os
import pickle
import shutil
from pathlib import Path

from jinja2 import meta
from pelican import signals
from pelican.writers import Writer

from .digest import Digest, Unreusable

logger = logging.getLogger(__name__)

DEFAULTS = {
    "PAGE_REUSE_ENABLED": True,
    "PAGE_REUSE_MANIFEST": "page-reuse-manifest",  # in CACHE_PATH: {page path: key} of the last complete build
    "PAGE_REUSE_PREVIOUS": "previous-output",  # in CACHE_PATH: the last build's output while this one runs
}
THEME_AND_CODE = (Path(__file__).resolve().parent.parent,)  # every plugin; the theme is added per build
# Pelican's `articles_previous_page` and `articles_next_page`: a list page links
# to its neighbours and shows none of their articles, so they count by links.
NEIGHBOUR_PAGES = ("_previous_page", "_next_page")
RUNS = {}  # output path -> Run in progress


def build_key(settings):
    """What every page depends on: installed packages, plugin and theme files, settings."""
    digest = hashlib.blake2b(digest_size=16)
    for distribution in sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()):
        digest.update(distribution.encode())
    for folder in (*THEME_AND_CODE, Path(settings["THEME"])):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    try:
        digest.update(Digest().of({key: value for key, value in settings.items() if key.isupper()}))
    except Unreusable:
        return None
    return digest.digest()


class Run:
    """One build: the last build's output set aside, its keys, and the keys of this one."""

    def __init__(self, settings, context):
        self.context = context  # Pelican's context for this build, shared by its generators
        self.settings = settings
        cache = Path(settings["CACHE_PATH"])
        self.output = Path(settings["OUTPUT_PATH"]).resolve()
        self.manifest_path = cache / settings["PAGE_REUSE_MANIFEST"]
        self.previous = (cache / settings["PAGE_REUSE_PREVIOUS"]).resolve()
        self.key = build_key(settings)
        self.digest = Digest()
        self.variables = {}  # template name -> names it reads, or None
        self.keys = {}  # page path relative to the output -> key, for the next build
        self.reused = 0
        try:
            self.recorded = pickle.loads(self.manifest_path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError):
            self.recorded = {}
        # Recorded keys hold only for the output of a complete build: if this
        # one stops half way, the next one finds no manifest and renders all.
        self.manifest_path.unlink(missing_ok=True)
        self._set_aside_output(settings)

    def _set_aside_output(self, settings):
        """Move the last output out of the way of DELETE_OUTPUT_DIRECTORY, keeping what it retains."""
        shutil.rmtree(self.previous, ignore_errors=True)
        if not self.output.is_dir():
            return
        self.previous.mkdir(parents=True)
        keep = set(settings.get("OUTPUT_RETENTION", ()))
        for entry in self.output.iterdir():
            if entry.name not in keep and not self.previous.is_relative_to(entry.resolve()):
                os.replace(entry, self.previous / entry.name)

    def template_variables(self, template):
        """The names `template` may read, following extends, include and import; None if one is computed."""
        if template.name not in self.variables:
            environment, names, todo, seen = template.environment, set(), [template.name], set()
            while todo and names is not None:
                name = todo.pop()
                if name in seen:
                    continue
                seen.add(name)
                tree = environment.parse(environment.loader.get_source(environment, name)[0])
                names |= meta.find_undeclared_variables(tree)
                for referenced in meta.find_referenced_templates(tree):
                    if referenced is None:
                        names = None
                        break
                    todo.append(referenced)
            self.variables[template.name] = None if names is None else sorted(names)
        return self.variables[template.name]

    def page_key(self, template, context):
        names = self.template_variables(template)
        if self.key is None or names is None:
            return None
        try:
            parts = [name.encode() + self._value_key(name, context) for name in names]
        except Unreusable as reason:
            logger.debug("Page %s is rendered: %s", context.get("output_file"), reason)
            return None
        return hashlib.blake2b(self.key + template.name.encode() + b"".join(parts), digest_size=16).digest()

    def _value_key(self, name, context):
        if name not in context:
            return b"-"
        value = context[name]
        if value is self.settings.get(name) and name.isupper():
            return b"="  # a setting as Pelican copied it into the context: in the build's key
        return self.digest.of(value, name.endswith(NEIGHBOUR_PAGES))

    def finish(self):
        """Drop what was not reused and record this build's keys."""
        shutil.rmtree(self.previous, ignore_errors=True)
        self.manifest_path.parent.mkdir(parents=True, exist_ok=True)
        self.manifest_path.write_bytes(pickle.dumps(self.keys, protocol=pickle.HIGHEST_PROTOCOL))
        logger.info("Trang giữ nguyên từ lần dựng trước: %d; trang dựng lại: %d", self.reused, len(self.keys) - self.reused)


class _KeyedTemplate:
    """The template as Pelican's writer sees it: render() skips a page whose key is unchanged."""

    def __init__(self, template, writer):
        self._template, self._writer = template, writer

    def __getattr__(self, name):
        return getattr(self._template, name)

    def render(self, context):
        run, name = self._writer.run, context["output_file"]
        key = run.page_key(self._template, context)
        if key is not None:
            run.keys[name] = key
            previous = run.previous / name
            if run.recorded.get(name) == key and previous.is_file():
                self._writer.reuse[os.path.realpath(os.path.join(self._writer.output_path, name))] = previous
                return ""
        return self._template.render(context)


class _Reused:
    """Stands for the file Pelican opens to write: the old page is moved in instead."""

    def __init__(self, previous, target):
        self.previous, self.target = previous, target

    def __enter__(self):
        return self

    def write(self, text):
        assert not text, "a reused page is never rendered"

    def __exit__(self, *exc_info):
        if exc_info[0] is None:
            os.replace(self.previous, self.target)


class PageReuseWriter(Writer):
    """Pelican's writer, taking unchanged pages from the last build."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings)
        self.run = RUNS[_output({"OUTPUT_PATH": output_path})]
        self.reuse = {}  # real path of a page about to be written -> its file from the last build

    def write_file(self, name, template, context, *args, **kwargs):
        return super().write_file(name, _KeyedTemplate(template, self), context, *args, **kwargs)

    def _open_w(self, filename, encoding, override=False):
        previous = self.reuse.pop(os.path.realpath(filename), None)
        handle = super()._open_w(filename, encoding, override)
        if previous is None or handle.name == os.devnull:
            return handle
        handle.close()
        self.run.reused += 1
        return _Reused(previous, filename)


def _output(settings):
    """The key of RUNS: the build's output folder."""
    return str(Path(settings["OUTPUT_PATH"]).resolve())


def add_defaults(pelican):
    for key, value in DEFAULTS.items():
        pelican.settings.setdefault(key, value)
    if __name__ not in pelican.settings["PLUGINS"]:
        pelican.settings["PAGE_REUSE_ENABLED"] = False


def start(generator):
    """At the first generator of a build, before Pelican empties the output folder."""
    settings = generator.settings
    if not settings.get("PAGE_REUSE_ENABLED") or not settings.get("DELETE_OUTPUT_DIRECTORY"):
        return
    output = _output(settings)
    run = RUNS.get(output)
    if run is None or run.context is not generator.context:  # a new build; a stopped one is dropped
        RUNS[output] = Run(settings, generator.context)


def get_writer(pelican):
    return PageReuseWriter if _output(pelican.settings) in RUNS else None


def finish(pelican):
    run = RUNS.pop(_output(pelican.settings), None)
    if run is not None:
        run.finish()


def register():
    # initialized: the PAGE_REUSE_ defaults.
    signals.initialized.connect(add_defaults)
    # generator_init: the first one of a build comes before the output folder is emptied.
    signals.generator_init.connect(start)
    # get_writer: Pelican writes every page through PageReuseWriter.
    signals.get_writer.connect(get_writer)
    # finalized: every page is written; record the keys for the next build.
    signals.finalized.connect(finish)
