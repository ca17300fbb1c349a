"""Find the organizations an article involves, in one pass of one compiled pattern.

The pattern is a character trie of every alias and of the words that open a
cited document ("Nghị quyết", "Chỉ thị"...), each letter a class of its marked
variants, so it runs on the lowercased text without folding it first, and the
regex engine jumps between possible first letters instead of trying each alias.
A match is then checked against its marks, because folding merges words that
editors never confuse: "thăm hỏi nông dân" folds like "Hội Nông dân", "công
đoạn" like "Công đoàn". Names inside the title of a cited document ("Chỉ thị số
43-CT/TW ... về công tác Hội Chữ thập đỏ") are its subject, not actors: skipped.
"""

import functools
import re
from dataclasses import dataclass

from plugins.features.cited_documents.symbols import DOCUMENT_WORDS
from plugins.libs.vietnamese_text import FOLD_VARIANTS, fold, nfc, normalize

from .vocabulary import WORD, spelling, term_key

# Between two words of an alias: spaces and dashes ("Hội LH-Phụ nữ"), never a
# comma: "nhân dân, quân nhân" does not name the "dân quân".
SEPARATOR = r"(?=[^\w\n])[^\S\n]*[-–—]?[^\S\n]*"
# "Ban Dân vận Huyện ủy" is the Ban Dân vận: the committee it belongs to is
# part of its name, not a second organization.
PARTY_QUALIFIER = r"(?:\s{1,2}(?:tinh|thanh|huyen|thi|quan|dang)\s{1,2}uy(?!\w))?"
# Laws, statutes and military service name a body that does not act:
# "Luật Công an nhân dân", "Điều lệ Công đoàn", "nghĩa vụ quân sự huyện".
BLOCKED_AFTER = r"(?:luat|dieu le|nghia vu)\s+$"
# The words that open a cited document, folded: one list with cited-document detection.
DOCUMENT_KINDS = DOCUMENT_WORDS
# What follows a document kind: "số 25-NQ/TW", "217, 218", "657 - QĐ/ThU", "16/CT-TTg".
DOCUMENT_NUMBER = r"(?:\s+so)?\s*\d+(?:\s*,\s*\d+)*(?:\s*[-/]\s*\w+(?:\.\w+)*)*"
# After a document number the title starts at a quote or at "về", if the clause has one.
TITLE_WINDOW = 200
TITLE_MAX = 600
QUOTES = "“\"«‘'"
TITLE_START = r"([{quotes}])|\bve\b|[;\n]|\.(?=\s|$)"
QUOTE_END = r"[”\"»’']"
CLAUSE_END = r"[,;\n”\"»)]|\.(?=\s|$)"
# "đoàn kết" (solidarity) never names the Youth Union or a Công đoàn.
NOT_FOLLOWED_BY = {"doan": rf"{SEPARATOR}ket(?!\w)"}
DOCUMENT = object()  # marks a document kind among the trie's keys


def letters(folded_pattern):
    """Turn the ASCII letters of a pattern into classes of their marked variants.

    Escapes (\\s, \\b, \\w) are kept; the patterns here have no letters inside [...].
    """
    out, escaped = [], False
    for char in folded_pattern:
        variants = FOLD_VARIANTS.get(char, char)
        out.append(f"[{variants}]" if len(variants) > 1 and not escaped else char)
        escaped = char == "\\" and not escaped
    return "".join(out)


def compile_folded(pattern):
    return re.compile(letters(pattern))


_TITLE_START = compile_folded(TITLE_START.format(quotes=QUOTES))
_QUOTE_AFTER_VE = compile_folded(rf"\s*[{QUOTES}]")
_QUOTE_END = re.compile(QUOTE_END)
_CLAUSE_END = re.compile(CLAUSE_END)
_DOCUMENT_NUMBER = compile_folded(DOCUMENT_NUMBER)
_QUALIFIER = compile_folded(PARTY_QUALIFIER)
_NOT_FOLLOWED_BY = {word: compile_folded(pattern) for word, pattern in NOT_FOLLOWED_BY.items()}
_BLOCKED_AFTER = compile_folded(BLOCKED_AFTER)


@dataclass(frozen=True)
class Mention:
    """Where an organization is named: offsets into the NFC text."""

    organization: object
    start: int
    end: int
    text: str


def _trie(keys):
    root = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = True
    return root


def _first_letters(terms):
    """Letters an alias can start with: the plain one, and the marked ones the vocabulary uses.

    Listing every marked variant of "u" would make the engine try a dozen
    branches at each word; "Ủy ban" only ever needs "u" (as in "Uỷ") and "ủ".
    """
    starts = {"d": {"d", "đ", "ð"}}  # "Đề án", and legacy "Ð" lowercased
    for term in terms:
        first = normalize(term).lower()[0]
        starts.setdefault(fold(first), {fold(first)}).add(first)
    return starts


