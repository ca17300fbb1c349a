"""Seed articles copied from real district portals: headline on the first line, then the body."""

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def read_seed(name):
    """(headline, body) of a seed article."""
    headline, _, body = (FIXTURES / name).read_text(encoding="utf-8").partition("\n")
    return headline, body
