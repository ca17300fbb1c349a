"""Checks over the whole content tree: files nobody reads, URLs claimed twice.

Shared by the build (strict_build) and by `invoke check`, which runs them
without building.
"""

import os

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
    """ContentErrors for content whose output file another one already claims."""
    owners = {}
    problems = []
    for content in sorted(contents, key=lambda item: item.source_path):
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
