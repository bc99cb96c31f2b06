"""Where a trigger pattern can start, so that it is tried only there: the same matches, found much faster.

Scanning 57 long case-insensitive trigger patterns over every clause tries every alternative at every word
boundary. Every trigger starts with a word boundary and a letter, and its first few characters rule out almost
every word: the article's word starts are indexed once by their first few characters (five for the triggers,
case-folded as the regular expression engine folds them), and a pattern is tried only at the word starts that one of its
prefixes allows. `matches_at` then yields exactly what `finditer` yields: the leftmost non-overlapping
matches in [lo, hi), each found by the pattern itself.

The prefixes are read from Python's own parse of the pattern (re._parser). Whatever the
analysis does not follow ends a prefix early (allowing more words), and a pattern whose prefixes it cannot
bound gets no prefilter at all (None: it scans as before); the analysis never rules out a real match.
"""

from __future__ import annotations

# The engine's own case folding, parser and constants (private, but present and unchanged in Python 3.11 to
# 3.13; test_prefilter checks the folding over all of Unicode and the triggers against plain scans).
import _sre
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from re import _casefix, _parser
from re import _constants as C

from caucasus_peace.extract.scanning import alternation

Prefix = str  # case-folded characters a match may start with
_DEPTH = 4  # four characters rule out almost every word start and keep the prefix sets small
_MAX_PREFIXES = 2000
_WORD = re.compile(r"\w+")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# The word characters that fold to a character that is none (Greek iotas fold to the combining ypogegrammeni);
# test_prefilter checks over all of Unicode that there are no others, in either direction.
_FOLD_LEAVES_WORD = re.compile("[\u0399\u03b9\u1fbe]")


def fold(ch: str) -> str:
    """The character as a case-insensitive pattern compares it: its simple lower case, and one representative of
    the characters the engine treats as the same letter (s and long s, i and dotless i, ...)."""
    lo = _sre.unicode_tolower(ord(ch))
    return chr(min((lo, *_casefix._EXTRA_CASES.get(lo, ()))))


def fold_text(text: str) -> str:
    """fold() of every character, the same length as text."""
    if text.isascii():
        return text.lower()  # for ASCII, fold() is the ASCII lower case
    return text.translate({ord(ch): fold(ch) for ch in set(text)})


class _Unknown(Exception):
    """An element the analysis does not follow."""


def _chars(op: object, av: object) -> frozenset[str]:
    """The folded characters one element may match (a superset), or _Unknown."""
    if op is C.LITERAL:
        return frozenset((fold(chr(av)),))  # type: ignore[arg-type]
    if op is C.IN and all(sub_op is C.LITERAL for sub_op, _ in av):  # type: ignore[attr-defined]
        return frozenset(fold(chr(c)) for _, c in av)  # type: ignore[attr-defined]
    raise _Unknown  # ranges, negated classes, categories (\w, \s), any character, ...


def _extend(items: list, heads: set[Prefix], depth: int) -> tuple[set[Prefix], set[Prefix]]:
    """(open, closed): the prefixes after the sequence `items`, from each of `heads`. An open prefix is shorter than
    `depth` and may grow; a closed one is final (full length, or the analysis stops after it)."""
    opened, closed = set(heads), set()
    for op, av in items:
        if not opened:
            break
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: it only ever removes matches
        if op is C.SUBPATTERN or op is C.ATOMIC_GROUP:
            opened, more = _extend(list(av[-1] if op is C.SUBPATTERN else av), opened, depth)
            closed |= more
        elif op is C.BRANCH:
            new: set[Prefix] = set()
            for alt in av[1]:
                o, c = _extend(list(alt), opened, depth)
                new |= o
                closed |= c
            opened = new
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, item = av
            new = set(opened) if lo == 0 else set()
            cur = opened
            for n in range(1, min(hi, depth) + 1):
                cur, c = _extend(list(item), cur, depth)
                closed |= c
                if n >= lo:
                    new |= cur
            if hi > depth:  # further repetitions of an item that may be empty: stop following what is still open
                closed |= cur
            opened = new
        else:
            try:
                chars = _chars(op, av)
            except _Unknown:
                closed |= opened
                opened = set()
                break
            opened = {p + ch for p in opened for ch in chars}
        done = {p for p in opened if len(p) >= depth}
        closed |= done
        opened -= done
        if len(opened) + len(closed) > _MAX_PREFIXES:
            raise _Unknown
    return opened, closed


