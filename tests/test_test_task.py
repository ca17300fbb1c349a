"""`./dev test -- PYTEST OPTIONS`: the quick loop (`-m "not browser"`) and a run that finds nothing failing."""

import re
import subprocess
import sys

from sitebuild import ROOT

QUICK = "tests/test_period_archives.py"  # three tests, none of them building


def invoke_test(*args):
    return subprocess.run([sys.executable, "-m", "invoke", "-r", str(ROOT), "test", *args],
                          capture_output=True, encoding="utf-8", cwd=ROOT)


def test_options_after_the_dashes_reach_pytest_with_their_quoting():
    run = invoke_test("--args", "-p no:cacheprovider", "--", "-q", "-m", "not browser and not build",
                      "-k", "same_archives or stops_at_plugin_load", QUICK, "tests/test_pelican_internals.py")
    assert run.returncode == 0, run.stdout + run.stderr
    # The period archives' three; the internals' build is named by -k and left out by -m.
    assert re.search(r"^3 passed, \d+ deselected", run.stdout, re.MULTILINE), run.stdout


def test_a_run_that_collects_no_test_fails():
    run = invoke_test("--", "-q", "-p", "no:cacheprovider", "-m", "browser", QUICK)
    assert run.returncode == 5
    assert "pytest found no tests: that is a failure, not a pass" in run.stderr
