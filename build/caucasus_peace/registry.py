"""The curated entity registry (seeds/registry.yaml): load, validate, and index its aliases.

The registry is plain, picklable data: the per-article extractor receives it as an argument and
uses its Aho-Corasick automaton (built once here) to find every alias in one pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import ahocorasick
import pycountry

from caucasus_peace.errors import SeedError
from caucasus_peace.seeds import check_text
from caucasus_peace.yaml_lines import LINE, load_yaml

TYPE_PREFIX = {"person": "per", "organization": "org", "place": "plc"}
ENTITY_KEYS = {
    "id",
    "type",
    "name",
    "aliases",
    "description",
    "country",
    "wikidata_id",
    "kind",
    "latitude",
    "longitude",
    "demonyms",
}
ALIAS_KEYS = {"name", "lang_or_side", "ambiguous"}
TOP_KEYS = {"version", "entities"}
ID_RE = re.compile(r"(per|org|plc)-[0-9a-z]+(?:-[0-9a-z]+)*")
WIKIDATA_RE = re.compile(r"Q[1-9][0-9]*")
DEMONYM_RE = re.compile(r"[A-Z][a-z]+")  # as the event layer reads them: "Azeri", "Azeris", "Azeri forces"

# Same-length folding: offsets in the folded copy are offsets in the original text.
_FOLD = {"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "\u00a0": " "}


def fold_text(text: str) -> str:
    """Lower-case, one apostrophe, one dash; guaranteed to keep len(text) (and so every offset)."""
    folded = text
    for a, b in _FOLD.items():  # what str.translate would do, character by character, but much faster in CPython
        if a in folded:
            folded = folded.replace(a, b)
    lower = folded.lower()
    if len(lower) == len(folded):
        return lower
    # A few characters (e.g. "İ") lower-case to two code points: fold those one by one.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


@dataclass(frozen=True)
class Alias:
    name: str
    lang_or_side: str | None = None
    ambiguous: bool = False


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: tuple[Alias, ...] = ()
    description: str | None = None
    country: str | None = None
    wikidata_id: str | None = None
    kind: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    # Irregular demonyms of a country ("Azeri"); regular ones (Armenian, Azerbaijani) are derived.
    demonyms: tuple[str, ...] = ()

    def alt_names(self) -> str | None:
        """Other names as "Name [side] | Name2" (schemas/places.schema.yaml), or None."""
        parts = [f"{a.name} [{a.lang_or_side}]" if a.lang_or_side else a.name for a in self.aliases]
        return " | ".join(parts) or None

    @property
    def is_former(self) -> bool:
        """Described as no longer in office or no longer existing ("Former President of ...")."""
        return (self.description or "").lower().startswith(("former ", "ex-", "late "))


@dataclass(frozen=True)
class Registry:
    """Curated entities, an index from folded alias to entity IDs, and one automaton over all aliases.

    Automaton values are (folded key, ((entity_id, alias as written, is_ambiguous), ...)).
    """

    entities: tuple[Entity, ...]
    by_id: Mapping[str, Entity]
    alias_index: Mapping[str, tuple[str, ...]]
    automaton: Any = field(compare=False, repr=False)
    surnames: Mapping[str, str] = field(default_factory=dict)  # folded surname -> the one person who has it
    # folded surname -> the people who share it ("aliyev": Ilham and Heydar), for per-article disambiguation
    shared_surnames: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __reduce__(self):  # MappingProxyType does not pickle: rebuild from the entities.
        return (build_registry, (self.entities,))


def build_registry(entities: Iterable[Entity]) -> Registry:
    """Index already validated entities (also used by tests and benchmarks)."""
    entities = tuple(entities)
    claims: dict[str, list[tuple[str, str, bool]]] = {}
    for e in entities:
        seen: set[str] = set()
        for alias in (Alias(e.name), *e.aliases):
            # every written form is kept, even two that fold alike: "News.am" and the brand's own "news.am"
            # differ in the case the matcher checks
            if alias.name in seen:
                continue
            seen.add(alias.name)
            claims.setdefault(fold_text(alias.name), []).append((e.id, alias.name, alias.ambiguous))
    automaton = ahocorasick.Automaton()
    for key, owners in claims.items():
        automaton.add_word(key, (key, tuple(owners)))
    if claims:
        automaton.make_automaton()
    index = {k: tuple(dict.fromkeys(o[0] for o in v)) for k, v in claims.items()}
    surname_owners: dict[str, set[str]] = {}
    for e in entities:
        if e.type == "person":
            for alias in (e.name, *(a.name for a in e.aliases)):
                parts = alias.split()
                if len(parts) >= 2:
                    surname_owners.setdefault(fold_text(parts[-1]), set()).add(e.id)
    surnames = {s: next(iter(ids)) for s, ids in surname_owners.items() if len(ids) == 1}
    shared = {s: tuple(sorted(ids)) for s, ids in surname_owners.items() if len(ids) > 1}
    return Registry(
        entities,
        MappingProxyType({e.id: e for e in entities}),
        MappingProxyType(index),
        automaton,
        MappingProxyType(surnames),
        MappingProxyType(shared),
    )


def _kind_enums() -> dict[str, set[str]]:
    from caucasus_peace.schema import load_package

    tables = load_package().tables
    return {
        "organization": set(tables["organizations"].enum("kind") or ()),
        "place": set(tables["places"].enum("kind") or ()),
    }


def _shown(value: Any) -> str:
    """A short description of a value for an error message (never the repr of a huge structure)."""
    if isinstance(value, str | int | float | bool) or value is None:
        return repr(value)[:60]
    return f"a {'list' if isinstance(value, list) else 'mapping' if isinstance(value, dict) else type(value).__name__}"


def _parse_alias(raw: Any, path: Path, line: int, eid: str) -> Alias:
    if isinstance(raw, str) and raw.strip():
        check_text(path, raw.strip(), line, f"{eid}: alias")
        return Alias(raw.strip())
    if isinstance(raw, dict):
        line = raw.pop(LINE, line)
        unknown = set(raw) - ALIAS_KEYS
        if unknown:
            raise SeedError(path, f"unknown alias key(s) {sorted(unknown)}; allowed: {sorted(ALIAS_KEYS)}", line)
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise SeedError(path, "alias mapping needs a non-empty 'name'", line)
        check_text(path, name.strip(), line, f"{eid}: alias")
        side = raw.get("lang_or_side")
        if side is not None and not isinstance(side, str):
            raise SeedError(path, f"{eid}: lang_or_side must be text, not {_shown(side)}", line)
        if side is not None:
            check_text(path, side, line, f"{eid}: lang_or_side")
        ambiguous = raw.get("ambiguous", False)
        if not isinstance(ambiguous, bool):
            raise SeedError(path, f"{eid}: ambiguous must be true or false, not {_shown(ambiguous)}", line)
        return Alias(name.strip(), side, ambiguous)
    raise SeedError(path, f"{eid}: an alias must be a non-empty string or a mapping, not {_shown(raw)}", line)


def _parse_entity(raw: Any, path: Path, kinds: dict[str, set[str]], line: int) -> Entity:
    if not isinstance(raw, dict):
        raise SeedError(path, f"each entity must be a mapping, not {_shown(raw)}", line)
    line = raw.pop(LINE, line)
    unknown = set(raw) - ENTITY_KEYS
    if unknown:
        raise SeedError(path, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(ENTITY_KEYS)}", line)
    for key in ("id", "type", "name"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise SeedError(path, f"entity lacks a non-empty '{key}'", line)
    eid, etype = raw["id"], raw["type"]
    check_text(path, raw["name"].strip(), line, f"{eid}: name")
    description = raw.get("description")
    if description is not None:
        if not isinstance(description, str):
            raise SeedError(path, f"{eid}: description must be text, not {_shown(description)}", line)
        check_text(path, description, line, f"{eid}: description")
    if etype not in TYPE_PREFIX:
        raise SeedError(path, f"{eid}: type {etype!r} is not one of {sorted(TYPE_PREFIX)}", line)
    if not ID_RE.fullmatch(eid):
        raise SeedError(path, f"{eid}: id must be per-/org-/plc- followed by a lower-case slug", line)
    if not eid.startswith(TYPE_PREFIX[etype] + "-"):
        raise SeedError(path, f"{eid}: a {etype} id must start with '{TYPE_PREFIX[etype]}-'", line)
    kind = raw.get("kind")
    if etype in kinds:
        if not isinstance(kind, str) or kind not in kinds[etype]:
            raise SeedError(path, f"{eid}: kind {_shown(kind)} is not one of {sorted(kinds[etype])}", line)
    elif kind is not None:
        raise SeedError(path, f"{eid}: a person has no kind", line)
    country = raw.get("country")
    if country is not None and (not isinstance(country, str) or pycountry.countries.get(alpha_3=country) is None):
        raise SeedError(path, f"{eid}: country {_shown(country)} is not an ISO 3166-1 alpha-3 code", line)
    qid = raw.get("wikidata_id")
    if qid is not None and (not isinstance(qid, str) or not WIKIDATA_RE.fullmatch(qid)):
        raise SeedError(path, f"{eid}: wikidata_id {_shown(qid)} must look like Q12345", line)
    lat, lon = raw.get("latitude"), raw.get("longitude")
    if etype == "place" and (lat is None or lon is None):
        raise SeedError(path, f"{eid}: every place needs latitude and longitude", line)
    for name, value, limit in (("latitude", lat, 90), ("longitude", lon, 180)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float) or abs(value) > limit):
            raise SeedError(path, f"{eid}: {name} {_shown(value)} must be a number within ±{limit}", line)
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list):
        raise SeedError(path, f"{eid}: aliases must be a list", line)
    demonyms = raw.get("demonyms") or []
    if not isinstance(demonyms, list) or not all(isinstance(d, str) and d.strip() for d in demonyms):
        raise SeedError(path, f"{eid}: demonyms must be a list of non-empty strings", line)
    if demonyms and (etype != "place" or kind != "country"):
        raise SeedError(path, f"{eid}: only a country has demonyms", line)
    bad = [d for d in demonyms if not DEMONYM_RE.fullmatch(d.strip())]
    if bad:
        raise SeedError(
            path, f"{eid}: a demonym is one capitalised word in the singular ('Azeri'), not {bad[0]!r}", line
        )
    return Entity(
        id=eid,
        type=etype,
        name=raw["name"].strip(),
        aliases=tuple(_parse_alias(a, path, line, eid) for a in aliases),
        description=description,
        country=country,
        wikidata_id=qid,
        kind=kind,
        latitude=float(lat) if lat is not None else None,
        longitude=float(lon) if lon is not None else None,
        demonyms=tuple(d.strip() for d in demonyms),
    )


def _check_aliases(entities: list[tuple[Entity, int]], path: Path) -> None:
    """A folded alias may belong to two entities only if every alias claim on it says ambiguous
    (one of the claims may be an entity's canonical name)."""
    owners: dict[str, list[tuple[str, bool, bool]]] = {}
    for e, line in entities:
        names = [(e.name, False, True)] + [(a.name, a.ambiguous, False) for a in e.aliases]
        for name, ambiguous, canonical in names:
            claims = owners.setdefault(fold_text(name), [])
            others = [c for c in claims if c[0] != e.id]
            if others:
                every = [*others, (e.id, ambiguous, canonical)]
                if sum(c[2] for c in every) > 1 or not all(c[1] or c[2] for c in every):
                    raise SeedError(
                        path,
                        f"{e.id}: alias {name!r} is also claimed by {others[0][0]}; mark it 'ambiguous: true' "
                        "on every entity that shares it",
                        line,
                    )
            claims.append((e.id, ambiguous, canonical))


def _check_demonyms(entities: list[tuple[Entity, int]], path: Path) -> None:
    """A demonym names one country."""
    owner: dict[str, str] = {}
    for e, line in entities:
        for d in e.demonyms:
            if owner.setdefault(d.lower(), e.id) != e.id:
                raise SeedError(path, f"{e.id}: demonym {d!r} is also listed for {owner[d.lower()]}", line)


def load_registry(path: Path) -> Registry:
    """Read and validate seeds/registry.yaml; raise SeedError with the line of the offending entry."""
    doc = load_yaml(path)
    if not isinstance(doc, dict):
        raise SeedError(path, "must be a mapping with 'version' and 'entities'", 1)
    top_line = doc.pop(LINE, 1)
    unknown = set(doc) - TOP_KEYS
    if unknown:
        raise SeedError(path, f"unknown top-level key(s) {sorted(unknown)}", top_line)
    if doc.get("version") != 1:
        raise SeedError(path, f"version must be 1, got {doc.get('version')!r}", top_line)
    raw_entities = doc.get("entities")
    if not isinstance(raw_entities, list):
        raise SeedError(path, "'entities' must be a list", top_line)
    kinds = _kind_enums()
    parsed: list[tuple[Entity, int]] = []
    seen: dict[str, int] = {}
    for raw in raw_entities:
        line = raw.get(LINE, top_line) if isinstance(raw, dict) else top_line
        entity = _parse_entity(raw, path, kinds, line)
        if entity.id in seen:
            raise SeedError(path, f"duplicate id {entity.id} (first at line {seen[entity.id]})", line)
        seen[entity.id] = line
        parsed.append((entity, line))
    _check_aliases(parsed, path)
    _check_demonyms(parsed, path)
    return build_registry(e for e, _ in parsed)
