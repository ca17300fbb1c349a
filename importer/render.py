"""Article bodies as Markdown that renders back to exactly the words of the source."""

import html
import re

LIST_MARKER = re.compile(r"^([-+]\s+|\d{1,3}[.)]\s+)")
INLINE = re.compile(r"([\\`*_\[\]])")
LINE_START = re.compile(r"^([#>])")


def escape(text):
    """Escape Markdown syntax in running text; a leading list marker stays a list."""
    marker = LIST_MARKER.match(text)
    head, rest = (marker.group(0), text[marker.end() :]) if marker else ("", text)
    rest = INLINE.sub(r"\\\1", rest).replace("<", "&lt;")
    if not head:
        rest = LINE_START.sub(r"\\\1", rest)
    return head + rest


def figure(block):
    """A photo, or a caption whose photo the saved page did not keep, as an HTML figure."""
    parts = []
    if block.image:
        alt = block.alt or block.text
        parts.append(f'<img src="{html.escape(block.image)}" alt="{html.escape(alt)}">')
    if block.text:
        parts.append(f"<figcaption>{html.escape(block.text, quote=False)}</figcaption>")
    return f'<figure class="article-figure">{"".join(parts)}</figure>'


def body(blocks):
    """Paragraphs and figures separated by blank lines."""
    return "\n\n".join(escape(b.text) if b.kind == "paragraph" else figure(b) for b in blocks) + "\n"
