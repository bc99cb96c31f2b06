"""A saying that denies an attack ("the ministry said no shots had been fired") is a statement of the day's news: the
denial is what the story reports, and the attack it denies is no event. A plain saying that reports an attack by
another side still accuses that side. Issue 12, forty-sixth round. Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_speech_answers import _korvania_ministry as _claims
from tests.unit.test_events import one

# a dated lede makes the story news: its plain sayings are the day's news
LEDE = "Meltoria accused Korvania on Tuesday of shelling a village near Ostrel.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Defence Ministry said no shots had been fired near Ostrel.",
        "The Defence Ministry said its troops had not opened fire.",
        "The Defence Ministry said there had been no shelling in the area.",
    ],
)
def test_a_saying_that_denies_an_attack_is_a_statement(sentence: str) -> None:
    found = [c for c in _claims(LEDE + sentence) if c["char_start"] >= len(LEDE)]
    assert one(found, "statement")["status"] == "occurred"
    assert not {"armed_clash", "accusation"} & {c["event_type"] for c in found}


def test_an_attack_told_beside_a_denial_is_still_an_accusation() -> None:
    sentence = "The Defence Ministry said no shots were fired at its posts but Meltoria units shelled Ostrel."
    found = [c for c in _claims(LEDE + sentence) if c["char_start"] >= len(LEDE)]
    accusation = one(found, "accusation")
    assert "plc-meltoria" in {p["entity_id"] for p in accusation["participants"] if p["role"] == "accused"}
