"""Checks over the whole content tree: files nobody reads, URLs claimed twice.

Shared by the build (strict_build) and by `invoke check`, which runs them
without building.
"""

import importlib
import os
import posixpath
import sys

from pelican.contents import Article
from pelican.utils import slugify

from .errors import ContentError, display_path


def unread_files(content_path, folders, extensions):
    """ContentErrors for files among articles/pages that no reader would read."""
    problems = []
    for folder in folders:
        for root, dirs, files in os.walk(os.path.join(content_path, folder)):
            dirs[:] = sorted(name for name in dirs if not name.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or name.rpartition(".")[2] in extensions:
                    continue
                problems.append(
                    ContentError(
                        os.path.join(root, name),
                        None,
                        "tệp này sẽ không được xuất bản: bài viết phải là tệp .md "
                        "(ảnh đặt trong thư mục content/images/)",
                    )
                )
    return problems


def url_collisions(contents):
    """ContentErrors for content whose output file another one, or the build itself, already claims."""
    contents = sorted(contents, key=lambda item: item.source_path)
    owners = {}
    problems = generated_collisions(contents, contents[0].settings) if contents else []
    for content in contents:
        first = owners.setdefault(content.save_as, content)
        if first is not content:
            problems.append(
                ContentError(
                    content.source_path,
                    content.metadata.get("key_lines", {}).get("slug", 1),
                    f"trùng địa chỉ /{content.url} với {display_path(first.source_path)}; "
                    "hãy đặt 'slug:' khác cho một trong hai bài",
                )
            )
    return problems


# Settings that place content files: those are compared with each other above.
CONTENT_PATTERNS = ("ARTICLE_", "PAGE_", "DRAFT_")
PERIOD_ARCHIVES = ("YEAR_ARCHIVE_SAVE_AS", "MONTH_ARCHIVE_SAVE_AS", "DAY_ARCHIVE_SAVE_AS")
FEED_SUFFIXES = ("_ATOM", "_RSS")
# Folders copied or written whole: static paths, the theme's files, the search bundle.
FOLDER_SETTINGS = ("THEME_STATIC_DIR", "SEARCH_BUNDLE_DIR")
# Files plugins write at the site root without a setting that names them.
DEFAULT_RESERVED = ("robots.txt", "sitemap.xml", "sitemap.txt", "CNAME", "chia-se.png")


def with_plugin_defaults(settings):
    """Settings plus the defaults each plugin declares (its SETTINGS, plugins/libs/plugin_settings.py):
    `check` runs without loading the plugins, which is where the build gets the search page's
    and the units' addresses."""
    merged = {}
    for name in settings.get("PLUGINS", ()):
        try:
            module = sys.modules.get(name) or importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a plugin that does not load is strict_build's to report
            continue
        declared = getattr(module, "SETTINGS", None)
        merged.update(getattr(declared, "defaults", {}))
    return {**merged, **settings}


def _clean(path):
    return posixpath.normpath(path.lstrip("/")) if path.strip("/") else ""


def _add_pattern(reserved, setting, value):
    """A fixed value is one file; a pattern reserves the folder before its first placeholder."""
    if "{" not in value:
        if _clean(value):
            reserved[_clean(value)] = setting
        return
    folder = value[: value.index("{")].rpartition("/")[0]
    if _clean(folder):
        reserved[_clean(folder) + "/"] = setting


def _page_two_folders(reserved, settings):
    """Page 2.. of every list the build writes: {base_name}/page/ by PAGINATION_PATTERNS."""
    for path, setting in list(reserved.items()):
        if path.endswith("/"):
            continue
        folder, name = posixpath.split(path)
        base = folder if name in ("index.htm", "index.html") else posixpath.splitext(path)[0]
        for minimum, _, save_as in settings.get("PAGINATION_PATTERNS", ()):
            if minimum > 1 and "{number}" in save_as:
                pattern = save_as.replace("{number}", "\0").format(
                    base_name=base, name=posixpath.splitext(path)[0], extension=posixpath.splitext(path)[1], url=""
                )
                _add_pattern(reserved, setting, pattern.partition("\0")[0].rpartition("/")[0] + "/{number}")


def reserved_outputs(settings, dates):
    """{path: setting} of everything the build writes besides content files; a path ending
    in / is a whole folder. `dates` are the articles' dates (year and month archives)."""
    settings = with_plugin_defaults(settings)
    reserved = {}
    for setting, value in settings.items():
        if not isinstance(value, str) or not value or setting.startswith(CONTENT_PATTERNS):
            continue
        if setting in PERIOD_ARCHIVES:
            for date in dates:
                _add_pattern(reserved, setting, value.format(date=date))
        elif setting.endswith("_SAVE_AS") or setting.endswith(FEED_SUFFIXES):
            _add_pattern(reserved, setting, value)
        elif setting in FOLDER_SETTINGS:
            reserved[_clean(value) + "/"] = setting
    for name in settings.get("DIRECT_TEMPLATES", ()):
        _add_pattern(reserved, "DIRECT_TEMPLATES", settings.get(f"{name.upper()}_SAVE_AS", f"{name}.html"))
    for save_as in (settings.get("TEMPLATE_PAGES") or {}).values():
        _add_pattern(reserved, "TEMPLATE_PAGES", save_as)
    _page_two_folders(reserved, settings)
    for folder in settings.get("STATIC_PATHS", ()):
        if _clean(folder):
            reserved[_clean(folder) + "/"] = "STATIC_PATHS"
    for path in settings.get("STRICT_BUILD_RESERVED", DEFAULT_RESERVED):
        reserved[_clean(path)] = "STRICT_BUILD_RESERVED"
    return reserved


def _ancestors(path):
    """The folders above `path`, each as "folder/"."""
    parts = path.rstrip("/").split("/")[:-1]
    return ["/".join(parts[: end + 1]) + "/" for end in range(len(parts))]


def _clash_finder(reserved):
    """A function: the reserved path a save_as would overwrite, sit inside or hold, or None.
    Looks up each folder of the path instead of comparing with every reserved path."""
    holders = {}  # folder -> a reserved path inside it
    for taken in reserved:
        for folder in _ancestors(taken):
            holders.setdefault(folder, taken)

    def clash(save_as):
        path = _clean(save_as)
        if path in reserved:
            return path
        for folder in _ancestors(path):
            if folder in reserved:
                return folder
        return holders.get(posixpath.dirname(path) + "/") if posixpath.dirname(path) else None

    return clash


def _shown(path):
    """A reserved path as its address: folder/index.html is /folder/."""
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def _slug_line(content):
    lines = content.metadata.get("key_lines", {})
    return lines.get("slug") or lines.get("title") or 1


def _name_slug(field, value, settings):
    """The slug Pelican makes of a category or unit, given as a name or as an object."""
    if hasattr(value, "slug"):
        return value.slug
    substitutions = settings.get(f"{field.upper()}_REGEX_SUBSTITUTIONS", settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
    return slugify(str(value), regex_subs=substitutions, preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
                   use_unicode=settings.get("SLUGIFY_USE_UNICODE", False))


def untitled_address(path, line):
    """A title without a letter or digit: its slug is empty, its page would replace a list."""
    return ContentError(
        path, line,
        "tiêu đề không có chữ cái hay chữ số nào để làm địa chỉ bài; "
        "hãy đặt 'slug:', ví dụ 'slug: chuc-mung-nam-moi'",
    )


def empty_slugs(content, settings):
    """ContentErrors for an address Pelican would make empty: a title, category or unit
    without a letter or digit ("🎉", "!!!") lands on the month archive or a list page."""
    lines = content.metadata.get("key_lines", {})
    problems = []
    if not getattr(content, "slug", None):
        problems.append(untitled_address(content.source_path, lines.get("title", 1)))
    for field in ("category", "unit"):
        value = content.metadata.get(field)
        if value is not None and str(value).strip() and not _name_slug(field, value, settings):
            problems.append(ContentError(
                content.source_path, lines.get(field, 1),
                f"{field} '{value}' không có chữ cái hay chữ số nào để làm địa chỉ trang; hãy viết bằng chữ",
            ))
    return problems


def generated_collisions(contents, settings):
    """ContentErrors for content whose address is, holds or lies inside one the build writes itself."""
    contents = sorted(contents, key=lambda item: item.source_path)
    dates = {item.date for item in contents if isinstance(item, Article) and getattr(item, "date", None)}
    reserved = reserved_outputs(settings, dates)
    clash = _clash_finder(reserved)
    problems = []
    for content in contents:
        blank = empty_slugs(content, settings)
        problems += blank
        taken = None if blank else clash(content.save_as)
        if taken:
            problems.append(ContentError(
                content.source_path, _slug_line(content),
                f"địa chỉ /{content.url} đè lên hoặc lẫn vào /{_shown(taken)}, nơi trang web tự tạo "
                f"({reserved[taken]}); hãy đặt 'slug:' khác",
            ))
    return problems
