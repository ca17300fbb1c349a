"""The period a briefing or results report reviews, read from its headline (or its first paragraph).

Rules, from the headlines of district, Party, Front and mass-organization portals:

- A headline is a periodic report when it names a period ("quý I/2019", "6 tháng đầu
  năm", "năm 2023", "năm học 2021-2022", "nhiệm kỳ 2019-2024") together with a
  reporting word: giao ban, sơ kết, tổng kết, kết quả, báo cáo, đánh giá, nhìn lại,
  kiểm điểm, thường kỳ, hội nghị, họp, or the work itself ("công tác dân vận 6 tháng đầu năm").
  A statement of a period's figures or situation is its report too ("tình hình kinh tế - xã hội
  quý III", "thông cáo báo chí", "họp báo công bố số liệu", "những con số"), and so is a school's
  closing ceremony ("lễ bế giảng năm học"). The period of a figure is the reviewed period: in a
  headline an indicator (GDP, GRDP, CPI, chỉ số, tăng trưởng, thu ngân sách, giải ngân) before or
  after a period reports it ("GDP quý I/2024 tăng 5,66%", "9 tháng năm 2023, GDP tăng 4,24%"); the
  economy and its targets ("kinh tế - xã hội", "chỉ tiêu", but not "chỉ tiêu nghị quyết") are its
  work ("Toàn cảnh ... kinh tế xã hội Việt Nam năm 2021"). A people's committee's monthly meeting
  ("kỳ họp tháng 10.2019") reviews its month. "Hội nghị báo cáo viên" and "thông tin thời sự"
  pass on what is to be said, like a plan: they review nothing.
- A period of the calendar ("năm 2019", "tháng 5/2024") is reviewed only when the nearest
  of those words before it (or, at the start of a headline, after it) is a reporting or
  work word, not an event: "Hội thi Dân vận khéo năm 2019", "Tổng kết Tháng Thanh niên năm 2019",
  "Tết Nguyên đán 2019" name an event held in a year, not the year's report; a work word
  after an event is its topic ("Tập huấn nghiệp vụ công tác Mặt trận năm 2024"). Words that also
  have an ordinary sense are events only in their event's form: a campaign month is named by
  words ("tháng dân vận", "Tháng Thanh niên"; but "kinh tế - xã hội tháng Chín" is the statistical
  month), a prize is not "giải ngân", a season is not a
  place ("đón Xuân", not "xã Xuân Sơn"), a programme is a show, not a curriculum. A session
  ("kỳ họp") and meeting voters before it are not reports, and a survey named by its year ("Kết
  quả Khảo sát mức sống dân cư năm 2018") is an event too. An indicator after an event is its
  topic ("Hội thi tìm hiểu chỉ số PAPI năm 2023").
- A term is a period only when a strong reporting word points to it ("tổng kết nhiệm kỳ",
  "tổng kết hoạt động HĐND khóa XV (nhiệm kỳ 2016 - 2021)", "sơ kết ... Nghị quyết Đại hội
  nhiệm kỳ ..."), with no congress, election or session in between: in "Đại hội ... nhiệm kỳ
  2019–2024" the term is the one to come, in "Hội nghị Ban Chấp hành khóa V, nhiệm kỳ ..."
  nothing is reviewed, and in "tổng kết công tác năm 2022 của Ban Chấp hành ..., nhiệm kỳ ..."
  the term names the body whose year is reviewed.
- What is planned is not reviewed: a period after "triển khai", "phương hướng", "kế
  hoạch", "hướng dẫn", "dự kiến" (with no reporting word in between) or right after
  "nhiệm vụ" ("nhiệm vụ quý II", not "thực hiện nhiệm vụ 9 tháng" nor "đánh giá ... nhiệm
  vụ năm 2023", where a reporting word points to it), and "6 tháng cuối năm", "3 tháng cuối
  năm", "đầu năm 2020" are what comes next. A plan carried out is reviewed ("kết quả thực
  hiện kế hoạch năm học 2020 - 2021"); a year's theme ("chủ đề công tác năm 2024") and an aim
  ("đổi mới", "phấn đấu") are set for it. "Hội nghị triển khai nhiệm vụ năm 2024" therefore
  gives nothing: the year it reviews is not written. Nor does the staff conference that opens a
  year ("Hội nghị cán bộ, công chức, viên chức năm học 2022-2023"): it reviews the year before,
  which it does not name.
- Of several reviewed periods the widest is the report's: "giao ban quý IV và tổng kết
  năm 2019" is the year 2019, "giao ban quý II, sơ kết 6 tháng đầu năm" the half year.
- "một năm qua", "một năm hoạt động" are the year just past, its year read as below;
  "một năm thực hiện Nghị quyết" is a year of carrying out, not of the calendar.
- "quý đầu năm" and "3 tháng đầu năm" are the first quarter, "tháng đầu năm" is January
  (not "các tháng đầu năm"). "tháng 10 và 10 tháng năm 2022" is October: "10 tháng" is the
  running total told in the month's report, a figure, not the period; its year is the month's.
  The year of a comparison places the period the year after ("GDP 9 tháng tăng 8,83% so với cùng
  kỳ năm 2021" is 2022's nine months), and "kể từ năm 2011" places nothing. Months are read as
  numerals only: "Tháng Ba biên giới" and "Tháng hành động vì trẻ em" are campaigns.
- A period written without its year takes the next year of the headline ("sơ kết 6
  tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019"), moved back one year
  if that would put the reviewed period after the planned one ("giao ban tháng 12,
  triển khai nhiệm vụ tháng 1/2020" is December 2019); else the year before it in the
  headline; else the first paragraph's year for the same period, or any "năm 2019"
  there, or the year of any period it names, moved back in the same way ("thường kỳ tháng
  9" with "nhiệm vụ 3 tháng cuối năm 2022" there is September 2022; "tháng 10" with "năm học
  2023-2024" is October 2023); else the year of the meeting's date there ("Ngày 10/1/2020 ...
  quý IV" is 2019's fourth quarter), a date after "ngày", "sáng", "chiều" before an
  anniversary's. No year written anywhere: None.
- The first paragraph is read when the headline reviews no period ("Tiếp tục đẩy mạnh
  công tác dân vận", "Năm Căn: Hội nghị Ủy ban MTTQ ... nhiệm kỳ 2019 - 2024"), unless
  the headline is about an event ("Hội thi Dân vận khéo"); an award is not such an event,
  being handed out at a review meeting. A headline that reviews only what it plans
  ("triển khai nhiệm vụ năm 2020") reviews no period. In the paragraph a period counts only
  after a strong reporting word of its own sentence ("tổ chức hội nghị sơ kết ... 6
  tháng đầu năm", "phiên họp thường kỳ tháng 11", "kết quả thực hiện ... 9 tháng"): a
  paragraph that merely dates things ("Ngày 28 tháng 02 năm 2021, ...") or tells a result
  ("kết quả sản xuất năm 2023") says nothing.
- A bare "6 tháng" followed by "thực hiện" or "triển khai" counts months of carrying something
  out ("6 tháng đầu năm triển khai ..." is still the half year, its year the plan's), and a
  review of several years ("15 năm thực hiện Quy chế dân chủ", "giai đoạn 2014-2019")
  is none of the kinds: both give None; so is a part of a period named before it ("đợt 1 -
  năm học 2020 - 2021", "sơ kết học kỳ I năm học ...").
"""

