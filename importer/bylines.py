"""Bylines at the foot of an article: a person or an office, and a position.

Seen: "Nguyễn Thị Phương Hải - UVBTV, Trưởng ban Dân vận Thị ủy",
"Ngô Quyền-Văn phòng Huyện ủy", a name line followed by a position line, a name alone.
"""

import re
from dataclasses import dataclass

CREDIT = re.compile(
    r"^(?:(?:tin|bài|ảnh|tin và ảnh|tin, ảnh|tin - ảnh|bài và ảnh|bài, ảnh|tác giả|người viết|thực hiện)\s*:\s*)",
    re.IGNORECASE,
)
SEPARATOR = re.compile(r"\s*[-–—]\s*|\s*\(\s*")
OFFICE = re.compile(
    r"^(ban|văn phòng|phòng|hội|đoàn|trung tâm|ubnd|ủy ban|uỷ ban|mttq|mặt trận|huyện ủy|huyện uỷ|thị ủy|thị uỷ|"
    r"đảng ủy|đảng uỷ|công an|liên đoàn|cổng thông tin|đài|bộ phận|tổ|phóng viên|nhóm phóng viên)\b",
    re.IGNORECASE,
)
POSITION = re.compile(
    r"\b(uv|btv|uvbtv|ủy viên|uỷ viên|trưởng|phó|bí thư|chủ tịch|giám đốc|văn phòng|ban|huyện ủy|huyện uỷ|thị ủy|"
    r"thị uỷ|phóng viên|pv|ctv|cộng tác viên|chuyên viên|cán bộ|thường trực|đảng ủy|đảng uỷ|huyện đoàn|thị đoàn|"
    r"thành đoàn|tỉnh đoàn|đoàn|hội)\b",
    re.IGNORECASE,
)
SENTENCE_END = ".!?…;"


@dataclass(frozen=True)
class Byline:
    author: str
    author_title: str = ""


def is_name(text):
    """A Vietnamese personal name: two to six capitalized words, nothing else."""
    words = text.split()
    return 2 <= len(words) <= 6 and len(text) <= 40 and all(w[0].isupper() and w.isalpha() for w in words)


# Initials as newspapers sign: "L.Duy", "N.DƯƠNG", "P.V", "HP".
INITIALS = re.compile(r"^(?:[A-ZĐ]\.\s?[A-ZÀ-ỸĐ][^\W\d_]+|[A-ZĐ]\.[A-ZĐ]\.?|[A-ZĐ]{2,3})$")


def is_initials(text):
    return bool(INITIALS.match(text))


def is_names(text):
    """Co-authors joined by a dash: "Khánh Linh - Hoàng Luận", "VĂN HÀO - TRẦN HỮU"."""
    parts = re.split(r"\s+[-–]\s+", text)
    return len(parts) >= 2 and all(is_name(part) for part in parts)


def is_office(text):
    return bool(OFFICE.match(text)) and len(text.split()) <= 10 and text[-1] not in SENTENCE_END


def is_position(text):
    return len(text.split()) <= 15 and text[-1] not in SENTENCE_END and bool(POSITION.search(text))


def parse(text):
    """One line as a byline ("Name - Position", "Tin, ảnh: Name", a name, an office) or None."""
    text = CREDIT.sub("", text).strip()
    if not text:
        return None
    if is_names(text):
        return Byline(text)
    parts = SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2 and is_name(parts[0]):
        position = parts[1].rstrip(") ").strip()
        if position and is_position(position):
            return Byline(parts[0], position)
    if is_name(text) or is_office(text) or is_initials(text):
        return Byline(text)
    return None


def parse_lines(first, second=None):
    """The byline in one or two lines, with how many lines it used."""
    if second is not None and is_name(CREDIT.sub("", first).strip()) and is_position(second):
        return Byline(CREDIT.sub("", first).strip(), second), 2
    byline = parse(first)
    return (byline, 1) if byline else (None, 0)
