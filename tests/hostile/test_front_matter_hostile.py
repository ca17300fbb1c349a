"""Hostile front matter and bodies: each ends as a clear `path:line` error or a correct page.

Every case counts itself in the battery's tally: a script a reader's browser would run,
an author's text published changed, or a traceback, fails the case.
"""

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import battery
import pytest
from lxml import etree
from pelican.settings import read_settings
from sitebuild import ROOT, article, write_files

from plugins.features.front_matter import BuildError, ContentError, read_document
from plugins.features.front_matter.check import check_content

VOCABULARY = (ROOT / "content" / "data" / "organizations.yml").read_text(encoding="utf-8")
GOOD = article("Bài đúng", "2020-11-09T09:00:00+07:00", category="Giao ban")
PATH = "articles/2020/a.md"
ATOM = "{http://www.w3.org/2005/Atom}"
# Attributes whose value a browser loads or navigates to.
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "poster", "xlink:href", "background")
SAFE_SCHEMES = ("", "http", "https", "mailto")
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")


def raw(*lines, body="Nội dung bài viết."):
    """An article file with these front matter lines, written exactly as given."""
    return "---\n" + "\n".join(lines) + "\n---\n" + body + "\n"


def scheme(url):
    """The scheme a browser reads in a URL: after entities, tabs and newlines are gone."""
    cleaned = re.sub(r"[\t\n\r]", "", url).strip("\x00 \x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f")
    found = SCHEME.match(cleaned)
    return found.group(1).lower() if found else ""


EDITOR_APP = "quan-tri"  # the editing app (plugins/features/editor_app), copied from its npm package


def script_in(site):
    """Where a built page would run script a file's author wrote: (page, what) pairs."""
    found = []
    for page in sorted(site.output.rglob("*.html")):
        if page.is_relative_to(site.output / EDITOR_APP):  # the app's own scripts, not a file author's
            continue
        soup = site.soup("/" + str(page.relative_to(site.output)))
        for element in soup.find_all(True):
            for name, value in element.attrs.items():
                value = " ".join(value) if isinstance(value, list) else value
                if name.lower().startswith("on"):
                    found.append((page, f"<{element.name} {name}>"))
                elif name.lower() in URL_ATTRIBUTES and scheme(value) not in SAFE_SCHEMES:
                    found.append((page, f"<{element.name} {name}={value!r}>"))
            if element.name == "script" and element.get("type") != "application/ld+json":
                if not element.get("src", "").startswith("/theme/"):
                    found.append((page, str(element)[:80]))
        found += [(page, url) for url in linked_data_urls(soup) if scheme(url) not in ("", "http", "https")]
        for meta in soup.select('meta[property="og:url"], meta[property="og:image"]'):
            if scheme(meta["content"]) not in ("", "http", "https"):
                found.append((page, meta["content"]))
    return found


def linked_data_urls(soup):
    """Every URL the JSON-LD of a page gives."""
    urls = []

    def walk(value, key=None):
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif isinstance(value, str) and key in ("url", "mainEntityOfPage", "image", "sameAs", "@id", "isBasedOn"):
            urls.append(value)

    for script in soup.select('script[type="application/ld+json"]'):
        walk(json.loads(script.string))
    return urls


def build_or_error(build_site, files, **settings):
    """(site, None) when the build ends, (None, BuildError) when it stops."""
    try:
        return build_site({"data/organizations.yml": VOCABULARY, **files}, **settings), None
    except BuildError as error:
        return None, error


def refused(build_site, files, line, path=PATH, **settings):
    """The case ends as `path:line: …`; a build that publishes instead is checked for script."""
    site, error = build_or_error(build_site, files, **settings)
    if error is None:
        if script_in(site):
            battery.script_run(f"{path}: {script_in(site)[:3]}")
        pytest.fail(f"{path} was published instead of being refused at line {line}")
    battery.clear_error(str(error), path, line)
    return error


def text(node):
    return node.get_text().replace("\xa0", " ").strip()


