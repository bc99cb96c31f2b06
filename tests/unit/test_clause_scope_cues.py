"""Three small cues of one clause: a negation reaches the verb joined to its own by "or" ("has not summoned any
diplomats or suspended contacts"); what "which" refers to when captured is a place, not people ("Ostrel, which Meltoria
forces captured in 1993"); the establishment of a border, a route or relations is no body set up. Issue 12,
forty-seventh round. Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import one


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvania has not summoned any foreign diplomats or suspended contacts with Meltoria.",
        "Meltoria did not close its embassy or cancel the talks in Dravo.",
    ],
)
def test_a_negation_reaches_the_verb_joined_by_or(sentence: str) -> None:
    assert not {"cancellation", "diplomatic_protest"} & {c["event_type"] for c in real_claims(sentence)}


def test_a_negation_does_not_reach_a_verb_after_a_comma() -> None:
    found = real_claims("Korvania has not summoned the ambassador, but it cancelled the talks in Dravo on Friday.")
    one(found, "cancellation")


def test_a_place_which_forces_captured_is_taken_not_arrested() -> None:
    found = real_claims("The church stands in Ostrel, which Meltoria forces captured in 1993.")
    assert "arrest" not in {c["event_type"] for c in found}
    one(found, "military_offensive")


def test_people_who_were_captured_are_still_arrested() -> None:
    one(real_claims("Two Korvania soldiers who strayed across the line were captured by Meltoria on Friday."), "arrest")


@pytest.mark.parametrize(
    "sentence",
    [
        '"The talks serve the establishment of a stable and recognised border between our countries," Alda Brun said.',
        "Tomas Veil spoke on Friday of the creation of a transit route through Ostrel.",
    ],
)
def test_the_establishment_of_a_border_or_a_route_is_no_body_set_up(sentence: str) -> None:
    assert "establishment" not in {c["event_type"] for c in real_claims(sentence)}


def test_the_creation_of_a_commission_is_still_an_establishment() -> None:
    one(
        real_claims("Korvania and Meltoria agreed on Friday on the creation of a joint border commission."),
        "establishment",
    )
