"""An event named as what stands in the way, what a timetable is for or what is made conditional on something has
not happened: "the main obstacle to signing", "agreed a timetable for the withdrawal", "has made signing conditional
on". Issue 12, forty-first round. Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_an_obstacle_to_an_event_is_no_event() -> None:
    assert "agreement_signing" not in types("The vote would remove the last obstacle to signing the accord in Dravo.")


def test_a_timetable_for_an_event_is_no_event() -> None:
    found = types("Korvania and Meltoria agreed on Tuesday on a timetable for the withdrawal of their troops.")
    assert "withdrawal" not in found


def test_an_event_made_conditional_on_something_is_no_event() -> None:
    assert "agreement_signing" not in types("Meltoria has made signing conditional on a change to the charter.")
    assert "agreement_signing" not in types("Meltoria has made its signature contingent on a new charter.")


def test_a_signing_itself_is_still_a_signing() -> None:
    assert "agreement_signing" in types("Korvania and Meltoria signed the accord in Dravo on Friday.")
