"""Hostile inputs for the legacy-portal importer: each ends as a clear error or a correct article.

Every case runs the real command (`python -m importer`) and judges what it left behind:
the written Markdown (front matter parsed with YAML), the report JSON and the terminal output.
"""

import io
import json
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

import battery
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from importer import extract  # noqa: E402
from importer.cli import main  # noqa: E402

FIXTURES = ROOT / "tests" / "importer" / "fixtures"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
TITLE = "Hội nghị giao ban công tác dân vận quý I năm 2021"
PARAGRAPHS = [
    "Sáng 24/3, Ban Dân vận Huyện ủy Tân Châu tổ chức hội nghị giao ban công tác dân vận quý I, triển khai "
    "nhiệm vụ quý II năm 2021 với sự tham dự của lãnh đạo khối dân vận các xã, thị trấn.",
    "Trong quý I, khối dân vận huyện đã tập trung tuyên truyền, vận động Nhân dân đón Tết Nguyên đán an toàn, "
    "tiết kiệm; thực hiện nghiêm các biện pháp phòng, chống dịch bệnh trên địa bàn.",
    "Các đại biểu đã thảo luận, làm rõ những kết quả đạt được và những hạn chế trong việc xây dựng mô hình "
    "“Dân vận khéo” ở cơ sở; đề xuất giải pháp nâng cao chất lượng đối thoại với Nhân dân.",
    "Hội nghị cũng thống nhất kế hoạch phối hợp giữa Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội "
    "trong việc vận động hội viên tham gia xây dựng nông thôn mới nâng cao, kiểu mẫu.",
    "Phát biểu kết luận, đồng chí Trưởng Ban Dân vận Huyện ủy đề nghị các đơn vị tiếp tục bám sát cơ sở, kịp "
    "thời nắm bắt tâm tư, nguyện vọng của Nhân dân, không để phát sinh điểm nóng.",
]
BYLINE = "Lê Thị Hồng Nhung"
PHOTO = "/uploads/news/2021_03/giao-ban-quy-1.jpg"
NESTING = ("div", "table", "tbody", "tr", "td", "span")


def run_importer(*args):
    """(exit status, stdout + stderr) of `python -m importer ARGS` run from the project root."""
    result = subprocess.run(
        [sys.executable, "-m", "importer", *map(str, args)],
        capture_output=True, encoding="utf-8", errors="replace", cwd=ROOT, check=False,
    )
    return result.returncode, result.stdout + result.stderr


def imported(tmp_path, *paths, options=()):
    """Import `paths` into tmp/articles: (exit status, output, report records or None)."""
    report = tmp_path / "report.json"
    report.unlink(missing_ok=True)
    status, output = run_importer(*paths, "--dest", tmp_path / "articles", "--report", report, *options)
    records = json.loads(report.read_text(encoding="utf-8"))["imports"] if report.exists() else None
    return status, output, records


def read_article(path):
    """(front matter, body) of a written article; the front matter parsed by PyYAML."""
    text = Path(path).read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), body


def words(text):
    return " ".join(text.split())


def article_page(paragraphs=PARAGRAPHS, title=TITLE, deep=0, source="", middle=""):
    """A saved portal page: headline, date, then the article with the second paragraph `deep` elements down."""
    opened = "".join(f"<{NESTING[i % len(NESTING)]}>" for i in range(deep))
    closed = "".join(f"</{NESTING[i % len(NESTING)]}>" for i in reversed(range(deep)))
    canonical = f'<link rel="canonical" href="{source}">' if source else ""
    first, second, *rest = paragraphs
    return (
        f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">{canonical}<title>{title}</title></head>\n'
        f"<body>\n<h1>{title}</h1>\n<p>Thứ năm - 25/03/2021 08:30</p>\n<div class=\"news-content\">\n"
        f"<p>{first}</p>\n{opened}<p>{second}</p>{closed}\n{middle}"
        f'<p>{rest[0]}</p>\n<img src="{PHOTO}" alt="Quang cảnh hội nghị giao ban">\n'
        + "".join(f"<p>{text}</p>\n" for text in rest[1:])
        + f"<p>{BYLINE}</p>\n</div>\n</body></html>\n"
    )


def only_article(tmp_path):
    found = sorted((tmp_path / "articles").rglob("*.md"))
    assert len(found) == 1, found
    return found[0]


# -- deeply nested markup --------------------------------------------------------------------


