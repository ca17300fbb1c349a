"""The index in parts (plugins/features/search/parts.py): the browser merges them into the same results,
and a rebuild reindexes only the parts whose articles changed."""

from datetime import datetime
from types import SimpleNamespace

import pytest
from searchsite import DAI_HOI, DANG_HOP, HOA_THANH, SO_HOA, THUY_LOI, archive, search, search_again, settings, urls
from sitebuild import article, build
from plugins.libs.static_site_server import serve

from plugins.features.search import parts

# Part size 2 cuts the archive's five articles, oldest first, into three parts.
PARTS = [[DAI_HOI, THUY_LOI], [HOA_THANH, DANG_HOP], [SO_HOA]]


@pytest.fixture(scope="module")
def parted_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("parted-site")
    return build(root, archive(), **settings(SEARCH_PART_SIZE=2))


def fake(date, path):
    return SimpleNamespace(date=datetime.fromisoformat(date), source_path=path)


def test_split_cuts_consecutive_runs_in_date_order_with_the_path_breaking_ties():
    articles = [fake("2021-01-01", "c"), fake("2019-01-01", "z"), fake("2021-01-01", "a"), fake("2020-05-05", "b")]
    split = parts.split(articles, 3)
    assert [[item.source_path for item in part] for part in split] == [["z", "b", "a"], ["c"]]
    assert parts.split([], 3) == [[]]  # a site without articles still gets an (empty) index


@pytest.mark.build
def test_each_part_holds_its_run_of_articles(parted_site):
    form = parted_site.soup("tim-kiem/").select_one("form[data-pagefind]")
    assert form["data-pagefind-parts"] == str(len(PARTS))
    for number, expected in enumerate(PARTS):
        bundle = parted_site.output / "pagefind" / str(number)
        assert len(list(bundle.glob("fragment/*.pf_fragment"))) == len(expected)


def test_merged_parts_find_what_one_index_finds_and_sort_newest_first_across_parts(search_site, parted_site, page):
    queries = [
        ("hoa thanh", {}), ("dang uy", {}), ("dai hoi", {}), ("thuy", {}), ("thành", {"don-vi": "huyen-kim-son"}),
        ("", {"chuyen-muc": "tin-hoat-dong"}), ("", {"nam": "2020"}),
    ]
    with serve(search_site.output) as one, serve(parted_site.output) as merged:
        for query, filters in queries:
            found = urls(search(page, one, query, **filters)[1])
            assert found and set(urls(search(page, merged, query, **filters)[1])) == set(found), (query, filters)
        for query, filters in [("thành", {}), ("", {"chuyen-muc": "tin-hoat-dong"})]:
            newest = urls(search(page, merged, query, **{"sap-xep": "moi-nhat", **filters})[1])
            assert newest == urls(search(page, one, query, **{"sap-xep": "moi-nhat", **filters})[1]), query
        assert urls(search(page, merged, "thành", **{"sap-xep": "moi-nhat"})[1]) == [SO_HOA, DANG_HOP, HOA_THANH, DAI_HOI]


def test_words_searched_before_on_the_same_page_still_pick_the_right_parts(search_site, parted_site, page):
    # "thuy" is in one part only: a second query with it must leave the other parts out again.
    queries = ["thuy", "thuy loi", "hoa thanh", "thuy", "thanh", "hoa thanh"]
    with serve(search_site.output) as one:
        expected = [set(urls(search(page, one, query)[1])) for query in queries]
    with serve(parted_site.output) as merged:
        search(page, merged, queries[0])
        found = [set(urls(search_again(page, query)[1])) for query in queries]
    assert found == expected and expected[3] == {THUY_LOI}


@pytest.mark.build
def test_a_rebuild_reindexes_only_the_part_whose_article_changed(tmp_path):
    files = archive()
    site = build(tmp_path, files, **settings(SEARCH_PART_SIZE=2))

    def indexes():
        """Inode of each part's entry file: the same file when the part was not indexed again."""
        return [(site.output / "pagefind" / str(number) / "pagefind-entry.json").stat().st_ino for number in range(len(PARTS))]

    first = indexes()
    build(tmp_path, {}, **settings(SEARCH_PART_SIZE=2))
    assert indexes() == first  # nothing changed: no part indexed again
    files = {"articles/2021/dang-hop.md": article("Các xã đang họp bàn kế hoạch", "2021-06-01T14:00:00+07:00", "Nội dung mới.")}
    build(tmp_path, files, **settings(SEARCH_PART_SIZE=2))
    second = indexes()
    assert second[0] == first[0] and second[2] == first[2] and second[1] != first[1]
    assert len(list((tmp_path / "cache" / "search-parts").iterdir())) == len(PARTS)  # the replaced part is not kept


@pytest.mark.build
def test_a_part_size_that_is_not_a_positive_number_stops_the_build_with_a_clear_message(tmp_path):
    with pytest.raises(SystemExit) as stop:
        build(tmp_path, {"articles/a.md": article("Tin", "2020-01-01")}, **settings(SEARCH_PART_SIZE=0))
    assert str(stop.value.code).splitlines()[1:] == ["pelicanconf.py: SEARCH_PART_SIZE: phải là một số nguyên dương, không phải 0"]
