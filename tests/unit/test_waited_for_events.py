"""What something depends on has not taken place ("signing still depends on a referendum"), but a saying about what
depends on what was said ("the committee said the schedule depends on ..."). Issue 12, forty-sixth round: a condition
is not an event that occurred. Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_time_clauses import real_claims, real_types

LEDE = "Meltoria accused Korvania on Tuesday of delaying the return of displaced families to Ostrel.\n"


@pytest.mark.parametrize(
    ("sentence", "waited_for"),
    [
        ("Signing the treaty still depends on a referendum in Korvania.", "referendum"),
        ("Alda Brun said on Monday that a lasting truce depends on a withdrawal of Meltorian troops.", "withdrawal"),
        ("Korvania has made the deal conditional on the signing of a border treaty.", "agreement_signing"),
        ("Everything now hinges on the ratification of the protocol by the Grand Assembly.", "ratification"),
    ],
)
def test_an_event_something_waits_for_did_not_take_place(sentence: str, waited_for: str) -> None:
    assert waited_for not in real_types(sentence)


def test_the_same_event_told_as_news_stays() -> None:
    assert "referendum" in real_types("A referendum was held in Korvania in June.")


def test_a_saying_about_what_depends_on_what_was_said() -> None:
    sentence = "The Defence Ministry said that their return depends on the clearing of the mines."
    found = [c for c in real_claims(LEDE + sentence) if c["char_start"] >= len(LEDE)]
    assert [c["event_type"] for c in found] == ["statement"]


def test_a_demand_something_depends_on_was_made() -> None:
    sentence = "Signing the treaty still depends on Meltoria's demand that Korvania change its constitution."
    assert "demand" in real_types(sentence)
