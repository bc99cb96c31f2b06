"""A parliament due to take up a treaty plans its ratification ('the Grand Assembly is due to vote on the agreement on
March 20', 'is expected to review it next month'); another body due to review a document does not. Issue 12, fortieth
round. Invented sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims


def ratifications(text: str) -> list[str]:
    return [c["status"] for c in real_claims(text) if c["event_type"] == "ratification"]


def test_a_parliament_due_to_take_up_a_treaty_plans_its_ratification() -> None:
    assert ratifications("Korvania's parliament is due to vote on the agreement on March 20.") == ["planned"]
    assert ratifications("The Grand Assembly is expected to take up the protocol next month.") == ["planned"]


def test_a_commission_due_to_review_a_document_ratifies_nothing() -> None:
    assert ratifications("The commission is due to review the document next week.") == []


def test_any_legislature_is_read_by_the_generic_word_in_its_name() -> None:
    assert ratifications("The State Duma is due to vote on the treaty on March 20.") == ["planned"]
    assert ratifications("Meltoria's legislature is expected to take up the protocol next month.") == ["planned"]
