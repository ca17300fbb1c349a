"""Abbreviations and the full names they stand for, both ways, as extra spellings to index.

An article that says "MTTQ" is found by "mặt trận tổ quốc", one that says "Cựu chiến
binh" by "CCB": the article's document gets the other forms after its body, where
search.js takes no excerpt from. The organization vocabulary (ORGANIZATIONS_VOCABULARY)
gives each body's abbreviations, name and aliases; content/data/abbreviations.yml
(SEARCH_ABBREVIATIONS) gives the other administrative ones ("QĐ", "TT").

Computed when the search documents are written, not in the reading workers: the
data files may change without any article changing.
"""

import functools
import os
import re

from plugins.features.front_matter.errors import BuildError
from plugins.libs import data_files
from plugins.libs.data_files import DataFileError, ListOf, Mapping, Refused, Text
from plugins.libs.vietnamese_text import fold, nfc, normalize

ORGANIZATIONS_VOCABULARY = "data/organizations.yml"  # the organizations plugin's default
SEARCH_ABBREVIATIONS = "data/abbreviations.yml"
UPPER = re.compile(r"[A-ZĐ]")


def abbreviation(value):
    """An abbreviation has capitals: "QĐ", "Hội CCB"; matched as written, case and all."""
    if len(UPPER.findall(value)) < 2:
        raise Refused(f"chữ viết tắt '{value}' cần ít nhất hai chữ in hoa, vì được nhận dạng đúng như viết")
    return value


TEXT = Text(one_line=True)
ENTRY = Mapping(
    "chữ viết tắt",
    {"short": Text(check=abbreviation, one_line=True), "full": ListOf(TEXT)},
    required=("short", "full"),
    name_key="short",
)
SCHEMA = Mapping("bảng chữ viết tắt", {"abbreviations": ListOf(ENTRY, unique="short")}, required=("abbreviations",))


def parse_abbreviations(path, text):
    """[(short, (full, ...))] of a data file's text; raises DataFileError."""
    return _entries(data_files.parse(path, text, SCHEMA))


def read_abbreviations(path):
    """[(short, (full, ...))] of the file at `path`; raises DataFileError."""
    return _entries(data_files.read(path, SCHEMA))


def _entries(checked):
    return [(record["short"], tuple(record["full"])) for record in checked["abbreviations"]]


def _indexed(phrase):
    """How Pagefind should see one more spelling: lowercase canonical, plus the "d" form if it has "đ"."""
    spelt = normalize(phrase).lower()
    return f"{spelt} {fold(spelt)}" if "đ" in spelt else spelt


WORD = re.compile(r"\w+")
JOINING = re.compile(r"[^\S\n]*[-–]?[^\S\n]*")  # what may lie between two words of a name


@functools.lru_cache(maxsize=1 << 16)
def _spelt(word):
    return normalize(word)


def _words(phrase):
    return tuple(_spelt(word) for word in WORD.findall(nfc(phrase)))


class Synonyms:
    """Finds the abbreviations and full names of a text; gives the other forms to index.

    `from_short`: (abbreviation, what it stands for), matched as written ("TT" but not
    "tt"); `from_full`: (full name, its abbreviation), matched in any case. Words are
    looked up in dictionaries, not with one regular expression of every name: that
    would take milliseconds an article.
    """

    def __init__(self, from_short=(), from_full=()):
        by_short, by_full = {}, {}
        for short, other in from_short:
            by_short.setdefault(_words(short), {})[_indexed(other)] = None
        for full, short in from_full:
            by_full.setdefault(tuple(word.lower() for word in _words(full)), {})[_indexed(short)] = None
        self.by_short = {key: " ".join(value) for key, value in by_short.items() if key}
        self.by_full = {key: " ".join(value) for key, value in by_full.items() if key}
        self.short_lengths, self.full_lengths = self._lengths(self.by_short), self._lengths(self.by_full)

    @staticmethod
    def _lengths(names):
        """{first word: the lengths of the names it starts, longest first}."""
        lengths = {}
        for key in names:
            lengths.setdefault(key[0], set()).add(len(key))
        return {first: sorted(found, reverse=True) for first, found in lengths.items()}

    @staticmethod
    def _found(words, joined, names, lengths):
        """(first, end, value) of each name in `words`, the longest at each place, without overlaps.

        joined(i): whether words i and i + 1 are next to each other, as in a name.
        """
        index = 0
        while index < len(words):
            for length in lengths.get(words[index], ()):
                end = index + length
                if end > len(words):
                    continue
                value = names.get(tuple(words[index:end]))
                if value is not None and all(joined(place) for place in range(index, end - 1)):
                    yield index, end, value
                    index = end - 1
                    break
            index += 1

    def spellings(self, text):
        """The other forms of the abbreviations and full names in `text`, one per occurrence.

        An abbreviation inside a document number ("123/QĐ-UBND", "05-KH/BDV") is none.
        """
        if not text or not (self.by_short or self.by_full):
            return ""
        text = nfc(text)
        matches = list(WORD.finditer(text))
        words = [_spelt(match.group()) for match in matches]

        def joined(index):
            return JOINING.fullmatch(text, matches[index].end(), matches[index + 1].start()) is not None

        found = [
            value for first, end, value in self._found(words, joined, self.by_short, self.short_lengths)
            if not _in_document_number(text, matches[first].start(), matches[end - 1].end())
        ]
        lower = [word.lower() for word in words]
        found += [value for _, _, value in self._found(lower, joined, self.by_full, self.full_lengths)]
        return " ".join(found)


