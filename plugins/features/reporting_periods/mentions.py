"""Find the period expressions of a text ("quý I/2019", "6 tháng đầu năm", "năm học 2021-2022") and the words around them.

Only finding: whether a mention is the period a report reviews is decided in
`detect`. Text is matched lowercased and NFC with one tone placement; a text
written without any marks is matched by the same patterns with their letters
folded to ASCII ("quy I nam 2019"), so a marked text still tells "quý" (quarter)
from "quỹ" (fund) or "quy" (rule), and "tháng" (month) from "thắng" (victory).
"""

import re
from dataclasses import dataclass

from plugins.libs.vietnamese_text import fold, normalize

DASHES = str.maketrans({dash: "-" for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
YEAR = r"((?:19|20)\d\d)(?!\d)"
# What joins a period to its year: "quý I/2019", "quý I-2019", "tháng 10.2019", "quý I năm 2019", "quý I 2019".
YEAR_TAIL = rf"(?:\s*[/.-]\s*|\s+(?:năm\s+)?){YEAR}"
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "đầu năm": 1, "cuối năm": 4}

# One alternation, tried left to right at each position; each branch opens with a named group
# giving its kind (and a look at its first word before its look behind, which is slower). Longer spans come first so "6 tháng" is never read as "tháng 6".
MENTION = "|".join((
    rf"(?P<nam_hoc>năm\s+học\s+{YEAR}\s*-\s*((?:19|20)?\d\d)(?!\d))",
    rf"(?P<nhiem_ky>(?:(giữa)\s+)?nhiệm\s+kỳ\s+{YEAR}\s*-\s*{YEAR})",
    # "6 tháng đầu năm", "sáu tháng", "06 tháng năm"; "ngày 6 tháng 3" is a date, "6 tháng 3" too.
    r"(?P<six>(?<![\d/.,])(?:0?6|sáu)\s+tháng(?:\s+(đầu|cuối)\s+năm)?(?!\s+\d{1,2}(?!\d)))",
    r"(?P<nine>(?<![\d/.,])(?:0?9|chín)\s+tháng(?:\s+đầu\s+năm)?(?!\s+\d{1,2}(?!\d)))",
    r"(?P<three>(?<![\d/.,])(?:0?3|ba)\s+tháng\s+(đầu|cuối)\s+năm)",
    # "quí" is the older spelling of "quý", still on some portals ("giao ban khối dân vận quí II")
    r"(?P<quy>qu[ýí]\s+(iv|i{1,3}|[1-4]|đầu\s+năm|cuối\s+năm)(?!\w))",
    # "tháng đầu năm" is January ("CPI tháng đầu năm"); "các tháng đầu năm", "hai tháng đầu năm" are not.
    r"(?P<thang>(?=tháng)(?<!\d\s)(?<!ngày\s)(?<!các\s)(?<!những\s)(?<!hai\s)(?<!mấy\s)tháng\s+(1[0-2]|0?[1-9]|đầu\s+năm)(?![\d]|,\d|\.(?!(?:19|20)\d\d(?!\d))\d|\s*/\s*\d{1,2}(?!\d)))",
    rf"(?P<nam>(?<![\w/.-])(?:(cuối|cả|đầu)\s+)?năm\s+{YEAR}(?!\s*-\s*\d))",
    # "tổng kết năm, triển khai nhiệm vụ năm 2020": the year is read later, from the plan's; "một năm
    # qua", "một năm hoạt động" is the year just past ("một năm thực hiện Nghị quyết" is not a year of the calendar)
    r"(?P<year_unwritten>(?<=kết\s)năm(?!\s*(?:học|\d|nay|qua|thực|triển))"
    r"|(?<!\w)(?:một|1)\s+năm(?=\s+(?:qua|hoạt\s+động|công\s+tác|nhìn\s+lại)(?!\w)))",
))

# The figures of a period are its report: "GDP quý I/2024 tăng 5,66%", "Chỉ số giá tiêu dùng tháng 1",
# "9 tháng năm 2023, GDP tăng 4,24%", "giải ngân vốn đầu tư công 6 tháng". An indicator is a reporting
# word only in a headline: a paragraph tells results in passing (see STRONG_REVIEW_WORDS).
INDICATOR_WORDS = (
    "gdp", "grdp", "cpi", "chỉ số", "tăng trưởng", "thu ngân sách", "giải ngân",
)
# A monthly meeting of a people's committee ("kỳ họp tháng 10.2019") reviews its month, unlike a
# council's session ("kỳ họp thứ Chín"), which only a term names.
# (The text may end right before the month: what precedes a period is read cut there.)
MONTHLY_SESSION = r"|(?<!\w)kỳ\s+họp(?=\s+tháng\s+\d|\s*$)"
# Words that say what a headline does with a period. Checked as whole words. A statement of a
# period's figures or situation is its report too: "tình hình kinh tế - xã hội quý III", "thông cáo
# báo chí ... 9 tháng", "họp báo công bố số liệu ... 6 tháng", "những con số ... nhiệm kỳ"; and a
# school's closing ceremony ("lễ bế giảng năm học") is where its year is reviewed.
REVIEW_WORDS = (
    "giao ban", "sơ kết", "tổng kết", "kết quả", "báo cáo", "đánh giá", "nhìn lại", "kiểm điểm",
    "thường kỳ", "hội nghị", "họp", "tình hình", "thông cáo", "họp báo", "số liệu", "con số", "bế giảng",
) + INDICATOR_WORDS
# In a first paragraph only these make a period the report's: "tổ chức hội nghị sơ kết ... 6 tháng
# đầu năm", "phiên họp thường kỳ tháng 11", "kết quả thực hiện nhiệm vụ 9 tháng"; a paragraph that
# merely dates things says nothing, nor one that tells a result ("kết quả sản xuất năm 2023").
STRONG_REVIEW_WORDS = (
    "giao ban", "sơ kết", "tổng kết", "đánh giá", "nhìn lại", "kiểm điểm", "thường kỳ", "báo cáo",
    "thông cáo", "họp báo", "số liệu", "con số", "bế giảng",
)
RESULTS_OF_WORK = r"|(?<!\w)kết\s+quả\s+(?:thực\s+hiện|công\s+tác|hoạt\s+động)(?!\w)"
# "báo cáo viên" is a person: "Hội nghị báo cáo viên tháng 9" briefs propagandists (see GUIDANCE);
# "kỳ họp" is a council's session, which a term names (see TERM_EVENTS), not a report.
NOT_A_REVIEW = r"(?!\s+viên(?!\w))"
NOT_A_SESSION = r"(?<!kỳ\s)"
# What is to come. "nhiệm vụ" alone is a plan only right before the period ("nhiệm vụ quý IV"),
# not in "thực hiện nhiệm vụ chính trị, đảm bảo an ninh trật tự năm 2017" nor after "thực hiện".
# A year's theme ("chủ đề công tác Hội năm 2024") and an aim ("đổi mới", "phấn đấu") are set for it.
PLAN_WORDS = (
    "triển khai", "phương hướng", "kế hoạch", "chương trình công tác", "mục tiêu", "phát động", "ra quân",
    "định hướng", "hướng dẫn", "đề ra", "dự kiến", "chủ đề", "đổi mới", "phấn đấu",
)
# A meeting that passes on what is to be said reviews nothing: "Hội nghị báo cáo viên tháng 9/2023",
# "Hội nghị thông tin thời sự quý III/2023". The staff conference that opens a school or working
# year ("Hội nghị cán bộ, công chức, viên chức năm học 2022-2023") names the year it opens: the
# year it reviews, the one before, is not written, as in "Hội nghị triển khai nhiệm vụ năm 2024".
GUIDANCE = (
    r"báo\s+cáo\s+viên|thông\s+tin\s+thời\s+sự"
    r"|hội\s+nghị\s+(?:đại\s+biểu\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức|nhà\s+giáo|người\s+lao\s+động)(?!\s+chủ\s+chốt)"
)
# A plan carried out is reviewed: "kết quả thực hiện kế hoạch nhiệm vụ năm học 2020 - 2021".
CARRIED_OUT = r"(?<!thực\shiện\s)"
PLAN_NEAR = r"(?<!hiện\s)nhiệm\s+vụ(?:\s+[^\s,;:]+){0,3}\s*$"  # "thực hiện nhiệm vụ 9 tháng" is a review
WORK_WORDS = ("công tác", "hoạt động")
# The economy is the work of a period's statistics: "Toàn cảnh ... kinh tế xã hội Việt Nam năm 2021". A
# work word, not a reporting one, so "định hướng ... phát triển kinh tế xã hội năm 2025" stays a plan.
ECONOMY = r"|(?<!\w)kinh\s+tế\s*-?\s*xã\s+hội(?!\w)"
# Targets are the work of a period ("Chỉ tiêu kinh tế - xã hội năm 2022"), unless they are a resolution's
# ("chỉ tiêu nghị quyết năm 2024"); a work word, so targets aimed at stay a plan ("Phấn đấu hoàn thành
# các chỉ tiêu năm 2022").
TARGETS = r"|(?<!\w)chỉ\s+tiêu(?!\s+(?:nghị\s+quyết|kế\s+hoạch)(?!\w))(?!\w)"
# What a year can name instead of a reporting period: an event held that year, or a survey named
# by its year ("Kết quả Khảo sát mức sống dân cư năm 2018").
EVENT_WORDS = (
    "hội thi", "cuộc thi", "hội diễn", "hội thao", "liên hoan", "chiến dịch", "mùa hè xanh", "ngày hội",
    "tết", "lễ", "diễn đàn", "tuần lễ", "hội trại", "trại hè", "hành trình", "đại hội", "hội chợ",
    "trung thu", "khai giảng", "tọa đàm", "hội thảo", "tập huấn", "bồi dưỡng", "kỷ niệm",
    "gặp mặt", "thăm", "tiếp xúc cử tri", "khảo sát",
)
# Awards are events too, but they are handed out at review meetings: a headline about an award
# still lets its first paragraph say which period the meeting reviewed.
AWARD_WORDS = ("tuyên dương", "khen thưởng", "tặng", "bằng khen", "cờ thi đua")
AWARD = r"(?<!\w)trao(?!\s+đổi)(?!\w)"
# ... but after "công tác" or "thi đua" they name a field of work: "tổng kết công tác thi đua, khen thưởng năm 2023".
AWARD_AS_WORK = r"(?<!công\stác\s)(?<!thi\sđua\s)(?<!thi\sđua,\s)(?<!thi\sđua\svà\s)"
# Events whose word is also an ordinary one, told apart by what surrounds it: a campaign month is a
# "tháng" named by words, not a numeral ("Tháng Thanh niên", "tháng dân vận", "Tháng Ba biên
# giới"), unless it follows "kinh tế - xã hội", where it is the statistical month ("Tình hình kinh
# tế - xã hội tháng Chín"); a prize, not "giải ngân", "giải quyết" or "hòa giải"; the spring or
# summer season ("đón Xuân", "Xuân Giáp Thìn"), not "Xuân Sơn" (a place) or "vỉa hè"; a programme that is a show, not
# "chương trình giáo dục phổ thông".
EVENT_FORMS = (
    r"(?=tháng\s)(?<!\d\s)(?<!xã\shội\s)(?<!sáu\s)(?<!chín\s)(?<!ba\s)(?<!hàng\s)(?<!hằng\s)(?<!mỗi\s)(?<!từng\s)(?<!các\s)(?<!những\s)"
    r"(?<!\w)tháng\s+(?!(?:đầu|cuối|năm|này|qua|tới|trước|sau|đó|liền|gần|kế|tiếp|thứ)(?!\w))[^\W\d]"
    r"|(?<!hòa\s)(?<!lý\s)(?<!\w)giải(?!\s+(?:ngân|quyết|phóng|pháp|thể|trình|đáp|tỏa|tán|thích|phẫu|trừ|cứu|vây|độc|khát)(?!\w))(?!\w)"
    r"|(?<!\w)(?:mừng|đón|chào|vui|du|hội|chợ|tết|sắc)\s+xuân(?!\w)|(?<!\w)xuân\s+(?:tình\s+nguyện|(?:19|20)\d\d"
    r"|(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+(?:tý|sửu|dần|mão|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi)(?!\w))"
    r"|(?<!vỉa\s)(?<!\w)hè(?!\w)"
    r"|(?<!\w)chương\s+trình\s+(?:giao\s+lưu|văn\s+nghệ|nghệ\s+thuật|ca\s+nhạc|biểu\s+diễn|từ\s+thiện|tri\s+ân|[\"“'‘])"
)
# What a term names when it is not reviewed: the congress or election of the body that is to come
# ("Đại hội ... nhiệm kỳ 2019–2024", "bầu Ban Chấp hành ... nhiệm kỳ ...") or a session held in it
# ("kỳ họp thứ Chín HĐND tỉnh, huyện nhiệm kỳ 2016 – 2021", "Hội nghị lần thứ 12 ... nhiệm kỳ").
# A body's name ("HĐND thành phố khóa XV (nhiệm kỳ 2016 - 2021)") does not stop a review of its
# term; nor does the congress whose resolution is reviewed ("Nghị quyết Đại hội Đảng bộ huyện lần
# thứ XX, nhiệm kỳ ...": what follows "nghị quyết" names the resolution).
TERM_EVENTS = r"(?<!\w)(?:đại\s+hội|lần\s+thứ|bầu|bầu\s+cử|ứng\s+cử|kiện\s+toàn|kỳ\s+họp)(?!\w)"
RESOLUTION = r"(?<!\w)nghị\s+quyết(?!\w)"
# A part of a period named right before it: "đợt 1 - năm học 2020 - 2021", "học kỳ I năm học ...".
PART_BEFORE = r"(?<!\w)(?:đợt|học\s+kỳ|giai\s+đoạn)\s+(?:\d+|[ivx]+|một|hai|ba)\s*[-,(:]?\s*$"
# A year that only places another period, never reviewed itself: the year of a running total
# ("tháng 10 và 10 tháng năm 2022": October is the report's month, its ten months so far a figure in
# it) and a comparison's ("GDP 9 tháng tăng 8,83% so với cùng kỳ năm 2021" is 2022's nine months).
RUNNING_TOTAL = r"(?<!\d)\d{1,2}\s+tháng\s+$"
COMPARED_WITH = r"cùng\s+kỳ\s+$"
# "cao nhất cùng kỳ kể từ năm 2011": where a comparison starts, not a period of the text at all.
SINCE = r"kể\s+từ\s+$"
# A year that ends a date: "Ngày 28 tháng 02 năm 2021".
DATE_BEFORE = r"tháng\s+\d{1,2}\s+$"


@dataclass(frozen=True)
class Mention:
    """A period expression: its kind, number and year as written (None when not written), where it is."""

    kind: str
    number: int | None
    year: int | None
    end_year: int | None
    start: int
    end: int
    plan: bool = False  # written as what is to come ("6 tháng cuối năm", "3 tháng cuối năm")
    mid_term: bool = False
    placing: bool = False  # only places other periods (RUNNING_TOTAL, COMPARED_WITH): its year is theirs

    @property
    def last_month(self):
        """The month the period ends in its (last) year."""
        if self.kind == "6-thang" and self.plan:
            return 12
        return {"thang": self.number, "quy": 3 * (self.number or 1), "6-thang": 6, "9-thang": 9}.get(self.kind, 12)


def _ascii(pattern):
    """The pattern with its marked letters folded, for text typed without marks."""
    return "".join(char if char.isascii() else fold(char) for char in pattern)


def _words(words):
    return r"(?<!\w)(?:" + "|".join(re.escape(normalize(word)).replace(r"\ ", r"\s+") for word in words) + r")(?!\w)"


class Patterns:
    """The compiled patterns in one spelling: marked, or folded to ASCII."""

    def __init__(self, spell):
        self.mention = re.compile(spell(MENTION))
        self.year_tail = re.compile(spell(YEAR_TAIL))
        self.review = re.compile(spell(
            NOT_A_SESSION + _words(REVIEW_WORDS) + NOT_A_REVIEW + MONTHLY_SESSION))
        # after an event an indicator is its topic ("Hội thi tìm hiểu chỉ số PAPI năm 2023"): only these end it
        self.review_not_figure = re.compile(spell(
            NOT_A_SESSION + _words(REVIEW_WORDS[:-len(INDICATOR_WORDS)]) + NOT_A_REVIEW + MONTHLY_SESSION))
        self.strong_review = re.compile(spell(NOT_A_SESSION + _words(STRONG_REVIEW_WORDS) + NOT_A_REVIEW + RESULTS_OF_WORK))
        # what points a headline's "nhiệm vụ" or term to a review: those, or any "kết quả"
        self.reviews_what_follows = re.compile(spell(
            NOT_A_SESSION + _words(STRONG_REVIEW_WORDS + ("kết quả",)) + NOT_A_REVIEW))
        self.plan = re.compile(spell(CARRIED_OUT + _words(PLAN_WORDS) + "|" + GUIDANCE))
        self.plan_near = re.compile(spell(PLAN_NEAR))
        self.date_before = re.compile(spell(DATE_BEFORE))
        self.running_total = re.compile(spell(RUNNING_TOTAL))
        self.compared_with = re.compile(spell(COMPARED_WITH))
        self.since = re.compile(spell(SINCE))
        self.work = re.compile(spell(_words(WORK_WORDS) + ECONOMY + TARGETS))
        award = AWARD_AS_WORK + _words(AWARD_WORDS) + "|" + AWARD
        self.award = re.compile(spell(award))
        self.event = re.compile(spell(_words(EVENT_WORDS) + "|" + EVENT_FORMS + "|" + award))
        self.term_events = re.compile(spell(TERM_EVENTS))
        self.resolution = re.compile(spell(RESOLUTION))
        self.part = re.compile(spell(PART_BEFORE))
        self.quarter_names = {spell(name): number for name, number in ROMAN.items()}
        self.six_thang_follows = re.compile(spell(r"\s+(?:thực\s+hiện|triển\s+khai|qua\s+thực)"))
        self.meeting_date = re.compile(spell(
            r"(?:ngày|sáng|chiều|tối|trưa)\s+(?:ngày\s+)?(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)()()"))
        self.date = re.compile(spell(
            r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)"
            r"|ngày\s+\d{1,2}\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)"))


