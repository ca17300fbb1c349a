"""A warm rebuild after an edit that changes what documents show gives exactly a cold build's output."""

import shutil

import pytest
from document_fixtures import ARCHIVE
from sitebuild import build, differences

pytestmark = pytest.mark.build

LUAT = "articles/2020/luat.md"
EDITS = {
    # The sentence a document page quotes.
    "cited sentence": lambda content: content.__setitem__(LUAT, content[LUAT].replace("về giám sát.", "về giám sát và phản biện.")),
    "excluded": lambda content: content.__setitem__(LUAT, content[LUAT].replace("title:", "exclude_documents: [Quyết định 217]\ntitle:")),
    "data file title": lambda content: content.__setitem__(
        "data/documents.yml", content["data/documents.yml"].replace("Ban hành Quy chế", "Quy chế")
    ),
    "added": lambda content: content.__setitem__(
        "articles/2021/moi.md", "---\ntitle: Tin mới\ndate: 2021-04-01\n---\nQuán triệt Nghị quyết số 25-NQ/TW.\n"
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edit_gives_the_cold_build_output(tmp_path, name):
    content = dict(ARCHIVE)
    warm = tmp_path / "warm"
    build(warm, content, DEFAULT_PAGINATION=2, DOCUMENTS_PER_PAGE=2)
    EDITS[name](content)
    shutil.rmtree(warm / "content")
    build(warm, content, DEFAULT_PAGINATION=2, DOCUMENTS_PER_PAGE=2)
    assert differences(build(tmp_path / "cold", content, DEFAULT_PAGINATION=2, DOCUMENTS_PER_PAGE=2).output, warm / "output") == []


def test_citations_are_found_once_per_text_and_kept_in_the_content_cache(tmp_path, monkeypatch):
    from plugins.features.cited_documents import detect  # noqa: PLC0415

    read = []
    original = detect.article_citations
    monkeypatch.setattr(detect, "article_citations", lambda title, body: read.append(title) or original(title, body))
    content = dict(ARCHIVE)
    build(tmp_path, content)
    assert len(read) == len([path for path in content if path.startswith("articles/")])
    read.clear()
    site = build(tmp_path, content)
    assert read == []
    assert site.soup("/van-ban/quyet-dinh-217-qd-tw/").select_one("dd[data-fact=count]").get_text() == "3 bài"
    EDITS["cited sentence"](content)
    build(tmp_path, content)
    assert [title.replace("&nbsp;", " ") for title in read] == ["Tuyên truyền pháp luật ở khu dân cư"]  # HTML, typogrified
