"""Hostile text in every text field reaches readers as text: no markup, no script, no template.

One site holds every payload in every field, built once; each (field, payload) pair is a
case, checked on every page, feed and the sitemap of the built site, parsed. A file the
build refuses must be refused with `path:line`; the others are built again without it.
"""

import json
import re

import battery
import pytest
from lxml import etree
from sitebuild import article

pytestmark = pytest.mark.build  # every test here builds a whole site

# Strings a hostile editor, an imported page or a pasted text can carry; {m} marks each case.
PAYLOADS = {
    "script": "<script>alert('{m}')</script>",
    "attribute": '"><img src=x onerror=alert("{m}")>',
    "single-quote": "' onmouseover='alert(\"{m}\")' x='",
    "scheme": "javascript:alert('{m}')",
    "title-break": "</title><script>alert('{m}')</script>",
    "json-break": "</script><script>alert('{m}')</script>",
    "cdata": "]]></content><script>alert('{m}')</script>",
    "template": "{{{{ 7*7 }}}} {{% if true %}}{m}{{% endif %}}",
    "entity": "&lt;b&gt; &amp; &#x3C;i&#x3E; {m}",
    "markdown-link": "[bấm vào](javascript:alert('{m}'))",
    "svg": "<svg onload=alert('{m}')>",
}
FIELDS = ("title", "category", "unit", "author", "author_title", "summary")


def marker(field, name):
    return f"m{field.replace('_', '')}{name.replace('-', '')}"


def _articles():
    files = {}
    for number, name in enumerate(sorted(PAYLOADS)):
        for field in FIELDS:
            payload = PAYLOADS[name].format(m=marker(field, name))
            fields = {"category": "Tin hoạt động", field: f"Bài {name} {payload}"}
            title = fields.pop("title", f"Bài {number} {field}")
            files[f"articles/2021/{name}-{field}.md"] = article(
                title, f"2021-03-{number + 1:02d}T08:00:00+07:00", "Nội dung bình thường.", **fields
            )
    return files


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(site, {file: error}): files the build refuses are set aside and the rest built again."""
    from plugins.features.front_matter import BuildError  # noqa: PLC0415
    from sitebuild import build  # noqa: PLC0415

    root = tmp_path_factory.mktemp("escaping")
    files, refused = _articles(), {}
    for _ in range(3):
        try:
            return build(root, files), refused
        except BuildError as error:
            for problem in error.problems:
                relative = next(name for name in files if problem.path.endswith(name))
                refused[relative] = str(problem)
                files.pop(relative)
                (root / "content" / relative).unlink()
    raise AssertionError(f"the build still fails without {sorted(refused)}")


def _live_values(soup):
    """Elements a browser would run script from: each with all its attributes, or its text."""
    for node in soup.find_all(True):
        live = any(
            name.startswith("on")
            or name in ("href", "src", "action", "formaction", "data", "xlink:href")
            and re.sub(r"[\s\x00-\x1f]", "", str(value)).lower().startswith(("javascript:", "vbscript:", "data:text/html"))
            for name, value in node.attrs.items()
        )
        if live:
            yield f"<{node.name} {node.attrs}>"
        if node.name == "script":
            if node.get("type") == "application/ld+json":
                json.loads(node.get_text())  # stays valid JSON, so its strings stay strings
            else:
                yield f"<script>{node.get_text()}"


@pytest.fixture(scope="module")
def findings(built):
    """What would run, per page, and every XML file that does not parse."""
    site, _ = built
    from bs4 import BeautifulSoup  # noqa: PLC0415

    live = []
    for path in site.output.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        live += [(path, value) for value in _live_values(soup)]
    broken_xml = []
    for path in site.output.rglob("*.xml"):
        try:
            etree.parse(str(path))
        except etree.XMLSyntaxError as error:
            broken_xml.append(f"{path}: {error}")
    texts = "\\n".join(path.read_text(encoding="utf-8") for path in site.output.rglob("*.html"))
    return live, broken_xml, texts


@pytest.mark.parametrize("name", sorted(PAYLOADS))
@pytest.mark.parametrize("field", FIELDS)
def test_hostile_text_stays_text(built, findings, field, name):
    refused = built[1].get(f"articles/2021/{name}-{field}.md")
    if refused:
        battery.clear_error(refused, f"articles/2021/{name}-{field}.md")
        return
    live, broken_xml, texts = findings
    mark = marker(field, name)
    running = [f"{path}: {value[:120]}" for path, value in live if mark in value]
    if running:
        battery.script_run(f"{field}: {PAYLOADS[name]!r} runs on {len(running)} pages, e.g. {running[:3]}")
    assert not [error for error in broken_xml if mark in error], broken_xml
    assert mark in texts, f"{field}: the text of {PAYLOADS[name]!r} was lost"
    assert "49 " + mark not in texts, f"{field}: a template expression ran"
    battery.correct_output()
