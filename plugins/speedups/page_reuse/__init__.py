"""Keep the pages an edit did not change: a warm rebuild renders only what differs.

Pelican renders every page on every build. Here each page gets a key: the
build's code, theme and settings, the template, and a digest of each value
its template (with everything it extends, includes or imports) reads. A page
whose key is the one recorded by the last complete build is left in place,
as that build wrote it, instead of being rendered again; every other page is
rendered as usual. Everything else of the old output (feeds, static files,
the search index) is set aside before the build, as Pelican's
DELETE_OUTPUT_DIRECTORY would delete it, and pages no longer produced are
deleted at the end: keeping pages in place spares creating, moving and
removing a folder per page (a third of a 10,000-article rebuild).

Only files a complete build recorded as its own are set aside or deleted: a
file nobody's build wrote (notes, a deployment checkout's files) stays where
it is and is named in a warning.
"""

import errno
import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import pickle
import shutil
from pathlib import Path, PurePosixPath

from jinja2 import meta
from pelican import signals
from pelican.utils import sanitised_join
from pelican.writers import Writer

from plugins.libs import pelican_internals
from plugins.libs.plugin_settings import PluginSettings, Setting, text, true_or_false
from plugins.speedups import declare_switch, enabled

from .digest import Digest, Unreusable

logger = logging.getLogger(__name__)

