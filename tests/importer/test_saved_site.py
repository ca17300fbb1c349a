"""A whole saved portal site: its articles imported once each with their photos, the rest skipped with a reason."""

import json
import struct
import zlib
from pathlib import Path

import pytest

from importer import images, page_kinds, sources
from importer.cli import main
from importer.progress import Progress

FIXTURES = Path(__file__).with_name("fixtures")
WORDPRESS = "dandvan-ductho.example.vn"
NUKEVIET = "tanchau.example.gov.vn"
LIFERAY = "quancaugiay.example.gov.vn"
CAPTION = "Lãnh đạo huyện Đức Thọ trao quyết định ra mắt mô hình"
MISSING = f"https://{NUKEVIET}/uploads/news/2021_03/giao-ban-quy-1.jpg"


def png(width, height, shade):
    """A real PNG picture of one colour."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + bytes([shade, 80, 40]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def listing(title, items):
    links = "\n".join(
        f'<div class="item"><h3><a href="/tin-tuc/bai-{n}.html">Hội nghị giao ban công tác dân vận số {n} năm 2021</a></h3>'
        f"<p>Tóm tắt: Ban Dân vận tổ chức hội nghị giao ban, đánh giá kết quả công tác tháng {n}.</p></div>"
        for n in range(1, items + 1)
    )
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>{links}</body></html>"


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def saved_site(tmp_path):
    """A site as wget --mirror saves it: three articles, one again under a query address,
    a home page, a category, a tag and a print page, and two of the three photos."""
    site = tmp_path / "trang-luu"
    wordpress = (FIXTURES / "wordpress_dan_van_kheo.html").read_text(encoding="utf-8")
    wordpress = wordpress.replace("ra-mat-mo-hinh.jpg", "ra-mat-mo-hinh.png?w=600")
    write(site / WORDPRESS / "2022/05/16/ra-mat-mo-hinh-dan-van-kheo/index.html", wordpress)
    write(site / WORDPRESS / "wp-content/uploads/2022/05/ra-mat-mo-hinh.png?w=600", png(4, 3, 200))
    nukeviet = (FIXTURES / "nukeviet_giao_ban.html").read_text(encoding="utf-8")
    write(site / NUKEVIET / "tin-tuc/giao-ban-cong-tac-dan-van-quy-i-nam-2021-1234.html", nukeviet)
    write(site / NUKEVIET / "index.php?nv=news&op=giao-ban-1234", nukeviet)
    printed = nukeviet.replace("<body", '<body onload="window.print()"', 1).replace('<link rel="canonical"', '<link rel="x"')
    write(site / NUKEVIET / "tin-tuc/giao-ban-1234-p.html", printed)
    liferay = (FIXTURES / "liferay_ban_dan_van.html").read_text(encoding="utf-8")
    write(site / LIFERAY / "web/quancaugiay/tin-tuc/-/asset_publisher/tong-ket-2019.html", liferay)
    write(site / LIFERAY / "documents/10181/0/tong-ket-dan-van-2019.jpg", png(2, 2, 30))
    write(site / WORDPRESS / "index.html", listing("Ban Dân vận Huyện ủy Đức Thọ", 8))
    write(site / WORDPRESS / "category/tin-hoat-dong/index.html", listing("Tin hoạt động", 6))
    write(site / WORDPRESS / "tag/dan-van-kheo/index.html", listing("Dân vận khéo", 2))
    write(site / WORDPRESS / "wp-content/themes/style.css", "body { color: black }")
    write(site / "robots.txt", "User-agent: *\n")
    return site


def run(tmp_path, site, *options):
    report = tmp_path / "import-report.json"
    status = main([str(site), "--dest", str(tmp_path / "content/articles"), "--report", str(report),
                   "--unit", "Huyện Đức Thọ", *options])
    records = json.loads(report.read_text(encoding="utf-8"))["imports"]
    return status, {str(Path(r["source"]).relative_to(site)): r for r in records}


def files_under(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_saved_site_imports_each_article_once_with_its_photos(tmp_path, saved_site):
    status, records = run(tmp_path, saved_site, "--jobs", "2")
    assert status == 0
    assert len(records) == 8  # one record per page; photos, style sheet and robots.txt are no pages
    outcome = {name: r["outcome"] if r["outcome"] != "skipped" else r["reason"] for name, r in records.items()}
    wp_article = f"{WORDPRESS}/2022/05/16/ra-mat-mo-hinh-dan-van-kheo/index.html"
    nv_article = f"{NUKEVIET}/tin-tuc/giao-ban-cong-tac-dan-van-quy-i-nam-2021-1234.html"
    lr_article = f"{LIFERAY}/web/quancaugiay/tin-tuc/-/asset_publisher/tong-ket-2019.html"
    assert outcome == {
        wp_article: "created",
        nv_article: "created",
        lr_article: "created",
        f"{NUKEVIET}/index.php?nv=news&op=giao-ban-1234": f"trùng với {saved_site / nv_article}",
        f"{NUKEVIET}/tin-tuc/giao-ban-1234-p.html": "trang in",
        f"{WORDPRESS}/index.html": "trang danh sách",
        f"{WORDPRESS}/category/tin-hoat-dong/index.html": "trang chuyên mục",
        f"{WORDPRESS}/tag/dan-van-kheo/index.html": "trang thẻ",
    }
    duplicate = records[f"{NUKEVIET}/index.php?nv=news&op=giao-ban-1234"]
    assert "cùng địa chỉ gốc" in duplicate["why"]
    assert len(list((tmp_path / "content/articles").rglob("*.md"))) == 3

    # The WordPress photo, saved by wget with its query in the name, copied and linked with its caption.
    wp = Path(records[wp_article]["destination"]).read_text(encoding="utf-8")
    [copied] = (tmp_path / "content/images/2022").iterdir()
    assert copied.name.startswith("ra-mat-mo-hinh-") and copied.suffix == ".png"
    assert copied.read_bytes() == png(4, 3, 200)
    assert f'<img src="{{static}}/images/2022/{copied.name}" alt="{CAPTION}">' in wp
    assert "source: https://dandvan-ductho.example.vn/2022/05/16/ra-mat-mo-hinh-dan-van-kheo/" in wp
    assert records[wp_article]["images_copied"] == [str(copied)]

    # The Liferay photo, addressed from the site's root.
    lr = Path(records[lr_article]["destination"])
    [lr_copy] = (tmp_path / "content/images" / lr.parent.name).glob("tong-ket-dan-van-2019-*.png")
    assert f"{{static}}/images/{lr.parent.name}/{lr_copy.name}" in lr.read_text(encoding="utf-8")

    # The NukeViet photo was not saved: its address is kept and listed for review.
    nv = Path(records[nv_article]["destination"]).read_text(encoding="utf-8")
    assert f'src="{MISSING}"' in nv
    assert images.MISSING_NOTE.format(MISSING) in records[nv_article]["review"]


def test_importing_the_saved_site_again_changes_nothing(tmp_path, saved_site):
    run(tmp_path, saved_site)
    before = files_under(tmp_path / "content")
    status, records = run(tmp_path, saved_site)
    assert status == 0
    assert sorted(r["outcome"] for r in records.values()) == ["identical"] * 3 + ["skipped"] * 5
    assert files_under(tmp_path / "content") == before
    assert all(r.get("images_copied", []) == [] for r in records.values())


def test_the_summary_counts_every_page(tmp_path, saved_site, capsys):
    run(tmp_path, saved_site)
    out = capsys.readouterr().out
    assert "Tổng kết: 8 trang" in out
    rows = dict(line.rsplit(None, 1) for line in out.splitlines() if line.startswith("  "))
    counts = {label.strip(): int(n) for label, n in rows.items()}
    assert counts["Đã nhập (bài mới)"] == 3
    assert counts["Bỏ qua: trang danh sách"] == 1
    assert counts["Bỏ qua: trùng với trang khác"] == 1
    assert counts["Ảnh đã chép"] == 2
    assert counts["Lỗi"] == 0


def test_a_page_named_on_the_command_line_is_imported_as_before(tmp_path, saved_site):
    status, records = run(tmp_path, saved_site / WORDPRESS / "index.html")
    # Named by the editor, a page is not sorted out: it is read as an article (this one has none).
    [record] = records.values()
    assert (status, record["outcome"], record["error"]) == (1, "error", "không tìm thấy đoạn văn nào của bài viết")


def test_the_saved_site_pages_leave_out_pictures_styles_and_the_tools_files(saved_site):
    names = [str(p.relative_to(saved_site)) for p in sources.site_pages(saved_site)]
    assert len(names) == 8
    assert not any(name.endswith((".png?w=600", ".jpg", ".css", "robots.txt")) for name in names)


ARTICLE_WITH_RELATED = """<html><body><h1>Hội nghị tổng kết công tác dân vận năm 2023</h1>
<div class="content"><p>{p}</p><p>{p}</p><p>{p}</p></div>
<div class="related"><h3>Tin liên quan</h3><ul>{links}</ul></div></body></html>"""


def test_an_article_with_related_news_is_an_article_and_a_list_of_links_is_not(tmp_path):
    paragraph = "Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết, đánh giá kết quả công tác dân vận năm 2023 và triển khai nhiệm vụ năm 2024."
    links = "".join(f'<li><a href="/tin/{n}.html">Hội nghị giao ban công tác dân vận quý {n} năm 2023</a></li>' for n in range(12))
    page = ARTICLE_WITH_RELATED.format(p=paragraph, links=links)
    assert page_kinds.classify(page, tmp_path / "tin/a.html", tmp_path).is_article
    assert page_kinds.classify(listing("Tin tức", 10), tmp_path / "tin/index.html", tmp_path).reason == "trang danh sách"
    assert page_kinds.classify(page, tmp_path / "tim-kiem/index.html", tmp_path).reason == "trang tìm kiếm"
    assert page_kinds.classify(page, tmp_path / "index.php?s=dan+van", tmp_path).reason == "trang tìm kiếm"
    assert page_kinds.classify(page, tmp_path / "tin/a.html?print=1", tmp_path).reason == "trang in"
    # The same words inside an article's slug are no such page.
    for slug in ("ho-tro-tim-kiem-viec-lam.html", "to-chuc-ban-in-tai-lieu.html", "the-he-tre.html"):
        assert page_kinds.classify(page, tmp_path / "tin" / slug, tmp_path).is_article


def test_an_article_written_in_divs_is_an_article(tmp_path):
    paragraph = "Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết, đánh giá kết quả công tác dân vận năm 2023 và triển khai nhiệm vụ năm 2024."
    links = "".join(f'<li><a href="/tin/{n}.html">Hội nghị giao ban công tác dân vận quý {n} năm 2023</a></li>' for n in range(12))
    in_paragraphs = ARTICLE_WITH_RELATED.format(p=paragraph, links=links)
    in_divs = in_paragraphs.replace("<p>", "<div>").replace("</p>", "</div>")
    assert "<p>" not in in_divs
    verdict = page_kinds.classify(in_divs, tmp_path / "tin/a.html", tmp_path)
    assert verdict.is_article, verdict


def test_wget_query_names_and_picture_types():
    assert images.plain_name("anh.jpg?w=300") == "anh.jpg"
    assert images.plain_name("anh.jpg@w=300") == "anh.jpg"
    assert images.picture_type(png(1, 1, 0)) == ".png"
    assert images.picture_type(b"<html>") == ""
    assert images.file_name(Path("Ảnh Đại hội.JPG"), png(1, 1, 0)).startswith("anh-dai-hoi-")


class Log:
    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def test_progress_in_a_log_is_a_plain_line_every_few_pages():
    ticks = iter(range(100))
    log = Log()
    progress = Progress(10, stream=log, every=4, clock=lambda: next(ticks))
    for _ in range(10):
        progress.step()
    progress.finish()
    lines = log.text.splitlines()
    assert lines[0].startswith("Đã xử lý 4/10 trang (40%)") and "còn khoảng" in lines[0]
    assert len(lines) == 3 and lines[-1].startswith("Đã xử lý 10/10 trang (100%)")


class Terminal(Log):
    def isatty(self):
        return True


def test_progress_on_a_terminal_is_one_line_drawn_again():
    ticks = iter(range(100))
    terminal = Terminal()
    progress = Progress(3, stream=terminal, clock=lambda: next(ticks))
    for _ in range(3):
        progress.step()
    progress.finish()
    assert "\n" not in terminal.text[:-1] and terminal.text.endswith("\n")
    assert terminal.text.count("\r\x1b[K") >= 2
    assert terminal.text.rsplit("\r\x1b[K", 1)[1].startswith("Đã xử lý 3/3 trang (100%)")


def test_a_picture_found_by_name_must_lie_inside_the_saved_site(tmp_path):
    site, outside = tmp_path / "trang-luu", tmp_path / "ngoai"
    (site / "tin").mkdir(parents=True)
    outside.mkdir()
    (outside / "logo.png").write_bytes(png(1, 1, 0))
    (site / "anh").mkdir()
    (site / "anh" / "logo.png").symlink_to(outside / "logo.png")
    assert images.locate(site / "tin" / "a.html", site, "/khac/logo.png") is None
    (site / "anh" / "logo.png").unlink()
    (site / "anh" / "logo.png").write_bytes(png(1, 1, 0))
    images.names_in.cache_clear()  # the saved site's file names are read once per site
    assert images.locate(site / "tin" / "a.html", site, "/khac/logo.png") == site / "anh" / "logo.png"
