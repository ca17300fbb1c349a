"""Split a content file into YAML front matter and body, keeping line numbers.

Written here rather than taken from python-frontmatter or pelican-yaml-metadata
because an editor needs `path:line` for every problem: those libraries either
drop the line (python-frontmatter) or log the error and publish nothing
(pelican-yaml-metadata). Plain values are kept as the author wrote them: no field
is a number or a boolean, and dates are checked by `schema` with a clear message
instead of a constructor traceback.
"""

import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field

import yaml

from . import controls
from .errors import ContentError

DELIMITER = "---"
BOM = "\ufeff"
NULL_TAG = "tag:yaml.org,2002:null"
# Front matter is a mapping of lists of text: deeper values are mistakes, and
# thousands of levels crash the YAML composer (C recursion) before any check.
MAX_NESTING = 10

try:  # libyaml is ~10x faster than the pure-Python loader on large archives
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class TextLoader(_BaseLoader):
    """Safe loader for which a plain value is text as written, or null when empty or ~/null.

    YAML 1.1 reads the title `12:30` as 750, `0123` as 83, `3.10` as 3.1 and `yes`
    as True; no front matter field is a number or a boolean, and dates are text
    parsed by the schema. An explicit tag (`!!int 5`) still gives its type.
    Data files (plugins/libs/data_files.py) are read with it too, for the same reasons.
    """


TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == NULL_TAG]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Document:
    """A parsed content file: front matter values, body, and where things are."""

    path: str
    metadata: dict
    body: str
    key_lines: dict = field(default_factory=dict)
    body_line: int = 1  # the file's line the body starts on

    def line_in_body(self, offset):
        """The file's line of a character offset in the body."""
        return self.body_line + self.body.count("\n", 0, offset)

    def line_of(self, key):
        """The line of `key` in the file, or of the opening delimiter."""
        return self.key_lines.get(key, 1)


def decode(path, raw):
    """Bytes to NFC text without BOM or CR, or a ContentError naming the bad line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(
            path,
            line,
            f"tệp không phải UTF-8 (byte 0x{raw[error.start]:02x}); "
            "hãy lưu lại tệp với bảng mã UTF-8",
        ) from None
    text = text.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n")
    refuse_controls(path, text)
    return unicodedata.normalize("NFC", text)


def refuse_controls(path, text):
    """A ContentError at the line and column of the first forbidden character, if any."""
    found = controls.first_forbidden(text)
    if found:
        line_start = text.rfind("\n", 0, found.start()) + 1
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - line_start + 1
        raise ContentError(path, line, controls.message(found.group(), f" ở cột {column}"))


def split(path, text):
    """Return (yaml_text, body, line the body starts on) of a file that starts with `---`."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != DELIMITER:
        raise ContentError(
            path, 1, "thiếu phần khai báo đầu bài: dòng đầu tiên phải là '---'"
        )
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip() == DELIMITER:
            yaml_text = "\n".join(lines[1 : number - 1])
            body = "\n".join(lines[number:])
            return yaml_text, body, number + 1
    raise ContentError(path, 1, "phần khai báo đầu bài mở bằng '---' nhưng không có '---' đóng lại")


def too_deep(yaml_text, loader_class, limit=MAX_NESTING):
    """The 0-based line where lists or mappings nest more than `limit` deep, or None.

    Read from the event stream, which libyaml produces without recursion, before
    anything is composed. YAML syntax errors propagate as MarkedYAMLError.
    """
    loader = loader_class(yaml_text)
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limit:
                    return event.start_mark.line
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        loader.dispose()
    return None


def reader_problem(text, error):
    """(line, message) of a YAML error without a mark: a character YAML does not accept."""
    line = text.count("\n", 0, getattr(error, "position", 0)) + 1
    character = getattr(error, "character", None)
    if isinstance(character, int):
        return line, controls.message(chr(character))
    return line, f"lỗi YAML: {getattr(error, 'reason', None) or error}"


def _pairs(path, node, first_line):
    """(key, value node, line) of each front matter entry; keys must be plain names."""
    if not isinstance(node, yaml.MappingNode):
        raise ContentError(
            path, first_line + node.start_mark.line,
            "phần khai báo đầu bài phải là các cặp 'khóa: giá trị'",
        )
    pairs, seen = [], set()
    for key_node, value_node in node.value:
        line = first_line + key_node.start_mark.line
        if not isinstance(key_node, yaml.ScalarNode):
            raise ContentError(path, line, "khóa phải là một tên như 'title', không phải danh sách hay cặp giá trị")
        key = key_node.value
        if key in seen:
            raise ContentError(path, line, f"khóa '{key}' bị khai báo hai lần")
        seen.add(key)
        pairs.append((key, value_node, line))
    return pairs


@contextmanager
def yaml_errors(path, yaml_text, first_line):
    """YAML errors raised inside become a ContentError at their line of the file."""
    try:
        yield
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first_line + mark.line if mark else first_line
        problem = error.problem or error.context or "cú pháp YAML sai"
        raise ContentError(path, line, f"lỗi cú pháp YAML: {problem}") from None
    except yaml.YAMLError as error:  # a ReaderError has a position, not a mark
        line, message = reader_problem(yaml_text, error)
        raise ContentError(path, first_line + line - 1, message) from None


def refuse_deep(path, yaml_text, first_line):
    """A ContentError where values nest more than MAX_NESTING deep, before composing them."""
    deep = too_deep(yaml_text, TextLoader)
    if deep is not None:
        raise ContentError(path, first_line + deep, f"giá trị lồng nhau quá {MAX_NESTING} tầng")


def compose(path, yaml_text, first_line=1):
    """The YAML node tree of the text, None when empty: nodes keep their lines for messages."""
    with yaml_errors(path, yaml_text, first_line):
        refuse_deep(path, yaml_text, first_line)
        return yaml.compose(yaml_text, Loader=TextLoader)


def load_yaml(path, yaml_text, first_line):
    """Parse the front matter into (values, key_lines); YAML errors keep their line."""
    with yaml_errors(path, yaml_text, first_line):
        refuse_deep(path, yaml_text, first_line)
        loader = TextLoader(yaml_text)
        try:
            node = loader.get_single_node()
            if node is None:
                return {}, {}
            pairs = _pairs(path, node, first_line)
            values = {key: loader.construct_object(value, deep=True) for key, value, _ in pairs}
        finally:
            loader.dispose()
    return values, {key: line for key, _, line in pairs}


def parse(path, raw):
    """Parse the bytes of a content file into a Document (no schema check yet)."""
    text = decode(path, raw)
    yaml_text, body, body_line = split(path, text)
    values, key_lines = load_yaml(path, yaml_text, first_line=2)
    return Document(path, values, body, key_lines, body_line)