@pytest.mark.parametrize("depth", [300, 1500])
def test_deeply_nested_html_keeps_every_paragraph_byline_and_photo(tmp_path, depth):
    page = tmp_path / f"long-{depth}.html"
    page.write_text(article_page(deep=depth), encoding="utf-8")
    status, output, records = imported(tmp_path, page)
    battery.no_traceback(output)
    assert records is not None, output
    [record] = records
    if record["outcome"] != "created":
        battery.data_lost(f"{depth} levels: {record['outcome']} {record.get('error', '')}")
    front, body = read_article(record["destination"])
    missing = [text[:40] for text in PARAGRAPHS if words(text) not in words(body)]
    if missing or front.get("author") != BYLINE or PHOTO not in body:
        battery.data_lost(f"{depth} levels: lost {missing}, author {front.get('author')!r}, photo {PHOTO in body}")
    assert status == 0 and front["title"] == TITLE
    battery.correct_output()


def test_nesting_deeper_than_the_parser_reads_is_a_clear_error(tmp_path):
    page = tmp_path / "sau-qua.html"
    page.write_text(article_page(deep=3000), encoding="utf-8")
    status, output, records = imported(tmp_path, page)
    battery.no_traceback(output)
    [record] = records
    if record["outcome"] != "error":
        front, body = read_article(record["destination"])
        missing = [text[:40] for text in PARAGRAPHS if words(text) not in words(body)]
        if missing or front.get("author") != BYLINE:
            battery.data_lost(f"3000 levels imported as {record['outcome']} without {missing}")
        battery.correct_output()
        return
    assert status == 1
    assert not list((tmp_path / "articles").rglob("*.md"))
    assert "lồng" in record["error"]
    battery.clear_error(output, page.name, line=record["line"])


# -- empty and unreadable files in a batch ----------------------------------------------------


def numbered_page(n):
    return article_page(
        title=f"Hội nghị giao ban công tác dân vận số {n} của huyện Tân Châu",
        paragraphs=[f"{text[:-1]}, theo thông báo số {n}-TB/HU." for text in PARAGRAPHS],
    )


def test_an_empty_page_in_a_batch_is_reported_and_the_rest_imported(tmp_path):
    batch = tmp_path / "cong-cu"
    batch.mkdir()
    for n in range(200):
        (batch / f"trang-{n:03d}.html").write_text(numbered_page(n), encoding="utf-8")
    empty = batch / "trang-100.html"
    empty.write_bytes(b"")
    status, output, records = imported(tmp_path, batch)
    battery.no_traceback(output)
    if records is None:
        battery.data_lost("no import-report.json written")
    outcomes = {Path(r["source"]).name: r["outcome"] for r in records}
    created = [name for name, outcome in outcomes.items() if outcome == "created"]
    if len(created) != 199 or len(list((tmp_path / "articles").rglob("*.md"))) != 199:
        battery.data_lost(f"{len(created)} of 199 good pages imported")
    [failed] = [r for r in records if r["outcome"] == "error"]
    assert Path(failed["source"]) == empty
    assert failed["error"] == "tệp rỗng, không có gì để nhập"
    assert f"{empty}: tệp rỗng" in output
    assert status == 1
    battery.correct_output()


def test_an_unexpected_failure_on_one_page_names_it_and_keeps_the_batch(tmp_path, monkeypatch, capsys):
    pages = [tmp_path / f"trang-{n}.html" for n in range(3)]
    for n, page in enumerate(pages):
        page.write_text(numbered_page(n), encoding="utf-8")
    real = extract.extract

    def failing(page, **options):
        if page.path == pages[1]:
            raise RuntimeError("lỗi thử")
        return real(page, **options)

    monkeypatch.setattr(extract, "extract", failing)
    report = tmp_path / "report.json"
    status = main([*map(str, pages), "--dest", str(tmp_path / "articles"), "--report", str(report)])
    output = capsys.readouterr().out
    battery.no_traceback(output)
    if not report.exists():
        battery.data_lost("no import-report.json written")
    records = json.loads(report.read_text(encoding="utf-8"))["imports"]
    assert [r["outcome"] for r in records] == ["created", "error", "created"]
    assert "RuntimeError" in records[1]["error"] and "lỗi thử" in records[1]["error"]
    assert "failing" in records[1]["detail"], "the report keeps the stack for whoever fixes the importer"
    assert f"{pages[1]}: " in output
    assert status == 1
    battery.correct_output()


def test_a_missing_page_is_reported_in_vietnamese(tmp_path):
    good = tmp_path / "trang-1.html"
    good.write_text(numbered_page(1), encoding="utf-8")
    missing = tmp_path / "khong-co.html"
    status, output, records = imported(tmp_path, missing, good)
    battery.no_traceback(output)
    assert [r["outcome"] for r in records] == ["error", "created"]
    assert records[0]["error"].startswith("không đọc được tệp")
    assert "Errno" not in records[0]["error"]
    assert f"{missing}: không đọc được tệp" in output
    assert status == 1
    battery.correct_output()


