"""Split a content file into YAML front matter and body, keeping line numbers.

Written here rather than taken from python-frontmatter or pelican-yaml-metadata
because an editor needs `path:line` for every problem: those libraries either
drop the line (python-frontmatter) or log the error and publish nothing
(pelican-yaml-metadata). Timestamps are left as strings so that dates are
checked by `schema` with a clear message instead of a constructor traceback.
"""

import unicodedata
from dataclasses import dataclass, field

import yaml

from .errors import ContentError

DELIMITER = "---"
BOM = "\ufeff"

try:  # libyaml is ~10x faster than the pure-Python loader on large archives
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):
    """Safe loader that keeps timestamps as text (validated by the schema)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Document:
    """A parsed content file: front matter values, body, and where things are."""

    path: str
    metadata: dict
    body: str
    key_lines: dict = field(default_factory=dict)

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
    return unicodedata.normalize("NFC", text)


def split(path, text):
    """Return (yaml_text, body) of a file that starts with `---`."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != DELIMITER:
        raise ContentError(
            path, 1, "thiếu phần khai báo đầu bài: dòng đầu tiên phải là '---'"
        )
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip() == DELIMITER:
            yaml_text = "\n".join(lines[1 : number - 1])
            body = "\n".join(lines[number:])
            return yaml_text, body
    raise ContentError(path, 1, "phần khai báo đầu bài mở bằng '---' nhưng không có '---' đóng lại")


def load_yaml(path, yaml_text, first_line):
    """Parse the front matter into (values, key_lines); YAML errors keep their line."""
    loader = _Loader(yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, {}
        if not isinstance(node, yaml.MappingNode):
            raise ContentError(
                path, first_line + node.start_mark.line,
                "phần khai báo đầu bài phải là các cặp 'khóa: giá trị'",
            )
        key_lines = {}
        for key_node, _ in node.value:
            key = key_node.value
            line = first_line + key_node.start_mark.line
            if key in key_lines:
                raise ContentError(path, line, f"khóa '{key}' bị khai báo hai lần")
            key_lines[key] = line
        values = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first_line + mark.line if mark else first_line
        problem = error.problem or error.context or "cú pháp YAML sai"
        raise ContentError(path, line, f"lỗi cú pháp YAML: {problem}") from None
    finally:
        loader.dispose()
    return values, key_lines


def parse(path, raw):
    """Parse the bytes of a content file into a Document (no schema check yet)."""
    text = decode(path, raw)
    yaml_text, body = split(path, text)
    values, key_lines = load_yaml(path, yaml_text, first_line=2)
    return Document(path, values, body, key_lines)
