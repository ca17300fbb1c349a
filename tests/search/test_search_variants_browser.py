"""Readers' spellings in Chromium against a built site: abbreviations, "i"/"y", periods and ordinals.

Each article says one thing only one way; the reader types it the other way, finds the
article, and reads the article's own words in the excerpt.
"""

import pytest
from searchsite import VOCABULARY, search_again, settings, urls
from sitebuild import ROOT, article, build

from plugins.libs.static_site_server import serve

ABBREVIATIONS = ROOT / "content" / "data" / "abbreviations.yml"
MTTQ = "2021/04/mttq-xa-giam-sat/"
CCB = "2020/07/hoi-cuu-chien-binh-xa-ra-quan/"
KY_NIEM = "2019/09/le-ky-niem-ngay-truyen-thong/"
QUY_I = "2022/04/giao-ban-dan-van/"
DAI_HOI = "2020/10/dai-hoi-dang-bo-huyen/"
NAM_HOC = "2021/08/khai-giang/"


def archive():
    """{path: text}: the articles say "MTTQ", "Cựu chiến binh", "kỷ niệm", "quý I", "lần thứ XII"."""
    return {
        "articles/2021/mttq.md": article(
            "MTTQ xã giám sát", "2021-04-05T08:00:00+07:00",
            "Ban Thường trực UB MTTQ xã tổ chức giám sát việc thu chi quỹ. MTTQ các ấp tham gia.",
        ),
        "articles/2020/ccb.md": article(
            "Hội Cựu chiến binh xã ra quân", "2020-07-10T08:00:00+07:00",
            "Hội viên Cựu chiến binh ra quân làm đường giao thông nông thôn.",
        ),
        "articles/2019/ky-niem.md": article(
            "Lễ kỷ niệm ngày truyền thống", "2019-09-01T08:00:00+07:00",
            "Huyện tổ chức lễ kỷ niệm ngày truyền thống ngành dân vận.",
        ),
        "articles/2022/quy-i.md": article(
            "Giao ban dân vận", "2022-04-02T08:00:00+07:00",
            "Ban Dân vận giao ban công tác dân vận quý I, triển khai nhiệm vụ thời gian tới.",
        ),
        "articles/2020/dai-hoi.md": article(
            "Đại hội Đảng bộ huyện", "2020-10-15T08:00:00+07:00",
            "Đại hội đại biểu Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020-2025, thành công tốt đẹp.",
        ),
        "articles/2021/khai-giang.md": article(
            "Khai giảng", "2021-08-30T08:00:00+07:00",
            "Các trường khai giảng năm học 2021-2022 an toàn.",
        ),
        "data/organizations.yml": VOCABULARY.read_text(encoding="utf-8"),
        "data/abbreviations.yml": ABBREVIATIONS.read_text(encoding="utf-8"),
    }


@pytest.fixture(scope="module")
def variants_site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("variants-site"), archive(), **settings())


def first_result(page, base, query):
    _, results = search_again(page, query)
    assert results, query
    return results[0], urls(results)


@pytest.mark.build
def test_each_query_finds_the_article_that_says_it_the_other_way(variants_site, page):
    with serve(variants_site.output) as base:
        page.goto(base + "tim-kiem/")
        for query, expected in [
            ("mat tran to quoc", MTTQ), ("Mặt trận Tổ quốc", MTTQ), ("CCB", CCB), ("ccb", CCB),
            ("kỉ niệm", KY_NIEM), ("ki niem", KY_NIEM), ("quý 1", QUY_I), ("lần thứ 12", DAI_HOI),
            ("dại hội", DAI_HOI), ("2021 2022", NAM_HOC), ("năm học 2021-2022", NAM_HOC),
        ]:
            first, found = first_result(page, base, query)
            assert found[0] == expected, (query, found)


@pytest.mark.build
def test_the_excerpt_is_the_articles_own_words(variants_site, page):
    with serve(variants_site.output) as base:
        page.goto(base + "tim-kiem/")
        first, _ = first_result(page, base, "mat tran to quoc")
        assert first["excerpt"].startswith("Ban Thường trực UB MTTQ xã tổ chức giám sát")
        assert "mặt trận" not in first["excerpt"].lower() and "\u2042" not in first["excerpt"]
        first, _ = first_result(page, base, "CCB")
        assert first["excerpt"].startswith("Hội viên Cựu chiến binh ra quân") and "ccb" not in first["excerpt"].lower()
        first, _ = first_result(page, base, "kỉ niệm")
        assert first["excerpt"].startswith("Huyện tổ chức lễ kỷ niệm") and first["marks"] == ["kỷ", "niệm"]
        first, _ = first_result(page, base, "lần thứ 12")
        assert "lần thứ XII" in first["excerpt"] and " 12" not in first["excerpt"]
        first, _ = first_result(page, base, "quý 1")
        assert "quý I," in first["excerpt"]
