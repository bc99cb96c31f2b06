"""A people that leaves a region for a country is displaced ('more than 90,000 people have left Ostrel for Korvania',
'many residents of Dravo left for Korvania'); something left for later is not. Issue 12, fortieth round. Invented
sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_people_who_leave_a_region_for_a_country_are_displaced() -> None:
    assert "displacement" in types("More than 90,000 people have left Ostrel for Korvania.")
    assert "displacement" in types("Before the handover, many residents of Dravo left for Korvania.")


def test_what_is_left_for_later_is_no_displacement() -> None:
    assert "displacement" not in types("The island was left for later talks in Dravo.")
