"""The built site: the search page, the box on every page, the bundle, and failures explained."""

import json
import os

from plugins.libs import npm_package
import pytest
from searchsite import HOA_THANH, settings
from sitebuild import article


def test_search_page_has_a_labelled_get_form_filters_and_a_live_status(search_site):
    soup = search_site.soup("tim-kiem/")
    form = soup.select_one("main form[role=search]")
    assert form["method"] == "get" and form["action"].endswith("/tim-kiem/")
    query = form.find("input", attrs={"name": "q"})
    assert soup.find("label", attrs={"for": query["id"]}).text == "Từ khóa"
    selects = {select["name"]: select for select in form.find_all("select")}
    assert list(selects) == ["to-chuc", "chuyen-muc", "nam", "don-vi", "sap-xep"]
    for select in selects.values():
        assert soup.find("label", attrs={"for": select["id"]}).text
    assert [option["value"] for option in selects["nam"].find_all("option")] == ["", "2023", "2021", "2020", "2019", "2018"]
    organizations = {option["value"]: option.text for option in selects["to-chuc"].find_all("option")}
    assert organizations == {"": "Tất cả", "mttq": "Ủy ban Mặt trận Tổ quốc Việt Nam", "hoi-nong-dan": "Hội Nông dân"}
    status = soup.select_one("[data-search-status]")
    assert status["role"] == "status" and status["aria-live"] == "polite"
    assert "cần trình duyệt bật JavaScript" in soup.select_one("[data-search-nojs]").text
    assert soup.select_one(".dv-search-box") is None  # one search form on the search page


def test_every_other_page_has_the_search_box_and_runs_no_script(search_site):
    for url in ("", HOA_THANH, "chuyen-muc/giao-ban/", "luu-tru/", "404.html"):
        soup = search_site.soup(url)
        box = soup.select_one("header form.dv-search-box[role=search]")
        assert box["method"] == "get" and box["action"].endswith("/tim-kiem/"), url
        field = box.find("input", attrs={"name": "q"})
        assert box.find("label", attrs={"for": field["id"]}).text == "Tìm bài viết"
        scripts = [script for script in soup.find_all("script") if script.get("type") != "application/ld+json"]
        assert scripts == [], url


def test_the_bundle_is_published_without_pagefinds_own_interfaces(search_site):
    # Five articles, fewer than SEARCH_PART_SIZE: one index, in part folder 0 (test_search_parts.py has more).
    assert search_site.soup("tim-kiem/").select_one("form[data-pagefind]")["data-pagefind-parts"] == "1"
    assert [path.name for path in (search_site.output / "pagefind").iterdir()] == ["0"]
    bundle = search_site.output / "pagefind" / "0"
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-entry.json").is_file()
    assert json.loads((bundle / "pagefind-entry.json").read_text())["languages"]["vi"]["page_count"] == 5
    assert not list(bundle.glob("pagefind-*ui*")) and not (bundle / "pagefind-highlight.js").exists()
    assert not (search_site.output.parent / "cache" / "search-documents").exists()


def test_pagefind_that_cannot_be_fetched_stops_the_build_with_a_clear_message(build_site, monkeypatch, tmp_path):
    monkeypatch.setattr(npm_package, "CACHE", tmp_path / "npm")
    monkeypatch.setattr(npm_package, "REGISTRY", "http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(SystemExit) as stop:
        build_site({"articles/a.md": article("Tin", "2020-01-01")}, **settings())
    assert "Tìm kiếm: không tải được Pagefind 1.6.0 (@pagefind/linux-x64) từ npm" in str(stop.value.code)
    assert "SEARCH_PAGEFIND_BINARY" in str(stop.value.code)


def test_search_can_be_turned_off(build_site):
    site = build_site({"articles/a.md": article("Tin", "2020-01-01")}, **settings(SEARCH_ENABLED=False))
    assert site.exists("") and not site.exists("tim-kiem/") and not os.path.exists(site.output / "pagefind")
    assert site.soup("").select_one("form[role=search]") is None


def test_a_later_build_without_the_plugin_has_no_search(search_site, build_site):
    plugins = [name for name in settings()["PLUGINS"] if name != "plugins.features.search"]
    site = build_site({"articles/a.md": article("Tin", "2020-01-01")}, PLUGINS=plugins, STRICT_BUILD_PLUGINS=plugins)
    assert not site.exists("tim-kiem/") and not os.path.exists(site.output / "pagefind")
