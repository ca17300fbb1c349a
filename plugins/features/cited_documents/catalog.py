"""The documents editors describe in YAML: full title, date, issuer, official link, other spellings.

Checked strictly, with `path:line` in every message, by the one data file checker:
a reference the detection cannot read, or one spelling claimed by two documents,
would otherwise split one document over two pages or join two into one.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from plugins.features.front_matter import links
from plugins.features.front_matter.errors import BuildError, ContentError
from plugins.libs import data_files
from plugins.libs.data_files import DataFileError, ListOf, Mapping, Refused, Text

from .detect import parse_reference

# What read_catalog raises: every problem of the file, each `path:line: message`.
CatalogError = DataFileError
DAY_MONTH_YEAR = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def reference(value):
    """A document reference as written in an article ("Quyết định số 217-QĐ/TW"), read as a Citation."""
    citation = parse_reference(value)
    if citation is None:
        raise Refused(f"'{value}' không đọc được là số hiệu hay tên một văn bản (ví dụ 'Quyết định số 217-QĐ/TW')")
    return citation


def issued_on(value):
    """2013-12-12 or 12/12/2013."""
    found = DAY_MONTH_YEAR.fullmatch(value)
    try:
        if found:
            day, month, year = map(int, found.groups())
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError:
        raise Refused(f"ngày '{value}' không hợp lệ (viết 2013-12-12 hoặc 12/12/2013)") from None


def web_address(value):
    if not links.is_web_address(value):
        raise Refused(f"'{links.shown(value)}' không phải địa chỉ web: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://")
    return value


TEXT = Text(one_line=True)
DOCUMENT = Mapping(
    "văn bản",
    {
        "reference": Text(check=reference, one_line=True),
        "title": TEXT,
        "date": Text(check=issued_on, one_line=True),
        "issuer": TEXT,
        "level": TEXT,
        "link": Text(check=web_address, one_line=True),
        "spellings": ListOf(Text(check=reference, one_line=True)),
    },
    required=("reference",),
)
SCHEMA = Mapping("danh mục văn bản", {"documents": ListOf(DOCUMENT)}, required=("documents",))


@dataclass(frozen=True)
class Entry:
    """What editors know of one document; `citation` is its reference as detection reads it."""

    citation: object
    title: str = ""
    issued: date = None
    issuer: str = ""
    level: str = ""
    link: str = ""


@dataclass(frozen=True)
class Catalog:
    entries: tuple = ()
    spellings: dict = field(default_factory=dict)  # key of another spelling -> key of its document
    by_key: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        self.by_key.update((entry.citation.key, entry) for entry in self.entries)

    def key_of(self, citation):
        """The key of the document a citation names, after the editors' merges."""
        return self.spellings.get(citation.key, citation.key)

    def get(self, key):
        return self.by_key.get(key)


def _claim(path, line, citation, owner, owners, problems):
    """Record that `citation`'s key means document `owner` (its line, its label); a key claimed twice is a problem."""
    if citation.key in owners:
        (first_owner, label), first_line = owners[citation.key]
        where = "văn bản này" if first_owner == owner[0] else f"văn bản '{label}'"
        problems.append(ContentError(path, line, f"'{citation.label}' đã được khai báo cho {where} (dòng {first_line})"))
    else:
        owners[citation.key] = (owner, line)


def _catalog(path, checked):
    problems, owners, entries, spellings = [], {}, [], {}
    for record, line in zip(checked["documents"], checked["documents"].lines):
        citation = record["reference"]
        owner = (line, citation.label)
        _claim(path, record.lines["reference"], citation, owner, owners, problems)
        for other, other_line in zip(record.get("spellings", ()), getattr(record.get("spellings"), "lines", ())):
            _claim(path, other_line, other, owner, owners, problems)
            spellings[other.key] = citation.key
        entries.append(Entry(
            citation,
            title=record.get("title", ""),
            issued=record.get("date"),
            issuer=record.get("issuer", ""),
            level=record.get("level", ""),
            link=record.get("link", ""),
        ))
    if problems:
        raise CatalogError(problems)
    return Catalog(tuple(entries), spellings)


def parse_catalog(path, text):
    """Catalog from YAML text; `path` is only used in messages. Raises CatalogError."""
    return _catalog(path, data_files.parse(path, text, SCHEMA))


def read_catalog(path):
    """Catalog from the file at `path`. Raises CatalogError."""
    return _catalog(path, data_files.read(path, SCHEMA))


def load_catalog(path):
    """The catalog in `path`; a problem stops the build with its messages alone."""
    try:
        return read_catalog(path)
    except CatalogError as error:
        raise BuildError(error.problems) from None
