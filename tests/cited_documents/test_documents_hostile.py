"""Hostile data files and texts: a clear `path:line` message, never a traceback; markup in them stays text."""

import json
import re
import subprocess
import sys

import pytest
from document_fixtures import ARCHIVE, DOCUMENTS_YML, Q217
from sitebuild import ROOT, article, build, write_files

pytestmark = pytest.mark.build
GOOD = article("Bài thử", "2020-11-09", "Thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị.")
PATH = "data/documents.yml"


def pelican_output(tmp_path, files):
    """Everything `pelican` prints building `files`, and its exit code."""
    content = tmp_path / "content"
    write_files(content, files)
    run = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelicanconf.py"), str(content), "-o", str(tmp_path / "out")],
        capture_output=True, encoding="utf-8", cwd=tmp_path, env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"}, check=False,
    )
    return run.stdout + run.stderr, run.returncode


@pytest.mark.parametrize("text, line", [
    (DOCUMENTS_YML.encode("cp1258", errors="replace"), 2),
    ("documents:\n  - reference: Chỉ thị số 43-CT/TW\n    title: \x01\n", 3),
    ("documents:\n  - &a\n    reference: Chỉ thị số 43-CT/TW\n  - *a\n", 4),
    ("documents: " + "[" * 100_000 + "]" * 100_000 + "\n", 1),
    ("- reference: Chỉ thị số 43-CT/TW\n", 1),
    ("documents:\n  - reference: " + "Quyết định " * 5_000 + "\n", 2),
    ("documents:\n  - ? [a, b]\n    : x\n", 2),
], ids=["not utf-8", "control character", "alias", "deep nesting", "a list at the top", "a huge reference", "complex key"])
def test_a_broken_data_file_is_a_message_not_a_traceback(tmp_path, text, line):
    output, code = pelican_output(tmp_path, {"articles/2020/a.md": GOOD, PATH: text})
    assert code == 1
    assert "Traceback" not in output
    places = {(found[1], int(found[2])) for found in re.finditer(r"(\S*documents\.yml):(\d+):", output)}
    assert any(path.endswith(PATH) and number == line for path, number in places), output[-2000:]


def test_markup_in_titles_and_cited_sentences_stays_text(tmp_path):
    hostile = "</script><script>alert(1)</script> & <b>đậm</b>"
    files = {
        **ARCHIVE,
        "data/documents.yml": re.sub(r"    title: .*", f"    title: '{hostile} Quy chế'", DOCUMENTS_YML),
        "articles/2022/ma.md": article("Bài có mã", "2022-02-02", "Thực hiện Quyết định số 217-QĐ/TW với `<b>in đậm</b>` kèm theo."),
    }
    site = build(tmp_path, files)
    page = site.soup(f"/van-ban/{Q217}/")
    assert page.select("main b") == [] and [script.get("type") for script in page.select("script")] == ["application/ld+json"]
    assert json.loads(page.select_one("script").string)["name"] == f"Quyết định số 217-QĐ/TW: {hostile} Quy chế"
    assert page.select_one(".dv-document__title").get_text().startswith(hostile)
    quoted = page.select_one("main blockquote")
    assert "<b>in đậm</b>" in quoted.get_text() and quoted.select("b, code") == []
    article_page = site.soup("/2022/02/bai-co-ma/")
    assert article_page.select("main script") == [] and not article_page.select("nav.dv-article__documents b")
    (json_ld,) = article_page.select("script[type='application/ld+json']")
    assert json.loads(json_ld.string)["citation"][0]["name"].startswith(f"Quyết định số 217-QĐ/TW: {hostile}")
