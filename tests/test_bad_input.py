"""Bad input never disappears silently: the build stops with `path:line: message`."""

import subprocess
import sys

import pytest
from sitebuild import ROOT, article, write_files
from plugins.features.front_matter import BuildError

GOOD = article("Bài đúng", "2020-11-09T09:00:00+07:00")
BAD_FILES = {
    "yaml": ("---\ntitle: A\ndate: 2020-11-09\ncategory: [Giao ban\n---\nThân.\n", (4, 5), "YAML"),
    "no-title": ("---\ndate: 2020-11-09\n---\nThân.\n", (1,), "'title'"),
    "no-date": ("---\ntitle: A\n---\nThân.\n", (1,), "'date'"),
    "bad-date": ("---\ntitle: A\ndate: 2020-02-31\n---\nThân.\n", (3,), "2020-02-31"),
    "cp1258": (GOOD.encode("utf-8").replace("Thân".encode("utf-8"), "Thân".encode("cp1258"))
               if "Thân" in GOOD else "---\ntitle: A\ndate: 2020-11-09\n---\nThân bài.\n".encode("cp1258"),
               None, "UTF-8"),
}


def build_error(build_site, files, **settings):
    with pytest.raises(BuildError) as caught:
        build_site(files, **settings)
    return caught.value


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_file_stops_the_build_naming_file_and_line(build_site, kind):
    data, lines, words = BAD_FILES[kind]
    error = build_error(build_site, {"articles/2020/ok.md": GOOD, f"articles/2020/{kind}.md": data})
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert problem.path.endswith(f"articles/2020/{kind}.md")
    if lines:
        assert problem.line in lines
    assert words in problem.message
    assert f"{kind}.md" in str(error)


def test_two_articles_with_one_url_name_both_files(build_site):
    twin = article("Hội nghị giao ban quý I", "2021-03-30")
    error = build_error(build_site, {"articles/2021/a.md": twin, "articles/2021/b.md": twin})
    message = str(error.problems[0])
    assert "articles/2021/a.md" in message and "articles/2021/b.md" in message
    assert "/2021/03/hoi-nghi-giao-ban-quy-i/" in message


def test_same_headline_in_another_month_is_fine(build_site):
    site = build_site({
        "articles/2021/a.md": article("Hội nghị giao ban quý I", "2021-03-30"),
        "articles/2022/a.md": article("Hội nghị giao ban quý I", "2022-03-29"),
    })
    assert site.exists("/2021/03/hoi-nghi-giao-ban-quy-i/")
    assert site.exists("/2022/03/hoi-nghi-giao-ban-quy-i/")


def test_a_file_no_reader_reads_is_reported(build_site):
    error = build_error(build_site, {"articles/2020/ok.md": GOOD, "articles/2020/bai.txt": "Tin mới"})
    assert error.problems[0].path.endswith("articles/2020/bai.txt")


@pytest.mark.build
def test_command_line_build_fails_with_a_message_not_a_traceback(tmp_path):
    content = tmp_path / "content"
    write_files(content, {"articles/2020/ok.md": GOOD, "articles/2020/sai.md": BAD_FILES["bad-date"][0]})
    run = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelicanconf.py"), str(content),
         "-o", str(tmp_path / "out")],
        capture_output=True, encoding="utf-8", cwd=tmp_path, env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"},
    )
    output = run.stdout + run.stderr
    assert run.returncode == 1
    assert "content/articles/2020/sai.md:3: date:" in output
    assert "Traceback" not in output


def invoke(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), *args],
        capture_output=True, encoding="utf-8", cwd=cwd,
    )


def test_check_task_lists_every_problem_and_fails(tmp_path):
    write_files(tmp_path, {
        "articles/2020/ok.md": GOOD,
        "articles/2020/sai.md": BAD_FILES["bad-date"][0],
        "articles/2020/thieu.md": BAD_FILES["no-title"][0],
        "articles/2020/xem.md": article("Bài nhập", "2020-11-10", review=["Tiêu đề được suy ra"]),
    })
    run = invoke("check", "--content", str(tmp_path), cwd=tmp_path)
    assert run.returncode == 1
    assert "articles/2020/sai.md:3: date:" in run.stderr
    assert "articles/2020/thieu.md:1:" in run.stderr
    assert "articles/2020/xem.md:4: cần kiểm tra: Tiêu đề được suy ra" in run.stdout


def test_new_task_creates_an_article_that_passes_check(tmp_path):
    run = invoke("new", "Đại hội Hội Nông dân xã Kỳ Hoa", "--content", str(tmp_path), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    created = list(tmp_path.glob("articles/*/dai-hoi-hoi-nong-dan-xa-ky-hoa.md"))
    assert len(created) == 1
    assert "+07:00" in created[0].read_text(encoding="utf-8")
    assert invoke("check", "--content", str(tmp_path), cwd=tmp_path).returncode == 0
    again = invoke("new", "Đại hội Hội Nông dân xã Kỳ Hoa", "--content", str(tmp_path), cwd=tmp_path)
    assert again.returncode == 1


def test_a_page_needs_no_date_but_an_article_does(build_site):
    page = "---\ntitle: Giới thiệu\n---\nVề trang này.\n"
    site = build_site({"pages/gioi-thieu.md": page, "articles/2020/ok.md": GOOD})
    assert site.soup("/gioi-thieu/").select_one("main h1").get_text().replace("\xa0", " ") == "Giới thiệu"
    error = build_error(build_site, {"articles/2020/trang.md": page})
    assert "'date'" in error.problems[0].message


def test_a_plugin_that_does_not_load_stops_the_build(build_site):
    plugins = ["plugins.features.front_matter", "plugins.features.strict_build", "khong_co_plugin"]
    error = build_error(build_site, {"articles/2020/ok.md": GOOD}, PLUGINS=plugins, STRICT_BUILD_PLUGINS=plugins)
    assert "khong_co_plugin" in str(error)


def test_a_stopped_build_does_not_silence_the_next_sitemap(build_site):
    build_error(build_site, {"articles/2020/sai.md": BAD_FILES["bad-date"][0]})
    site = build_site({"articles/2020/sai.md": GOOD})
    assert site.exists("/sitemap.xml")
