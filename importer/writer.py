"""Articles to files under the archive, never overwriting a different or edited one silently.

A file is `<dest>/<year>/<slug>.md`. Re-importing the same page finds the same file, even
after an editor fixed its headline or renamed it: identical content is left alone,
different content needs --force. Two articles whose headlines give one slug (real
headlines repeat) get `-2`, `-3`... and an explicit `slug:`. Photos found in a saved site
(importer.images) are linked as `{static}/images/<year>/<file>` of the article's year,
and copied there unless the article is refused.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import count
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from importer import dates, render, site
from plugins.libs import slugs

# The whole archive's front matter is read once per import: libyaml's loader when there is one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FIELD_ORDER = ("title", "date", "slug", "category", "unit", "author", "author_title", "source", "status", "review")


# At least this share of a page's paragraphs, word for word in an existing article of the
# same day, makes that article the page's earlier import.
SAME_BODY_SHARE = 0.5


@dataclass(frozen=True)
class Outcome:
    status: str  # "created", "identical", "conflict" or "overwritten"
    path: Path
    matched: str = ""  # how the existing file was recognized as this page's earlier import
    copied: tuple = ()  # pictures copied to content/images/ for it


def slug_for(title):
    """The build's slug of `title` (plugins/libs/slugs.py), so the file is named as its address."""
    return slugs.slug_for(title, site.settings())


def earlier_slug(existing, title):
    """The address an earlier import of `title` has: its `slug:`, else its file name.

    Before the importer named files by the build's rule, it cut a long headline's slug
    at a word without the build's hash: such a name, a cut of the headline's slug, was
    never the address; the build's slug of the headline was.
    """
    if existing.front.get("slug"):
        return existing.front["slug"]
    stem = existing.path.stem
    whole = slugs.full_slug(title, site.settings())
    if len(whole) > slugs.max_length(site.settings()) and whole.startswith(f"{stem}-"):
        return slug_for(title)
    return stem


def front_matter(article, slug):
    values = {
        "title": article.title,
        "date": article.moment.iso(),
        "slug": slug if slug != slug_for(article.title) else None,
        "category": article.category,
        "unit": article.unit,
        "author": article.author,
        "author_title": article.author_title,
        "source": article.source,
        "status": article.status,
        "review": list(article.review),
    }
    return {key: values[key] for key in FIELD_ORDER if values[key]}


