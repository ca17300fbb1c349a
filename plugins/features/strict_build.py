"""Stop the build when a content file was dropped or two would share one URL.

Pelican logs "Could not process" and publishes the rest, and it dies with a
traceback when two articles write the same file: editors need neither.
"""

import errno
import functools
import os
import shutil
import sys
from pathlib import Path

from pelican import signals

from plugins.features.front_matter import BuildError, ContentError, display_path, read_document
from plugins.features.front_matter.integrity import DEFAULT_RESERVED, unread_files, untitled_address, url_collisions
from plugins.libs.plugin_settings import PluginSettings, Setting, list_of_text
from plugins.libs.slugs import slug_for

SETTINGS = PluginSettings(
    # The plugins that must load: a copy of PLUGINS (Pelican replaces PLUGINS with what loaded).
    STRICT_BUILD_PLUGINS=Setting([], list_of_text),
    # Files plugins write at the site root without a setting that names them: no article may take their address.
    STRICT_BUILD_RESERVED=Setting(DEFAULT_RESERVED, list_of_text),
)

# The package holding every plugin of the site: never an output folder.
PLUGINS_FOLDER = Path(__file__).resolve().parents[1]


def _why_unreadable(path, settings):
    try:
        document, values = read_document(path, settings)
    except ContentError as error:
        return error
    if not (values.get("slug") or slug_for(values["title"], settings)):
        return untitled_address(path, document.key_lines.get("title", 1))
    return ContentError(path, None, "không đọc được tệp này (xem thông báo phía trên)")


def dropped_files(context, settings):
    """ContentErrors for every source file a generator failed to read."""
    return [
        _why_unreadable(os.path.join(settings["PATH"], relative), settings)
        for relative, content in sorted(context["generated_content"].items())
        if content is None
    ]


def check_plugins(pelican):
    """Pelican only logs a plugin that fails to load: without it, pages go missing."""
    loaded = {plugin.__name__ for plugin in pelican.plugins}
    wanted = pelican.settings["STRICT_BUILD_PLUGINS"]
    missing = [name for name in wanted if name not in loaded]
    if missing:
        raise BuildError(
            ContentError("pelicanconf.py", None, f"không nạp được plugin {name} (xem lỗi phía trên)")
            for name in missing
        )


def check_plugin_origins(pelican):
    """A dotted name "plugins.X" must be this site's plugin: Pelican looks each part of the
    name up in PLUGIN_PATHS first, so a folder there holding `seo/` or `search/` would
    stand in for ours, and another package named `plugins` earlier on sys.path for all."""
    strangers = [
        plugin for plugin in pelican.plugins
        if getattr(plugin, "__name__", "").startswith("plugins.")
        and PLUGINS_FOLDER not in Path(getattr(plugin, "__file__", None) or "/").resolve().parents
    ]
    if strangers:
        raise BuildError(
            ContentError(
                "pelicanconf.py", None,
                f"plugin {plugin.__name__} được nạp từ {display_path(plugin.__file__ or '?')}, không phải từ "
                f"thư mục plugin của trang {display_path(PLUGINS_FOLDER)}: hãy bỏ thư mục chứa nó khỏi "
                "PLUGIN_PATHS hoặc sys.path",
            )
            for plugin in strangers
        )


class OutputFolderError(SystemExit):
    """An output folder whose cleaning would delete what the build did not write: one line, exit 1."""

    def __init__(self, message):
        super().__init__(f"Không dựng trang: {message}")


def _protected_folders(settings):
    """(what, folder) the build reads and must never clean away: content, theme, plugins, cache."""
    folders = [("thư mục nội dung", settings["PATH"]), ("thư mục bộ nhớ đệm", settings["CACHE_PATH"])]
    if os.path.isdir(settings["THEME"]):
        folders.append(("thư mục giao diện", settings["THEME"]))
    folders += [("thư mục plugin", path) for path in (*settings.get("PLUGIN_PATHS", ()), PLUGINS_FOLDER)]
    return [(what, Path(folder).resolve()) for what, folder in folders]


