"""A saying after a comma is no part of an intent told before it: in "Korvania wants to sign the accord, Alda Brun
said on Friday" Alda Brun's saying is reported (the signing stays wanted, not done). Issue 12, forty-first round.
Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_saying_after_an_intent_is_reported() -> None:
    found = types("Korvania wants to sign the accord, Alda Brun said on Friday.")
    assert "statement" in found and "agreement_signing" not in found


def test_a_saying_inside_an_intent_is_not() -> None:
    assert "statement" not in types("Korvania urged Meltoria to announce the results in Dravo.")
