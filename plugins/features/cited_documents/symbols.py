"""The kinds of cited documents and the parts of their symbols, spelt one way.

A symbol ("số, ký hiệu") after the number names the kind and the issuer:
Party documents write them "25-NQ/TW" (number-KIND/ISSUER), State documents
"159/2013/NĐ-CP" (number/year/KIND-ISSUER). Pages type the same symbol in many
ways ("NQ-TW", "QD/TW", "Qđ/Tw", "16/CT - TTg"); each part is spelt here once so
that two spellings of one document give one key. The kind words are also what
organization detection skips over ("Chỉ thị số 43-CT/TW về công tác Hội ..."),
so both read them from DOCUMENT_WORDS.
"""

import re

from plugins.libs.vietnamese_text import fold

# Canonical kind → the code its symbol carries. "Quy định" of the Party carries QĐ too.
KIND_CODES = {
    "Nghị quyết": "NQ",
    "Chỉ thị": "CT",
    "Quyết định": "QĐ",
    "Kết luận": "KL",
    "Quy định": "QĐ",
    "Kế hoạch": "KH",
    "Thông báo": "TB",
    "Hướng dẫn": "HD",
    "Công văn": "CV",
    "Nghị định": "NĐ",
    "Thông tư": "TT",
    "Thông tri": "TT",  # the Front's and the Party's: "Thông tri số 10/TT-MTTW-BTT"
    "Chương trình": "CTr",
    "Đề án": "ĐA",
    "Quy chế": "QC",
    "Tờ trình": "TTr",
    "Báo cáo": "BC",
    "Văn bản": None,
    "Luật": None,
    "Bộ luật": None,
    "Hiến pháp": None,
    "Pháp lệnh": None,
}

# The words that open a cited document, as written, and the kind each one gives.
# "Chương trình hành động", "Nghị quyết liên tịch" are kinds of their own on paper,
# but readers look them up as the plain kind.
KIND_WORDS = {
    **{kind: kind for kind in KIND_CODES},
    "Nghị quyết liên tịch": "Nghị quyết",
    "Thông tư liên tịch": "Thông tư",
    "Thông tri liên tịch": "Thông tri",
    "Chương trình hành động": "Chương trình",
    "Chương trình phối hợp": "Chương trình",
    "Chương trình liên tịch": "Chương trình",
    "Kế hoạch liên tịch": "Kế hoạch",
    "Kế hoạch liên ngành": "Kế hoạch",
    "Quy chế phối hợp": "Quy chế",
    "Hướng dẫn liên tịch": "Hướng dẫn",
    # The kind is the code's: "Thông báo kết luận số 148-TB/TW", "Thông báo Kết luận số 66-KL/TW".
    "Thông báo kết luận": "Thông báo",
}

# Folded, the form organization detection matches: "nghi quyet", "chuong trinh hanh dong"...
DOCUMENT_WORDS = tuple(sorted({fold(word) for word in KIND_WORDS}))

# Codes a page writes in capitals before a number: "QĐ 33 của UBND tỉnh", "NQ 25".
ABBREVIATED_KINDS = {"QĐ": "Quyết định", "QD": "Quyết định", "NQ": "Nghị quyết", "NĐ": "Nghị định",
                     "ND": "Nghị định", "CT": "Chỉ thị", "KL": "Kết luận",
                     "KH": "Kế hoạch", "TB": "Thông báo", "HD": "Hướng dẫn", "CV": "Công văn"}
# Of those, the ones that mean something else too ("KH" a customer, "TB" an average): only before "số".
ABBREVIATED_WITH_SO = ("KH", "TB", "HD", "CV")

# Code (folded, upper case) → kind: of "Thông báo kết luận số 66-KL/TW", of a bare "217-QĐ/TW".
CODE_KINDS = {"TB": "Thông báo", "KL": "Kết luận", "NQ": "Nghị quyết", "CT": "Chỉ thị", "QD": "Quyết định",
              "ND": "Nghị định", "KH": "Kế hoạch", "HD": "Hướng dẫn", "TT": "Thông tư", "CTR": "Chương trình",
              "DA": "Đề án", "CV": "Công văn", "QDI": "Quy định"}

# Parts of symbols whose spelling is not plain capitals, by their folded upper-case form.
SPELLINGS = {
    "QD": "QĐ", "ND": "NĐ", "DA": "ĐA", "DU": "ĐU", "DUK": "ĐUK", "TTG": "TTg", "THU": "ThU",
    "CTR": "CTr", "QDI": "QĐi", "TTR": "TTr", "BCD": "BCĐ", "HDND": "HĐND", "TƯ": "TW", "TU": "TU", "NQLT": "NQLT",
    "TTLT": "TTLT", "HDLT": "HDLT", "CTPH": "CTPH", "BTV": "BTV", "QDLT": "QĐLT",
    "BGDDT": "BGDĐT", "BCSD": "BCSĐ", "BLDTBXH": "BLĐTBXH", "DTN": "ĐTN", "DCS": "ĐCS",
}

