"""Plugin settings declared once (plugins/libs/plugin_settings.py): defaults reach the
templates without pelicanconf.py repeating them, and a value no plugin can use stops the build."""

import pytest
from pelican import Pelican
from pelican.settings import read_settings
from sitebuild import ROOT, article

from plugins.features import archive_stats, organizations, search, units
from plugins.features.front_matter import BuildError
from plugins.features.front_matter.integrity import with_plugin_defaults
from plugins.libs.plugin_settings import PluginSettings, Setting, positive_int

GOOD = article("Hội nghị giao ban", "2020-11-09T09:00:00+07:00", category="Giao ban", unit="Huyện Kim Sơn")


def build_error(build_site, **settings):
    with pytest.raises(BuildError) as caught:
        build_site({"articles/2020/a.md": GOOD}, **settings)
    return caught.value


def test_an_unknown_widget_stops_the_build_naming_the_setting_and_the_widget(build_site):
    error = build_error(build_site, STATS_WIDGETS=["total", "khong_co"])
    assert len(error.problems) == 1
    problem = str(error.problems[0])
    assert problem.startswith("pelicanconf.py: STATS_WIDGETS: không có ô thống kê 'khong_co' (có: ")
    assert "'total'" not in problem  # the known one is not reported
    assert "khong_co" in str(error)  # what Pelican prints


@pytest.mark.parametrize("size", [0, -5, "100", 2.5, True])
def test_a_search_part_size_that_is_not_a_positive_integer_stops_the_build(build_site, size):
    error = build_error(build_site, SEARCH_PART_SIZE=size)
    assert [str(problem) for problem in error.problems] == [
        f"pelicanconf.py: SEARCH_PART_SIZE: phải là một số nguyên dương, không phải {size!r}"
    ]


def test_every_wrong_value_is_reported_at_once(build_site):
    error = build_error(build_site, STATS_TOP_ORGANIZATIONS=0, STATS_WIDGETS="total")
    assert [problem.message.split(":")[0] for problem in error.problems] == ["STATS_WIDGETS", "STATS_TOP_ORGANIZATIONS"]


def test_wrong_values_of_several_plugins_are_reported_together_as_settings_errors(build_site):
    error = build_error(build_site, STATS_WIDGETS=["total"], SEARCH_PART_SIZE=0, SPEEDUPS_ENABLED="có",
                        ORGANIZATIONS_DETECT="có")
    named = sorted(problem.message.split(":")[0] for problem in error.problems)
    assert named == ["ORGANIZATIONS_DETECT", "SEARCH_PART_SIZE", "SPEEDUPS_ENABLED"]
    assert str(error).startswith("3 lỗi cài đặt, không xuất bản:\n")


def test_a_misspelt_widget_gets_the_closest_name(build_site):
    error = build_error(build_site, STATS_WIDGETS=["total", "per_yaer_chart"])
    assert str(error.problems[0]).endswith("; có phải ý bạn là 'per_year_chart'?")


def test_a_misspelt_setting_name_is_refused_with_the_right_one(build_site):
    error = build_error(build_site, STATS_WIDGET=["total"], SEARCH_PARTSIZE=100, PUBLISH_CNAME="")
    assert [str(problem) for problem in error.problems] == [
        "pelicanconf.py: STATS_WIDGET: không có thiết lập này; có phải ý bạn là STATS_WIDGETS?",
        "pelicanconf.py: SEARCH_PARTSIZE: không có thiết lập này; có phải ý bạn là SEARCH_PART_SIZE?",
    ]


def test_defaults_pelicanconf_no_longer_repeats_still_place_the_pages(build_site):
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    for name in ("UNITS_SAVE_AS", "UNITS_URL", "UNIT_SAVE_AS", "STATS_SAVE_AS", "STATS_URL", "ORGANIZATIONS_INDEX_URL"):
        assert name not in settings  # the plugin's default is what places the page below
    site = build_site({"articles/2020/a.md": GOOD})
    assert site.soup("/don-vi/").select_one("main h1") is not None
    assert site.exists("/don-vi/huyen-kim-son/")
    assert site.soup("/thong-ke/").select_one("main h1") is not None
    # base.html reads the addresses from the templates' context: the defaults got there.
    links = {link.get_text(): link["href"] for link in site.soup("/").select(".dv-nav__link")}
    assert links["Đơn vị"] == "/don-vi/"
    assert links["Thống kê"] == "/thong-ke/"
    assert links["Tổ chức"] == "/to-chuc/"


def test_a_site_choice_overrides_the_default(build_site):
    site = build_site({"articles/2020/a.md": GOOD}, UNITS_URL="dv/", UNITS_SAVE_AS="dv/index.html")
    assert site.exists("/dv/") and not site.exists("/don-vi/")
    links = {link.get_text(): link["href"] for link in site.soup("/").select(".dv-nav__link")}
    assert links["Đơn vị"] == "/dv/"


def test_widgets_appear_in_the_order_of_the_setting(build_site):
    site = build_site({"articles/2020/a.md": GOOD}, STATS_WIDGETS=["categories", "total"])
    widgets = site.soup("/").select(".dv-widgets .dv-widget")
    assert [widget.select_one("[data-stat]")["data-stat"] for widget in widgets] == ["categories", "total"]


def test_the_default_widgets_each_have_their_template():
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    files = {path.stem for path in (ROOT / "theme" / "templates" / "widgets").glob("*.html")}
    assert set(archive_stats.SETTINGS.defaults["STATS_WIDGETS"]) <= files
    assert archive_stats.SETTINGS.problems({**archive_stats.SETTINGS.defaults, **settings}) == []


def test_defaults_are_applied_as_copies_a_build_cannot_change(tmp_path):
    (tmp_path / "content").mkdir()
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(tmp_path / "content"), "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": str(tmp_path / "cache"),
    })
    pelican = Pelican(settings)  # its `initialized` signal applies the defaults
    default = archive_stats.SETTINGS.declared["STATS_WIDGETS"].default
    assert pelican.settings["STATS_WIDGETS"] == default
    assert pelican.settings["STATS_WIDGETS"] is not default


def test_checks_name_the_setting_and_the_value():
    declared = PluginSettings(DEMO_NAME="x", DEMO_SIZE=Setting(3, positive_int))
    assert declared.defaults == {"DEMO_NAME": "x", "DEMO_SIZE": 3}
    assert declared.problems({"DEMO_NAME": None, "DEMO_SIZE": 3}) == []  # no check: any value
    assert [str(problem) for problem in declared.problems({"DEMO_NAME": "x", "DEMO_SIZE": "3"})] == [
        "pelicanconf.py: DEMO_SIZE: phải là một số nguyên dương, không phải '3'"
    ]


def test_check_sees_the_declared_defaults_without_loading_plugins():
    """`./dev check` reads pelicanconf.py alone: the pages' addresses come from the declarations."""
    settings = with_plugin_defaults(read_settings(str(ROOT / "pelicanconf.py")))
    assert settings["UNITS_SAVE_AS"] == units.SETTINGS.defaults["UNITS_SAVE_AS"]
    assert settings["SEARCH_SAVE_AS"] == search.SETTINGS.defaults["SEARCH_SAVE_AS"]
    assert settings["ORGANIZATIONS_INDEX_SAVE_AS"] == organizations.SETTINGS.defaults["ORGANIZATIONS_INDEX_SAVE_AS"]
    assert settings["STATS_SAVE_AS"] == "thong-ke/index.html"
