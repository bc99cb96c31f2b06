"""Capitalised spans that look like names but that no mention covers: what the extractor may have missed.

A deliberately wider net than the extractor's own rules. In each article's body (not link debris or credit
lines, see extract.body), capitalised words joined by spaces (and by of/for/the/de/al/... before another
capitalised word) form a run. Words inside a mention or a date phrase split the run; the parts are trimmed of
function words ("The", "In"), months and weekdays at either end and of title words at either end
("Prime Minister", "Azerbaijani President" -> "Azerbaijani"). What remains is a candidate when it has two or
more capitalised words ("Nordic Energy Council") or one that follows a title or role word ("Minister Lunde",
"spokesman Petrov"). Lines in title case without a final full stop (headlines) are skipped: there every word
is capitalised. Titles, sentence openers and month names are the extractor's own word lists (extract.entities),
so that the review and the rules agree on what a title is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from caucasus_peace.extract.body import non_body_spans
from caucasus_peace.extract.entities import _MONTHS, _STOP, _TITLE_WORDS
from caucasus_peace.review.context import Sentences

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_POSSESSIVES = ("'s", "’s")
_PLAIN_GAP = re.compile(r"[ \t]+")
_INITIAL_GAP = re.compile(r"\.[ \t]+")  # "Oleg V. Varin": the full stop of an initial


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


CONNECTORS = _words("of for the on de del da di du la le van von der den al el bin ibn")
# Title words that only modify a title or an organization ("Foreign Minister", "Foreign Ministry"): a single
# capitalised word after them is no name.
_MODIFIERS = _words(
    "foreign defense defence state affairs first special senior interim acting former vice deputy prime "
    "co-chair member official officer"
)
# Lower-case roles before a name ("army captain Oleg Varin", "spokesman Petrov") beyond the title words.
_ROLES = _words(
    """journalist reporter diplomat businessman businesswoman soldier expert historian politician cleric priest
    writer author commentator campaigner coordinator strategist manager teacher doctor farmer widow father mother
    son daughter wife husband brother sister colleague"""
)
_TITLES = frozenset(w.rstrip(".") for w in _TITLE_WORDS)
# Words that start sentences and never begin a name; "New" does (New York, New Delhi).
_EDGE_WORDS = frozenset(w.rstrip(".") for w in (_STOP - {"new"}) | _MONTHS) | CONNECTORS
_KEPT_LOWER = CONNECTORS | _TITLES | _ROLES  # the lower-case words _runs and _role_before read
MIN_HEADLINE_WORDS = 4  # a line of at least this many words, all capitalised, is a headline
_TITLE_CASE_LOWER = _words("a an and as at but by for from in into nor of on or the to vs with")


@dataclass(frozen=True)
class Occurrence:
    source_id: str
    char_start: int
    char_end: int
    text: str
    after_title: bool


@dataclass(frozen=True)
class SpanCandidate:
    """One name-like text, with how often it occurs unlinked and where it first does."""

    text: str
    cue: str  # "words" (two or more capitalised words) or "title" (one word after a title or role)
    n_occurrences: int
    n_sources: int
    source_id: str
    char_start: int
    char_end: int
    context: str | None


class _Tok(NamedTuple):
    """A word; its lower-case form and whether it is capitalised are read many times, so they are made once."""

    start: int
    end: int
    text: str
    key: str
    capitalised: bool


def _tokens(text: str) -> list[_Tok]:
    """The words a run or the role before it can hold: capitalised words, connectors, titles and roles. Any other
    word only ends a run, and so does the gap it leaves between two kept words (_joined reads the gap)."""
    out = []
    append = out.append
    for m in _WORD.finditer(text):
        word = m.group()
        start, end = m.span()
        if word.endswith(_POSSESSIVES):  # "Council's": the name ends before the possessive
            end -= 2
            word = word[:-2]
        capitalised = word[:1].isupper()
        key = word.lower()
        if capitalised or key in _KEPT_LOWER:
            append(_Tok(start, end, word, key, capitalised))
    return out


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """Whether b continues a's run: only spaces between them (or an initial's full stop), a not possessive."""
    if text[a.end : a.end + 2] in ("'s", "’s"):
        return False
    gap = text[a.end : b.start]
    if _PLAIN_GAP.fullmatch(gap):
        return True
    return len(a.text) == 1 and a.text.isupper() and bool(_INITIAL_GAP.fullmatch(gap))


class _Blocked:
    """Sorted spans that no candidate may overlap (mentions, date phrases, non-body text)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._i = 0

    def hits(self, start: int, end: int) -> bool:
        # Tokens are asked in text order: a moving pointer keeps this linear.
        while self._i < len(self.spans) and self.spans[self._i][1] <= start:
            self._i += 1
        return self._i < len(self.spans) and self.spans[self._i][0] < end


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines in title case: no final full stop, and at least MIN_HEADLINE_WORDS words, all capitalised but for
    the short function words title case leaves in lower case."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        words = [w for w in _WORD.findall(line) if not w[0].isdigit() and w not in _TITLE_CASE_LOWER]
        if not line.rstrip().endswith(".") and len(words) >= MIN_HEADLINE_WORDS and all(w[0].isupper() for w in words):
            out.append((start, end))
        start = end + 1
    return out


