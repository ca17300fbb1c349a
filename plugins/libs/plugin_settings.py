"""Each plugin's settings, declared once: name, default, and which values it accepts.

A plugin lists its settings in a PluginSettings and connects `apply` to
Pelican's `initialized` signal. Pelican copies the settings into the
templates' context only later, when the build runs (Pelican.run): a default
applied here is seen by templates and generators alike, so pelicanconf.py sets
only what the site chooses differently. A value the plugin cannot use stops the
build with one line naming the setting, instead of a page that silently shows
nothing or a traceback halfway through the build.

`defaults` serves `./dev check`, which reads pelicanconf.py without loading
the plugins (front_matter/integrity.py).
"""

import copy
import difflib
import os
import weakref
from dataclasses import dataclass
from pathlib import Path

from pelican import signals

SETTINGS_FILE = "pelicanconf.py"
# {Pelican instance: problems found by each plugin's `apply`}, reported together by `stop_on_problems`.
PENDING = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Setting:
    """A default and an optional check: check(value, settings) -> what is wrong (Vietnamese), or None."""

    default: object
    check: object = None


class PluginSettings:
    """The settings of one plugin: PluginSettings(NAME=default or Setting(default, check), ...).

    The names share a prefix (STATS_, SEARCH_…): a setting with that prefix the plugin
    does not declare is a misspelling (STATS_WIDGET) that would otherwise be ignored.
    `known` names settings of the prefix the plugin reads without a default to apply.
    """

    def __init__(self, known=(), **declared):
        self.declared = {
            name: value if isinstance(value, Setting) else Setting(value) for name, value in declared.items()
        }
        self.known = set(known)
        self.prefix = shared_prefix(self.declared)

    @property
    def defaults(self):
        return {name: setting.default for name, setting in self.declared.items()}

    def problems(self, settings):
        """ContentErrors `pelicanconf.py: NAME: what is wrong` for each value the plugin cannot use."""
        # Imported here: front_matter declares its own settings with this module.
        from plugins.features.front_matter.errors import ContentError  # noqa: PLC0415

        found = []
        for name, setting in self.declared.items():
            problem = setting.check(settings[name], settings) if setting.check else None
            if problem:
                found.append(ContentError(SETTINGS_FILE, None, f"{name}: {problem}"))
        return found

    def unknown(self, settings):
        """ContentErrors for the settings with this plugin's prefix that it does not know."""
        from plugins.features.front_matter.errors import ContentError  # noqa: PLC0415

        names = sorted(set(self.declared) | self.known)
        found = []
        for key in sorted(settings):
            if self.prefix and key.startswith(self.prefix) and key not in names:
                close = difflib.get_close_matches(key, names, n=1)
                guess = f"có phải ý bạn là {close[0]}?" if close else f"có: {', '.join(names)}"
                found.append(ContentError(SETTINGS_FILE, None, f"{key}: không có thiết lập này; {guess}"))
        return found

    def apply(self, pelican):
        """`initialized`: fill in the defaults the site did not set and note the values the plugin cannot use.

        Connected whether or not this run lists the plugin: Pelican never
        disconnects receivers, so a plugin an earlier run in the same process
        registered (tests, livereload) still hears this run's signals and
        reads its settings. The build stops a little later, at `get_generators`,
        so that every plugin's problems are reported at once.
        """
        for name, setting in self.declared.items():
            if name not in pelican.settings:
                pelican.settings[name] = copy.deepcopy(setting.default)
        found = self.unknown(pelican.settings) + self.problems(pelican.settings)
        PENDING.setdefault(pelican, []).extend(found)
        signals.get_generators.connect(stop_on_problems)


def shared_prefix(names):
    """The words every name begins with, through an underscore: "STATS_" for STATS_URL and
    STATS_WIDGETS, "SPEEDUPS_" for SPEEDUPS_ENABLED alone; "" when they share none (UNIT_, UNITS_)."""
    common = os.path.commonprefix(list(names))
    return common[: common.rfind("_") + 1]


def stop_on_problems(pelican):
    """`get_generators`: the first step of a run, before the output folder is emptied or anything read."""
    found = PENDING.pop(pelican, [])
    if found:
        from plugins.features.front_matter.errors import BuildError  # noqa: PLC0415

        raise BuildError(found, what="lỗi cài đặt")
    return None


# Checks: each returns what is wrong with a value, or None.


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def positive_int(value, _settings):
    if not (_is_int(value) and value >= 1):
        return f"phải là một số nguyên dương, không phải {value!r}"
    return None


def whole_number(value, _settings):
    if not (_is_int(value) and value >= 0):
        return f"phải là một số nguyên không âm, không phải {value!r}"
    return None


def true_or_false(value, _settings):
    if not isinstance(value, bool):
        return f"phải là True hoặc False, không phải {value!r}"
    return None


def text(value, _settings):
    """A string; "" where the plugin reads it as "none"."""
    if not isinstance(value, str):
        return f"phải là một chuỗi, không phải {value!r}"
    return None


def text_or_none(value, settings):
    return None if value is None else text(value, settings)


def path_or_none(value, _settings):
    if not (value is None or isinstance(value, (str, os.PathLike))):
        return f"phải là một đường dẫn hoặc None, không phải {value!r}"
    return None


def list_of_text(value, _settings):
    if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
        return f"phải là một danh sách chuỗi, không phải {value!r}"
    return None


def names_among(what, available):
    """A check for a list of names, each one of available(settings): `what` names one item ("ô thống kê")."""

    def check(value, settings):
        problem = list_of_text(value, settings)
        if problem:
            return problem
        choices = available(settings)
        unknown = [name for name in value if name not in choices]
        if unknown:
            shown = ", ".join(f"'{name}'" for name in unknown)
            close = [match for name in unknown for match in difflib.get_close_matches(name, choices, n=1)]
            guess = f"; có phải ý bạn là {', '.join(repr(name) for name in close)}?" if close else ""
            return f"không có {what} {shown} (có: {', '.join(choices)}){guess}"
        return None

    return check


def template_names(folder):
    """available(settings) for names_among: the templates of the theme's `folder`, without .html,
    from THEME_TEMPLATES_OVERRIDES first, then THEME, as Pelican looks them up."""

    def available(settings):
        roots = [*settings.get("THEME_TEMPLATES_OVERRIDES", ()), Path(settings["THEME"], "templates")]
        names = {path.stem for root in roots for path in Path(root, folder).glob("*.html")}
        return sorted(names)

    return available
