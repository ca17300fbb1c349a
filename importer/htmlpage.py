"""Saved HTML pages to lines, using the markup (lxml + CSS selectors) for what it knows.

The portal profile says where the article's text, headline, date and byline sit and
which widgets are boilerplate; every visible text block still becomes a line, so the
extraction can account for all of them. Saved pages nest tables, divs and spans hundreds
of levels deep: the page is parsed without libxml2's default limit of 256 levels and
walked without recursion, and a page deeper than the parser can read is refused, never cut.
"""

from collections import Counter
from pathlib import Path
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from importer import addresses, profiles
from importer.page import ImportProblem, Line, Page, clean_text, controls_in

INVISIBLE = "//script|//style|//noscript|//template|//svg|//head|//comment()"
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "option", "p", "pre",
    "button", "label", "legend", "section", "select", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}


CANONICAL = profiles.css_selector('link[rel="canonical"], meta[property="og:url"]')


def _first(doc, selectors):
    """The first element matched by the first selector that matches something with text."""
    for selector in selectors:
        for element in selector(doc):
            if element.tag == "meta" and element.get("content", "").strip():
                return element
            if clean_text(element.text_content()) or element.get("datetime"):
                return element
    return None


def _parse(content):
    """The document of `content`, refused when the parser could not read all of it.

    Bytes are decoded as UTF-8 here (lxml would guess Latin-1 without a charset), else
    left to lxml to sniff. `huge_tree` lifts libxml2's limit of 256 nested elements (to 2048); past any limit the
    parser stops and, recovering, returns the document so far: that is refused here.
    """
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    if isinstance(content, str) and content.lstrip().startswith("<?xml"):
        content = content.split("?>", 1)[1]
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        doc = lxml.html.document_fromstring(content, parser=parser)
    except lxml.etree.ParserError:
        raise ImportProblem("trang không có phần tử HTML nào, không có gì để nhập") from None
    stopped = [error for error in parser.error_log if error.level >= lxml.etree.ErrorLevels.FATAL]
    if stopped:
        raise _stopped_problem(stopped[0])
    return doc


def _stopped_problem(error):
    """Why the parser stopped reading, in the editor's words, at the line it stopped."""
    if error.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT and "depth" in error.message:
        depth = "".join(c for c in error.message.split(",")[0] if c.isdigit())
        reason = f"các thẻ HTML lồng nhau quá sâu (quá {depth} cấp)" if depth else "các thẻ HTML lồng nhau quá sâu"
    else:
        reason = f"trình đọc HTML dừng lại ({error.message.strip()})"
    return ImportProblem(f"{reason}: phần sau dòng này không đọc được, nên không nhập trang", line=error.line)


def _detect(doc, catalogue):
    """The profile with the most matching detect selectors and text markers."""
    text = doc.text_content()

    def score(profile):
        return sum(bool(s(doc)) for s in profile.detect) + sum(m in text for m in profile.markers)

    best = max(catalogue.profiles, key=score)
    return best if score(best) else catalogue.fallback


def _content_roots(doc, profile, fallback):
    """The article's elements: every match of the profile's selectors, outermost only."""
    for selectors in (profile.content, fallback.content):
        roots = [e for s in selectors for e in s(doc) if len(clean_text(e.text_content())) >= 80]
        roots = [e for e in roots if not any(other is not e and e in other.iterdescendants() for other in roots)]
        if roots:
            unique = list(dict.fromkeys(roots))
            order = {e: i for i, e in enumerate(doc.iter())}
            return sorted(unique, key=order.get)
    return []


def _meta_value(element):
    if element is None:
        return ""
    if element.tag == "meta":
        return clean_text(element.get("content", ""))
    return clean_text(element.get("datetime") or element.text_content())