# Issuer codes of Party bodies, whose symbols put a slash before them ("NQ/TW"): committees, and
# the Party's own bodies inside State ones, "BCSĐ..." (ban cán sự đảng) and "ĐĐ..." (đảng đoàn), so
# "161-CTr/BCSĐUBND-BDVTU" keeps its slash like "01-QCPH/UBND-BDVTU".
PARTY_ISSUER = re.compile(r"(?<!MT)(?:TW|TU|HU|QU|THU|DU|DUK)$|^(?:BCSD|DD)")  # "MTTW" is the Front's

# Issuer code → issuing level; the first pattern that matches the folded code wins.
LEVELS = (
    (re.compile(r"THU$"), "Thị ủy"),
    (re.compile(r"TW$"), "Trung ương"),
    (re.compile(r"TU$"), "Tỉnh ủy"),
    (re.compile(r"HU$"), "Huyện ủy"),
    (re.compile(r"QU$"), "Quận ủy"),
    (re.compile(r"DUK?$"), "Đảng ủy"),
    (re.compile(r"TTG$"), "Thủ tướng Chính phủ"),
    (re.compile(r"CP$"), "Chính phủ"),
    (re.compile(r"UBTVQH\d*$"), "Ủy ban Thường vụ Quốc hội"),
    (re.compile(r"QH\d*$"), "Quốc hội"),
    (re.compile(r"UBND$"), "Ủy ban nhân dân"),
    (re.compile(r"HDND$"), "Hội đồng nhân dân"),
    (re.compile(r"MTTQ|UBMTTQ"), "Mặt trận Tổ quốc"),
)

TYPE_CODES = {fold(code).upper() for code in KIND_CODES.values() if code} | {"NQLT", "TTLT", "HDLT", "CTPH", "QDLT"}


def folded_code(part):
    """ "Qđ" → "QD", "TƯ" → "TW": the form used to compare codes."""
    return "TW" if part.upper() == "TƯ" else fold(part).upper()


def spell(part):
    """One part of a symbol spelt the canonical way: "qd" → "QĐ", "Ttg" → "TTg", "bdvtw" → "BDVTW"."""
    if "&" in part:
        return "&".join(spell(piece) for piece in part.split("&"))
    code = folded_code(part)
    if code in SPELLINGS:
        return SPELLINGS[code]
    return part.upper() if part.upper() != "TƯ" else "TW"


def issuer_part(parts):
    """The issuer among a symbol's parts: after the type code ("NQ/TW", "NĐ-CP"), else the first ("UBND-NC")."""
    codes = [folded_code(part) for part in parts]
    if len(codes) > 1 and codes[0] in TYPE_CODES:
        return codes[1]
    return codes[0]


def normalize_symbol(parts, separators=()):
    """The canonical symbol from its parts and the separators written between them.

    A Party issuer after a type code → "KIND/ISSUER" ("NQ-TW", "NQ/TW" and "217/QĐ-TW" all
    give "QĐ/TW" after the number); a State one → "KIND-ISSUER" ("NĐ-CP", "CT-TTg",
    "QĐ-UBND"). Other issuers keep the separator written ("CV/BTG", "UBND-VX"), "-" when
    unknown. The key does not depend on it either way.
    """
    spelt = [spell(part) for part in parts]
    if len(spelt) >= 2 and folded_code(spelt[0]) in TYPE_CODES:
        issuer = folded_code(spelt[1])
        if PARTY_ISSUER.search(issuer):
            return spelt[0] + "/" + "-".join(spelt[1:])
        if any(pattern.search(issuer) for pattern, _ in LEVELS):
            return "-".join(spelt)
    joined = spelt[0]
    for index, part in enumerate(spelt[1:]):
        joined += (separators[index] if index < len(separators) else "-") + part
    return joined


def level_of(symbol):
    """Issuing level read from a canonical symbol, or None."""
    if not symbol:
        return None
    parts = re.split(r"[-/]", symbol)
    issuer = issuer_part(parts)
    for pattern, level in LEVELS:
        if pattern.search(issuer):
            return level
    return None


def as_provincial(symbol):
    """ "NQ/TW" written "NQ/TƯ" by a Tỉnh ủy that means its own "TU": the symbol it meant."""
    return re.sub(r"/TW$", "/TU", symbol)
