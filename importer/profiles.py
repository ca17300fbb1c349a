"""Portal profiles: what each legacy portal software wraps around an article.

The knowledge lives in profiles.yml so that supporting another portal means adding
data, and every dropped line can name the rule (and the profile) that dropped it.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

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


def _rules(owner, entries):
    return tuple(
        Rule(
            name=f"{owner}/{entry['name']}",
            pattern=re.compile("|".join(f"(?:{p})" for p in entry["patterns"]), re.IGNORECASE),
            ends_article=entry.get("ends_article", False),
            outside_only=entry.get("outside_only", False),
        )
        for entry in entries
    )


def _profile(entry):
    return Profile(
        name=entry["name"],
        rules=_rules(entry["name"], entry.get("rules", [])),
        **{key: tuple(entry.get(key, ())) for key in ("detect", "markers", "content", "title", "date", "author", "drop")},
    )


@lru_cache(maxsize=None)
def load(path=PROFILES_FILE):
    """Read and compile the profiles file once."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
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
