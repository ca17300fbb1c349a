"""The content model's front-matter fields: which exist, their types, their checks.

Strict on purpose: a typo such as `titel:` or an impossible date would otherwise
publish a wrong article without anyone noticing.
"""

import difflib
import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from .errors import ContentError

TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
REQUIRED = ("title", "date")
PAGE_REQUIRED = ("title",)  # a fixed page ("Giới thiệu") has no publication date
TEXT_FIELDS = ("title", "category", "unit", "author", "author_title", "summary", "source", "image")
LIST_FIELDS = ("organizations", "exclude_organizations", "review")
FIELDS = frozenset(
    TEXT_FIELDS + LIST_FIELDS + ("date", "modified", "slug", "status", "template")
)
STATUSES = ("published", "draft", "hidden")
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DATE_HELP = "viết 2020-11-09 hoặc 2020-11-09T09:00:00+07:00"


def parse_when(text):
    """ISO 8601 text to (aware datetime in Vietnam time, whether a time was given)."""
    text = text.strip()
    if "T" not in text and " " not in text:
        return datetime.combine(date.fromisoformat(text), time(), TIMEZONE), False
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TIMEZONE), True
    return moment.astimezone(TIMEZONE), True


def _error(document, key, message):
    return ContentError(document.path, document.line_of(key), f"{key}: {message}")


def _check_date(document, key, value):
    if not isinstance(value, str) or not value.strip():
        raise _error(document, key, f"cần ngày tháng ({DATE_HELP})")
    try:
        return parse_when(value)
    except ValueError:
        raise _error(document, key, f"ngày giờ không hợp lệ '{value}' ({DATE_HELP})") from None


def _check_text(document, key, value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise _error(document, key, "cần một đoạn văn bản")
    value = value.strip()
    if not value:
        raise _error(document, key, "không được để trống")
    return value


def _check_list(document, key, value):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _error(document, key, "cần một danh sách, ví dụ [mttq, ban-dan-van]")
    return [item.strip() for item in value if item.strip()]


def _unknown_key_message(key):
    message = f"khóa '{key}' không có trong mô hình nội dung"
    close = difflib.get_close_matches(str(key), sorted(FIELDS), n=1)
    return f"{message}; có phải ý bạn là '{close[0]}'?" if close else message


def validate(document, required=REQUIRED):
    """Return the front matter as checked Python values, or raise ContentError."""
    values = document.metadata
    for key in values:
        if key not in FIELDS:
            raise ContentError(document.path, document.line_of(key), _unknown_key_message(key))
    for key in required:
        if values.get(key) is None:
            raise ContentError(document.path, 1, f"thiếu trường bắt buộc '{key}'")

    clean = {}
    for key, value in values.items():
        if value is None:
            raise _error(document, key, "không được để trống")
        if key in TEXT_FIELDS:
            clean[key] = _check_text(document, key, value)
        elif key in LIST_FIELDS:
            clean[key] = _check_list(document, key, value)
        elif key in ("date", "modified"):
            clean[key], has_time = _check_date(document, key, value)
            if key == "date":
                clean["date_has_time"] = has_time
        elif key == "slug":
            if not isinstance(value, str) or not SLUG_PATTERN.fullmatch(value):
                raise _error(document, key, "chỉ gồm chữ thường không dấu, số và '-', ví dụ 'giao-ban-quy-1'")
            clean[key] = value
        elif key == "status":
            if value not in STATUSES:
                raise _error(document, key, f"phải là một trong {', '.join(STATUSES)}")
            clean[key] = value
        else:
            clean[key] = _check_text(document, key, value)
    return clean
