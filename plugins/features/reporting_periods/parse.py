"""Read the `period:` an editor writes in front matter: one period, or "không" for an article that is not periodic."""

import re

from plugins.libs.vietnamese_text import fold

from .mentions import find_mentions, prepare
from .period import Period

NOT_PERIODIC = {"khong"}
ACCEPTED_FORMS = (
    "tháng 3/2019 (hoặc tháng 3 năm 2019)",
    "quý I/2019 (hoặc quý 1 năm 2019)",
    "6 tháng đầu năm 2019",
    "9 tháng năm 2019",
    "năm 2023",
    "năm học 2021-2022",
    "nhiệm kỳ 2019-2024",
    "không (bài không phải báo cáo định kỳ)",
)
# The keys the site itself shows in addresses ("2019-quy-1") are accepted as well.
KEY = re.compile(r"(\d{4})-(?:(\d{4})-(nam-hoc|nhiem-ky)|(thang|quy)-(\d{1,2})|(6-thang|9-thang|nam))")

def _error(value):
    return ValueError(
        f"Không đọc được kỳ báo cáo «{value}». Ghi đúng một kỳ theo một trong các dạng: "
        + "; ".join(ACCEPTED_FORMS) + "."
    )

def _from_key(value):
    match = KEY.fullmatch(value)
    if not match:
        return None
    year, end_year, spanning, numbered, number, plain = match.groups()
    if spanning:
        return Period(int(year), spanning, None, int(end_year))
    if numbered:
        return Period(int(year), numbered, int(number))
    return Period(int(year), plain)

def parse_period(value):
    """The Period an editor wrote; None for "không"; ValueError (in Vietnamese, listing the forms) otherwise."""
    text = " ".join(str(value or "").split()).strip(" .,;")
    if fold(text) in NOT_PERIODIC:
        return None
    prepared, patterns = prepare(text)
    try:
        keyed = _from_key(prepared)
        if keyed is not None:
            return keyed
        mentions = find_mentions(prepared, patterns)
        if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(prepared)):
            raise _error(value)
        mention = mentions[0]
        if mention.plan or mention.mid_term or (mention.kind not in ("nam-hoc", "nhiem-ky") and mention.year is None):
            raise _error(value)
        return Period(mention.year, mention.kind, mention.number, mention.end_year)
    except ValueError as error:
        if str(error).startswith("Không đọc được"):
            raise
        raise _error(value) from error