MARKED = Patterns(lambda pattern: pattern)
FOLDED = Patterns(_ascii)


def prepare(text):
    """(lowercased matching text, the patterns that fit its spelling)."""
    text = " ".join(normalize(text or "").translate(DASHES).split()).lower()
    if any(char.isalpha() and not char.isascii() for char in text):
        return text, MARKED
    return fold(text), FOLDED


def find_mentions(text, patterns):
    """Every period expression of the prepared text, left to right."""
    found = []
    position = 0
    while match := patterns.mention.search(text, position):
        position = match.end()
        kind = match.lastgroup
        groups = [group for group in match.groups() if group is not None][1:]
        end = match.end()
        year = end_year = number = None
        plan = mid_term = placing = False
        if kind == "nam_hoc":
            year = int(groups[0])
            tail = groups[1]
            end_year = int(tail) if len(tail) == 4 else year // 100 * 100 + int(tail)
            kind = "nam-hoc"
        elif kind == "nhiem_ky":
            mid_term = len(groups) == 3
            year, end_year = int(groups[-2]), int(groups[-1])
            kind = "nhiem-ky"
        elif kind == "year_unwritten":
            kind = "nam"
        elif kind == "nam":
            if patterns.date_before.search(text, 0, match.start()):
                continue
            year = int(groups[-1])
            plan = len(groups) == 2 and fold(groups[0]) == "dau"  # "đầu năm 2020": a meeting opening the year
            before = text[max(0, match.start() - 12):match.start()]
            if patterns.since.search(before):
                continue
            placing = bool(patterns.running_total.search(before))
            if patterns.compared_with.search(before):
                year, placing = year + 1, True
        else:
            if kind == "six":
                # "6 tháng thực hiện" counts months; "6 tháng đầu năm triển khai ..." is a half year
                if not groups and patterns.six_thang_follows.match(text, end):
                    continue
                plan = bool(groups) and fold(groups[0]) == "cuoi"  # "6 tháng cuối năm"
                kind = "6-thang"
            elif kind == "nine":
                kind = "9-thang"
            elif kind == "three":
                plan = fold(groups[0]) == "cuoi"
                kind, number = "quy", 4 if plan else 1
            elif kind == "quy":
                number = patterns.quarter_names[" ".join(groups[0].split())]
            elif kind == "thang":
                number = int(groups[0]) if groups[0].isdigit() else 1
            tail = patterns.year_tail.match(text, end)
            if tail:
                year, end = int(tail.group(1)), tail.end()
                position = end
        found.append(Mention(kind, number, year, end_year, match.start(), end, plan, mid_term, placing))
    return found
