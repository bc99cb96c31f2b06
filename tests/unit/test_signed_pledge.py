"""Signing a pledge or an undertaking (a condition of release) is no agreement signed. Issue 12, fortieth round.
Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_signing_a_pledge_is_no_agreement() -> None:
    found = types("The tourists were detained on May 16 and released two days later after signing pledges to stay.")
    assert "agreement_signing" not in found and "release" in found


def test_signing_a_treaty_is_still_a_signing() -> None:
    assert "agreement_signing" in types("Korvania and Meltoria signed the treaty in Dravo on Friday.")
