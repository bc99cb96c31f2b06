"""A verdict told over several sentences, each naming some of the defendants, is one event: an undated sentence
of a ruling continues the ruling its article has just told; one told further on, or dated apart, stays its own."""

from __future__ import annotations

from caucasus_peace.events.curation import merge_events
from tests.unit.test_events import claims


def rulings(text: str) -> list[int]:
    events, _, sources, _ = merge_events({"a": claims(text)})
    passages = {e["event_id"]: 0 for e in events if e["event_type"] == "court_ruling"}
    for s in sources:
        if s["event_id"] in passages:
            passages[s["event_id"]] += 1
    return sorted(passages.values())


def test_the_next_sentence_of_a_verdict_is_the_same_verdict() -> None:
    text = (
        "A court in Dravo sentenced Tomas Veil to five years in prison in May for blocking the Ostrel road. "
        "Alda Brun was sentenced to two years."
    )
    assert rulings(text) == [2]


def test_a_ruling_dated_apart_stays_its_own() -> None:
    text = (
        "A court in Dravo sentenced Tomas Veil to five years in prison in May for blocking the Ostrel road. "
        "Alda Brun was sentenced to two years in February."
    )
    assert rulings(text) == [1, 1]
