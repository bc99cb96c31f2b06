"""Trigger prefilters: the triggers tried only at the word starts their prefixes allow are exactly the triggers
every pattern finds when it scans the whole clause."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_peace.events import cues
from caucasus_peace.events.clauses import clause_spans
from caucasus_peace.events.lexicon import _STARTS, FALLBACK, SPEECH_ACTS, TRIGGER_RES, find_triggers
from caucasus_peace.events.prefilter import _FOLD_LEAVES_WORD, fold, fold_text, guarded, prefixes, start_filter
from caucasus_peace.extract.sentences import sentence_spans
from caucasus_peace.paths import SEEDS_DIR

REAL_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("articles/*.txt"))] + [
    p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[1].glob("data/*/*.txt"))
]
_WORDS = [
    *(  # noqa: SIM905 (a word list reads best as words)
        "signed Signs SIGNING the a an ceasefire cease-fire violations released statement freed handed over prisoners "
        "were court ruled judges rejected appeal talks met meeting summit visited killed clashes war wars shelling "
        "detained arrests protest rally said says told accused condemned urged called on Friday Monday in of to "
        "pardoned ratified withdrew pull-out exploded crash downed raid banned cancelled election referendum"
    ).split(),
    *["İ", "ı", "ſ", "K", "ſigned", "Sİgned", "detaİned", "\u200b", "\n", ",", "-", "–", ".", "  ", "x"],
]
NEWSY = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", " ", " ", "-", ",", "\n"])), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def _plain_triggers(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """find_triggers as it was before the prefilters: every pattern scans text[lo:hi]."""
    taken: list[tuple[int, int, str]] = []
    fallback: list[tuple[int, int, str]] = []
    for i, (etype, rx) in enumerate(TRIGGER_RES):
        for m in rx.finditer(text, lo, hi):
            if any(m.start() < b and a < m.end() for a, b, _ in taken + fallback):
                continue
            (fallback if i in FALLBACK else taken).append((m.start(), m.end(), etype))
    if fallback and all(t[2] in SPEECH_ACTS for t in taken):
        taken += fallback[:1]
    return sorted(taken)


def test_every_trigger_has_a_prefilter() -> None:
    """The lexicon's patterns all start with a word boundary and a letter: none falls back to a full scan."""
    assert _STARTS.unfiltered == ()


@pytest.mark.parametrize("index", range(len(REAL_TEXTS)))
def test_triggers_are_the_same_in_real_articles(index: int) -> None:
    text = REAL_TEXTS[index]
    assert find_triggers(text, 0, len(text)) == _plain_triggers(text, 0, len(text))
    for ss, se in sentence_spans(text):
        for cs, ce in clause_spans(text, ss, se):
            assert find_triggers(text, cs, ce) == _plain_triggers(text, cs, ce)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=60)), st.integers(0, 400), st.integers(0, 400))
