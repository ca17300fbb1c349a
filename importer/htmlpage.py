"""Saved HTML pages to lines, using the markup (lxml + CSS selectors) for what it knows.

The portal profile says where the article's text, headline, date and byline sit and
which widgets are boilerplate; every visible text block still becomes a line, so the
extraction can account for all of them.
"""

from pathlib import Path
from urllib.parse import urljoin

import lxml.html
from cssselect import SelectorError

from importer import profiles
from importer.page import Line, Page, clean_text

INVISIBLE = "//script|//style|//noscript|//template|//svg|//head|//comment()"
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "option", "p", "pre",
    "button", "label", "legend", "section", "select", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}


def _select(doc, selector):
    try:
        return doc.cssselect(selector)
    except SelectorError:
        return []


def _first(doc, selectors):
    """The first element matched by the first selector that matches something with text."""
    for selector in selectors:
        for element in _select(doc, selector):
            if element.tag == "meta" and element.get("content", "").strip():
                return element
            if clean_text(element.text_content()) or element.get("datetime"):
                return element
    return None


def _parse(data):
    """Decode UTF-8 ourselves (lxml would guess Latin-1 without a charset), else let lxml sniff."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return lxml.html.document_fromstring(data)
    if text.lstrip().startswith("<?xml"):
        text = text.split("?>", 1)[1]
    return lxml.html.document_fromstring(text)


def _detect(doc, catalogue):
    """The profile with the most matching detect selectors and text markers."""
    text = doc.text_content()

    def score(profile):
        return sum(bool(_select(doc, s)) for s in profile.detect) + sum(m in text for m in profile.markers)

    best = max(catalogue.profiles, key=score)
    return best if score(best) else catalogue.fallback


def _content_roots(doc, profile, fallback):
    """The article's elements: every match of the profile's selectors, outermost only."""
    for selectors in (profile.content, fallback.content):
        roots = [e for s in selectors for e in _select(doc, s) if len(clean_text(e.text_content())) >= 80]
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
        return urljoin(self.base_url, img.get("src")) if self.base_url else img.get("src")

    def walk(self, element):
        if not isinstance(element.tag, str):
            return
        tag = element.tag.lower()
        if tag == "br":
            self.flush()
        elif tag == "img":
            self.flush()
            self.emit(element.get("alt", ""), element, image=self.src(element))
        else:
            block = tag in BLOCKS or element in self.hinted
            if block:
                self.flush()
            if element.text:
                self.pieces.append((element.text, element))
            for child in element:
                self.walk(child)
                if child.tail:
                    self.pieces.append((child.tail, element))
            if block:
                self.flush()


def read_html(path, catalogue=None):
    """A saved HTML page: its text blocks, with the content region and hints marked."""
    catalogue = catalogue or profiles.load()
    doc = _parse(Path(path).read_bytes())
    profile = _detect(doc, catalogue)
    fallback = catalogue.fallback
    addresses = [e.get("href") or e.get("content") or "" for e in _select(doc, 'link[rel="canonical"], meta[property="og:url"]')]
    source = next((a.strip() for a in addresses if a.strip()), "")
    title = _first(doc, profile.title + fallback.title)
    date = _first(doc, profile.date + fallback.date)
    author = _first(doc, profile.author)
    meta = {"source": source, "published": _meta_value(date), "title": _meta_value(title)}

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
            for element in _select(doc, selector):
                holds_article = any(element is k or k in element.iterdescendants() for k in keep)
                if not holds_article:
                    marks.setdefault(element, []).append(("drop", f"{owner}/html: {selector}"))

    walker = _Walker(marks, source)
    walker.walk(doc)
    walker.flush()
    return Page(Path(path), "html", walker.lines, profile=profile.name, meta=meta)
