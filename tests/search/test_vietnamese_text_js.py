"""The browser's fold() and normalize() give the strings the index was built with."""

import itertools
import unicodedata

from plugins.libs.vietnamese_text import fold, normalize
from searchsite import archive
from plugins.libs.static_site_server import serve

TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
# Open and closed syllables around the clusters whose tone mark moves ("oa", "oe", "uy").
ONSETS = ["", "h", "q", "th", "ng", "Kh", "QU", "Đ", "Ð"]
RHYMES = ["oa", "oe", "uy", "ua", "ia", "uyê", "ươ", "oă", "y", "a"]
CODAS = ["", "n", "t", "ng", "nh", "ch"]
ODD = [
    "HÒA THÀNH", "Hoà Thành", "thuỷ", "Thủy", "quý", "Quỳnh", "hoàn", "huỳnh", "Ðảng ủy", "đại hội",
    "x\u00a0y\u202fz\u200b",
    # "i" ending a syllable after h, k, l, m, s, t is spelt "y"; not after other onsets nor vowels.
    "kỉ niệm kỷ niệm Lí lý MĨ mỹ hi hy Kì ki ky sĩ tỉ ti công ti", "thi chi khi nghi phi đi vi gì uy ay ây oy qui",
    "hi-ki l\u0301i xkì ki5 _ki ki_ kì\u0302 ḱi kị\u0300", "khóa XII lần thứ 12 quý I quý 1 6 tháng sáu tháng",
    "İstanbul", "Æsir ß ﬁ", "ΟΔΟΣ", "ǅ ǈ", "Ǹ ḃ ẞ", "9-QĐ/TW", "a\u0301\u0301", "😀 hòa",
]


def samples():
    syllables = []
    for onset, rhyme, coda, tone in itertools.product(ONSETS, RHYMES, CODAS, TONES):
        for place in range(len(rhyme)):  # the tone mark after each vowel in turn
            text = onset + rhyme[: place + 1] + tone + rhyme[place + 1:] + coda
            syllables.append(text)
    texts = [" ".join(syllables[i:i + 40]) for i in range(0, len(syllables), 40)]
    texts += [text.upper() for text in texts[:20]] + ODD + list(archive().values())
    return texts + [unicodedata.normalize("NFD", text) for text in texts]


def test_browser_and_build_normalize_alike(search_site, browser):
    texts = samples()
    page = browser.new_page()
    with serve(search_site.output) as base:
        page.goto(base)
        folded, normalized = page.evaluate(
            """async ([url, texts]) => {
                const text = await import(url);
                return [texts.map(text.fold), texts.map(text.normalize)];
            }""",
            [base + "theme/js/vietnamese-text.js", texts],
        )
    page.close()
    assert sum(len(text.split()) for text in texts) > 10_000
    assert [fold(text) for text in texts] == folded
    assert [normalize(text) for text in texts] == normalized
