"""Extract every fact from one article: the pure, parallelisable unit of work."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from caucasus_peace.curated import Curated
from caucasus_peace.events.claims import extract_events
from caucasus_peace.extract.body import non_body_spans
from caucasus_peace.extract.entities import extract_entities, registry_row
from caucasus_peace.extract.quantities import extract_quantities
from caucasus_peace.extract.timex import extract_time_expressions
from caucasus_peace.seeds import Article

Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class ArticleFacts:
    """Rows found in one article, with spans into its text; IDs and counts come later."""

    source_id: str
    entities: Rows = field(default_factory=list)
    mentions: Rows = field(default_factory=list)
    quantities: Rows = field(default_factory=list)
    time_expressions: Rows = field(default_factory=list)
    events: Rows = field(default_factory=list)


def _outside(rows: Rows, skip: list[tuple[int, int]]) -> Rows:
    """Drop rows whose span overlaps text that is not article body (link debris, follow lines)."""
    return [r for r in rows if not any(r["char_start"] < b and a < r["char_end"] for a, b in skip)]


def extract_article(article: Article, curated: Curated) -> ArticleFacts:
    text = article.text
    skip = non_body_spans(text)
    entities, mentions = extract_entities(text, curated.registry)
    mentions = _outside(mentions, skip)
    quantities = _outside(extract_quantities(text), skip)
    compiled = curated.uncertain_spans(article)
    timex = _outside(extract_time_expressions(text, article.published, compiled), skip)
    events = extract_events(
        text,
        article.published,
        mentions,
        timex,
        quantities,
        parties=curated.parties,
        demonyms=curated.demonyms,
        skip=skip,
        compiled=compiled,
        place_kinds={e["entity_id"]: e.get("kind") or "other" for e in entities if e["entity_type"] == "place"},
        entity_names={e["entity_id"]: e["name"] for e in entities}
        | {e.id: e.name for e in curated.registry.entities if e.type == "place" and e.kind == "country"},
    )
    sid = {"source_id": article.source_id}
    mentioned = {m["entity_id"] for m in mentions}
    # A country that takes part only through its adjective ("Israeli officials accused ...") is a registry entity
    # with no mention in this article; its row must exist for the participant to point at.
    parties_only = sorted({p["entity_id"] for c in events for p in c["participants"]} - mentioned)
    by_id = curated.registry.by_id
    return ArticleFacts(
        source_id=article.source_id,
        entities=[e for e in entities if e["entity_id"] in mentioned]
        + [registry_row(by_id[e]) for e in parties_only if e in by_id],
        mentions=[sid | m for m in mentions],
        quantities=[sid | q for q in quantities],
        time_expressions=[sid | t for t in timex],
        events=events,
    )
