"""An event after "before" that the text dates to a past year happened: "killed 30,000 people before a ceasefire in
1994" reports the ceasefire. Issue 12, forty-first round. Invented sentences (published in 2031)."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_ceasefire_in_a_past_year_after_before_happened() -> None:
    assert "ceasefire" in types("The war over Dravo killed thousands before a ceasefire in 1994.")
    assert "ceasefire" in types("The war over Dravo killed thousands before an Ostrel-brokered truce in May 1994.")


def test_a_ceasefire_without_a_year_after_before_is_still_a_condition() -> None:
    assert "ceasefire" not in types("Korvania ruled out any talks before a ceasefire with Meltoria.")
