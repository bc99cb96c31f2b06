"""An office, a station or a shelter opened is established: "Korvania opened a liaison office in Dravo", "opened an
emergency shelter in a school". Issue 12, forty-first round. Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_an_office_opened_is_established() -> None:
    assert "establishment" in types("Korvania opened a liaison office in Dravo on Thursday.")
    assert "establishment" in types("The rescue service opened an emergency shelter in a school in Dravo on Monday.")


def test_a_door_opened_is_no_establishment() -> None:
    assert "establishment" not in types("When the shelling started, they opened the door of the shelter in Dravo.")
