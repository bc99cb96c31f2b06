"""Land handed back is withdrawn from ('is to hand back the Ostrel district by November 15', 'handed back four
villages to Korvania'). Issue 12, fortieth round. Invented sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims, real_types


def test_land_handed_back_is_a_withdrawal() -> None:
    cs = real_claims("Meltoria is to hand back the Ostrel district to Korvania by November 15.")
    assert [c["status"] for c in cs if c["event_type"] == "withdrawal"] == ["planned"]
    assert "withdrawal" in real_types("Meltoria handed back four villages to Korvania.")
