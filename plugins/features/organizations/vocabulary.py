"""Load and check the organization vocabulary that editors keep in YAML.

Checked strictly, with `path:line` in every message: a misspelt key or an alias
given to two organizations would otherwise tag articles wrongly without anyone
noticing. The shape of the file is declared as a data file schema; what only a
vocabulary needs (declared groups, aliases owned once) is checked here.
"""

import re
from dataclasses import dataclass, field

from plugins.features.front_matter.errors import BuildError, ContentError
from plugins.libs import data_files
from plugins.libs.data_files import DataFileError, ListOf, Mapping, Refused, Text
from plugins.libs.vietnamese_text import fold, normalize

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LETTER = re.compile(r"[a-z]")
WORD = re.compile(r"\w+")

# What parse_vocabulary raises: every problem of the file, each `path:line: message`.
VocabularyError = DataFileError


def identifier(value):
    """An id as written in front matter and URLs: ASCII lower case, digits and '-', with a letter."""
    if not ID_PATTERN.fullmatch(value):
        raise Refused(f"mã '{value}' chỉ gồm chữ thường không dấu, số và '-'")
    if not LETTER.search(value):
        raise Refused(f"mã '{value}' cần ít nhất một chữ cái, để đọc được trong địa chỉ trang")
    return value


TEXT = Text(one_line=True)
TEXTS = ListOf(TEXT)
GROUP = Mapping("nhóm", {"id": Text(check=identifier), "name": TEXT}, required=("id", "name"), name_key="id")
ORGANIZATION = Mapping(
    "tổ chức",
    {
        "id": Text(check=identifier),
        "name": TEXT,
        "group": TEXT,
        "abbreviations": TEXTS,
        "aliases": TEXTS,
        "description": TEXT,
    },
    required=("id", "name", "group"),
    name_key="id",
)
SCHEMA = Mapping(
    "danh mục",
    {"groups": ListOf(GROUP, unique="id"), "organizations": ListOf(ORGANIZATION, unique="id")},
    required=("groups", "organizations"),
)


@dataclass(frozen=True)
class Group:
    id: str
    name: str


@dataclass(frozen=True)
class Organization:
    """One kind of body, whatever its level: `ubnd` is every People's Committee."""

    id: str
    name: str
    group: Group
    abbreviations: tuple = ()
    aliases: tuple = ()
    description: str = ""

    @property
    def slug(self):
        return self.id

    @property
    def terms(self):
        """Every spelling detection looks for."""
        return self.abbreviations + self.aliases

    def __str__(self):
        return self.name


@dataclass(frozen=True)
class Vocabulary:
    groups: tuple
    organizations: tuple
    by_id: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        self.by_id.update((organization.id, organization) for organization in self.organizations)

    def get(self, organization_id):
        return self.by_id.get(organization_id)


def term_key(term):
    """The folded words of a term: what a match is first looked up by."""
    return " ".join(WORD.findall(fold(term)))


def spelling(term):
    """The words of a term with their marks: two terms may fold alike ("Quân đoàn",
    "Quận Đoàn") but not be spelt alike."""
    return tuple(WORD.findall(normalize(term).lower()))


def _terms_with_lines(record):
    """(term, line) of the organization's abbreviations then aliases."""
    for key in ("abbreviations", "aliases"):
        items = record.get(key, [])
        yield from zip(items, getattr(items, "lines", ()))


def _organization(path, record, groups, owners, problems):
    """The Organization of a checked entry; its terms are claimed in `owners` (spelling: id)."""
    what = f"tổ chức {record['id']}"
    group = groups.get(record["group"])
    if group is None:
        problems.append(ContentError(
            path, record.lines["group"], f"{what}: nhóm '{record['group']}' không có trong groups ({', '.join(groups)})"
        ))
    organization = Organization(
        id=record["id"],
        name=record["name"],
        group=group,
        abbreviations=tuple(record.get("abbreviations", ())),
        aliases=tuple(record.get("aliases", ())),
        description=record.get("description", ""),
    )
    if not organization.terms:
        problems.append(ContentError(path, record.line, f"{what}: cần ít nhất một chữ viết tắt hoặc tên gọi (aliases)"))
    for term, line in _terms_with_lines(record):
        key = spelling(term)
        if key in owners:
            owner = owners[key]
            where = "đã có ở tổ chức này" if owner == organization.id else f"đã thuộc tổ chức '{owner}'"
            problems.append(ContentError(path, line, f"{what}: tên gọi '{term}' {where}"))
        else:
            owners[key] = organization.id
    return organization


def _vocabulary(path, checked):
    """The Vocabulary of a file whose shape is checked; raises VocabularyError."""
    groups = {record["id"]: Group(record["id"], record["name"]) for record in checked["groups"]}
    problems, owners = [], {}
    organizations = tuple(
        _organization(path, record, groups, owners, problems) for record in checked["organizations"]
    )
    if problems:
        raise VocabularyError(problems)
    return Vocabulary(tuple(groups.values()), organizations)


def parse_vocabulary(path, text):
    """Vocabulary from YAML text; `path` is only used in messages. Raises VocabularyError."""
    return _vocabulary(path, data_files.parse(path, text, SCHEMA))


def read_vocabulary(path):
    """Vocabulary from the file at `path`. Raises VocabularyError."""
    return _vocabulary(path, data_files.read(path, SCHEMA))


def load_vocabulary(path):
    """The vocabulary in `path`; a problem stops the build with its messages alone.

    BuildError is a SystemExit: Pelican would wrap any other exception in a traceback.
    """
    try:
        return read_vocabulary(path)
    except VocabularyError as error:
        raise BuildError(error.problems) from None
