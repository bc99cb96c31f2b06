"""A conference, forum or congress told as a gathering ("a donors' conference in Dravo on Friday", "the forum, which
opens on Friday", "The conference was chaired by Alda Brun", "attended the conference") is a meeting; a press or news
conference, or a conference someone told, spoke at or covered, is where something was said, not a gathering of its
own. Issue 12, forty-seventh round. Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import one


@pytest.mark.parametrize(
    "sentence",
    [
        "Donors pledged money for demining at a donors' conference in Dravo on Friday.",
        "A regional forum on water opened in Ostrel on Friday.",
        "The forum, which opens on Friday and lasts three days, brings together editors from Korvania and Meltoria.",
        "The conference was chaired by Alda Brun.",
        "Delegations from 30 countries attended the conference in Ostrel.",
    ],
)
def test_a_gathering_told_as_such_is_a_meeting(sentence: str) -> None:
    one(real_claims(sentence), "meeting")


@pytest.mark.parametrize(
    "sentence",
    [
        "Alda Brun told a press conference in Dravo on Friday that the border was calm.",
        "Tomas Veil spoke at a news conference in Ostrel on Friday.",
        "Alda Brun told a conference in Dravo last month that trade with Meltoria would grow.",
        "The expulsion was revenge for his speech at a forum in Ostrel in February.",
        "The reporter had been accredited to cover an energy forum in Dravo.",
    ],
)
def test_a_gathering_where_something_was_said_is_no_meeting(sentence: str) -> None:
    assert "meeting" not in {c["event_type"] for c in real_claims(sentence)}
