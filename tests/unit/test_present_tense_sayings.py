"""A saying in the present tense ("Meltoria says it will not sign until ...") is a stance held, and a headline's
"Korvania says ..." sums up what the story reports: neither is a saying of its own. Issue 12, forty-first round.
Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_stance_in_the_present_is_no_statement() -> None:
    assert "statement" not in types("Meltoria says it still hopes to convene the commission in Dravo in the autumn.")


def test_a_headline_saying_in_the_present_is_no_event_of_its_own() -> None:
    found = types("Korvania says Meltorian fire hit a school in Dravo\n\nA school in Dravo was damaged on Friday.")
    assert "statement" not in found and "accusation" not in found


def test_a_saying_in_the_past_stays_a_statement() -> None:
    assert "statement" in types("Alda Brun said on Friday that she still hoped to convene the commission in Dravo.")
