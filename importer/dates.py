"""Publication dates as legacy portals print them, read without the machine's locale.

Seen: "Thứ hai - 09/11/2020 09:00", "(20/02/2019 08:53 PM)", ISO datetimes in HTML,
"ngày 9 tháng 11 năm 2020", and a lede's "Sáng ngày 03/10" whose year must come
from elsewhere (then the caller records the guess for review).
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from importer import site

ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2}(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})(?!\d)")
WORDS = re.compile(
    r"(?:ngày\s+)?(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*,?\s+(?:năm\s+)?(?P<y>\d{4})(?!\d)", re.IGNORECASE
)
def _full_year(digits):
    """"19" is 2019; "99" is 1999: a two-digit year after the current one is last century's."""
    year = int(digits)
    if len(digits) != 2:
        return year
    return 2000 + year if 2000 + year <= date.today().year else 1900 + year


# Two-digit years ("08/04/19"), read only on a line that is a dateline.
DMY_SHORT = re.compile(r"(?<![\d/])(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{2})(?![\d/])")
CLOCK = re.compile(
    r"(?<![\d/])(?P<H>\d{1,2})\s*(?::|h|giờ)\s*(?P<M>\d{2})(?::\d{2})?(?:\s*(?P<ampm>AM|PM|SA|CH|sáng|chiều|tối)\b)?",
    re.IGNORECASE,
)
# Words a dateline may carry besides the date itself.
DATELINE_WORDS = re.compile(
    r"\b(thứ\s*(hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7]|ngày đăng|ngày|đăng ngày|đăng lúc|cập nhật( lúc| ngày)?|"
    r"thời gian|lúc|gửi lúc|gửi ngày|ngày gửi|xuất bản|published|posted|updated|on|at|lượt xem|lượt đọc|xem|bình luận|views?|"
    r"gmt\s*[+-]?\s*\d{0,2})(?!\w)",
    re.IGNORECASE,
)
LEDE_DATE = re.compile(
    r"^\s*(?:\(?[^\W\d][^()\-–,\d]{0,30}\)?\s*[-–]\s*)?(?:(?P<part>sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày|hôm)?\s*"
    r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?\s*,",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class Moment:
    day: date
    clock: time | None = None

    def iso(self):
        """ISO 8601 in the site's time zone, with its offset; the date alone when no time was read."""
        if self.clock is None:
            return self.day.isoformat()
        return datetime.combine(self.day, self.clock, site.zone()).isoformat(timespec="seconds")


def _clock(text):
    match = CLOCK.search(text)
    if not match:
        return None, None
    hour, minute = int(match["H"]), int(match["M"])
    marker = (match["ampm"] or "").lower()
    if marker in ("pm", "ch", "chiều", "tối") and hour < 12:
        hour += 12
    if marker in ("am", "sa", "sáng") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None, None
    return time(hour, minute), match


def find(text, short_years=False):
    """The first date in `text` (with the time next to it if any), with the spans it used.

    Two-digit years are read only when asked (`short_years`): in running text "8/4/19" may be
    anything, on a dateline it is a date.
    """
    for pattern in (ISO, DMY, WORDS) + ((DMY_SHORT,) if short_years else ()):
        match = pattern.search(text)
        if not match:
            continue
        year = _full_year(match["y"])
        try:
            day = date(year, int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        if pattern is ISO and match["H"] is not None:
            moment = datetime.fromisoformat(match.group(0).replace("Z", "+00:00"))
            if moment.tzinfo is not None:
                moment = moment.astimezone(site.zone())
            return Moment(moment.date(), moment.time().replace(second=0, microsecond=0)), [match.span()]
        rest = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
        clock, clock_match = _clock(rest)
        spans = [match.span()] + ([clock_match.span()] if clock_match else [])
        return Moment(day, clock), spans
    return None, []


def dateline(text, max_leftover_words=3):
    """If the line is a dateline (a date and little else), its Moment and the leftover words.

    Leftovers are what portals print beside the date: view and comment counts ("679 0").
    """
    moment, spans = find(text, short_years=True)
    if moment is None:
        return None, ""
    rest = list(text)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    leftover = DATELINE_WORDS.sub(" ", "".join(rest))
    leftover = re.sub(r"[-–|,:;()\[\]/•·]+", " ", leftover).split()
    if len(leftover) > max_leftover_words or any(not word.isdigit() for word in leftover):
        return None, ""
    return moment, " ".join(leftover)


def lede_date(paragraph):
    """A day and month opening a lede ("Sáng ngày 03/10, ..."): (day, month, year or None)."""
    match = LEDE_DATE.match(paragraph[:60])
    if not match:
        return None
    return int(match["d"]), int(match["m"]), int(match["y"]) if match["y"] else None


def years_in(text):
    return [int(y) for y in YEAR.findall(text)]


WEEKDAY_ONLY = re.compile(r"^\s*(thứ\s*(hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật)\s*[,-]?\s*(ngày\s*)?$", re.IGNORECASE)


def is_header_day(text):
    """A portal header's "today": a weekday and a date, no time, no "đăng"/"cập nhật" (e.g. "Thứ Bảy, 8/2/2025")."""
    moment, spans = find(text)
    if moment is None or moment.clock is not None or len(spans) != 1:
        return False
    start, end = spans[0]
    rest = re.sub(r"gmt\s*[+-]?\s*\d{0,2}", "", text[:start] + text[end:], flags=re.IGNORECASE)
    return bool(WEEKDAY_ONLY.match(rest.strip(" ,-|")))
