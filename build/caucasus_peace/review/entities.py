"""Entities the extractor discovered but the registry does not list, each with a registry block to paste.

The block keeps the discovered ID (a hash of the normalised name): promoting an entity then changes no ID,
neither its own nor those of the events it takes part in. Its aliases are the other ways the articles wrote
it (mention texts, acronyms included); surnames and short forms are left out, since the registry derives a
person's surname from the full name and a short form alone ("the Council") would match too much.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import yaml

from caucasus_peace.registry import fold_text
from caucasus_peace.review.context import Sentences
from caucasus_peace.tables import ENTITY_TABLES

WIKIDATA_HINT = "Q-number only once checked (e.g. on wikidata.org); left empty, the build ignores it"


@dataclass(frozen=True)
class EntityCandidate:
    entity_id: str
    entity_type: str
    name: str
    kind: str | None
    country: str | None
    description: str | None
    latitude: float | None
    longitude: float | None
    aliases: tuple[str, ...]
    n_sources: int
    n_mentions: int
    source_id: str | None  # first mention
    char_start: int | None
    char_end: int | None
    context: str | None

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def registry_block(self, dash: int = 2) -> str:
        """The entry for seeds/registry.yaml, as a list item whose dash sits at column ``dash``."""
        pad = " " * (dash + 2)
        lines = [
            f"id: {_scalar(self.entity_id)}",
            f"type: {self.entity_type}",
            f"name: {_scalar(self.name)}",
        ]
        if self.aliases:
            lines.append(f"aliases: {_flow(list(self.aliases))}")
        if self.description:
            lines.append(f"description: {_scalar(self.description)}")
        if self.kind:
            lines.append(f"kind: {self.kind}")
        if self.country:
            lines.append(f"country: {self.country}")
        if self.entity_type == "place":
            if self.has_coordinates:
                lines += [f"latitude: {self.latitude!r}", f"longitude: {self.longitude!r}"]
            else:  # the registry needs both for every place; the package has none to offer
                lines += ["latitude:  # required for a place: fill in", "longitude:  # required for a place: fill in"]
        lines.append(f"wikidata_id:  # {WIKIDATA_HINT}")
        return "\n".join([" " * dash + "- " + lines[0], *(pad + line for line in lines[1:])]) + "\n"


def _flow(values: list[str]) -> str:
    return yaml.safe_dump(values, default_flow_style=True, allow_unicode=True, width=10**6).strip()


def _scalar(value: str) -> str:
    return _flow([value])[1:-1]


def _aliases(name: str, texts: Iterable[str]) -> tuple[str, ...]:
    seen = {fold_text(name)}
    out = []
    for t in texts:
        if fold_text(t) not in seen:
            seen.add(fold_text(t))
            out.append(t)
    return tuple(out)


def discovered_entities(tables: Mapping[str, list[dict]], sentences: Sentences) -> list[EntityCandidate]:
    """Entities with is_curated false, ranked by articles, then mentions, then name and ID."""
    details = {}
    for table, key in ENTITY_TABLES.values():
        details.update({r[key]: r for r in tables[table]})
    mentions: dict[str, list[dict]] = {}
    for m in sorted(tables["mentions"], key=lambda m: (m["source_id"], m["char_start"], m["char_end"])):
        mentions.setdefault(m["entity_id"], []).append(m)
    out = []
    for e in tables["entities"]:
        if e["is_curated"]:
            continue
        eid = e["entity_id"]
        d = details.get(eid, {})
        found = mentions.get(eid, [])
        first = found[0] if found else None
        out.append(
            EntityCandidate(
                entity_id=eid,
                entity_type=e["entity_type"],
                name=e["name"],
                kind=d.get("kind"),
                country=d.get("country"),
                description=d.get("description"),
                latitude=d.get("latitude"),
                longitude=d.get("longitude"),
                aliases=_aliases(e["name"], (m["text"] for m in found if m["match_method"] != "short_name")),
                n_sources=e["n_sources"],
                n_mentions=e["n_mentions"],
                source_id=first["source_id"] if first else None,
                char_start=first["char_start"] if first else None,
                char_end=first["char_end"] if first else None,
                context=sentences.around(first["source_id"], first["char_start"], first["char_end"]) if first else None,
            )
        )
    out.sort(key=lambda c: (-c.n_sources, -c.n_mentions, c.name.casefold(), c.entity_id))
    return out
