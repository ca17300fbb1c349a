"""Hostile builds: output folders, addresses, caches, interruptions and disks that work against the site.

Each case ends as a clear error or a correct output (battery.py keeps the tally).
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import battery
import pytest
from plugins.features.front_matter import BuildError
from sitebuild import ROOT, article, write_files

ARTICLE = article("Hội nghị giao ban quý I", "2020-05-01T08:00:00+07:00", category="Giao ban")


def page(title, **fields):
    return "---\n" + f"title: {title!r}\n" + "".join(f"{key}: {value!r}\n" for key, value in fields.items()) + "---\nTrang.\n"


def build_stopped(build_site, files):
    """The build's error message, or None when it published."""
    try:
        build_site(files)
    except BuildError as error:
        return str(error)
    return None


def invoke(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), *args], capture_output=True, encoding="utf-8", cwd=cwd,
    )


# Addresses the build writes itself: search page, archive index, search bundle, a year archive
# (the article is of 2020), statistics, organizations, units, categories, feeds, theme files.
RESERVED_SLUGS = ["tim-kiem", "luu-tru", "pagefind", "2020", "thong-ke", "to-chuc", "don-vi", "chuyen-muc", "feeds", "theme", "images", "page"]


@pytest.mark.parametrize("slug", RESERVED_SLUGS)
def test_a_page_cannot_take_an_address_the_build_writes(build_site, slug):
    message = build_stopped(build_site, {"articles/2020/a.md": ARTICLE, "pages/p.md": page("Trang", slug=slug)})
    if message is None:
        battery.data_lost(f"a page with slug {slug!r} was published over /{slug}/")
    battery.clear_error(message, "content/pages/p.md", 3)
    assert f"/{slug}/" in message


@pytest.mark.parametrize(("where", "text", "line"), [
    ("articles/2020/p.md", article("🎉🎉🎉", "2020-05-02"), 2),
    ("articles/2020/p.md", article("!!!", "2020-05-02"), 2),
    ("pages/p.md", page("!!!"), 2),
    ("articles/2020/p.md", article("Tin", "2020-05-02", category="🎉"), 4),
    ("articles/2020/p.md", article("Tin", "2020-05-02", unit="!!!"), 4),
], ids=["emoji-title", "punctuation-title", "punctuation-page", "emoji-category", "punctuation-unit"])
def test_a_name_without_letters_is_refused_at_its_line(build_site, where, text, line):
    message = build_stopped(build_site, {"articles/2020/a.md": ARTICLE, where: text})
    if message is None:
        battery.data_lost(f"{where} got an empty address, over a list page")
    battery.clear_error(message, f"content/{where}", line)
    assert "slug" in message or "chữ" in message


def test_check_reports_an_address_the_build_writes(tmp_path):
    write_files(tmp_path, {"articles/2020/a.md": ARTICLE, "pages/p.md": page("Trang", slug="tim-kiem"),
                           "pages/q.md": page("🎉")})
    run = invoke("check", "--content", str(tmp_path), cwd=tmp_path)
    assert run.returncode == 1
    battery.clear_error(run.stderr, "pages/p.md", 3)
    assert "pages/q.md:2:" in run.stderr


def test_new_refuses_a_title_without_letters(tmp_path):
    run = invoke("new", "🎉🎉", "--content", str(tmp_path), cwd=tmp_path)
    written = [path for path in tmp_path.rglob("*.md")]
    if written:
        battery.data_lost(f"`new` wrote {written}")
    battery.no_traceback(run.stdout + run.stderr)
    assert run.returncode == 1 and "chữ" in run.stderr
    battery.correct_output()


def pelican(content, output, cache, cwd):
    """The real `pelican` command: (exit code, everything it printed)."""
    run = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelicanconf.py"), str(content), "-o", str(output),
         "-e", f"CACHE_PATH={json.dumps(str(cache))}"],
        capture_output=True, encoding="utf-8", cwd=cwd, env={**os.environ, "COLUMNS": "400"},
    )
    return run.returncode, run.stdout + run.stderr


def bystanders(project):
    """Files a build must never touch: notes beside the content, a git repository."""
    write_files(project, {"notes.txt": "ghi chú", ".git/HEAD": "ref: refs/heads/main\n", "content/articles/2020/a.md": ARTICLE})
    return {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}


def check_bystanders(kept):
    lost = [str(path) for path, data in kept.items() if not path.is_file() or path.read_bytes() != data]
    if lost:
        battery.data_lost(f"the build deleted or changed {lost}")


