"""The hostile battery's tally: every case must end as a clear error or a correct output.

A case that ends otherwise (a traceback, lost data, script a reader's browser would
run) fails and is counted, so the summary printed after the run says how the whole
battery went, not only that some test failed.
"""

import re
from collections import Counter

OUTCOMES = ("clear error", "correct output")
FAILURES = ("traceback", "data lost", "script run")
TALLY = Counter()
TRACEBACK = "Traceback (most recent call last)"
# `path:line: message`, as ContentError prints it.
PATH_LINE = re.compile(r"^(?P<path>\S[^\n]*?):(?P<line>\d+): \S", re.MULTILINE)


class BatteryFailure(AssertionError):
    """A case that lost data, ran script or crashed: counted, then failed."""


def _fail(kind, message):
    TALLY[kind] += 1
    raise BatteryFailure(f"{kind}: {message}")


def no_traceback(output):
    """Fail, counted as a traceback, when `output` holds one."""
    if TRACEBACK in output:
        _fail("traceback", output[-2000:])


def clear_error(output, path, line=None):
    """`output` names `path` (ending) and, if given, `line`, with no traceback; counted."""
    no_traceback(output)
    places = [(found["path"], int(found["line"])) for found in PATH_LINE.finditer(output)]
    named = [place for place in places if place[0].endswith(str(path))]
    assert named, f"no '{path}:<line>: …' in:\n{output[-2000:]}"
    if line is not None:
        assert (named[0][0], line) in named, f"{path} named at lines {[n[1] for n in named]}, not {line}"
    TALLY["clear error"] += 1


def correct_output():
    """Count a case whose outcome was checked to be right."""
    TALLY["correct output"] += 1


def data_lost(message):
    """Fail a case that lost an author's or a bystander's data; counted."""
    _fail("data lost", message)


def script_run(message):
    """Fail a case where hostile text would run as script in a reader's browser; counted."""
    _fail("script run", message)


def summary():
    """One line: cases, and how each ended."""
    cases = sum(TALLY[kind] for kind in OUTCOMES + FAILURES)
    parts = [f"{TALLY[kind]} {kind}{'s' if kind.endswith(('error', 'output')) else ''}" for kind in OUTCOMES]
    parts += [f"{TALLY[kind]} {kind}{'s' if kind == 'traceback' else ''}" for kind in FAILURES]
    return f"hostile battery: {cases} cases, " + ", ".join(parts)
