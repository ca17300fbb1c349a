"""A page and an Atom feed per cited document, and the /van-ban/ directory by issuing level and type."""

import re
from collections import Counter
from dataclasses import dataclass, field

from pelican.generators import Generator

from plugins.libs.list_pages import write_directory, write_list

# Issuing levels and document types in the order readers look for them: the Party's centre
# and the State first, then the province, then the district. Others follow alphabetically.
LEVELS = (
    "Trung ương", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Thủ tướng Chính phủ",
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy", "Đảng ủy",
    "Hội đồng nhân dân", "Ủy ban nhân dân", "Mặt trận Tổ quốc",
)
OTHER_LEVEL = "Chưa rõ cấp ban hành"
KINDS = (
    "Hiến pháp", "Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết", "Chỉ thị", "Quyết định", "Quy định",
    "Kết luận", "Quy chế", "Nghị định", "Thông tư", "Chương trình", "Kế hoạch", "Đề án", "Hướng dẫn", "Thông báo",
)
DIGITS = re.compile(r"\d+")


def _rank(order, value):
    """Known values in their order, then the others alphabetically."""
    return (order.index(value), "") if value in order else (len(order), value.casefold())


@dataclass(eq=False)
class DocumentPage:
    """A document as templates see it: its identity, what editors know of it, URLs and articles.

    Compared by identity so that other plugins can count articles per document.
    """

    key: str
    citation: object  # detect.Citation: the data file's reference, else as first cited
    entry: object = None  # catalog.Entry, when editors describe the document
    url: str = ""
    save_as: str = ""
    feed: str = ""
    issued_in_text: object = None  # the date articles give, when the data file gives none
    issuer_in_text: str = ""
    articles: list = field(default_factory=list)

    @property
    def label(self):
        return self.citation.label

    @property
    def name(self):
        return self.label

    @property
    def kind(self):
        return self.citation.kind

    @property
    def title(self):
        """The full title (trích yếu) from the data file, or ""."""
        return self.entry.title if self.entry else ""

    @property
    def issued(self):
        return (self.entry and self.entry.issued) or self.issued_in_text

    @property
    def issuer(self):
        return (self.entry and self.entry.issuer) or self.issuer_in_text

    @property
    def level(self):
        return (self.entry and self.entry.level) or self.citation.level or OTHER_LEVEL

    @property
    def link(self):
        return self.entry.link if self.entry else ""

    @property
    def years(self):
        """The years it was cited in, oldest first; computed, not stored, so that what an
        article page reads of it does not change with every new article."""
        return sorted({article.date.year for article in self.articles})

    @property
    def year_counts(self):
        """[(year, number of articles)], newest year first."""
        return sorted(Counter(article.date.year for article in self.articles).items(), reverse=True)

    def __str__(self):
        return self.label


def sort_key(page):
    """Newest document first within a type, then by number ("Kế hoạch 9" before "Kế hoạch 120")."""
    year = page.citation.year or (page.issued.year if page.issued else 0)
    numbers = tuple(int(number) for number in DIGITS.findall(page.citation.number or ""))
    return (-year, numbers, page.label.casefold())


@dataclass
class KindListing:
    kind: str
    documents: list


@dataclass
class LevelListing:
    level: str
    kinds: list

    @property
    def count(self):
        """Articles that cite at least one document of this level."""
        return len({id(article) for kind in self.kinds for page in kind.documents for article in page.articles})


def group_listings(pages):
    """[LevelListing] of the documents some published article cites."""
    by_level = {}
    for page in pages:
        if page.articles:
            by_level.setdefault(page.level, {}).setdefault(page.kind, []).append(page)
    return [
        LevelListing(level, [
            KindListing(kind, sorted(documents, key=sort_key))
            for kind, documents in sorted(kinds.items(), key=lambda item: _rank(KINDS, item[0]))
        ])
        for level, kinds in sorted(by_level.items(), key=lambda item: _rank(LEVELS + (OTHER_LEVEL,), item[0]))
    ]


def most_cited(pages, count):
    """[(page, number of articles)] of the `count` documents cited by the most articles."""
    ranked = sorted((page for page in pages if page.articles), key=lambda page: (-len(page.articles), sort_key(page)))
    return [(page, len(page.articles)) for page in ranked[:count]]


class DocumentsGenerator(Generator):
    """Writes the `document_pages` that tagging left in the context (see __init__)."""

    def generate_output(self, writer):
        for page in (self.context.get("document_pages") or {}).values():
            if page.articles:
                write_list(
                    self, writer, "document", page, page.articles, page.label,
                    feed_items=self.settings["DOCUMENTS_FEED_MAX_ITEMS"], document=page,
                )
        write_directory(self, writer, "documents", "DOCUMENTS_INDEX_SAVE_AS", "DOCUMENTS_INDEX_URL")
