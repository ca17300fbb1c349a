"""The feature-cost benchmark builds "without" a plugin by dropping it and what it derives."""

import argparse
import runpy

import pytest

from benchmarks.feature_cost import setting, table, without
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


def test_derived_only_keeps_the_plugin_and_drops_what_it_derives():
    plugin = "plugins.features.cited_documents"
    overrides = without([plugin], derived_only=True)
    assert set(overrides) == {"FRONT_MATTER_DERIVED"}  # PLUGINS as the site has them
    assert "cited_documents" in SETTINGS["FRONT_MATTER_DERIVED"]  # else this test shows nothing
    assert "cited_documents" not in overrides["FRONT_MATTER_DERIVED"]
    assert set(overrides["FRONT_MATTER_DERIVED"]) == set(SETTINGS["FRONT_MATTER_DERIVED"]) - {"cited_documents"}


def test_a_plugin_the_site_does_not_load_is_refused():
    with pytest.raises(SystemExit, match="not in PLUGINS: plugins.features.nothing"):
        without(["plugins.features.nothing"])


def test_the_cost_is_the_median_of_each_rounds_ratio():
    # Round 2 ran on a slower spell of the machine: medians of times would give 11/10 = 1.100.
    rounds = {"with": [10.0, 20.0, 11.0], "without": [10.0, 19.0, 10.0]}
    times = {
        "with": {kind: rounds["with"] for kind in ("cold", "warm", "cold cpu", "warm cpu")},
        "plugins.features.search": {kind: rounds["without"] for kind in ("cold", "warm", "cold cpu", "warm cpu")},
    }
    rows = [line.split("|") for line in table(100, ["plugins.features.search"], times).splitlines()[3:]]
    assert [(row[2].strip(), row[5].strip(), row[6].strip()) for row in rows][0] == ("cold", "1.053", "1.000 1.053 1.100")


def test_a_setting_of_the_site_with_the_plugin_is_read_as_json():
    assert setting("DOCUMENTS_DETECT=false") == ("DOCUMENTS_DETECT", False)
    assert setting('DOCUMENTS_DATA="x.yml"') == ("DOCUMENTS_DATA", "x.yml")
    with pytest.raises(argparse.ArgumentTypeError, match="DOCUMENTS_DETECT=no"):
        setting("DOCUMENTS_DETECT=no")