def check_output_folder(pelican):
    """Pelican empties the output folder before writing (DELETE_OUTPUT_DIRECTORY) and only
    spares it when it is the content folder's parent: `-o .` from the project would still
    delete the plugins, the theme or .git. Refuse any output folder that is, holds or lies
    inside a folder the build reads, or that holds a .git OUTPUT_RETENTION does not keep."""
    settings = pelican.settings
    output = Path(settings["OUTPUT_PATH"]).resolve()
    for what, folder in _protected_folders(settings):
        if output == folder:
            relation = "chính là"
        elif output in folder.parents:
            relation = "chứa"
        elif folder in output.parents:
            relation = "nằm trong"
        else:
            continue
        raise OutputFolderError(
            f"thư mục đầu ra {display_path(output)} {relation} {what} {display_path(folder)}; "
            "dựng trang vào đó sẽ xóa hoặc ghi đè các tệp không do trang web tạo ra. "
            "Hãy chọn thư mục đầu ra khác (OUTPUT_PATH, hoặc -o)."
        )
    if (output / ".git").exists() and ".git" not in settings.get("OUTPUT_RETENTION", ()):
        raise OutputFolderError(
            f"thư mục đầu ra {display_path(output)} chứa kho git {display_path(output / '.git')}, "
            "bản dựng sẽ xóa nó. Hãy chọn thư mục đầu ra khác, hoặc thêm '.git' vào OUTPUT_RETENTION "
            "nếu đó là kho xuất bản."
        )


# A write that fails for lack of room: no space, over quota, over the file size limit.
DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl+C (128 + SIGINT)


def _chain(error):
    """`error` and the exceptions it was raised from or while handling."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def disk_full_path(error):
    """The path a write failed on for lack of room, following the exception chain;
    "" when the path is unknown, None when `error` is not about room at all."""
    for link in _chain(error):
        if isinstance(link, shutil.Error) and link.args and isinstance(link.args[0], list):
            for item in link.args[0]:  # copytree: (source, target, why) of each file it could not copy
                if len(item) == 3 and any(f"[Errno {code}]" in str(item[2]) for code in DISK_FULL):
                    return str(item[1])
        elif isinstance(link, OSError) and link.errno in DISK_FULL:
            return str(link.filename2 or link.filename or "")
    return None


def _unfinished(output):
    return f"trang web chưa dựng xong, đừng xuất bản thư mục {display_path(output)}"


def guard_run(pelican):
    """Pelican's `main` exits 0 after Ctrl+C and prints a traceback for a full disk: a
    `build && deploy` would ship half a site. Its run ends instead with a message and
    exit 130 (interrupted) or 1 (no room), which `main` lets through as a SystemExit."""
    run = pelican.run
    output = pelican.settings["OUTPUT_PATH"]

    @functools.wraps(run)
    def guarded():
        try:
            return run()
        except BaseException as error:
            # Ctrl+C may surface as another error raised while unwinding (a worker pool's shutdown).
            if any(isinstance(link, KeyboardInterrupt) for link in _chain(error)):
                print(f"Đã dừng giữa chừng (Ctrl+C): {_unfinished(output)}.", file=sys.stderr)
                raise SystemExit(INTERRUPTED) from None
            path = disk_full_path(error) if isinstance(error, Exception) else None
            if path is None:
                raise
            raise SystemExit(
                f"Hết chỗ trống trên đĩa khi ghi {display_path(path) if path else display_path(output)}: "
                f"{_unfinished(output)}. Hãy giải phóng chỗ trống trên đĩa rồi dựng lại."
            ) from None

    pelican.run = guarded


def check_build(generators):
    generator = generators[0]
    context, settings = generator.context, generator.settings
    contents = [item for item in context["generated_content"].values() if item is not None]
    problems = (
        dropped_files(context, settings)
        + unread_files(
            generator.path,
            settings["ARTICLE_PATHS"] + settings["PAGE_PATHS"],
            set(generator.readers.extensions),
        )
        + url_collisions(item for item in contents if item.save_as)
    )
    if problems:
        raise BuildError(problems)


def register():
    # initialized: plugins are loaded, nothing is read or deleted yet.
    signals.initialized.connect(SETTINGS.apply)
    signals.initialized.connect(check_output_folder)
    signals.initialized.connect(check_plugins)
    signals.initialized.connect(check_plugin_origins)
    signals.initialized.connect(guard_run)
    # all_generators_finalized: every file has been read, nothing written yet.
    signals.all_generators_finalized.connect(check_build)
