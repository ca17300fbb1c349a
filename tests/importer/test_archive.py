"""The archive's first articles are exactly what the importer makes of the seed pages.

The options are the editor's choices recorded once: the unit where a page does not name
it, and the category after reading each article.
"""

import shutil
from pathlib import Path

import pytest
from importer_audit import FIXTURES

ARTICLES = Path(__file__).resolve().parents[2] / "content" / "articles"
EDITOR_OPTIONS = {
    "000_2aaeb33650591a97.txt": ["--category", "Tổng kết năm"],
    "001_12a848ca68729f0d.txt": ["--unit", "Huyện Kim Sơn", "--category", "Giao ban"],
    "002_8261f7f93639d1a5.txt": ["--unit", "Thị xã Hòa Thành", "--category", "Tổng kết năm"],
    "003_3b2c412b7c8dc1d1.txt": ["--unit", "Thị xã Kỳ Anh", "--category", "Giao ban"],
    "004_9b24f618f16e4c37.txt": ["--unit", "Thị xã Hoàng Mai", "--category", "Tổng kết năm"],
}


@pytest.mark.parametrize("name", EDITOR_OPTIONS)
def test_committed_article_matches_a_fresh_import(name, run_import, tmp_path):
    shutil.copytree(ARTICLES, tmp_path / "articles")
    status, [record] = run_import(FIXTURES / name, *EDITOR_OPTIONS[name])
    assert (status, record["outcome"]) == (0, "identical"), record.get("destination")
