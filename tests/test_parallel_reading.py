"""Reading in worker processes gives exactly what reading one file at a time gives."""

import pytest
from plugins.features.front_matter import BuildError
from sitebuild import article, build, differences

pytestmark = pytest.mark.build  # every test here builds a whole site

FILES = {
    f"articles/2020/tin-{n}.md": article(
        f"Tin “số” {n} -- HĐND & UBND", f"2020-0{n % 9 + 1}-0{n % 7 + 1}T08:00:00+07:00",
        f"Đoạn một... của tin {n}, có \"ngoặc kép\" và 'đơn'.\n\nĐoạn hai -- gạch nối.",
        category="Giao ban", unit="Huyện Kim Sơn", summary=f"Tóm tắt \"tin\" {n}",
    )
    for n in range(1, 13)
}


def test_parallel_and_serial_reading_write_the_same_site(tmp_path):
    serial = build(tmp_path / "serial", FILES, FRONT_MATTER_PROCESSES=1).output
    parallel = build(tmp_path / "parallel", FILES, FRONT_MATTER_PROCESSES=2, FRONT_MATTER_PARALLEL_MIN=1).output
    assert differences(serial, parallel) == []
    assert "&#8220;" in (serial / "2020" / "02" / "tin-so-1-hdnd-ubnd" / "index.html").read_text(encoding="utf-8")


def test_a_content_error_found_by_a_worker_names_file_and_line(tmp_path):
    files = {**FILES, "articles/2020/sai.md": "---\ntitle: Sai\ndate: 2020-02-31\n---\nx\n"}
    with pytest.raises(BuildError) as caught:
        build(tmp_path, files, FRONT_MATTER_PROCESSES=2, FRONT_MATTER_PARALLEL_MIN=1)
    assert "articles/2020/sai.md:3: date:" in str(caught.value)


def test_the_content_cache_is_dropped_when_reading_settings_change(tmp_path):
    files = {"articles/2020/a.md": article("Tin “mới”", "2020-05-05", "Đoạn \"một\".")}
    typographic = build(tmp_path, files)
    page = "2020/05/tin-moi/index.html"
    assert "&#8220;một&#8221;" in (typographic.output / page).read_text(encoding="utf-8")
    plain = build(tmp_path, files, FRONT_MATTER_TYPOGRIFY=False)
    assert "&#8220;" not in (plain.output / page).read_text(encoding="utf-8")
    assert (tmp_path / "cache" / "ArticlesGenerator-Readers").is_file()


def test_derived_values_are_computed_while_reading_and_cached(tmp_path):
    """FRONT_MATTER_DERIVED: the search spellings come with the article, from a worker, then from the cache."""
    from pelican import signals  # noqa: PLC0415
    from plugins.features.search.spellings import article_spellings  # noqa: PLC0415

    files = {f"articles/2020/hoa-{n}.md": article(f"Thị xã Hoà Thành {n}", "2020-05-05", "Đại hội **Đảng** bộ.") for n in (1, 2)}
    seen = []

    def collect(generator):
        seen.append({item.slug: item.search_spellings for item in generator.articles})
        assert all(item.search_spellings == article_spellings(item.title, item.content) for item in generator.articles)

    signals.article_generator_finalized.connect(collect)
    try:
        build(tmp_path, files, FRONT_MATTER_PROCESSES=2, FRONT_MATTER_PARALLEL_MIN=1)
        assert (tmp_path / "cache" / "ArticlesGenerator-Readers").is_file()
        build(tmp_path, files, FRONT_MATTER_PROCESSES=2, FRONT_MATTER_PARALLEL_MIN=1)
    finally:
        signals.article_generator_finalized.disconnect(collect)
    expected = {"thi-xa-hoa-thanh-1": ("hòa", "dai dang"), "thi-xa-hoa-thanh-2": ("hòa", "dai dang")}
    assert seen == [expected, expected]