@pytest.mark.build
@pytest.mark.parametrize("output", [".", "content", "content/site"], ids=["project-root", "content", "inside-content"])
def test_an_output_folder_that_is_holds_or_lies_in_the_content_is_refused(tmp_path, output):
    project = tmp_path / "project"
    kept = bystanders(project)
    code, printed = pelican(project / "content", project / output, tmp_path / "cache", cwd=tmp_path)
    check_bystanders(kept)
    battery.no_traceback(printed)
    assert code == 1
    assert "Không dựng trang: thư mục đầu ra" in printed
    assert os.path.join("project", "content") in printed and "thư mục nội dung" in printed
    battery.correct_output()


@pytest.mark.build
def test_an_output_folder_holding_a_git_repository_is_refused(tmp_path):
    project = tmp_path / "project"
    kept = bystanders(project)
    write_files(tmp_path, {"content/articles/2020/a.md": ARTICLE})
    code, printed = pelican(tmp_path / "content", project, tmp_path / "cache", cwd=tmp_path)
    check_bystanders(kept)
    battery.no_traceback(printed)
    assert code == 1 and os.path.join("project", ".git") in printed and "OUTPUT_RETENTION" in printed
    battery.correct_output()


@pytest.mark.build
def test_files_no_build_wrote_stay_in_the_output_folder(tmp_path):
    write_files(tmp_path, {"content/articles/2020/a.md": ARTICLE, "out/notes.txt": "ghi chú", "out/anh/logo.svg": "<svg/>"})
    kept = {path: path.read_bytes() for path in (tmp_path / "out").rglob("*") if path.is_file()}
    for _ in range(2):
        code, printed = pelican(tmp_path / "content", tmp_path / "out", tmp_path / "cache", cwd=tmp_path)
        check_bystanders(kept)
        battery.no_traceback(printed)
        assert code == 0, printed
        assert "anh/logo.svg, notes.txt" in printed
    assert (tmp_path / "out" / "2020" / "05" / "hoi-nghi-giao-ban-quy-i" / "index.html").is_file()
    battery.correct_output()


def site_files(output):
    """{relative path: bytes} of a built site."""
    return {path.relative_to(output): path.read_bytes() for path in sorted(output.rglob("*")) if path.is_file()}


@pytest.mark.build
def test_an_output_folder_on_another_file_system_than_the_cache_builds_every_time(tmp_path):
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system at /dev/shm")
    write_files(tmp_path, {"content/articles/2020/a.md": ARTICLE})
    output = Path(tempfile.mkdtemp(dir=shm))
    try:
        for edit in ("", "\nĐính chính.\n"):
            (tmp_path / "content" / "articles" / "2020" / "a.md").write_text(ARTICLE + edit, encoding="utf-8")
            code, printed = pelican(tmp_path / "content", output, tmp_path / "cache", cwd=tmp_path)
            battery.no_traceback(printed)
            assert code == 0, printed
        assert "Đính chính" in (output / "2020" / "05" / "hoi-nghi-giao-ban-quy-i" / "index.html").read_text(encoding="utf-8")
        code, printed = pelican(tmp_path / "content", tmp_path / "cold", tmp_path / "cold-cache", cwd=tmp_path)
        assert code == 0 and site_files(output) == site_files(tmp_path / "cold")
    finally:
        shutil.rmtree(output)
    battery.correct_output()


DAMAGE = {
    "front-matter-fingerprint": b"\xff\xfe r\xe1c",
    "page-reuse-manifest": b"\x80\x05 garbage",
    "page-reuse-files.json": b"{\"output\": 3",
}


@pytest.mark.build
@pytest.mark.parametrize("name", sorted(DAMAGE))
def test_a_damaged_cache_stamp_or_record_is_a_cold_build_not_a_crash(tmp_path, name):
    write_files(tmp_path, {"content/articles/2020/a.md": ARTICLE})
    assert pelican(tmp_path / "content", tmp_path / "out", tmp_path / "cache", cwd=tmp_path)[0] == 0
    (tmp_path / "cache" / name).write_bytes(DAMAGE[name])
    code, printed = pelican(tmp_path / "content", tmp_path / "out", tmp_path / "cache", cwd=tmp_path)
    battery.no_traceback(printed)
    assert code == 0, printed
    assert pelican(tmp_path / "content", tmp_path / "cold", tmp_path / "cold-cache", cwd=tmp_path)[0] == 0
    assert site_files(tmp_path / "out") == site_files(tmp_path / "cold")
    code, printed = pelican(tmp_path / "content", tmp_path / "out", tmp_path / "cache", cwd=tmp_path)
    assert code == 0 and "hỏng" not in printed  # the damage is repaired, not reported forever
    battery.correct_output()


