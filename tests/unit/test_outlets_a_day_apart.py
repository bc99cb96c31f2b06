"""Two outlets date one event a day apart, and the later date falls after the earlier outlet's publication: one of
them is wrong, but the reports are still of one event (each keeps its own date in event_sources)."""

from __future__ import annotations

import datetime as dt

from caucasus_peace.events.curation import merge_events
from tests.unit.test_events import claims

DAY = dt.date(2031, 3, 11)
OTHER = "Meltoria detained Tomas Veil near Dravo in February. Korvania troops shelled Dravo in May."


def dated(text: str, day: dt.date, published: dt.date) -> list[dict]:
    return [
        {**c, "date_start": day, "date_end": day, "date_precision": "day", "published": published}
        for c in claims(text, pub=published)
    ]


def phone_calls(later_by: int) -> tuple[list[dict], list[dict]]:
    first = dated("Alda Brun held a telephone conversation with Tomas Veil about the Ostrel crossing.", DAY, DAY)
    second = dated(
        "Alda Brun spoke by telephone with Tomas Veil about the Ostrel crossing.",
        DAY + dt.timedelta(days=later_by),
        DAY + dt.timedelta(days=later_by + 1),
    )
    events, _, sources, _ = merge_events({"a": first, "b": second, "c": claims(OTHER)})
    return [e for e in events if e["event_type"] == "phone_call"], sources


def test_a_call_dated_the_day_after_the_first_reports_publication_is_the_same_call() -> None:
    calls, sources = phone_calls(later_by=1)
    assert [e["n_sources"] for e in calls] == [2]
    own = {s["source_id"]: s["passage_date_start"] for s in sources if s["event_id"] == calls[0]["event_id"]}
    assert own == {"a": DAY, "b": DAY + dt.timedelta(days=1)}


def test_a_call_dated_days_later_is_another_call() -> None:
    calls, _ = phone_calls(later_by=4)
    assert sorted(e["n_sources"] for e in calls) == [1, 1]
