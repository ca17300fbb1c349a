"""A small archive for the search tests, and how to read the search page in a browser."""

import unicodedata

from sitebuild import ROOT, article

PELICANCONF = ROOT / "pelicanconf.py"
VOCABULARY = ROOT / "content" / "data" / "organizations.yml"
ORGANIZATIONS, SEARCH = "plugins.features.organizations", "plugins.features.search"
HOA_THANH = "2020/11/ket-qua-cong-tac-dan-van-cua-thi-xa-hoa-thanh/"
SO_HOA = "2023/03/thanh-pho-day-manh-so-hoa/"
THUY_LOI = "2019/05/cong-trinh-thuy-loi-mua-kho/"
DAI_HOI = "2018/10/dai-hoi-hoi-nong-dan-huyen-kim-son/"
DANG_HOP = "2021/06/cac-xa-dang-hop-ban-ke-hoach/"


def nfd(text):
    return unicodedata.normalize("NFD", text)


def archive():
    """{path: text}: each article exercises one Vietnamese spelling problem."""
    return {
        "articles/2020/hoa-thanh.md": article(
            "Kết quả công tác dân vận của thị xã Hòa Thành", "2020-11-09T09:00:00+07:00",
            # The legacy spelling "Hoà" (tone on the second vowel) in the body.
            "Năm 2020, thị xã Hoà Thành tổ chức thành công Đại hội Đảng bộ. "
            "Đảng ủy các xã lãnh đạo công tác dân vận; Mặt trận Tổ quốc giám sát.",
            category="Tổng kết năm", unit="Thị xã Hòa Thành", organizations=["mttq"],
        ),
        "articles/2023/so-hoa.md": article(
            "Thành phố đẩy mạnh số hóa", "2023-03-15T08:00:00+07:00",
            "Thành phố hoàn thành số hóa hồ sơ: số hóa tài liệu, hóa đơn điện tử, văn hóa số. "
            "Số hóa giúp người dân thành thạo dịch vụ công; hóa giải thủ tục rườm rà.",
            category="Tin hoạt động", unit="Huyện Kim Sơn",
        ),
        "articles/2019/thuy-loi.md": article(
            "Công trình thuỷ lợi mùa khô", "2019-05-20T07:30:00+07:00",
            "Nhân dân góp công nạo vét kênh thuỷ lợi, bảo đảm nước tưới cho vụ lúa.",
            category="Tin hoạt động", unit="Huyện Kim Sơn",
        ),
        "articles/2018/dai-hoi.md": article(
            "Đại hội Hội Nông dân huyện Kim Sơn", "2018-10-03",
            "Đại hội đại biểu Hội Nông dân huyện lần thứ X thành công tốt đẹp.",
            category="Giao ban", unit="Huyện Kim Sơn", organizations=["hoi-nong-dan"],
        ),
        "articles/2021/dang-hop.md": article(
            "Các xã đang họp bàn kế hoạch", "2021-06-01T14:00:00+07:00",
            "Các xã đang họp, đang bàn kế hoạch; cán bộ có uy tín được giao việc.",
            category="Tin hoạt động", unit="Thị xã Hòa Thành",
        ),
        "data/organizations.yml": VOCABULARY.read_text(encoding="utf-8"),
    }


def settings(**overrides):
    """Pelican overrides: the site's plugins plus organizations and search, tags only as written."""
    from pelican.settings import read_settings  # noqa: PLC0415

    plugins = [name for name in read_settings(str(PELICANCONF))["PLUGINS"] if name not in (ORGANIZATIONS, SEARCH)]
    return {"PLUGINS": [*plugins, ORGANIZATIONS, SEARCH], "ORGANIZATIONS_DETECT": False, **overrides}


# True once search.js has shown and announced the outcome of the latest search: found, nothing
# found, or (no article has every word) the articles with the most of them.
SEARCH_DONE = """document.querySelector('[data-search-results]:not([aria-busy])')
  && document.querySelector('[data-search-status]').textContent.match(/^(Tìm thấy|Không tìm thấy|Không có bài nào)/)"""
RESULTS = """() => [...document.querySelectorAll('[data-search-results] > li')].map(item => ({
  url: item.querySelector('h2 a').getAttribute('href'),
  title: item.querySelector('h2').textContent,
  meta: item.querySelector('.dv-teaser__meta').textContent,
  excerpt: item.querySelector('.dv-search__excerpt').textContent,
  marks: [...item.querySelectorAll('.dv-search__excerpt mark')].map(mark => mark.textContent),
}))"""


def urls(results):
    """The results' addresses as site paths ("2020/11/bai/"), in order."""
    return [result["url"].lstrip("/") for result in results]


def read_results(page):
    """Wait for the announced outcome; (status text, results as dicts)."""
    page.wait_for_function(SEARCH_DONE, timeout=10_000)
    return page.inner_text("[data-search-status]"), page.evaluate(RESULTS)


def search_again(page, query):
    """Type a new query into the search page's own form and submit it."""
    page.get_by_label("Từ khóa").fill(query)
    page.get_by_label("Từ khóa").press("Enter")
    return read_results(page)


def search(page, base, query="", **params):
    """Open /tim-kiem/ with ?q= and filter parameters, as a shared link would."""
    from urllib.parse import urlencode  # noqa: PLC0415

    page.goto(base + "tim-kiem/?" + urlencode({"q": query, **params}))
    return read_results(page)
