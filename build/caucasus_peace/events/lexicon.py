"""The event vocabulary and trigger lexicon (lexicon.yaml), read once at import and checked against the schema.

The bottom layer of the events package: every other module reads event types, roles, compatible groups and
trigger patterns from here, never from literals of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from caucasus_peace.events.prefilter import StartIndex, WordStarts, matches_at, start_filter
from caucasus_peace.schema import cameo_codes

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")
_MACRO = re.compile(r"\{\{(\w+)\}\}")


def _expand(pattern: str, macros: dict[str, str]) -> str:
    return _MACRO.sub(lambda m: _expand(macros[m.group(1)], macros), pattern)


def _load(path: Path = LEXICON_FILE) -> dict[str, Any]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    cameo = cameo_codes()
    types = doc["types"]
    if set(types) != set(cameo):
        raise ValueError(f"{path}: types differ from the event_type enum of the schema: {set(types) ^ set(cameo)}")
    unknown = {t["type"] for t in doc["triggers"]} - set(types)
    unknown |= {t for group in doc["compatible"] for t in group} - set(types)
    unknown |= set(doc["quantities_of"]) - set(types)
    if unknown:
        raise ValueError(f"{path}: unknown event types {sorted(unknown)}")
    return doc


_DOC = _load()
MACROS: dict[str, str] = {k: _expand(v, _DOC["macros"]) for k, v in _DOC["macros"].items()}
MONTHS = MACROS["MONTHS"]
NOT_A_DATE = MACROS["NOT_A_DATE"]

# event_type -> CAMEO code: read from x-cameo in schemas/events.schema.yaml, the one definition.
CAMEO = cameo_codes()

# (event_type, pattern). Longer, more specific patterns first: overlapping matches keep the first.
TRIGGERS: tuple[tuple[str, str], ...] = tuple(
    (t["type"], _expand("|".join(t["any"]), MACROS)) for t in _DOC["triggers"]
)
TRIGGER_RES = tuple((t, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for t, p in TRIGGERS)
# Where each trigger may start (None: anywhere); tried only there, with the same matches (events.prefilter). Five
# folded characters: four still let through many words a trigger does not take ("signal", "accounts"), each a try.
_STARTS = StartIndex([start_filter(rx.pattern, rx.flags, depth=5) for _, rx in TRIGGER_RES])
# Indices of triggers that count only when nothing else in the clause names an event ('two were killed').
FALLBACK = frozenset(i for i, t in enumerate(_DOC["triggers"]) if t.get("fallback"))
# Saying verbs that make a statement only when the clause is dated (news in itself).
DATED_ONLY = re.compile(
    "|".join(_expand("|".join(t["any"]), MACROS) for t in _DOC["triggers"] if t.get("dated_only")), re.IGNORECASE
)
# The event nouns of each type ('verdict' names a court ruling), matched whole: what a description refers back to.
NOUN_TYPES = tuple(
    (re.compile("|".join(spec["nouns"]), re.IGNORECASE), t) for t, spec in _DOC["types"].items() if spec.get("nouns")
)
# Nouns that name an event ('the summit', 'those talks'); only ever matched whole.
NOUN_TRIGGER = re.compile("|".join(n for spec in _DOC["types"].values() for n in spec.get("nouns", ())), re.IGNORECASE)

# A person's description that names a commentator's role first ("political analyst in Dravo", "45-year-old
# farmer"), not an office ("President of Dravo, father of ..."); not a role's owner ("driver's lawyer").
COMMENTATOR = re.compile(
    rf"\W*(?:(?:a|an|the)\s+)?(?:(?!(?:of|for|at|in|with|and|to)\b)[\w.-]+\s+){{0,3}}?(?:{_DOC['commentators']})s?"
    r"(?=\s*(?:$|[,(;]|(?:at|in|of|from|for|with|who|and|based)\b))",
    re.IGNORECASE,
)
TITLE_LABEL: dict[str, str] = {t: spec["label"] for t, spec in _DOC["types"].items()}
# Role of a participant by event type and side of the trigger (before, after).
ROLES: dict[str, tuple[str, str]] = {t: tuple(spec["roles"]) for t, spec in _DOC["types"].items()}  # type: ignore[misc]
SPEECH_ACTS = frozenset(t for t, spec in _DOC["types"].items() if spec.get("speech_act"))
# In the order of lexicon.yaml (the site writes them into SQL).
GATHERINGS = tuple(t for t, spec in _DOC["types"].items() if spec.get("gathering"))
SOURCE_ROLES = frozenset({"speaker", "accuser", "actor", "host"})
AGENT_ROLES = frozenset({"actor", "accuser", "speaker", "host", "signatory"})
PATIENT_ROLES = frozenset({"target", "accused", "victim"})
TARGET_ROLES = frozenset({"target", "accused"})

# Types that may describe the same real event (used within a clause here and across articles in merging).
COMPATIBLE: tuple[frozenset[str], ...] = tuple(frozenset(group) for group in _DOC["compatible"])

# Which quantities measure an event of a given type.
QUANTITY_FITS: dict[str, re.Pattern[str]] = {k: re.compile(v, re.I) for k, v in _DOC["quantity_families"].items()}
QUANTITIES_OF: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DOC["quantities_of"].items()}


def compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in COMPATIBLE)


@lru_cache(maxsize=2)
def _word_starts(text: str) -> WordStarts:
    """The article's word starts where a trigger may start, indexed once for all its clauses."""
    return _STARTS.word_starts(text)


def find_triggers(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, event_type) triggers in text[lo:hi]; earlier patterns win overlaps; a fallback
    trigger only when no other trigger but a saying is found."""
    return list(_find_triggers(text, lo, hi))


@lru_cache(maxsize=512)  # the clauses of the last article or two: each clause is asked twice
def _find_triggers(text: str, lo: int, hi: int) -> tuple[tuple[int, int, str], ...]:
    taken: list[tuple[int, int, str]] = []
    fallback: list[tuple[int, int, str]] = []
    candidates = _STARTS.candidates(_word_starts(text), lo, hi)
    for i in sorted(candidates.keys() | _STARTS.unfiltered) if _STARTS.unfiltered else sorted(candidates):
        etype, rx = TRIGGER_RES[i]
        for m in _matches(rx, text, candidates.get(i), lo, hi):
            s, e = m.span()
            if _overlaps(s, e, taken) or _overlaps(s, e, fallback):
                continue
            (fallback if i in FALLBACK else taken).append((s, e, etype))
    if fallback and all(t[2] in SPEECH_ACTS for t in taken):
        taken += fallback[:1]
    return tuple(sorted(taken))


def _matches(rx: re.Pattern[str], text: str, starts: list[int] | None, lo: int, hi: int) -> Iterable[re.Match[str]]:
    """What rx.finditer(text, lo, hi) finds, tried only at `starts` when they are known (most often just one)."""
    if starts is None:
        return rx.finditer(text, lo, hi)
    if len(starts) == 1:  # no generator for a single try
        m = rx.match(text, starts[0], hi)
        return () if m is None else (m,)
    return matches_at(rx, text, starts, lo, hi)


def _overlaps(s: int, e: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s < b and a < e for a, b, _ in spans)


_FALLBACK_RES = tuple(rx for i, (_, rx) in enumerate(TRIGGER_RES) if i in FALLBACK)


def is_fallback(trigger: str) -> bool:
    """The trigger is one that names an event only when nothing else does ('two were killed')."""
    return any(rx.fullmatch(trigger) for rx in _FALLBACK_RES)