# The scheme of `source:`


@pytest.mark.parametrize("source", [
    "javascript:alert(5)",
    " JavaScript:alert(5)",
    "java\tscript:alert(5)",
    "vbscript:msgbox(5)",
    "data:text/html,<script>alert(5)</script>",
    "ftp://kimson.ninhbinh.gov.vn/tin.html",
    "kimson.ninhbinh.gov.vn/tin.html",
])
def test_a_source_that_is_not_an_http_address_is_refused(build_site, source):
    error = refused(build_site, {PATH: article("Bài A", "2020-11-09", source=source)}, line=4)
    assert "source:" in str(error) and "http" in str(error)


@pytest.mark.parametrize("image", ["javascript:alert(5)", "data:image/svg+xml,<svg onload=alert(5)>"])
def test_an_image_that_is_not_a_site_path_or_web_address_is_refused(build_site, image):
    error = refused(build_site, {PATH: article("Bài A", "2020-11-09", image=image)}, line=4)
    assert "image:" in str(error)


def test_an_http_source_is_the_only_kind_of_link_pages_give(build_site):
    source = "https://kimson.ninhbinh.gov.vn/tin-tuc/giao-ban?id=5&trang=2"
    site, error = build_or_error(build_site, {PATH: article("Bài A", "2020-11-09", source=source)})
    assert error is None, str(error)
    link = site.soup("/2020/11/bai-a/").select_one(".dv-article__source a")
    assert link["href"] == source and text(link) == source
    if script_in(site):
        battery.script_run(str(script_in(site)[:3]))
    battery.correct_output()


# What a summary and a body may carry


def test_raw_html_in_a_summary_is_shown_as_text_on_every_list(build_site):
    summary = '<script>alert(7)</script> <img src=x onerror="alert(7)"> Hội nghị **giao ban** {: onclick="alert(7)" }'
    site, error = build_or_error(build_site, {PATH: article(
        "Bài A", "2020-11-09", category="Giao ban", unit="Huyện Kim Sơn", organizations=["mttq"], summary=summary,
    )})
    assert error is None, str(error)
    if script_in(site):
        battery.script_run(str(script_in(site)[:3]))
    lists = ["/", "/2020/", "/2020/11/", "/chuyen-muc/giao-ban/", "/don-vi/huyen-kim-son/", "/to-chuc/mttq/"]
    for url in lists:
        teaser = site.soup(url).select_one(".dv-teaser__summary")
        shown = text(teaser)
        if "<script>alert(7)</script>" not in shown or "giao ban" not in shown:
            battery.data_lost(f"{url}: the summary reads {shown!r}")
        assert teaser.select_one("strong").get_text() == "giao ban"
    battery.correct_output()


@pytest.mark.parametrize("link", [
    "[bấm](javascript:alert(7))",
    "[bấm](jav&#x61;script:alert(7))",
    "[bấm](<JAVASCRIPT:alert(7)>)",
    "![ảnh](data:image/svg+xml,<svg onload=alert(7)>)",
    "[bấm](vbscript:msgbox(7))",
])
def test_a_summary_link_that_runs_script_is_refused(build_site, link):
    files = {PATH: raw("title: Bài A", "date: 2020-11-09", f"summary: 'Tóm tắt {link}'")}
    error = refused(build_site, files, line=4)
    assert "summary:" in str(error)


