"""`period:` a reader cannot place stops the build and fails `./dev check`, at its line."""

import subprocess
import sys

import pytest
from sitebuild import ROOT, article, write_files

from plugins.features.front_matter.check import check_content
from plugins.features.front_matter.errors import BuildError

GOOD = article("Giao ban công tác dân vận quý I năm 2020", "2020-04-02", period="quý I/2020")
BAD = article("Giao ban công tác dân vận", "2020-07-02", unit="Huyện Kim Sơn", period="quý 5/2020")
BAD_DRAFT = article("Bản nháp", "2020-07-03", status="draft", period="tháng 13/2020")
# article() writes title, date, then the other fields in order: `period:` on line 5, after `unit:`.
BAD_LINE, DRAFT_LINE = 5, 5
MESSAGE = "period: Không đọc được kỳ báo cáo «quý 5/2020»"


@pytest.mark.build
def test_a_bad_period_stops_the_build_with_path_and_line(build_site, tmp_path):
    with pytest.raises(BuildError) as stopped:
        build_site({"articles/2020/tot.md": GOOD, "articles/2020/sai.md": BAD, "articles/2020/nhap.md": BAD_DRAFT})
    lines = str(stopped.value).splitlines()
    assert lines[0] == "2 lỗi nội dung, không xuất bản:"
    assert any(line.startswith(f"{tmp_path}/content/articles/2020/sai.md:{BAD_LINE}: {MESSAGE}") for line in lines)
    assert any(f"nhap.md:{DRAFT_LINE}: period: Không đọc được kỳ báo cáo «tháng 13/2020»" in line for line in lines)
    assert not (tmp_path / "output" / "2020").exists()


def check(tmp_path, files):
    from pelican.settings import read_settings  # noqa: PLC0415

    write_files(tmp_path, files)
    return check_content(read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(tmp_path)}))


def test_check_reports_a_bad_period_as_the_build_does(tmp_path):
    result = check(tmp_path, {"articles/2020/tot.md": GOOD, "articles/2020/sai.md": BAD})
    assert [(error.path, error.line) for error in result.errors] == [(f"{tmp_path}/articles/2020/sai.md", BAD_LINE)]
    assert result.errors[0].message.startswith(MESSAGE)
    assert "quý I/2019 (hoặc quý 1 năm 2019)" in result.errors[0].message  # the forms an editor may write


def test_check_accepts_a_period_and_khong(tmp_path):
    files = {"articles/2020/tot.md": GOOD, "articles/2020/khong.md": article("Tin", "2020-05-01", period="không")}
    assert check(tmp_path, files).errors == []


def test_period_must_be_text(tmp_path):
    result = check(tmp_path, {"articles/2020/rong.md": "---\ntitle: Tin\ndate: 2020-05-01\nperiod: []\n---\nBài.\n"})
    assert [str(error) for error in result.errors] == [f"{tmp_path}/articles/2020/rong.md:4: period: cần một đoạn văn bản"]


def test_check_task_fails_on_a_bad_period(tmp_path):
    write_files(tmp_path, {"articles/2020/sai.md": BAD})
    run = subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "check", "--content", str(tmp_path)],
        capture_output=True, encoding="utf-8", cwd=tmp_path, check=False,
    )
    assert run.returncode == 1
    assert f"articles/2020/sai.md:{BAD_LINE}: {MESSAGE}" in run.stderr
