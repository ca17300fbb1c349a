"""ASCII slugs from Vietnamese headlines, capped so long headlines still build.

One rule for every slug of an article: the build's URL, the file `./dev new`
creates and the file the importer writes, so a headline gives the same name
everywhere. Real headlines run past 400 characters; as a folder name their slug
would pass the 255-byte limit of most file systems. A cut slug ends with a short
hash of the whole one, so two long headlines that differ only near the end stay apart.
"""

import hashlib

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

DEFAULT_MAX_LENGTH = 80  # FRONT_MATTER_SLUG_MAX_LENGTH when the settings do not say
HASH_LENGTH = 6


def cap(slug, max_length):
    """Cut a slug at a word boundary and add a hash of the whole: at most max_length."""
    if len(slug) <= max_length:
        return slug
    digest = hashlib.blake2s(slug.encode()).hexdigest()[:HASH_LENGTH]
    room = max_length - HASH_LENGTH - 1
    cut = slug[: room + 1]
    boundary = cut.rfind("-")
    head = (cut[:boundary] if boundary > 0 else slug[:room]).strip("-")
    return f"{head}-{digest}"


def full_slug(title, settings):
    """The slug Pelican would make of `title` (unidecode: Đảng ủy -> dang-uy), not capped."""
    return slugify(
        title,
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]),
        preserve_case=False,
        use_unicode=False,
    )


def slug_for(title, settings):
    """The slug of `title`, capped at FRONT_MATTER_SLUG_MAX_LENGTH."""
    return cap(full_slug(title, settings), max_length(settings))


def max_length(settings):
    return settings.get("FRONT_MATTER_SLUG_MAX_LENGTH", DEFAULT_MAX_LENGTH)
