"""Clause and quotation segmentation of one sentence, and span helpers shared by the event rules."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from caucasus_peace.events.context import Row

_REPORTING = re.compile(r"\b(?:said|says|told|wrote|announced|reported|added|noted|stated)\b", re.I)


_THAT = re.compile(r" (?=that (?:there|it|he|she|they|the|a|an|[A-Z]))")


# "... in 2020 before Azerbaijan retook the region": a new subject after "before" starts a clause (not "a case
# before the court").
_BEFORE_SUBJECT = (
    r"before (?!the (?:\S+ ){0,3}(?:court|tribunal|judges?|committee|council|parliament|assembly))"
    r"(?:(?-i:[A-Z])\w*|the |a |an )"
)


# Clause boundaries: ; : and dashes, ", but/while/which ..." and a few unpunctuated ones. Every break starts with a
# space, comma, semicolon or colon: the look-ahead first lets the engine pass every other character at once.
_CLAUSE_BREAK = re.compile(
    r"(?=[\s,;:])(?:\s*[;:]\s+|\s+[—–]\s+|,\s+(?=(?:but|while|whereas|although|though|which|where|when"
    r"|and (?=\S+ (?:were|was|are|is|have|has|had)\b)|prompting|sparking|"
    r"causing|leading|drawing|detaining|arresting|creating|marking|pledging|saying|with each|as)\b)"
    r"|\s+(?=(?:but|came after|after the|whereas|when|until|and that|" + _BEFORE_SUBJECT + r")\b)"
    r"|\s+(?=having (?:been )?(?-i:[a-z]+)(?:ed|en|wn)\b)"  # "its invasion of Ukraine having spooked X": X no party
    # "37 people were detained, the ministry said" (not the apposition "X, a civic group, said")
    r"|,\s+(?=(?:a|an|the|one|two)\s+(?:[^\s,]+\s+){0,3}(?:said|says|told)\b)"
    r"|(?:(?<=\bsaid)|(?<=\bsays)|(?<=\bannounced)|(?<=\bwrote)) (?=that\b|he |she |they ))",
    re.I,
)


_REPORTED_PRONOUN = re.compile(r" (?=(?:it|he|she|they|we) (?:had|has|have|would|will|was|were|is|are|could|did)\b)")


_SAID_NEAR = re.compile(r"\b(?:said|says|announced|added)(?:\s+[\w.]+){0,3}$")


_LEGAL_BEFORE = re.compile(
    r"\b(?:case|cases|appeal|appeals|claim|claims|application|complaint|hearing|hearings|appeared|appear|testified"
    r"|brought|taken)\s*$",
    re.I,
)


RELATIVE_OPEN = re.compile(r",\s+(which|who)\b")
# the main verb that resumes after a relative clause: "X, who heads the commission, said ..."
MAIN_VERB = re.compile(r"(?:[a-z]+ed|signed|met|held|took|won|began|agreed|said|told|says|wrote)\b")
_RELATIVE_CLOSE = re.compile(rf",\s+(?={MAIN_VERB.pattern})")


_SUBORDINATE = re.compile(r"\W*(?:although|though|while|whereas|because|if|once|as soon as)\b", re.I)


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of one sentence: split at ; : dashes and before but/while/which/prompting/when/..."""
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, start, end)]
    # "... told the agency on Tuesday that ...": the reported content is its own clause
    breaks += [(m.start(), m.end()) for m in _THAT.finditer(text, start, end)
               if _REPORTING.search(text[max(start, m.start() - 60) : m.start()])]  # fmt: skip
    # "... said on Tuesday it had called off a march": the reported action is its own clause
    breaks += [(m.start(), m.end()) for m in _REPORTED_PRONOUN.finditer(text, start, end)
               if _SAID_NEAR.search(text[max(start, m.start() - 40) : m.start()])]  # fmt: skip
    # "X, which fought two wars over Y, initialled a treaty": a relative clause inside the sentence ends at the comma
    # before the main verb
    for m in RELATIVE_OPEN.finditer(text[start:end]):
        close = _RELATIVE_CLOSE.search(text[start + m.end() : end])
        if close:
            a = start + m.end() + close.start()
            breaks.append((a, a + len(close.group())))
    # "Although X was agreed in March, Y has since demanded ...": a fronted subordinate clause ends at its comma
    sub = _SUBORDINATE.match(text, start, end)
    if sub:
        comma = text.find(", ", sub.end(), end)
        if comma > 0:
            breaks.append((comma, comma + 2))
    # "a case before the ICJ", "appeared before the judges": a legal "before" is no new clause
    breaks = [
        (b0, b1) for b0, b1 in breaks if not (text.startswith("before", b1) and _LEGAL_BEFORE.search(text, start, b0))
    ]
    out, a = [], start
    for b0, b1 in sorted(breaks):
        if b0 < a:
            continue
        if b0 > a:
            out.append((a, b0))
        a = b1
    if a < end:
        out.append((a, end))
    return out


