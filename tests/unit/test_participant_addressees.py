"""Who a speech act is addressed to, the body a spokesperson speaks for, and "the Tarvian side": issue 12,
thirty-eighth round. Invented sentences and names; published on Wednesday 12 March 2031."""

from __future__ import annotations

from caucasus_peace.events.claims import extract_events
from tests.unit.test_events import PUB, mentions, one, timex

DEMONYMS = {"tarvian": "plc-tarvia", "solenian": "plc-solenia"}


def roles(text: str, etype: str) -> set[tuple[str, str]]:
    cs = extract_events(text, PUB, mentions(text), timex(text), [], demonyms=DEMONYMS)
    return {(p["entity_id"], p["role"]) for p in one(cs, etype)["participants"]}


def test_the_one_called_on_or_written_to_is_the_target() -> None:
    assert roles("Alda Brun called on Korvania and Meltoria to exercise restraint.", "appeal") == {
        ("per-alda-brun", "speaker"),
        ("plc-korvania", "target"),
        ("plc-meltoria", "target"),
    }  # both of the list, and neither speaks
    assert ("org-grand-assembly", "target") in roles(
        "Korvania appealed to the Grand Assembly to send a mission to Ostrel.", "appeal"
    )
    assert ("per-tomas-veil", "target") in roles("Alda Brun sent a letter of condolence to Tomas Veil.", "statement")
    assert ("per-tomas-veil", "target") in roles("Alda Brun thanked Tomas Veil in a post in February.", "statement")


def test_an_addressee_needs_someone_who_addresses_it() -> None:
    # "He thanked Meltoria": with no speaker named, the claim keeps no party and can refer back to its article's event
    text = "Alda Brun and Tomas Veil met in Dravo in February. He thanked Meltoria for its help."
    cs = extract_events(text, PUB, mentions(text), timex(text), [], demonyms=DEMONYMS)
    assert all(("plc-meltoria", "target") not in {(p["entity_id"], p["role"]) for p in c["participants"]} for c in cs)


def test_the_body_named_before_a_spokespersons_title_speaks_too() -> None:
    text = "Defence Ministry spokeswoman Alda Brun said in February that the talks had failed."
    assert {("org-defence-ministry", "speaker"), ("per-alda-brun", "speaker")} <= roles(text, "statement")
    # a possessive is no such modifier: the possessor of a named head takes no part
    assert ("plc-korvania", "speaker") not in roles(
        "Korvania's Defence Minister Alda Brun said in February that the talks had failed.", "statement"
    )


def test_the_tarvian_side_is_tarvia() -> None:
    assert ("plc-tarvia", "accused") in roles(
        "The Grand Assembly accused the Tarvian side of staging provocations in February.", "accusation"
    )
    assert ("plc-solenia", "target") in roles(
        "Alda Brun sent a note of protest to the Solenian side in February.", "diplomatic_protest"
    )


def test_the_court_a_case_is_taken_to_takes_part_and_the_speaker_before_a_pronoun_acts() -> None:
    text = "Alda Brun said she would appeal the ruling to the Court of Appeal of Zelo."
    cs = extract_events(text, PUB, mentions(text) + _court(text), timex(text), [], demonyms=DEMONYMS)
    got = {(p["entity_id"], p["role"]) for p in one(cs, "legal_action")["participants"]}
    assert got == {("per-alda-brun", "actor"), ("org-court-of-appeal-of-zelo", "party")}


def _court(text: str) -> list[dict]:
    name = "Court of Appeal of Zelo"
    at = text.index(name)
    return [{"entity_id": "org-court-of-appeal-of-zelo", "entity_type": "organization", "char_start": at,
             "char_end": at + len(name), "text": name, "match_method": "test"}]  # fmt: skip


def test_a_saying_whose_speaker_goes_unnamed_keeps_its_next_name_as_before() -> None:
    # ("He thanked Meltoria" after two people: no one named addresses Meltoria, so it is no addressee)
    text = "Alda Brun and Tomas Veil met in Dravo in February. He thanked Meltoria for its help."
    cs = extract_events(text, PUB, mentions(text), timex(text), [], demonyms=DEMONYMS)
    thanks = [c for c in cs if c["event_type"] == "statement" and c["quote"].startswith("He thanked")]
    assert thanks, [c["quote"] for c in cs]
    assert ("plc-meltoria", "target") not in {(p["entity_id"], p["role"]) for p in thanks[0]["participants"]}
