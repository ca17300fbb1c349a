"""Find the Party and State documents an article cites, and say each one the same way.

What counts as a cited document:

- a kind word followed by its number, with or without "số" and a symbol:
  "Nghị quyết số 25-NQ/TW", "Chỉ thị 43-CT/TW", "Nghị định 159/2013/NĐ-CP", "Đề án 61",
  "QĐ 33 của UBND tỉnh" (the codes QĐ, NQ, NĐ, CT, KL in capitals; KH, TB, HD, CV only
  before "số"). A number followed by what it counts ("Kế hoạch 5 năm", "Quyết định ...
  25 hộ"), an amount ("1.000"), a date ("12/12/2013") or a bare year is not one; "quy định"
  after the number is the title's verb ("Thông tư 04 quy định mã số..."), not "quý". A
  capitalised kind may have a short title before its number when a symbol follows
  ("Pháp lệnh thực hiện dân chủ ... số 34/2007/PL-UBTVQH11").
- a list shares the kind, and the symbol written last: "Quyết định 217, 218-QĐ/TW" are
  217-QĐ/TW and 218-QĐ/TW; "Quyết định 217, 218 của Bộ Chính trị" are two numbers
  without symbol (kept apart from 217-QĐ/TW: the page did not say which one), unless the
  same text cites exactly one document of that kind and number with a symbol: "Kết luận số
  12-KL/TW ... (Kết luận 12)" is one document, its short form said again.
- a document named without number only when the name says which one (named.py): laws and
  codes ("luật" as a word of its own, not in "kỷ luật", "pháp luật", "luật sư"; the longest
  known name), "Hiến pháp" with its year, a national Party congress, a Central Committee
  plenum with its term. "Nghị quyết Đại hội Đảng bộ huyện lần thứ XX" names no district,
  "Quy chế dân chủ ở cơ sở" no text, "công văn" alone is generic.

Spelling: symbols are rebuilt by symbols.py ("217/QĐ-TW", "217 - QD/TW", "217-QĐ-TW" are
all 217-QĐ/TW: no two real documents differ only there); numbers lose leading zeros
(09-NQ/TW is 9) and labels write them back with two digits, as the documents do.
Matching runs on folded text (no marks, lower case, plain dashes), so "Nghi quyet", NFD
text and legacy "Ð" match too; a kind word typed with marks must have the right ones.
The level is read from the symbol's issuer code; "/TU" is a Tỉnh ủy's unless the sentence
says a Thành ủy issued it. Date and issuer come from the same sentence, after the
document (or after the last item of its list) and before its title ("về ...", a quote).
"""

import dataclasses
import datetime
import functools
import re
import unicodedata
from dataclasses import dataclass

from plugins.libs.html_text import visible_text
from plugins.libs.slugs import full_slug
from plugins.libs.table_fold import TableFold
from plugins.libs.vietnamese_text import FOLD_TABLE, Folded, fold, fold_with_offsets, normalize

from . import named as names
from .symbols import (ABBREVIATED_KINDS, ABBREVIATED_WITH_SO, CODE_KINDS, KIND_WORDS, LEVELS, TYPE_CODES,
                      as_provincial, folded_code, level_of, normalize_symbol)

SENTENCE_MAX = 300
DASHES = str.maketrans({dash: "-" for dash in "‐‑‒–—―−"})

# What a number after a kind word may count instead of numbering it: "Kế hoạch 5 năm".
COUNTED = frozenset("""
ho nguoi luot trieu ty ti nghin ngan dong nam thang ngay tuan quy gio phut lan thon vu cuoc buoi diem
suat em tan kg km ha m met khau xom ap lop tiet nhom
""".split())
# Words that follow a document as often as they count: "Chương trình 135 đồng bào", "... 25 đồng thời";
# "quy định" after a number is the document's title verb ("Thông tư 04 quy định mã số..."), not "quý".
NOT_COUNTED_TWO = frozenset({"dong bao", "dong thoi", "dong chi", "dong y", "nam nay", "ho tro", "diem moi",
                             "quy dinh"})
