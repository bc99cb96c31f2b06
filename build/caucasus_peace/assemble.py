"""Merge per-article facts into the published tables: IDs, entity tables and counts."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

from caucasus_peace.curated import Curated
from caucasus_peace.events.curation import merge_events
from caucasus_peace.events.participants import KEY_LISTS, with_keys_mapped
from caucasus_peace.extract.article import ArticleFacts, discovered_parties
from caucasus_peace.person_spellings import with_one_id_per_person
from caucasus_peace.schema import Package
from caucasus_peace.seeds import Article
from caucasus_peace.spreadsheet import free_text_columns, strip_free_text, trim_span, trim_spans
from caucasus_peace.tables import ENTITY_TABLES, Rows, sort_rows

DEFAULT_KIND = {"organization": "other", "place": "other"}


def span_id(prefix: str, source_id: str, char_start: int, char_end: int) -> str:
    """An ID that depends only on where the fact stands, so it survives unrelated changes."""
    digest = hashlib.sha256(f"{source_id}:{char_start}:{char_end}".encode()).hexdigest()[:16]
    return f"{prefix}-{digest}"


def _merge_entities(facts: list[ArticleFacts]) -> dict[str, dict[str, Any]]:
    """One record per entity_id; the first article (in source_id order) to give a value wins."""
    merged: dict[str, dict[str, Any]] = {}
    for f in facts:
        for e in f.entities:
            current = merged.setdefault(e["entity_id"], dict(e))
            for k, v in e.items():
                if current.get(k) is None and v is not None:
                    current[k] = v
    return merged


def _corpus_parties(facts: list[ArticleFacts], curated: Curated) -> dict[str, str]:
    """Discovered people whose title names their country in any article, to the first such country in source
    order: 'Davit Khudatyan' acts for Armenia in a report that gives him no title when another report does."""
    out: dict[str, str] = {}
    for f in facts:
        for eid, home in sorted(discovered_parties(f.entities, curated).items()):
            out.setdefault(eid, home)
    return out


def _with_corpus_parties(claims: list[dict[str, Any]], homes: dict[str, str]) -> list[dict[str, Any]]:
    """Claims whose merge keys name such a person as the person's country (the participants stay as written)."""
    out = []
    for c in claims:
        if any(k in homes for name in KEY_LISTS for k in c.get(name, ())):
            c = with_keys_mapped(c, homes)
        out.append(c)
    return out


def assemble(package: Package, articles: list[Article], facts: list[ArticleFacts], curated: Curated) -> dict[str, Rows]:
    facts = with_one_id_per_person(sorted(facts, key=lambda f: f.source_id), curated)
    # No span may start like a spreadsheet formula (see spreadsheet.py): trimmed before IDs are made.
    mentions = [
        m | {"mention_id": span_id("men", m["source_id"], m["char_start"], m["char_end"])}
        for f in facts
        for m in trim_spans(f.mentions, "text")
    ]
    n_mentions: dict[str, int] = defaultdict(int)
    sources_of: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        n_mentions[m["entity_id"]] += 1
        sources_of[m["entity_id"]].add(m["source_id"])
    entities = _merge_entities(facts)
    for eid, e in entities.items():
        e["n_mentions"] = n_mentions[eid]
        e["n_sources"] = len(sources_of[eid])
        if e.get("kind") is None and e["entity_type"] in DEFAULT_KIND:
            e["kind"] = DEFAULT_KIND[e["entity_type"]]
    by_type: dict[str, Rows] = {t: [] for t in ENTITY_TABLES}
    for e in entities.values():
        _, pk = ENTITY_TABLES[e["entity_type"]]
        by_type[e["entity_type"]].append(e | {pk: e["entity_id"]})
    homes = _corpus_parties(facts, curated)
    events, participants, evidence, measured_by = merge_events(
        {f.source_id: _with_corpus_parties(f.events, homes) for f in facts}, list(curated.event_curation)
    )
    quantities = [
        safe
        | {
            "quantity_id": span_id("qty", safe["source_id"], safe["char_start"], safe["char_end"]),
            "event_id": measured_by.get((q["source_id"], q["char_start"], q["char_end"])),
        }
        for f in facts
        for q in f.quantities
        if (safe := trim_span(q, "text")) is not None
    ]
    rows: dict[str, Rows] = {
        "sources": [a.source_row() for a in articles],
        "entities": list(entities.values()),
        "mentions": mentions,
        "quantities": quantities,
        "time_expressions": trim_spans((t for f in facts for t in f.time_expressions), "text"),
        "events": events,
        "event_participants": participants,
        "event_sources": trim_spans(evidence, "quote"),
    }
    for etype, (table, _) in ENTITY_TABLES.items():
        rows[table] = by_type[etype]
    # Free text derived from articles (names, titles, counted nouns) never starts like a formula either.
    safe = {name: strip_free_text(rows[name], free_text_columns(t.fields)) for name, t in package.tables.items()}
    return {name: sort_rows(t, safe[name]) for name, t in package.tables.items()}
