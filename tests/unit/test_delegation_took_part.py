"""A delegation that takes part in a gathering abroad visits ('an official Korvanian delegation took part in a trade
conference in Dravo'); a host who does not take part in the talks visits no one. Issue 12, fortieth round. Invented
sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_delegation_at_a_gathering_abroad_visits() -> None:
    assert "visit" in types("An official Korvanian delegation took part in a trade conference in Dravo on Tuesday.")


def test_not_taking_part_in_the_talks_is_no_visit() -> None:
    assert "visit" not in types("Tomas Veil hosted both delegations for dinner but did not take part in the talks.")
