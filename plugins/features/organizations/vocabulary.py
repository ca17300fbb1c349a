"""Load and check the organization vocabulary that editors keep in YAML.

Checked strictly, with `path:line` in every message: a misspelt key or an alias
given to two organizations would otherwise tag articles wrongly without anyone
noticing. The YAML is walked as nodes (not loaded as plain data) to keep lines.
"""

import re
from dataclasses import dataclass, field

import yaml

from plugins.features.front_matter import BuildError
from plugins.features.front_matter.document import reader_problem, too_deep
from plugins.libs.vietnamese_text import fold, normalize

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
WORD = re.compile(r"\w+")
TOP_KEYS = {"groups": True, "organizations": True}  # key: required
GROUP_KEYS = {"id": True, "name": True}
ORGANIZATION_KEYS = {
    "id": True,
    "name": True,
    "group": True,
    "abbreviations": False,
    "aliases": False,
    "description": False,
}
STR_TAG = "tag:yaml.org,2002:str"

try:  # libyaml: the vocabulary is small, but the loader is shared by every build
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class VocabularyError(Exception):
    """A problem in the vocabulary file; str() is `path:line: message`."""

    def __init__(self, path, line, message):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{self.path}:{line}: {message}")


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


class _Checker:
    """Turns YAML nodes into values, raising VocabularyError at the node's line."""

    def __init__(self, path):
        self.path = path

    def error(self, node, message):
        return VocabularyError(self.path, node.start_mark.line + 1, message)

    def mapping(self, node, keys, what):
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what}: cần các cặp 'khóa: giá trị'")
        values = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.error(key_node, f"{what}: khóa phải là một tên, không phải danh sách hay cặp giá trị")
            key = key_node.value
            if key not in keys:
                known = ", ".join(keys)
                raise self.error(key_node, f"{what}: khóa '{key}' không hợp lệ (dùng: {known})")
            if key in values:
                raise self.error(key_node, f"{what}: khóa '{key}' bị khai báo hai lần")
            values[key] = value_node
        for key, required in keys.items():
            if required and key not in values:
                raise self.error(node, f"{what}: thiếu khóa bắt buộc '{key}'")
        return values

    def text(self, node, what):
        if not isinstance(node, yaml.ScalarNode) or node.tag != STR_TAG or not node.value.strip():
            raise self.error(node, f"{what}: cần một đoạn văn bản không rỗng")
        return " ".join(node.value.split())

    def identifier(self, node, what):
        value = self.text(node, what)
        if not ID_PATTERN.fullmatch(value):
            raise self.error(node, f"{what}: mã '{value}' chỉ gồm chữ thường không dấu, số và '-'")
        return value

    def sequence(self, node, what):
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"{what}: cần một danh sách")
        return node.value

    def texts(self, node, what):
        return tuple(self.text(item, what) for item in self.sequence(node, what))


def _groups(checker, node):
    groups = {}
    for item in checker.sequence(node, "groups"):
        values = checker.mapping(item, GROUP_KEYS, "nhóm")
        group_id = checker.identifier(values["id"], "nhóm")
        if group_id in groups:
            raise checker.error(values["id"], f"nhóm '{group_id}' bị khai báo hai lần")
        groups[group_id] = Group(group_id, checker.text(values["name"], f"nhóm {group_id}"))
    return groups


def _organization(checker, node, groups):
    values = checker.mapping(node, ORGANIZATION_KEYS, "tổ chức")
    organization_id = checker.identifier(values["id"], "tổ chức")
    what = f"tổ chức {organization_id}"
    group_id = checker.text(values["group"], what)
    if group_id not in groups:
        raise checker.error(
            values["group"], f"{what}: nhóm '{group_id}' không có trong groups ({', '.join(groups)})"
        )
    organization = Organization(
        id=organization_id,
        name=checker.text(values["name"], what),
        group=groups[group_id],
        abbreviations=checker.texts(values["abbreviations"], what) if "abbreviations" in values else (),
        aliases=checker.texts(values["aliases"], what) if "aliases" in values else (),
        description=checker.text(values["description"], what) if "description" in values else "",
    )
    if not organization.terms:
        raise checker.error(node, f"{what}: cần ít nhất một chữ viết tắt hoặc tên gọi (aliases)")
    term_nodes = [item for key in ("abbreviations", "aliases") if key in values for item in values[key].value]
    return organization, term_nodes


def term_key(term):
    """The folded words of a term: what a match is first looked up by."""
    return " ".join(WORD.findall(fold(term)))


def spelling(term):
    """The words of a term with their marks: two terms may fold alike ("Quân đoàn",
    "Quận Đoàn") but not be spelt alike."""
    return tuple(WORD.findall(normalize(term).lower()))


def parse_vocabulary(path, text):
    """Vocabulary from YAML text; `path` is only used in messages."""
    checker = _Checker(path)
    try:
        deep = too_deep(text, _Loader)
        if deep is not None:
            raise VocabularyError(path, deep + 1, "giá trị lồng nhau quá sâu")
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise VocabularyError(path, mark.line + 1 if mark else 1, f"lỗi cú pháp YAML: {error.problem}") from None
    except yaml.YAMLError as error:  # a ReaderError (control character) has a position, not a mark
        raise VocabularyError(path, *reader_problem(text, error)) from None
    if root is None:
        raise VocabularyError(path, 1, "tệp danh mục tổ chức rỗng")
    top = checker.mapping(root, TOP_KEYS, "danh mục")
    groups = _groups(checker, top["groups"])
    organizations, owners = [], {}
    for node in checker.sequence(top["organizations"], "organizations"):
        organization, term_nodes = _organization(checker, node, groups)
        if any(organization.id == known.id for known in organizations):
            raise checker.error(node, f"tổ chức '{organization.id}' bị khai báo hai lần")
        for term_node, term in zip(term_nodes, organization.terms):
            key = spelling(term)
            if key in owners:
                owner = owners[key]
                where = "đã có ở tổ chức này" if owner == organization.id else f"đã thuộc tổ chức '{owner}'"
                raise checker.error(term_node, f"tổ chức {organization.id}: tên gọi '{term}' {where}")
            owners[key] = organization.id
        organizations.append(organization)
    return Vocabulary(tuple(groups.values()), tuple(organizations))


def decode(path, raw):
    """The file's text, or a VocabularyError at the line of the first byte that is not UTF-8."""
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise VocabularyError(
            path, line, f"tệp không phải UTF-8 (byte 0x{raw[error.start]:02x}); hãy lưu lại tệp với bảng mã UTF-8"
        ) from None


def load_vocabulary(path):
    """The vocabulary in `path`; a problem stops the build with its message alone.

    BuildError is a SystemExit: Pelican would wrap any other exception in a traceback.
    """
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        return parse_vocabulary(path, decode(path, raw))
    except VocabularyError as error:
        raise BuildError([error]) from None
