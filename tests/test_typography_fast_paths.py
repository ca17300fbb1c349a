"""typogrify with our fast quotes and widont gives exactly what typogrify alone gives."""

import doctest
import re
from pathlib import Path

import pytest
import smartypants
from markdown import Markdown

from typogrify import filters

from plugins.features.front_matter import quotes, widont
from plugins.features.front_matter.render import typogrifier

ROOT = Path(__file__).resolve().parent.parent
TRICKY = [
    '<p>"\'Quoted\' words in a larger quote."</p>',
    "<p>Back in the '80s, 'tis the season; it's Hội's \"năm\" -- ok...</p>",
    '<p>He said "hello".</p><p>"Đảng ủy" nói, "\'x\'"</p>',
    "<p>&quot;Dân vận khéo&quot; và 'nhiệm vụ'</p>",
    '<p><a href="/x/">Không có dấu nháy</a> trong chữ, chỉ trong thẻ: <img alt="ảnh" src="a.png"></p>',
    "<ul><li>\"</li><li>'</li><li>a\"</li><li>'b</li></ul>",
    "<pre>\"giữ nguyên\" 'trong pre'</pre><p>-- và ... ngoài pre</p>",
    "<p>Không có dấu nháy nào, chỉ có dấu gạch -- và ba chấm...</p>",
]


def real_texts():
    """The archive's articles and the legacy pages' text, as Markdown renders them."""
    markdown = Markdown(extensions=["markdown.extensions.extra"])
    sources = [path.read_text(encoding="utf-8").split("---", 2)[2] for path in sorted((ROOT / "content" / "articles").rglob("*.md"))]
    sources += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "importer" / "fixtures").glob("*.txt"))]
    return [markdown.reset().convert(source) for source in sources]


@pytest.fixture
def typogrify():
    return typogrifier({"FRONT_MATTER_TYPOGRIFY": True, "TYPOGRIFY_IGNORE_TAGS": [], "TYPOGRIFY_OMIT_FILTERS": ["caps"]})


# Where widont must and must not join: the end of the text, a trailing newline, inline tags
# closing after the last word, blocks it leaves alone, one-word blocks, long words.
WIDONT_TRICKY = [
    "Một câu ngắn", "Một câu ngắn\n", "Một câu ngắn \n", " Một", "Một",
    "<p>Hai đoạn văn</p>\n<p>đoạn hai</p>", "<h2>Tiêu đề <em>có chữ</em> <strong>nghiêng </strong></h2>",
    '<li><a href="/x/">liên kết</a> rồi chữ</li><li>một</li>', "<div>div không nối</div><pre>pre không nối</pre>",
    "<p>từ " + "dài" * 200 + "</p>", "<dt>thuật ngữ một</dt><dd>định nghĩa hai\t\n </dd>",
    "<p>chữ <span>trong</span>\n\n</p>", "<td>ô bảng hai</td>", "<p>a  <b>b</b>  </i></p>",
]


def test_the_fast_paths_are_installed(typogrify):
    assert smartypants.convert_quotes is quotes.convert_quotes
    assert filters.widont is widont.widont


def test_widont_passes_typogrifys_own_examples():
    runner = doctest.DocTestRunner()
    for test in doctest.DocTestFinder().find(widont.ORIGINAL, "widont", globs={"widont": widont.widont}):
        runner.run(test)
    assert runner.summarize(verbose=False) == doctest.TestResults(failed=0, attempted=12)


@pytest.mark.parametrize("text", WIDONT_TRICKY + TRICKY + real_texts())
def test_widont_gives_what_typogrifys_gives(text):
    assert widont.widont(text) == widont.ORIGINAL(text)


@pytest.mark.parametrize("text", TRICKY + real_texts())
def test_same_output_as_typogrify_alone(text, typogrify, monkeypatch):
    fast = typogrify(text)
    monkeypatch.setattr(smartypants, "convert_quotes", quotes.ORIGINAL)
    monkeypatch.setattr(filters, "widont", widont.ORIGINAL)
    assert fast == typogrify(text)


def test_real_texts_hold_quotes_outside_tags():
    """Else the comparison above would only ever take the fast path."""
    words = [re.sub(r"<[^>]+>", "", text) for text in real_texts()]
    assert sum("'" in text or '"' in text for text in words) >= 2