# -- binary files and control characters ------------------------------------------------------


def random_bytes(count, seed):
    generator = random.Random(seed)
    return bytes(generator.randrange(256) for _ in range(count))


def png_bytes():
    rows = b"".join(b"\0" + random_bytes(48, row) for row in range(16))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))  # noqa: E731
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("bai-viet.html", article_page())
    return buffer.getvalue()


BINARIES = {
    "ngau-nhien.html": lambda: random_bytes(6000, 7),
    "anh.html": png_bytes,
    "nen.html": zip_bytes,
    "dieu-khien.html": lambda: ("<p>" + "\x01\x02\x03\x04 chữ " * 400 + "</p>").encode("utf-8"),
}


@pytest.mark.parametrize("name", BINARIES)
def test_a_binary_file_named_html_is_refused(tmp_path, name):
    page = tmp_path / name
    page.write_bytes(BINARIES[name]())
    status, output, records = imported(tmp_path, page)
    battery.no_traceback(output)
    [record] = records
    written = list((tmp_path / "articles").rglob("*.md"))
    assert record["outcome"] == "error" and not written, f"a binary file became {written}"
    assert "nhị phân" in record["error"]
    assert status == 1
    battery.clear_error(output, page.name, line=record["line"])


def test_a_page_without_running_text_is_refused_by_name_and_kept(tmp_path):
    """Under 120 characters, a line is a menu item or a caption to the importer: nothing to import."""
    page = tmp_path / "ngan.html"
    text, _ = property_page(("Hội " * 29).strip().capitalize() + " ủy.", deep=3)
    page.write_text(text, encoding="utf-8")
    status, output, records = imported(tmp_path, page)
    battery.no_traceback(output)
    [record] = records
    assert record["outcome"] == "error" and "không tìm thấy đoạn văn" in record["error"]
    assert status == 1 and not list((tmp_path / "articles").rglob("*.md"))
    assert f"{page}: không tìm thấy đoạn văn" in output
    if page.read_text(encoding="utf-8") != text:
        battery.data_lost("the refused page was changed")
    battery.TALLY["clear error"] += 1


def test_a_nul_byte_in_a_page_is_refused_at_its_line(tmp_path):
    page = tmp_path / "co-nul.html"
    page.write_text(article_page(middle="<p>Ghi chú\x00 của trang</p>\n"), encoding="utf-8")
    line = page.read_text(encoding="utf-8")[: page.read_text(encoding="utf-8").index("\x00")].count("\n") + 1
    status, output, records = imported(tmp_path, page)
    battery.no_traceback(output)
    [record] = records
    assert record["outcome"] == "error" and not list((tmp_path / "articles").rglob("*.md"))
    assert status == 1
    battery.clear_error(output, page.name, line=line)


def test_control_characters_are_stripped_from_a_kept_page_and_listed_for_review(tmp_path):
    page = tmp_path / "dieu-khien.html"
    dirty = [PARAGRAPHS[0].replace("Tân Châu", "Tân\x08 Châu"), PARAGRAPHS[1].replace("quý I", "quý\x1b I\x7f"), *PARAGRAPHS[2:]]
    page.write_text(article_page(paragraphs=dirty, title=TITLE.replace("giao ban", "giao\x01 ban")), encoding="utf-8")
    status, output, records = imported(tmp_path, page)
    battery.no_traceback(output)
    [record] = records
    assert record["outcome"] == "created", record.get("error")
    text = Path(record["destination"]).read_text(encoding="utf-8")
    front, body = read_article(record["destination"])
    assert not CONTROL.search(text), repr(CONTROL.findall(text))
    assert not any(CONTROL.search(str(value)) for value in front.values())
    assert front["title"] == TITLE
    missing = [t[:40] for t in PARAGRAPHS if words(t) not in words(body)]
    if missing:
        battery.data_lost(f"paragraphs lost with the control characters: {missing}")
    [note] = [item for item in front["review"] if "ký tự điều khiển" in item]
    assert all(code in note for code in ("U+0001", "U+0008", "U+001B", "U+007F")), note
    assert status == 0
    battery.correct_output()


# -- re-importing a page an editor has corrected ----------------------------------------------


def edit_title(path, title):
    text = Path(path).read_text(encoding="utf-8")
    front, _ = read_article(path)
    Path(path).write_text(text.replace(f"title: {front['title']}\n", f"title: {title}\n", 1), encoding="utf-8")
    assert read_article(path)[0]["title"] == title


