"""Stop the build when a content file was dropped or two would share one URL.

Pelican logs "Could not process" and publishes the rest, and it dies with a
traceback when two articles write the same file: editors need neither.
"""

import os

from pelican import signals

from front_matter import BuildError, ContentError, display_path, read_document


def _why_unreadable(path, relative):
    try:
        read_document(path)
    except ContentError as error:
        return error
    return ContentError(path, None, "không đọc được tệp này (xem thông báo phía trên)")


def dropped_files(context, content_path):
    """ContentErrors for every source file a generator failed to read."""
    return [
        _why_unreadable(os.path.join(content_path, relative), relative)
        for relative, content in sorted(context["generated_content"].items())
        if content is None
    ]


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


def check_build(generators):
    context = generators[0].context
    content_path = generators[0].path
    contents = [item for item in context["generated_content"].values() if item is not None]
    problems = dropped_files(context, content_path) + url_collisions(
        item for item in contents if item.save_as
    )
    if problems:
        raise BuildError(problems)


def register():
    # all_generators_finalized: every file has been read, nothing written yet.
    signals.all_generators_finalized.connect(check_build)