def document(article, slug):
    """The whole file: YAML front matter written by PyYAML, then the Markdown body."""
    header = yaml.safe_dump(front_matter(article, slug), allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{header}---\n{render.body(article.body)}"


def split_document(text):
    """(front matter dict, Markdown body) of an article's text; ({}, text) without front matter."""
    if not text.startswith("---\n") or "\n---\n" not in text[3:]:
        return {}, text
    head, body = text[4:].split("\n---\n", 1)
    try:
        front = yaml.load(head, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        front = None
    return (front if isinstance(front, dict) else {}), body


def read_front_matter(path):
    return split_document(Path(path).read_text(encoding="utf-8"))[0]


def body_paragraphs(markdown):
    """The running-text paragraphs of a Markdown body, as the importer writes them (no figures)."""
    return {block.strip() for block in markdown.split("\n\n") if block.strip() and not block.lstrip().startswith("<")}


def article_paragraphs(article):
    return {render.escape(block.text) for block in article.body if block.kind == "paragraph"}


def is_site_root(address):
    """A portal's home page: some portals give it as every page's canonical address."""
    return urlsplit(address).path.strip("/") in ("", "index.php", "index.html", "index.aspx", "trang-chu")


def _day(front):
    return str(front.get("date", ""))[:10]


@dataclass
class Known:
    """An article of the archive as far as recognizing a page needs it."""

    path: Path
    front: dict
    paragraphs: set


class Archive:
    """The articles already under `dest`, read once per run: which of them holds which page.

    An editor fixes headlines and renames files, so an earlier import is recognized by
    its `source:` address, by headline and day, or by its paragraphs on the same day.
    The articles are indexed by address, by day and as drafts: a page is compared with
    the few of its day, not the whole archive (thousands of pages in one run).
    """

    def __init__(self, dest):
        self.dest = Path(dest)
        self._known = None
        self._order = {}  # path -> when it was first indexed: the first match wins, as in a scan
        self._by_source = {}
        self._by_day = {}
        self._drafts = {}

    def known(self):
        """The archive's articles by path, read on first use."""
        if self._known is None:
            self._known = {}
            for path in sorted(self.dest.rglob("*.md")) if self.dest.is_dir() else ():
                self.add(path)
        return self._known

    def add(self, path, text=None):
        """Index (or index again) the article at `path`; unreadable files are not anyone's import."""
        try:
            text = Path(path).read_text(encoding="utf-8") if text is None else text
        except (OSError, UnicodeDecodeError):
            return
        front, body = split_document(text)
        path = Path(path)
        known = self.known()
        if path in known:
            self._unindex(known[path])
        self._order.setdefault(path, len(self._order))
        known[path] = Known(path, front, body_paragraphs(body))
        self._index(known[path])

    def _groups(self, k):
        groups = [(self._by_day, _day(k.front))]
        if k.front.get("source"):
            groups.append((self._by_source, k.front["source"]))
        if k.front.get("status") == "draft":
            groups.append((self._drafts, "draft"))
        return groups

    def _index(self, k):
        for index, key in self._groups(k):
            index.setdefault(key, {})[k.path] = k

    def _unindex(self, k):
        for index, key in self._groups(k):
            index.get(key, {}).pop(k.path, None)

    def _in_order(self, *groups):
        found = {path: k for group in groups for path, k in group.items()}
        return sorted(found.values(), key=lambda k: self._order[k.path])

    def find(self, article):
        """(existing Known, how it was recognized) of this article's earlier import, or (None, "")."""
        self.known()
        day = article.moment.day.isoformat()
        if article.source and not is_site_root(article.source):
            same = self._in_order(self._by_source.get(article.source, {}))
            if same:
                return same[0], f"đã nhập trước đây từ cùng địa chỉ nguồn {article.source}"
        # Same day, or both drafts: an undetermined date is a stand-in, two imports of the
        # page may stand in different days.
        candidates = self._in_order(self._by_day.get(day, {}), self._drafts.get("draft", {}) if article.placeholder_date else {})
        for k in candidates:
            if k.front.get("title") == article.title:
                return k, "đã nhập trước đây với cùng tiêu đề"
        paragraphs = article_paragraphs(article)
        shares = Counter()
        for k in candidates:
            shares[k.path] = len(paragraphs & k.paragraphs)
        if paragraphs and shares:
            path, found = shares.most_common(1)[0]
            if found >= SAME_BODY_SHARE * len(paragraphs):
                return self.known()[path], f"đã nhập trước đây: {found}/{len(paragraphs)} đoạn văn trùng với bài này"
        return None, ""


def locate(dest, article, archive=None):
    """(path, slug, how it was recognized) of this article: its earlier import, else a free name."""
    archive = archive or Archive(dest)
    existing, how = archive.find(article)
    if existing is not None:
        if article.placeholder_date and existing.front.get("status") == "draft" and _day(existing.front):
            # Keep the stand-in date the first import chose.
            article.moment = dates.Moment(date.fromisoformat(_day(existing.front)))
        return existing.path, earlier_slug(existing, article.title), how
    base = slug_for(article.title)
    for n in count(1):
        slug = base if n == 1 else f"{base}-{n}"
        path = Path(dest) / str(article.moment.day.year) / f"{slug}.md"
        if not path.exists():
            return path, slug, ""


def write(article, dest, force=False, archive=None, pictures=None, store=None):
    """Write the article unless an identical one exists; a different one only with force.

    `pictures` (address -> importer.images.Found) are linked through `store` (an
    importer.images.Store) once the article's year is settled, and copied with it.
    """
    archive = archive or Archive(dest)
    path, slug, how = locate(dest, article, archive)
    copies = store.link(article, pictures) if store is not None and pictures else []
    text = document(article, slug)
    if path.exists():
        if path.read_text(encoding="utf-8") == text:
            return Outcome("identical", path, how, tuple(store.copy(copies)) if copies else ())
        if not force:
            return Outcome("conflict", path, how)
        status = "overwritten"
    else:
        status = "created"
    copied = tuple(store.copy(copies)) if copies else ()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    archive.add(path, text)
    return Outcome(status, path, how, copied)
