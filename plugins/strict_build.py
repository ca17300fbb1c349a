"""Stop the build when a content file was dropped or two would share one URL.

Pelican logs "Could not process" and publishes the rest, and it dies with a
traceback when two articles write the same file: editors need neither.
"""

import os

from pelican import signals

from front_matter import BuildError, ContentError, read_document
from front_matter.integrity import unread_files, untitled_address, url_collisions
from front_matter.slugs import slug_for


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
    loaded = {plugin.__name__.rpartition(".")[2] for plugin in pelican.plugins}
    wanted = pelican.settings.get("STRICT_BUILD_PLUGINS", [])
    missing = [name for name in wanted if name.rpartition(".")[2] not in loaded]
    if missing:
        raise BuildError(
            ContentError("pelicanconf.py", None, f"không nạp được plugin {name} (xem lỗi phía trên)")
            for name in missing
        )


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
    # initialized: plugins are loaded, nothing is read yet.
    signals.initialized.connect(check_plugins)
    # all_generators_finalized: every file has been read, nothing written yet.
    signals.all_generators_finalized.connect(check_build)
