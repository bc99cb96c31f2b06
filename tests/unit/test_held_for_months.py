"""People held for a span of time, or still held somewhere, are in detention; talks held somewhere are not.
Issue 12, thirty-ninth round. Invented sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims


def statuses(text: str, etype: str) -> list[str]:
    return [c["status"] for c in real_claims(text) if c["event_type"] == etype]


def test_people_held_for_months_or_still_held_are_detained() -> None:
    assert statuses("The two Korvanian soldiers had been held in Dravo for more than three months.", "detention")
    assert statuses("At least 17 Dravians were still held in Korvania.", "detention") == ["ongoing"]


def test_talks_held_somewhere_are_no_detention() -> None:
    assert not statuses("Talks were held in Dravo for two days.", "detention")
    assert not statuses("The next round of talks will be held in Dravo.", "detention")


def test_people_named_as_still_held_are_no_report_of_a_detention() -> None:
    assert not statuses("Crowds carried portraits of Dravians still held in Korvania.", "detention")
