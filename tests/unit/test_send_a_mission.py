"""A body that sends a mission or a team to a region visits it ('would send a mission to the region', 'will send a
mission led by its secretary-general to the area'). Issue 12, fortieth round. Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_time_clauses import real_claims


@pytest.mark.parametrize(
    "text",
    [
        "The Grand Assembly said on Monday it would send a mission to the region.",
        "The Grand Assembly will send a mission led by its secretary-general, Tomas Veil, to the area.",
        "The Grand Assembly would send a technical team to Dravo later this month to check the radar.",
    ],
)
def test_sending_a_mission_is_a_visit(text: str) -> None:
    visits = [c for c in real_claims(text) if c["event_type"] == "visit"]
    assert visits and visits[0]["status"] == "planned"