SETTINGS = PluginSettings(
    PAGE_REUSE_ENABLED=Setting(True, true_or_false),
    # In CACHE_PATH: {page path: key} of the last complete build.
    PAGE_REUSE_MANIFEST=Setting("page-reuse-manifest", text),
    # In CACHE_PATH: the last build's other files while this one runs.
    PAGE_REUSE_PREVIOUS=Setting("previous-output", text),
    # In CACHE_PATH: every file the last complete build left in its output folder; front_matter's
    # cache_guard keeps it (FRONT_MATTER_CACHE_KEEP) when it drops the content cache.
    PAGE_REUSE_FILES=Setting("page-reuse-files.json", text),
)
SHOWN_FOREIGN = 5  # files named in the warning about files the build leaves alone
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
        self.written = set()  # page paths relative to the output, rendered or kept
        self.reused = 0
        self.files_path = cache / settings["PAGE_REUSE_FILES"]
        self.recorded = _load_manifest(self.manifest_path)
        # Recorded keys hold only for the output of a complete build: if this
        # one stops half way, the next one finds no manifest and renders all.
        self.manifest_path.unlink(missing_ok=True)
        self.owned = _load_files(self.files_path, self.output) | set(self.recorded)
        self.foreign = {}  # relative path -> (size, mtime) of files left in place, not the build's
        self.untouchable = self._untouchable(settings)
        self._set_aside_output()

    def _untouchable(self, settings):
        """Entries never moved: the folders of the content and of the set-aside, if they lie
        in the output, the folders above them, and what OUTPUT_RETENTION keeps."""
        paths = {
            PurePosixPath(os.path.relpath(path, self.output))
            for path in (self.previous, Path(settings["PATH"]).resolve())
            if path.is_relative_to(self.output)
        }
        paths |= {parent for path in paths for parent in path.parents}
        return paths | {PurePosixPath(name) for name in settings.get("OUTPUT_RETENTION", ())}

    def _set_aside_output(self):
        """Move the last build's files out of the way, as DELETE_OUTPUT_DIRECTORY would delete
        them, but for the pages it recorded; files it did not write stay where they are."""
        shutil.rmtree(self.previous, ignore_errors=True)
        if not self.output.is_dir():
            return
        pages = {PurePosixPath(name) for name in self.recorded}
        folders = {parent for page in pages for parent in page.parents}
        owned_folders = {parent for name in self.owned for parent in PurePosixPath(name).parents}
        self.previous.mkdir(parents=True)
        todo = [PurePosixPath(".")]
        while todo:
            folder = todo.pop()
            for entry in os.scandir(self.output / folder):
                relative = folder / entry.name
                if relative in self.untouchable and relative not in folders:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if relative in folders or (relative in owned_folders and not self._all_owned(relative)):
                        todo.append(relative)
                    elif relative in owned_folders:
                        self._set_aside(entry.path, relative)
                    else:
                        self._leave(relative)
                elif relative in pages:
                    continue
                elif str(relative) in self.owned:
                    self._set_aside(entry.path, relative)
                else:
                    self._leave(relative)
        if self.foreign:
            shown = ", ".join(sorted(self.foreign)[:SHOWN_FOREIGN])
            more = len(self.foreign) - SHOWN_FOREIGN
            logger.warning(
                "Thư mục đầu ra %s có %d tệp không do lần dựng trước ghi ra: để nguyên, không xóa (%s%s)",
                self.output, len(self.foreign), shown, f" và {more} tệp khác" if more > 0 else "",
            )

    def _all_owned(self, folder):
        """Whether every file under `folder` is one the last build recorded: it moves in one go."""
        for root, _, files in os.walk(self.output / folder):
            base = PurePosixPath(os.path.relpath(root, self.output))
            if any(str(base / name) not in self.owned for name in files):
                return False
        return True

    def _leave(self, relative):
        """A file or folder no recorded build wrote: left in place, remembered as it is now."""
        path = self.output / relative
        for found in [path] if not path.is_dir() else (p for p in path.rglob("*") if not p.is_dir()):
            stat = found.lstat()
            self.foreign[str(PurePosixPath(os.path.relpath(found, self.output)))] = (stat.st_size, stat.st_mtime_ns)

    def _set_aside(self, path, relative):
        """Into the set-aside folder; on another file system, deleted now instead of at the end."""
        target = self.previous / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(path, target)
        except OSError as error:
            if error.errno != errno.EXDEV:
                raise
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.unlink(path)

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
        if name.isupper() and value is self.settings.get(name):
            return b"="  # a setting as Pelican copied it into the context: in the build's key
        return self.digest.of(value, name.endswith(NEIGHBOUR_PAGES))

    def finish(self):
        """Delete the pages no longer produced and the old files set aside; record this build's keys."""
        for name in set(self.recorded) - self.written:
            path = self.output / name
            path.unlink(missing_ok=True)
            for folder in path.parents:
                if folder == self.output:
                    break
                try:
                    folder.rmdir()
                except OSError:  # not empty, or gone
                    break
        shutil.rmtree(self.previous, ignore_errors=True)
        self.manifest_path.parent.mkdir(parents=True, exist_ok=True)
        self.manifest_path.write_bytes(pickle.dumps(self.keys, protocol=pickle.HIGHEST_PROTOCOL))
        self.files_path.parent.mkdir(parents=True, exist_ok=True)
        record = {"output": str(self.output), "files": sorted(self._own_files())}
        self.files_path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        logger.info("Trang giữ nguyên từ lần dựng trước: %d; trang dựng lại: %d", self.reused, len(self.written) - self.reused)


    def _own_files(self):
        """Every file now in the output but the untouchable ones and those left in place unchanged."""
        for root, dirs, files in os.walk(self.output):
            base = PurePosixPath(os.path.relpath(root, self.output))
            dirs[:] = [name for name in dirs if base / name not in self.untouchable]
            for name in files:
                relative = base / name
                if relative in self.untouchable:
                    continue
                stat = os.lstat(os.path.join(root, name))
                if self.foreign.get(str(relative)) != (stat.st_size, stat.st_mtime_ns):
                    yield str(relative)


def _load_manifest(path):
    """{page: key} of the last complete build; {} when missing or unreadable (all pages rendered)."""
    try:
        recorded = pickle.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except Exception as error:  # noqa: BLE001 - any damage means: trust nothing, render everything
        logger.warning("Bỏ qua %s, không đọc được (%s): dựng lại mọi trang", path, error)
        return {}
    if not isinstance(recorded, dict) or not all(isinstance(key, str) for key in recorded):
        logger.warning("Bỏ qua %s, nội dung không đúng dạng: dựng lại mọi trang", path)
        return {}
    return recorded