def _in_document_number(text, start, end):
    """Whether text[start:end] is part of a run without spaces that holds "/" or a digit."""
    while start and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end]
    return "/" in token or any(char.isdigit() for char in token)


def vocabulary_synonyms(vocabulary):
    """(from_short, from_full) of an organization vocabulary.

    An abbreviation stands for the name and the other abbreviations ("UBMTTQ" → "MTTQ");
    the name and each alias stand for the abbreviations ("Mặt trận tỉnh" → "MTTQ").
    Organizations without an abbreviation add nothing: their aliases ("Tỉnh ủy",
    "Huyện ủy") are not one another.
    """
    from_short, from_full = [], []
    for organization in vocabulary.organizations:
        shorts = organization.abbreviations
        for short in shorts:
            from_short += [(short, other) for other in (organization.name, *shorts) if other != short]
            from_full += [(full, short) for full in (organization.name, *organization.aliases)]
    return from_short, from_full


def file_synonyms(entries):
    """(from_short, from_full) of the abbreviations file's entries: every pair both ways."""
    pairs = [(short, full) for short, fulls in entries for full in fulls]
    return pairs, [(full, short) for short, full in pairs]


def data_path(settings, key, default):
    return os.path.join(settings["PATH"], settings.get(key) or default)


@functools.lru_cache(maxsize=4)
def _load(vocabulary_path, vocabulary_mtime, abbreviations_path, abbreviations_mtime):
    from plugins.features.organizations.vocabulary import VocabularyError, read_vocabulary  # noqa: PLC0415

    from_short, from_full = [], []
    try:
        if vocabulary_mtime is not None:
            shorts, fulls = vocabulary_synonyms(read_vocabulary(vocabulary_path))
            from_short, from_full = from_short + shorts, from_full + fulls
        if abbreviations_mtime is not None:
            shorts, fulls = file_synonyms(read_abbreviations(abbreviations_path))
            from_short, from_full = from_short + shorts, from_full + fulls
    except (VocabularyError, DataFileError) as error:
        raise BuildError(error.problems) from None
    return Synonyms(from_short, from_full)


def _mtime(path):
    try:
        return os.stat(path).st_mtime_ns
    except FileNotFoundError:
        return None


def synonyms_for(settings):
    """The Synonyms of the site's data files, read again only when one changed (autoreload)."""
    vocabulary = data_path(settings, "ORGANIZATIONS_VOCABULARY", ORGANIZATIONS_VOCABULARY)
    abbreviations = data_path(settings, "SEARCH_ABBREVIATIONS", SEARCH_ABBREVIATIONS)
    return _load(vocabulary, _mtime(vocabulary), abbreviations, _mtime(abbreviations))


def abbreviation_problems(settings):
    """[ContentError] of the abbreviations file, for `./dev check`; [] when it is fine or absent."""
    path = data_path(settings, "SEARCH_ABBREVIATIONS", SEARCH_ABBREVIATIONS)
    if not os.path.exists(path):
        return []
    try:
        read_abbreviations(path)
    except DataFileError as error:
        return error.problems
    return []

