"""Characters no page or feed can carry: control characters and a few non-characters.

Text pasted from Word brings vertical tabs (its line breaks), form feeds (its page
breaks) and the odd NUL. Browsers show nothing for them, but XML 1.0 forbids them:
the Atom writer stopped the build on them with no file named. They are refused
with the line and the character, so an editor can find them in an editor.
"""

import re

# C0 controls except tab and newline (CR is already newline), DEL and C1 controls,
# UTF-16 surrogates (only a YAML escape can make one) and U+FFFE/U+FFFF.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
NAMES = {"\x00": "NUL", "\x0b": "tab dọc, ngắt dòng của Word", "\x0c": "ngắt trang của Word"}


def describe(char):
    """U+000B (tab dọc, ngắt dòng của Word): what an editor can search for."""
    code = f"U+{ord(char):04X}"
    return f"{code} ({NAMES[char]})" if char in NAMES else code


def first_forbidden(text):
    """The match of the first forbidden character in text, or None."""
    return FORBIDDEN.search(text)


def message(char, where=""):
    """The editor's message for one forbidden character."""
    return (
        f"có ký tự điều khiển {describe(char)}{where}, thường do dán văn bản từ Word; "
        "hãy xóa ký tự này"
    )
