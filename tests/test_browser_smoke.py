"""The built site in a real browser: phone-sized, keyboard, no JavaScript needed."""

from sitebuild import article
from plugins.libs.static_site_server import serve


def test_article_reads_on_a_phone_and_skip_link_works(build_site, browser):
    site = build_site({
        "articles/2020/a.md": article(
            "Kết quả thực hiện công tác Dân vận năm 2020", "2020-11-09T09:00:00+07:00",
            "Năm 2020, là năm tổ chức Đại hội Đảng các cấp. " * 40, category="Tổng kết năm",
        )
    })
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    with serve(site.output) as base:
        page.goto(base + "2020/11/ket-qua-thuc-hien-cong-tac-dan-van-nam-2020/")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, "no horizontal scrolling on a phone"
        body = page.locator(".dv-article__body p").first
        font_px = float(body.evaluate("e => getComputedStyle(e).fontSize").removesuffix("px"))
        line_px = float(body.evaluate("e => getComputedStyle(e).lineHeight").removesuffix("px"))
        assert font_px >= 16 and line_px / font_px >= 1.5
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent")
        assert focused.strip() == "Bỏ qua, đến nội dung chính"
        assert page.locator(".dv-skip-link").is_visible()
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == "#main-content"
        missing = page.goto(base + "khong-co/")
        assert missing.status == 404
        assert page.locator("main h1").inner_text() == "Không tìm thấy trang"
    context.close()
