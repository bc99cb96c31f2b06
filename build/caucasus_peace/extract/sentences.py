"""Sentence spans for English news text, offsets into the original string.

Rules, in order: a line break ends a sentence (news paragraphs and headlines are lines); within a line,
terminal punctuation (``.``, ``!``, ``?``, ``…``, optionally followed by closing quotes or brackets) ends a
sentence when whitespace and a capital, digit or opening quote follow, unless the full stop closes an
abbreviation. Abbreviations are titles ("Mr.", "Gen."), month forms ("Sept. 27"), "No." before a number,
single initials ("Donald J. Trump") and initialisms ("U.S.", "D.C.", "a.m."); an initialism still ends a
sentence when the next word is a typical sentence opener ("... in the U.S. The talks ...").

A sentence longer than ``MAX_SENTENCE_CHARS`` (1,000 characters, twice the longest sentence in the seeds and
held-out sets) is cut at the last whitespace before the limit, or at the limit inside one very long token: text
without punctuation then still yields bounded sentences, so every rule that reads a sentence costs at most a
constant per character. Real news sentences never reach the limit; only such pathological text is affected.
"""

from __future__ import annotations

import bisect
import re

Span = tuple[int, int]

MAX_SENTENCE_CHARS = 1000

# Words whose full stop never ends a sentence (lower case, without the stop).
_TITLES = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "mr mrs ms mx dr prof gen lt col maj sgt capt cmdr adm gov sen rep rev st jr sr amb pres supt insp "
        "jan feb mar apr jun jul aug sep sept oct nov dec approx est inc corp co ltd dept fig vol pp vs cf al"
    ).split()
)
# Words after which an initialism ("U.S.") more likely ends the sentence than continues a name.
_OPENERS = frozenset(
    (  # noqa: SIM905
        "the a an he she it they we i you his her their its our this that these those there but and or so yet "
        "in on at for if when while after before as however meanwhile still also then since although though "
        "what who why how where both some many most no not one two three mr mrs ms"
    ).split()
)
# A candidate end: terminal punctuation, optional closing quotes or brackets, then whitespace. A run of stops
# is only tried from its first character and never backtracked into, so a line of dots stays linear.
_END = re.compile(r"(?:(?<![.!?])[.!?]++|…)[\"'”’)\]]*+(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.’']+)$")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.){2,}")  # U.S., D.C., a.m., e.g.
_NEXT_WORD = re.compile(r"[\"'“‘(\[]*(\w+)")
_LINES = re.compile(r"[^\n]+")


def _abbreviation_blocks_end(text: str, stop: int, nxt: int, end: int) -> bool:
    """True when the full stop at ``text[stop]`` closes an abbreviation that does not end the sentence."""
    match = _WORD_BEFORE.search(text, max(0, stop - 40), stop)
    if not match:
        return False
    word = match.group(1)
    bare = word.rstrip(".").lower()
    nm = _NEXT_WORD.match(text, nxt, end)
    next_word = nm.group(1) if nm else ""
    if bare == "no":  # "No. 5" but "He said no. Then ..."
        return next_word[:1].isdigit()
    if bare in _TITLES:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():  # an initial: "Donald J. Trump"
        return True
    if _INITIALISM.fullmatch(word + "."):
        return next_word.lower() not in _OPENERS
    return False


def _split_line(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    begin = start
    for m in _END.finditer(text, start, end):
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        ch = text[nxt]
        # A sentence starts with a capital, a digit or an opening quote; "e.g. the" is no new sentence.
        if not (ch.isupper() or ch.isdigit() or ch in "\"'“‘([-–—•"):
            continue
        first_stop = m.start()
        if (
            text[first_stop] == "."
            and m.group().count(".") == 1
            and _abbreviation_blocks_end(text, first_stop, nxt, end)
        ):
            continue
        spans.append((begin, m.end()))
        begin = nxt
    spans.append((begin, end))
    return spans


def sentence_spans(text: str) -> list[Span]:
    """Sentence spans ``(start, end)`` into ``text``, in order, without surrounding whitespace.

    Every span slices the original string (``text[start:end]``); empty lines give no span.
    """
    spans: list[Span] = []
    for line in _LINES.finditer(text):
        for a, b in _split_line(text, line.start(), line.end()):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                spans.extend(_cut_long(text, a, b))
    return spans


def _cut_long(text: str, a: int, b: int) -> list[Span]:
    """``(a, b)`` in pieces of at most MAX_SENTENCE_CHARS, cut at the last whitespace before the limit."""
    if b - a <= MAX_SENTENCE_CHARS:
        return [(a, b)]
    pieces: list[Span] = []
    while b - a > MAX_SENTENCE_CHARS:
        cut = a + MAX_SENTENCE_CHARS
        while cut > a and not text[cut].isspace():
            cut -= 1
        if cut == a:  # one token longer than the limit: cut inside it
            cut = a + MAX_SENTENCE_CHARS
        end = cut
        while end > a and text[end - 1].isspace():
            end -= 1
        pieces.append((a, end))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        pieces.append((a, b))
    return pieces


def sentence_at(spans: list[Span], pos: int) -> Span | None:
    """The span in ``spans`` (as returned by :func:`sentence_spans`) that contains offset ``pos``."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None
