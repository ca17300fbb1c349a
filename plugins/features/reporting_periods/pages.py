"""Where the grid is published: an index of the years, then one page per year.

At 10,000 articles one page with every year's tables weighs megabytes (each tagged
organization lists every report); a phone opens the index and then only the year it
needs. Every link into the grid (a report's year, the widget) asks `year_url`, so that
it follows the settings: the year's page, else the year's row on the index, else none.
"""

from string import Formatter

YEAR_ANCHOR = "nam-{year}"  # the year's row on the index


def year_pattern(value, _settings):
    """PERIODS_YEAR_SAVE_AS: "" for no year pages, else a pattern whose one field is `{year}`."""
    if not isinstance(value, str):
        return f"phải là một chuỗi, không phải {value!r}"
    if not value:
        return None
    try:
        fields = {name for _, name, _, _ in Formatter().parse(value) if name is not None}
        if fields == {"year"}:
            value.format(year=2019)
    except (IndexError, ValueError) as error:
        return f"không đọc được «{value}» ({error})"
    if fields != {"year"}:
        return f"phải có {{year}} và không trường nào khác, để mỗi năm một trang, không phải «{value}»"
    return None


def year_url_pattern(value, settings):
    """PERIODS_YEAR_URL: as PERIODS_YEAR_SAVE_AS, and not "" while the year pages are written."""
    if value == "" and settings.get("PERIODS_YEAR_SAVE_AS"):
        return "không được để trống khi có PERIODS_YEAR_SAVE_AS (các trang theo năm cần địa chỉ)"
    return year_pattern(value, settings)


def year_url(settings, year):
    """The address of `year`'s tables, relative to SITEURL; "" when the build writes neither page."""
    if settings.get("PERIODS_YEAR_SAVE_AS"):
        return settings["PERIODS_YEAR_URL"].format(year=year)
    if settings.get("PERIODS_SAVE_AS"):
        return f"{settings['PERIODS_URL']}#{YEAR_ANCHOR.format(year=year)}"
    return ""


def year_save_as(settings, year):
    return settings["PERIODS_YEAR_SAVE_AS"].format(year=year)
