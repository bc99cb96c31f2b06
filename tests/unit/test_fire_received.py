"""Fire received, in the words defence ministries use ("had come under fire from Meltoria units", "subjected the
positions of the Korvania army to fire", "fired artillery at"), is an attack, as "opened fire" is. Coming "under
fire for" something is criticism, no attack. Issue 12, forty-seventh round. Invented
sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import one


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvania posts near Ostrel came under fire from Meltoria units on Friday.",
        "Meltoria units subjected Korvania positions near Ostrel to fire on Friday.",
        "Meltoria forces fired artillery on Friday at villages near Ostrel.",
        "The village of Ostrel came under heavy shelling on Friday.",
    ],
)
def test_fire_received_is_an_attack(sentence: str) -> None:
    one(real_claims(sentence), "armed_clash")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Grand Assembly came under fire on Friday for its handling of the budget.",
        "Alda Brun came under fire from the opposition on Friday over the border deal.",
    ],
)
def test_coming_under_fire_for_something_is_no_attack(sentence: str) -> None:
    assert "armed_clash" not in {c["event_type"] for c in real_claims(sentence)}
