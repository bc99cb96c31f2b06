"""A parliament's vote for a treaty is its ratification; defending a protocol is a statement. Issue 12, thirty-ninth
round. Invented sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims


def types(text: str) -> set[str]:
    return {c["event_type"] for c in real_claims(text)}


def test_a_vote_for_a_treaty_is_its_ratification() -> None:
    assert "ratification" in types("The Grand Assembly voted for the protocol on Monday by 68 votes to none.")
    assert "ratification" in types("Lawmakers in Dravo voted in favour of the border treaty on Monday.")
    assert "ratification" not in types("Lawmakers in Dravo voted for a new speaker on Monday.")


def test_defending_a_protocol_is_a_statement() -> None:
    assert "statement" in types("Alda Brun defended the border protocol on Monday, calling it a guarantee of peace.")
