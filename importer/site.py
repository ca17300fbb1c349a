"""The site's settings that decide what the importer writes: slugs and the time zone.

Read from pelicanconf.py, as the build reads them, so an imported article gets the
file name and the date offset the build would give it.
"""

import functools
from pathlib import Path

from plugins.libs.timezone import site_zone

SETTINGS_FILE = Path(__file__).resolve().parent.parent / "pelicanconf.py"


@functools.cache
def settings():
    from pelican.settings import read_settings  # noqa: PLC0415 - only when a page is written

    return read_settings(str(SETTINGS_FILE))


def zone():
    """The site's time zone (TIMEZONE): the portals' wall-clock times are read in it."""
    return site_zone(settings())
