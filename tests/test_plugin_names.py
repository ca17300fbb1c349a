"""No installed plugin and no PLUGIN_PATHS folder can stand in for one of the site's plugins.

Pelican loads a name from PLUGINS as `pelican.plugins.<name>` when an installed
namespace plugin has that name, before any other place. A folder `pelican/plugins/`
on sys.path joins that namespace (pelican's __init__ extends its own __path__), as
an installed plugin would; the fakes below are put there, and their register()
leaves a marker file. The site names its plugins "plugins.features.search", which
Pelican never looks up among namespace plugins.
"""

import json
import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from sitebuild import ROOT, article, write_files

pytestmark = pytest.mark.build  # every test here runs the pelican command

FAKE = """import os
from pathlib import Path


def register():
    Path(os.environ["FAKE_PLUGIN_MARKERS"], {name!r}).write_text("registered", encoding="utf-8")
"""
# Namespace plugins named as our plugins were once named, and as parts of their dotted names.
NAMESPACE_FAKES = ["search", "seo", "features", "features/search", "plugins", "plugins/features",
                   "plugins/features/search"]
ARTICLE = "2020/11/ket-qua-cong-tac-dan-van-nam-2020/"


def fake_plugins(root, names):
    for name in names:
        write_files(root, {f"{name}/__init__.py": FAKE.format(name=name.replace("/", "."))})


@pytest.fixture
def shadowing(tmp_path):
    """(environment, marker folder): fake namespace plugins on PYTHONPATH."""
    fake_plugins(tmp_path / "installed" / "pelican" / "plugins", NAMESPACE_FAKES)
    markers = tmp_path / "markers"
    markers.mkdir()
    environment = {
        "PATH": "/usr/bin:/bin", "COLUMNS": "300", "FAKE_PLUGIN_MARKERS": str(markers),
        "PYTHONPATH": str(tmp_path / "installed"),
    }
    return environment, markers


def python(program, *args, env, cwd):
    run = subprocess.run([sys.executable, "-c", program, *map(str, args)],
                         capture_output=True, encoding="utf-8", env=env, cwd=cwd)
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


LOAD = """import json, sys
sys.path.insert(0, sys.argv[1])
from pelican.plugins._utils import load_plugins
found = {}
for names in (["search", "seo"], ["plugins.features.search", "plugins.features.seo"]):
    plugins = load_plugins({"PLUGINS": names, "PLUGIN_PATHS": [sys.argv[1] + "/plugins/features"]})
    found[" ".join(names)] = [plugin.__file__ for plugin in plugins]
print(json.dumps(found))
"""


def test_bare_names_would_load_the_installed_fakes_and_dotted_names_load_ours(tmp_path, shadowing):
    environment, _ = shadowing
    found = json.loads(python(LOAD, ROOT, env=environment, cwd=tmp_path))
    installed = str(tmp_path / "installed" / "pelican" / "plugins")
    assert found["search seo"] == [f"{installed}/search/__init__.py", f"{installed}/seo/__init__.py"]
    assert found["plugins.features.search plugins.features.seo"] == [
        str(ROOT / "plugins" / "features" / "search" / "__init__.py"),
        str(ROOT / "plugins" / "features" / "seo" / "__init__.py"),
    ]


def pelican(tmp_path, *options, env):
    write_files(tmp_path / "content", {
        "articles/2020/a.md": article("Kết quả công tác dân vận năm 2020", "2020-11-09T09:00:00+07:00"),
    })
    return subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelicanconf.py"), str(tmp_path / "content"),
         "-o", str(tmp_path / "output"), *options],
        capture_output=True, encoding="utf-8", env=env, cwd=tmp_path,
    )


def test_the_site_builds_with_its_own_plugins_beside_namespace_fakes(tmp_path, shadowing):
    environment, markers = shadowing
    run = pelican(tmp_path, env=environment)
    assert run.returncode == 0, run.stdout + run.stderr
    assert sorted(os.listdir(markers)) == []  # no fake was registered
    output = tmp_path / "output"
    search = BeautifulSoup((output / "tim-kiem" / "index.html").read_text(encoding="utf-8"), "lxml")
    assert search.find("form", attrs={"role": "search"}).find("input", attrs={"name": "q"}) is not None
    assert search.select("[data-search-results]")
    page = BeautifulSoup((output / ARTICLE / "index.html").read_text(encoding="utf-8"), "lxml")
    assert page.find("meta", attrs={"property": "og:title"})["content"].startswith("Kết quả công tác dân vận")
    assert page.find("script", attrs={"type": "application/ld+json"}) is not None


def test_a_plugin_paths_folder_cannot_stand_in_for_one_of_ours(tmp_path):
    """Pelican looks the last part of "plugins.features.seo" up in PLUGIN_PATHS first."""
    fake_plugins(tmp_path / "third-party", ["seo"])
    markers = tmp_path / "markers"
    markers.mkdir()
    environment = {"PATH": "/usr/bin:/bin", "COLUMNS": "300", "FAKE_PLUGIN_MARKERS": str(markers)}
    run = pelican(tmp_path, "-e", f"PLUGIN_PATHS={json.dumps([str(tmp_path / 'third-party')])}", env=environment)
    printed = run.stdout + run.stderr
    assert run.returncode == 1, printed
    assert (markers / "seo").is_file()  # the fake did stand in, and the build refused it
    assert "plugin plugins.features.seo được nạp từ third-party/seo/__init__.py" in printed
    assert "Traceback" not in printed
    assert not (tmp_path / "output" / "index.html").exists()
