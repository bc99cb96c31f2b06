"""Collect the review's lists from a built package: its tables and the texts of its articles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from caucasus_peace.errors import CaucasusPeaceError
from caucasus_peace.paths import DATA_DIRNAME
from caucasus_peace.review.context import Sentences
from caucasus_peace.review.entities import EntityCandidate, discovered_entities
from caucasus_peace.review.events import LOW_MERGE, MERGE_THRESHOLD, NO_DATE, EventCheck, events_to_check
from caucasus_peace.review.spans import SpanCandidate, unlinked_spans

TABLES = ("sources", "entities", "people", "organizations", "places", "mentions", "events", "event_sources",
          "time_expressions")  # fmt: skip


@dataclass(frozen=True)
class Review:
    entities: list[EntityCandidate]
    spans: list[SpanCandidate]
    events: list[EventCheck]
    n_articles: int
    missing_texts: tuple[str, ...]  # articles whose text was not at hand: no contexts, no spans from them

    def summary(self) -> str:
        low = sum(LOW_MERGE in e.reasons for e in self.events)
        undated = sum(NO_DATE in e.reasons for e in self.events)
        return (
            f"{_n(self.n_articles, 'article')}: {_n(len(self.entities), 'discovered entity', 'discovered entities')} "
            f"not in the registry, {_n(len(self.spans), 'unlinked name-like span')}, "
            f"{_n(len(self.events), 'event')} to check ({low} with a merge score below {MERGE_THRESHOLD:.1f}, "
            f"{undated} without a date)"
        )


def _n(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def build_review(tables: Mapping[str, list[dict]], texts: Mapping[str, str]) -> Review:
    """Everything the review lists, from the package's tables and the texts of its articles."""
    sources = sorted(r["source_id"] for r in tables["sources"])
    at_hand = {sid: texts[sid] for sid in sources if sid in texts}
    sentences = Sentences(at_hand)
    return Review(
        entities=discovered_entities(tables, sentences),
        spans=unlinked_spans(at_hand, tables["mentions"], tables["time_expressions"], sentences),
        events=events_to_check(tables),
        n_articles=len(sources),
        missing_texts=tuple(sid for sid in sources if sid not in at_hand),
    )


def read_tables(root: Path) -> dict[str, list[dict]]:
    """The tables the review reads, from ROOT/data/<table>.parquet (typed as the build wrote them)."""
    import pyarrow.parquet as pq

    tables = {}
    for name in TABLES:
        path = root / DATA_DIRNAME / f"{name}.parquet"
        if not path.is_file():
            raise CaucasusPeaceError(f"{path}: missing; run `caucasus-peace build` first (or pass --root)")
        try:
            tables[name] = pq.read_table(path).to_pylist()
        except Exception as e:  # a damaged file is the user's to fix, in one line
            raise CaucasusPeaceError(f"{path}: cannot be read ({e}); rebuild with `caucasus-peace build`") from None
    return tables


def read_texts(tables: Mapping[str, list[dict]], seeds_dir: Path) -> dict[str, str]:
    """The article texts under seeds_dir/articles whose SHA-256 is the one the package records."""
    from caucasus_peace.site import read_seed_texts

    return read_seed_texts([(r["source_id"], r["sha256"]) for r in tables["sources"]], seeds_dir)
