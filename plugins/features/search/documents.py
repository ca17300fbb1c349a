"""The small HTML document Pagefind indexes for each article, in the article's URL path.

Pagefind folds most marks itself but not "đ", and it treats "Hoà" and "Hòa"
as different spellings when ranking. Each document therefore holds the
author's title and body, then the other spellings of their words that readers
type: the canonical tone placement ("hòa" for "Hoà") and the "d" form of every
word with "đ" ("dang" for "Đảng") (spellings.py), the full names of abbreviations
and the abbreviations of full names (synonyms.py). Separators around the body let search.js
take the excerpt from the author's text only. After the body, with the
spellings, come the names of the organizations the article is tagged with,
weighted above the body (so is the title): an article a query names in its
headline or by its organization ranks above one that mentions it in passing.

Building these from the articles, not from the themed pages, keeps the index
independent of the templates: no markup on the article page is needed.
"""

from pathlib import Path

from markupsafe import escape
from pelican.utils import slugify

from plugins.features.cited_documents.tagging import cited_documents
from plugins.features.organizations.tagging import tagged_organizations
from plugins.features.vietnamese_dates import iso_datetime
from plugins.libs.timezone import site_zone
from .spellings import SEPARATOR, article_spellings, plain, reader_spellings
from .synonyms import synonyms_for

# Pagefind's weights (1 for body text, at most 10): a word of the headline counts most, one of the
# name of an organization the article is tagged with next, each with its other spellings.
TITLE_WEIGHT = 10
ORGANIZATION_WEIGHT = 7


def slug_of(value, settings):
    """Slug of a category or unit, whether a URLWrapper or a plain string."""
    return getattr(value, "slug", None) or slugify(str(value), regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"])


def filters_of(article, settings):
    """[(filter, value)]: the facets the search page filters on, as slugs."""
    pairs = [("category", slug_of(article.category, settings)), ("year", f"{article.date:%Y}")]
    unit = getattr(article, "unit", None)
    if unit:
        pairs.append(("unit", slug_of(unit, settings)))
    pairs.extend(("organization", organization.slug) for organization in tagged_organizations(article))
    pairs.extend(("document", document.key) for document in cited_documents(article))
    return pairs


def _meta(kind, key, value):
    return f'<meta data-pagefind-{kind}="{key}[content]" content="{escape(value)}">'


def document(article, settings, synonyms=None):
    """The HTML Pagefind reads for one article; `synonyms`: the site's, read once per build by the caller."""
    title = plain(article.title)
    body = article.content.replace(SEPARATOR, " ")
    # Computed while the article was read (FRONT_MATTER_DERIVED), in a worker process and cached.
    title_spellings, body_spellings = getattr(article, "search_spellings", None) or article_spellings(article.title, body)
    # Abbreviations and full names ("MTTQ" / "Mặt trận Tổ quốc"), from the data files, read here.
    synonyms = synonyms if synonyms is not None else synonyms_for(settings)
    title_spellings = " ".join(filter(None, (title_spellings, synonyms.spellings(title))))
    body_spellings = " ".join(filter(None, (body_spellings, synonyms.spellings(plain(body)))))
    show_time = getattr(article, "date_has_time", True)
    tags = [
        # Pagefind searches metadata too: "Thứ Hai" must not find Monday's articles,
        # so the date is machine-readable here and search.js writes it out.
        _meta("meta", "date", iso_datetime(article.date, show_time, zone=site_zone(settings))),
        _meta("meta", "category", str(article.category)),
        _meta("sort", "date", f"{article.date.timestamp():.0f}"),
    ]
    if getattr(article, "unit", None):
        tags.append(_meta("meta", "unit", str(article.unit)))
    tags.extend(_meta("filter", key, value) for key, value in filters_of(article, settings))
    names = " · ".join(organization.name for organization in tagged_organizations(article))
    organizations = " ".join(filter(None, (names, reader_spellings(names))))
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>{''.join(tags)}</head>"
        f'<body data-pagefind-body><h1 data-pagefind-meta="title" data-pagefind-weight="{TITLE_WEIGHT}">{escape(title)}</h1>'
        f"<p>{SEPARATOR}</p><div>{body}</div><p>{SEPARATOR}</p>"
        f'<p data-pagefind-weight="{TITLE_WEIGHT}">{escape(title_spellings)}</p>'
        f'<p data-pagefind-weight="{ORGANIZATION_WEIGHT}">{escape(organizations)}</p>'
        f"<p>{escape(body_spellings)}</p></body></html>"
    )


def write_documents(documents, folder):
    """Each (path, html) under `folder`; the path is the article's save_as, which Pagefind gives as the result URL."""
    folder = Path(folder)
    for path, html in documents:
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(html, encoding="utf-8")
    return len(documents)
