"""The seo and publish_files plugins on their own: safe JSON-LD, image URLs, robots.txt, CNAME."""

import json
from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from plugins.features.publish_files import cname_of, write_files
from plugins.features.seo.jsonld import json_ld, news_article
from plugins.features.seo.opengraph import image_url

SETTINGS = {"SITEURL": "https://example.github.io/kho", "SITENAME": "Lưu trữ", "SITE_PUBLISHER": "Ban Dân vận Huyện ủy",
            "TIMEZONE": "Asia/Ho_Chi_Minh", "DEFAULT_LANG": "vi"}


def sample(**fields):
    values = {"title": "Giao ban &amp; tổng&nbsp;kết", "url": "2020/10/giao-ban/", "authors": [],
              "date": datetime(2020, 10, 3, 1, 0, tzinfo=ZoneInfo("UTC")), "category": SimpleNamespace(name="Giao ban")}
    return SimpleNamespace(**{**values, **fields})


def test_json_ld_cannot_close_its_script_element():
    text = json_ld({"headline": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"headline": "</script><script>alert(1)</script> & <!--"}


def test_news_article_in_vietnam_time_with_plain_headline():
    data = news_article(SETTINGS, sample())
    assert data["headline"] == "Giao ban & tổng kết"
    assert data["datePublished"] == "2020-10-03T08:00:00+07:00"
    assert data["author"] == [{"@type": "Organization", "name": "Ban Dân vận Huyện ủy"}]
    assert "about" not in data


def test_organizations_become_about_entries_and_plain_ids_are_left_out():
    tagged = sample(organizations=[SimpleNamespace(slug="hoi-nong-dan", name="Hội Nông dân"),
                                   SimpleNamespace(slug="mttq", name="Ủy ban Mặt trận Tổ quốc Việt Nam")])
    assert news_article(SETTINGS, tagged)["about"] == [
        {"@type": "Organization", "name": "Hội Nông dân"},
        {"@type": "Organization", "name": "Ủy ban Mặt trận Tổ quốc Việt Nam"},
    ]
    assert "about" not in news_article(SETTINGS, sample(organizations=["mttq"]))


def test_an_article_image_is_made_absolute_and_the_default_is_used_otherwise():
    assert image_url(SETTINGS, sample(image="images/anh.jpg")) == "https://example.github.io/kho/images/anh.jpg"
    assert image_url(SETTINGS, sample(image="{static}/images/anh.jpg")) == "https://example.github.io/kho/images/anh.jpg"
    assert image_url(SETTINGS, sample(image="https://cdn.example/anh.jpg")) == "https://cdn.example/anh.jpg"
    assert image_url({**SETTINGS, "SEO_DEFAULT_IMAGE": "logo.png"}, sample()) == "https://example.github.io/kho/logo.png"


def test_cname_from_the_setting_or_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("PUBLISH_CNAME", raising=False)
    assert cname_of({}) == ""
    assert cname_of({"PUBLISH_CNAME": "https://danvan.example.vn/"}) == "danvan.example.vn"
    monkeypatch.setenv("PUBLISH_CNAME", "tin.example.vn")
    pelican = SimpleNamespace(settings={"SITEURL": "https://tin.example.vn"}, output_path=str(tmp_path))
    write_files(pelican)
    assert (tmp_path / "CNAME").read_text() == "tin.example.vn\n"
    assert "Sitemap: https://tin.example.vn/sitemap.xml" in (tmp_path / "robots.txt").read_text().splitlines()