import re

from plugins.libs.html_text import visible_text

from .mentions import find_mentions, prepare
from .period import KINDS, SCHOOL_YEAR_FIRST_MONTH, Period
from .parse import parse_period

__all__ = ["KINDS", "Period", "article_period", "detect_period", "parse_period"]

WIDTH = {"thang": 1, "quy": 3, "6-thang": 6, "9-thang": 9, "nam": 12, "nam-hoc": 12, "nhiem-ky": 60}
SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
FIRST_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p\s*>", re.DOTALL | re.IGNORECASE)
JOINED = re.compile(r"[\s,]*(?:và|va)?[\s,]*")  # "tổng kết năm 2019 và nhiệm kỳ 2014-2019"
JOIN = " . "  # between the headline and the paragraph when both are read together


def _last(pattern, text):
    position = -1
    for match in pattern.finditer(text):
        position = match.end()
    return position


def _is_planned(mention, before, patterns):
    """What is to come: "6 tháng cuối năm", or a planning word with no reporting word since.

    "nhiệm vụ năm 2024" is planned unless a reporting word points to it with no other period
    between: "đánh giá ... nhiệm vụ năm 2023, triển khai nhiệm vụ năm 2024".
    """
    if mention.plan or (patterns.plan_near.search(before) and not patterns.reviews_what_follows.search(before)):
        return True
    return _last(patterns.plan, before) > _last(patterns.review, before)


