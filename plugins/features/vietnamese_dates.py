"""Vietnamese dates for templates, independent of the machine's locale.

strftime's %A and %B follow the process locale, which is English or missing
on most build machines; the names are written out here instead.
"""

from zoneinfo import ZoneInfo

from pelican import signals

TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def _local(moment):
    return moment.astimezone(TIMEZONE) if moment.tzinfo else moment.replace(tzinfo=TIMEZONE)


def vn_date(moment):
    """09/11/2020"""
    return _local(moment).strftime("%d/%m/%Y")


def vn_datetime(moment, show_time=True):
    """Thứ Hai, 09/11/2020 09:00 (without the time when none was given)."""
    moment = _local(moment)
    text = f"{WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y}"
    return f"{text} {moment:%H:%M}" if show_time else text


def iso_datetime(moment, show_time=True):
    """The machine-readable value of <time>: 2020-11-09T09:00:00+07:00, or 2020-11-09."""
    moment = _local(moment)
    return moment.isoformat(timespec="seconds") if show_time else moment.date().isoformat()


def vn_month(month, year=None):
    """Tháng 10/2018, or Tháng 10."""
    return f"Tháng {int(month)}/{year}" if year else f"Tháng {int(month)}"


FILTERS = {
    "vn_date": vn_date,
    "vn_datetime": vn_datetime,
    "iso_datetime": iso_datetime,
    "vn_month": vn_month,
}


def add_filters(generator):
    generator.env.filters.update(FILTERS)


def register():
    # generator_init: each generator builds its own Jinja environment.
    signals.generator_init.connect(add_filters)
