"""An exchange of 'detained persons' releases them; the adjective names the people, it reports no detention.
Issue 12, fortieth round. Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_an_exchange_of_detained_persons_is_a_release() -> None:
    assert types("Korvania and Meltoria carried out an exchange of detained persons on the border on Saturday.") == {
        "release"
    }
    assert "detention" not in types("The sides will exchange prisoners of war, other detained persons and the dead.")


def test_people_detained_are_still_a_detention() -> None:
    assert "detention" in types("Police detained five people in Dravo on Monday.")
