"""The addresses of the grid's pages: `{year}` patterns checked before the build reads anything."""

import pytest

from plugins.features.reporting_periods import SETTINGS
from plugins.features.reporting_periods.pages import year_url


def problems(**chosen):
    """The messages of the values the plugin cannot use, its defaults filling in the rest."""
    return [str(problem) for problem in SETTINGS.problems(SETTINGS.defaults | chosen)]


def test_the_defaults_and_no_year_pages_are_accepted():
    assert problems() == []
    assert problems(PERIODS_YEAR_URL="", PERIODS_YEAR_SAVE_AS="") == []
    assert problems(PERIODS_YEAR_URL="nam/{year}.html", PERIODS_YEAR_SAVE_AS="nam/{year}.html") == []


@pytest.mark.parametrize(("name", "value", "says"), [
    ("PERIODS_YEAR_SAVE_AS", "thong-ke/ky-bao-cao/index.html", "phải có {year}"),
    ("PERIODS_YEAR_SAVE_AS", "thong-ke/{nam}/index.html", "phải có {year}"),
    ("PERIODS_YEAR_SAVE_AS", "thong-ke/{year}/{slug}.html", "không trường nào khác"),
    ("PERIODS_YEAR_URL", "thong-ke/{year/", "không đọc được"),
    ("PERIODS_YEAR_URL", "nam-{year:q}/", "không đọc được"),
    ("PERIODS_YEAR_URL", "", "không được để trống"),
    ("PERIODS_YEAR_URL", 2019, "phải là một chuỗi"),
])
def test_a_pattern_without_its_year_stops_the_build(name, value, says):
    found = problems(**{name: value})
    assert len(found) == 1 and f"{name}: " in found[0] and says in found[0], found


def test_links_go_to_the_years_page_else_its_row_on_the_index_else_nowhere():
    settings = SETTINGS.defaults
    assert year_url(settings, 2018) == "thong-ke/ky-bao-cao/2018/"
    assert year_url(settings | {"PERIODS_YEAR_SAVE_AS": ""}, 2018) == "thong-ke/ky-bao-cao/#nam-2018"
    assert year_url(settings | {"PERIODS_YEAR_SAVE_AS": "", "PERIODS_SAVE_AS": ""}, 2018) == ""
