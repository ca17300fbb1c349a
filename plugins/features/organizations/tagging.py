"""Decide each article's organizations (explicit ones, then detected, minus excluded),
and read back the ones an article was tagged with.
"""

from plugins.features.front_matter import ContentError
from plugins.libs import pelican_internals
from plugins.libs.html_text import text_with_tags_as_spaces


def _ids(article, key):
    value = getattr(article, key, None) or []
    return [value] if isinstance(value, str) else list(value)


def _line(article, key):
    return (getattr(article, "key_lines", None) or {}).get(key)


def unknown_ids(article, vocabulary):
    """ContentErrors for front matter ids that are not in the vocabulary."""
    problems = []
    for key in ("organizations", "exclude_organizations"):
        for organization_id in _ids(article, key):
            if vocabulary.get(organization_id) is None:
                problems.append(
                    ContentError(
                        article.source_path,
                        _line(article, key),
                        f"{key}: không có tổ chức '{organization_id}' trong danh mục tổ chức",
                    )
                )
    return problems


def organizations_to_tag(article, vocabulary, detector=None):
    """The organizations an article gets: explicit ids in the editor's order, then
    detected ones by first appearance, minus the excluded ones.

    An id the editor both lists and excludes stays: what is written wins.
    """
    chosen = {}
    for organization_id in _ids(article, "organizations"):
        chosen.setdefault(organization_id, vocabulary.get(organization_id))
    if detector is not None:
        excluded = set(_ids(article, "exclude_organizations"))
        for organization in detector.detect(
            text_with_tags_as_spaces(article.title), text_with_tags_as_spaces(pelican_internals.content_html(article))
        ):
            if organization.id not in excluded:
                chosen.setdefault(organization.id, organization)
    return list(chosen.values())


def tagged_organizations(article):
    """The organization pages an article was tagged with (organizations_to_tag, made pages),
    each with a slug and a name; without the organizations plugin, `organizations:` holds
    bare ids, which name nothing a reader would recognize: none."""
    return [item for item in getattr(article, "organizations", None) or () if hasattr(item, "slug") and hasattr(item, "name")]
