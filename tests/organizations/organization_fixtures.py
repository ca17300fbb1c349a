"""Seed articles copied from real district portals (headline on the first line, then the body), and the site's vocabulary.

Helpers live here, not in conftest.py: several test folders have a conftest,
and only one of them can be imported by that name.
"""

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
VOCABULARY_PATH = Path(__file__).resolve().parents[2] / "content" / "data" / "organizations.yml"


def read_seed(name):
    """(headline, body) of a seed article."""
    headline, _, body = (FIXTURES / name).read_text(encoding="utf-8").partition("\n")
    return headline, body