def _load_files(path, output):
    """Files the last complete build left in `output`; none when the record is missing,
    unreadable or about another folder: then nothing there counts as the build's own."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        files = record["files"] if record["output"] == str(output) else []
        return {name for name in files if isinstance(name, str)}
    except FileNotFoundError:
        return set()
    except (OSError, ValueError, TypeError, KeyError) as error:
        logger.warning("Bỏ qua %s, không đọc được (%s)", path, error)
        return set()


class _KeyedTemplate:
    """The template as Pelican's writer sees it: render() skips a page whose key is unchanged."""

    def __init__(self, template, writer):
        self._template, self._writer = template, writer

    def __getattr__(self, name):
        return getattr(self._template, name)

    def render(self, context):
        writer, name = self._writer, context["output_file"]
        run = writer.run
        run.written.add(name)
        key = run.page_key(self._template, context)
        if key is not None:
            run.keys[name] = key
            path = sanitised_join(writer.output_path, name)
            if run.recorded.get(name) == key and writer.fresh(path) and os.path.isfile(path):
                writer.kept.add(path)
                return ""
        return self._template.render(context)


class _Kept:
    """Stands for the file Pelican opens to write: the page is left as the last build wrote it."""

    def __enter__(self):
        return self

    def write(self, text):
        assert not text, "a kept page is never rendered"

    def __exit__(self, *exc_info):
        pass


class PageReuseWriter(Writer):
    """Pelican's writer, leaving unchanged pages as the last build wrote them."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings)
        self.run = RUNS[_output({"OUTPUT_PATH": output_path})]
        self.kept = set()  # paths of pages about to be "written" that stay as they are

    def write_file(self, name, template, context, *args, **kwargs):
        try:
            return super().write_file(name, _KeyedTemplate(template, self), context, *args, **kwargs)
        except OSError as error:
            # A failed write() names no file: a full disk is then reported with the page's path.
            error.filename = error.filename or sanitised_join(self.output_path, name)
            raise

    def fresh(self, path):
        """Whether this build has not written `path` yet: a second write is Pelican's to refuse or allow."""
        return not pelican_internals.writer_has_written(self, path)

    def open_output(self, filename, encoding, override=False):
        """Pelican's opening of each file it writes; a kept page is recorded as written, not opened."""
        if filename not in self.kept:
            return pelican_internals.writer_open(self, filename, encoding, override)
        self.kept.discard(filename)
        pelican_internals.writer_record(self, filename, override)
        self.run.reused += 1
        return _Kept()


pelican_internals.set_writer_open(PageReuseWriter, PageReuseWriter.open_output)


def _output(settings):
    """The key of RUNS: the build's output folder."""
    return str(Path(settings["OUTPUT_PATH"]).resolve())


def enable(pelican):
    """Off for a run that does not list this plugin (an earlier run's receivers still hear it)
    or that turns the speed-ups off."""
    if __name__ not in pelican.settings["PLUGINS"] or not enabled(pelican.settings):
        pelican.settings["PAGE_REUSE_ENABLED"] = False
    if pelican.settings["PAGE_REUSE_ENABLED"] and pelican.settings["DELETE_OUTPUT_DIRECTORY"]:
        pelican.delete_outputdir = False  # start() empties the output folder itself, but for the pages it keeps


def start(generator):
    """At the first generator of a build, before any file is written."""
    settings = generator.settings
    if not settings.get("PAGE_REUSE_ENABLED") or not settings.get("DELETE_OUTPUT_DIRECTORY"):
        return
    output = _output(settings)
    run = RUNS.get(output)
    if run is None or run.context is not generator.context:  # a new build; a stopped one is dropped
        RUNS[output] = Run(settings, generator.context)


def get_writer(pelican):
    return PageReuseWriter if _output(pelican.settings) in RUNS else None


def finish_after_run(pelican):
    """Record the build once Pelican's run has returned, not at its `finalized` signal: other
    receivers of that signal (the search bundle, robots.txt, the sitemap) may still write after
    this plugin's, and a file written after the record would not count as the build's own."""
    run = pelican.run

    @functools.wraps(run)
    def run_then_finish():
        result = run()
        finished = RUNS.pop(_output(pelican.settings), None)
        if finished is not None:
            finished.finish()
        return result

    pelican.run = run_then_finish


def register():
    declare_switch()
    pelican_internals.ensure()
    # initialized: the PAGE_REUSE_ defaults, then whether this run reuses pages.
    signals.initialized.connect(SETTINGS.apply)
    signals.initialized.connect(enable)
    # generator_init: the first one of a build comes before anything is written.
    signals.generator_init.connect(start)
    # get_writer: Pelican writes every page through PageReuseWriter.
    signals.get_writer.connect(get_writer)
    # initialized: the run, once every page is written, records the keys for the next build.
    signals.initialized.connect(finish_after_run)
