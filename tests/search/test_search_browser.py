"""The search page in Chromium against the built site: Vietnamese spellings, filters, links."""

from searchsite import DAI_HOI, DANG_HOP, HOA_THANH, SO_HOA, THUY_LOI, archive, nfd, read_results, search, search_again, settings, urls
from sitebuild import article
from plugins.libs.static_site_server import serve


def test_every_spelling_of_hoa_thanh_finds_the_article_first(search_site, page):
    with serve(search_site.output) as base:
        search(page, base, "hoa thanh")
        for query in ("hoa thanh", "Hoà Thành", "Hòa Thành", nfd("Hòa Thành"), "HOA THANH"):
            status, results = search_again(page, query)
            assert urls(results)[0] == HOA_THANH, query
            assert status.startswith(f"Tìm thấy {len(results)} bài viết")


def test_the_spelling_the_reader_typed_ranks_first(search_site, page):
    with serve(search_site.output) as base:
        # The "số hóa" article says "hóa" six times, the Hòa Thành one "Hoà" once.
        search(page, base, "hòa")
        for query in ("hòa", "hoà", "Hòa"):
            found = urls(search_again(page, query)[1])
            assert found.index(HOA_THANH) < found.index(SO_HOA), query
        found = urls(search_again(page, "hóa")[1])
        assert found[0] == SO_HOA and HOA_THANH in found  # folded matches still follow
        found = urls(search_again(page, "Đảng ủy")[1])
        assert found[0] == HOA_THANH and DANG_HOP in found  # "đang ... uy tín" after "Đảng ủy"


def test_d_typed_for_dj_finds_dang_uy_and_dai_hoi(search_site, page):
    with serve(search_site.output) as base:
        _, results = search(page, base, "dang uy")
        assert HOA_THANH in urls(results)
        hoa_thanh = results[urls(results).index(HOA_THANH)]
        assert {"Đảng", "ủy"} <= set(hoa_thanh["marks"])  # highlighted as the author wrote them
        found = urls(search_again(page, "dai hoi")[1])
        assert {DAI_HOI, HOA_THANH} <= set(found) and found[0] == DAI_HOI


def test_thuy_in_every_spelling_finds_thuy_loi(search_site, page):
    with serve(search_site.output) as base:
        search(page, base, "thuy")
        for query in ("thuy", "thủy", "thuỷ", "THỦY LỢI", nfd("thuỷ lợi")):
            assert urls(search_again(page, query)[1]) == [THUY_LOI], query


def test_result_shows_headline_date_unit_and_excerpt_in_the_authors_spelling(search_site, page):
    with serve(search_site.output) as base:
        _, results = search(page, base, "Hòa Thành")
    first = results[0]
    assert " ".join(first["title"].split()) == "Kết quả công tác dân vận của thị xã Hòa Thành"  # typogrify: nbsp
    assert "Thứ Hai, 09/11/2020 09:00" in first["meta"] and "Thị xã Hòa Thành" in first["meta"]
    assert first["excerpt"].startswith("Năm 2020, thị xã Hoà Thành tổ chức")
    assert first["marks"][:2] == ["Hoà", "Thành"]  # the body's "Hoà", not the index's "hòa"
    assert "\u2042" not in first["excerpt"] and "hòa" not in first["excerpt"]


def test_filters_and_newest_first(search_site, page):
    with serve(search_site.output) as base:
        assert set(urls(search(page, base, **{"chuyen-muc": "tin-hoat-dong"})[1])) == {SO_HOA, THUY_LOI, DANG_HOP}
        assert urls(search(page, base, nam="2018")[1]) == [DAI_HOI]
        assert set(urls(search(page, base, **{"don-vi": "thi-xa-hoa-thanh"})[1])) == {HOA_THANH, DANG_HOP}
        assert urls(search(page, base, **{"to-chuc": "mttq"})[1]) == [HOA_THANH]
        assert set(urls(search(page, base, "thành", **{"don-vi": "huyen-kim-son"})[1])) == {SO_HOA, DAI_HOI}
        newest = urls(search(page, base, "thành", **{"sap-xep": "moi-nhat"})[1])
        assert newest == [SO_HOA, DANG_HOP, HOA_THANH, DAI_HOI]  # DANG_HOP by its unit, Hòa Thành
        # Choosing a filter on the page searches again and keeps the link shareable.
        page.select_option("#dv-search-chuyen-muc", label="Giao ban")
        page.wait_for_url("**chuyen-muc=giao-ban**")
        assert urls(read_results(page)[1]) == [DAI_HOI]


def test_search_box_on_an_article_leads_to_shareable_results(search_site, page):
    with serve(search_site.output) as base:
        page.goto(base + THUY_LOI)
        page.get_by_label("Tìm bài viết").fill("hoa thanh")
        page.keyboard.press("Enter")
        page.wait_for_url("**/tim-kiem/?q=hoa+thanh")
        _, results = read_results(page)
        assert urls(results)[0] == HOA_THANH
        assert page.get_by_label("Từ khóa").input_value() == "hoa thanh"
        page.get_by_label("Từ khóa").fill("thuỷ")
        page.get_by_role("button", name="Tìm", exact=True).click()
        page.wait_for_url("**q=thu%E1%BB%B7**")
        assert urls(read_results(page)[1]) == [THUY_LOI]


def test_without_javascript_the_page_explains_and_the_form_still_submits(search_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    with serve(search_site.output) as base:
        page.goto(base)
        page.get_by_label("Tìm bài viết").fill("đại hội")
        page.get_by_role("button", name="Tìm").click()
        page.wait_for_url("**/tim-kiem/?q=%C4%91%E1%BA%A1i+h%E1%BB%99i")
        assert page.get_by_text("Tìm kiếm cần trình duyệt bật JavaScript").is_visible()
        assert page.get_by_role("link", name="Xem bài theo chuyên mục").get_attribute("href").endswith("/chuyen-muc/")
        assert page.get_by_role("link", name="Xem bài theo thời gian").get_attribute("href").endswith("/luu-tru/")
        assert page.locator("[data-search-results] li").count() == 0
    context.close()


def test_under_a_sub_path_results_link_into_the_site_and_come_ten_at_a_time(build_site, browser, tmp_path):
    files = archive()
    for number in range(1, 12):
        files[f"articles/2022/tin-{number}.md"] = article(
            f"Tin dân vận số {number}", f"2022-01-{number:02d}", "Công tác dân vận ở cơ sở.", category="Tin hoạt động",
        )
    page = browser.new_page()
    with serve(tmp_path / "output", "/kho-luu-tru/") as base:
        # Like GitHub project pages: SITEURL "https://<user>.github.io/<repo>".
        build_site(files, **settings(SITEURL=base.rstrip("/")))
        status, results = search(page, base, "dan van")
        assert status == "Tìm thấy 13 bài viết cho “dan van”."  # 11 news, Hòa Thành, "người dân ... văn hóa"
        assert len(results) == 10 and all(result["url"].startswith("/kho-luu-tru/") for result in results)
        page.get_by_role("button", name="Xem thêm kết quả").click()
        page.wait_for_function("document.querySelectorAll('[data-search-results] > li').length === 13")
        assert page.evaluate("document.activeElement.closest('li') === document.querySelectorAll('[data-search-results] > li')[10]")
        assert page.get_by_role("button", name="Xem thêm kết quả").is_hidden()
        page.get_by_role("link", name="Kết quả công tác dân vận của thị xã Hòa Thành").click()
        page.wait_for_url(base + HOA_THANH)
        assert page.locator("h1").inner_text().startswith("Kết quả công tác dân vận")
    page.close()