def _is_a_part(before, patterns):
    """ "đợt 1 - năm học 2020-2021", "học kỳ I năm học ...": a part of the period, which is none of the kinds."""
    return patterns.part.search(before) is not None


def _names_an_event(mention, text, before, patterns):
    """ "năm 2019" that dates an event rather than a report: the nearest word before it is an event's.

    A work word or an indicator after an event is its topic ("Tập huấn nghiệp vụ công tác Mặt trận
    năm 2024", "Hội thi tìm hiểu chỉ số PAPI năm 2023"): only a reporting word after the event makes
    the year a report's.
    """
    event = _last(patterns.event, before)
    if event >= 0:
        return event > _last(patterns.review_not_figure, before)
    if max(_last(patterns.review, before), _last(patterns.work, before)) >= 0:
        return False
    after = text[mention.end:]  # at the start of a headline: the nearest word after it
    first = [match.start() for pattern in (patterns.review, patterns.work) for match in [pattern.search(after)] if match]
    first_event = patterns.event.search(after)
    return not first or (first_event is not None and first_event.start() < min(first))


def _term_is_reviewed(before, everything_before, patterns):
    """ "tổng kết ... HĐND khóa XV (nhiệm kỳ 2016 - 2021)", not "Đại hội ... nhiệm kỳ 2019-2024" nor "kỳ họp ... nhiệm kỳ".

    The reporting word must point to the term itself: in "tổng kết công tác năm 2023 của Ban Chấp
    hành khóa VI, nhiệm kỳ 2020-2025" the term names the committee whose year is reviewed.
    """
    reviewed = _last(patterns.reviews_what_follows, everything_before)
    if reviewed < 0:
        return False
    resolution = patterns.resolution.search(everything_before, reviewed)
    if patterns.term_events.search(everything_before[reviewed:resolution.start() if resolution else None]):
        return False
    return bool(patterns.reviews_what_follows.search(before) or JOINED.fullmatch(before))


def _reviewed(mentions, text, patterns, start=0):
    """The mentions (from `start` on) a report reviews, by the rules of the module docstring.

    From `start` on the text is a first paragraph: there a period counts only after a
    strong reporting word of its own sentence.
    """
    reviewed = []
    previous_end = 0
    for mention in mentions:
        before = text[previous_end:mention.start]
        everything_before = text[:mention.start]
        previous_end = mention.end
        if mention.start < start or mention.placing:
            continue
        if start:
            sentence = everything_before[max(start, _last(SENTENCE_END, everything_before)):]
            if not patterns.strong_review.search(sentence):
                continue
        if _is_planned(mention, before if before.strip(" .,;:-") else everything_before, patterns):
            continue
        if _is_a_part(everything_before, patterns):
            continue
        if mention.kind not in ("nam-hoc", "nhiem-ky") and _names_an_event(mention, text, everything_before, patterns):
            continue
        if mention.kind == "nhiem-ky" and not _term_is_reviewed(before, everything_before, patterns):
            continue
        if mention.kind == "nam-hoc" and _last(patterns.event, everything_before) > _last(patterns.review, everything_before):
            continue
        reviewed.append(mention)
    return reviewed


def _year_nearby(mention, mentions, reviewed):
    """The next year written, one less if that puts the review after the plan; else the one before."""
    index = mentions.index(mention)
    for other in mentions[index + 1:]:
        if other.year is not None:
            year = other.year
            planned_end = (other.end_year or other.year, other.last_month)
            if other not in reviewed and (year, mention.last_month) >= planned_end:
                year -= 1
            return year
    for other in reversed(mentions[:index]):
        if other.year is not None:
            return other.end_year or other.year
    return None


