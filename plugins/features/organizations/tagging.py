"""Decide each article's organizations: explicit ones, then detected, minus excluded."""

import html
import re

from plugins.features.front_matter import ContentError
from plugins.libs import pelican_internals

TAG = re.compile(r"<[^>]+>")


def plain_text(markup):
    """Text of an HTML fragment: headlines and bodies arrive typogrified."""
    return html.unescape(TAG.sub(" ", markup or ""))


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


def organizations_of(article, vocabulary, detector=None):
    """Explicit ids in the editor's order, then detected ones by first appearance.

    An id the editor both lists and excludes stays: what is written wins.
    """
    chosen = {}
    for organization_id in _ids(article, "organizations"):
        chosen.setdefault(organization_id, vocabulary.get(organization_id))
    if detector is not None:
        excluded = set(_ids(article, "exclude_organizations"))
        for organization in detector.detect(plain_text(article.title), plain_text(pelican_internals.content_html(article))):
            if organization.id not in excluded:
                chosen.setdefault(organization.id, organization)
    return list(chosen.values())
