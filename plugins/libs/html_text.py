"""Text of an HTML fragment (titles and bodies arrive as typogrified HTML), two ways.

They differ in what a tag is, and each caller needs its own:

- `visible_text`: the line a reader sees. A tag is removed without a trace, so
  inline markup inside a word ("Đ<em>ả</em>ng") keeps the word whole, and runs of
  whitespace become one space. Used for meta descriptions and JSON-LD, the search
  index and feed excerpts.
- `text_with_tags_as_spaces`: every tag is a word break, spacing is left as it is.
  Used for matching words, where "<br>" or "</td><td>" must never glue the last word
  of one cell to the first of the next, and for counting words.

Both decode entities (&amp; is "&"); `&nbsp;` becomes U+00A0, which callers that
want a plain space replace.
"""

import functools
import html
import re

from markupsafe import Markup

TAG = re.compile(r"<[^>]+>")


@functools.lru_cache(maxsize=4)
def visible_text(markup):
    """Tags and comments removed, whitespace collapsed to single spaces, entities decoded.

    Kept for the last few fragments: the values derived from an article while it is read
    (its search spellings, reporting period, cited documents) each start from its text.
    """
    return str(Markup(markup).striptags())


def text_with_tags_as_spaces(markup):
    """Each tag replaced by a space, entities decoded; whitespace kept as it is."""
    return html.unescape(TAG.sub(" ", markup or ""))