# Kind words that are verbs too ("quyết định 3 vấn đề"): in lower case they need "số" or a symbol.
VERBS = frozenset({"quyet dinh", "quy dinh", "huong dan", "thong bao", "ket luan", "bao cao"})
# Two words that count: "25 hội viên", "5 mô hình", "3 cơ sở".
COUNTED_TWO = frozenset("""
hoi vien|doan vien|dang vien|thanh vien|dai bieu|truong hop|mo hinh|don vi|cong trinh|hoc sinh|phan qua
ca nhan|tap the|co so|chi hoi|chi bo|hop tac|cau lac|phu nu|thanh nien|dia phuong|noi dung|tieu chi
chi tieu|muc tieu|nhiem vu|giai phap|tin bai|phong trao|khu pho|to dan|hoi nghi|hoi thi|san pham
hop dong|cuoc van|doan the|chuong trinh|ke hoach|van ban""".replace("\n", "|").split("|"))

def _trie_pattern(words):
    """Words as one pattern that branches letter by letter, longest first: each position costs one test per letter."""
    tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node):
        options = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not options:
            return ""
        optional = "" in node
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        return f"(?:{body})?" if optional else body

    return branch(tree)


_FULL_WORDS = frozenset(fold(word) for word in KIND_WORDS)
_FULL_WORDS_PATTERN = _trie_pattern(_FULL_WORDS)
_ANY_KIND_PATTERN = _trie_pattern(_FULL_WORDS | {fold(code) for code in ABBREVIATED_KINDS})
# The words alone, so that the regex engine looks for their first letters in its fast loop;
# where one starts inside a word, or after "/" or "-" (inside a symbol), the search goes on
# from the next character (_document_spans).
_KIND = re.compile(rf"({_ANY_KIND_PATTERN})(?![\w/])")
# The same words before "/" too, so that the search meets a number glued to one ("3Luật/"), as
# _GLUED_NUMBER does; _spans then takes the word _KIND finds there, if any.
_KIND_OR_GLUED = re.compile(rf"({_ANY_KIND_PATTERN})(?!\w)")
# A list's number glued to a full kind word ("- 3Nghị định 64/2014/NĐ-CP", "- 4Luật ..."): blanked in
# the folded copy, so the kind starts a word, once the kind search meets one (_document_spans); a code
# glued to its number ("37CT/TW") is a symbol's.
_GLUED_NUMBER = re.compile(rf"\d(?=(?:{_FULL_WORDS_PATTERN})(?!\w))")
_LONGEST_WORD = max(map(len, _FULL_WORDS)) + 1  # and the character after it
# A Party symbol typed without separators, glued to its number: "33NQTW" is 33-NQ/TW.
_GLUED_CODES = r"(?:nq|ct|qd|kl|qdi|kh|tb|hd|ctr|da)(?:tw|tu|hu|qu)"
_GLUED_SYMBOL = re.compile(r"(NQ|CT|QD|KL|QDI|KH|TB|HD|CTR|DA)(TW|TU|HU|QU)")
# One numbered item: "217", "25-NQ/TW", "159/2013/NĐ-CP", "16/CT - TTg", "75/2015/QH13".
SEGMENT = r"[a-z]{1,16}(?:[.&][a-z]{1,3})?\d{0,3}"
_ITEM = re.compile(
    r"(?P<number>\d{1,5}(?:[a-z](?=\s*/))?)(?![\d.]\d|\d)"
    r"(?:\s*/\s*(?P<year>(?:19|20)\d\d)(?!\d))?"
    rf"(?P<symbol>(?:\s*[-/]\s*|\s*(?=[a-z]{{2,5}}/)|(?={_GLUED_CODES}(?!\w))){SEGMENT}(?:(?:\s*[-/]\s*|\s+(?=(?:tw|tu|hu|qu|thu|du)\b)){SEGMENT}){{0,3}}(?![\w]))?"
)
# "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11": a short title,
# then the number; only with a symbol, so "Quyết định khen thưởng số 25 hộ" stays out.
_NUMBER_AFTER_TITLE = re.compile(r"(?:\s+[^\W\d]+){1,10}?\s+(?=so\s*:?\s*\d)")
_SO = re.compile(r"[ \t]*(?:(so)\s*:?\s*)?")
_LIST_JOIN = re.compile(r"\s*(?:,|;|\s(?:va|hoac))\s*(?:(so)\s*:?\s*)?(?=\d)")
_NEXT_WORDS = re.compile(r"\s*(\w+)(?:\s+(\w+))?")

