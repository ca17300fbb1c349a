"""A broken profiles.yml stops the import command with `path:line: message`, importing nothing."""

import pytest
from importer_audit import FIXTURES

from importer import profiles
from importer.cli import main

PAGE = FIXTURES / "nukeviet_giao_ban.html"


def profiles_with(tmp_path, old, new):
    """A copy of the real profiles file with one edit, and the line of that edit."""
    text = profiles.PROFILES_FILE.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "profiles.yml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path, text[: text.index(old)].count("\n") + 1


@pytest.fixture
def import_with_profiles(tmp_path, monkeypatch, capsys):
    """import_with_profiles(path) -> (exit status, stderr lines, articles written)."""

    def run(path):
        monkeypatch.setattr(profiles, "PROFILES_FILE", path)
        status = main([str(PAGE), "--dest", str(tmp_path / "articles"), "--report", str(tmp_path / "report.json")])
        written = list((tmp_path / "articles").rglob("*.md"))
        return status, capsys.readouterr().err.splitlines(), written

    return run


def test_the_real_profiles_file_loads():
    catalogue = profiles.load()
    assert [profile.name for profile in catalogue.profiles][:3] == ["nukeviet", "liferay", "wordpress"]
    assert catalogue.fallback.drop[0].css == "nav"


def test_a_misspelt_key_names_its_line_and_the_known_key(tmp_path, import_with_profiles):
    path, line = profiles_with(tmp_path, "    markers: ['Skip Ribbon Commands']", "    marker: ['Skip Ribbon Commands']")
    status, errors, written = import_with_profiles(path)
    assert status == 1 and written == []
    assert errors[0] == f"{path}:{line}: hồ sơ sharepoint: khóa 'marker' không hợp lệ; có phải ý bạn là 'markers'?"
    assert errors[-1].startswith("Không nhập trang nào")


def test_a_bad_css_selector_names_its_line(tmp_path, import_with_profiles):
    path, line = profiles_with(tmp_path, "title: ['.news_column h1', 'h1.title']", "title: ['.news_column h1', 'h1..title']")
    status, errors, written = import_with_profiles(path)
    assert status == 1 and written == []
    assert errors[0].startswith(f"{path}:{line}: hồ sơ nukeviet: 'title': bộ chọn CSS 'h1..title' không hợp lệ")


def test_a_wrong_type_names_its_line(tmp_path, import_with_profiles):
    path, line = profiles_with(tmp_path, "      - name: view-count\n", "      - name: view-count\n        ends_article: sometimes\n")
    status, errors, written = import_with_profiles(path)
    assert status == 1 and written == []
    assert errors[0] == f"{path}:{line + 1}: luật view-count: 'ends_article' phải là true hoặc false, không phải 'sometimes'"


def test_a_list_written_as_one_selector_is_a_wrong_type(tmp_path, import_with_profiles):
    path, line = profiles_with(tmp_path, "title: ['.news_column h1', 'h1.title']", "title: '.news_column h1'")
    status, errors, _ = import_with_profiles(path)
    assert status == 1
    assert errors[0] == f"{path}:{line}: hồ sơ nukeviet: 'title' phải là một danh sách"


def test_a_bad_line_pattern_names_its_line(tmp_path, import_with_profiles):
    path, line = profiles_with(tmp_path, "patterns: ['xem\\s*:?\\s*[\\d.,]+',", "patterns: ['xem\\s*:?\\s*[\\d.,+',")
    status, errors, _ = import_with_profiles(path)
    assert status == 1
    assert errors[0].startswith(f"{path}:{line}: luật view-count: 'patterns': biểu thức chính quy ")


def test_every_problem_is_listed_before_nothing_is_imported(tmp_path, import_with_profiles):
    path, first = profiles_with(tmp_path, "    markers: ['Skip Ribbon Commands']", "    marker: ['Skip Ribbon Commands']")
    text = path.read_text(encoding="utf-8")
    joomla = "'.item-page', '.com-content-article']"
    second = text.count("\n", 0, text.index(joomla)) + 1
    path.write_text(text.replace(joomla, "'.item-page[', '.com-content-article']"), encoding="utf-8")
    status, errors, _ = import_with_profiles(path)
    assert status == 1
    assert [error.split(": ", 1)[0] for error in errors[:-1]] == [f"{path}:{first}", f"{path}:{second}"]
    assert errors[-1] == "Không nhập trang nào: hãy sửa 2 lỗi trên trước."


def test_a_missing_profiles_file_is_named(tmp_path, import_with_profiles):
    status, errors, _ = import_with_profiles(tmp_path / "khong-co.yml")
    assert status == 1
    assert errors[0].startswith(f"{tmp_path / 'khong-co.yml'}: không đọc được tệp")
