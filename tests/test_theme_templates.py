"""The theme's templates name only files that exist: a renamed partial fails here, not
silently in the built pages (an `ignore missing` include would drop it without a word)."""

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader, meta, nodes
from sitebuild import ROOT

TEMPLATES = ROOT / "theme" / "templates"
# The one include whose name is computed: a statistics widget, by its name in STATS_WIDGETS.
COMPUTED = {"stats_widgets.html": "widgets/"}


def template_files():
    return sorted(path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.html"))


def parse(name):
    environment = Environment(loader=FileSystemLoader(TEMPLATES))
    return environment.parse(environment.loader.get_source(environment, name)[0])


@pytest.mark.parametrize("name", template_files())
def test_every_template_it_references_exists(name):
    for referenced in meta.find_referenced_templates(parse(name)):
        if referenced is None:  # a computed name: checked below
            assert name in COMPUTED, f"{name}: include with a computed name"
            continue
        assert (TEMPLATES / referenced).is_file(), f"{name} names {referenced}, which does not exist"


@pytest.mark.parametrize("name", template_files())
def test_no_include_ignores_a_missing_template(name):
    includes = list(parse(name).find_all(nodes.Include))
    assert not [include for include in includes if include.ignore_missing], f"{name}: 'ignore missing'"


def test_computed_includes_name_their_folder_and_the_folder_exists():
    for name, folder in COMPUTED.items():
        (include,) = parse(name).find_all(nodes.Include)
        prefixes = [const.value for const in include.template.find_all(nodes.Const)]
        assert prefixes[0] == folder
        assert any(Path(TEMPLATES, folder).glob("*.html"))
