"""The documents data file is read strictly: every problem at its line, by the build and by `./dev check`."""

import subprocess
import sys
from datetime import date

import pytest
from document_fixtures import ARCHIVE, DOCUMENTS_YML
from sitebuild import ROOT, article, build, write_files

from plugins.features.cited_documents.catalog import CatalogError, parse_catalog, read_catalog
from plugins.features.cited_documents.detect import parse_reference
from plugins.features.front_matter import BuildError
from plugins.features.front_matter.check import check_content

PATH = "data/documents.yml"


def problems(text):
    with pytest.raises(CatalogError) as caught:
        parse_catalog(PATH, text)
    return [str(problem) for problem in caught.value.problems]


def test_a_described_document_and_its_other_spelling():
    catalog = parse_catalog(PATH, DOCUMENTS_YML)
    (entry,) = catalog.entries
    assert entry.citation.key == "quyet-dinh-217-qd-tw"
    assert (entry.issued, entry.issuer, entry.link) == (date(2013, 12, 12), "Bộ Chính trị", "https://example.gov.vn/van-ban/217")
    assert catalog.key_of(parse_reference("Quyết định 217")) == "quyet-dinh-217-qd-tw"
    assert catalog.key_of(parse_reference("Quyết định 218")) == "quyet-dinh-218"  # not merged: another document


def test_a_date_may_be_written_day_first():
    (entry,) = parse_catalog(PATH, "documents:\n  - reference: Chỉ thị số 43-CT/TW\n    date: 08/6/2010\n").entries
    assert entry.issued == date(2010, 6, 8)


def test_a_misspelt_key_is_named_with_the_closest_one():
    assert problems("documents:\n  - reference: Chỉ thị số 43-CT/TW\n    tittle: Về công tác Hội\n") == [
        f"{PATH}:3: văn bản: khóa 'tittle' không hợp lệ; có phải ý bạn là 'title'?"
    ]


def test_a_link_must_be_a_web_address():
    found = problems("documents:\n  - reference: Chỉ thị số 43-CT/TW\n    link: javascript:alert(1)\n")
    assert len(found) == 1 and found[0].startswith(f"{PATH}:3: văn bản: 'link': ") and "http://" in found[0]
    found = problems("documents:\n  - reference: Chỉ thị số 43-CT/TW\n    link: ftp://example.org/a.pdf\n")
    assert found[0].startswith(f"{PATH}:3:")


def test_a_reference_that_names_no_document_is_refused():
    found = problems("documents:\n  - reference: Hội nghị giao ban quý I\n  - reference: Chỉ thị số 43-CT/TW\n    spellings: [Chỉ thị 43, công tác Hội]\n")
    assert [line.split(": ", 1)[0] for line in found] == [f"{PATH}:2", f"{PATH}:4"]
    assert "'Hội nghị giao ban quý I' không đọc được là số hiệu hay tên một văn bản" in found[0]
    assert "'công tác Hội'" in found[1]


def test_two_entries_for_one_document_are_refused():
    text = "documents:\n  - reference: Quyết định số 217-QĐ/TW\n  - reference: Quyết định 217-QĐ/TW\n    title: Quy chế giám sát\n"
    assert problems(text) == [f"{PATH}:3: 'Quyết định số 217-QĐ/TW' đã được khai báo cho văn bản 'Quyết định số 217-QĐ/TW' (dòng 2)"]


def test_a_spelling_claimed_by_two_documents_is_refused():
    text = (
        "documents:\n"
        "  - reference: Quyết định số 217-QĐ/TW\n    spellings: [Quyết định 217]\n"
        "  - reference: Quyết định số 218-QĐ/TW\n    spellings:\n      - Quyết định 217\n"
    )
    assert problems(text) == [f"{PATH}:6: 'Quyết định số 217' đã được khai báo cho văn bản 'Quyết định số 217-QĐ/TW' (dòng 3)"]


def test_wrong_types_and_a_missing_reference():
    text = "documents:\n  - title: [Quy chế, giám sát]\n    date: 2013-13-45\n"
    found = problems(text)
    assert f"{PATH}:2: văn bản: thiếu khóa bắt buộc 'reference'" in found
    assert any(line.startswith(f"{PATH}:2: văn bản: 'title' phải là") for line in found)
    assert any(line.startswith(f"{PATH}:3: văn bản: 'date': ngày '2013-13-45' không hợp lệ") for line in found)


def test_the_sites_own_data_file_reads_and_names_documents_the_archive_cites():
    catalog = read_catalog(ROOT / "content" / "data" / "documents.yml")
    keys = {entry.citation.key for entry in catalog.entries}
    assert {"quyet-dinh-217-qd-tw", "quyet-dinh-218-qd-tw", "nghi-quyet-25-nq-tw"} <= keys
    assert all(entry.title and entry.issued for entry in catalog.entries)
    assert all(not entry.link or entry.link.startswith("https://") for entry in catalog.entries)


@pytest.mark.build
def test_a_broken_data_file_stops_the_build_with_its_line(tmp_path):
    files = {**ARCHIVE, "data/documents.yml": DOCUMENTS_YML.replace("    issuer:", "    isuer:")}
    with pytest.raises(BuildError) as caught:
        build(tmp_path, files)
    (problem,) = caught.value.problems
    assert str(problem).endswith("data/documents.yml:5: văn bản: khóa 'isuer' không hợp lệ; có phải ý bạn là 'issuer'?")


def check(tmp_path, files):
    from pelican.settings import read_settings  # noqa: PLC0415

    write_files(tmp_path, files)
    return check_content(read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(tmp_path)}))


GOOD = article("Bài đúng", "2020-11-09T09:00:00+07:00", documents=["Quyết định số 217-QĐ/TW"])


def test_check_reads_the_data_file(tmp_path):
    result = check(tmp_path, {"articles/2020/a.md": GOOD, "data/documents.yml": DOCUMENTS_YML})
    assert (result.checked, result.errors) == (2, [])
    broken = DOCUMENTS_YML.replace("    link: https://", "    link: javascript://")
    result = check(tmp_path, {"data/documents.yml": broken})
    assert [f"{error.path}:{error.line}" for error in result.errors] == [f"{tmp_path}/data/documents.yml:6"]


def test_check_task_fails_on_a_broken_data_file(tmp_path):
    broken = DOCUMENTS_YML.replace("      - Quyết định 217", "      - Quyết định 217-QĐ/TW")
    write_files(tmp_path, {"articles/2020/a.md": GOOD, "data/documents.yml": broken})
    run = subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "check", "--content", str(tmp_path)],
        capture_output=True, encoding="utf-8", cwd=tmp_path, check=False,
    )
    assert run.returncode == 1
    assert "data/documents.yml:8: 'Quyết định số 217-QĐ/TW' đã được khai báo cho văn bản này (dòng 2)" in run.stderr
