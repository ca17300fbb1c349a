"""The feature-cost benchmark builds "without" a plugin by dropping it and what it derives."""

import runpy

import pytest

from benchmarks.feature_cost import without
from benchmarks.corpus import ROOT

SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))


def test_without_drops_the_plugin_everywhere_and_keeps_the_rest():
    plugin = "plugins.features.search"
    overrides = without([plugin])
    assert plugin not in overrides["PLUGINS"]
    assert overrides["PLUGINS"] == overrides["STRICT_BUILD_PLUGINS"]
    assert overrides["PLUGINS"] == [name for name in SETTINGS["PLUGINS"] if name != plugin]
    derived = SETTINGS["FRONT_MATTER_DERIVED"]
    assert any(path.startswith(plugin + ".") for path in derived.values())  # else this test shows nothing
    assert overrides["FRONT_MATTER_DERIVED"] == {
        key: path for key, path in derived.items() if not path.startswith(plugin + ".")
    }


def test_a_plugin_the_site_does_not_load_is_refused():
    with pytest.raises(SystemExit, match="not in PLUGINS: plugins.features.nothing"):
        without(["plugins.features.nothing"])