@pytest.mark.parametrize(
    ("source", "renamed"),
    [("nukeviet_giao_ban.html", False), ("nukeviet_giao_ban.html", True), ("002_8261f7f93639d1a5.txt", False)],
    ids=["source-url", "source-url-renamed", "text-dump-without-url"],
)
def test_reimporting_a_page_whose_title_an_editor_fixed_makes_no_duplicate(tmp_path, source, renamed):
    page = tmp_path / source
    shutil.copy(FIXTURES / source, page)
    status, output, [first] = imported(tmp_path, page)
    assert (status, first["outcome"]) == (0, "created"), output
    path = Path(first["destination"])
    edit_title(path, "Tiêu đề đã được biên tập viên sửa lại cho đúng")
    if renamed:
        path = path.rename(path.with_name("tieu-de-da-sua.md"))
    edited = path.read_text(encoding="utf-8")

    status, output, records = imported(tmp_path, page)
    battery.no_traceback(output)
    [again] = records
    written = sorted((tmp_path / "articles").rglob("*.md"))
    assert written == [path], f"re-import wrote {written} ({again['outcome']})"
    assert path.read_text(encoding="utf-8") == edited, "the editor's file changed without --force"
    assert (again["outcome"], again["destination"]) == ("conflict", str(path))
    assert again["matched"] and again["matched"] in output
    assert status == 1

    status, output, [forced] = imported(tmp_path, page, options=["--force"])
    assert (forced["outcome"], forced["destination"], status) == ("overwritten", str(path), 0)
    assert sorted((tmp_path / "articles").rglob("*.md")) == [path]
    front, _ = read_article(path)
    assert front["title"] == first["fields"]["title"]
    assert front.get("slug", path.stem) == path.stem, "a forced overwrite keeps the article's address"
    battery.correct_output()


# -- random nesting ---------------------------------------------------------------------------

VOCABULARY = (
    "hội nghị giao ban công tác dân vận huyện ủy xã thị trấn nhân dân mặt trận tổ quốc đoàn thể phụ nữ nông dân "
    "cựu chiến binh thanh niên mô hình khéo vận động tuyên truyền xây dựng nông thôn mới kết quả nhiệm vụ quý năm "
    "đại biểu thảo luận đề xuất giải pháp cơ sở lãnh đạo chính quyền đối thoại tâm tư nguyện vọng phát triển"
).split()
WRAPPERS = ("div", "span", "section", "font", "b", "i", "center", "blockquote", "table", "td", "li", "article")


def property_page(tree, deep):
    """(html, paragraphs): a headline and date, then `tree` of elements around paragraphs, `deep` levels down."""
    paragraphs = []

    def render(node):
        if isinstance(node, str):
            paragraphs.append(node)
            return f"<p>{node}</p>"
        tag, children = node
        return f"<{tag}>" + "".join(render(child) for child in children) + f"</{tag}>"

    inner = render(tree)
    opened = "".join(f"<{WRAPPERS[i % len(WRAPPERS)]}>" for i in range(deep))
    closed = "".join(f"</{WRAPPERS[i % len(WRAPPERS)]}>" for i in reversed(range(deep)))
    html = (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><h1>{TITLE}</h1>'
        f"<p>Thứ năm - 25/03/2021 08:30</p>{opened}{inner}{closed}</body></html>"
    )
    return html, paragraphs


