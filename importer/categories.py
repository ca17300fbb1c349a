"""Article type (the archive's categories) from the headline's wording.

Portal sections ("Chính trị", "Tin tức trong Huyện") say where a portal filed a page,
not what kind of article it is, so they are only reported to the editor.
"""

import re

RULES = (
    ("Giao ban", re.compile(r"\bgiao ban\b", re.IGNORECASE)),
    ("Tổng kết năm", re.compile(r"\b(tổng kết|kết quả (thực hiện )?công tác .*năm \d{4})", re.IGNORECASE)),
)
DEFAULT = "Tin hoạt động"


def classify(title):
    """The first category whose wording occurs in the headline, else the default."""
    return next((name for name, pattern in RULES if pattern.search(title)), DEFAULT)
