"""A digest of the values a template reads, to tell whether a page would come out the same.

Values are walked, not pickled: settings and Pelican's shared context hang off
every content object and would make each page depend on the whole site. The
rules, which keep one edit from touching every page:

- an article or page (Content) is digested with all of its own attributes;
- an article reached from another one (prev_article) counts by what links to
  it show: its URL, title and date. Templates that show more of a linked
  article than that must pass it to the page directly (as lists do);
- within an article, what it links to (its organizations, unit, category)
  counts without the `articles` those hold: an article page names them but
  never lists their articles, and one new headline would otherwise touch
  every article of the same organization;
- a list page counts its own articles in full, but the whole list behind it
  (the paginator's `object_list`, an organization's or unit's `articles`)
  only by what links show, as for prev_article: list pages show counts,
  years, months and page links from it, never another page's teasers, and
  one edited paragraph would otherwise touch every page of each of its lists;
- `settings` and `_context` attributes are skipped: the build's key covers settings;
- functions, macros and classes count by name: code is in the build's key;
- anything else that cannot be walked (generators, objects without attributes)
  makes the page unreusable, so it is rendered as usual.
"""

import datetime
import hashlib
import types
from collections.abc import Mapping
from pathlib import PurePath

from jinja2.runtime import Macro
from pelican.contents import Content
from pelican.paginator import Paginator

from plugins.libs.pelican_internals import CONTENT_CONTEXT

SKIPPED_ATTRIBUTES = frozenset({"settings", CONTENT_CONTEXT})
SKIPPED_WHEN_LINKED = SKIPPED_ATTRIBUTES | {"articles"}
WHOLE_LISTS = frozenset({"articles"})  # of a category, unit or organization: counted by links
WHOLE_LISTS_OF_PAGINATOR = frozenset({"object_list"})
LINK_ATTRIBUTES = ("url", "save_as", "title", "date", "status")
SCALARS = (
    str, bytes, int, float, bool, type(None), PurePath,
    datetime.date, datetime.time, datetime.timedelta, datetime.tzinfo,  # ZoneInfo's repr names its zone
)
CODE = (type, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType, Macro)


class Unreusable(Exception):
    """A value the digest cannot see through: the page is rendered."""


def _hash(*parts):
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(part)
    return digest.digest()


class Digest:
    """Digests for one build: objects are remembered by identity, so that the
    10,000 articles behind every list are walked once, not once per page."""

    def __init__(self):
        self._memo = {}  # (id, linked) -> (object kept alive, digest)
        self._strings = {}  # str -> digest: the same names, URLs and words recur on every page
        self._walking = set()

    def of(self, value, linked=False):
        if type(value) is str:
            found = self._strings.get(value)
            if found is None:
                found = self._strings[value] = _hash(b"str", repr(value).encode("utf-8", "surrogatepass"))
            return found
        if isinstance(value, SCALARS):
            return _hash(type(value).__name__.encode(), repr(value).encode("utf-8", "surrogatepass"))
        if isinstance(value, CODE):
            return _hash(b"code", repr(getattr(value, "__qualname__", None) or getattr(value, "name", "")).encode())
        key = (id(value), linked)
        if key in self._memo:
            return self._memo[key][1]
        if key in self._walking:
            raise Unreusable(f"a cycle through {type(value).__name__}")
        self._walking.add(key)
        try:
            digest = self._walk(value, linked)
        finally:
            self._walking.discard(key)
        self._memo[key] = (value, digest)
        return digest

    def _walk(self, value, linked):
        name = type(value).__qualname__.encode()
        if isinstance(value, Content):
            if linked:  # an article another one links to: what its link shows
                return _hash(name, *(self.of(getattr(value, field, None)) for field in LINK_ATTRIBUTES))
            return _hash(name, self._attributes(vars(value), linked=True))
        if isinstance(value, (list, tuple)):
            return _hash(name, *(self.of(item, linked) for item in value))
        if isinstance(value, (set, frozenset)):
            return _hash(name, *sorted(self.of(item, linked) for item in value))
        if isinstance(value, Mapping):
            return _hash(name, self._attributes(value, linked))
        if hasattr(value, "__dict__"):
            whole_lists = WHOLE_LISTS_OF_PAGINATOR if isinstance(value, Paginator) else WHOLE_LISTS
            return _hash(name, self._attributes(vars(value), linked, whole_lists))
        raise Unreusable(f"cannot see into {type(value).__name__}")

    def _attributes(self, mapping, linked, whole_lists=frozenset()):
        parts = []
        skipped = SKIPPED_WHEN_LINKED if linked else SKIPPED_ATTRIBUTES
        for key in sorted(mapping, key=str):
            if key in skipped:
                continue
            parts.append(_hash(str(key).encode(), self.of(mapping[key], linked or key in whole_lists)))
        return _hash(*parts)
