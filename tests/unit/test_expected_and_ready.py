"""What one side expects another to do ("Korvania expects Meltoria to release the soldiers") and what a side is ready
for ("ready for a visit") have not taken place: the expectation is a demand, the release or visit no event. Issue 12,
forty-seventh round. A meeting that observers expect ("diplomats expect the two to meet in June") is still planned.
Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import one


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvania expects Meltoria to release the two soldiers without delay.",
        "Alda Brun said on Friday that Korvania expected Meltoria to free the detained shepherds.",
    ],
)
def test_what_one_side_expects_the_other_to_do_is_a_demand_not_an_event(sentence: str) -> None:
    found = real_claims(sentence)
    one(found, "demand")
    assert "release" not in {c["event_type"] for c in found}


def test_a_gathering_others_expect_is_still_a_meeting() -> None:
    one(real_claims("Diplomats expect Alda Brun and Tomas Veil to meet in Dravo in June."), "meeting")


@pytest.mark.parametrize(
    "sentence",
    [
        "Meltoria said on Friday it was ready for a visit by Korvania monitors to Ostrel.",
        "Korvania signalled its readiness for talks with Meltoria in Dravo.",
    ],
)
def test_what_a_side_is_ready_for_has_not_taken_place(sentence: str) -> None:
    assert not {"visit", "talks", "meeting"} & {c["event_type"] for c in real_claims(sentence)}
