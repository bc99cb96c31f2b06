"""Readable titles of events: the type, who (actors first, one name per entity), where."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from caucasus_peace.events.context import Row
from caucasus_peace.events.lexicon import SOURCE_ROLES, TITLE_LABEL


def display_name(entity_id: str, names: Mapping[str, str]) -> str:
    """A readable name: the article's own wording for the entity, else one derived from its ID."""
    return names.get(entity_id) or entity_id.split("-", 1)[-1].replace("-", " ").title()


def make_title(etype: str, parts: Sequence[Row], place_name: str | None = None, aggregate: bool = False) -> str:
    """'Raid: Azerbaijani police, Sputnik (Baku)': the type, who (actors first, one name per entity), where."""
    label = "Wars" if aggregate else TITLE_LABEL[etype]
    ordered = sorted(parts, key=lambda p: p["role"] not in SOURCE_ROLES)  # stable: text order within a side
    names: list[str] = []
    seen: set[str] = set()
    for p in ordered:
        name = p.get("name") or display_name(p["entity_id"], {})
        if p["entity_id"] in seen or name in names or name == place_name:
            continue
        seen.add(p["entity_id"])
        names.append(name)
    title = label + (": " + ", ".join(names[:4]) if names else "")
    return title + (f" ({place_name})" if place_name else "")
