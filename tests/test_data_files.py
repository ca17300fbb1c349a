"""The data file checker: every problem of a hand-edited YAML file, each at its line."""

import pytest

from plugins.features.front_matter import BuildError
from plugins.libs.data_files import (
    Bool, DataFileError, Int, ListOf, Mapping, Refused, Text, load, parse,
)


def even(value):
    if int(value) % 2:
        raise Refused(f"'{value}' không phải số chẵn")
    return int(value)


PERIOD = Mapping(
    "kỳ",
    {
        "id": Text(),
        "kind": Text(allowed=("tháng", "quý", "năm")),
        "year": Int(),
        "closed": Bool(),
        "pages": Text(check=even),
        "documents": ListOf(Text()),
    },
    required=("id", "kind"),
    name_key="id",
)
SCHEMA = Mapping("báo cáo", {"periods": ListOf(PERIOD, unique="id")}, required=("periods",))


def problems(text):
    with pytest.raises(DataFileError) as caught:
        parse("periods.yml", text, SCHEMA)
    return [str(problem) for problem in caught.value.problems]


def test_values_are_typed_by_the_schema_and_remember_their_lines():
    checked = parse(
        "periods.yml",
        "periods:\n  - id: 2024-q1\n    kind: quý\n    year: 2024\n    closed: true\n    pages: '12'\n"
        "    documents: [Báo cáo 12, 'yes']\n",
        SCHEMA,
    )
    period = checked["periods"][0]
    assert period == {"id": "2024-q1", "kind": "quý", "year": 2024, "closed": True, "pages": 12,
                      "documents": ["Báo cáo 12", "yes"]}
    assert (period.line, period.lines["closed"], checked["periods"].lines) == (2, 5, [2])


def test_plain_values_that_yaml_would_turn_into_numbers_or_booleans_stay_text():
    checked = parse("periods.yml", "periods:\n  - id: 12:30\n    kind: năm\n    documents: [no, 0123, 3.10]\n", SCHEMA)
    assert checked["periods"][0]["id"] == "12:30"
    assert checked["periods"][0]["documents"] == ["no", "0123", "3.10"]


def test_every_problem_is_reported_at_its_line():
    assert problems(
        "periods:\n"
        "  - id: q1\n    kind: quy\n    year: hai nghìn\n    closed: có\n    pages: '3'\n"
        "  - id: q2\n    kidn: năm\n    documents: Báo cáo\n"
        "  - id: q1\n    kind: năm\n"
    ) == [
        "periods.yml:3: kỳ q1: 'kind': 'quy' không hợp lệ (dùng: tháng, quý, năm)",
        "periods.yml:4: kỳ q1: 'year' phải là một số nguyên, không phải 'hai nghìn'",
        "periods.yml:5: kỳ q1: 'closed' phải là true hoặc false, không phải 'có'",
        "periods.yml:6: kỳ q1: 'pages': '3' không phải số chẵn",
        "periods.yml:8: kỳ q2: khóa 'kidn' không hợp lệ; có phải ý bạn là 'kind'?",
        "periods.yml:7: kỳ q2: thiếu khóa bắt buộc 'kind'",
        "periods.yml:9: kỳ q2: 'documents' phải là một danh sách",
        "periods.yml:10: kỳ 'q1' bị khai báo hai lần (lần đầu ở dòng 2)",
    ]


def test_a_key_nothing_resembles_lists_the_known_keys():
    assert problems("periods: []\nzzz: 1\n") == ["periods.yml:2: báo cáo: khóa 'zzz' không hợp lệ (dùng: periods)"]


def test_a_key_written_twice_is_an_error():
    assert problems("periods:\n  - id: a\n    kind: năm\n    kind: quý\n") == [
        "periods.yml:4: kỳ a: khóa 'kind' bị khai báo hai lần (lần đầu ở dòng 3)"
    ]


def test_empty_text_and_missing_values_are_refused():
    assert problems("periods:\n  - id: ''\n    kind:\n") == [
        "periods.yml:2: kỳ: 'id' phải là một đoạn văn bản không rỗng",
        "periods.yml:3: kỳ: 'kind' phải là một đoạn văn bản không rỗng",
    ]


def test_a_list_where_a_mapping_belongs_is_refused():
    assert problems("- periods\n") == ["periods.yml:1: báo cáo: cần các cặp 'khóa: giá trị'"]


def test_yaml_syntax_error_keeps_its_line():
    [problem] = problems("periods:\n  - id: a\n    kind: [năm\n")
    assert problem.startswith("periods.yml:4: lỗi cú pháp YAML")


def test_values_nested_too_deep_are_refused_before_composing():
    [problem] = problems("periods: " + "[" * 5000 + "]" * 5000 + "\n")
    assert problem == "periods.yml:1: giá trị lồng nhau quá 10 tầng"


def test_an_empty_file_is_an_error():
    assert problems("# chỉ có chú thích\n") == ["periods.yml:1: tệp rỗng"]


def test_load_stops_with_a_build_error_naming_the_bad_byte(tmp_path):
    path = tmp_path / "periods.yml"
    path.write_bytes("periods:\n  - id: Thân\n".encode("cp1258"))
    with pytest.raises(BuildError) as caught:
        load(path, SCHEMA)
    [problem] = caught.value.problems
    assert (problem.line, "UTF-8" in problem.message) == (2, True)


def test_load_refuses_a_file_too_large_to_be_data(tmp_path):
    path = tmp_path / "periods.yml"
    path.write_text("periods: []\n" + "#" * 1_100_000 + "\n", encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        load(path, SCHEMA)
    assert "tệp quá lớn" in str(caught.value)


def test_yaml_aliases_are_refused_at_each_use_before_any_check():
    lines = ["periods: &a [[x, x, x, x, x, x, x, x, x, x]]"]
    lines += [f"b{n}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 10)}]" for n in range(9)]
    found = problems("\n".join(lines) + "\n")
    assert len(found) == 90
    assert found[0] == "periods.yml:2: tệp dữ liệu không dùng tham chiếu YAML ('*a'): hãy viết lại giá trị đầy đủ"
