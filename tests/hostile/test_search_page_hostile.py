"""The search page in Chromium: hostile queries and hostile indexed text run nothing.

Each payload, if it ever ran, would push its marker onto window.__ran; every case
checks that list after the page has announced its results.
"""

from urllib.parse import urlencode

import battery
import pytest
from sitebuild import article, build
from plugins.libs.static_site_server import serve

pytestmark = pytest.mark.build  # every test here builds a whole site

RUN = "(window.__ran=(window.__ran||[])).push('{m}')"
PAYLOADS = {
    "img": '<img src=x onerror="' + RUN + '">',
    "svg": '<svg onload="' + RUN + '">',
    "script": "<script>" + RUN + "</script>",
    "attribute": '" autofocus onfocus="' + RUN + '" x="',
    "link": "javascript:" + RUN,
    "template": "${" + RUN + "}",
}
TYPED = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\xa0": " "})
DONE = """document.querySelector('[data-search-results]:not([aria-busy])')
  && /^(Tìm thấy|Không tìm thấy|Không có bài nào)/.test(document.querySelector('[data-search-status]').textContent)"""


def _marked(name, mark):
    return PAYLOADS[name].replace("{m}", mark)


def _plain(text):
    """Text with typogrify's curly quotes and non-breaking spaces read as typed."""
    return " ".join(text.translate(TYPED).split())


def _escaped(text):
    """Markdown that shows `text` as text: the body itself may carry trusted HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    files = {
        f"articles/2022/{name}.md": article(
            f"Giao ban dân vận {_marked(name, 'title-' + name)}",
            "2022-05-10T08:00:00+07:00",
            f"Giao ban dân vận quý II. {_escaped(_marked(name, 'body-' + name))}",
            category="Giao ban",
            unit=f"Xã {name}",
            slug=f"giao-ban-{name}",
        )
        for name in PAYLOADS
    }
    return build(tmp_path_factory.mktemp("search-hostile"), files)


@pytest.fixture(scope="module")
def base(site):
    with serve(site.output) as url:
        yield url


def _ran(page):
    page.wait_for_function(DONE, timeout=15_000)
    page.wait_for_timeout(100)  # let any injected handler fire
    return page.evaluate("window.__ran || []")


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_a_hostile_query_runs_nothing(base, page, name):
    query = _marked(name, "query-" + name)
    page.goto(base + "tim-kiem/?" + urlencode({"q": query}))
    ran = _ran(page)
    if ran:
        battery.script_run(f"query {query!r} ran {ran}")
    assert page.get_by_label("Từ khóa").input_value() == query, "the query is shown as typed"
    battery.correct_output()


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_hostile_indexed_text_in_results_runs_nothing(base, page, name):
    page.goto(base + "tim-kiem/?" + urlencode({"q": "giao ban dân vận"}))
    ran = _ran(page)
    if ran:
        battery.script_run(f"results ran {ran}")
    titles = page.eval_on_selector_all("[data-search-results] h2", "nodes => nodes.map(n => n.textContent)")
    expected = "Giao ban dân vận " + _marked(name, "title-" + name)
    assert _plain(expected) in [_plain(title) for title in titles], f"{expected!r} shown as text among {titles}"
    battery.correct_output()
