"""Portal profiles: what each legacy portal software wraps around an article.

The knowledge lives in profiles.yml so that supporting another portal means adding
data, and every dropped line can name the rule (and the profile) that dropped it.
The file is checked against a schema when it is read: a misspelt key or a selector
that does not compile would otherwise leave a profile half applied without a word.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from plugins.libs import data_files
from plugins.libs.data_files import Bool, ListOf, Mapping, Refused, Text

PROFILES_FILE = Path(__file__).with_name("profiles.yml")


@dataclass(frozen=True)
class Rule:
    """A whole-line pattern of boilerplate, named `profile/rule` in the report."""

    name: str
    pattern: re.Pattern
    ends_article: bool = False
    outside_only: bool = False

    def matches(self, text):
        return self.pattern.fullmatch(text) is not None


@dataclass(frozen=True)
class Profile:
    name: str
    detect: tuple = ()
    markers: tuple = ()
    content: tuple = ()
    title: tuple = ()
    date: tuple = ()
    author: tuple = ()
    drop: tuple = ()
    rules: tuple = field(default=())


@dataclass(frozen=True)
class Profiles:
    profiles: tuple
    generic_rules: tuple
    fallback: Profile

    @property
    def rules(self):
        """Every line rule: generic ones first, then each profile's."""
        return self.generic_rules + tuple(rule for p in self.profiles for rule in p.rules)

    def detect_text(self, texts):
        """The profile whose text markers occur most in the page, or None."""
        scores = {
            profile.name: sum(any(m.lower() in t.lower() for t in texts) for m in profile.markers)
            for profile in self.profiles
        }
        best = max(scores, key=scores.get, default=None)
        return next((p for p in self.profiles if p.name == best), None) if best and scores[best] else None


def css_selector(text):
    """The selector compiled as the pages are queried (lxml.html's `cssselect`), or refused."""
    try:
        return CSSSelector(text, translator="html")
    except SelectorError as error:
        raise Refused(f"bộ chọn CSS '{text}' không hợp lệ ({error})") from None


def line_pattern(text):
    """The pattern compiled as lines are matched (whole line, any case), or refused."""
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as error:
        raise Refused(f"biểu thức chính quy '{text}' sai ({error})") from None


SELECTORS = ListOf(Text(check=css_selector))
TEXTS = ListOf(Text())
RULE = Mapping(
    "luật",
    {"name": Text(), "patterns": ListOf(Text(check=line_pattern)), "ends_article": Bool(), "outside_only": Bool()},
    required=("name", "patterns"),
    name_key="name",
)
RULES = ListOf(RULE, unique="name")
HTML_KEYS = ("detect", "content", "title", "date", "author", "drop")
PROFILE = Mapping(
    "hồ sơ",
    {"name": Text(), "markers": TEXTS, "rules": RULES, **{key: SELECTORS for key in HTML_KEYS}},
    required=("name",),
    name_key="name",
)
FALLBACK_KEYS = ("fallback_content", "fallback_title", "fallback_date", "fallback_drop")
SCHEMA = Mapping(
    "hồ sơ cổng",
    {
        "generic": Mapping("generic", {"rules": RULES}, required=("rules",)),
        "profiles": ListOf(PROFILE, unique="name"),
        **{key: SELECTORS for key in FALLBACK_KEYS},
    },
    required=("generic", "profiles", *FALLBACK_KEYS),
)


def _rules(owner, entries):
    return tuple(
        Rule(
            name=f"{owner}/{entry['name']}",
            pattern=re.compile("|".join(f"(?:{p.pattern})" for p in entry["patterns"]), re.IGNORECASE),
            ends_article=entry.get("ends_article", False),
            outside_only=entry.get("outside_only", False),
        )
        for entry in entries
    )


def _profile(entry):
    return Profile(
        name=entry["name"],
        rules=_rules(entry["name"], entry.get("rules", [])),
        markers=tuple(entry.get("markers", ())),
        **{key: tuple(entry.get(key, ())) for key in HTML_KEYS},
    )


def load(path=None):
    """The profiles in `path` (profiles.yml by default), read and compiled once; raises DataFileError.

    The default is looked up at each call, not bound at import, so that another
    profiles file can be tried by setting PROFILES_FILE.
    """
    return _read(Path(path or PROFILES_FILE))


@lru_cache(maxsize=None)
def _read(path):
    data = data_files.read(path, SCHEMA)
    fallback = Profile(
        name="generic",
        content=tuple(data["fallback_content"]),
        title=tuple(data["fallback_title"]),
        date=tuple(data["fallback_date"]),
        drop=tuple(data["fallback_drop"]),
    )
    return Profiles(
        profiles=tuple(_profile(entry) for entry in data["profiles"]),
        generic_rules=_rules("generic", data["generic"]["rules"]),
        fallback=fallback,
    )


