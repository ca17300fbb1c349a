"""YAML data files (organizations, importer profiles...) checked against a declared schema.

Editors and developers edit these files by hand; a misspelt key or a wrong type read
loosely is a setting silently ignored, found out months later. Every file is read with
the front matter's loader (text stays text, nesting and size are bounded) and checked
against a small schema; every problem is reported as `path:line: message`, in
Vietnamese, all at once so that one run shows everything to fix.
"""

import difflib
import os
import re
from dataclasses import dataclass, field
from typing import Callable

import yaml

from plugins.features.front_matter.document import TextLoader, compose, decode
from plugins.features.front_matter.errors import BuildError, ContentError

# The largest data file is a few dozen kilobytes: a megabyte is a wrong file, not data.
MAX_BYTES = 1_000_000
STR_TAG = "tag:yaml.org,2002:str"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"
BOOLEANS = {"true": True, "false": False}
INTEGER = re.compile(r"[-+]?[0-9]+")


class Refused(ValueError):
    """Raised by a field's own check with the editor's message: 'mã ... phải ...'."""


class DataFileError(Exception):
    """Every problem found in one data file; str() is one `path:line: message` a line."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class Text:
    """A non-empty text; `allowed` lists the only values accepted, `check` converts or refuses it."""

    allowed: tuple = ()
    check: Callable = None
    one_line: bool = False  # runs of spaces and line breaks become one space


@dataclass(frozen=True)
class Bool:
    """true or false."""


@dataclass(frozen=True)
class Int:
    """A whole number."""


@dataclass(frozen=True)
class ListOf:
    """A list of `item`; `unique` names the key that no two mappings in it may share."""

    item: object
    unique: str = ""


@dataclass(frozen=True)
class Mapping:
    """Known keys and their kinds; `label` starts every message about it, with the `name_key` value."""

    label: str
    fields: dict
    required: tuple = ()
    name_key: str = ""


class Record(dict):
    """A checked mapping that remembers lines: `line` of the mapping, `lines[key]` of each value."""

    def __init__(self, values, line, lines):
        super().__init__(values)
        self.line = line
        self.lines = lines


class Items(list):
    """A checked list that remembers the line of each item in `lines`."""

    def __init__(self, values, line, lines):
        super().__init__(values)
        self.line = line
        self.lines = lines


def line_of(node):
    return node.start_mark.line + 1


@dataclass
class _Checker:
    path: str
    problems: list = field(default_factory=list)

    def refuse(self, node, message):
        self.problems.append(ContentError(self.path, line_of(node), message))

    def value(self, node, kind, what):
        """The checked value of `node`, or None after recording why it is refused.

        A mapping with refused values is still returned, its id still counted among
        its list's, so that one run reports every problem; no value of a file with a
        problem is ever used.
        """
        if isinstance(kind, Mapping):
            return self.mapping(node, kind)
        if isinstance(kind, ListOf):
            return self.sequence(node, kind, what)
        if not isinstance(node, yaml.ScalarNode):
            self.refuse(node, f"{what} phải là {_expected(kind)}, không phải danh sách hay cặp giá trị")
            return None
        if isinstance(kind, Bool):
            return self.boolean(node, what)
        if isinstance(kind, Int):
            return self.integer(node, what)
        return self.text(node, kind, what)

    def text(self, node, kind, what):
        if node.tag != STR_TAG or not node.value.strip():
            self.refuse(node, f"{what} phải là {_expected(kind)}")
            return None
        value = " ".join(node.value.split()) if kind.one_line else node.value
        if kind.allowed and value not in kind.allowed:
            self.refuse(node, f"{what}: '{value}' không hợp lệ (dùng: {', '.join(kind.allowed)})")
            return None
        if kind.check is None:
            return value
        try:
            return kind.check(value)
        except Refused as refused:
            self.refuse(node, f"{what}: {refused}")
            return None

    def boolean(self, node, what):
        value = BOOLEANS.get(node.value.lower()) if node.tag in (STR_TAG, BOOL_TAG) else None
        if value is None:
            self.refuse(node, f"{what} phải là {_expected(Bool())}, không phải '{node.value}'")
        return value

    def integer(self, node, what):
        if node.tag not in (STR_TAG, INT_TAG) or not INTEGER.fullmatch(node.value):
            self.refuse(node, f"{what} phải là {_expected(Int())}, không phải '{node.value}'")
            return None
        return int(node.value)

    def sequence(self, node, kind, what):
        if not isinstance(node, yaml.SequenceNode):
            self.refuse(node, f"{what} phải là {_expected(kind)}")
            return None
        values, lines, seen = [], [], {}
        for item in node.value:
            value = self.value(item, kind.item, what)
            if value is None:
                continue
            key = value.get(kind.unique) if kind.unique and isinstance(value, dict) else None
            if key is not None:
                if key in seen:
                    label = kind.item.label if isinstance(kind.item, Mapping) else what
                    self.refuse(item, f"{label} '{key}' bị khai báo hai lần (lần đầu ở dòng {seen[key]})")
                    continue
                seen[key] = line_of(item)
            values.append(value)
            lines.append(line_of(item))
        return Items(values, line_of(node), lines)

    def mapping(self, node, kind):
        if not isinstance(node, yaml.MappingNode):
            self.refuse(node, f"{kind.label}: cần các cặp 'khóa: giá trị'")
            return None
        what, name = self.name(node, kind)
        nodes, key_lines = {}, {}
        for key_node, value_node in node.value:
            key = self.key(key_node, kind, what, key_lines)
            if key is not None:
                nodes[key], key_lines[key] = value_node, line_of(key_node)
        for key in kind.required:
            if key not in nodes:
                self.refuse(node, f"{what}: thiếu khóa bắt buộc '{key}'")
        values, lines = {}, {}
        for key, value_node in nodes.items():
            value = name if key == kind.name_key else self.value(value_node, kind.fields[key], f"{what}: '{key}'")
            values[key], lines[key] = value, line_of(value_node)
        return Record(values, line_of(node), lines)

    def name(self, node, kind):
        """(how messages call the mapping, its checked name or None): checked first, to be in every message."""
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == kind.name_key:
                name = self.value(value_node, kind.fields[kind.name_key], f"{kind.label}: '{kind.name_key}'")
                return (kind.label if name is None else f"{kind.label} {name}"), name
        return kind.label, None

    def key(self, node, kind, what, seen):
        """The key's name if it is known and new, else None after recording why."""
        if not isinstance(node, yaml.ScalarNode):
            self.refuse(node, f"{what}: khóa phải là một tên, không phải danh sách hay cặp giá trị")
            return None
        key = node.value
        if key not in kind.fields:
            self.refuse(node, f"{what}: {_unknown_key(key, kind.fields)}")
            return None
        if key in seen:
            self.refuse(node, f"{what}: khóa '{key}' bị khai báo hai lần (lần đầu ở dòng {seen[key]})")
            return None
        return key


