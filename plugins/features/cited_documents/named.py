"""Documents cited by name instead of number: laws, the Constitution, national Party resolutions.

A name is kept only when it says which document it is:

- "Luật"/"Bộ luật" + a law's name. The laws reports cite most are listed in LAWS with the
  short forms pages use ("Luật MTTQVN", "luật phòng chống bạo lực gia đình"), so a name typed
  in lower case or without its comma is still found and spelt one way; any other law counts
  when its name starts with a capital ("Luật Đặc khu") and ends at a linking word ("của",
  "cho", "năm"...). A year after the name ("Luật Mặt trận Tổ quốc Việt Nam năm 2015") is the
  version, kept as the year, not in the name: readers look the law up by its name.
- "Hiến pháp" with its year ("Hiến pháp 2013" is "Hiến pháp năm 2013") or with the country's
  name; "Hiến pháp" alone is the idea more often than the text.
- "Nghị quyết Đại hội XIII của Đảng" (a national congress; "Đại hội Đảng bộ huyện lần thứ XX"
  names no district, and a mass organization's congress is not a Party document), and
  "Nghị quyết Trung ương 4 khóa XII" (a plenum with its term; "lần thứ chín" counts as 9).
"""

import re

from plugins.libs.vietnamese_text import fold, normalize

# Law names as the law spells them, then the other ways pages write them.
LAWS = {
    "Mặt trận Tổ quốc Việt Nam": ("MTTQVN", "MTTQ Việt Nam", "Mặt trận Tổ quốc", "MTTQ"),
    "Thực hiện dân chủ ở cơ sở": ("dân chủ ở cơ sở", "dân chủ cơ sở", "thực hiện dân chủ cơ sở",
                                  "thực hiện quy chế dân chủ ở cơ sở", "thực hiện quy chế dân chủ cơ sở"),
    "Phòng, chống tham nhũng": ("PCTN",),
    "Phòng, chống bạo lực gia đình": (),
    "Phòng, chống ma túy": ("phòng, chống ma tuý",),
    "Phòng, chống mua bán người": (),
    "Phòng, chống tác hại của rượu, bia": (),
    "Phòng, chống tác hại của thuốc lá": (),
    "Bình đẳng giới": (),
    "Hôn nhân và Gia đình": (),
    "Tín ngưỡng, tôn giáo": (),
    "Đất đai": (),
    "An ninh mạng": (),
    "Tổ chức chính quyền địa phương": (),
    "Tổ chức Quốc hội": (),
    "Tổ chức Chính phủ": (),
    "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân": ("Tổ chức HĐND và UBND",),
    "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân": (
        "Bầu cử đại biểu Quốc hội và đại biểu HĐND",),
    # The two laws before 2015 too: the longest known name wins, "Luật Bầu cử" is not them.
    "Bầu cử đại biểu Quốc hội": (),
    "Bầu cử đại biểu Hội đồng nhân dân": ("Bầu cử đại biểu HĐND",),
    "Bầu cử": (),
    "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân": (),
    "Khiếu nại": (),
    "Tố cáo": (),
    "Tiếp công dân": (),
    "Thanh tra": (),
    "Hòa giải ở cơ sở": (),
    "Người cao tuổi": (),
    "Người khuyết tật": (),
    "Thanh niên": (),
    "Công đoàn": ("CĐ",),
    "Trẻ em": (),
    "Dân quân tự vệ": (),
    "Nghĩa vụ quân sự": (),
    "Giao thông đường bộ": (),
    "Trật tự, an toàn giao thông đường bộ": (),
    "Phổ biến, giáo dục pháp luật": (),
    "Thực hành tiết kiệm, chống lãng phí": (),
    "Cán bộ, công chức": (),
    "Viên chức": (),
    "Bảo hiểm xã hội": ("BHXH",),
    "Bảo hiểm y tế": ("BHYT",),
    "Bảo vệ môi trường": (),
    "Xử lý vi phạm hành chính": (),
    "Tiếp cận thông tin": (),
    "Cư trú": (),
    "Căn cước": (),
    "Căn cước công dân": (),
    "Thi đua, khen thưởng": (),
    "Ban hành văn bản quy phạm pháp luật": (),
    "Biên giới quốc gia": (),
    "An ninh quốc gia": (),
    "Quốc phòng": (),
    "Hợp tác xã": (),
    "Nhà ở": (),
    "Hoạt động chữ thập đỏ": (),
    "Ngân sách nhà nước": (),
    "Đầu tư công": (),
    "Đầu tư": (),
    "Doanh nghiệp": (),
    "Quốc tịch Việt Nam": (),
    "Đặc khu": ("đơn vị hành chính - kinh tế đặc biệt",),
}
CODES = ("Dân sự", "Hình sự", "Lao động", "Tố tụng hình sự", "Tố tụng dân sự")


