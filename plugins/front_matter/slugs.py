"""ASCII slugs from Vietnamese headlines, capped so long headlines still build.

Real headlines run past 400 characters; as a folder name their slug would pass
the 255-byte limit of most file systems.
"""

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

DEFAULT_MAX_LENGTH = 80


def cap(slug, max_length):
    """Cut a slug at the last word boundary within max_length characters."""
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    boundary = cut.rfind("-")
    return (cut[:boundary] if boundary > 0 else slug[:max_length]).strip("-")


def slug_for(title, settings):
    """The slug Pelican would make of `title` (unidecode: Đảng ủy -> dang-uy), capped."""
    slug = slugify(
        title,
        regex_subs=settings.get(
            "SLUG_REGEX_SUBSTITUTIONS", DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]
        ),
        preserve_case=False,
        use_unicode=False,
    )
    return cap(slug, settings.get("FRONT_MATTER_SLUG_MAX_LENGTH", DEFAULT_MAX_LENGTH))
