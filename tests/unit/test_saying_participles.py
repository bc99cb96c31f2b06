"""A saying split off after a comma ("The Defence Ministry responded, saying in a statement that ...") is said by the
subject that opens the clause before it: without one, the statement had no speaker and was dropped as an anonymous
saying. Issue 12, forty-seventh round. Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_speech_answers import _korvania_ministry as _claims
from tests.unit.test_events import one


def _speakers(claim: dict) -> set[str]:
    return {p["entity_id"] for p in claim["participants"] if p["role"] == "speaker"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Defence Ministry responded, saying in a statement that the border was calm.", "org-defence-ministry"),
        ("Korvania's Defence Ministry responded, saying in a statement that all was calm.", "org-defence-ministry"),
        ("Alda Brun went further, saying in a statement that the talks had stalled.", "per-alda-brun"),
        ('- Tomas Veil reacted on Friday, saying in a written statement that "nothing has changed".', "per-tomas-veil"),
    ],
)
def test_the_subject_of_the_clause_before_says_what_the_participle_says(sentence: str, speaker: str) -> None:
    assert _speakers(one(_claims(sentence), "statement")) == {speaker}


def test_a_list_of_subjects_says_it_together() -> None:
    sentence = "Korvania and Meltoria welcomed the vote, saying in a joint statement that the border was calm."
    assert {"plc-korvania", "plc-meltoria"} <= _speakers(one(_claims(sentence), "statement"))


def test_a_place_in_a_fronted_phrase_is_not_the_speaker() -> None:
    sentence = "In Ostrel, officials responded, saying in a statement that the border was calm."
    assert all("plc-ostrel" not in _speakers(c) for c in _claims(sentence))


def test_an_event_told_inside_what_is_said_keeps_its_own_subject() -> None:
    sentence = "Korvania rejected the claims, saying the villagers of Ostrel were activists demanding an end to mining."
    found = _claims(sentence)
    assert _speakers(one(found, "statement")) == {"plc-korvania"}
    assert all(
        "plc-korvania" not in {p["entity_id"] for p in c["participants"]} for c in found if c["event_type"] == "demand"
    )
