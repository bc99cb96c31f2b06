"""People held by the other side who return to their country are released: 'citizens held in Korvania returned to
Dravo', 'detainees were returned to Dravo'; villages returned are not. Issue 12, thirty-ninth round. Invented
sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims


def types(text: str) -> set[str]:
    return {c["event_type"] for c in real_claims(text)}


def test_people_held_who_return_to_their_country_are_released() -> None:
    assert "release" in types("Fifteen Dravian citizens held in Korvania returned to Dravo overnight.")
    assert "release" in types("After the talks, 30 Dravian detainees were returned to Dravo.")
    assert "release" in types("Two Korvanian soldiers returned to Korvania on Monday after a month in custody.")


def test_villages_returned_are_no_release() -> None:
    assert "release" not in types("Four villages were returned to Korvania in May.")
    assert "release" not in types("Dravian citizens returned to Dravo after the holidays.")
