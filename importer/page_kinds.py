"""Which pages of a saved portal site are articles, and why the others are left out.

A site saved by `wget --mirror`, HTTrack or a browser holds, next to its articles, the
pages that list them (home, categories, tags, search results, pagination) and the print
versions of articles. They are told apart by the page itself:

- its address (the file's path in the saved folder, and its canonical address): the
  patterns of print, search, tag and category pages;
- a print-version marker: the page prints itself when opened, or says it is a print view;
- its text: an article has one block holding most of the page's running text with
  (almost) no links in it; a listing has many links to articles and its running text,
  if any, cut in short excerpts, one per link.

Each reason is the words the report and the summary show the editor.
"""

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import lxml.etree
import lxml.html

ARTICLE = ""
LISTING = "trang danh sách"
CATEGORY = "trang chuyên mục"
PRINT = "trang in"
SEARCH = "trang tìm kiếm"
TAG = "trang thẻ"
EMPTY = "trang không có bài viết"

# A word of the address that is a whole path segment or query part ("tim-kiem" in
# /tim-kiem/?q=..., not in an article's slug such as /ho-tro-tim-kiem-viec-lam.html).
_START = r"(?:^|[/?&@])"
_END = r"(?:[/?&=@.]|$)"
PRINT_ADDRESS = re.compile(
    rf"{_START}(?:print|printer|printpage|print-?view|print-?version|in-?bai(?:-?viet)?|ban-?in){_END}"
    r"|[?&@](?:print|in)=(?:1|true|yes)|[-_.]print(?:\.html?|/|$)"
)
SEARCH_ADDRESS = re.compile(
    rf"{_START}(?:search|tim-?kiem|timkiem|ket-?qua-?tim-?kiem){_END}|[?&@](?:s|q|keyword|keywords|searchword|query)="
)
TAG_ADDRESS = re.compile(r"/(?:tag|tags|the|tu-?khoa|keyword)/|[?&@](?:tag|tags)=")
CATEGORY_ADDRESS = re.compile(
    r"/(?:category|categories|chuyen-?muc|danh-?muc|cat|section)/|[?&@](?:cat|catid|category)=|/page/\d+/?(?:index\.html?)?$"
)
PRINT_MARKER = re.compile(r"window\.print\s*\(|\bprint(?:er)?[-_]?(?:view|version|page|friendly)\b", re.I)

BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
}
HIDDEN = "//script|//style|//noscript|//template|//svg|//head|//comment()"
# A running-text block: at least this many characters outside links.
PARAGRAPH = 80
# An article's body: at least this much running text in one block, with at most
# BODY_LINKS links to other articles in it, and at least BODY_SHARE of the page's running text.
BODY = 200
BODY_LINKS = 3
BODY_SHARE = 0.4
# A listing: at least this many distinct links whose text reads like a headline.
LISTING_LINKS = 5


@dataclass(frozen=True)
class Verdict:
    reason: str  # ARTICLE ("") for an article, else why the page is left out
    detail: str = ""  # what was seen, for the report

    @property
    def is_article(self):
        return not self.reason


def address_of(path, root):
    """The page's address within the saved site: its path under `root`, '/'-separated, lowercase."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = path
    return "/" + unquote("/".join(relative.parts)).lower()


def by_address(addresses):
    """The kind an address gives away, or None: print, search and tag pages by their pattern."""
    for address in addresses:
        if PRINT_ADDRESS.search(address):
            return Verdict(PRINT, f"địa chỉ của bản in: {address}")
    for address in addresses:
        if SEARCH_ADDRESS.search(address):
            return Verdict(SEARCH, f"địa chỉ của trang tìm kiếm: {address}")
        if TAG_ADDRESS.search(address):
            return Verdict(TAG, f"địa chỉ của trang thẻ: {address}")
    return None


def _is_print_view(doc):
    body = doc.find("body")
    if body is not None:
        if PRINT_MARKER.search(body.get("onload", "")) or PRINT_MARKER.search(body.get("class", "") + " " + body.get("id", "")):
            return True
    for script in doc.iter("script"):
        code = script.text or ""
        # A page that prints itself when loaded; a "print" button's onclick is on an element, not here.
        if re.search(r"(?:^|[;{}\s])window\.print\s*\(\s*\)", code) and "function" not in code:
            return True
    return False


def _headline_link(anchor):
    text = " ".join(anchor.text_content().split())
    href = anchor.get("href", "")
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return ""
    if re.search(r"(?i)\.(jpe?g|png|gif|webp|pdf|docx?|xlsx?|zip|rar)(?:[?#]|$)", href):
        return ""
    return href if len(text) >= 25 and len(text.split()) >= 5 else ""


PARAGRAPH_TAGS = {"p", "li", "dd", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}


def _container(element):
    """The block an article body would be: a paragraph's parent. A <div> or <section> holding
    text and no other block is a paragraph too (CMS and pasted Word markup write them so)."""
    parent = element.getparent()
    if parent is None:
        return element
    if element.tag in PARAGRAPH_TAGS:
        return parent
    leaf = not any(isinstance(child.tag, str) and child.tag in BLOCKS for child in element.iterdescendants())
    return parent if leaf and element.tag in ("div", "section") else element


def by_text(doc):
    """Article or listing from the page's running text and its links (see the module's doc)."""
    for element in doc.xpath(HIDDEN):
        element.drop_tree()
    running = Counter()  # block element -> characters of its own text outside links
    for node in doc.xpath("//text()"):
        text = " ".join(node.split())
        if not text:
            continue
        element = node.getparent()
        if node.is_tail:
            element = element.getparent()
        in_link = False
        while element is not None and (not isinstance(element.tag, str) or element.tag not in BLOCKS):
            in_link = in_link or element.tag == "a"
            element = element.getparent()
        if element is not None and not in_link:
            running[element] += len(text) + 1
    paragraphs = {element: size for element, size in running.items() if size >= PARAGRAPH}
    containers = Counter()
    for element, size in paragraphs.items():
        containers[_container(element)] += size
    links = {_headline_link(a) for a in doc.iter("a")} - {""}
    total = sum(paragraphs.values())
    if containers:
        body, size = containers.most_common(1)[0]
        inside = {_headline_link(a) for a in body.iter("a")} - {""}
        if size >= BODY and len(inside) <= BODY_LINKS and size >= BODY_SHARE * total:
            return Verdict(ARTICLE, f"{size} ký tự văn bản trong một khối, {len(inside)} liên kết bài trong đó")
    if len(links) >= LISTING_LINKS:
        return Verdict(LISTING, f"{len(links)} liên kết tới bài, {total} ký tự văn bản ngoài liên kết")
    return Verdict(EMPTY, f"{total} ký tự văn bản, không khối nào đủ dài để là thân bài")


def classify(content, path, root, canonical=""):
    """The Verdict on a saved HTML page (`content`: its text or bytes)."""
    addresses = [address_of(path, root)]
    if canonical:
        parts = urlsplit(canonical)
        addresses.append(unquote(parts.path + ("?" + parts.query if parts.query else "")).lower())
    verdict = by_address(addresses)
    if verdict:
        return verdict
    try:
        doc = lxml.html.document_fromstring(content, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError):
        return Verdict(ARTICLE)  # the importer says what is wrong with it
    if _is_print_view(doc):
        return Verdict(PRINT, "trang tự in khi mở (bản in)")
    verdict = by_text(doc)
    if not verdict.is_article and verdict.reason == LISTING:
        for address in addresses:
            if CATEGORY_ADDRESS.search(address):
                return Verdict(CATEGORY, verdict.detail)
    return verdict
