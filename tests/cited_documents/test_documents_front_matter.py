"""`documents:` adds the documents an article carries out without naming them, `exclude_documents:`
drops a wrong detection; both are read as references and checked at their line."""

import pytest
from document_fixtures import ARCHIVE, GIAM_SAT, NQ25, Q217
from sitebuild import ROOT, article, build, write_files

from plugins.features.front_matter import BuildError
from plugins.features.front_matter.check import check_content

GIAM_SAT_URL = "/2014/03/mat-tran-xa-giam-sat-can-bo-theo-quy-che/"
BODY = "Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Mặt trận xã tổ chức giám sát cán bộ."


def with_article(**fields):
    return {**ARCHIVE, "articles/2014/giam-sat.md": article(GIAM_SAT, "2014-03-10T08:00:00+07:00", BODY, **fields)}


def cited(site, url):
    return [link["href"] for link in site.soup(url).select("nav.dv-article__documents a")]


@pytest.mark.build
def test_documents_adds_a_document_the_text_does_not_name(tmp_path):
    site = build(tmp_path, with_article(documents=["Nghị quyết 25-NQ/TW", "Quyết định 217"]))
    # Detected first, then the added ones; "Quyết định 217" is 217-QĐ/TW through the data file.
    assert cited(site, GIAM_SAT_URL) == [f"/van-ban/{Q217}/", f"/van-ban/{NQ25}/"]
    listed = site.soup(f"/van-ban/{NQ25}/").select("main .dv-article-list > li")
    assert [" ".join(item.h3.get_text().split()) for item in listed][-1] == GIAM_SAT
    assert listed[-1].blockquote is None  # nothing in the text to quote


@pytest.mark.build
def test_exclude_documents_drops_a_detected_one_everywhere(tmp_path):
    site = build(tmp_path, with_article(exclude_documents=["Quyết định số 217-QĐ/TW"]))
    assert cited(site, GIAM_SAT_URL) == []
    assert site.soup(f"/van-ban/{Q217}/").select_one("dd[data-fact=count]").get_text() == "2 bài"
    assert site.soup("/van-ban/").select_one(f"[data-document={Q217}] [data-years]")["data-years"] == "2016 2020"


@pytest.mark.build
def test_a_document_both_added_and_excluded_stays(tmp_path):
    site = build(tmp_path, with_article(documents=["Quyết định 217-QĐ/TW"], exclude_documents=["Quyết định 217-QĐ/TW"]))
    assert cited(site, GIAM_SAT_URL) == [f"/van-ban/{Q217}/"]


@pytest.mark.build
@pytest.mark.parametrize("field, message", [
    ("documents: [Quyết định 217-QĐ/TW, công tác dân vận]",
     "sai.md:4: documents: 'công tác dân vận' không đọc được là số hiệu hay tên một văn bản (ví dụ 'Quyết định số 217-QĐ/TW')"),
    ("exclude_documents:\n  - Nghị quyết số 25-NQ/TW",
     "sai.md:4: exclude_documents: bài không nhắc tới 'Nghị quyết số 25-NQ/TW', không cần bỏ"),
], ids=["not a reference", "excluded but not cited"])
def test_a_wrong_entry_stops_the_build_at_its_line(tmp_path, field, message):
    files = {**ARCHIVE, "articles/2021/sai.md": f"---\ntitle: Bài thử\ndate: 2021-01-01\n{field}\n---\nNội dung.\n"}
    with pytest.raises(BuildError) as caught:
        build(tmp_path, files)
    (problem,) = caught.value.problems
    assert str(problem).endswith(message)


def test_check_reads_the_references_written_in_front_matter(tmp_path):
    from pelican.settings import read_settings  # noqa: PLC0415

    write_files(tmp_path, {
        "articles/2020/a.md": article("Bài đúng", "2020-11-09", documents=["Quyết định số 217-QĐ/TW"]),
        "articles/2020/b.md": article("Bài sai", "2020-11-10", exclude_documents=["Quyết định"]),
    })
    result = check_content(read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(tmp_path)}))
    assert [(error.path.rpartition("/")[2], error.line) for error in result.errors] == [("b.md", 4)]
    assert result.errors[0].message.startswith("exclude_documents: 'Quyết định' không đọc được")
