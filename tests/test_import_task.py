"""`./dev import -- PATH...`: the importer through the project's task runner."""

import subprocess
import sys

import yaml
from sitebuild import ROOT

SEED = ROOT / "tests" / "importer" / "fixtures" / "002_8261f7f93639d1a5.txt"


def run_import(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "import", "--", *args],
        capture_output=True, encoding="utf-8", cwd=cwd,
    )


def test_import_task_keeps_quoted_words_and_is_idempotent(tmp_path):
    args = [str(SEED), "--dest", str(tmp_path / "articles"), "--report", str(tmp_path / "report.json"),
            "--unit", "Thị xã Hòa Thành"]
    first = run_import(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    (article,) = (tmp_path / "articles").rglob("*.md")
    meta = yaml.safe_load(article.read_text(encoding="utf-8").split("---\n")[1])
    assert meta["unit"] == "Thị xã Hòa Thành"
    assert meta["title"] == "Kết quả thực hiện công tác Dân vận năm 2020"
    before = article.read_bytes()
    again = run_import(*args, cwd=tmp_path)
    assert again.returncode == 0
    assert article.read_bytes() == before


def test_import_task_without_paths_explains_usage(tmp_path):
    run = subprocess.run([sys.executable, "-m", "invoke", "-r", str(ROOT), "import"],
                         capture_output=True, encoding="utf-8", cwd=tmp_path)
    assert run.returncode == 2
    assert "./dev import -- " in run.stderr
