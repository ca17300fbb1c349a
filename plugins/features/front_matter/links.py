"""What links and HTML an article may carry, so that no page runs an author's script.

Editors are trusted with the body's HTML (figures, tables, embedded video), but
text also comes from imported portals: a `javascript:` link, an `onerror=`
attribute or a `<script>` element would run in every reader's browser. Those are
refused with `path:line` before anything is built. The summary, printed on every
list page, is plain Markdown: its HTML is shown as text and its links may only
be web, mail or site addresses. As a second guard, the HTML Markdown makes of
both loses any such attribute the source scan could not see.
"""

import html
import re

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

# Schemes a browser runs or renders as a document of the page's own origin.
SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "data"})
SUMMARY_SCHEMES = frozenset({"", "http", "https", "mailto"})
WEB_SCHEMES = frozenset({"http", "https"})
URL_ATTRIBUTES = frozenset({
    "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset",
})
SUMMARY_ATTRIBUTES = frozenset({"href", "src", "alt", "title", "class"})
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Browsers drop tabs and newlines anywhere in a URL, and spaces and controls around it.
URL_IGNORED = re.compile(r"[\t\n\r]")
URL_TRIMMED = "".join(map(chr, range(0x21)))

# Where Markdown gives a URL: group "url" is it, still escaped. Each pattern is
# tried only on text holding its marker, which most bodies lack.
MARKDOWN_URLS = (
    ("](", re.compile(r"\]\(\s*<?(?P<url>[^\s)>]*)")),  # [text](url), ![alt](url), also over two lines
    ("]:", re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*<?(?P<url>\S*)", re.MULTILINE)),  # [id]: url
)
# An HTML tag, or a Markdown attribute list ({: ...}): quoted values whole (they may hold ">").
TAGS = (
    ("<", re.compile(r"""<[a-zA-Z](?:[^<>"']|"[^"]*"|'[^']*')*""")),
    ("{", re.compile(r"""\{:?(?:[^{}\n"']|"[^"\n]*"|'[^'\n]*')*""")),
)
ATTRIBUTE = re.compile(
    r"""(?<![\w-])(?P<name>[a-zA-Z_:][\w:.-]*)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<url>[^\s>"'}]+))"""
)
SCRIPT_ELEMENT = re.compile(r"<script\b", re.IGNORECASE)


def scheme(url):
    """The scheme a browser reads in `url`, lowercase, or "" for a relative one."""
    cleaned = URL_IGNORED.sub("", html.unescape(url)).strip(URL_TRIMMED)
    found = SCHEME.match(cleaned)
    return found.group(1).lower() if found else ""


def is_web_address(value):
    """An absolute http(s) address with a host and no space in it."""
    found = re.match(r"(?i)https?://[^/?#\s]", value)
    return bool(found) and not re.search(r"\s", value) and scheme(value) in WEB_SCHEMES


def shown(value, limit=60):
    """A value for a message: escapes visible, cut short."""
    text = value.encode("unicode_escape").decode("ascii") if not value.isprintable() else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _matches(text, patterns):
    """Every match of the (marker, pattern) pairs whose marker is in text."""
    for marker, pattern in patterns:
        if marker in text:
            yield from pattern.finditer(text)


def _urls(text, patterns):
    """(offset, url) of every URL the patterns find, entities not yet decoded."""
    for found in _matches(text, patterns):
        yield found.start("url"), found.group("url")


def _bad_url_message(url):
    return (
        f"liên kết hoặc ảnh '{shown(url)}' dùng '{scheme(url)}:', trình duyệt sẽ chạy nó như mã lệnh; "
        "hãy dùng địa chỉ http://, https:// hoặc đường dẫn trong trang"
    )


def _attribute_problem(name, value):
    """Why an HTML attribute would run script, or None."""
    lowered = name.lower()
    if lowered.startswith("on"):
        return f"thuộc tính '{name}' chạy mã lệnh khi người đọc thao tác; hãy bỏ nó"
    if lowered == "srcdoc":
        return "thuộc tính 'srcdoc' đưa cả một trang (có thể chứa mã lệnh) vào bài; hãy bỏ nó"
    if lowered in URL_ATTRIBUTES and scheme(value) in SCRIPT_SCHEMES:
        return _bad_url_message(value)
    return None


def _markup_problems(text):
    """(offset, message) of each attribute that would run script, in HTML tags and attribute lists."""
    for tag in _matches(text, TAGS):
        for found in ATTRIBUTE.finditer(tag.group()):
            value_group = next(name for name in ("double", "single", "url") if found.group(name) is not None)
            problem = _attribute_problem(found.group("name"), found.group(value_group))
            if problem:
                yield tag.start() + found.start(), problem


def body_problem(text):
    """(offset, message) of the first thing in a body that would run script, or None."""
    problems = [
        (offset, _bad_url_message(url)) for offset, url in _urls(text, MARKDOWN_URLS) if scheme(url) in SCRIPT_SCHEMES
    ]
    problems += _markup_problems(text)
    problems += [
        (found.start(), "bài không được chứa mã lệnh (thẻ <script>)") for found in SCRIPT_ELEMENT.finditer(text)
    ]
    return min(problems) if problems else None


def summary_problem(text):
    """The message for the first summary link that is not a web, mail or site address, or None."""
    for _, url in _urls(text, MARKDOWN_URLS):
        if scheme(url) not in SUMMARY_SCHEMES:
            return (
                f"liên kết '{shown(url)}' không được phép: tóm tắt chỉ nhận địa chỉ http://, https://, "
                "mailto: hoặc đường dẫn trong trang"
            )
    return None


class _Guard(Treeprocessor):
    """Removes attributes that run script from the HTML Markdown made."""

    def __init__(self, md, schemes, attributes):
        super().__init__(md)
        self.schemes, self.attributes = schemes, attributes

    def allowed_url(self, value):
        found = scheme(value)
        return found not in SCRIPT_SCHEMES if self.schemes is None else found in self.schemes

    def run(self, root):
        for element in root.iter():
            for name in list(element.attrib):
                lowered = name.lower()
                if (
                    lowered.startswith("on")
                    or lowered == "srcdoc"
                    or (self.attributes is not None and lowered not in self.attributes)
                    or (lowered in URL_ATTRIBUTES and not self.allowed_url(element.attrib[name]))
                ):
                    del element.attrib[name]


class LinkPolicy(Extension):
    """Markdown that cannot carry script; `summary=True` also shows raw HTML as text."""

    def __init__(self, summary=False):
        super().__init__()
        self.summary = summary

    def extendMarkdown(self, md):  # noqa: N802 - Markdown's name
        if self.summary:
            md.preprocessors.deregister("html_block", strict=False)
            md.inlinePatterns.deregister("html", strict=False)
        schemes, attributes = (SUMMARY_SCHEMES, SUMMARY_ATTRIBUTES) if self.summary else (None, None)
        # After attr_list (8) and the unescaping of backslash escapes (0): the final attributes.
        md.treeprocessors.register(_Guard(md, schemes, attributes), "link_policy", -10)
