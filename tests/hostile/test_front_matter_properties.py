"""Properties of the front matter reader over generated input: the author's text, or `path:line`.

Whatever an editor or an importer writes, reading a file either gives each text
field exactly as written or raises ContentError naming the file and a line;
never another exception, never a value YAML 1.1 turned into something else.
"""

import json
import tempfile
import unicodedata
from pathlib import Path

import pytest
import yaml

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, assume, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from plugins.features.front_matter import ContentError, read_document  # noqa: E402

FOLDER = Path(tempfile.mkdtemp(prefix="front-matter-properties-"))
SETTINGS = {"PATH": str(FOLDER), "PAGE_PATHS": ["pages"]}
PATH = FOLDER / "articles" / "bai.md"
TEXT_FIELDS = ("title", "category", "unit", "author", "author_title", "summary")
YAML_SPECIAL = [
    "12:30", "0o17", "0123", "3.10", "1e3", ".inf", ".NaN", "0x1F", "1_000", "yes", "No", "on", "OFF", "y",
    "~", "null", "- x", "{a: b}", "[a, b]", "&a", "*a", "!!int 5", "? a", "a: b", "a #b", "#", "'", '"', "\\",
    "%TAG", "---", "...", "<<", "=", "2020-11-09", "2020-11-09T09:00", "@", "`", "|", ">", "Đảng ủy",
]
LINE_BREAKS = "\n\r\x85\u2028\u2029"  # YAML 1.1 line breaks
PROPERTY_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.one_of(st.sampled_from(YAML_SPECIAL), st.text(max_size=40), st.text(st.characters(max_codepoint=0xA0)))
scalars = st.one_of(texts, st.integers(), st.floats(), st.booleans(), st.none())
nested = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
                      max_leaves=12)


def read(data):
    """read_document of a file holding `data` (text or bytes): (values, None) or (None, ContentError)."""
    PATH.parent.mkdir(parents=True, exist_ok=True)
    PATH.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    try:
        return read_document(str(PATH), SETTINGS)[1], None
    except ContentError as error:
        assert error.path.endswith("bai.md") and isinstance(error.line, int) and error.line >= 1, str(error)
        return None, error


def article(line):
    return f"---\ntitle: Bài viết\ndate: 2020-11-09\nslug: bai-viet\n{line}\n---\nThân bài.\n"


@PROPERTY_SETTINGS
@given(field=st.sampled_from(TEXT_FIELDS), value=texts)
def test_a_quoted_text_is_read_exactly_as_written(field, value):
    values, error = read(article(f"{field}: {json.dumps(value, ensure_ascii=False)}"))
    if error is None:
        assert values[field] == unicodedata.normalize("NFC", value).strip()


@PROPERTY_SETTINGS
@given(field=st.sampled_from(TEXT_FIELDS), value=texts)
@example(field="category", value="0\t")  # libyaml accepts a trailing tab that PyYAML's own scanner refuses
def test_a_plain_text_is_read_as_the_characters_of_its_scalar(field, value):
    """Unquoted, a value is whatever characters YAML's scalar holds: never a number or a boolean."""
    assume(not any(brk in value for brk in LINE_BREAKS) and not value.lstrip().startswith("!"))
    text = article(f"{field}: {value}")
    values, error = read(text)
    if error is not None:
        return
    front_matter = unicodedata.normalize("NFC", text).split("\n---\n")[0].removeprefix("---\n")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the reader's own scanner
    node = dict((key.value, node) for key, node in yaml.compose(front_matter, Loader=loader).value)[field]
    assert isinstance(node, yaml.ScalarNode), f"{value!r} is not text, yet it was read"
    assert values[field] == node.value.strip()


@PROPERTY_SETTINGS
@given(field=st.sampled_from(("title", "organizations", "review", "date", "modified", "slug", "status", "template",
                              "source", "summary")),
       value=nested)
def test_any_yaml_value_in_any_field_is_read_or_refused_with_a_line(field, value):
    front_matter = {"title": "Bài viết", "date": "2020-11-09", field: value}
    read("---\n" + yaml.safe_dump(front_matter, allow_unicode=True) + "---\nThân bài.\n")


@PROPERTY_SETTINGS
@given(front_matter=st.text(max_size=200), body=st.text(max_size=200))
def test_any_text_is_read_or_refused_with_a_line(front_matter, body):
    read(f"---\n{front_matter}\n---\n{body}")


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=200))
def test_any_bytes_are_read_or_refused_with_a_line(data):
    read(b"---\ntitle: A\ndate: 2020-11-09\n" + data + b"\n---\n")
