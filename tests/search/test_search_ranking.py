"""The search page's order and its answers when no article has every word, in Chromium on a built site."""

from urllib.parse import urlencode

import pytest
from searchsite import VOCABULARY, read_results, search, search_again, settings, urls
from sitebuild import article, build
from plugins.libs.static_site_server import serve

pytestmark = pytest.mark.build

FILLER = "Cán bộ cơ sở nắm tình hình nhân dân, báo cáo kết quả với cấp trên theo định kỳ hằng tháng."
HEADLINE = "2021/05/tong-ket-cong-tac-khuyen-hoc/"
IN_BODY = "2023/02/xa-kim-dong-hop-dau-nam/"
PHRASE = "2020/04/lam-duong-o-kim-hai/"
SCATTERED = "2022/08/giao-viec-o-kim-tan/"
TIE_OLD = "2019/09/tiem-chung-cho-tre/"
TIE_NEW = "2024/09/tiem-chung-cho-tre-em/"
BY_ORGANIZATION = "2018/03/ra-quan-dau-xuan/"
ORGANIZATION_IN_BODY = "2024/01/thon-dong-nhat-don-tet/"
POWER_LINE = "2017/06/keo-duong-dien-ve-xom/"
ROAD_AND_POWER = "2025/02/xom-moi-mo-rong/"


def files():
    return {
        # "khuyến học": in the headline of the older one, twice in the body of the newer one.
        "articles/headline.md": article(
            "Tổng kết công tác khuyến học", "2021-05-10", f"Năm qua các xã trao nhiều suất quà. {FILLER}",
            slug="tong-ket-cong-tac-khuyen-hoc"),
        "articles/in-body.md": article(
            "Xã Kim Đông họp đầu năm", "2023-02-10",
            f"Xã bàn việc khuyến học, khuyến tài; quỹ khuyến học tăng. {FILLER}", slug="xa-kim-dong-hop-dau-nam"),
        # "đường giao thông": a phrase in the older one, scattered in the newer one, two of them in its headline.
        "articles/phrase.md": article(
            "Làm đường ở Kim Hải", "2020-04-10", f"Nhân dân góp công làm đường giao thông nông thôn. {FILLER}",
            slug="lam-duong-o-kim-hai"),
        "articles/scattered.md": article(
            "Thông tin giao việc ở Kim Tân", "2022-08-10", f"Giao cán bộ thông báo, con đường được mở rộng. {FILLER}",
            slug="giao-viec-o-kim-tan"),
        # The same text five years apart: tied, the newer first.
        "articles/tie-old.md": article(
            "Tiêm chủng cho trẻ", "2019-09-10", f"Trạm y tế tổ chức tiêm chủng mở rộng. {FILLER}", slug="tiem-chung-cho-tre"),
        "articles/tie-new.md": article(
            "Tiêm chủng cho trẻ", "2024-09-10", f"Trạm y tế tổ chức tiêm chủng mở rộng. {FILLER}", slug="tiem-chung-cho-tre-em"),
        # "cựu chiến binh": the older one is tagged with the Hội Cựu chiến binh, the newer one says it once.
        "articles/organization.md": article(
            "Ra quân đầu xuân", "2018-03-10", f"Hội viên ra quân dọn vệ sinh. {FILLER}",
            slug="ra-quan-dau-xuan", organizations=["hoi-ccb"]),
        "articles/organization-in-body.md": article(
            "Thôn Đông Nhất đón Tết", "2024-01-10", f"Thôn thăm hỏi cựu chiến binh neo đơn. {FILLER}",
            slug="thon-dong-nhat-don-tet"),
        # "đường điện": a phrase in the older one; in the newer one the two words are apart, side by
        # side only in the spellings listed after the body ("duong dien duong dien").
        "articles/power-line.md": article(
            "Thôn Kim Lũy làm công trình", "2017-06-10", f"Thôn kéo đường điện về các xóm. {FILLER}", slug="keo-duong-dien-ve-xom"),
        "articles/road-and-power.md": article(
            "Xóm mới mở rộng", "2025-02-10", "Con đường mới mở. Bà con xin lắp điện. Con đường rộng, có điện.",
            slug="xom-moi-mo-rong"),
        "data/organizations.yml": VOCABULARY.read_text(encoding="utf-8"),
    }


@pytest.fixture(scope="module")
def ranking_site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("ranking-site"), files(), **settings())


def test_headline_and_organization_outrank_the_body_whole_phrase_outranks_scattered_words(ranking_site, page):
    with serve(ranking_site.output) as base:
        status, results = search(page, base, "khuyến học")
        assert urls(results) == [HEADLINE, IN_BODY] and status.startswith("Tìm thấy 2 bài viết")
        assert urls(search_again(page, "khuyen hoc")[1]) == [HEADLINE, IN_BODY]
        assert urls(search_again(page, "cựu chiến binh")[1]) == [BY_ORGANIZATION, ORGANIZATION_IN_BODY]
        assert urls(search_again(page, "đường giao thông")[1]) == [PHRASE, SCATTERED]
        assert urls(search_again(page, "duong giao thong")[1]) == [PHRASE, SCATTERED]


