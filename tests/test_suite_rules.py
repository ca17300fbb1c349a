"""Rules of the test suite itself: `-m "not browser"` leaves every browser out, test modules stand alone."""

import ast
import json
import subprocess
import sys

import pytest
from sitebuild import ROOT

TESTS = ROOT / "tests"

# Collects in another process and writes [(node id, fixtures it uses, marks)] to argv[1].
COLLECT = """
import json, sys
import pytest

class Record:
    def pytest_collection_finish(self, session):
        items = [(item.nodeid, sorted(item.fixturenames), sorted(mark.name for mark in item.iter_markers()))
                 for item in session.items]
        with open(sys.argv[1], "w", encoding="utf-8") as out:
            json.dump(items, out)

sys.exit(pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", *sys.argv[2:]], plugins=[Record()]))
"""


def collected(tmp_path, *options):
    record = tmp_path / "collected.json"
    run = subprocess.run([sys.executable, "-c", COLLECT, str(record), *options],
                         capture_output=True, encoding="utf-8", cwd=ROOT)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    return json.loads(record.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def everything(tmp_path_factory):
    return collected(tmp_path_factory.mktemp("collect"))


def test_every_test_that_drives_chromium_is_marked_browser(everything):
    with_browser = [node for node, fixtures, marks in everything if "browser" in fixtures]
    assert len(with_browser) > 10  # the search page, publishing, the hostile queries
    assert all("browser" in marks for node, fixtures, marks in everything if "browser" in fixtures)


def test_not_browser_collects_no_test_that_drives_chromium(tmp_path, everything):
    quick = collected(tmp_path, "-m", "not browser")
    assert [node for node, fixtures, _ in quick if "browser" in fixtures] == []
    assert len(quick) == len([node for node, _, marks in everything if "browser" not in marks]) > 100


def test_every_test_that_builds_through_a_fixture_is_marked_build(everything):
    building = {"build_site", "search_site", "published"}
    built = [marks for node, fixtures, marks in everything if building & set(fixtures)]
    assert len(built) > 100
    assert all("build" in marks for marks in built)


def imported_modules(path):
    """Top-level names of every module `path` imports."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def test_no_test_module_imports_another():
    """Shared code lives in fixtures modules (sitebuild.py, searchsite.py…): importing a test
    module runs its tests' module code twice and ties one test file to another's internals."""
    modules = sorted(TESTS.rglob("test_*.py"))
    assert len(modules) > 30
    test_names = {path.stem for path in modules}
    found = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in modules
        for name in imported_modules(path)
        if name in test_names or name == "tests"
    ]
    assert found == []
