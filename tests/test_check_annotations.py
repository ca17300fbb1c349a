"""`./dev check --github` puts each content error on its file and line in a pull request."""

import os
import subprocess
import sys

import yaml
from sitebuild import ROOT, article, write_files

from plugins.libs.github_annotations import annotation, escape_data, escape_property


def run_check(content, *options, env=None):
    return subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "check", "--content", str(content), *options],
        capture_output=True, encoding="utf-8", cwd=ROOT, env={**os.environ, **(env or {})}, check=False,
    )


def commands(stdout):
    return [line for line in stdout.splitlines() if line.startswith("::")]


def test_escaping_follows_githubs_rules():
    assert escape_data("100% đạt\r\nxong") == "100%25 đạt%0D%0Axong"
    assert escape_property("a,b:c%.md") == "a%2Cb%3Ac%25.md"
    assert annotation("error", "/repo/x,y.md", 3, "a: b", "/repo") == "::error file=x%2Cy.md,line=3::a: b"
    assert annotation("error", "/elsewhere/x.md", 3, "sai", "/repo") == "::error::/elsewhere/x.md:3: sai"


def test_a_bad_content_folder_gives_one_annotation_per_error_on_its_line(tmp_path):
    content = tmp_path / "content"
    write_files(content, {
        "articles/2020/giao-ban,quy:1.md": "---\ntitle: Giao ban quý I\ndate: 2020-02-31\n---\nNội dung.\n",
        "articles/2021/tong-ket.md": article("Tổng kết 100% kế hoạch", "2021-12-30", source="ftp://a.vn/b"),
        "articles/2021/dung.md": article("Bài đúng", "2021-01-02", review=["Kiểm tra lại tiêu đề"]),
    })
    run = run_check(content, "--github", env={"GITHUB_WORKSPACE": str(tmp_path)})
    assert run.returncode == 1
    found = commands(run.stdout)
    assert found[0] == (
        "::error file=content/articles/2020/giao-ban%2Cquy%3A1.md,line=3,title=Lỗi nội dung::"
        "date: ngày giờ không hợp lệ '2020-02-31' (viết 2020-11-09 hoặc 2020-11-09T09:00:00+07:00)"
    )
    assert found[1].startswith("::error file=content/articles/2021/tong-ket.md,line=")
    line = int(found[1].split("line=")[1].split(",")[0])
    source_line = (content / "articles/2021/tong-ket.md").read_text(encoding="utf-8").splitlines().index(
        "source: ftp://a.vn/b") + 1
    assert line == source_line and "source:" in found[1]
    assert found[2].startswith("::warning file=content/articles/2021/dung.md,line=")
    assert found[2].endswith("::cần kiểm tra: Kiểm tra lại tiêu đề")
    assert len(found) == 3
    assert "giao-ban,quy:1.md:3: date:" in run.stderr  # the plain lines stay for the log


def test_annotations_are_on_by_themselves_in_github_actions_only(tmp_path):
    content = tmp_path / "content"
    write_files(content, {"articles/2020/a.md": "---\ntitle: A\ndate: 2020-13-01\n---\nx\n"})
    assert commands(run_check(content, env={"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(tmp_path)}).stdout)
    assert commands(run_check(content, env={"GITHUB_ACTIONS": ""}).stdout) == []


def test_the_workflow_checks_the_content_with_annotations_before_testing():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True] and "push" in workflow[True]  # YAML 1.1 reads `on` as true
    runs = [step.get("run", "").strip() for step in workflow["jobs"]["build"]["steps"]]
    assert runs.index("./dev check --github") < runs.index("./dev test")
