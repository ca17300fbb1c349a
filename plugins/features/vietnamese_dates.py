"""Vietnamese dates for templates, independent of the machine's locale.

strftime's %A and %B follow the process locale, which is English or missing
on most build machines; the names are written out here instead. Times are
the wall-clock time of the site's zone (TIMEZONE), as in the JSON-LD.
"""

import functools

from pelican import signals

from plugins.libs.timezone import local, site_zone

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def vn_date(moment, *, zone):
    """09/11/2020"""
    return local(moment, zone).strftime("%d/%m/%Y")


def vn_datetime(moment, show_time=True, *, zone):
    """Thứ Hai, 09/11/2020 09:00 (without the time when none was given)."""
    moment = local(moment, zone)
    text = f"{WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y}"
    return f"{text} {moment:%H:%M}" if show_time else text


def iso_datetime(moment, show_time=True, *, zone):
    """The machine-readable value of <time>: 2020-11-09T09:00:00+07:00, or 2020-11-09."""
    moment = local(moment, zone)
    return moment.isoformat(timespec="seconds") if show_time else moment.date().isoformat()


def vn_month(month, year=None):
    """Tháng 10/2018, or Tháng 10."""
    return f"Tháng {int(month)}/{year}" if year else f"Tháng {int(month)}"


def filters(zone):
    """The template filters, their dates in `zone`."""
    return {
        "vn_date": functools.partial(vn_date, zone=zone),
        "vn_datetime": functools.partial(vn_datetime, zone=zone),
        "iso_datetime": functools.partial(iso_datetime, zone=zone),
        "vn_month": vn_month,
    }


def add_filters(generator):
    generator.env.filters.update(filters(site_zone(generator.settings)))


def register():
    # generator_init: each generator builds its own Jinja environment.
    signals.generator_init.connect(add_filters)
