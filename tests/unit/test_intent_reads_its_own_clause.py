"""A plan word that frees an event from an intent ("weeks before a planned round of talks") is read between the
intent and the event only, not anywhere earlier in the article: "The session was expected to be long. Korvania wants
to sign the accord" still wants the signing. Issue 12, forty-first round. Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_plan_word_in_an_earlier_sentence_does_not_free_the_intent() -> None:
    text = "The session in Dravo was expected to be long. Korvania wants to sign the accord in December."
    assert "agreement_signing" not in types(text)


def test_a_planned_event_after_before_is_still_news() -> None:
    assert "talks" in types("Korvania recalled its envoy weeks before a planned round of talks in Dravo.")
