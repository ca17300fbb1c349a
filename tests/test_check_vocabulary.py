"""`invoke check` reads the organization vocabulary as the build does, without building."""

import subprocess
import sys

from sitebuild import ROOT, article, write_files

from plugins.features.front_matter.check import check_content

GOOD = article("Bài đúng", "2020-11-09T09:00:00+07:00", organizations=["mttq"])
VOCABULARY = """\
groups:
  - id: mat-tran-doan-the
    name: Mặt trận và đoàn thể
organizations:
  - id: mttq
    name: Mặt trận Tổ quốc
    group: mat-tran-doan-the
    abbreviations: [MTTQ]
"""


def check(tmp_path, files):
    from pelican.settings import read_settings  # noqa: PLC0415

    write_files(tmp_path, files)
    return check_content(read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(tmp_path)}))


def test_a_good_vocabulary_is_counted_and_passes(tmp_path):
    result = check(tmp_path, {"articles/2020/a.md": GOOD, "data/organizations.yml": VOCABULARY})
    assert (result.checked, result.errors) == (2, [])


def test_a_misspelt_key_in_the_vocabulary_is_an_error(tmp_path):
    broken = VOCABULARY.replace("    abbreviations:", "    abreviations:")
    result = check(tmp_path, {"articles/2020/a.md": GOOD, "data/organizations.yml": broken})
    assert [str(error) for error in result.errors] == [
        f"{tmp_path}/data/organizations.yml:8: tổ chức mttq: khóa 'abreviations' không hợp lệ; "
        "có phải ý bạn là 'abbreviations'?"
    ]


def test_an_organization_missing_from_the_vocabulary_is_an_error(tmp_path):
    other = article("Bài khác", "2020-11-10T09:00:00+07:00", organizations=["hoi-nong-dan"])
    result = check(tmp_path, {"articles/2020/b.md": other, "data/organizations.yml": VOCABULARY})
    assert len(result.errors) == 1
    assert result.errors[0].path.endswith("articles/2020/b.md")
    assert "'hoi-nong-dan'" in result.errors[0].message


def test_check_task_fails_on_a_broken_vocabulary(tmp_path):
    broken = VOCABULARY.replace("  - id: mttq", "  - id: '2020'")
    write_files(tmp_path, {"articles/2020/a.md": article("Bài", "2020-11-09"), "data/organizations.yml": broken})
    run = subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "check", "--content", str(tmp_path)],
        capture_output=True, encoding="utf-8", cwd=tmp_path, check=False,
    )
    assert run.returncode == 1
    assert "data/organizations.yml:5: tổ chức: 'id': mã '2020' cần ít nhất một chữ cái" in run.stderr
    assert "Traceback" not in run.stderr
