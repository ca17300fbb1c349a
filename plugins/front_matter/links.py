"""What links and HTML an article may carry, so that no page runs an author's script.

Editors are trusted with the body's HTML (figures, tables, embedded video), but
text also comes from imported portals: a `javascript:` link, an `onerror=`
attribute or a `<script>` element would run in every reader's browser. Those are
refused with `path:line` before anything is built. The summary, printed on every
list page, is plain Markdown: its HTML is shown as text and its links may only
be web, mail or site addresses. As a second guard, the HTML Markdown makes of
both loses any such attribute the line scan could not see.
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

# Where Markdown or HTML in the source gives a URL: group "url" is it, still escaped.
MARKDOWN_URLS = (
    re.compile(r"\]\(\s*<?(?P<url>[^\s)>]*)"),  # [text](url), ![alt](url), also over two lines
    re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*<?(?P<url>\S*)", re.MULTILINE),  # [id]: url
)
HTML_URL = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(URL_ATTRIBUTES)) + r")\s*=\s*"
    r"(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|(?P<url>[^\s>\"'}]+))",
    re.IGNORECASE,
)
EVENT_HANDLER = re.compile(
    r"(?:<[a-zA-Z][^<>]*?|\{:?[^{}\n]*?)[\s\"'/](?P<name>on[a-zA-Z]+)\s*=", re.IGNORECASE
)
SCRIPT_ELEMENT = re.compile(r"<script\b|<[a-zA-Z][^<>]*?\s(?P<name>srcdoc)\s*=", re.IGNORECASE)


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


def _urls(text, patterns):
    """(offset, url) of every URL the patterns find, entities not yet decoded."""
    for pattern in patterns:
        for found in pattern.finditer(text):
            group = next(name for name in ("url", "double", "single") if found.groupdict().get(name) is not None)
            yield found.start(group), found.group(group)


def _bad_url_message(url):
    return (
        f"liên kết hoặc ảnh '{shown(url)}' dùng '{scheme(url)}:', trình duyệt sẽ chạy nó như mã lệnh; "
        "hãy dùng địa chỉ http://, https:// hoặc đường dẫn trong trang"
    )


def body_problem(text):
    """(offset, message) of the first thing in a body that would run script, or None."""
    problems = [
        (offset, _bad_url_message(url))
        for offset, url in _urls(text, (*MARKDOWN_URLS, HTML_URL))
        if scheme(url) in SCRIPT_SCHEMES
    ]
    problems += [
        (found.start("name"), f"thuộc tính '{found.group('name')}' chạy mã lệnh khi người đọc thao tác; hãy bỏ nó")
        for found in EVENT_HANDLER.finditer(text)
    ]
    problems += [
        (found.start(), "bài không được chứa mã lệnh (thẻ <script> hoặc thuộc tính srcdoc)")
        for found in SCRIPT_ELEMENT.finditer(text)
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