def _runs(text: str, toks: list[_Tok], blocked: _Blocked) -> list[list[_Tok]]:
    """Maximal runs of capitalised tokens (with inner connectors), split at blocked tokens."""
    runs: list[list[_Tok]] = []
    current: list[_Tok] = []
    known: dict[int, bool] = {}

    def free(k: int) -> bool:
        # asked only of the words that can join a run, in text order (the moving pointer of _Blocked needs that)
        if k not in known:
            known[k] = not blocked.hits(toks[k].start, toks[k].end)
        return known[k]

    i = 0
    while i < len(toks):
        t = toks[i]
        if not (t.capitalised or (current and t.key in CONNECTORS)) or not free(i):
            if current:
                runs.append(current)
            current = []
            i += 1
            continue
        if current and not _joined(text, current[-1], t):
            runs.append(current)
            current = []
        if not current and not t.capitalised:
            i += 1
            continue
        if not t.capitalised:  # a connector joins only when a capitalised word follows it
            nxt = i + 1
            if nxt < len(toks) and toks[nxt].capitalised and free(nxt) and _joined(text, t, toks[nxt]):
                current.append(t)
            else:
                runs.append(current)
                current = []
            i += 1
            continue
        current.append(t)
        i += 1
    if current:
        runs.append(current)
    return runs


def _role_before(text: str, toks: list[_Tok], index: dict[int, int], run: list[_Tok]) -> bool:
    """A lower-case title or role word right before the run ("spokesman Petrov", "army captain X")."""
    i = index[run[0].start] - 1
    if i < 0:
        return False
    prev = toks[i]
    gap = text[prev.end : run[0].start]
    return (
        not prev.capitalised
        and (prev.key in _TITLES or prev.key in _ROLES)
        and prev.key not in _MODIFIERS
        and gap.strip() in ("", ",")
    )


def _trim(run: list[_Tok], role_before: bool) -> tuple[list[_Tok], bool]:
    """The run without function words, months and titles at its ends; whether a title or role precedes it."""
    words = list(run)
    after_title = role_before
    changed = True
    while words and changed:
        changed = False
        while words and words[0].key.rstrip(".") in _EDGE_WORDS:
            words.pop(0)
            changed = True
        while words and words[0].key in _TITLES:
            after_title = words.pop(0).key not in _MODIFIERS
            changed = True
    changed = True
    while words and changed:
        changed = False
        while words and (words[-1].key in _EDGE_WORDS or words[-1].key in _TITLES):
            words.pop()
            changed = True
    return words, after_title


def find_occurrences(source_id: str, text: str, blocked_spans: Iterable[tuple[int, int]]) -> list[Occurrence]:
    """Name-like unlinked spans of one article; ``blocked_spans`` are its mentions and date phrases."""
    toks = _tokens(text)
    index = {t.start: i for i, t in enumerate(toks)}
    blocked = _Blocked([*blocked_spans, *non_body_spans(text), *_headline_lines(text)])
    out = []
    for run in _runs(text, toks, blocked):
        words, after_title = _trim(run, _role_before(text, toks, index, run))
        caps = [w for w in words if w.capitalised]
        if len(caps) >= 2 or (len(caps) == 1 and after_title):
            a, b = words[0].start, words[-1].end
            out.append(Occurrence(source_id, a, b, text[a:b], after_title and len(caps) == 1))
    return out


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def unlinked_spans(
    texts: Mapping[str, str],
    mentions: Iterable[Mapping],
    time_expressions: Iterable[Mapping],
    sentences: Sentences,
) -> list[SpanCandidate]:
    """Every unlinked name-like span of the articles at hand, grouped by text (case-insensitive), ranked by
    occurrences, then articles, then text."""
    blocked: dict[str, list[tuple[int, int]]] = {sid: [] for sid in texts}
    for row in (*mentions, *time_expressions):
        if row["source_id"] in blocked:
            blocked[row["source_id"]].append((row["char_start"], row["char_end"]))
    groups: dict[str, list[Occurrence]] = {}
    for sid in sorted(texts):
        for occ in find_occurrences(sid, texts[sid], blocked[sid]):
            groups.setdefault(_key(occ.text), []).append(occ)
    out = []
    for occs in groups.values():
        first = occs[0]
        out.append(
            SpanCandidate(
                text=first.text,
                cue="title" if any(o.after_title for o in occs) else "words",
                n_occurrences=len(occs),
                n_sources=len({o.source_id for o in occs}),
                source_id=first.source_id,
                char_start=first.char_start,
                char_end=first.char_end,
                context=sentences.around(first.source_id, first.char_start, first.char_end),
            )
        )
    out.sort(key=lambda c: (-c.n_occurrences, -c.n_sources, _key(c.text), c.source_id, c.char_start))
    return out
