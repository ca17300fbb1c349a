"""A warm rebuild keeps the pages an edit did not change, and its output is exactly a cold build's."""

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sitebuild import ROOT, article, build, differences

pytestmark = pytest.mark.build  # every test here builds a whole site

ORGS = ("Ban Dân vận Huyện ủy", "Hội Nông dân huyện", "Đoàn Thanh niên")


def files():
    vocabulary = {"data/organizations.yml": (ROOT / "content" / "data" / "organizations.yml").read_text(encoding="utf-8")}
    return vocabulary | {
        f"articles/{2018 + n % 3}/tin-{n}.md": article(
            f"Tin số {n} của {ORGS[n % 3]}", f"{2018 + n % 3}-0{n % 9 + 1}-1{n % 7}T08:00:00+07:00",
            f"{ORGS[n % 3]} tổ chức hội nghị lần thứ {n}.\n\nĐoạn hai của tin {n}.",
            category=("Giao ban", "Tin hoạt động")[n % 2], unit=("Huyện Kim Sơn", "Thị xã Hòa Thành")[n % 2],
        )
        for n in range(1, 25)
    }


def written(site):
    """{page: when it was written}: a kept page keeps the time of the build that wrote it."""
    return {path.relative_to(site): path.stat().st_mtime_ns for path in site.rglob("*.html")}


def cold(tmp_path, name, content, **settings):
    return build(tmp_path / name, content, **settings).output


EDITS = {
    "body": lambda content: content.__setitem__("articles/2019/tin-1.md", content["articles/2019/tin-1.md"] + "\nĐính chính: thêm một câu.\n"),
    "title": lambda content: content.__setitem__("articles/2019/tin-4.md", content["articles/2019/tin-4.md"].replace("Tin số 4", "Tin số bốn")),
    "date": lambda content: content.__setitem__("articles/2019/tin-7.md", content["articles/2019/tin-7.md"].replace("2019-08-10", "2020-01-05")),
    "new article": lambda content: content.__setitem__("articles/2020/moi.md", article("Tin mới của Đoàn Thanh niên", "2020-12-01")),
    "deleted article": lambda content: content.pop("articles/2018/tin-3.md"),
}


def test_every_kind_of_edit_gives_the_cold_build_output(tmp_path):
    content = files()
    warm = tmp_path / "warm"
    build(warm, content, DEFAULT_PAGINATION=3)
    for name, edit in EDITS.items():
        edit(content)
        shutil.rmtree(warm / "content")
        build(warm, content, DEFAULT_PAGINATION=3)
        assert differences(cold(tmp_path, f"cold-{name}", content, DEFAULT_PAGINATION=3), warm / "output") == [], name


def links_to(site, url):
    """The pages of `site` with a link to `url`: the lists that show it, its neighbours' prev/next links."""
    return {
        path.relative_to(site)
        for path in site.rglob("*.html")
        if any(a["href"].endswith("/" + url) for a in BeautifulSoup(path.read_bytes(), "html.parser").find_all("a", href=True))
    }


# Directories of every category, unit and month: they count every article.
OVERVIEWS = {Path("chuyen-muc/index.html"), Path("don-vi/index.html"), Path("luu-tru/index.html")}


def test_a_body_edit_renders_only_the_pages_that_show_the_article(tmp_path):
    content = files()
    first = written(build(tmp_path, content, DEFAULT_PAGINATION=3).output)
    EDITS["body"](content)
    site = build(tmp_path, content, DEFAULT_PAGINATION=3).output
    second = written(site)
    rendered = {path for path in second if first.get(path) != second[path]}
    edited = next(path for path in second if "tin-so-1-cua" in str(path))
    showing = links_to(site, edited.parent.as_posix() + "/")
    lists = {path for path in showing if "tin-so" not in str(path)}
    # Its page, and the page of each list it is on: home, year, month, category, unit, organization.
    assert edited in rendered and len(lists) >= 6 and lists <= rendered
    assert any(path.parts[0] == "to-chuc" for path in lists)
    # Nothing else but the directories: not the other pages of its lists, nor its neighbours.
    assert rendered - {edited} - lists <= OVERVIEWS
    assert len(second) > 60


def test_a_setting_change_renders_every_page(tmp_path):
    content = files()
    first = written(build(tmp_path, content).output)
    second = written(build(tmp_path, content, SITENAME="Lưu trữ dân vận huyện Kim Sơn").output)
    assert not {path for path in first if first[path] == second.get(path)}
    assert differences(cold(tmp_path, "cold", content, SITENAME="Lưu trữ dân vận huyện Kim Sơn"), tmp_path / "output") == []


def test_a_build_that_stops_leaves_no_keys_to_trust(tmp_path):
    content = files()
    build(tmp_path, content)
    broken = {**content, "articles/2019/sai.md": "---\ntitle: Sai\ndate: 2019-02-31\n---\nx\n"}
    with pytest.raises(SystemExit):
        build(tmp_path, broken)
    assert not (tmp_path / "cache" / "page-reuse-manifest").exists()
    shutil.rmtree(tmp_path / "content")
    build(tmp_path, content)
    assert differences(cold(tmp_path, "cold", content), tmp_path / "output") == []


def test_files_the_build_no_longer_produces_go_and_files_it_never_wrote_stay(tmp_path, caplog):
    content = files()
    site = build(tmp_path, content, OUTPUT_RETENTION=[".git"]).output
    gone = next(path for path in site.rglob("index.html") if "tin-so-3-cua" in str(path))
    (site / "2018" / "stray.txt").write_text("x", encoding="utf-8")  # among kept pages
    (site / "stray.html").write_text("x", encoding="utf-8")
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages", encoding="utf-8")
    EDITS["deleted article"](content)
    shutil.rmtree(tmp_path / "content")
    build(tmp_path, content, OUTPUT_RETENTION=[".git"])
    assert not gone.exists()
    assert (site / "2018" / "stray.txt").read_text(encoding="utf-8") == "x"
    assert (site / "stray.html").read_text(encoding="utf-8") == "x"
    assert "2018/stray.txt, stray.html" in caplog.text
    assert (site / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/gh-pages"
    for stray in ("2018/stray.txt", "stray.html", ".git/HEAD"):
        (site / stray).unlink()
    (site / ".git").rmdir()
    assert differences(cold(tmp_path, "cold", content), site) == []