def _expected(kind):
    """What a value of this kind is, in the editor's words."""
    if isinstance(kind, Bool):
        return "true hoặc false"
    if isinstance(kind, Int):
        return "một số nguyên"
    if isinstance(kind, Mapping):
        return "các cặp 'khóa: giá trị'"
    if isinstance(kind, ListOf):
        return "một danh sách"
    return "một đoạn văn bản không rỗng"


def _unknown_key(key, known):
    message = f"khóa '{key}' không hợp lệ"
    close = difflib.get_close_matches(key, sorted(known), n=1)
    if close:
        return f"{message}; có phải ý bạn là '{close[0]}'?"
    return f"{message} (dùng: {', '.join(known)})"


def _aliases(path, text):
    """A problem at each YAML alias (`*name`): a value repeated through aliases is checked once per
    use, and a few lines of them nest into billions of values."""
    loader = TextLoader(text)
    try:
        aliases = [event for event in iter(loader.get_event, None) if isinstance(event, yaml.AliasEvent)]
    finally:
        loader.dispose()
    return [
        ContentError(
            path, line_of(event),
            f"tệp dữ liệu không dùng tham chiếu YAML ('*{event.anchor}'): hãy viết lại giá trị đầy đủ",
        )
        for event in aliases
    ]


def parse(path, text, schema):
    """The checked content of a data file's text; `path` is only used in messages.

    Raises DataFileError with every problem found, each at its line.
    """
    try:
        root = compose(path, text)
    except ContentError as error:
        raise DataFileError([error]) from None
    if root is None:
        raise DataFileError([ContentError(path, 1, "tệp rỗng")])
    aliases = _aliases(path, text)
    if aliases:
        raise DataFileError(aliases)
    checker = _Checker(path)
    value = checker.value(root, schema, schema.label)
    if checker.problems:
        raise DataFileError(checker.problems)
    return value


def read(path, schema):
    """The checked content of the data file at `path`; raises DataFileError."""
    try:
        text = decode(path, _read_bytes(path))
    except ContentError as error:
        raise DataFileError([error]) from None
    return parse(path, text, schema)


def _read_bytes(path):
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise ContentError(path, 1, f"tệp quá lớn ({size / 1e6:.1f} MB, tối đa {MAX_BYTES / 1e6:g} MB)")
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise ContentError(path, 0, f"không đọc được tệp ({error.strerror})") from None


def load(path, schema):
    """Like `read`, but the problems stop the build or command with their messages alone.

    BuildError is a SystemExit: Pelican would wrap any other exception in a traceback.
    """
    try:
        return read(path, schema)
    except DataFileError as error:
        raise BuildError(error.problems) from None