class SortedRows(list):  # type: ignore[type-arg]
    """Rows in order of char_start (each ending at or after its start), with their starts for bisection: `within`
    and `starting` then read only the rows near the span instead of all of them. Never changed once made."""

    def __init__(self, rows: Iterable[Row]) -> None:
        super().__init__(rows)
        self.starts = [r["char_start"] for r in self]
        self.longest = max((r["char_end"] - r["char_start"] for r in self), default=0)

    def starting(self, lo: int, hi: int) -> list[Row]:
        """The rows that start in [lo, hi), in order."""
        return self[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def sorted_rows(rows: list[Row]) -> list[Row]:
    """rows as SortedRows when they already are in order of char_start and none ends before it starts (the order of
    what `within` returns stays theirs), else rows unchanged."""
    starts = [r["char_start"] for r in rows]
    if all(a <= b for a, b in itertools.pairwise(starts)) and all(r["char_end"] >= r["char_start"] for r in rows):
        return SortedRows(rows)
    return rows


def within(rows: Sequence[Row], lo: int, hi: int) -> list[Row]:
    if isinstance(rows, SortedRows):  # the rows that start in [lo, hi], then those that end by hi
        return [r for r in rows[bisect_left(rows.starts, lo) : bisect_right(rows.starts, hi)] if r["char_end"] <= hi]
    return [r for r in rows if lo <= r["char_start"] and r["char_end"] <= hi]


_QUOTE_MARK = re.compile('[“”"‘’]')


def quote_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Quoted stretches of text[lo:hi]; an opening quote left unclosed runs to hi (quotes spanning sentences).
    Single curly quotes ('said Tehran ‘respects the decisions’', the house style of many outlets) count when they
    are not inside a double quotation: ’ closes one only where no letter follows (not "Armenia’s", "don’t")."""
    return quote_state(text, lo, hi)[0]


def quote_state(text: str, lo: int, hi: int, opened: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """quote_spans, and whether a double quotation is still open at hi: the next sentence of the paragraph then
    opens inside it ('"The verdict is unjust. He is innocent," his lawyer said.'). ``opened``: a double quotation
    opened before lo is still open at lo."""
    out: list[tuple[int, int]] = []
    start, single = (lo, False) if opened else (None, False)
    for m in _QUOTE_MARK.finditer(text, lo, hi):  # only the quotation marks: every other character is skipped
        i = m.start()
        ch = text[i]
        if ch == "‘":
            if start is None:
                start, single = i, True
        elif ch == "’":
            if single and not (i + 1 < len(text) and text[i + 1].isalpha()):
                out.append((start, i + 1))
                start, single = None, False
        elif single:
            continue  # a double quotation mark inside a single-quoted stretch
        elif ch == "“" or (ch == '"' and start is None):
            start = i if start is None else start
        elif (ch == "”" or ch == '"') and start is not None:
            out.append((start, i + 1))
            start = None
    if start is not None:
        out.append((start, hi))
    return out, start is not None and not single


def inside(pos: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a <= pos < b), None)
