"""Events to check (caucasus_peace.review.events): low merge scores and missing dates, on invented rows."""

from __future__ import annotations

from caucasus_peace.review.events import LOW_MERGE, MERGE_THRESHOLD, NO_DATE, events_to_check


def event(event_id: str, precision: str = "day", n_sources: int = 1) -> dict:
    return {"event_id": event_id, "event_type": "meeting", "title": f"Meeting {event_id}", "date_precision": precision,
            "status": "occurred", "n_sources": n_sources}  # fmt: skip


def passage(event_id: str, source_id: str, start: int, score: float | None) -> dict:
    return {"event_id": event_id, "source_id": source_id, "char_start": start, "char_end": start + 10,
            "quote": "Ministers met.", "status": "occurred", "merge_score": score}  # fmt: skip


def test_threshold_ranking_and_reasons() -> None:
    tables = {
        "events": [
            event("evt-sure"),  # every merge at or above the threshold, dated: not listed
            event("evt-weak"),
            event("evt-weaker"),
            event("evt-back"),  # joined only by referring back (score 0)
            event("evt-undated", "unknown", n_sources=1),
            event("evt-undated-2", "unknown", n_sources=2),
            event("evt-both", "unknown"),
        ],
        "event_sources": [
            passage("evt-sure", "a1", 0, None),
            passage("evt-sure", "a2", 0, MERGE_THRESHOLD),
            passage("evt-weak", "a1", 0, None),
            passage("evt-weak", "a2", 5, 0.9),
            passage("evt-weaker", "a2", 0, 0.55),
            passage("evt-weaker", "a1", 0, None),
            passage("evt-back", "a1", 0, None),
            passage("evt-back", "a1", 50, 0.0),
            passage("evt-undated", "a1", 0, None),
            passage("evt-undated-2", "a1", 0, None),
            passage("evt-both", "a1", 0, None),
            passage("evt-both", "a3", 0, 0.95),
        ],
    }
    found = events_to_check(tables)
    assert [(e.event_id, e.reasons) for e in found] == [
        ("evt-weaker", (LOW_MERGE,)),
        ("evt-weak", (LOW_MERGE,)),
        ("evt-both", (LOW_MERGE, NO_DATE)),
        ("evt-back", (LOW_MERGE,)),
        ("evt-undated-2", (NO_DATE,)),
        ("evt-undated", (NO_DATE,)),
    ]
    weaker = found[0]
    assert [(p.source_id, p.merge_score) for p in weaker.passages] == [("a1", None), ("a2", 0.55)]  # article order
    assert weaker.min_merge_score == 0.55 and [p.merge_score for p in weaker.low_passages] == [0.55]
    assert found[3].min_merge_score == 0.0


def test_a_missing_score_read_as_nan_is_no_score() -> None:
    tables = {"events": [event("evt-a")], "event_sources": [passage("evt-a", "a1", 0, float("nan"))]}
    assert events_to_check(tables) == []
