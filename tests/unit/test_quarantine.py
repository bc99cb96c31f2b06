"""A quarantine imposed bans movement ('imposed a quarantine on livestock movement', 'a quarantine was imposed').
Issue 12, fortieth round. Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_quarantine_imposed_is_a_ban() -> None:
    assert "ban" in types("The Korvanian food agency imposed a quarantine on livestock movement in Ostrel on Tuesday.")
    assert "ban" in types("On March 4 a quarantine was imposed in the villages around Dravo.")
