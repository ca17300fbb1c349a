"""Feeds carry an article's full text only up to FRONT_MATTER_FEED_MAX_CHARS.

Each article is in several feeds (all, its category, each organization): a
megabyte-long article was copied whole into every one of them, and feed readers
download all of it again at each poll. Past the cap an entry keeps its summary
and its link; shorter articles are unchanged.
"""

from markupsafe import escape

from plugins.libs.html_text import visible_text

DEFAULT_MAX_CHARS = 100_000  # a long annual report is about 60,000 characters of HTML


def excerpt(markup, limit):
    """The start of the visible text of `markup`, cut at a space, as one HTML paragraph."""
    text = visible_text(markup[: limit * 4])
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return f"<p>{escape(text)}</p>"


def cap_item(item, limit):
    """Drop an entry's full content over `limit` characters; keep a bounded summary."""
    content, description = item.get("content"), item.get("description")
    if content and len(content) > limit:
        item["content"] = None
        description = description or excerpt(content, limit)
    if description and len(description) > limit:
        description = excerpt(description, limit)
    item["description"] = description


def cap_feed(context, feed):
    """feed_generated: every entry of the feed about to be written, capped."""
    limit = context.get("FRONT_MATTER_FEED_MAX_CHARS", DEFAULT_MAX_CHARS)
    if limit:
        for item in feed.items:
            cap_item(item, limit)