BODY_SCRIPT = {
    "markdown link": ("Đoạn đầu.\n\n[Xem thêm](javascript:alert(7))", 7),
    "entity in the scheme": ("Đoạn đầu.\n\nĐoạn hai [xem](&#106;avascript&colon;alert(7)).", 7),
    "reference": ("Đoạn đầu [xem][1].\n\n[1]: javascript:alert(7)", 7),
    "attribute list": ("Đoạn đầu.\n\n[xem](https://a.vn){: onclick=\"alert(7)\" }", 7),
    "raw anchor": ('Đoạn đầu.\n\n<p><a href="javascript:alert(7)">xem</a></p>', 7),
    "raw anchor on two lines": ('Đoạn đầu.\n\n<a title="x"\n   href=" java\nscript:alert(7)">xem</a>', 8),
    "event handler": ("Đoạn đầu.\n\n<img src=\"x.png\" onerror=\"alert(7)\">", 7),
    "script element": ("Đoạn đầu.\n\n<SCRIPT>alert(7)</SCRIPT>", 7),
    "iframe srcdoc": ("Đoạn đầu.\n\n<iframe srcdoc=\"&lt;script&gt;alert(7)&lt;/script&gt;\"></iframe>", 7),
}


@pytest.mark.parametrize("kind", sorted(BODY_SCRIPT))
def test_a_body_that_would_run_script_is_refused_at_its_line(build_site, kind):
    body, line = BODY_SCRIPT[kind]
    refused(build_site, {PATH: raw("title: Bài A", "date: 2020-11-09", body=body)}, line=line)


def test_a_link_split_over_two_lines_is_published_without_its_script(build_site):
    body = "Đoạn đầu [xem](\njavascript:alert(7)) tiếp."
    site, error = build_or_error(build_site, {PATH: raw("title: Bài A", "date: 2020-11-09", body=body)})
    if error is not None:
        battery.clear_error(str(error), PATH, 6)
        return
    if script_in(site):
        battery.script_run(str(script_in(site)[:3]))
    assert "tiếp" in text(site.soup("/2020/11/bai-a/").select_one(".dv-article__body"))
    battery.correct_output()


def test_trusted_body_html_and_safe_links_are_published_as_written(build_site):
    body = (
        "Xem [trang gốc](https://kimson.vn/tin), [bài trước]({filename}b.md), [thư](mailto:bdv@kimson.vn).\n\n"
        '<figure class="article-figure"><figcaption>Quang cảnh hội nghị</figcaption></figure>'
    )
    files = {PATH: raw("title: Bài A", "date: 2020-11-09", body=body), "articles/2020/b.md": GOOD}
    site, error = build_or_error(build_site, files)
    assert error is None, str(error)
    page = site.soup("/2020/11/bai-a/").select_one(".dv-article__body")
    assert [a["href"] for a in page.select("a")] == [
        "https://kimson.vn/tin", "/2020/11/bai-dung/", "mailto:bdv@kimson.vn"
    ]
    assert text(page.select_one("figure figcaption")) == "Quang cảnh hội nghị"
    battery.correct_output()


# Control characters


CONTROL = {
    "vertical tab in the body": (raw("title: Bài A", "date: 2020-11-09", body="Đoạn một.\n\nĐoạn\x0bhai."), 7, "U+000B"),
    "form feed in the body": (raw("title: Bài A", "date: 2020-11-09", body="Trang một\x0c"), 5, "U+000C"),
    "NUL in the body": (raw("title: Bài A", "date: 2020-11-09", body="a\x00b"), 5, "U+0000"),
    "U+FFFE in the body": (raw("title: Bài A", "date: 2020-11-09", body="Dòng một\n\ufffe"), 6, "U+FFFE"),
    "U+0001 in a title": (raw("title: Bài\x01 A", "date: 2020-11-09"), 2, "U+0001"),
    "escaped in a quoted title": (raw('title: "Bài\\vA"', "date: 2020-11-09"), 2, "U+000B"),
    # A lone surrogate cannot come in: libyaml refuses "\\ud800" and UTF-8 decoding refuses its bytes.
    "escaped U+FFFF": (raw("title: Bài A", "date: 2020-11-09", 'author: "Ng\\uffff"'), 4, "U+FFFF"),
    "escaped in a review item": (raw("title: Bài A", "date: 2020-11-09", 'review: ["a\\x07"]'), 4, "U+0007"),
}


@pytest.mark.parametrize("kind", sorted(CONTROL))
def test_a_control_character_stops_the_build_naming_line_and_character(build_site, kind):
    data, line, character = CONTROL[kind]
    error = refused(build_site, {PATH: data}, line=line)
    assert character in str(error)


