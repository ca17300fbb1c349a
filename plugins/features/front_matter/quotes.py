"""smartypants' convert_quotes, skipped on text that holds no quote.

typogrify runs smartypants on every run of text between two tags, and
convert_quotes applies fourteen regular expressions to each: 40% of typogrify's
time on Vietnamese news text, where most runs hold no quote at all. Each of
those expressions needs a ' or a " to match, so a run without either comes
back unchanged, and skipping it gives exactly the same output.
"""

import smartypants

ORIGINAL = smartypants.convert_quotes


def convert_quotes(text):
    return ORIGINAL(text) if "'" in text or '"' in text else text


def install():
    """smartypants() looks the function up on each call: from now on it finds this one."""
    smartypants.convert_quotes = convert_quotes