def test_triggers_are_the_same_in_any_text_and_window(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert find_triggers(text, lo, hi) == _plain_triggers(text, lo, hi)


def test_prefixes_follow_branches_repeats_and_lookarounds() -> None:
    assert prefixes(r"\b(?:sign(?:ed|s)?|(?<=court )ruled)", re.I) == {"sign", "rule"}
    assert prefixes(r"\b(?:a|an) (?:\S+ )?deal", re.I) == {"a ", "an ", "a de", "an d"}  # \S ends a prefix
    assert prefixes(r"\bX?y", re.I) == {"xy", "y"}
    assert prefixes(r"\b(?:ab)?", re.I) is None  # may match the empty string: no prefilter
    assert start_filter(r"\b\w+ed") is None and start_filter(r"\b-ish") is None and start_filter("sign") is None


def test_fold_covers_what_case_insensitive_letters_match() -> None:
    """Over all of Unicode: every character that a case-insensitive pattern letter (or space) matches folds to
    that letter, and every character matching a letter a-z is a word character (so its match starts a word)."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    chars = {ch for f in _STARTS.filters if f is not None for p in f.prefixes for ch in p}
    assert chars >= set("aeiost ")
    for ch in sorted(chars | set("abcdefghijklmnopqrstuvwxyz")):
        for m in re.finditer(re.escape(ch), everything, re.IGNORECASE):
            assert fold(m.group()) == fold(ch), (ch, m.group())
            if ch.isalpha():
                assert re.fullmatch(r"\w", m.group()), (ch, m.group())
    assert fold_text("Sİgned ſ K") == "signed s k"


def test_folding_keeps_word_characters_but_for_the_listed_ones() -> None:
    """Over all of Unicode: a character is a word character exactly when its fold is, except the ones word_starts
    falls back on (the folded text then has the text's word starts)."""
    word = re.compile(r"\w")
    changed = {
        ch
        for ch in map(chr, range(sys.maxunicode + 1))
        if not 0xD800 <= ord(ch) <= 0xDFFF and bool(word.match(ch)) != bool(word.match(fold(ch)))
    }
    assert changed == set("\u0399\u03b9\u1fbe")
    assert all(_FOLD_LEAVES_WORD.fullmatch(ch) for ch in changed)


def _plain_word_starts(text: str) -> tuple[list[int], list[tuple[int, ...]]]:
    """word_starts as a loop over every word of the text."""
    folded = fold_text(text)
    n = _STARTS.depth  # the index reads as many folded characters as its longest prefix has
    found = [(m.start(), _STARTS.patterns_for(folded[m.start() : m.start() + n])) for m in re.finditer(r"\w+", text)]
    return [p for p, f in found if f], [f for _, f in found if f]


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, NEWSY.map(lambda t: t.replace("a", "\u03b9")), st.text(max_size=60)))
def test_word_starts_are_those_of_every_word(text: str) -> None:
    got = _STARTS.word_starts(text)
    assert (got.positions, got.patterns) == _plain_word_starts(text)


@pytest.mark.parametrize("index", range(len(REAL_TEXTS)))
def test_word_starts_are_those_of_every_word_in_real_articles(index: int) -> None:
    got = _STARTS.word_starts(REAL_TEXTS[index])
    assert (got.positions, got.patterns) == _plain_word_starts(REAL_TEXTS[index])


def _unguarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern guarded() was given, read back from what it made."""
    if not rx.pattern.startswith("(?=(?i:["):
        return rx
    return re.compile(rx.pattern[rx.pattern.index("]))(?:") + 6 : -1], rx.flags)


CUES = {name: rx for name, rx in vars(cues).items() if isinstance(rx, re.Pattern)}


def test_most_cues_are_guarded_and_guarded_keeps_what_it_cannot_read() -> None:
    assert sum(rx is not _unguarded(rx) for rx in CUES.values()) >= len(CUES) // 2
    for pattern in (r"\s+said", r"\w+ed", r"(?:the)?", r"(?i)said", r"[^,]+,"):
        assert guarded(re.compile(pattern)).pattern == pattern
    assert guarded(re.compile(r"\b(?:Will|may)\b")).pattern == r"(?=(?i:[mw]))(?:\b(?:Will|may)\b)"


@settings(max_examples=200, deadline=None)
@given(st.one_of(NEWSY.map(lambda t: t.replace("signed", "will not").replace("talks", "ſaid")), st.text(max_size=60)))
def test_guarded_cues_find_what_the_cues_find(text: str) -> None:
    for name, rx in CUES.items():
        plain = _unguarded(rx)
        for lo in range(0, len(text) + 1, 7):
            assert [m.span() for m in rx.finditer(text, lo)] == [m.span() for m in plain.finditer(text, lo)], name
            assert bool(rx.match(text, lo)) == bool(plain.match(text, lo)), name
            assert bool(rx.search(text[lo:])) == bool(plain.search(text[lo:])), name
