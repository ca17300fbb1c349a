"""From a page's lines to an article: what each line is, and what had to be inferred.

Every line gets a `Disposition` (body, a metadata field, or dropped with the rule that
dropped it) so the import report can account for every word of the source.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from importer import addresses, bylines, categories, dates, profiles, titles, units
from importer.page import ImportProblem, controls_in

SENTENCE_END = ".!?…;:\"”’)»"
LIST_ITEM = re.compile(r"^([-*+•–]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s|[IVXLC]+[.)]\s)")
CAPTION_LEAD = re.compile(
    r"^(quang cảnh|toàn cảnh|ảnh\s*:|ảnh minh họa|ảnh minh hoạ|các đại biểu|đại biểu|lãnh đạo|"
    r"đồng chí\b.*\b(phát biểu|trao|tặng|báo cáo|chủ trì|kiểm tra|thăm|chúc mừng|tặng quà|khen thưởng|tham quan|dự))",
    re.IGNORECASE,
)
# A source credit closing an article ("Nguồn KTĐT: https://...", "Theo Báo Tây Ninh Online").
CREDIT_LINE = re.compile(r"^(nguồn|theo)\b.{3,}", re.IGNORECASE)
MAX_CAPTION = 300
MAX_LEAD_CAPTION = 200


@dataclass(frozen=True)
class Disposition:
    role: str  # body, caption, title, date, author, author_title, unit, section, dropped
    rule: str = ""
    note: str = ""


@dataclass
class Block:
    kind: str  # "paragraph" or "figure"
    text: str = ""  # a paragraph's text, or a figure's caption
    image: str = ""
    alt: str = ""


@dataclass
class Article:
    title: str
    moment: dates.Moment
    body: list
    category: str = ""
    unit: str = ""
    author: str = ""
    author_title: str = ""
    source: str = ""
    status: str = ""
    review: list = field(default_factory=list)
    placeholder_date: bool = False
    section: str = ""
    profile: str = ""
    dispositions: dict = field(default_factory=dict)


def is_paragraph(text):
    """A line of running text: long and ending a sentence, or very long."""
    return (len(text) >= 120 and text[-1] in SENTENCE_END) or len(text) >= 250


def is_sentence(text):
    return len(text.split()) >= 6 and text[-1] in ".!?…"


def is_caption(text):
    """A photo caption: a short line that ends no sentence, or one sentence naming what is shown."""
    if len(text) > MAX_CAPTION or LIST_ITEM.match(text) or text.endswith(":"):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return False  # a section heading in capitals
    if text[-1] not in SENTENCE_END:
        return True
    one_sentence = not re.search(r"[.!?…;]\s+\S", text[:-1])
    return len(text) <= MAX_LEAD_CAPTION and one_sentence and bool(CAPTION_LEAD.match(text))


class _Extraction:
    def __init__(self, page, catalogue, today):
        self.page = page
        self.lines = page.lines
        self.today = today
        self.rules = catalogue.rules
        self.dispositions = {}
        self.drops = {}  # index -> (rule name, ends_article)
        self.names = {}  # index -> name of an outside-only rule
        for i, line in enumerate(self.lines):
            self._match_rules(i, line)
        self.wrapped = self._wrapped_runs() if page.kind == "text" else set()

    def _match_rules(self, i, line):
        if line.hint in ("title", "date", "author"):
            return
        if line.dropped_by:
            self.drops[i] = (line.dropped_by, False)
            return
        candidates = {line.text, titles.undouble(line.text)}
        for rule in self.rules:
            if any(rule.matches(text) for text in candidates):
                if rule.outside_only:
                    self.names.setdefault(i, rule.name)
                else:
                    self.drops[i] = (rule.name, rule.ends_article)
                    return

    def text(self, i):
        return self.lines[i].text

    def norm(self, i):
        """The line as a headline: undoubled, without a trailing "(date)"."""
        return titles.split_trailing_date(titles.undouble(self.text(i)))[0]

    def paragraph(self, i):
        if i in self.drops or self.lines[i].hint == "title":
            return False
        return is_paragraph(self.text(i)) or i in self.wrapped

    def _wrapped_runs(self):
        """Lines of a hard-wrapped paragraph (a text dump cut at ~80 columns): each continues on the next.

        A run is three lines or more, one under the other with no blank line between, each
        but the last 50 to 110 characters long and ending without a sentence's end. A headline
        right above (the next line starting in capitals) is not part of it.
        """
        wrapped, run = set(), []

        def close(run):
            if len(run) >= 4 and titles.is_title_like(self.text(run[0])) and self.text(run[1])[:1].isupper():
                run = run[1:]
            if len(run) >= 3:
                wrapped.update(run)

        for i, line in enumerate(self.lines):
            previous = self.lines[run[-1]] if run else None
            joined = (
                previous is not None
                and line.number == previous.number + 1
                and i not in self.drops
                and i not in self.names
                and 50 <= len(previous.text) <= 110
                and not previous.text.endswith(tuple(SENTENCE_END))
                and dates.dateline(line.text)[0] is None
            )
            if joined:
                run.append(i)
            else:
                close(run)
                run = [] if i in self.drops or i in self.names else [i]
        close(run)
        return wrapped

    def set(self, i, role, rule="", note=""):
        self.dispositions[self.lines[i].number] = Disposition(role, rule, note)

    def drop(self, i, fallback_rule):
        rule = self.drops.get(i, (None,))[0] or self.names.get(i) or fallback_rule
        self.set(i, "dropped", rule)

    # -- zones ---------------------------------------------------------------

    def zones(self):
        """(title index or None, body start, body stop): the article lies in [start, stop)."""
        n = len(self.lines)
        content = [i for i, line in enumerate(self.lines) if line.region == "content"]
        hinted = next((i for i, line in enumerate(self.lines) if line.hint == "title"), None)
        if content:
            start, stop = content[0], content[-1] + 1
            if hinted is not None and hinted >= start:
                start = hinted + 1
            self.byline_limit = stop
            self.trailing = []
            return hinted, start, stop
        first = next((i for i in range(n) if self.paragraph(i)), None)
        if first is None:
            raise ImportProblem("không tìm thấy đoạn văn nào của bài viết")
        header_end = max((i for i in self.drops if i < first), default=-1)
        title = hinted
        if title is None:
            title = self._title(header_end, first)
        start = first if title is None else title + 1
        if title is None:  # no headline: what precedes the first paragraph and no rule names stays in
            start = next((i for i in range(header_end + 1, first) if self._may_open(i)), first)
        end = next((i for i in range(first, n) if i in self.drops and self.drops[i][1]), n)
        last = max(i for i in range(first, end) if self.paragraph(i))
        following = [i for i in range(last + 1, end) if i not in self.drops]
        while following and is_sentence(self.text(following[0])):
            last = following.pop(0)
        self.byline_limit = end
        self.trailing = [i for i in following if self._may_close(i)]
        return title, start, last + 1

    def _title(self, header_end, first):
        """The headline before the first paragraph: after the last chrome line, else before it, else a short line."""
        candidates = [i for i in range(header_end + 1, first) if i not in self.drops]
        title = next((i for i in candidates if titles.is_title_like(self.norm(i))), None)
        if title is None:  # a "Tin mới" / counter line between the headline and the article
            title = next(
                (i for i in range(header_end - 1, -1, -1) if i not in self.drops and i not in self.names and titles.is_title_like(self.norm(i))),
                None,
            )
        if title is None:  # a short headline ("Nhịp điệu ngày mùa"): the line right above the article
            short = [i for i in candidates if i not in self.names and dates.dateline(self.text(i))[0] is None]
            if short and titles.is_title_like(self.norm(short[-1]), min_words=3) and self.text(short[-1])[0].isupper():
                title = short[-1]
        return title

    def _may_open(self, i):
        """A line before the first paragraph of a page without headline that may be the article's (a caption, a sentence)."""
        return i not in self.drops and i not in self.names and dates.dateline(self.text(i))[0] is None and len(self.text(i).split()) >= 3

    def _may_close(self, i):
        """A line after the last paragraph that no rule names and that reads as text: it stays in the article."""
        text = self.text(i)
        if i in self.drops or i in self.names:
            return False
        return len(text.split()) >= 6 or bool(CREDIT_LINE.match(text))

    # -- the article ---------------------------------------------------------

    def run(self, unit=None, category=None):
        page, review = self.page, []
        title_i, start, stop = self.zones()
        title, moment, saved_day, section, found_unit = "", None, None, "", ""
        if title_i is not None:
            title, moment = titles.split_trailing_date(titles.undouble(self.text(title_i)))
            self.set(title_i, "title", note="kèm ngày đăng" if moment else "")
        elif page.meta.get("title"):
            title = page.meta["title"]
        if moment is None and page.meta.get("published"):
            moment = dates.find(page.meta["published"])[0]
        first_paragraph = next((i for i in range(start, len(self.lines)) if self.paragraph(i)), stop)
        near_headline = range(max(0, (start if title_i is None else title_i) - 2), first_paragraph)

        byline, byline_lines = self._byline(start, stop)
        trailing = set(self.trailing) - set(byline_lines)
        if trailing:
            review.append(
                f"Giữ trong bài {len(trailing)} dòng sau đoạn văn cuối (không quy tắc phần thừa nào khớp): cần kiểm tra"
            )
        dated_byline = None
        body_lines = []
        for i, line in enumerate(self.lines):
            number = line.number
            if number in self.dispositions:
                continue
            inside = start <= i < stop or i in trailing
            rule = self.drops.get(i, (None,))[0]
            found, leftover = None, ""
            if line.hint == "date":
                moment = moment or dates.find(line.text)[0]
                self.set(i, "date", note="phần tử ngày đăng của trang")
                continue
            if not rule and i in near_headline:
                found, leftover = dates.dateline(line.text)
                if found is None and not dated_byline:
                    found, dated_byline = _dated_byline(line.text)
                    if found is not None:
                        self.set(i, "date", note=f"kèm tác giả «{dated_byline.author}»")
                        moment = moment or found
                        continue
            headline, headline_moment = titles.split_trailing_date(titles.undouble(line.text))
            # Above the headline, a weekday and date is the page's clock when a dateline follows the headline.
            above = title_i is not None and i < title_i
            if found is not None and (
                (dates.is_header_day(line.text) and (title_i is None or above))
                or (above and any(j > title_i and dates.dateline(self.lines[j].text)[0] for j in near_headline))
            ):
                saved_day = saved_day or found
                self.set(i, "dropped", "generic/header-day", note="ngày hiện tại trên đầu trang lúc lưu, không phải ngày đăng bài")
            elif found is not None:
                if moment is None:
                    moment = found
                    note = f"bỏ phần còn lại «{leftover}»: bộ đếm lượt xem/bình luận" if leftover else ""
                    self.set(i, "date", note=note)
                else:
                    self.set(i, "dropped", "generic/second-date", note="ngày thứ hai, giữ ngày đầu tiên")
            elif title and headline == title:
                if headline_moment is not None and moment is None:
                    moment = headline_moment
                    self.set(i, "date", "generic/repeated-headline", note="tiêu đề lặp lại kèm ngày đăng")
                else:
                    self.set(i, "dropped", "generic/repeated-headline")
            elif i in byline_lines:
                self.set(i, byline_lines[i])
            elif not inside and not found_unit and units.from_banner(line.text):
                found_unit = units.from_banner(line.text)
                self.set(i, "unit", rule or self.names.get(i, ""), note=found_unit)
            elif rule and rule.endswith("/saved-day"):
                saved_day = saved_day or dates.find(line.text)[0]
                self.set(i, "dropped", rule, note="ngày lưu trang, không phải ngày đăng bài")
            elif rule:
                self.set(i, "dropped", rule)
            elif inside:
                body_lines.append(i)
            elif i < start and not section and title_i is not None and self._is_section(i, title_i):
                section = titles.undouble(line.text)
                self.set(i, "section", "generic/section-heading", note="mục của cổng cũ")
            else:
                self.drop(i, "generic/before-article" if i < start else "generic/after-article")

        body = self._blocks(body_lines)
        if not any(block.kind == "paragraph" for block in body):
            raise ImportProblem("không còn đoạn văn nào sau khi bỏ phần thừa")
        if not title:
            lede = next(block.text for block in body if block.kind == "paragraph")
            title = titles.derive(lede)
            review.append("Tiêu đề được suy ra từ đoạn đầu, cần kiểm tra")

        article = Article(title=title, moment=None, body=body, profile=page.profile, section=section)
        article.source = page.meta.get("source", "")
        article.moment = moment or self._lede_moment(body, title, review)
        if article.moment is None:
            self._placeholder(article, saved_day, review)
        self._unit(article, unit, found_unit, body, review)
        self._category(article, category, review)
        byline = byline or dated_byline or self._closing_byline(body, review)
        if byline:
            article.author, article.author_title = byline.author, byline.author_title
        captions = sum(1 for block in body if block.kind == "figure" and not block.image)
        if captions:
            review.append(f"Nhận diện {captions} chú thích ảnh theo bố cục dòng, bản lưu không có ảnh: cần kiểm tra")
        review.extend(self._controls_note())
        review.extend(addresses.refused_note(address) for address in page.meta.get("refused_addresses", ()))
        article.review = review
        article.dispositions = self.dispositions
        return article

    def _controls_note(self):
        """The control characters taken out of what the article keeps, for the editor to check."""
        removed = Counter(self.page.meta_controls)
        for line in self.lines:
            disposition = self.dispositions.get(line.number)
            if disposition and disposition.role != "dropped":
                removed.update(controls_in(line.raw))
        if not removed:
            return []
        codes = ", ".join(f"U+{ord(char):04X} ×{n}" for char, n in sorted(removed.items()))
        return [f"Đã bỏ {sum(removed.values())} ký tự điều khiển khỏi bài ({codes}): cần kiểm tra chữ quanh chỗ đó"]

    def _is_section(self, i, title_i):
        """The short line just above the headline (a back-link may sit between) names the portal's section."""
        if i > title_i:
            return False
        between = [j for j in range(i + 1, title_i) if not (j in self.drops and "back-link" in self.drops[j][0])]
        text = titles.undouble(self.text(i))
        return not between and len(text.split()) <= 6 and text[-1] not in SENTENCE_END

    def _byline(self, start, stop):
        """The byline in the first lines after the last paragraph: (Byline, {index: role})."""
        author_hint = next((i for i, line in enumerate(self.lines) if line.hint == "author"), None)
        if author_hint is not None:
            byline = bylines.parse(self.text(author_hint)) or bylines.Byline(self.text(author_hint))
            return byline, {author_hint: "author"}
        last = max((i for i in range(start, stop) if self.paragraph(i) or is_sentence(self.text(i))), default=None)
        if last is None:
            return None, {}
        after = [i for i in range(last + 1, self.byline_limit) if i not in self.drops][:2]
        if not after:
            return None, {}
        second = self.text(after[1]) if len(after) > 1 else None
        byline, used = bylines.parse_lines(self.text(after[0]), second)
        if not byline:
            return None, {}
        roles = {after[0]: "author"}
        if used == 2:
            roles[after[1]] = "author_title"
        return byline, roles

    def _closing_byline(self, body, review):
        """A byline set apart at the end of the last paragraph ("... sâu bệnh hại lúa.       P.V").

        The paragraph keeps its text; the name is also taken as the author, for review.
        """
        paragraphs = [i for i, role in self.dispositions.items() if role.role == "body"]
        if not paragraphs:
            return None
        raw = next(line.raw for line in self.lines if line.number == max(paragraphs))
        parts = re.split(r"\s{3,}|\t+", raw.strip())
        if len(parts) < 2 or not is_paragraph(parts[0].strip()):
            return None
        byline = bylines.parse(parts[-1].strip())
        if byline:
            review.append(f"Tác giả «{byline.author}» lấy từ cuối đoạn văn cuối (đoạn giữ nguyên): cần kiểm tra")
        return byline

    def _may_caption(self, previous):
        """Markup shows captions; in HTML a plain line is a caption only right after an image."""
        return self.page.kind == "text" or (previous is not None and previous.kind == "figure" and previous.image and not previous.text)

    def _blocks(self, body_lines):
        blocks = []
        for i in body_lines:
            line = self.lines[i]
            previous = blocks[-1] if blocks else None
            if line.hint == "image":
                blocks.append(Block("figure", image=line.image, alt=line.text))
                self.set(i, "caption", note="ảnh")
            elif line.hint == "caption" or (i not in self.wrapped and self._may_caption(previous) and is_caption(line.text)):
                if previous and previous.kind == "figure" and previous.image and not previous.text:
                    previous.text = line.text
                else:
                    blocks.append(Block("figure", text=line.text, image=line.image))
                self.set(i, "caption")
            else:
                blocks.append(Block("paragraph", text=line.text))
                self.set(i, "body")
        return blocks

    def _lede_moment(self, body, title, review):
        lede = next(block.text for block in body if block.kind == "paragraph")
        found = dates.lede_date(lede)
        if not found:
            return None
        day, month, year = found
        years = dates.years_in(title)
        if year is None and not years:
            return None
        try:
            moment = dates.Moment(date(year or years[-1], month, day))
        except ValueError:
            return None
        if year is None:
            review.append(f"Ngày đăng lấy theo ngày {day:02d}/{month:02d} ở đầu bài, năm {years[-1]} lấy từ tiêu đề: cần kiểm tra")
        else:
            review.append("Ngày đăng lấy theo ngày nêu ở đầu bài: cần kiểm tra")
        return moment

    def _placeholder(self, article, saved_day, review):
        saved_day = saved_day.day if isinstance(saved_day, dates.Moment) else saved_day
        article.moment = dates.Moment(saved_day or self.today)
        article.placeholder_date = True
        article.status = "draft"
        which = "lưu trang" if saved_day else "nhập"
        years = dates.years_in(article.title) or dates.years_in(" ".join(b.text for b in article.body))
        hint = f" (bài nhắc tới năm {Counter(years).most_common(1)[0][0]})" if years else ""
        review.append(f"Không xác định được ngày đăng: tạm dùng ngày {which}, để ở dạng nháp{hint}; cần bổ sung")

    def _unit(self, article, given, found, body, review):
        if given:
            article.unit = given
        elif found:
            article.unit = found
        else:
            article.unit = units.from_mentions([b.text for b in body if b.kind == "paragraph"]) or ""
            review.append(
                f"Đơn vị «{article.unit}» suy ra từ nội dung bài, cần kiểm tra"
                if article.unit
                else "Chưa xác định được đơn vị đăng bài, cần bổ sung"
            )

    def _category(self, article, given, review):
        if given:
            article.category = given
            return
        article.category = categories.classify(article.title)
        origin = f" (mục trên cổng cũ: «{article.section}»)" if article.section else ""
        review.append(f"Chuyên mục «{article.category}» suy ra từ tiêu đề{origin}, cần kiểm tra")


def _dated_byline(text):
    """A line with the author and the date ("VĂN HÀO - TRẦN HỮU 30/04/2016 11:39"): (Moment, Byline) or (None, None)."""
    moment, spans = dates.find(text)
    if moment is None:
        return None, None
    rest = list(text)
    for begin, end in spans:
        rest[begin:end] = " " * (end - begin)
    rest = " ".join("".join(rest).split()).strip(" -–|,")
    byline = bylines.parse(rest) if rest else None
    if byline is None or not bylines.is_name(byline.author.split(" - ")[0].split(" – ")[0]):
        return None, None
    return moment, byline


def extract(page, unit=None, category=None, today=None, catalogue=None):
    """The article in `page`; raises ImportProblem when there is none."""
    extraction = _Extraction(page, catalogue or profiles.load(), today or date.today())
    return extraction.run(unit=unit, category=category)
