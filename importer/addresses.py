"""Addresses an imported article may carry: web pages, and images of the web or the saved site.

A saved page is not trusted: its canonical link or an image could be `javascript:` or
`vbscript:`, which the site would print as a live link for every reader. Such an address
is left out of the article and named in `review:` with its full text, so nothing is lost.
The rules are the build's (plugins/features/front_matter/links.py): what is kept here builds.
"""

import re
from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")
WEB_ADDRESS = re.compile(r"(?i)https?://[^/?#\s]\S*")


def _scheme(address):
    """The scheme as a browser reads it: urlsplit drops the tabs and newlines browsers ignore."""
    try:
        return urlsplit(address.strip()).scheme.lower()
    except ValueError:  # e.g. an unbalanced "[" where a host should be
        return "?"


def is_web_address(address):
    """An absolute http(s) address with a host and no space: the only kind `source:` links to."""
    return bool(WEB_ADDRESS.fullmatch(address)) and _scheme(address) in WEB_SCHEMES


def is_image_address(address):
    """http(s) or a path of the saved site; not data: (pictures belong in content/images/)."""
    scheme = _scheme(address)
    return scheme in WEB_SCHEMES or (scheme == "" and bool(address.strip()))


def refused_note(address):
    """The review line that keeps a refused address for the editor."""
    return f"Bỏ địa chỉ không phải trang web (chỉ nhận http/https hoặc ảnh của trang lưu): {address}"