class _Walker:
    """Cut the document into text blocks at block elements and <br>, keeping each block's context."""

    def __init__(self, marks, base_url):
        self.marks = marks
        self.hinted = {e for e, kinds in marks.items() if any(k in ("title", "date", "author") for k, _ in kinds)}  # element -> (kind, value): "content", "drop", "title", "date", "author"
        self.base_url = base_url
        self.refused = []  # image addresses left out: see importer.addresses
        self.sources = {}  # image address -> the <img src> as saved (importer.images finds the file)
        self.lines = []
        self.pieces = []

    def context(self, element):
        found = {}
        for node in [element, *element.iterancestors()]:
            for kind, value in self.marks.get(node, ()):
                found.setdefault(kind, value)
            if node.tag == "figcaption":
                found.setdefault("caption", node)
        return found

    def flush(self):
        raw = "".join(text for text, _ in self.pieces)
        if clean_text(raw):
            self.emit(raw, self.pieces[0][1])
        self.pieces = []

    def emit(self, raw, element, image=""):
        found = self.context(element)
        hint = next((k for k in ("title", "date", "author") if k in found), "")
        if "caption" in found:
            hint = "caption"
            figure_image = found["caption"].getparent().find(".//img")
            image = image or self.src(figure_image)
        if image and not hint:
            hint = "image"
        self.lines.append(
            Line(
                number=len(self.lines) + 1,
                raw=raw,
                text=clean_text(raw),
                region="content" if "content" in found else "outside",
                dropped_by=found.get("drop", ""),
                hint=hint,
                image=image,
            )
        )

    def src(self, img):
        if img is None or not img.get("src"):
            return ""
        address = urljoin(self.base_url, img.get("src")) if self.base_url else img.get("src")
        if not addresses.is_image_address(address):
            self.refused.append(clean_text(address))
            return ""
        self.sources.setdefault(address, img.get("src"))
        return address

    def walk(self, root):
        """Every element in document order, with an explicit stack: no nesting is too deep."""
        stack = [("open", root, None)]
        while stack:
            step, element, parent = stack.pop()
            if step == "tail":
                if element.tail:
                    self.pieces.append((element.tail, parent))
            elif step == "close":
                self.flush()
            elif isinstance(element.tag, str):  # comments and processing instructions hold no text
                kind = self.open(element)
                if kind == "block":
                    stack.append(("close", element, None))
                if kind != "leaf":
                    for child in reversed(element):
                        stack.append(("tail", child, element))
                        stack.append(("open", child, None))

    def open(self, element):
        """Take an element's own text: "leaf" (<br>, <img>), "block" (its end cuts a line) or "inline"."""
        tag = element.tag.lower()
        if tag == "br":
            self.flush()
            return "leaf"
        if tag == "img":
            self.flush()
            self.emit(element.get("alt", ""), element, image=self.src(element))
            return "leaf"
        block = tag in BLOCKS or element in self.hinted
        if block:
            self.flush()
        if element.text:
            self.pieces.append((element.text, element))
        return "block" if block else "inline"


def _attribute_controls(source, elements):
    """Control characters in the values read from attributes, which no line of the page shows."""
    values = [source] + [e.get("content", "") if e.tag == "meta" else e.get("datetime", "") for e in elements if e is not None]
    return sum((controls_in(value) for value in values), Counter())


def read_html(path, catalogue=None, content=None):
    """A saved HTML page: its text blocks, with the content region and hints marked.

    `content` is the page already read: text, or bytes of an encoding lxml must sniff.
    """
    catalogue = catalogue or profiles.load()
    doc = _parse(Path(path).read_bytes() if content is None else content)
    profile = _detect(doc, catalogue)
    fallback = catalogue.fallback
    canonical = [e.get("href") or e.get("content") or "" for e in CANONICAL(doc)]
    raw_source = next((a.strip() for a in canonical if a.strip()), "")
    source = clean_text(raw_source)
    refused = [] if not source or addresses.is_web_address(source) else [source]
    source = "" if refused else source
    title = _first(doc, profile.title + fallback.title)
    date = _first(doc, profile.date + fallback.date)
    author = _first(doc, profile.author)
    meta = {"source": source, "published": _meta_value(date), "title": _meta_value(title)}
    meta_controls = _attribute_controls(raw_source, (title, date))

    for element in doc.xpath(INVISIBLE):
        element.drop_tree()
    marks = {}
    roots = _content_roots(doc, profile, fallback)
    keep = set(roots) | {e for e in (title, date, author) if e is not None}
    for root in roots:
        marks.setdefault(root, []).append(("content", "content"))
    for kind, element in (("title", title), ("date", date), ("author", author)):
        if element is not None and element.tag != "meta":
            marks.setdefault(element, []).append((kind, kind))
    for owner, selectors in ((profile.name, profile.drop), ("generic", fallback.drop)):
        for selector in selectors:
            for element in selector(doc):
                holds_article = any(element is k or k in element.iterdescendants() for k in keep)
                if not holds_article:
                    marks.setdefault(element, []).append(("drop", f"{owner}/html: {selector.css}"))

    walker = _Walker(marks, source)
    walker.walk(doc)
    walker.flush()
    meta["refused_addresses"] = refused + walker.refused
    meta["image_sources"] = walker.sources
    return Page(Path(path), "html", walker.lines, profile=profile.name, meta=meta, meta_controls=meta_controls)
