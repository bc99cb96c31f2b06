"""An event that someone is ready, willing or unable to bring about, or has refused or is close to, has not happened:
"Korvania is ready to sign the accord", "refused to sign", "are closer than ever to signing". Issue 12, forty-first
round. Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_readiness_or_refusal_to_sign_is_no_signing() -> None:
    assert "agreement_signing" not in types("Alda Brun said on Friday that Korvania is ready to sign the accord.")
    assert "agreement_signing" not in types("Meltoria refused to sign the accord until Korvania changed its charter.")


def test_being_close_to_signing_is_no_signing() -> None:
    assert "agreement_signing" not in types("Korvania and Meltoria are closer than ever to signing the accord.")


def test_being_unable_to_meet_is_no_meeting() -> None:
    assert "meeting" not in types("The two delegations were unable to meet in Dravo last week.")


def test_a_village_close_to_the_fighting_still_tells_the_fighting() -> None:
    assert "armed_clash" in types("Residents of a village close to the site of the fighting fled Dravo on Friday.")