def test_random_nesting_loses_no_paragraph(tmp_path):
    hypothesis = pytest.importorskip("hypothesis")
    st = pytest.importorskip("hypothesis.strategies")

    # Running text, as the importer tells it from menus and captions (at least 120 characters
    # ending a sentence): this property is about nesting; a page without any is refused by name.
    paragraph = st.lists(st.sampled_from(VOCABULARY), min_size=30, max_size=45).map(
        lambda ws: " ".join(ws).capitalize() + "."
    ).filter(extract.is_paragraph)
    trees = st.recursive(
        paragraph,
        lambda children: st.tuples(st.sampled_from(WRAPPERS), st.lists(children, min_size=1, max_size=3)),
        max_leaves=8,
    )

    @hypothesis.settings(max_examples=40, deadline=None, suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(tree=trees, deep=st.integers(min_value=0, max_value=1200))
    def check(tree, deep):
        html, paragraphs = property_page(tree, deep)
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            page = folder / "trang.html"
            page.write_text(html, encoding="utf-8")
            report = folder / "report.json"
            main([str(page), "--dest", str(folder / "articles"), "--report", str(report)])
            [record] = json.loads(report.read_text(encoding="utf-8"))["imports"]
            body = words(read_article(record["destination"])[1]) if "destination" in record else ""
            reported = [words(item["text"]) for item in record.get("dropped", []) if item["rule"]]
            lost = [p for p in paragraphs if words(p) not in body and not any(words(p) in r for r in reported)]
            assert not lost, f"{len(lost)} of {len(paragraphs)} paragraphs lost at depth {deep}: {lost[0][:60]}"

    try:
        check()
    except AssertionError as failure:  # the smallest example hypothesis found
        battery.data_lost(str(failure))
    battery.correct_output()


# -- addresses a saved page carries ------------------------------------------------------------


@pytest.mark.parametrize("address", [
    "javascript:alert(5)", " JaVaScRiPt:alert(5)", "java\tscript:alert(5)", "vbscript:msgbox(5)",
    "data:text/html,<script>alert(5)</script>", "/tin-tuc/giao-ban.html", "http:// tanchau.example.vn/a",
])
def test_a_canonical_link_that_is_not_a_web_address_is_not_published(tmp_path, address):
    page = tmp_path / "nguon.html"
    page.write_text(article_page(source=address), encoding="utf-8")
    status, output, records = imported(tmp_path, page)
    battery.no_traceback(output)
    front, body = read_article(only_article(tmp_path))
    if front.get("source"):
        battery.script_run(f"source: {front['source']!r} would be a live link")
    kept = [note for note in front.get("review", []) if words(address) in words(note)]
    assert kept, f"the refused address is kept for the editor: {front.get('review')}"
    assert status == 0 and all(words(text) in words(body) for text in PARAGRAPHS)
    battery.correct_output()


@pytest.mark.parametrize("hostile", ["javascript:alert(6)", "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="])
def test_an_image_with_a_script_address_is_left_out_and_named(tmp_path, hostile):
    page = tmp_path / "anh.html"
    page.write_text(article_page().replace(PHOTO, hostile), encoding="utf-8")
    status, output, records = imported(tmp_path, page)
    battery.no_traceback(output)
    front, body = read_article(only_article(tmp_path))
    if hostile in body:
        battery.script_run(f"{hostile} written into the body")
    assert any(hostile in note for note in front.get("review", [])), front.get("review")
    assert "Quang cảnh hội nghị giao ban" in body, "the photo's description stays"
    battery.correct_output()


def test_a_web_canonical_link_and_photo_are_kept(tmp_path):
    page = tmp_path / "web.html"
    page.write_text(article_page(source="https://tanchau.example.vn/tin/giao-ban-quy-1.html"), encoding="utf-8")
    status, output, records = imported(tmp_path, page)
    front, body = read_article(only_article(tmp_path))
    assert front["source"] == "https://tanchau.example.vn/tin/giao-ban-quy-1.html"
    assert "https://tanchau.example.vn" + PHOTO in body
    assert not any("Bỏ địa chỉ" in note for note in front.get("review", []))
    battery.correct_output()


@pytest.mark.build
def test_hostile_pages_import_into_articles_the_build_accepts(tmp_path):
    """What the importer keeps passes the build's stricter checks: no import stops a build."""
    from sitebuild import build  # noqa: PLC0415

    def own(number):  # four different articles of one day
        return [f"{text} (bài {number})" for text in PARAGRAPHS]

    pages = {
        "nguon.html": article_page(own(1), source="javascript:alert(5)"),
        "anh.html": article_page(own(2), title="Giao ban 12:30 quý I").replace(PHOTO, "data:image/png;base64,iVBORw0KGgo="),
        "dieu-khien.html": article_page(own(3), title="Hội nghị\x0b giao ban\x01 năm 2021"),
        "tuong-doi.html": article_page(own(4), title="Tổng kết năm 2021", source="/tin-tuc/tong-ket.html"),
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    status, output, records = imported(tmp_path, *(tmp_path / name for name in pages))
    battery.no_traceback(output)
    assert [record["outcome"] for record in records] == ["created"] * len(pages), output
    (tmp_path / "content").mkdir()
    (tmp_path / "articles").rename(tmp_path / "content" / "articles")
    site = build(tmp_path, {})
    titles = sorted(heading.get_text() for path in site.output.rglob("index.html")
                    if path.parent.parent.parent.name == "2021" for heading in site.soup(
                        "/" + path.parent.relative_to(site.output).as_posix() + "/").select("main h1"))
    assert "Giao ban 12:30 quý I" in [" ".join(title.split()) for title in titles], titles
    battery.correct_output()
