"""The site's time zone, from Pelican's TIMEZONE setting, for every date read or shown.

Dates in front matter without an offset, the dates printed on pages, the JSON-LD,
the search index and the dates `./dev new` and the importer write all follow this
one setting: were one of them to keep its own zone, the page and the JSON-LD of an
article could name different hours.
"""

from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "UTC"  # what Pelican assumes when TIMEZONE is not set


def site_zone(settings):
    """The ZoneInfo named by settings["TIMEZONE"]."""
    return ZoneInfo(settings.get("TIMEZONE") or DEFAULT_TIMEZONE)


def local(moment, zone):
    """`moment` as wall-clock time in `zone`; a naive moment is taken as already there."""
    return moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)
