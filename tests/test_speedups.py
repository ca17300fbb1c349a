"""The speed-ups change nothing but time: with SPEEDUPS_ENABLED off, the same site, byte for byte."""

from pathlib import Path

import pytest
from pelican.generators import ArticlesGenerator

from plugins.features.front_matter import BuildError
from plugins.speedups import period_archives
from sitebuild import ROOT, article, build

pytestmark = pytest.mark.build

ORGANIZATIONS = ("Ban Dân vận Huyện ủy", "Hội Nông dân huyện", "Đoàn Thanh niên", "Hội Cựu chiến binh")


def content():
    """Enough articles over years and months for paginated lists, year and month archives, units."""
    vocabulary = (ROOT / "content" / "data" / "organizations.yml").read_text(encoding="utf-8")
    files = {"data/organizations.yml": vocabulary}
    for n in range(1, 41):
        year, month = 2017 + n % 4, n % 12 + 1
        files[f"articles/{year}/tin-{n}.md"] = article(
            f"Tin số {n}: {ORGANIZATIONS[n % 4]} họp giao ban", f"{year}-{month:02d}-{n % 27 + 1:02d}T08:00:00+07:00",
            f"{ORGANIZATIONS[n % 4]} tổ chức hội nghị lần thứ {n}.\n\nĐoạn hai của tin {n}.",
            category=("Giao ban", "Tin hoạt động", "Tổng kết năm")[n % 3],
            unit=("Huyện Kim Sơn", "Thị xã Hòa Thành")[n % 2],
        )
    return files


def files_of(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in Path(folder).rglob("*") if path.is_file()}


def test_the_site_is_the_same_with_the_speedups_off(tmp_path):
    fast = files_of(build(tmp_path / "on", content(), DEFAULT_PAGINATION=3).output)
    plain = files_of(build(tmp_path / "off", content(), DEFAULT_PAGINATION=3, SPEEDUPS_ENABLED=False).output)
    assert sorted(fast) == sorted(plain)
    assert [name for name in sorted(fast) if fast[name] != plain[name]] == []
    # The comparison covers what the speed-ups touch: paginated lists, year and month archives.
    assert {"page/2/index.html", "2019/index.html", "2019/03/index.html"} <= set(fast)


def test_off_means_pelicans_own_period_archives_and_no_page_reuse(tmp_path):
    build(tmp_path / "off", content(), SPEEDUPS_ENABLED=False)
    assert ArticlesGenerator._build_period_archives is period_archives.PELICAN_BUILD
    assert not (tmp_path / "off" / "cache" / "page-reuse-files.json").exists()
    build(tmp_path / "on", content())
    assert ArticlesGenerator._build_period_archives is period_archives.build_period_archives
    assert (tmp_path / "on" / "cache" / "page-reuse-files.json").is_file()


def test_a_switch_that_is_not_true_or_false_stops_the_build(tmp_path):
    with pytest.raises(BuildError) as caught:
        build(tmp_path, {"articles/2020/a.md": article("Tin", "2020-01-01")}, SPEEDUPS_ENABLED="không")
    assert [str(problem).split(": ")[:2] for problem in caught.value.problems] == [["pelicanconf.py", "SPEEDUPS_ENABLED"]]
