"""The private parts of Pelican the plugins use are still there; when one moves, the build says which."""

import importlib.metadata
import subprocess
import sys
from types import SimpleNamespace

import pytest
from sitebuild import ROOT, article, write_files

from plugins.libs import pelican_internals
from plugins.libs.pelican_internals import PELICAN_CHECKED, SITEMAP_CHECKED, InternalsChanged, check


@pytest.mark.parametrize("pelican_version", [PELICAN_CHECKED], ids=lambda version: f"pelican-{version}")
def test_installed_pelican_has_every_internal_checked(pelican_version):
    """Pelican 4.12.0 and pelican-sitemap 1.2.2 (the constants) are what is installed, and check() passes."""
    assert importlib.metadata.version("pelican") == pelican_version
    assert importlib.metadata.version("pelican-sitemap") == SITEMAP_CHECKED
    check()


def test_a_missing_method_is_named_with_both_versions():
    class Writer:  # a Pelican whose writer lost its private file opening
        def __init__(self, output_path, settings=None):
            self._written_files, self._overridden_files = set(), set()

    with pytest.raises(InternalsChanged) as raised:
        check({pelican_internals.WRITER: Writer})
    message = str(raised.value)
    installed = importlib.metadata.version("pelican")
    assert "Writer._open_w(self, filename, encoding, override=False) không còn" in message
    assert f"đã kiểm tra với pelican {PELICAN_CHECKED}, máy này cài pelican {installed}" in message
    assert "_written_files" not in message  # only what moved is named


def test_a_changed_signature_is_named_with_both_signatures():
    class ArticlesGenerator:
        def _build_period_archives(self, articles, settings):
            return {}

    with pytest.raises(InternalsChanged, match=r"ArticlesGenerator\._build_period_archives đổi từ "
                       r"\(self, sorted_articles, articles, settings\) thành \(self, articles, settings\)"):
        check({pelican_internals.ARTICLES_GENERATOR: ArticlesGenerator})


def test_a_missing_instance_attribute_is_named():
    class SitemapGenerator:
        def __init__(self):
            self.now, self._main_pelican = None, None  # no page_queue

    with pytest.raises(InternalsChanged, match=r"SitemapGenerator\.page_queue \(thuộc tính\) không còn "
                       rf"\(đã kiểm tra với pelican-sitemap {SITEMAP_CHECKED}"):
        check({pelican_internals.SITEMAP_GENERATOR: SitemapGenerator})


# A Pelican upgrade that drops Writer._open_w, then the real build command.
UPGRADED_BUILD = """
import sys
import pelican.writers
del pelican.writers.Writer._open_w
from pelican.__main__ import main
sys.argv = ["pelican", *sys.argv[1:]]
main()
"""


@pytest.mark.build
def test_the_build_stops_at_plugin_load_with_one_line(tmp_path):
    content, output = tmp_path / "content", tmp_path / "output"
    write_files(content, {"articles/2020/a.md": article("Giao ban quý I", "2020-03-28")})
    run = subprocess.run(
        [sys.executable, "-c", UPGRADED_BUILD, "-s", str(ROOT / "pelicanconf.py"), str(content), "-o", str(output)],
        capture_output=True, encoding="utf-8", cwd=tmp_path, env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 1
    lines = [line for line in (run.stdout + run.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("Không dựng trang: plugin dùng phần bên trong của Pelican đã đổi: Writer._open_w")
    assert f"đã kiểm tra với pelican {PELICAN_CHECKED}" in lines[0]
    assert not output.exists()  # stopped before anything was written


def test_pelicans_own_method_is_checked_after_a_plugin_replaced_it():
    from plugins.speedups import period_archives  # noqa: PLC0415

    period_archives.install(SimpleNamespace(settings={}))  # a build with the speed-ups on
    check()  # the replacement's signature is ours; Pelican's original is what is checked
    assert pelican_internals.pelican_period_archives() is period_archives.PELICAN_BUILD
