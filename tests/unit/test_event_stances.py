"""A position held governs what it says: 'Korvania has repeatedly said it will sign only after ...', 'Meltoria
maintains that the treaty can be signed only once ...'. What it says is a stance, not the day's news of a news story
(no date from the story's day), and a condition set in it stands (ongoing). A condition said once, or on a day, is
still a demand made then. Invented sentences and names."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import PUB, one

LEDE = "DRAVO, March 12 (Wire) - Korvania and Meltoria held border talks in Ostrel on Wednesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvania has repeatedly said it will sign the treaty only after Meltoria changes its constitution.",
        "Korvania maintains that the treaty can only be signed after Meltoria changes its constitution.",
        "Korvania has insisted for more than a year that it will sign only once Meltoria changes its constitution.",
        "Korvania has long said that the treaty can be signed only after Meltoria changes its constitution.",
    ],
)
def test_a_condition_in_a_position_held_is_undated_and_stands(sentence: str) -> None:
    demand = one(real_claims(LEDE + sentence), "demand")
    assert demand["date_start"] is None
    assert demand["status"] == "ongoing"


@pytest.mark.parametrize(
    "sentence",
    [
        # said once, in the past: the demand was made then, and the story's day dates it
        "Korvania said the treaty can be signed only after Meltoria changes its constitution.",
        "Korvania has said the treaty can be signed only after Meltoria changes its constitution.",
    ],
)
def test_a_condition_said_once_is_a_demand_made(sentence: str) -> None:
    assert one(real_claims(LEDE + sentence), "demand")["status"] == "occurred"


def test_a_condition_said_on_a_day_keeps_its_day() -> None:
    text = LEDE + "Alda Brun said on Tuesday that Korvania would sign only after Meltoria changed its constitution."
    demand = one(real_claims(text), "demand")
    assert demand["date_start"] == demand["date_end"] == dt.date(2031, 3, 11)
    assert demand["status"] == "occurred"


def test_a_plain_saying_of_the_days_news_is_still_dated() -> None:
    # the governing verb must hold a position: "said" in a news story is the day's news
    text = LEDE + "Korvania said it will sign the treaty only after Meltoria changes its constitution."
    assert one(real_claims(text), "demand")["date_start"] == PUB


def test_a_position_in_another_clause_governs_nothing() -> None:
    text = LEDE + "Meltoria has repeatedly criticised the talks, while Korvania welcomed the agreement."
    assert one(real_claims(text), "statement")["date_start"] is not None
