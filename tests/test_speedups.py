"""The speed-ups change nothing but time: with SPEEDUPS_ENABLED off, the same site, byte for byte."""

import pytest
from pelican.generators import ArticlesGenerator

from plugins.features.front_matter import BuildError
from plugins.speedups import period_archives
from sitebuild import article, build, differences, varied_archive

pytestmark = pytest.mark.build


def test_the_site_is_the_same_with_the_speedups_off(tmp_path):
    fast = build(tmp_path / "on", varied_archive(), DEFAULT_PAGINATION=3)
    plain = build(tmp_path / "off", varied_archive(), DEFAULT_PAGINATION=3, SPEEDUPS_ENABLED=False)
    assert differences(fast.output, plain.output) == []
    # The comparison covers what the speed-ups touch: paginated lists, year and month archives.
    assert all(fast.exists(url) for url in ("/page/2/", "/2019/", "/2019/03/", "/to-chuc/"))


def test_off_means_pelicans_own_period_archives_and_no_page_reuse(tmp_path):
    build(tmp_path / "off", varied_archive(), SPEEDUPS_ENABLED=False)
    assert ArticlesGenerator._build_period_archives is period_archives.PELICAN_BUILD
    assert not (tmp_path / "off" / "cache" / "page-reuse-files.json").exists()
    build(tmp_path / "on", varied_archive())
    assert ArticlesGenerator._build_period_archives is period_archives.build_period_archives
    assert (tmp_path / "on" / "cache" / "page-reuse-files.json").is_file()


def test_a_switch_that_is_not_true_or_false_stops_the_build(tmp_path):
    with pytest.raises(BuildError) as caught:
        build(tmp_path, {"articles/2020/a.md": article("Tin", "2020-01-01")}, SPEEDUPS_ENABLED="không")
    assert [str(problem).split(": ")[:2] for problem in caught.value.problems] == [["pelicanconf.py", "SPEEDUPS_ENABLED"]]
