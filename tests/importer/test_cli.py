"""The command: idempotent re-runs, --force, drafts for undated pages, repeated headlines."""

import subprocess
import sys
from datetime import date
from pathlib import Path

from importer_audit import FIXTURES, read_article

from importer import extract, sources, writer

DATED = FIXTURES / "002_8261f7f93639d1a5.txt"
UNDATED = FIXTURES / "003_3b2c412b7c8dc1d1.txt"


def test_rerun_leaves_an_identical_article_alone(run_import):
    status, [first] = run_import(DATED)
    path = Path(first["destination"])
    written = path.read_text(encoding="utf-8")
    assert (status, first["outcome"]) == (0, "created")

    status, [again] = run_import(DATED)
    assert (status, again["outcome"], again["destination"]) == (0, "identical", first["destination"])
    assert path.read_text(encoding="utf-8") == written
    assert len(list(path.parent.parent.rglob("*.md"))) == 1


def test_an_edited_article_is_kept_unless_forced(run_import):
    _, [first] = run_import(DATED)
    path = Path(first["destination"])
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace("Nguyễn Thu", "Nguyễn Thu Hà"), encoding="utf-8")

    status, [refused] = run_import(DATED)
    assert (status, refused["outcome"]) == (1, "conflict")
    assert "Nguyễn Thu Hà" in path.read_text(encoding="utf-8")

    status, [forced] = run_import(DATED, "--force")
    assert (status, forced["outcome"]) == (0, "overwritten")
    assert path.read_text(encoding="utf-8") == original


def test_a_page_without_date_becomes_a_draft_dated_today(run_import):
    status, [record] = run_import(UNDATED)
    front, _ = read_article(record["destination"])
    assert status == 0
    assert front["status"] == "draft"
    assert front["date"] == date.today().isoformat()
    assert Path(record["destination"]).parent.name == str(date.today().year)
    assert any(item.startswith("Không xác định được ngày đăng") and "2023" in item for item in front["review"])


def test_a_draft_imported_again_another_day_is_the_same_article(tmp_path):
    page = sources.read_source(UNDATED)
    first = writer.write(extract.extract(page, today=date(2024, 1, 2)), tmp_path)
    later = writer.write(extract.extract(page, today=date(2025, 6, 7)), tmp_path)
    assert (first.status, later.status, later.path) == ("created", "identical", first.path)


def test_same_headline_another_day_gets_its_own_slug(tmp_path):
    page = sources.read_source(DATED)
    article = extract.extract(page)
    first = writer.write(article, tmp_path)
    article.moment = type(article.moment)(date(2020, 12, 1))
    second = writer.write(article, tmp_path)
    assert second.status == "created"
    assert second.path.name == "ket-qua-thuc-hien-cong-tac-dan-van-nam-2020-2.md"
    assert writer.read_front_matter(second.path)["slug"] == "ket-qua-thuc-hien-cong-tac-dan-van-nam-2020-2"
    assert "slug" not in writer.read_front_matter(first.path)


def test_options_override_what_the_page_says(run_import):
    status, [record] = run_import(FIXTURES / "004_9b24f618f16e4c37.txt", "--unit", "Thị xã Hoàng Mai", "--category", "Tổng kết năm")
    front, _ = read_article(record["destination"])
    assert (front["unit"], front["category"]) == ("Thị xã Hoàng Mai", "Tổng kết năm")
    assert not any("Chuyên mục" in item or "đơn vị" in item for item in front.get("review", []))


def test_a_page_with_no_article_is_an_error_not_a_crash(run_import, tmp_path):
    menu = tmp_path / "menu.txt"
    menu.write_text("Trang chủ\nGiới thiệu\nLiên hệ\n", encoding="utf-8")
    status, [record, other] = run_import(menu, DATED)
    assert status == 1
    assert record["outcome"] == "error" and "đoạn văn" in record["error"]
    assert other["outcome"] == "created", "one bad page does not stop the others"


def test_module_entry_point(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "importer", str(DATED), "--dest", str(tmp_path / "a"), "--report", str(tmp_path / "r.json")],
        capture_output=True, encoding="utf-8", cwd=Path(__file__).resolve().parents[2], check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Kết quả thực hiện công tác Dân vận năm 2020" in result.stdout
    assert (tmp_path / "r.json").exists()
