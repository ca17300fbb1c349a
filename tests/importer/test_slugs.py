"""One slug per headline: `./dev new`, the importer and the build name an article alike."""

import re
import subprocess
import sys
from pathlib import Path

from importer_audit import FIXTURES
from sitebuild import ROOT

# 157 characters, with tone marks and "đ": its slug is cut and ends with a hash.
HEADLINE = (
    "Đảng ủy xã Đông Hòa tổ chức hội nghị đánh giá kết quả thực hiện Nghị quyết Đại hội "
    "đại biểu Đảng bộ xã lần thứ XXIV và triển khai nhiệm vụ trọng tâm năm 2021"
)
SEED = FIXTURES / "002_8261f7f93639d1a5.txt"
SEED_HEADLINE = "Kết quả thực hiện công tác Dân vận năm 2020"


def page_with_headline(folder, headline):
    """The seed page (dated 09/11/2020 09:00) with another headline."""
    page = Path(folder) / "trang.txt"
    page.write_text(SEED.read_text(encoding="utf-8").replace(SEED_HEADLINE, headline), encoding="utf-8")
    return page


def slug_of_new(folder, title):
    """The file name `./dev new` gives an article, run through the project's task runner."""
    run = subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "new", title, "--content", str(folder)],
        capture_output=True, encoding="utf-8", cwd=folder,
    )
    assert run.returncode == 0, run.stderr
    [created] = Path(folder).glob("articles/*/*.md")
    return created.stem


def test_new_the_importer_and_the_build_give_a_long_headline_one_slug(tmp_path, run_import, build_site):
    (tmp_path / "new").mkdir()
    from_new = slug_of_new(tmp_path / "new", HEADLINE)

    status, [record] = run_import(page_with_headline(tmp_path, HEADLINE), "--unit", "Thị xã Hòa Thành")
    assert (status, record["outcome"]) == (0, "created")
    imported = Path(record["destination"])
    assert "slug:" not in imported.read_text(encoding="utf-8"), "the build derives the slug from the title"

    site = build_site({f"articles/2020/{imported.name}": imported.read_text(encoding="utf-8")})
    [built] = site.output.glob("2020/11/*/index.html")
    soup = site.soup(f"/2020/11/{built.parent.name}/")
    assert soup.select_one("main h1").get_text().replace("\xa0", " ") == HEADLINE
    from_build = soup.select_one("link[rel=canonical]")["href"].rstrip("/").rsplit("/", 1)[-1]

    assert from_new == imported.stem == from_build
    assert len(from_build) <= 80 and re.fullmatch(r"dang-uy-xa-dong-hoa-[a-z0-9-]+-[0-9a-f]{6}", from_build)


def test_an_article_named_by_the_earlier_cut_is_found_and_left_alone(tmp_path, run_import):
    """Before the importer shared the build's rule it cut long slugs at a word, without a hash."""
    page = page_with_headline(tmp_path, HEADLINE)
    _, [first] = run_import(page, "--unit", "Thị xã Hòa Thành")
    earlier = Path(first["destination"]).with_name("dang-uy-xa-dong-hoa-to-chuc-hoi-nghi-danh-gia-ket-qua-thuc-hien-nghi-quyet-dai.md")
    Path(first["destination"]).rename(earlier)
    text = earlier.read_text(encoding="utf-8")

    status, [again] = run_import(page, "--unit", "Thị xã Hòa Thành")
    assert (status, again["outcome"], again["destination"]) == (0, "identical", str(earlier))
    assert earlier.read_text(encoding="utf-8") == text
    assert sorted((tmp_path / "articles").rglob("*.md")) == [earlier]
