"""Events a reviewer should read: merges the rule was unsure of, and events no report dates.

MERGE_THRESHOLD: a passage joined its event with ``event_sources.merge_score`` below 1.0. The score adds the
share of parties the passage and the event have in common (Jaccard, up to 1), 0.5 when both are dated (and,
for the merge to happen at all, overlap), 0.3 for the same actors, 0.2 for the same article, 0.1 for the same
place and up to 0.5 for shared distinctive words (events.merge). 1.0 is what one whole piece of evidence
gives: the same parties, or dates that agree plus half the parties. Below it the merge rests on partial
evidence. A score of 0 marks a passage joined because it refers back to what its article had just reported
("the talks"): listed too, since that is a judgement of the same kind.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

MERGE_THRESHOLD = 1.0
LOW_MERGE = "low_merge_score"
NO_DATE = "no_date"


@dataclass(frozen=True)
class Passage:
    source_id: str
    char_start: int
    char_end: int
    quote: str
    status: str
    merge_score: float | None

    @property
    def is_low(self) -> bool:
        return self.merge_score is not None and self.merge_score < MERGE_THRESHOLD


@dataclass(frozen=True)
class EventCheck:
    event_id: str
    event_type: str
    title: str
    date_precision: str
    status: str
    n_sources: int
    reasons: tuple[str, ...]  # LOW_MERGE and/or NO_DATE
    passages: tuple[Passage, ...]  # in article order

    @property
    def min_merge_score(self) -> float | None:
        scores = [p.merge_score for p in self.passages if p.merge_score is not None]
        return min(scores) if scores else None

    @property
    def low_passages(self) -> tuple[Passage, ...]:
        return tuple(p for p in self.passages if p.is_low)


def _score(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def events_to_check(tables: Mapping[str, list[dict]]) -> list[EventCheck]:
    """Events with a passage merged below MERGE_THRESHOLD (lowest score first; those whose only such passages
    refer back come last among them), then undated events (most reported first)."""
    passages: dict[str, list[Passage]] = {}
    for r in tables["event_sources"]:
        passages.setdefault(r["event_id"], []).append(
            Passage(r["source_id"], r["char_start"], r["char_end"], r["quote"], r["status"], _score(r["merge_score"]))
        )
    out = []
    for e in tables["events"]:
        found = sorted(passages.get(e["event_id"], []), key=lambda p: (p.source_id, p.char_start))
        reasons = (LOW_MERGE,) * any(p.is_low for p in found) + (NO_DATE,) * (e["date_precision"] == "unknown")
        if reasons:
            out.append(
                EventCheck(
                    e["event_id"],
                    e["event_type"],
                    e["title"],
                    e["date_precision"],
                    e["status"],
                    e["n_sources"],
                    reasons,
                    tuple(found),
                )
            )

    def rank(c: EventCheck) -> tuple:
        # Passages that refer back (score 0) are one article's own reading: after the merges scored low.
        lows = [p.merge_score if p.merge_score else MERGE_THRESHOLD for p in c.low_passages]
        return (not lows, min(lows, default=0.0), -c.n_sources, c.event_id)

    out.sort(key=rank)
    return out
