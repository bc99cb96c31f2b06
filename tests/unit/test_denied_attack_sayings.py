"""A saying that denies an attack ("the ministry said no shots had been fired") is a statement of the day's news: the
denial is what the story reports, and the attack it denies is no event. A plain saying that reports an attack by
another side still accuses that side. Issue 12, forty-sixth round. Invented sentences and names."""

from __future__ import annotations

import pytest

from caucasus_peace.events.claims import extract_events
from caucasus_peace.extract.timex import extract_time_expressions
from tests.unit.test_events import PUB, mentions, one

LEDE = "Meltoria accused Korvania on Tuesday of shelling a village near Ostrel.\n"


def _claims(text: str) -> list[dict]:
    """Claims of a news story whose lede is dated, where 'the Defence Ministry' speaks for Korvania."""
    parties = {"org-defence-ministry": "plc-korvania"}
    return extract_events(text, PUB, mentions(text), extract_time_expressions(text, PUB), [], parties=parties)


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
