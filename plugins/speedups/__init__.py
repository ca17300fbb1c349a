"""Build speed-ups: each gives the same pages as Pelican alone, faster on a large archive.

One switch for all of them, `SPEEDUPS_ENABLED` (default True). Off, every page is
built the plain way: each teaser rendered where it is shown, a year's months
grouped on each of its pages, Pelican's own period archives, URLs computed on
each access, every page rendered again. The same site either way is what the
tests check; only the time differs (`./dev bench`).

They come last in PLUGINS by convention only: each waits for the signal at which
what it needs is ready, and tests/test_plugin_order.py finds the same site with the
list reversed.
"""

from pelican import signals

from plugins.libs.plugin_settings import PluginSettings, Setting, true_or_false

SETTING = "SPEEDUPS_ENABLED"
SETTINGS = PluginSettings(**{SETTING: Setting(True, true_or_false)})


def enabled(settings):
    """Whether this build takes the speed-ups (the switch)."""
    return settings.get(SETTING, True)


def declare_switch():
    """Called by each speed-up's register(): whichever of them a site lists, the switch is checked."""
    signals.initialized.connect(SETTINGS.apply)
