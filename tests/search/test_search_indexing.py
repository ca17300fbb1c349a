"""Pagefind runs while Pelican writes the pages; a failed or killed build leaves no Pagefind and no partial bundle."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from searchsite import PELICANCONF, settings
from sitebuild import article, write_files

# Stands in for Pagefind: notes its pid, whether any page was written when it started and
# when it started, writes part of a bundle, then does what the test asks.
FAKE_PAGEFIND = """#!{python}
import os, sys, time
output = sys.argv[sys.argv.index("--output-path") + 1]
with open({notes!r}, "a") as notes:
    notes.write(f"{{os.getpid()}} {{os.path.exists({first_page!r})}} {{time.time()}}\\n")
os.makedirs(output)
open(os.path.join(output, "pagefind.js"), "w").write("// half written")
{then}
"""
FILES = {"articles/a.md": article("Tin dân vận", "2020-01-01"), "articles/b.md": article("Tin giao ban", "2020-02-01")}


@pytest.fixture
def fake_pagefind(tmp_path):
    """fake_pagefind(then) -> (path of the executable, function returning (pid, pages were written at its start)
    of its first run, or with every=True [(pid, pages were written, start time)] of all its runs)."""

    def make(then):
        path = tmp_path / "pagefind"
        notes = tmp_path / "pagefind-notes"
        first_page = tmp_path / "output" / "index.html"
        path.write_text(FAKE_PAGEFIND.format(python=sys.executable, notes=str(notes), first_page=str(first_page), then=then))
        path.chmod(0o755)

        def read_notes(every=False):
            runs = [(int(pid), written == "True", float(start)) for pid, written, start in map(str.split, notes.read_text().splitlines())]
            return runs if every else runs[0][:2]

        return path, read_notes

    return make


def alive(pid):
    """Running, not a zombie waiting for a container's init to reap it."""
    try:
        state = open(f"/proc/{pid}/stat").read().rpartition(")")[2].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def pelican_command(tmp_path, **overrides):
    """The pelican command line, as editors run it, over FILES with the search site's settings."""
    write_files(tmp_path / "content", FILES)
    extra = settings(CACHE_PATH=str(tmp_path / "cache"), **overrides)
    return [
        sys.executable, "-m", "pelican", str(tmp_path / "content"), "-s", str(PELICANCONF), "-o", str(tmp_path / "output"),
        "-e", *(f"{key}={json.dumps(value)}" for key, value in extra.items()),
    ]


def test_pagefind_indexes_the_parts_one_at_a_time_from_before_the_pages_are_written(build_site, fake_pagefind, tmp_path):
    executable, notes = fake_pagefind(
        'time.sleep(0.5)\nopen(os.path.join(output, "pagefind.js"), "w").write(f"// complete {time.time()}")'
    )
    site = build_site(FILES, **settings(SEARCH_PAGEFIND_BINARY=str(executable), SEARCH_PART_SIZE=1))
    (_, first_written, first_start), (_, _, second_start) = notes(every=True)
    assert first_written is False  # no page was written yet when Pagefind started
    first_end = float((site.output / "pagefind" / "0" / "pagefind.js").read_text().split()[-1])
    assert second_start >= first_end  # one run at a time: one part's index in memory
    assert (site.output / "pagefind" / "1" / "pagefind.js").read_text().startswith("// complete")
    left = [entry.name for entry in (tmp_path / "cache").iterdir() if entry.is_dir()]
    assert left == ["search-parts"]  # documents gone; the finished parts kept for the next build
    assert len(list((tmp_path / "cache" / "search-parts").iterdir())) == 2


def test_pagefind_failing_stops_the_build_with_its_message_and_publishes_nothing(build_site, fake_pagefind, tmp_path):
    executable, _ = fake_pagefind('sys.exit("Error: could not read the documents")')
    with pytest.raises(SystemExit) as stop:
        build_site(FILES, **settings(SEARCH_PAGEFIND_BINARY=str(executable)))
    assert str(stop.value.code).startswith("Tìm kiếm: Pagefind dừng với mã 1:")
    assert "Error: could not read the documents" in str(stop.value.code)
    assert not (tmp_path / "output" / "pagefind").exists()
    assert not list((tmp_path / "cache" / "search-parts").iterdir())  # nothing half written kept


@pytest.mark.build
def test_a_build_that_fails_while_pagefind_runs_stops_it_and_publishes_nothing(fake_pagefind, tmp_path):
    executable, notes = fake_pagefind("time.sleep(60)")
    # A template that fails while the pages are written, after Pagefind started.
    write_files(tmp_path / "content", {"broken.html": "{{ missing_function() }}"})
    command = pelican_command(tmp_path, SEARCH_PAGEFIND_BINARY=str(executable), TEMPLATE_PAGES={"broken.html": "broken/index.html"})
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode != 0 and "missing_function" in result.stdout + result.stderr
    pid, _ = notes()
    assert not alive(pid)
    assert not (tmp_path / "output" / "pagefind").exists()
    assert not list((tmp_path / "cache" / "search-parts").iterdir())  # nothing half written kept


@pytest.mark.build
def test_pelican_killed_outright_takes_pagefind_along(fake_pagefind, tmp_path):
    executable, notes = fake_pagefind("time.sleep(60)")
    pelican = subprocess.Popen(pelican_command(tmp_path, SEARCH_PAGEFIND_BINARY=str(executable)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: (tmp_path / "pagefind-notes").exists() and (tmp_path / "pagefind-notes").read_text())
    pelican.send_signal(signal.SIGKILL)  # no atexit, no finally: only the kernel can stop Pagefind now
    pelican.wait()
    pid, _ = notes()
    try:
        wait_for(lambda: not alive(pid))
    finally:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)