# Date and issuer after a mention, before the next one.
_DATE = re.compile(
    r"ngay\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d\d)"
    r"|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)"
)
_ISSUER = re.compile(r"cua\s+")  # a word of its own: _word_search
# Matched on the NFC text, marks and all: "đang" ends an issuer, "Đảng" does not.
_ISSUER_END = re.compile(
    r"\s*[,;.:()\"“”«»\[\]]|\s+(?:về|ngày|và|thực hiện|trong|tại|đã|với|nhằm|khóa|khoá|số|ban hành|"
    r"quy định|hướng dẫn|theo|để|cho|đang|đến|từ|lên|năm|ve|ngay|va)(?!\w)",
    re.IGNORECASE,
)
_TITLE_START = re.compile(r"ve(?!\w)|[\"“«]")  # "về" a word of its own: _word_search
CONTEXT_MAX = 160
UPPER = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ"
# On the NFC text: a line break, or a full stop before a capital ("TP. Hà Tĩnh" splits too: harmless).
_SENTENCE_END = re.compile(rf"\n|[.!?…][\"”»)]*(?=\s+[\"“«(]*[{UPPER}0-9]|\s*$)")


@dataclass(frozen=True)
class Citation:
    """What is cited (the identity of a document)."""

    kind: str
    number: str | None
    symbol: str | None
    year: int | None
    name: str | None
    key: str
    level: str | None

    @property
    def label(self) -> str:
        """How pages name it: "Quyết định số 217-QĐ/TW", "Nghị định số 159/2013/NĐ-CP"."""
        if self.name:
            return self.name
        number = self.number.zfill(2) if self.symbol else self.number
        if not self.symbol:
            return f"{self.kind} số {number}"
        year = f"/{self.year}" if self.year else ""
        joiner = "-" if "/" in self.symbol else "/"
        return f"{self.kind} số {number}{year}{joiner}{self.symbol}"


@dataclass(frozen=True)
class Mention:
    """Where and how one article cites it."""

    citation: Citation
    start: int | None  # offsets in the text given; None once read back from a record
    end: int | None
    issued: datetime.date | None
    issuer: str | None
    sentence: str


@functools.lru_cache(maxsize=8192)  # the same documents recur in every article; slugs cost
def numbered(kind, number, symbol=None, year=None):
    """The Citation of a numbered document; `symbol` already canonical."""
    number = number.lstrip("0") or "0"
    parts = [kind, number, str(year) if year else "", symbol or ""]
    key = full_slug(" ".join(part for part in parts if part).replace("/", " "), {})
    return Citation(kind, number, symbol, year, None, key, level_of(symbol))


@functools.lru_cache(maxsize=4096)
def named(kind, name, level=None, year=None):
    """The Citation of a document named without number; `year` is a law's version."""
    return Citation(kind, None, None, year, name, full_slug(name, {}), level)


