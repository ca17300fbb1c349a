"""Validate every content file without building the site (`invoke check`)."""

import os
from dataclasses import dataclass, field

from pelican.contents import Article, Page

from .errors import ContentError
from .integrity import unread_files, url_collisions
from .reader import FrontMatterMarkdownReader


@dataclass
class CheckResult:
    checked: int = 0
    errors: list = field(default_factory=list)
    reviews: list = field(default_factory=list)  # (path, line, what to check)


def _content_files(root, extensions):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if name.rpartition(".")[2] in extensions:
                yield os.path.join(folder, name)


def check_content(settings):
    """Every problem the build would stop on, plus the `review:` items to confirm."""
    reader = FrontMatterMarkdownReader(settings)
    extensions = set(reader.file_extensions)
    content_path = settings["PATH"]
    result = CheckResult()
    contents = []
    for folders, content_class in (
        (settings["ARTICLE_PATHS"], Article),
        (settings["PAGE_PATHS"], Page),
    ):
        for folder in folders:
            for path in _content_files(os.path.join(content_path, folder), extensions):
                result.checked += 1
                try:
                    metadata = reader.read_metadata(path)
                except ContentError as error:
                    result.errors.append(error)
                    continue
                line = metadata["key_lines"].get("review", 1)
                result.reviews += [(path, line, item) for item in metadata.get("review", [])]
                contents.append(content_class("", metadata, settings=settings, source_path=path))
    result.errors += unread_files(
        content_path, settings["ARTICLE_PATHS"] + settings["PAGE_PATHS"], extensions
    )
    result.errors += url_collisions(item for item in contents if item.save_as)
    return result
