"""Visitors who fly into a city visit it; shells or a helicopter that land somewhere do not. Issue 12, fortieth round.
Invented sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_flying_into_a_city_is_a_visit() -> None:
    assert "visit" in types("The Korvanian delegation flew into Dravo on Friday.")


def test_what_lands_somewhere_does_not_visit_it() -> None:
    assert "visit" not in types("The Defence Ministry said at least five mortar rounds landed in Ostrel on Sunday.")
    assert "visit" not in types("A Korvanian helicopter made an emergency landing in Ostrel on Sunday.")
