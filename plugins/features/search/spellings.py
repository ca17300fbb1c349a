"""The other spellings of an article's words that readers type, for Pagefind to index.

Pagefind folds most marks itself but not "đ", and it treats "Hoà" and "Hòa" as
different spellings when ranking: readers' spellings are the canonical tone
placement ("hòa" for "Hoà") and the "d" form of every word with "đ" ("dang" for
"Đảng"). Free of Pelican objects, so that the front matter reader computes them
in its worker processes (FRONT_MATTER_DERIVED) and Pelican's cache keeps them.
"""

import functools
import re

from plugins.libs.html_text import visible_text
from plugins.libs.vietnamese_text import fold, nfc, normalize

# Around the body in Pagefind's copy of the text: title ⁂ body ⁂ other spellings.
SEPARATOR = "\u2042"  # never a word to Pagefind
# What marks a lowercase NFC word that may have another spelling: "đ", or an
# "oa", "oe", "uy" ending the word with the tone on its second vowel.
TRIGGER = re.compile(r"[đð]|o[àáảãạèéẻẽẹ](?!\w)|u[ỳýỷỹỵ](?!\w)")
WORD_REST = re.compile(r"\w*")


def plain(html):
    """Text of an HTML fragment, entities decoded, without the separator."""
    return visible_text(html).replace(SEPARATOR, " ")


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


def article_spellings(title_html, body_html):
    """(spellings of the title, spellings of the body) of one article's HTML."""
    return reader_spellings(plain(title_html)), reader_spellings(plain(body_html))
