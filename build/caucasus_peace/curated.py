"""Curated knowledge under seeds/: the entity registry and reviewed corrections.

Loaded once per build, checked against the articles (every quote must occur in its article),
and passed to the per-article extraction as plain, picklable data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caucasus_peace.errors import SeedError
from caucasus_peace.registry import Registry, load_registry
from caucasus_peace.seeds import Article
from caucasus_peace.yaml_lines import LINE, load_yaml

PASSAGE_KEYS = {"source_id", "starts_at", "ends_before", "note"}


@dataclass(frozen=True)
class CompiledPassage:
    """A passage written before the article's publication date (an older story compiled into it)."""

    source_id: str
    starts_at: str
    ends_before: str | None
    note: str

    def span(self, text: str) -> tuple[int, int] | None:
        start = text.find(self.starts_at)
        if start < 0:
            return None
        end = text.find(self.ends_before, start) if self.ends_before else -1
        return (start, end if end >= 0 else len(text))


@dataclass(frozen=True)
class Curated:
    registry: Registry
    compiled_passages: tuple[CompiledPassage, ...] = ()
    # Derived once per build from the registry: who acts for which country, and country adjectives.
    parties: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    # Reviewed corrections to the automatic events (seeds/events.yaml), applied when merging.
    event_curation: tuple[dict[str, Any], ...] = ()

    def uncertain_spans(self, article: Article) -> list[tuple[int, int]]:
        """Spans of the article whose relative dates need not count from its publication date."""
        spans = [p.span(article.text) for p in self.compiled_passages if p.source_id == article.source_id]
        return [s for s in spans if s is not None]


def load_corrections(path: Path, articles: dict[str, Article]) -> tuple[CompiledPassage, ...]:
    if not path.exists():
        return ()
    doc = load_yaml(path) or {}
    passages = []
    for item in doc.get("compiled_passages", []) or []:
        line = item.pop(LINE)
        unknown = set(item) - PASSAGE_KEYS
        if unknown:
            raise SeedError(path, f"unknown key(s) {sorted(unknown)} in compiled_passages", line)
        for key in ("source_id", "starts_at", "note"):
            if not item.get(key):
                raise SeedError(path, f"compiled_passages entry lacks {key}", line)
        article = articles.get(item["source_id"])
        if article is None:
            raise SeedError(path, f"source_id {item['source_id']!r} is not in seeds/sources.csv", line)
        passage = CompiledPassage(item["source_id"], item["starts_at"], item.get("ends_before"), item["note"])
        if passage.span(article.text) is None:
            raise SeedError(path, f"starts_at {item['starts_at']!r} does not occur in {item['source_id']}", line)
        passages.append(passage)
    return tuple(passages)


def load_curated(seeds_dir: Path, articles: list[Article]) -> Curated:
    from caucasus_peace.events.curation import load_event_curation
    from caucasus_peace.events.parties import party_tables

    by_id = {a.source_id: a for a in articles}
    registry = load_registry(seeds_dir / "registry.yaml")
    parties, demonyms = party_tables(registry)
    events_file = seeds_dir / "events.yaml"
    return Curated(
        registry=registry,
        compiled_passages=load_corrections(seeds_dir / "corrections.yaml", by_id),
        parties=parties,
        demonyms=demonyms,
        event_curation=tuple(load_event_curation(events_file, {a.source_id: a.text for a in articles}))
        if events_file.exists()
        else (),
    )