def _composed(text):
    """(NFC text, NFC index → index in `text`, or None when `text` was NFC already)."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    pieces, to_given, cluster_start = [], [], 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            composed = unicodedata.normalize("NFC", text[cluster_start:index])
            pieces.append(composed)
            to_given.extend([cluster_start] * len(composed))
            cluster_start = index
    to_given.append(len(text))
    return "".join(pieces), to_given


FOLD_AND_DASHES = {**FOLD_TABLE, **{ord(dash): "-" for dash in "‐‑‒–—―−"}}
_fold_and_dashes = functools.cache(lambda: TableFold(FOLD_AND_DASHES))  # built on first use: 10 ms


def _folded(source):
    """Folded source with plain dashes (as FOLD_AND_DASHES says, the quick way); None if its length would change."""
    folded = _fold_and_dashes()(source)
    return folded if len(folded) == len(source) else None


class _Scan:
    """One text being read: folded copy, offsets back to the text given, sentence bounds."""

    def __init__(self, text):
        self.text = text
        self.source, self.to_given = _composed(text)
        folded = _folded(self.source)
        if folded is None:  # stray combining marks or letters that grow when lowercased: the slow way
            self.folded_text = fold_with_offsets(self.source)
            folded = self.folded_text.folded.translate(DASHES)
        else:
            self.folded_text = Folded(self.source, folded, None)
        self.folded = folded  # _document_spans blanks a number glued to a kind word when it meets one
        self._sentence = None  # the last sentence_bounds

    def source_range(self, start, end):
        """Offsets in the NFC source of folded[start:end]."""
        return self.folded_text.source_range(start, end)

    def given(self, index):
        """Offset in the text given of an offset in the NFC source."""
        return index if self.to_given is None else self.to_given[index]

    def original(self, start, end):
        first, last = self.source_range(start, end)
        return self.source[first:last]

    def sentence_bounds(self, position):
        """(start, end) in the NFC source of the sentence holding source offset `position`.

        Read around it, not from the top: a text's mentions are few and its sentence ends
        many. The same as splitting the whole text at every _SENTENCE_END: an end never
        holds another one, so whether a mark ends a sentence does not depend on the others.
        """
        if self._sentence and self._sentence[0] <= position < self._sentence[1]:
            return self._sentence  # the mentions of one sentence, one after the other
        source, first, last = self.source, None, None
        window_end, lookback = position + 1, SENTENCE_LOOKBACK
        while first is None and window_end > 0:
            window_start = max(0, window_end - lookback)
            for mark in reversed(list(_sentence_ends(source, window_start, window_end))):
                if mark > position:
                    last = mark
                else:
                    first = mark
                    break
            window_end, lookback = window_start, lookback * 4
        if last is None:
            last = next(_sentence_ends(source, position + 1, len(source)), len(source))
        self._sentence = (first or 0, last)
        return self._sentence


SENTENCE_LOOKBACK = 256  # characters before a mention read at first for its sentence's start
_SENTENCE_MARK = re.compile(r"[\n.!?…]")


def _sentence_end(source, mark):
    """Where the sentence ends if the mark at `mark` ends one, else None."""
    found = _SENTENCE_END.match(source, mark)
    return found.end() if found else None


def _sentence_ends(source, start, end):
    """The ends of the sentences whose final mark lies in source[start:end], in order (an iterator)."""
    ends = (_sentence_end(source, mark.start()) for mark in _SENTENCE_MARK.finditer(source, start, end))
    return (found for found in ends if found is not None)


def _unglued(folded):
    """`folded` with a digit glued before a kind word made a space: the kind then starts a word."""
    glued = [match.start() for match in _GLUED_NUMBER.finditer(folded)]
    if not glued:
        return folded
    characters = list(folded)
    for index in glued:
        characters[index] = " "
    return "".join(characters)


def _counts_something(folded, end):
    """True when the words after a number say what it counts: "25 hộ", "5 năm", "250 triệu"."""
    if re.match(r"\s*(?:%|\.\d)", folded[end:end + 3]):
        return True
    words = _NEXT_WORDS.match(folded, end)
    if not words:
        return False
    first, second = words.group(1), words.group(2)
    if first == "ngay" and second and second[:1].isdigit():
        return False  # "Chỉ thị số 49 ngày 20/10/2015"
    pair = f"{first} {second}" if second is not None else None
    if pair in NOT_COUNTED_TWO:
        return False
    return first in COUNTED or pair in COUNTED_TWO


_OF_PROVINCE = re.compile(r"[\s,]*(?:ngay\s+[\d/.-]+\s*)?cua\s+(?:ban\s+thuong\s+vu\s+|bch\s+|btv\s+)?tinh\s+uy")


def _symbol(scan, item):
    """(canonical symbol or None, parts, end) of a matched item.

    A part after spaces must look like a code ("217 - QĐ/TW", not "25 - Hội Nông dân",
    not "62-KH/BDVTU - Tải về"): the symbol stops before the first one that does not.
    """
    if not item.group("symbol"):
        return None, (), item.end()
    start = item.start("symbol")
    written = scan.original(start, item.end("symbol"))
    symbol, parts, length = _written_symbol(written)
    if symbol is None:
        return None, (), start
    end = start + length
    if "TƯ" in written.upper() and _OF_PROVINCE.match(scan.folded, end):
        symbol = as_provincial(symbol)  # "13-NQ/TƯ của Tỉnh ủy"
    return symbol, parts, end


_CODE_PIECE = re.compile(r"[^\W\d_]{1,16}\d{0,3}")


@functools.lru_cache(maxsize=8192)  # an archive cites the same symbols, typed the same ways, over and over
def _written_symbol(written):
    """(canonical symbol or None, parts, length of what it takes of `written`) of a symbol as typed."""
    parts, separators, length = [], [], 0
    for token in _SYMBOL_PART.finditer(written.translate(DASHES)):
        separator, part = token.group(1), token.group(2).replace(".", "")
        joined = part.split("&")  # "SNV-CCHC&PC"
        spaced = separator != separator.strip()
        if not all(_CODE_PIECE.fullmatch(piece) for piece in joined):
            break
        if spaced and sum(char.isupper() for char in part) < 2 and not _is_code(part):
            break
        if parts:
            separators.append(separator.strip())
        parts.append(part)
        length = token.end()
    if not parts or (len(parts) == 1 and not any(char.isupper() for char in parts[0])):
        return None, (), 0  # "25-nq" alone: lower case needs a second part
    glued = _GLUED_SYMBOL.fullmatch(folded_code(parts[0])) if len(parts) == 1 else None
    if glued:
        parts, separators = list(glued.groups()), ["/"]
    return normalize_symbol(parts, separators), tuple(parts), length


def _is_code(part):
    """A type or issuer code however it is typed: "nq", "tw", "TTg", "ThU", "ubnd"."""
    code = folded_code(part)
    return code in TYPE_CODES or code in ("TTG", "THU", "CTR") or any(pattern.fullmatch(code) for pattern, _ in LEVELS)


_SYMBOL_PART = re.compile(r"(\s*[-/]\s*|\s*)([^\s/-]+)")  # "84 QĐ/TWĐTN", "37CT/TW": a space or nothing before a code and its slash


def _kind_spelling_ok(scan, start, end, word):
    """A kind word typed with marks must carry the right ones: "đề án", not "để ăn"."""
    return _spelling_ok(scan.original(start, end), word)


@functools.lru_cache(maxsize=4096)  # a few dozen spellings make up nearly all kind words of an archive
def _spelling_ok(original, word):
    written = normalize(original)
    if written.isascii():
        return word not in _ABBREVIATED or written.isupper()
    return written.lower() == normalize(_kind_spelling(word)).lower() or written in ABBREVIATED_KINDS


_ABBREVIATED = frozenset(fold(code) for code in ABBREVIATED_KINDS)
_NEEDS_SO = frozenset(fold(code) for code in ABBREVIATED_WITH_SO)
_SPELLING_OF = {fold(word): word for word in KIND_WORDS}
_SPELLING_OF.update({fold(code): code for code in ABBREVIATED_KINDS if not code.isascii()})


def _kind_spelling(word):
    return _SPELLING_OF.get(word, word)


def _kind_of(word, scan, start, end):
    """The canonical kind a matched kind word gives."""
    if word in _SPELLING_OF and word not in _ABBREVIATED:
        return KIND_WORDS[_SPELLING_OF[word]]
    return ABBREVIATED_KINDS[scan.original(start, end).upper().replace("Ð", "Đ")]


def _numbered_items(scan, kind_word, kind, kind_start, position):
    """[(start, end, Citation)] of the numbered list after a kind word, or []."""
    so = _SO.match(scan.folded, position)
    has_so = bool(so.group(1))
    if kind_word in _NEEDS_SO and not has_so:
        return []
    found = []
    cursor = so.end()
    item_start = kind_start
    while True:
        item = _ITEM.match(scan.folded, cursor)
        if not item:
            break
        symbol, parts, symbol_end = _symbol(scan, item)
        end = symbol_end if symbol else item.end("year") if item.group("year") else item.end("number")
        if not symbol and not item.group("year") and re.match(r"\s*/\s*\d", scan.folded[end:end + 4]):
            break  # a date: "ngày 12/12/2013"
        if not symbol and _counts_something(scan.folded, end):
            break
        number = item.group("number")
        if not symbol and not has_so and not found and 1900 <= int(number) <= 2100 and len(number) == 4:
            break  # a year: "Kế hoạch 2020"
        item_kind = kind
        if symbol and kind_word == "thong bao ket luan":
            item_kind = CODE_KINDS.get(folded_code(parts[0]), kind)
        year = int(item.group("year")) if item.group("year") else None
        if not found and not symbol and not has_so and kind_word in VERBS and scan.original(kind_start, kind_start + 1).islower():
            break  # "quy định 25 nhà là 1 lý": the verb, not a document
        found.append([item_start, end, item_kind, number, symbol, year, parts])
        join = _LIST_JOIN.match(scan.folded, end)
        if not join:
            break
        has_so = has_so or bool(join.group(1))
        cursor = join.end()
        item_start = cursor
    # A symbol written once after a list belongs to every bare number before it.
    shared = None
    for entry in reversed(found):
        if entry[4]:
            shared = entry[4], entry[6]
        elif shared:
            entry[4] = shared[0]
            if kind_word == "thong bao ket luan":
                entry[2] = CODE_KINDS.get(folded_code(shared[1][0]), kind)
    return [(start, end, numbered(item_kind, number, symbol, year))
            for start, end, item_kind, number, symbol, year, _ in found]


def _word_search(pattern, text, start, end):
    """pattern.search(text, start, end), where a match that begins with a letter must begin a word.

    Checked here rather than by a lookbehind in the pattern: a pattern that starts with
    its letters lets the regex engine skip quickly to where they are.
    """
    while (found := pattern.search(text, start, end)) and found.start() and text[found.start()].isalnum():
        before = text[found.start() - 1]
        if not (before.isalnum() or before == "_"):
            break
        start = found.start() + 1
    return found


def _context(scan, end, limit):
    """(issued, issuer) said after a mention ending at folded offset `end`, before `limit`."""
    window_end = min(limit, end + CONTEXT_MAX)
    title = _word_search(_TITLE_START, scan.folded, end, window_end)
    if title:
        window_end = title.start()
    issued = None
    date = _DATE.search(scan.folded, end, window_end)
    if date and not _word_search(_KIND_IN, scan.folded, end, date.start()):
        day, month, year = (date.group(1), date.group(3), date.group(4)) if date.group(1) else date.group(5, 6, 7)
        try:
            issued = datetime.date(int(year), int(month), int(day))
        except ValueError:
            issued = None
    issuer = None
    of = _word_search(_ISSUER, scan.folded, end, window_end)
    if of and not _word_search(_KIND_IN, scan.folded, end, of.start()):
        source_start = scan.source_range(of.end(), of.end() + 1)[0]
        source_limit = scan.source_range(window_end - 1, window_end)[1] if window_end > of.end() else source_start
        stop = _ISSUER_END.search(scan.source, source_start, source_limit)
        written = " ".join(scan.source[source_start:stop.start() if stop else source_limit].split())
        words = written.split()
        if words and words[0][:1].isupper() and len(words) <= 10:
            issuer = written
    return issued, issuer


_KIND_IN = re.compile(r"(?:nghi quyet|chi thi|quyet dinh|ket luan|quy dinh|ke hoach|thong bao|huong dan|"
                      r"cong van|nghi dinh|thong tu|thong tri|luat|chuong trinh|de an|quy che)(?!\w)")


def _sentence(scan, start, end):
    """The sentence around folded[start:end], whitespace collapsed, cut to SENTENCE_MAX at word boundaries."""
    mention_start, mention_end = scan.source_range(start, end)
    first, last = scan.sentence_bounds(mention_start)
    source = scan.source
    if last - first <= 2 * SENTENCE_MAX:  # longer, it would take 300 spaces in a row to fit: not worth a split
        collapsed = _collapsed(source[first:last])
        if len(collapsed) <= SENTENCE_MAX:
            return collapsed
    # Keep the mention in view: start a little before it, at a word boundary.
    left = max(first, mention_start - 80)
    right = min(last, left + SENTENCE_MAX)
    if mention_end > right:
        right = min(last, mention_end + 40)
        left = max(first, right - SENTENCE_MAX)
    piece = source[left:right]
    if left > first:
        words = piece.split(None, 1)
        piece = words[1] if len(words) > 1 else piece
    if right < last:
        words = piece.rsplit(None, 1)
        piece = words[0] if len(words) > 1 else piece
    return ("…" if left > first else "") + _collapsed(piece) + ("…" if right < last else "")


def _collapsed(text):
    """" ".join(text.split()), without splitting text whose only spaces are single ones between words."""
    if "  " in text or text.startswith(" ") or text.endswith(" ") or not text.isprintable():
        return " ".join(text.split())
    return text  # isprintable: no other space, no line break


def _document_spans(scan):
    """[(folded start, folded end, Citation, list)] of every cited document, in order.

    `list` is the same for the items of one list ("217, 218-QĐ/TW"): the start of its kind word.
    """
    found = _spans(scan, glued_seen=False)
    if found is None or _glued_inside(scan.folded, found):
        # A number glued to a kind word ("- 3Nghị định"): read again with every such number blanked.
        scan.folded = _unglued(scan.folded)
        found = _spans(scan, glued_seen=True)
    return _short_forms_resolved(found)


def _glued_inside(folded, found):
    """True if a number glued to a kind word lies inside a span, where the kind search did not look."""
    checked = 0  # spans are in order; a list's items share the start of its kind word
    for _, end, _, kind_start in found:
        if end > checked:
            glued = _GLUED_NUMBER.search(folded, max(kind_start, checked), end + _LONGEST_WORD)
            if glued and glued.start() < end:
                return True
            checked = end
    return False


def _spans(scan, glued_seen):
    """_document_spans before short forms are resolved; None, while `glued_seen` is False, at
    the first kind word glued to a number. Blanking such numbers (_unglued) takes a pass over
    the whole text, which nearly no text needs: it is made only when the kind search, which
    looks at every word outside the spans it returns, meets one (or _glued_inside finds one).
    """
    found = []
    position = 0
    folded = scan.folded
    while match := _KIND_OR_GLUED.search(folded, position):
        word = match.group(1)
        start, end = match.span(1)
        if start and (folded[start - 1].isalnum() or folded[start - 1] in "_/-"):
            if not glued_seen and folded[start - 1].isdecimal() and word in _FULL_WORDS:
                return None
            position = start + 1  # not a word of its own; one may start later inside the match
            continue
        if folded.startswith("/", end):  # a symbol's code ("NQ/TW"), or a shorter kind word
            match = _KIND.match(folded, start)
            if not match:
                position = start + 1
                continue
            word = match.group(1)
            start, end = match.span(1)
        position = end
        if not _kind_spelling_ok(scan, start, end, word):
            continue
        kind = _kind_of(word, scan, start, end)
        items = _numbered_items(scan, word, kind, start, end)
        if items:
            found.extend((first, last, citation, start) for first, last, citation in items)
            position = items[-1][1]
            continue
        if word in _ABBREVIATED:
            continue
        if kind not in ("Luật", "Bộ luật", "Hiến pháp") and scan.original(start, start + 1).isupper():
            later = _NUMBER_AFTER_TITLE.match(folded, end)
            if later and not _KIND.search(folded, end, later.end()):
                items = _numbered_items(scan, word, kind, start, later.end())
                if items and items[0][2].symbol:
                    found.append((start, items[0][1], items[0][2], start))
                    position = items[0][1]
                    continue
        if kind == "Nghị quyết":
            resolution = names.resolution(folded, end)
            if resolution:
                found.append((start, resolution[0], named(kind, resolution[1], "Trung ương"), start))
                position = resolution[0]
        elif kind == "Hiến pháp":
            constitution = names.constitution(folded, end)
            if constitution:
                found.append((start, constitution[0], named(kind, constitution[1], "Quốc hội"), start))
                position = constitution[0]
        elif kind in ("Luật", "Bộ luật"):
            if _LAW_COMPOUND_BEFORE.search(folded, max(0, start - 6), start) or _LAW_COMPOUND_AFTER.match(folded, end):
                continue  # "kỷ luật Đảng viên", "pháp luật", "luật sư": a word, not a law
            law = names.law(folded, scan.original, kind, end)
            if law:
                found.append((start, law[0], named(kind, law[1], "Quốc hội", law[2]), start))
                position = law[0]
    return found


def _short_forms_resolved(found):
    """Spans with "Kết luận 12" given the citation of the one "Kết luận 12-KL/TW" of the same text."""
    symbolled = {}
    for _, _, citation, _ in found:
        if citation.symbol:
            symbolled.setdefault((citation.kind, citation.number), set()).add(citation)
    if not symbolled:
        return found
    resolved = []
    for start, end, citation, group in found:
        if citation.number and not citation.symbol:
            same = symbolled.get((citation.kind, citation.number), ())
            if len(same) == 1:
                (citation,) = same
        resolved.append((start, end, citation, group))
    return resolved


# Words that "luật" forms with the word before or after it: "kỷ luật", "pháp luật", "điều luật", "quy luật";
# "luật sư", "luật pháp", "luật lệ", "luật gia", "luật học".
_LAW_COMPOUND_BEFORE = re.compile(r"(?<!\w)(?:ky|ki|phap|dieu|quy)\s$")
_LAW_COMPOUND_AFTER = re.compile(r"\s+(?:su|phap|le|gia|hoc)(?!\w)")

_CITY_COMMITTEE = re.compile(r"\bThành ủy|\bThành uỷ", re.IGNORECASE)


def find_mentions(text: str) -> list[Mention]:
    """Every cited document in plain text, in order of appearance; offsets are into `text`."""
    return _mentions(text, None)


def _mentions(text, seen):
    """find_mentions, leaving out documents whose key is in the set `seen` (and adding the
    others to it): an article keeps one mention per document, and the date, issuer and
    sentence are most of the work, so they are read only for the one kept."""
    scan = _Scan(text)
    spans = _document_spans(scan)
    mentions = []
    for index, (start, end, citation, group) in enumerate(spans):
        if seen is not None:
            if citation.key in seen:
                continue
            seen.add(citation.key)
        # A list's date and issuer come after its last item: "Quyết định 217, 218 của Bộ Chính trị".
        group_end = index
        while group_end + 1 < len(spans) and spans[group_end + 1][3] == group:
            group_end += 1
        limit = spans[group_end + 1][0] if group_end + 1 < len(spans) else len(scan.folded)
        _, sentence_end = scan.sentence_bounds(scan.source_range(start, end)[1] - 1)
        issued, issuer = _context(scan, spans[group_end][1], min(limit, sentence_end))
        source_start, source_end = scan.source_range(start, end)
        if citation.level == "Tỉnh ủy" and issuer and _CITY_COMMITTEE.search(issuer):
            citation = dataclasses.replace(citation, level="Thành ủy")  # "/TU" is a city's committee too
        mentions.append(Mention(citation, scan.given(source_start), scan.given(source_end), issued, issuer,
                                _sentence(scan, start, end)))
    return mentions


def article_citations(title_html: str, body_html: str) -> tuple[tuple, ...]:
    """One record (as_record) per document, of its first mention, from the visible text of headline then body."""
    seen = set()
    return tuple(
        as_record(mention) for html in (title_html, body_html) for mention in _mentions(str(visible_text(html or "")), seen)
    )


def as_record(mention: Mention) -> tuple:
    """A mention as plain values: the citation's fields, then date, issuer and sentence.

    What the reading workers send and the content cache keeps for the whole build: a
    tuple of strings, numbers and dates is nothing the garbage collector must walk, as
    Mention and Citation objects are (60,000 of them cost each 10,000-article build half
    a second of collections). Its offsets are left out: nothing after reading needs them.
    """
    citation = mention.citation
    return (citation.kind, citation.number, citation.symbol, citation.year, citation.name, citation.key,
            citation.level, mention.issued, mention.issuer, mention.sentence)


def from_record(record: tuple) -> Mention:
    """The Mention as_record gave, without offsets (start and end are None)."""
    *citation, issued, issuer, sentence = record
    return Mention(_citation(*citation), None, None, issued, issuer, sentence)


@functools.lru_cache(maxsize=8192)  # read back every build, and the same documents recur in every article
def _citation(*fields):
    return Citation(*fields)


_BARE_REFERENCE = re.compile(r"\d{1,5}(?:\s*/\s*\d{4})?\s*[-/]\s*([a-z]{2,3})\s*[-/]\s*\w+")
_REFERENCE_TAIL = re.compile(r"[\s,.;:]*$")


def parse_reference(text: str) -> Citation | None:
    """The one document `text` names as a whole ("Quyết định 217-QĐ/TW"), or None.

    A date and issuer after it are allowed ("... ngày 12/12/2013 của Bộ Chính trị").
    """
    if not text or not text.strip():
        return None
    stripped = text.strip()
    bare = _BARE_REFERENCE.fullmatch(fold(stripped).translate(DASHES))
    if bare and bare.group(1).upper() in CODE_KINDS:  # "217-QĐ/TW": the code says the kind
        stripped = f"{CODE_KINDS[bare.group(1).upper()]} {stripped}"
    mentions = find_mentions(stripped)
    if len(mentions) != 1 or mentions[0].start != 0:
        return None
    rest = fold(stripped[mentions[0].end:]).translate(DASHES)
    if _REFERENCE_TAIL.fullmatch(rest):
        return mentions[0].citation
    rest = re.sub(r"^[\s,]*(?:,?\s*ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?", "", rest)
    rest = re.sub(r"^[\s,]*(?:cua\s+\S.*)?$", "", rest)
    return mentions[0].citation if not rest.strip(" ,.;:") else None
