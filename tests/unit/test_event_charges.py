"""A saying whose words charge another side with a wrong is an accusation of that side ("Korvania said Meltoria had
failed to deliver the guarantees"), whichever verb of saying carries it; a wrong denied, one's own side's failing
and a neutral report stay statements."""

from __future__ import annotations

import pytest

from tests.unit.test_events import claims, roles


def speech(text: str) -> dict:
    found = [c for c in claims(text) if c["event_type"] in ("statement", "accusation")]
    assert len(found) == 1, [(c["event_type"], c["trigger"]) for c in claims(text)]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Korvania said on Friday that Meltoria had failed to deliver the written guarantees it had promised.",
        "Korvania said on Friday that Meltoria had introduced new conditions an hour before the handover.",
        "The Defence Ministry of Korvania said on Friday that Meltoria was behind the attack on its email servers.",
        "Alda Brun told reporters on Friday that Meltoria had stalled the demarcation for months.",
        '"Meltoria has hidden the water data from our experts," Alda Brun said on Friday.',
    ],
)
def test_a_saying_that_charges_the_other_side_is_an_accusation(text: str) -> None:
    c = speech(text)
    assert c["event_type"] == "accusation" and c["status"] == "alleged"
    assert ("plc-meltoria", "accused") in roles(c)


@pytest.mark.parametrize(
    "text",
    [
        "Korvania said on Friday that Meltoria had not violated the ceasefire.",
        "Korvania said on Friday that Meltoria had agreed to the new date for the handover.",
        "Korvania said on Friday that the Korvania customs service had failed to open the crossing on time.",
        "Korvania said on Friday that Meltoria would raise the stalled demarcation of the border near Ostrel.",
    ],
)
def test_a_denial_a_neutral_report_or_ones_own_failing_stays_a_statement(text: str) -> None:
    assert speech(text)["event_type"] == "statement"


def test_the_sides_failing_together_is_no_charge() -> None:
    text = (
        "Korvania and Meltoria met in Dravo in May. "
        "Alda Brun said on Friday that the sides had failed to agree on the fate of the prisoners."
    )
    said = [c for c in claims(text) if c["trigger"] == "said"]
    assert [c["event_type"] for c in said] == ["statement"]


def test_a_wrong_in_the_next_clause_is_not_what_the_speaker_said() -> None:
    text = (
        "Korvania said on Friday that the talks in Dravo would go on, while Meltoria complained that years of "
        "mediation had failed to return its land."
    )
    found = claims(text)
    assert [c["event_type"] for c in found if c["trigger"] == "said"] == ["statement"]
