"""People turned back or away at a border are kept out: a ban ('turned back a group of 38 pilgrims', 'was turned away
at the crossing'). Issue 12, fortieth round. Invented sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_people_turned_back_are_banned() -> None:
    assert "ban" in types("Korvanian border guards turned back a group of 38 pilgrims on Sunday.")
    assert "ban" in types("Tomas Veil was turned away at the Dravo crossing on Thursday.")