def test_ties_show_the_newer_article_first(ranking_site, page):
    with serve(ranking_site.output) as base:
        assert urls(search(page, base, "tiêm chủng")[1]) == [TIE_NEW, TIE_OLD]
        assert urls(search_again(page, "trạm y tế")[1]) == [TIE_NEW, TIE_OLD]


def test_an_unknown_word_leaves_the_articles_with_the_other_words_and_names_it(ranking_site, page):
    with serve(ranking_site.output) as base:
        status, results = search(page, base, "khuyến học xyzqv")
        assert status.startswith("Không có bài nào chứa đủ các từ “khuyến học xyzqv”; dưới đây là các bài chứa nhiều từ nhất")
        assert "“xyzqv” không có trong bài nào" in status
        assert urls(results) == [HEADLINE, IN_BODY]
        assert page.locator("[data-search-advice]").is_hidden()
        # Every word is known, never together: the articles with two of the six, none with one only.
        status, results = search_again(page, "tiêm chủng giao thông khuyến học")
        assert status.startswith("Không có bài nào chứa đủ các từ") and "không có trong bài nào" not in status
        assert set(urls(results)) == {TIE_NEW, TIE_OLD, PHRASE, SCATTERED, HEADLINE, IN_BODY}
        # Three words of which two in one article: only that one.
        assert urls(search_again(page, "tiêm chủng khuyến")[1]) == [TIE_NEW, TIE_OLD]


def test_nothing_found_says_what_to_try_with_the_filters_named(ranking_site, page):
    with serve(ranking_site.output) as base:
        status, results = search(page, base, "qwzxv")
        assert status == "Không tìm thấy bài viết nào cho “qwzxv”. Từ “qwzxv” không có trong bài nào." and results == []
        advice = page.locator("[data-search-advice]")
        assert advice.is_visible()
        text = advice.inner_text()
        assert "gõ không dấu" in text and "bớt từ" in text
        assert advice.get_by_role("link", name="danh mục tổ chức").get_attribute("href").endswith("/to-chuc/")
        assert advice.get_by_role("button", name="Tìm lại không lọc").is_hidden()
        # A filter that leaves nothing: named, and one click searches again without it.
        status, results = search(page, base, "tiêm chủng", nam="2021")
        assert status.startswith("Không tìm thấy") and results == []
        assert "Năm: 2021" in advice.inner_text()
        advice.get_by_role("button", name="Tìm lại không lọc").click()
        page.wait_for_url("**/tim-kiem/?q=ti%C3%AAm+ch%E1%BB%A7ng")
        assert urls(read_results(page)[1]) == [TIE_NEW, TIE_OLD]
        assert advice.is_hidden()


def test_a_word_begun_or_mistyped_at_its_end_still_finds_as_pagefind_does(ranking_site, page):
    with serve(ranking_site.output) as base:
        status, results = search(page, base, "khuy")  # "khuyến" begun
        assert urls(results) == [HEADLINE, IN_BODY] and status.startswith("Tìm thấy 2 bài viết")
        status, results = search_again(page, "tiêm chủngx")  # Pagefind tries "chủng"
        assert urls(results) == [TIE_NEW, TIE_OLD] and status.startswith("Tìm thấy 2 bài viết")


def test_a_phrase_is_found_in_the_text_not_in_the_spellings_listed_after_it(ranking_site, page):
    with serve(ranking_site.output) as base:
        assert urls(search(page, base, "đường điện")[1]) == [POWER_LINE, ROAD_AND_POWER]


def test_every_word_unknown_names_them_all(ranking_site, page):
    with serve(ranking_site.output) as base:
        status, results = search(page, base, "xyzqv qwzxv")
        assert status == "Không tìm thấy bài viết nào cho “xyzqv qwzxv”. Các từ “xyzqv”, “qwzxv” không có trong bài nào."
        assert results == [] and page.locator("[data-search-advice]").is_visible()


def test_newest_first_holds_when_no_article_has_every_word(ranking_site, page):
    with serve(ranking_site.output) as base:
        status, results = search(page, base, "tiêm chủng giao thông khuyến học", **{"sap-xep": "moi-nhat"})
        assert status.startswith("Không có bài nào chứa đủ các từ")
        assert urls(results) == [TIE_NEW, IN_BODY, SCATTERED, HEADLINE, PHRASE, TIE_OLD]


def test_a_slower_earlier_search_adds_nothing_to_the_newer_ones_results(ranking_site, page):
    held, holding = [], [True]

    def fragments(route):
        if holding[0]:
            held.append(route)
        else:
            route.continue_()

    with serve(ranking_site.output) as base:
        page.route("**/*.pf_fragment", fragments)
        page.goto(base + "tim-kiem/?" + urlencode({"q": "khuyến học"}))  # its results' data held back
        for _ in range(100):
            if held:
                break
            page.wait_for_timeout(50)
        assert held
        holding[0] = False
        status, results = search_again(page, "tiêm chủng")
        assert urls(results) == [TIE_NEW, TIE_OLD]
        for route in held:
            route.continue_()
        page.wait_for_timeout(500)
        assert urls(read_results(page)[1]) == [TIE_NEW, TIE_OLD]
        # Back to the first query: answered from what was kept, with the data loaded for it.
        page.go_back()
        page.wait_for_function("document.querySelector('[data-search-status]').textContent.includes('cho “khuyến học”')")
        assert urls(read_results(page)[1]) == [HEADLINE, IN_BODY]
