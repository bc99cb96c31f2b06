"""Demands, appeals, accusations and criticism in the wordings of news (issue 12, seventh round): appeals to a
list of bodies, blame, dismay, conditions one side sets. Invented sentences and names."""

from __future__ import annotations

import re

import pytest

from caucasus_peace.events.claims import extract_events
from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import PUB, one, timex


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("The Grand Assembly called on aid groups, including the Red Cross and the Dravo Fund, to send experts.",
         "appeal"),
        ("Korvania blamed the shortage on a dam built by Meltoria.", "accusation"),
        ("Villagers in Ostrel blame Meltoria forces.", "accusation"),
        ("Tomas Veil said he was deeply troubled by the verdict.", "criticism"),
        ("Deputies described the vote as a capitulation to Meltoria.", "criticism"),
        ("Alda Brun said Korvania expected the release of all its citizens.", "demand"),
        ("Korvania conditions the signature on changes to the Meltoria charter.", "demand"),
    ],
)  # fmt: skip
def test_speech_acts_in_news_wordings(sentence: str, etype: str) -> None:
    assert one(real_claims(sentence), etype)


def test_a_condition_one_side_sets_is_its_demand_held_now_and_the_signing_no_event() -> None:
    found = real_claims("Korvania says it will sign the treaty only after Meltoria changes its charter.")
    assert one(found, "demand")["status"] == "ongoing"  # a position held ("says"): the condition stands
    assert "agreement_signing" not in {c["event_type"] for c in found}


def test_expecting_someone_to_arrive_is_no_demand_and_a_release_expected_no_release() -> None:
    assert "demand" not in {c["event_type"] for c in real_claims("Alda Brun is expected in Dravo in February.")}
    assert "release" not in {c["event_type"] for c in real_claims("Korvania expected the release of its citizens.")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Korvania ministry said in February it expects the economy to grow by about 5% this year.",
        "Diplomats in Dravo said in February they expect the quarrel to fade.",
        "In February 38% of those polled expected the country to benefit from more trade.",
        "The ministry said in February it expects up to 300 trucks a day to use the crossing.",
    ],
)
def test_a_forecast_is_no_demand(sentence: str) -> None:
    # what is expected to happen is a forecast; only a party expected to act makes a demand
    assert "demand" not in {c["event_type"] for c in real_claims(sentence)}
    for demand in (
        "In February Korvania said it expects Meltoria to withdraw.",
        "In February Korvania said it expects the perpetrators to be identified and punished.",
    ):
        assert "demand" in {c["event_type"] for c in real_claims(demand)}


def test_stressing_is_saying_and_answers_and_thanks_are_news_in_themselves() -> None:
    assert one(real_claims("Alda Brun stressed on Tuesday that the talks would go on."), "statement")
    assert "statement" not in {c["event_type"] for c in real_claims("Alda Brun stressed that talks matter.")}
    assert one(real_claims("The Grand Assembly countered that the river was low after a dry winter."), "statement")
    assert one(real_claims("Tomas Veil thanked Meltoria for the swift return of the soldier."), "statement")
    assert "statement" not in {c["event_type"] for c in real_claims("Peace came to Ostrel, thanks to Tomas Veil.")}


@pytest.mark.parametrize(
    ("sentence", "etype", "status"),
    [
        ("Opposition deputies walked out of the chamber in protest on Tuesday.", "protest", "occurred"),
        ("Hundreds of people protested outside the Meltoria embassy on Tuesday.", "protest", "occurred"),
        ("On Tuesday the Grand Assembly handed a note of protest to the Meltoria envoy.", "diplomatic_protest",
         "occurred"),
        ("On Tuesday Korvania said it was suspending diplomatic relations with Meltoria.", "diplomatic_protest",
         "occurred"),
        ("Alda Brun on Tuesday received a delegation led by Tomas Veil.", "meeting", "occurred"),
        ("Alda Brun is due to discuss trade with Meltoria officials next week.", "meeting", "planned"),
        ("On Tuesday the two ministers agreed to exchange lists of missing persons.", "agreement_draft", "occurred"),
        ("Searches were conducted at six addresses in Dravo on Tuesday.", "raid", "occurred"),
    ],
)  # fmt: skip
def test_walkouts_notes_of_protest_delegations_and_agreements_to_exchange(
    sentence: str, etype: str, status: str
) -> None:
    assert one(real_claims(sentence), etype)["status"] == status


def test_the_subject_resumes_after_a_relative_clause() -> None:
    c = one(real_claims("Korvania, which backed Meltoria during the war, welcomed the deal on Tuesday."), "statement")
    assert [p["entity_id"] for p in c["participants"] if p["role"] == "speaker"] == ["plc-korvania"]