def _trie_pattern(node, first_letters=None):
    """Longest alias first at every branch, then the shorter one if a word ends there.

    The first letters are spelt out one per branch: a pattern whose branches open
    with plain letters lets the engine reject a word after one comparison each.
    """
    branches = []
    for char, child in sorted(node.items()):
        if not char:
            continue
        rest = _trie_pattern(child)
        if char == " ":
            branches.append(SEPARATOR + rest)
        elif first_letters is not None:
            variants = sorted(first_letters.get(char, {char}))
            branches.extend(re.escape(variant) + rest for variant in variants)
        else:
            branches.append(letters(re.escape(char)) + rest)
    if "" in node:
        branches.append(r"(?!\w)")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def cited_title(text, start):
    """(start, end) of the cited title after a document number ending at `start`, or None.

    "Nghị quyết số 25-NQ/TW, ngày ... của BCH Trung ương (khóa XI) về “Tăng cường
    ...”": the title is the quoted text, or from "về" to the end of the clause.
    Issuer and date are not skipped; a clause without a title skips nothing.
    """
    opener = _TITLE_START.search(text, start, start + TITLE_WINDOW)
    if opener is None or opener.group(0) in ";\n.":
        return None
    body = opener.end()
    if not opener.group(1):  # "về", perhaps followed by a quote
        quoted = _QUOTE_AFTER_VE.match(text, body)
        if quoted is None:
            end = _CLAUSE_END.search(text, body, body + TITLE_MAX)
            return opener.start(), end.start() if end else min(len(text), body + TITLE_MAX)
        body = quoted.end()
    end = _QUOTE_END.search(text, body, body + TITLE_MAX) or _CLAUSE_END.search(text, body, body + TITLE_MAX)
    return opener.start(), end.end() if end else min(len(text), body + TITLE_MAX)


def _lowered(text):
    """NFC lowercase text of the same length, so offsets are the source's."""
    source = nfc(text)
    lowered = source.lower()
    if len(lowered) != len(source):  # "İ" and a few others grow when lowercased
        lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in source)
    return source, lowered


class Detector:
    """Compiled once per vocabulary; `mentions()` is then one scan per article."""

    def __init__(self, vocabulary):
        # folded key → {spelling with marks: organization, or DOCUMENT for "nghị quyết"...}
        self._terms = {kind: {None: DOCUMENT} for kind in DOCUMENT_KINDS}
        for organization in vocabulary.organizations:
            for term in organization.terms:
                self._terms.setdefault(term_key(term), {})[spelling(term)] = organization
        terms = [term for organization in vocabulary.organizations for term in organization.terms]
        # Every alias starts after a non-word character: the engine scans for those in C.
        self.pattern = re.compile(r"\W" + _trie_pattern(_trie(self._terms), _first_letters(terms)))
        self._owner = functools.lru_cache(maxsize=4096)(self._find_owner)  # the same few spans recur

    def _find_owner(self, span):
        """(folded key, what `span` names: an organization, DOCUMENT or None).

        A span typed without any mark ("HDND", "Hoi Nong dan") names the one
        organization its folded words belong to.
        """
        key = " ".join(WORD.findall(fold(span)))
        owners = self._terms[key]
        if None in owners:
            return key, owners[None]
        found = spelling(span)
        if found in owners:
            return key, owners[found]
        if all(word.isascii() for word in found) and len(owners) == 1:
            return key, next(iter(owners.values()))
        return key, None

    def _looks_alike(self, text, start, end, key):
        """Named by a law or statute, or "đoàn kết": the word without the organization."""
        if _BLOCKED_AFTER.search(text, max(0, start - 12), start):
            return True
        follower = _NOT_FOLLOWED_BY.get(key.rsplit(" ", 1)[-1])
        return bool(follower and follower.match(text, end))

    def mentions(self, text):
        """Every accepted mention in `text`, in order."""
        source, lowered = _lowered(text)
        lowered = " " + lowered  # every alias starts after a non-word character
        search = self.pattern.search
        found, position, titles = [], 0, []
        while match := search(lowered, position):
            start, end = match.start() + 1, match.end()
            key, owner = self._owner(lowered[start:end])
            if owner is DOCUMENT:
                number = _DOCUMENT_NUMBER.match(lowered, end)
                position = number.end() if number else end
                title = cited_title(lowered, position) if number else None
                if title:
                    titles.append(title)
            elif any(first <= start < last for first, last in titles):
                position = end
            elif owner is not None and not self._looks_alike(lowered, start, end, key):
                qualifier = _QUALIFIER.match(lowered, end)
                found.append(Mention(owner, start - 1, end - 1, source[start - 1 : end - 1]))
                position = qualifier.end() if qualifier else end
            else:  # a look-alike: a real alias may still start inside it
                position = start
        return found

    def detect(self, *texts):
        """Organizations named in the texts (headline, body), by first appearance."""
        seen = {}
        for text in texts:
            for mention in self.mentions(text):
                seen.setdefault(mention.organization.id, mention.organization)
        return list(seen.values())
