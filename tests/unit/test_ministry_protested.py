"""A ministry or a government that protests a decision makes a diplomatic protest; a crowd that protests outside a
building holds a protest. Issue 12, thirty-ninth round. Invented sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims


def types(text: str) -> set[str]:
    return {c["event_type"] for c in real_claims(text)}


def test_a_ministry_that_protests_makes_a_diplomatic_protest() -> None:
    assert "diplomatic_protest" in types("The Korvanian Foreign Ministry protested the decision on Monday.")
    assert "diplomatic_protest" in types("The government has strongly protested against the arrest of its citizen.")


def test_a_crowd_that_protests_holds_a_protest() -> None:
    assert types("Hundreds of farmers protested outside the district administration on Monday.") == {"protest"}