@pytest.mark.parametrize("kind", sorted(CONTROL))
def test_check_reports_a_control_character_before_any_build(tmp_path, kind):
    data, line, character = CONTROL[kind]
    write_files(tmp_path / "content", {PATH: data, "articles/2020/b.md": GOOD})
    result = check_content(read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(tmp_path / "content")}))
    output = "\n".join(str(error) for error in result.errors)
    battery.clear_error(output, PATH, line)
    assert character in output and len(result.errors) == 1


def test_tab_and_newlines_are_kept(build_site):
    body = "Cột\tmột và hai\n\nĐoạn hai."
    site, error = build_or_error(build_site, {PATH: raw('title: "Bài\\tA của huyện"', "date: 2020-11-09", "slug: bai-a", body=body)})
    assert error is None, str(error)
    soup = site.soup("/2020/11/bai-a/")
    assert text(soup.select_one("main h1")) == "Bài\tA của huyện"
    # Markdown expands a tab in the body to spaces, as it always has.
    assert [" ".join(text(p).split()) for p in soup.select(".dv-article__body p")] == ["Cột một và hai", "Đoạn hai."]
    battery.correct_output()


# Names with nothing a URL can be made of; malformed YAML; templates; nesting


@pytest.mark.parametrize("field, value, line", [
    ("unit", "!!!", 4), ("unit", "🎉", 4), ("category", "!!!", 4), ("title", "!!!", 2),
])
def test_a_name_made_only_of_symbols_is_refused(build_site, field, value, line):
    lines = ["title: Bài A", "date: 2020-11-09", f"{field}: '{value}'"]
    if field == "title":
        lines = [f"title: '{value}'", "date: 2020-11-09"]
    error = refused(build_site, {PATH: raw(*lines), "articles/2020/b.md": GOOD}, line=line)
    assert f"{field}:" in str(error)


def test_a_complex_key_in_front_matter_is_refused_at_its_line(build_site):
    refused(build_site, {PATH: raw("title: Bài A", "date: 2020-11-09", "? [a, b]", ": x")}, line=4)


@pytest.mark.parametrize("template", ["../..", "../../../etc/passwd", "index", "base"])
def test_a_template_not_made_for_one_article_is_refused(build_site, template):
    error = refused(build_site, {PATH: raw("title: Bài A", "date: 2020-11-09", f"template: '{template}'")}, line=4)
    assert "template:" in str(error)


def test_the_templates_front_matter_may_name_exist_in_the_theme():
    from plugins.features.front_matter.schema import TEMPLATES

    assert TEMPLATES and all((ROOT / "theme" / "templates" / f"{name}.html").is_file() for name in TEMPLATES)


def test_a_list_nested_400_deep_is_refused_at_its_line(build_site):
    nested = "[" * 400 + "mttq" + "]" * 400
    refused(build_site, {PATH: raw("title: Bài A", "date: 2020-11-09", f"organizations: {nested}")}, line=4)


def test_a_list_nested_100000_deep_is_refused_without_crashing(tmp_path):
    """In another process: this nesting used to crash the interpreter itself."""
    path = tmp_path / "content" / PATH
    nested = "[" * 100_000 + "]" * 100_000
    write_files(tmp_path / "content", {PATH: raw("title: Bài A", "date: 2020-11-09", f"organizations: {nested}")})
    program = (
        "import sys; sys.path.insert(0, sys.argv[2])\n"
        "from plugins.features.front_matter import ContentError, read_document\n"
        "try:\n    read_document(sys.argv[1], {'PATH': '.', 'PAGE_PATHS': []})\n"
        "except ContentError as error:\n    print(error)\n"
    )
    run = subprocess.run([sys.executable, "-c", program, str(path), str(ROOT)],
                         capture_output=True, encoding="utf-8", cwd=tmp_path)
    assert run.returncode == 0, f"exit {run.returncode}: {run.stderr[-500:]}"
    battery.clear_error(run.stdout + run.stderr, PATH, 4)


