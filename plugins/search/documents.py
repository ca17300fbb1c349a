"""The small HTML document Pagefind indexes for each article, in the article's URL path.

Pagefind folds most marks itself but not "đ", and it treats "Hoà" and "Hòa"
as different spellings when ranking. Each document therefore holds the
author's title and body, then the other spellings of their words that readers
type: the canonical tone placement ("hòa" for "Hoà") and the "d" form of every
word with "đ" ("dang" for "Đảng"). Separators around the body let search.js
take the excerpt from the author's text only.

Building these from the articles, not from the themed pages, keeps the index
independent of the templates: no markup on the article page is needed.
"""

import functools
import re
from pathlib import Path

from markupsafe import Markup, escape
from pelican.utils import slugify

from vietnamese_dates import iso_datetime
from vietnamese_text import fold, nfc, normalize

# Around the body in Pagefind's copy of the text: title ⁂ body ⁂ other spellings.
SEPARATOR = "\u2042"  # never a word to Pagefind
# What marks a lowercase NFC word that may have another spelling: "đ", or an
# "oa", "oe", "uy" ending the word with the tone on its second vowel.
TRIGGER = re.compile(r"[đð]|o[àáảãạèéẻẽẹ](?!\w)|u[ỳýỷỹỵ](?!\w)")
WORD_REST = re.compile(r"\w*")
# Pagefind gives words in an <h1> this weight; their other spellings get the same.
TITLE_WEIGHT = 7


def plain(html):
    """Text of an HTML fragment, entities decoded, without the separator."""
    return Markup(html).striptags().replace(SEPARATOR, " ")


@functools.lru_cache(maxsize=1 << 16)
def _other_spellings(word):
    """("hòa",) for "hoà", ("dang",) for "đảng", ("đại", "dai") for legacy "ðại"; () for most words."""
    canonical = normalize(word)
    extra = (canonical,) if canonical != word else ()
    return extra + (fold(word),) if "đ" in canonical else extra


def _candidates(text):
    """The words of `text` around each trigger, in order: a scan for a few letters
    is several times faster than splitting all of the text into words."""
    last = 0
    for hit in TRIGGER.finditer(text):
        start = hit.start()
        if start < last:
            continue  # a second trigger in the same word
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        last = WORD_REST.match(text, hit.end()).end()
        yield text[start:last]


def reader_spellings(text):
    """Other spellings of the words of `text` that readers type, one per occurrence.

    Occurrences are kept, not deduplicated, so that ranking by term frequency
    treats "Hoà" written five times like "Hòa" written five times.
    """
    return " ".join(spelling for word in _candidates(nfc(text).lower()) for spelling in _other_spellings(word))


def slug_of(value, settings):
    """Slug of a category or unit, whether a URLWrapper or a plain string."""
    return getattr(value, "slug", None) or slugify(str(value), regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"])


def organizations_of(article):
    """The organizations tagged by the organizations plugin; without it, front matter ids have no names: none."""
    return [item for item in getattr(article, "organizations", None) or () if hasattr(item, "slug") and hasattr(item, "name")]


def filters_of(article, settings):
    """[(filter, value)]: the facets the search page filters on, as slugs."""
    pairs = [("category", slug_of(article.category, settings)), ("year", f"{article.date:%Y}")]
    unit = getattr(article, "unit", None)
    if unit:
        pairs.append(("unit", slug_of(unit, settings)))
    pairs.extend(("organization", organization.slug) for organization in organizations_of(article))
    return pairs


def _meta(kind, key, value):
    return f'<meta data-pagefind-{kind}="{key}[content]" content="{escape(value)}">'


def document(article, settings):
    """The HTML Pagefind reads for one article."""
    title = plain(article.title)
    body = article.content.replace(SEPARATOR, " ")
    show_time = getattr(article, "date_has_time", True)
    tags = [
        # Pagefind searches metadata too: "Thứ Hai" must not find Monday's articles,
        # so the date is machine-readable here and search.js writes it out.
        _meta("meta", "date", iso_datetime(article.date, show_time)),
        _meta("meta", "category", str(article.category)),
        _meta("sort", "date", f"{article.date.timestamp():.0f}"),
    ]
    if getattr(article, "unit", None):
        tags.append(_meta("meta", "unit", str(article.unit)))
    tags.extend(_meta("filter", key, value) for key, value in filters_of(article, settings))
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>{''.join(tags)}</head>"
        f'<body data-pagefind-body><h1 data-pagefind-meta="title">{escape(title)}</h1><p>{SEPARATOR}</p>'
        f"<div>{body}</div><p>{SEPARATOR}</p>"
        f'<p data-pagefind-weight="{TITLE_WEIGHT}">{escape(reader_spellings(title))}</p>'
        f"<p>{escape(reader_spellings(plain(body)))}</p></body></html>"
    )


def write_documents(articles, folder):
    """One index.html per article under `folder`, at the article's save_as path."""
    folder = Path(folder)
    for article in articles:
        path = folder / article.save_as  # Pagefind's result URL is this path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(document(article, article.settings), encoding="utf-8")
    return len(articles)