def _alias_pattern(alias):
    """Folded alias as a pattern: any spacing, a comma or dash optional between words."""
    words = [re.escape(word) for word in re.split(r"[\s,\-–]+", fold(alias)) if word]
    return r"\s*[,\-]?\s*".join(words)


def _words(text):
    return tuple(word for word in re.split(r"[\s,\-–]+", fold(text)) if word)


def _known(names):
    """(pattern matching any alias after a space, folded words of an alias → canonical name)."""
    lookup = {_words(alias): canonical for canonical, others in names.items() for alias in (canonical, *others)}
    patterns = sorted({_alias_pattern(alias) for canonical, others in names.items() for alias in (canonical, *others)},
                      key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(patterns) + r")(?!\w)"), lookup


_LAW, _LAW_LOOKUP = _known(LAWS)
_CODE, _CODE_LOOKUP = _known({code: () for code in CODES})
# After a law's name: its year, or its number ("số 02/2011/QH13") whose year is the version.
_LAW_YEAR = re.compile(r"\s+(?:nam\s+)?((?:19|20)\d\d)(?![\d/])"
                       r"|\s+(?:so\s*)?\d{1,4}\s*/\s*((?:19|20)\d\d)\s*/\s*qh\s*\d{0,2}(?!\w)")

# The fallback for other laws: capitalised words up to a linking word.
NAME_STOPS = frozenset("""
của cho đến tới trong được đã đang sẽ tại với để nhằm theo do thì là có này ngày số đối từ khi các
những cùng bằng vào về trên giữa hiện sửa mà nên vì nếu làm hay còn hoặc tỉnh huyện xã như gồm
tuyên truyền phổ biến thực hiện triển khai quy định hướng dẫn và năm""".split())
NAME_STOPS_FOLDED = frozenset(fold(word) for word in NAME_STOPS)
NAME_MAX_WORDS = 10
_NAME_WORD = re.compile(r"\s*([^\s,;:.()\"“”'‘’«»!?…]+)([,;:.()\"“”'‘’«»!?…]?)")
NOT_IN_NAMES = frozenset({"dieu", "dieu le", "nghi", "chi", "quyet", "luat", "bo", "hien", "phap"})

_CONSTITUTION = re.compile(
    r"(?:\s+(?P<country>nuoc\s+cong\s+hoa\s+(?:xa\s+hoi\s+chu\s+nghia|xhcn)\s+viet\s+nam))?"
    r"(?:\s+(?:nam\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?"
)

NUMBER_WORDS = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "lam": 5, "sau": 6,
                "bay": 7, "tam": 8, "chin": 9}
NUMBER = r"\d{1,2}|[xvi]{1,5}|(?:muoi\s+)?(?:nhat|mot|hai|ba|tu|bon|nam|lam|sau|bay|tam|chin)|muoi"
_PLENUM = re.compile(
    rf"\s+(?:hoi\s*nghi\s+)?(?:(?:lan\s+thu\s+)?(?P<before>{NUMBER})\s*[,-]?\s+)?(?:cua\s+)?(?:ban\s+chap\s+hanh\s+|bch\s+)?"
    rf"(?:trung\s+uong|tu|tw)\s+(?:dang\s+)?(?:(?:lan\s+thu\s+|lan\s+)?(?P<after>{NUMBER})(?!\w)\s*,?\s*)?"
    r"(?:cua\s+(?:ban\s+chap\s+hanh|bch)\s+trung\s+uong\s+(?:dang\s+)?(?:cong\s+san\s+viet\s+nam\s+)?)?\(?\s*"
    r"(?:ban\s+chap\s+hanh\s+trung\s+uong\s+)?khoa\s+(?P<term>[xvil]+)(?!\w)\)?"
)
_CONGRESS = re.compile(
    r"\s+(?:cua\s+)?dai\s+hoi\s+(?:dai\s+bieu\s+)?(?:dang\s+)?(?P<national>toan\s+quoc\s+)?(?:lan\s+thu\s+)?"
    r"(?P<number>[xvil]+|\d{1,2})(?!\w)(?P<party>\s+cua\s+dang(?!\s*bo)(?:\s+cong\s+san\s+viet\s+nam)?)?"
)


