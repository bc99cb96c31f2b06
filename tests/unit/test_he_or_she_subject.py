"""A sentence that opens with 'He' or 'She' goes on with the person who was the subject of the sentence before: issue
12, thirty-eighth round. Invented sentences and names; published on Wednesday 12 March 2031."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import one


def parties(c: dict) -> set[tuple[str, str]]:
    return {(p["entity_id"], p["role"]) for p in c["participants"]}


def test_he_is_the_one_person_who_was_the_subject_before() -> None:
    cs = real_claims("Alda Brun told reporters in Dravo on Monday that the talks had failed. She thanked Korvania.")
    thanks = [c for c in cs if c["quote"].startswith("She")]
    assert thanks and ("per-alda-brun", "speaker") in parties(thanks[0])
    charged = one(
        real_claims("Tomas Veil was detained in Dravo in February. He has been charged with fraud."), "legal_action"
    )
    assert ("per-tomas-veil", "target") in parties(charged)


def test_he_after_two_people_or_none_stays_unknown() -> None:
    cs = real_claims("Alda Brun and Tomas Veil met in Dravo in February. She thanked Korvania.")
    people = {"per-alda-brun", "per-tomas-veil"}
    assert not [c for c in cs if c["quote"].startswith("She") and people & {p["entity_id"] for p in c["participants"]}]
