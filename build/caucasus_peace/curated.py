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
from caucasus_peace.seeds import Article, check_inside
from caucasus_peace.yaml_lines import LINE, load_yaml

PASSAGE_KEYS = {"source_id", "starts_at", "ends_before", "note"}
CURATED_FILES = ("registry.yaml", "corrections.yaml", "events.yaml")


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
    countries: dict[str, str] = field(default_factory=dict)  # country name or alias (lower case) -> country place
    # Reviewed corrections to the automatic events (seeds/events.yaml), applied when merging.
    event_curation: tuple[dict[str, Any], ...] = ()

    def uncertain_spans(self, article: Article) -> list[tuple[int, int]]:
        """Spans of the article whose relative dates need not count from its publication date."""
        spans = [p.span(article.text) for p in self.compiled_passages if p.source_id == article.source_id]
        return [s for s in spans if s is not None]


def _passage(path: Path, item: Any, articles: dict[str, Article], line: int) -> CompiledPassage:
    if not isinstance(item, dict):
        raise SeedError(path, "each compiled_passages entry must be a mapping (source_id, starts_at, ...)", line)
    line = item.pop(LINE)
    unknown = set(item) - PASSAGE_KEYS
    if unknown:
        raise SeedError(path, f"unknown key(s) {sorted(unknown, key=str)} in compiled_passages", line)
    for key in ("source_id", "starts_at", "note"):
        if not item.get(key):
            raise SeedError(path, f"compiled_passages entry lacks {key}", line)
    for key in PASSAGE_KEYS:
        if key in item and not isinstance(item[key], str):
            raise SeedError(path, f"{key} must be text (quote it), not {type(item[key]).__name__}", line)
    article = articles.get(item["source_id"])
    if article is None:
        raise SeedError(path, f"source_id {item['source_id']!r} is not in seeds/sources.csv", line)
    passage = CompiledPassage(item["source_id"], item["starts_at"], item.get("ends_before"), item["note"])
    start = article.text.find(passage.starts_at)
    if start < 0:
        raise SeedError(path, f"starts_at {item['starts_at']!r} does not occur in {item['source_id']}", line)
    if passage.ends_before is not None and article.text.find(passage.ends_before, start) < 0:
        raise SeedError(
            path,
            f"ends_before {passage.ends_before!r} does not occur after starts_at in {item['source_id']}; "
            "fix the quote, or leave ends_before out to run to the end of the article",
            line,
        )
    return passage


def load_corrections(path: Path, articles: dict[str, Article]) -> tuple[CompiledPassage, ...]:
    if not path.exists():
        return ()
    doc = load_yaml(path)
    if doc is None:
        return ()
    if not isinstance(doc, dict):
        raise SeedError(path, "must be a mapping with the key compiled_passages", 1)
    top_line = doc.pop(LINE)
    unknown = set(doc) - {"compiled_passages"}
    if unknown:
        raise SeedError(path, f"unknown top-level key(s) {sorted(unknown, key=str)}", top_line)
    items = doc.get("compiled_passages") or []
    if not isinstance(items, list):
        raise SeedError(path, "compiled_passages must be a list of entries", top_line)
    return tuple(_passage(path, item, articles, top_line) for item in items)


def load_curated(seeds_dir: Path, articles: list[Article]) -> Curated:
    by_id = {a.source_id: a for a in articles}
    for name in CURATED_FILES:
        if (seeds_dir / name).exists() or (seeds_dir / name).is_symlink():
            check_inside(seeds_dir, seeds_dir / name)
    registry = load_registry(seeds_dir / "registry.yaml")
    passages = load_corrections(seeds_dir / "corrections.yaml", by_id)
    # The event layer takes seconds to import: only once the registry and corrections are known good.
    from caucasus_peace.events.curation import load_event_curation
    from caucasus_peace.events.parties import country_names, party_tables

    parties, demonyms = party_tables(registry)
    events_file = seeds_dir / "events.yaml"
    return Curated(
        registry=registry,
        compiled_passages=passages,
        parties=parties,
        demonyms=demonyms,
        countries=country_names(registry),
        event_curation=tuple(load_event_curation(events_file, {a.source_id: a.text for a in articles}))
        if events_file.exists()
        else (),
    )