def roman(value):
    """ "13" → "XIII"; a roman numeral is upper-cased."""
    if not value.isdigit():
        return value.upper()
    number, out = int(value), ""
    for amount, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= amount:
            out, number = out + letters, number - amount
    return out


def arabic(value):
    """ "4", "IV", "chín", "mười hai" → "4", "4", "9", "12"."""
    if value.isdigit():
        return str(int(value))
    words = value.split()
    if words[0] == "muoi":
        return str(10 + (NUMBER_WORDS[words[1]] if len(words) > 1 else 0))
    if words[0] in NUMBER_WORDS and len(words) == 1 and not re.fullmatch(r"[xvi]+", value):
        return str(NUMBER_WORDS[words[0]])
    total, previous = 0, 0
    for letter in reversed(value.upper()):
        amount = {"I": 1, "V": 5, "X": 10, "L": 50}[letter]
        total += -amount if amount < previous else amount
        previous = max(previous, amount)
    return str(total)


def resolution(folded, position):
    """(end, name) of "Nghị quyết Trung ương 4 khóa XII" or "Nghị quyết Đại hội XIII của Đảng" after "Nghị quyết"."""
    plenum = _PLENUM.match(folded, position)
    if plenum and (plenum.group("before") or plenum.group("after")):
        number = arabic(plenum.group("before") or plenum.group("after"))
        return plenum.end(), f"Nghị quyết Trung ương {number} khóa {plenum.group('term').upper()}"
    congress = _CONGRESS.match(folded, position)
    if not congress or not (congress.group("national") or congress.group("party")):
        return None
    if congress.group("national") and not congress.group("party"):
        # "Đại hội đại biểu toàn quốc lần thứ XIII" is the Party's unless another body follows.
        if re.match(r"\s+(?:hoi|doan|mat tran|cong doan)\b", folded[congress.end():congress.end() + 12]):
            return None
    return congress.end(), f"Nghị quyết Đại hội {roman(congress.group('number'))} của Đảng"


def constitution(folded, position):
    """(end, name) of "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"."""
    match = _CONSTITUTION.match(folded, position)
    if match.group("year"):
        return match.end(), f"Hiến pháp năm {match.group('year')}"
    if match.group("country"):
        return match.end(), "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    return None


def _law_year(folded, end):
    year = _LAW_YEAR.match(folded, end)
    if not year:
        return end, None
    return year.end(), int(year.group(1) or year.group(2))


def law(folded, original, kind, position):
    """(end, name, year) of the law or code named after "Luật"/"Bộ luật", or None.

    `original(start, end)` gives the text as written, to read capitals.
    """
    known, lookup = (_CODE, _CODE_LOOKUP) if kind == "Bộ luật" else (_LAW, _LAW_LOOKUP)
    match = known.match(folded, position)
    if match:
        end, year = _law_year(folded, match.end())
        return end, f"{kind} {lookup[_words(match.group(1))]}", year
    return _capitalised_name(folded, original, kind, position)


def _ends_name(written, folded, after):
    if not re.fullmatch(r"[^\W\d_]+", written):
        return True
    lowered = normalize(written).lower()
    return lowered in NAME_STOPS or (written.isascii() and lowered in NAME_STOPS_FOLDED)


def _capitalised_name(folded, original, kind, position):
    words, cursor, end = [], position, position
    while len(words) < NAME_MAX_WORDS:
        match = _NAME_WORD.match(folded, cursor)
        if not match or not match.group(1):
            break
        written = original(*match.span(1))
        if not words:
            if not written[:1].isupper() or fold(written) in NOT_IN_NAMES:
                return None
        elif _ends_name(written, folded, match.end()):
            if fold(written) == "va" and _capital_follows(folded, original, match.end()):
                words.append("và")
                cursor = match.end()
                continue
            break
        elif written[:1].isupper() and fold(written) in NOT_IN_NAMES:
            break
        words.append(written)
        end = match.end(1)
        cursor = match.end()
        if match.group(2):
            if match.group(2) == "," and re.match(r"\s*chong(?!\w)", folded[match.end():]):
                words[-1] += ","
                continue
            break
    if words and words[-1] == "và":
        words.pop()
    if not words:
        return None
    end, year = _law_year(folded, end)
    name = " ".join(words)
    return end, f"{kind} {name[:1].upper()}{name[1:]}", year


def _capital_follows(folded, original, position):
    following = _NAME_WORD.match(folded, position)
    if not following or not following.group(1):
        return False
    written = original(*following.span(1))
    return written[:1].isupper() and fold(written) not in NOT_IN_NAMES