def pelican_output(tmp_path, files):
    """Everything `pelican` prints building `files`, and its exit code."""
    content = tmp_path / "content"
    write_files(content, files)
    run = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelicanconf.py"), str(content),
         "-o", str(tmp_path / "out")],
        capture_output=True, encoding="utf-8", cwd=tmp_path, env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"},
    )
    return run.stdout + run.stderr, run.returncode


@pytest.mark.build
def test_a_vocabulary_not_in_utf8_is_a_message_not_a_traceback(tmp_path):
    encoded = VOCABULARY.encode("cp1258", errors="replace")
    first_bad_line = next(number for number, line in enumerate(encoded.split(b"\n"), 1) if max(line) > 0x7F)
    output, code = pelican_output(tmp_path, {PATH: GOOD, "data/organizations.yml": encoded})
    assert code == 1
    battery.clear_error(output, "data/organizations.yml", first_bad_line)
    assert "UTF-8" in output


@pytest.mark.build
@pytest.mark.parametrize("vocabulary, line", [
    (VOCABULARY.replace("organizations:\n", "organizations:\n  - ? [a, b]\n    : x\n", 1), None),
    ("groups: []\norganizations: []\n? [a, b]\n: x\n", 3),
    ("groups:\n  - id: ban\n    nam: Ban\norganizations: []\n", 3),
    ("groups: []\norganizations:\n  - \x01\n", 3),
    ("groups: " + "[" * 100_000 + "]" * 100_000 + "\norganizations: []\n", 1),
], ids=["complex key in an entry", "complex key at the top", "misspelt key", "control character", "deep nesting"])
def test_a_vocabulary_error_is_a_message_not_a_traceback(tmp_path, vocabulary, line):
    output, code = pelican_output(tmp_path, {PATH: GOOD, "data/organizations.yml": vocabulary})
    assert code == 1
    if line is None:
        line = vocabulary.splitlines().index("  - ? [a, b]") + 1
    battery.clear_error(output, "data/organizations.yml", line)


# Dates


def this_year():
    return date.today().year


@pytest.mark.parametrize("when", ["9999-12-31", "0001-01-01", "1944-12-31", "9999-12-31T23:00:00-12:00",
                                  f"{date.today().year + 2}-01-01"])
def test_a_date_outside_the_archive_is_refused(build_site, when):
    error = refused(build_site, {PATH: raw("title: Bài A", f"date: {when}"), "articles/2020/b.md": GOOD}, line=3)
    assert "date:" in str(error) and "1945" in str(error)


def test_modified_outside_the_archive_or_before_date_is_refused(build_site):
    refused(build_site, {PATH: raw("title: Bài A", "date: 2020-11-09", "modified: 9999-01-01")}, line=4)
    error = refused(build_site, {PATH: raw("title: Bài A", "date: 2020-11-09T09:00", "modified: 2020-11-08")}, line=4)
    assert "modified:" in str(error)


def test_the_first_and_last_days_of_the_archive_are_published(build_site):
    last = f"{this_year() + 1}-12-31"
    site, error = build_or_error(build_site, {
        PATH: raw("title: Bài A", "date: 1945-01-01"),
        "articles/2020/b.md": raw("title: Bài B", f"date: {last}T23:59:00+07:00", f"modified: {last}"),
    })
    assert error is None, str(error)
    assert site.soup("/1945/01/bai-a/").select_one("main time")["datetime"] == "1945-01-01"
    assert site.soup(f"/{this_year() + 1}/12/bai-b/").select_one("main time")["datetime"].startswith(last)
    battery.correct_output()


# Text kept as written


