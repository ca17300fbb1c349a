"""Decide the documents each article cites: detected ones, plus `documents:`, minus
`exclude_documents:`, merged through the editors' spellings; and read them back.
"""

from plugins.features.front_matter import ContentError

from .detect import from_record, parse_reference

FRONT_MATTER_KEYS = ("documents", "exclude_documents")
DERIVED_KEY = "cited_documents"  # the key of detect.article_citations in FRONT_MATTER_DERIVED


def _references(article, key):
    value = getattr(article, key, None) or []
    return [value] if isinstance(value, str) else list(value)


def _line(article, key):
    return (getattr(article, "key_lines", None) or {}).get(key)


def _problem(article, key, message):
    return ContentError(article.source_path, _line(article, key), f"{key}: {message}")


def written_citations(article):
    """({key: [citation]}, problems): the references of `documents:` and `exclude_documents:` read as citations."""
    found, problems = {}, []
    for key in FRONT_MATTER_KEYS:
        found[key] = []
        for text in _references(article, key):
            citation = parse_reference(text)
            if citation is None:
                problems.append(_problem(
                    article, key, f"'{text}' không đọc được là số hiệu hay tên một văn bản (ví dụ 'Quyết định số 217-QĐ/TW')"
                ))
            else:
                found[key].append(citation)
    return found, problems


def detected_mentions(article):
    """The mentions the reading workers found (FRONT_MATTER_DERIVED `cited_documents`), one per key.

    Read from the metadata, as records (detect.as_record): the attribute of the same name is
    replaced by the document pages.
    """
    return tuple(map(from_record, (getattr(article, "metadata", None) or {}).get(DERIVED_KEY) or ()))


def citations_to_cite(article, catalog, detect=True):
    """([(key, citation, mention or None)], problems) for one article: detected ones by first
    appearance, then the written ones not detected, minus the excluded ones.

    A document the editor both adds and excludes stays: what is added by hand wins.
    Excluding a document the article does not cite is a problem: a misspelt exclusion
    would otherwise leave the wrong citation in place.
    """
    written, problems = written_citations(article)
    chosen = {}
    for mention in detected_mentions(article) if detect else ():
        chosen.setdefault(catalog.key_of(mention.citation), (mention.citation, mention))
    detected = set(chosen)
    added = {}
    for citation in written["documents"]:
        added.setdefault(catalog.key_of(citation), citation)
    for citation in written["exclude_documents"]:
        key = catalog.key_of(citation)
        if key not in detected:
            problems.append(_problem(article, "exclude_documents", f"bài không nhắc tới '{citation.label}', không cần bỏ"))
        elif key not in added:
            del chosen[key]
    for key, citation in added.items():
        chosen.setdefault(key, (citation, None))
    return [(key, citation, mention) for key, (citation, mention) in chosen.items()], problems


def cited_documents(article):
    """The document pages an article cites (attached by this plugin), each with a key, label and url;
    without the plugin, none."""
    return [item for item in getattr(article, "cited_documents", None) or () if hasattr(item, "key") and hasattr(item, "url")]