def _year_from_paragraph(mention, paragraph):
    """The paragraph's year for the same period, or any year it reviews, or any it writes for a period,
    or the year of its meeting's date."""
    if not paragraph:
        return None
    text, patterns = prepare(paragraph)
    found = find_mentions(text, patterns)
    for other in found:
        if other.kind == mention.kind and other.number == mention.number and other.year is not None:
            return other.year
    for other in found:
        if other.kind == "nam" and other.year is not None and not other.plan:
            return other.year
    # "sơ kết 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2018": the plan's year, moved
    # back one if the reviewed period would then end after the planned one, as in a headline.
    for other in found:
        if other.kind == "nam-hoc":  # "họp Hội đồng tháng 10 của năm học 2023-2024": October 2023
            return other.year if mention.last_month >= SCHOOL_YEAR_FIRST_MONTH else other.end_year
        if other.year is not None and other.kind != "nhiem-ky":  # a term does not say which of its years
            return other.year - 1 if mention.last_month > other.last_month else other.year
    # The meeting's date ("sáng ngày 09.6.2024"), before any other ("kỷ niệm ... (06/6/1941 - 06/6/2024)").
    date = patterns.meeting_date.search(text) or patterns.date.search(text)
    if date:
        month, year = (date.group(2), date.group(3)) if date.group(3) else (date.group(4), date.group(5))
        # A report follows its period: "Ngày 10/1/2020 ... quý IV" is the fourth quarter of 2019.
        return int(year) if mention.last_month <= int(month) + 1 else int(year) - 1
    return None


def _period(mention, year):
    if mention.kind in ("nam-hoc", "nhiem-ky"):
        if mention.end_year <= mention.year or (mention.kind == "nam-hoc" and mention.end_year != mention.year + 1):
            return None
        return Period(mention.year, mention.kind, None, mention.end_year)
    return Period(year, mention.kind, mention.number)


def _choose(text, patterns, paragraph, start=0):
    """(the period, whether any mention was reviewed): the widest reviewed mention, with its year."""
    mentions = find_mentions(text, patterns)
    if not start and not (patterns.review.search(text) or patterns.work.search(text)):
        return None, False
    reviewed = _reviewed(mentions, text, patterns, start)
    if not reviewed:
        return None, False
    widest = max(reviewed, key=lambda mention: (WIDTH[mention.kind], -mention.start))
    year = widest.year
    if year is None:
        year = _year_nearby(widest, mentions, reviewed) or _year_from_paragraph(widest, paragraph)
    return (_period(widest, year) if year is not None else None), True


def detect_period(headline, first_paragraph=""):
    """The period a report reviews, from its headline; the first paragraph when the headline names none.

    None when the text is not a periodic report, or when no year is written.
    """
    text, patterns = prepare(headline)
    period, reviewed = _choose(text, patterns, first_paragraph)
    if reviewed or not first_paragraph:
        return period
    if _names_only_an_event(text, patterns):
        return None  # "Hội thi Dân vận khéo": the article is about an event, whatever its paragraph recalls
    combined, combined_patterns = prepare(headline + JOIN + _first_sentences(first_paragraph))
    start = len(prepare(headline)[0]) + len(JOIN)
    period, _ = _choose(combined, combined_patterns, first_paragraph, start)
    return period


def _names_only_an_event(text, patterns):
    """An event and no reporting word; an award does not count, being handed out at a review meeting."""
    if patterns.review.search(text):
        return False
    return any(not patterns.award.fullmatch(event.group()) for event in patterns.event.finditer(text))


def _first_sentences(paragraph, count=2):
    """The opening sentences, where a report says which period it reviews."""
    end = 0
    for _ in range(count):
        match = SENTENCE_END.search(paragraph, end)
        if not match:
            return paragraph
        end = match.end()
    return paragraph[:end]


def first_paragraph_text(body_html):
    """The visible text of the body's first paragraph that has any."""
    for match in FIRST_PARAGRAPH.finditer(body_html or ""):
        text = visible_text(match.group(1)).strip()
        if text:
            return text
    return visible_text(body_html or "").strip()[:1000]


def article_period(title_html, body_html):
    """`detect_period` on an article's visible title and first paragraph (run where articles are read)."""
    return detect_period(visible_text(title_html or ""), first_paragraph_text(body_html))
