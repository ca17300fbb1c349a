"""The content model's front-matter fields: which exist, their types, their checks.

Strict on purpose: a typo such as `titel:` or an impossible date would otherwise
publish a wrong article without anyone noticing.
"""

import difflib
import re
from datetime import date, datetime, time

from . import controls, links
from .errors import ContentError

REQUIRED = ("title", "date")
PAGE_REQUIRED = ("title",)  # a fixed page ("Giới thiệu") has no publication date
TEXT_FIELDS = ("title", "category", "unit", "author", "author_title", "summary", "source", "image", "period")
LIST_FIELDS = ("organizations", "exclude_organizations", "review")
FIELDS = frozenset(
    TEXT_FIELDS + LIST_FIELDS + ("date", "modified", "slug", "status", "template")
)
STATUSES = ("published", "draft", "hidden")
# The theme's templates that show one article or page; the others need a list or nothing.
TEMPLATES = ("article", "page")
# The archive starts with the Party's mass mobilization work of 1945; a date past
# next year is a typo (9999-12-31 drew 7,980 empty years in the per-year chart).
EARLIEST = date(1945, 1, 1)
NULL_HELP = "không được để trống (null và ~ trong YAML nghĩa là rỗng: muốn giữ đúng chữ đó, hãy đặt trong ngoặc kép)"
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DATE_HELP = "viết 2020-11-09 hoặc 2020-11-09T09:00:00+07:00"


def parse_when(text, zone):
    """ISO 8601 text to (aware datetime in the site's zone, whether a time was given)."""
    text = text.strip()
    if "T" not in text and " " not in text:
        return datetime.combine(date.fromisoformat(text), time(), zone), False
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone), True
    return moment.astimezone(zone), True


def latest_date(zone):
    """The last day a date may name: 31 December of next year, in the site's zone."""
    return date(datetime.now(zone).year + 1, 12, 31)


def _error(document, key, message):
    return ContentError(document.path, document.line_of(key), f"{key}: {message}")


def _outside(document, key, value, zone):
    return _error(
        document, key,
        f"ngày '{value.strip()}' nằm ngoài khoảng của kho lưu trữ "
        f"(từ {EARLIEST:%d/%m/%Y} đến {latest_date(zone):%d/%m/%Y})",
    )


def _check_date(document, key, value, zone):
    if not isinstance(value, str) or not value.strip():
        raise _error(document, key, f"cần ngày tháng ({DATE_HELP})")
    try:
        moment, has_time = parse_when(value, zone)
    except OverflowError:  # 9999-12-31T23:00-12:00 is past year 9999 in Vietnam
        raise _outside(document, key, value, zone) from None
    except ValueError:
        raise _error(document, key, f"ngày giờ không hợp lệ '{value}' ({DATE_HELP})") from None
    if not EARLIEST <= moment.date() <= latest_date(zone):
        raise _outside(document, key, value, zone)
    return moment, has_time


def _check_modified(document, values, times):
    """`modified` may not come before `date`; a day without time is compared as a day."""
    published, modified = values["date"], values["modified"]
    earlier = modified < published if all(times) else modified.date() < published.date()
    if earlier:
        raise _error(document, "modified", "ngày sửa bài không được trước ngày đăng ('date')")


def _check_controls(document, key, texts):
    for text in texts:
        found = controls.first_forbidden(text)
        if found:
            raise _error(document, key, controls.message(found.group()))


def _check_text(document, key, value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise _error(document, key, "cần một đoạn văn bản")
    value = value.strip()
    if not value:
        raise _error(document, key, "không được để trống")
    _check_controls(document, key, [value])
    return value


def _check_list(document, key, value):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _error(document, key, "cần một danh sách, ví dụ [mttq, ban-dan-van]")
    _check_controls(document, key, value)
    return [item.strip() for item in value if item.strip()]


def _check_source(document, value):
    """The page an article was first published on: a web address readers can open."""
    if not links.is_web_address(value):
        raise _error(
            document, "source",
            f"'{links.shown(value)}' không phải địa chỉ web: chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://",
        )
    return value


def _check_image(document, value):
    """An image under the site (`images/a.jpg`, `{static}/images/a.jpg`) or a web address."""
    if links.scheme(value) and not links.is_web_address(value):
        raise _error(
            document, "image",
            f"'{links.shown(value)}': ảnh phải là đường dẫn trong trang (images/...) hoặc địa chỉ http(s)://",
        )
    return value


def _check_summary(document, value):
    problem = links.summary_problem(value)
    if problem:
        raise _error(document, "summary", problem)
    return value


def _check_template(document, value):
    if value not in TEMPLATES:
        raise _error(document, "template", f"chỉ nhận một mẫu trang của giao diện: {', '.join(TEMPLATES)}")
    return value


FIELD_CHECKS = {"source": _check_source, "image": _check_image, "summary": _check_summary}


def _unknown_key_message(key):
    message = f"khóa '{key}' không có trong mô hình nội dung"
    close = difflib.get_close_matches(str(key), sorted(FIELDS), n=1)
    return f"{message}; có phải ý bạn là '{close[0]}'?" if close else message


def validate(document, zone, required=REQUIRED):
    """Return the front matter as checked Python values, or raise ContentError.

    `zone` is the site's (plugins/libs/timezone.py): dates without an offset are its wall-clock time.
    """
    values = document.metadata
    for key in values:
        if key not in FIELDS:
            raise ContentError(document.path, document.line_of(key), _unknown_key_message(key))
    for key in required:
        if key not in values:
            raise ContentError(document.path, 1, f"thiếu trường bắt buộc '{key}'")

    clean, times = {}, {}
    for key, value in values.items():
        if value is None:
            raise _error(document, key, NULL_HELP)
        if key in TEXT_FIELDS:
            clean[key] = _check_text(document, key, value)
            if key in FIELD_CHECKS:
                clean[key] = FIELD_CHECKS[key](document, clean[key])
        elif key in LIST_FIELDS:
            clean[key] = _check_list(document, key, value)
        elif key in ("date", "modified"):
            clean[key], times[key] = _check_date(document, key, value, zone)
            if key == "date":
                clean["date_has_time"] = times[key]
        elif key == "slug":
            if not isinstance(value, str) or not SLUG_PATTERN.fullmatch(value):
                raise _error(document, key, "chỉ gồm chữ thường không dấu, số và '-', ví dụ 'giao-ban-quy-1'")
            clean[key] = value
        elif key == "status":
            if value not in STATUSES:
                raise _error(document, key, f"phải là một trong {', '.join(STATUSES)}")
            clean[key] = value
        elif key == "template":
            clean[key] = _check_template(document, _check_text(document, key, value))
    if "date" in clean and "modified" in clean:
        _check_modified(document, clean, times.values())
    return clean