def prefixes(pattern: str, flags: int = 0, depth: int = _DEPTH) -> frozenset[Prefix] | None:
    """The folded prefixes (up to `depth` characters) every match of the pattern starts with, or None if unknown.
    A prefix shorter than `depth` allows anything after it."""
    try:
        tree = _parser.parse(pattern, flags)
        if tree.getwidth()[0] == 0:
            return None  # a pattern that may match the empty string
        opened, closed = _extend(list(tree), {""}, depth)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError, IndexError):
        return None
    return frozenset(opened | closed)


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """rx, opened with a look-ahead for the characters its matches can start with (case-insensitively, a superset):
    the same matches, but the engine passes every other position at once instead of trying each alternative
    there. rx itself when those characters are unknown (a pattern that may match the empty string, or that opens
    with a class such as \\s) or when its flags are inline or verbose."""
    found = prefixes(rx.pattern, rx.flags)
    inline_flags = rx.pattern.startswith("(?") and rx.pattern[2:3] not in ":=!<P>"
    if not found or "" in found or rx.flags & re.VERBOSE or inline_flags:
        return rx
    first = "".join(sorted({re.escape(p[0]) for p in found}))
    return re.compile(f"(?=(?i:[{first}]))(?:{rx.pattern})", rx.flags)


@dataclass(frozen=True)
class StartFilter:
    """Where a pattern that starts with a word boundary and a letter may match: word starts that begin with one of
    these folded prefixes (of 1 to `depth` characters; a shorter one allows anything after it)."""

    prefixes: frozenset[str]


def start_filter(pattern: str, flags: int = 0, depth: int = _DEPTH) -> StartFilter | None:
    """The filter of a pattern that begins with a word boundary, or None (no filter: scan with the pattern).
    Only first letters a-z qualify: every character a case-insensitive a-z matches is a word character, so
    such a match starts at a word start."""
    if not pattern.startswith(r"\b"):
        return None
    found = prefixes(pattern, flags, depth)
    if not found or any(not p or p[0] not in _ASCII_LETTERS for p in found):
        return None
    return StartFilter(found)


@dataclass(frozen=True)
class WordStarts:
    """The word starts of one text where some pattern may match, and which patterns (ascending) may match there."""

    positions: list[int]
    patterns: list[tuple[int, ...]]


class StartIndex:
    """For a list of patterns with their filters: which patterns may start at a word start, by its first characters."""

    def __init__(self, filters: list[StartFilter | None]) -> None:
        self.filters = filters
        self.unfiltered = tuple(i for i, f in enumerate(filters) if f is None)
        self._by_prefix: dict[str, set[int]] = {}
        for i, f in enumerate(filters):
            for p in f.prefixes if f is not None else ():
                self._by_prefix.setdefault(p, set()).add(i)
        self._by_key: dict[str, tuple[int, ...]] = {}
        # A word start is looked up by as many folded characters as the longest prefix has.
        self.depth = max(map(len, self._by_prefix), default=_DEPTH)
        # Where some prefix begins a word of the folded text, in one scan (every prefix starts with an ASCII letter).
        self._starts_re = (
            re.compile(rf"(?<!\w)(?={alternation(p[0] + re.escape(p[1:]) for p in sorted(self._by_prefix))})")
            if self._by_prefix
            else None
        )

    def patterns_for(self, key: str) -> tuple[int, ...]:
        """The patterns (ascending) that may start at a word start whose first folded characters are key."""
        got = self._by_key.get(key)
        if got is None:
            found: set[int] = set()
            for n in range(1, len(key) + 1):
                found |= self._by_prefix.get(key[:n], set())
            got = self._by_key[key] = tuple(sorted(found))
        return got

    def word_starts(self, text: str) -> WordStarts:
        """The text's word starts (their first `depth` folded characters) where some pattern may match."""
        folded = fold_text(text)
        if self._starts_re is not None and not _FOLD_LEAVES_WORD.search(text):
            # Folding keeps every other character a word character or not, so the folded text has the text's
            # word starts: those where a prefix begins are found by the engine, not by a loop over every word.
            starts = [m.start() for m in self._starts_re.finditer(folded)]
            depth = self.depth
            return WordStarts(starts, [self.patterns_for(folded[p : p + depth]) for p in starts])
        positions, patterns = [], []
        for m in _WORD.finditer(text):
            p = m.start()
            found = self.patterns_for(folded[p : p + self.depth])
            if found:
                positions.append(p)
                patterns.append(found)
        return WordStarts(positions, patterns)

    def candidates(self, words: WordStarts, lo: int, hi: int) -> dict[int, list[int]]:
        """Pattern index -> the word starts in [lo, hi) where it may match (ascending)."""
        out: dict[int, list[int]] = {}
        positions, patterns = words.positions, words.patterns
        for j in range(bisect_left(positions, lo), bisect_left(positions, hi)):
            p = positions[j]
            for i in patterns[j]:
                got = out.get(i)
                if got is None:
                    out[i] = [p]
                else:
                    got.append(p)
        return out


def matches_at(rx: re.Pattern[str], text: str, starts: list[int], lo: int, hi: int) -> Iterator[re.Match[str]]:
    """What rx.finditer(text, lo, hi) yields, trying rx only at `starts` (ascending, in [lo, hi), and holding every
    position where a match may start). rx never matches the empty string."""
    pos = lo
    for p in starts:
        if p < pos:
            continue
        m = rx.match(text, p, hi)
        if m:
            yield m
            pos = m.end()