@pytest.mark.parametrize("title", ["12:30", "0123", "3.10", "0o17", "1e3", ".inf", "yes", "Off", "0x1F", "1_000"])
def test_a_title_yaml_1_1_would_read_as_a_number_is_published_as_written(build_site, title):
    site, error = build_or_error(build_site, {PATH: raw(f"title: {title}", "date: 2020-11-09", "slug: bai-a",
                                                      f"author: {title}", f"review: [{title}]")})
    assert error is None, str(error)
    shown = text(site.soup("/2020/11/bai-a/").select_one("main h1"))
    if shown != title:
        battery.data_lost(f"title {title!r} published as {shown!r}")
    assert text(site.soup("/2020/11/bai-a/").select_one(".dv-article__author")) == title
    battery.correct_output()


@pytest.mark.parametrize("value", ["~", "null", "NULL"])
def test_a_null_title_is_a_clear_error(build_site, value):
    error = refused(build_site, {PATH: raw(f"title: {value}", "date: 2020-11-09")}, line=2)
    assert "ngoặc kép" in str(error)


# Size


def feed_entries(site, path):
    tree = etree.parse(str(site.output / path))
    return {entry.findtext(f"{ATOM}title").replace("\xa0", " "): entry for entry in tree.iter(f"{ATOM}entry")}


def test_feeds_carry_the_summary_of_an_article_over_the_size_cap(build_site):
    long_body = "\n\n".join(f"Đoạn {number}: công tác dân vận ở cơ sở." for number in range(400))
    site, error = build_or_error(build_site, {
        PATH: raw("title: Bài dài", "date: 2020-11-09", "category: Giao ban", "organizations: [mttq]",
                  body=long_body),
        "articles/2020/b.md": raw("title: Bài ngắn", "date: 2020-11-10", "category: Giao ban",
                                  "organizations: [mttq]", body="Đoạn ngắn."),
    }, FRONT_MATTER_FEED_MAX_CHARS=5000)
    assert error is None, str(error)
    feeds = sorted(str(path.relative_to(site.output)) for path in site.output.glob("feeds/**/*.xml"))
    assert len(feeds) == 3
    for feed in feeds:
        entries = feed_entries(site, feed)
        long_entry, short_entry = entries["Bài dài"], entries["Bài ngắn"]
        assert len(etree.tostring(long_entry, encoding="unicode")) < 5000, feed
        assert long_entry.findtext(f"{ATOM}summary").startswith("<p>Đoạn 0:")
        assert short_entry.findtext(f"{ATOM}content") == "<p>Đoạn&nbsp;ngắn.</p>"
    battery.correct_output()


def test_a_file_over_the_size_limit_is_refused_on_line_1(build_site):
    body = "Đoạn văn dài. " * 2000
    refused(build_site, {PATH: raw("title: Bài A", "date: 2020-11-09", body=body)}, line=1,
            FRONT_MATTER_MAX_BYTES=10_000)


def test_the_default_size_limit_refuses_a_20_mb_article(tmp_path):
    path = tmp_path / PATH
    write_files(tmp_path, {PATH: raw("title: Bài A", "date: 2020-11-09", body="x" * 20_000_000)})
    with pytest.raises(ContentError) as caught:
        read_document(str(path), {"PATH": str(tmp_path), "PAGE_PATHS": ["pages"]})
    battery.clear_error(str(caught.value), PATH, 1)
    assert "MB" in caught.value.message


def test_markdown_html_loses_what_the_source_scan_would_miss():
    """The second guard alone: the HTML Markdown makes has no attribute that runs script."""
    from plugins.features.front_matter.render import Renderer

    renderer = Renderer(read_settings(str(ROOT / "pelicanconf.py")))
    body = renderer.markdown('[a](javascript:alert(7)){: onclick="alert(7)" srcdoc="x" class="dv" }')
    summary = renderer.summary_markdown('[a](data:text/html,x){: style="position:fixed" } <b>b</b>')
    links = etree.fromstring(f"<div>{body}{summary}</div>").findall(".//a")
    assert [dict(link.attrib) for link in links] == [{"class": "dv"}, {}]
    assert "&lt;b&gt;b&lt;/b&gt;" in summary
    battery.correct_output()
