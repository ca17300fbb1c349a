"""A warm rebuild keeps the pages an edit did not change, and its output is exactly a cold build's."""

import shutil

import pytest

from test_parallel_reading import differences
from sitebuild import article, build

ORGS = ("Ban Dân vận Huyện ủy", "Hội Nông dân huyện", "Đoàn Thanh niên")


def files():
    return {
        f"articles/{2018 + n % 3}/tin-{n}.md": article(
            f"Tin số {n} của {ORGS[n % 3]}", f"{2018 + n % 3}-0{n % 9 + 1}-1{n % 7}T08:00:00+07:00",
            f"{ORGS[n % 3]} tổ chức hội nghị lần thứ {n}.\n\nĐoạn hai của tin {n}.",
            category=("Giao ban", "Tin hoạt động")[n % 2], unit=("Huyện Kim Sơn", "Thị xã Hòa Thành")[n % 2],
        )
        for n in range(1, 25)
    }


def inodes(site):
    return {path.relative_to(site): path.stat().st_ino for path in site.rglob("*.html")}


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


def test_a_body_edit_keeps_untouched_pages_and_renders_the_edited_one(tmp_path):
    content = files()
    first = inodes(build(tmp_path, content).output)
    EDITS["body"](content)
    second = inodes(build(tmp_path, content).output)
    kept = {path for path in first if first[path] == second.get(path)}
    edited = next(path for path in second if "tin-so-1-cua" in str(path))
    untouched = next(path for path in second if "tin-so-2-cua" in str(path))
    assert edited not in kept and untouched in kept
    assert len(kept) > len(second) / 3  # the edit touched its lists, not the whole site


def test_a_setting_change_renders_every_page(tmp_path):
    content = files()
    first = inodes(build(tmp_path, content).output)
    second = inodes(build(tmp_path, content, SITENAME="Lưu trữ dân vận huyện Kim Sơn").output)
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
