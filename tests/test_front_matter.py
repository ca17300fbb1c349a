"""The strict front matter: every kind of bad input gives `path:line: message`."""

import unicodedata
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from plugins.features.front_matter.document import parse
from plugins.features.front_matter.errors import ContentError
from plugins.features.front_matter.schema import validate
from plugins.libs.slugs import cap, slug_for

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
GOOD = "---\ntitle: Hội nghị giao ban\ndate: 2020-11-09T09:00:00+07:00\n---\nThân bài.\n"


def read(text, path="content/articles/2020/bai.md"):
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    document = parse(path, raw)
    return document, validate(document, VIETNAM)


def error_of(text):
    with pytest.raises(ContentError) as caught:
        read(text)
    return caught.value


def test_good_file_gives_values_and_body():
    document, values = read(GOOD)
    assert values["title"] == "Hội nghị giao ban"
    assert values["date"].isoformat() == "2020-11-09T09:00:00+07:00"
    assert values["date_has_time"] is True
    assert document.body.strip() == "Thân bài."
    assert document.line_of("date") == 3


def test_yaml_syntax_error_names_file_and_line():
    error = error_of("---\ntitle: Hội nghị\ndate: 2020-11-09\ncategory: [Giao ban\n---\n")
    assert error.path == "content/articles/2020/bai.md"
    assert error.line in (4, 5)
    assert "YAML" in error.message
    assert str(error).startswith(f"content/articles/2020/bai.md:{error.line}: ")


@pytest.mark.parametrize("missing", ["title", "date"])
def test_missing_required_field(missing):
    text = GOOD.replace(next(line for line in GOOD.splitlines() if line.startswith(missing)) + "\n", "")
    error = error_of(text)
    assert f"'{missing}'" in error.message
    assert error.line == 1


def test_impossible_date_is_reported_on_its_line():
    error = error_of("---\ntitle: A\ndate: 2020-02-31\n---\n")
    assert error.line == 3
    assert "2020-02-31" in error.message


def test_date_without_time_is_midnight_in_vietnam_and_flagged():
    _, values = read("---\ntitle: A\ndate: 2020-11-09\n---\n")
    assert values["date"].utcoffset() == timedelta(hours=7)
    assert (values["date"].hour, values["date"].minute) == (0, 0)
    assert values["date_has_time"] is False


def test_time_without_offset_is_vietnam_time_and_other_offsets_are_converted():
    _, values = read("---\ntitle: A\ndate: 2020-11-09T09:00\n---\n")
    assert values["date"] == datetime.fromisoformat("2020-11-09T09:00+07:00")
    _, values = read("---\ntitle: A\ndate: 2020-11-09T02:00:00Z\n---\n")
    assert values["date"].isoformat() == "2020-11-09T09:00:00+07:00"


def test_bom_and_crlf_are_accepted():
    document, values = read(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    assert values["title"] == "Hội nghị giao ban"
    assert "\r" not in document.body


def test_nfd_text_is_stored_nfc():
    nfd = unicodedata.normalize("NFD", GOOD)
    assert nfd != GOOD
    document, values = read(nfd)
    assert values["title"] == unicodedata.normalize("NFC", "Hội nghị giao ban")
    assert unicodedata.is_normalized("NFC", document.body)


def test_windows_1258_file_is_refused_with_its_line():
    raw = GOOD.replace("Thân bài.", "Thân bài.").encode("utf-8").replace(
        "Thân".encode("utf-8"), "Thân".encode("cp1258")
    )
    error = error_of(raw)
    assert error.line == 5
    assert "UTF-8" in error.message


def test_unknown_key_suggests_the_right_one():
    error = error_of("---\ntitle: A\ndate: 2020-11-09\ncatgory: Giao ban\n---\n")
    assert error.line == 4
    assert "'category'" in error.message


def test_duplicate_key_is_an_error():
    error = error_of("---\ntitle: A\ndate: 2020-11-09\ntitle: B\n---\n")
    assert error.line == 4


def test_file_without_front_matter():
    error = error_of("Chỉ có thân bài.\n")
    assert error.line == 1


def test_unclosed_front_matter():
    assert "'---'" in error_of("---\ntitle: A\ndate: 2020-11-09\n").message


def test_bad_slug_and_status():
    assert error_of("---\ntitle: A\ndate: 2020-11-09\nslug: Hội nghị\n---\n").line == 4
    assert error_of("---\ntitle: A\ndate: 2020-11-09\nstatus: nháp\n---\n").line == 4


def test_slug_is_ascii_and_capped_at_a_word_boundary():
    settings = {"FRONT_MATTER_SLUG_MAX_LENGTH": 80}
    assert slug_for("Đảng ủy xã Kỳ Hoa", settings) == "dang-uy-xa-ky-hoa"
    long_title = "Hội nghị giao ban công tác dân vận " * 12
    slug = slug_for(long_title, settings)
    assert len(long_title) > 400
    assert 0 < len(slug) <= 80
    assert slug.isascii() and not slug.endswith("-")
    assert long_title.lower().startswith("hội nghị") and slug.startswith("hoi-nghi-giao-ban")
    assert cap("abc-def", 7) == "abc-def"
    assert len(cap("abc-def-ghi", 10)) <= 10


def test_long_headlines_differing_only_at_the_end_get_different_slugs():
    settings = {"FRONT_MATTER_SLUG_MAX_LENGTH": 80}
    stem = "Ban Dân vận Huyện ủy kiểm tra thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm 2015"
    first, second = slug_for(stem + " tại xã Kỳ Hoa", settings), slug_for(stem + " tại xã Kỳ Hà", settings)
    assert first != second
    assert first[:60] == second[:60]
    assert slug_for(stem + " tại xã Kỳ Hoa", settings) == first, "stable across builds"