def test_an_address_to_the_nation_is_a_statement() -> None:
    assert one(real_claims("Alda Brun told Korvania in a televised address on Tuesday that the war was over."),
               "statement")  # fmt: skip
    assert one(real_claims("Tomas Veil addressed the nation on Tuesday."), "statement")


def test_a_side_that_returns_a_soldier_releases_him_and_a_return_spoken_of_is_no_release() -> None:
    assert one(real_claims("Korvania on Tuesday returned to Meltoria a soldier who had crossed by mistake."),
               "release")  # fmt: skip
    said = real_claims("Alda Brun welcomed the return of the soldiers on Tuesday.")
    assert "release" not in {c["event_type"] for c in said}
    assert "release" not in {c["event_type"] for c in real_claims("Soldiers returned fire on Tuesday.")}


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ('The Grand Assembly has rejected as "completely false" a report by Meltoria.', "statement"),
        ("Korvania and Meltoria agreed on Tuesday to halt the worst fighting in years.", "ceasefire"),
        ("Korvania evacuated dozens of residents from Ostrel on Tuesday.", "displacement"),
        ("Meltoria units shot at Korvania positions near Ostrel late on Monday.", "armed_clash"),
        ("Two other defendants received suspended sentences on Tuesday.", "court_ruling"),
        ("Alda Brun is scheduled to receive the visiting ministers on Tuesday.", "meeting"),
        ("Tomas Veil said in a Facebook post on Monday that Korvania would not respond.", "statement"),
    ],
)
def test_more_news_wordings_of_known_types(sentence: str, etype: str) -> None:
    assert one(real_claims(sentence), etype)


def test_a_conversation_with_someone_is_talks() -> None:
    assert one(real_claims("Tomas Veil also had a brief conversation with Alda Brun on Monday."), "talks")


def _speaker_of(text: str, names: dict[str, tuple[str, str]], kinds: dict[str, str]) -> set[str]:
    """The speakers of the statement in `text`, given its mentions (name -> (id, type)) and place kinds."""
    ms = [
        {"entity_id": eid, "entity_type": etype, "char_start": m.start(), "char_end": m.end(), "text": name}
        for name, (eid, etype) in names.items()
        for m in re.finditer(re.escape(name), text)
    ]
    found = extract_events(text, PUB, ms, timex(text), [], place_kinds=kinds)
    return {p["entity_id"] for p in one(found, "statement")["participants"] if p["role"] == "speaker"}


def test_the_body_speaks_from_its_seat_and_a_regions_authorities_speak_for_it() -> None:
    seat = {"Norland Alliance": ("org-norland-alliance", "organization"), "Dravo": ("plc-dravo", "place")}
    kinds = {"plc-dravo": "city", "plc-upper-vel": "region"}
    said = "A Norland Alliance spokesman in Dravo said in February the alliance was shocked."
    assert _speaker_of(said, seat, kinds) == {"org-norland-alliance"}
    region = {"Upper Vel": ("plc-upper-vel", "place")}
    said = "The Upper Vel regional administration said in February it would cut water quotas."
    assert _speaker_of(said, region, kinds) == {"plc-upper-vel"}


def test_a_speaker_stays_the_speaker_across_where_or_how_they_spoke() -> None:
    names = {"Alda Brun": ("per-alda-brun", "person"), "Meltoria": ("plc-meltoria", "place")}
    said = "Alda Brun, in a post on social networks in February, expressed gratitude to Meltoria for its help."
    assert _speaker_of(said, names, {"plc-meltoria": "country"}) == {"per-alda-brun"}
    said = "Alda Brun, speaking to reporters in February, said Meltoria had kept its word."
    assert _speaker_of(said, names, {"plc-meltoria": "country"}) == {"per-alda-brun"}


def test_an_outlet_in_its_own_reporting_frame_is_no_party() -> None:
    names = {"Korvania": ("plc-korvania", "place"), "Meltoria": ("plc-meltoria", "place"),
             "Dravo News": ("org-dravo-news", "organization")}  # fmt: skip
    for text in (
        "Korvania and Meltoria signed a transit memorandum in February, Dravo News informs.",
        "Korvania and Meltoria signed a transit memorandum in February, according to a draft seen by Dravo News.",
    ):
        ms = [
            {"entity_id": eid, "entity_type": etype, "char_start": m.start(), "char_end": m.end(), "text": name}
            for name, (eid, etype) in names.items()
            for m in re.finditer(re.escape(name), text)
        ]
        signing = one(extract_events(text, PUB, ms, timex(text), []), "agreement_signing")
        assert {p["entity_id"] for p in signing["participants"]} == {"plc-korvania", "plc-meltoria"}, text