@pytest.fixture
def small_disk(tmp_path):
    """A 100 KiB file system (tmpfs): a site does not fit on it."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=100k", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.build
def test_a_full_disk_stops_the_build_naming_the_file(tmp_path, small_disk):
    write_files(tmp_path, {"content/articles/2020/a.md": ARTICLE})
    code, printed = pelican(tmp_path / "content", small_disk, tmp_path / "cache", cwd=tmp_path)
    battery.no_traceback(printed)
    assert code == 1
    written = re.search(r"Hết chỗ trống trên đĩa khi ghi (\S+): ", printed)
    assert written and Path(tmp_path, written[1]).resolve().is_relative_to(small_disk), printed
    assert "đừng xuất bản" in printed
    assert not list(small_disk.glob(".pagefind*"))  # no half-copied search bundle left to publish
    battery.correct_output()


def many_articles(count):
    return {
        f"articles/2020/tin-{n}.md": article(f"Tin số {n} về công tác dân vận", f"2020-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                                             f"Đoạn một của tin {n}.\n\nĐoạn hai của tin {n}, dài hơn một chút.")
        for n in range(count)
    }


def interrupt(tmp_path, when):
    """Start the real `pelican` on 400 articles, press Ctrl+C (SIGINT to its process group, as a
    terminal does) once `when(pid, output)` holds; (exit code, output) or None if it finished first."""
    output = tmp_path / "out"
    command = [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelicanconf.py"), str(tmp_path / "content"),
               "-o", str(output), "-e", f"CACHE_PATH={json.dumps(str(tmp_path / 'cache'))}"]
    with subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, encoding="utf-8",
                          env={**os.environ, "COLUMNS": "400"}, start_new_session=True) as process:
        deadline = time.monotonic() + 120
        while not when(process.pid, output) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if process.poll() is not None:
            return None
        os.killpg(process.pid, signal.SIGINT)
        printed = process.communicate(timeout=120)[0]
    return process.returncode, printed


def reading(pid, output):
    """The articles are being read: the worker processes that render them are running."""
    try:
        return bool(Path(f"/proc/{pid}/task/{pid}/children").read_text().split())
    except OSError:
        return False


def writing(pid, output):
    """Pages are being written: the first page is there (article pages may come last)."""
    return output.is_dir() and any(output.rglob("*.html"))


@pytest.mark.build
@pytest.mark.parametrize("moment", ["reading", "writing"])
def test_ctrl_c_stops_the_build_with_a_failing_exit_code(tmp_path, moment):
    write_files(tmp_path / "content", many_articles(400))
    when = reading if moment == "reading" else writing
    result = interrupt(tmp_path, when)
    if result is None:
        pytest.skip("the build finished before it could be interrupted")
    code, printed = result
    if code == 0 and "Done: Processed" in printed:
        # Ctrl+C reached Pelican after its run had written the whole site and said so.
        pytest.skip("the build finished before the interrupt reached it")
    if code == 0:
        battery.data_lost("an interrupted build exited 0: `build && deploy` would publish half a site")
    battery.no_traceback(printed)
    assert code == 130, printed
    assert "Đã dừng giữa chừng (Ctrl+C)" in printed and "đừng xuất bản" in printed
    battery.correct_output()


def damage_truncate(part):
    entry = part / "pagefind-entry.json"
    entry.write_bytes(entry.read_bytes()[:10])


def damage_delete(part):
    next(part.glob("fragment/*")).unlink()


def damage_empty(part):
    for path in part.iterdir():
        shutil.rmtree(path) if path.is_dir() else path.unlink()


@pytest.mark.build
@pytest.mark.parametrize("damage", [damage_truncate, damage_delete, damage_empty], ids=["truncated", "deleted", "emptied"])
def test_a_damaged_search_part_in_the_cache_is_indexed_again_not_published(tmp_path, damage):
    write_files(tmp_path, {"content/articles/2020/a.md": ARTICLE,
                           "content/articles/2021/b.md": article("Đại hội Hội Nông dân", "2021-03-02", "Thủy lợi mùa khô.")})
    assert pelican(tmp_path / "content", tmp_path / "out", tmp_path / "cache", cwd=tmp_path)[0] == 0
    [part] = [path for path in (tmp_path / "cache" / "search-parts").iterdir() if path.is_dir()]
    damage(part)
    code, printed = pelican(tmp_path / "content", tmp_path / "out", tmp_path / "cache", cwd=tmp_path)
    battery.no_traceback(printed)
    assert code == 0, printed
    assert pelican(tmp_path / "content", tmp_path / "cold", tmp_path / "cold-cache", cwd=tmp_path)[0] == 0
    published, fresh = site_files(tmp_path / "out" / "pagefind"), site_files(tmp_path / "cold" / "pagefind")
    if published != fresh:
        battery.data_lost(f"the search bundle was published damaged: {sorted(set(published) ^ set(fresh))}")
    assert fresh and site_files(tmp_path / "out") == site_files(tmp_path / "cold")
    assert "lập chỉ mục lại" in printed
    battery.correct_output()
