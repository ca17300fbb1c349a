"""Production settings: absolute URLs for the published site (may be a sub-path)."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402,F403

# e.g. https://ten-to-chuc.github.io/ten-kho (GitHub project pages live under /<repo>/)
SITEURL = os.environ.get("SITEURL", "https://example.github.io/luu-tru-dan-van").rstrip("/")
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
# Drafts are previewed locally (/ban-nhap/) but never published.
DRAFT_SAVE_AS = DRAFT_PAGE_SAVE_AS = ""
