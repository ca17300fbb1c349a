"""The publishing unit (district, town, city) of a page.

Read from the portal's banner ("CỔNG GIAO TIẾP ĐIỆN TỬ THỊ XÃ KỲ ANH") or its agency
line when there is one; otherwise guessed from the article's own mentions.
"""

import re
from collections import Counter

KINDS = ("thành phố", "thị xã", "huyện", "quận")
BANNER = re.compile(
    r"(?:cổng|trang|website|ủy ban nhân dân|uỷ ban nhân dân|ubnd)\b.*?\b(?P<kind>thành phố|thị xã|huyện|quận)\s+"
    r"(?P<name>[^\W\d_][^-–,.(|]*?)\s*(?:[-–,.(|]|$)",
    re.IGNORECASE,
)
MENTION = re.compile(r"\b(?P<kind>thành phố|thị xã|huyện|quận)\s+(?P<rest>[^\W\d_].{0,40})", re.IGNORECASE)


def _label(kind, name):
    return f"{kind.capitalize()} {' '.join(word.capitalize() for word in name.split())}"


def from_banner(text):
    """The unit named by a banner or agency line, or None."""
    match = BANNER.search(text)
    if not match or len(match["name"].split()) > 4:
        return None
    return _label(match["kind"].lower(), match["name"])


def from_mentions(paragraphs):
    """The unit the article names most often ("thị xã Kỳ Anh"), or None."""
    counts = Counter()
    for text in paragraphs:
        for match in MENTION.finditer(text):
            words = []
            for word in match["rest"].split():
                clean = word.strip(",.;:()\"“”")
                if word[0] in "(\"“" and words:  # "huyện Diễn Châu (Nghệ An)": the province is not the name
                    break
                if not clean or not clean[0].isupper() or not clean.isalpha():
                    break
                words.append(clean)
                if clean != word:
                    break
            if words:
                counts[_label(match["kind"].lower(), " ".join(words))] += 1
    return counts.most_common(1)[0][0] if counts else None
