"""One person, however the outlets romanise the name: 'Arsen Ghukasyan' and 'Arsen Gukasyan', 'Vardan Qasparyan' and
'Vardan Gasparyan', 'Emre Yıldız' and 'Emre Yildiz' are one row of the people table, not two.

Per-article extraction gives each discovered person an ID from the name as written (extract/entities.py); across a
corpus, the discovered people whose names differ only in the letters that romanisations of Armenian, Azerbaijani,
Russian and Turkish names swap take one ID: a registry person's when the spelling key is one of the registry's, else
the spelling most mentions use. The mentions keep their own text, so every spelling stays traceable."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from caucasus_peace.curated import Curated
from caucasus_peace.events.participants import with_keys_mapped
from caucasus_peace.extract.article import ArticleFacts
from caucasus_peace.extract.entities import Row, normalise_name, registry_row
from caucasus_peace.tables import Rows

# Letters one romanisation writes where another writes these: Azerbaijani 'ı', 'ə', 'q' (g), 'x' (kh) and the
# digraphs English spelling adds ('kh', 'gh', 'sh', 'ch'); 'y' and 'i' ('-yan', '-ian', 'Arkady', 'Arkadi').
_LETTERS = str.maketrans({"ı": "i", "ə": "a", "q": "g", "x": "k", "y": "i", "-": " "})
_DIGRAPHS = re.compile(r"([kgsc])h")
_DOUBLED = re.compile(r"([a-z])\1")  # 'Abbasov', 'Abasov'


def spelling_key(name: str) -> str | None:
    """What two romanisations of one name share; None for a single word (a surname alone says too little)."""
    folded = _DOUBLED.sub(r"\1", _DIGRAPHS.sub(r"\1", normalise_name(name).translate(_LETTERS)))
    words = folded.split()
    return " ".join(words) if len(words) >= 2 else None


def one_id_per_person(facts: list[ArticleFacts], curated: Curated) -> dict[str, str]:
    """{ID of a discovered person -> the ID it is one person with}, for the spellings that share a key."""
    registry: dict[str, set[str]] = defaultdict(set)
    for e in curated.registry.entities:
        if e.type == "person":
            for form in (e.name, *(a.name for a in e.aliases or ())):
                if (key := spelling_key(form)) is not None:
                    registry[key].add(e.id)
    mentions: Counter[str] = Counter(m["entity_id"] for f in facts for m in f.mentions)
    sources: Counter[str] = Counter(e["entity_id"] for f in facts for e in f.entities)
    groups: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        for e in f.entities:
            if e["entity_type"] == "person" and not e.get("is_curated") and (key := spelling_key(e["name"])):
                groups[key].add(e["entity_id"])
    out: dict[str, str] = {}
    for key, ids in groups.items():
        linked = registry.get(key, set())
        if len(linked) == 1:
            target = next(iter(linked))
        elif linked or len(ids) < 2:
            continue  # two registry people share the key: which one is meant is not for spelling to decide
        else:
            target = min(ids, key=lambda i: (-mentions[i], -sources[i], i))
        out.update({i: target for i in ids if i != target})
    return out


def with_one_id_per_person(facts: list[ArticleFacts], curated: Curated) -> list[ArticleFacts]:
    """The facts with every discovered spelling of a person under the person's one ID (see one_id_per_person)."""
    same = one_id_per_person(facts, curated)
    if not same:
        return facts
    targets = set(same.values())
    rows: dict[str, Row] = {}
    for f in facts:  # the chosen spelling's row from the first article (in source order) that has it
        for e in f.entities:
            if e["entity_id"] in targets:
                rows.setdefault(e["entity_id"], e)
    by_id = curated.registry.by_id
    return [
        dataclasses.replace(
            f,
            entities=_entities(f.entities, same, rows, by_id),
            mentions=[m | {"entity_id": same[m["entity_id"]]} if m["entity_id"] in same else m for m in f.mentions],
            events=[_claim(c, same) for c in f.events],
        )
        for f in facts
    ]


def _entities(entities: Iterable[Row], same: dict[str, str], rows: dict[str, Row], by_id: Mapping[str, Any]) -> Rows:
    """An article's entity rows, a variant spelling's row replaced by its person's (the name the ID stands for)."""
    out: dict[str, Row] = {}
    for e in entities:
        target = same.get(e["entity_id"])
        if target is None:
            out.setdefault(e["entity_id"], e)
            continue
        base = rows.get(target) or registry_row(by_id[target])
        # what this article says of the person fills what the chosen spelling's article left empty
        out.setdefault(target, base | {k: v for k, v in e.items() if base.get(k) is None and v is not None})
    return list(out.values())


def _claim(c: Row, same: dict[str, str]) -> Row:
    if not any(p["entity_id"] in same for p in c["participants"]):
        return c
    parts = [p | {"entity_id": same[p["entity_id"]]} if p["entity_id"] in same else p for p in c["participants"]]
    return with_keys_mapped(c | {"participants": parts}, same)
