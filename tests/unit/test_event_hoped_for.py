"""What is hoped for, or 'can be' done, is possible, and a date it is hoped for lies ahead: 'hopes the treaty can be
signed this year'. What can be done only after a condition is no event."""

from __future__ import annotations

import datetime as dt

import pytest

from caucasus_peace.extract.timex import extract_time_expressions
from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import PUB, one


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Officials in Dravo hope the protocol can be signed by the autumn.", "2031-09-01", "2031-11-30"),
        ("Alda Brun hopes the treaty can be signed this year.", "2031-01-01", "2031-12-31"),
    ],
)
def test_what_is_hoped_for_or_can_be_done_is_possible_and_ahead(sentence: str, start: str, end: str) -> None:
    signing = one(real_claims(sentence), "agreement_signing")
    assert signing["status"] == "possible"
    assert (str(signing["date_start"]), str(signing["date_end"])) == (start, end)


def test_what_can_be_done_only_after_a_condition_is_no_event() -> None:
    claims = real_claims("Dravo says the treaty can be signed only after Meltoria changes its law.")
    assert not [c for c in claims if c["event_type"] == "agreement_signing"]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Hoping to ease tensions, the ministers of Korvania and Meltoria met in Dravo on Tuesday.", "meeting"),
        ("Residents who had hoped to return home were evacuated from Ostrel on Monday.", "displacement"),
        ("The agreement, whose full text can be read online, was signed in Dravo on March 10.", "agreement_signing"),
    ],
)
def test_a_hope_or_a_can_be_that_does_not_govern_the_trigger_leaves_it_occurred(sentence: str, etype: str) -> None:
    assert one(real_claims(sentence), etype)["status"] == "occurred"


def test_a_saying_that_hopes_is_still_a_saying() -> None:
    claims = real_claims("Korvania hopes the treaty can be signed in July, Alda Brun said on Monday.")
    assert one(claims, "agreement_signing")["status"] == "possible"
    assert one(claims, "statement")["status"] == "occurred"


def test_what_can_be_explained_by_a_past_event_keeps_its_past_date() -> None:
    text = "The drop in turnout can be explained by the floods in February."
    (feb,) = [t for t in extract_time_expressions(text, PUB, []) if "February" in t["text"]]
    assert feb["date_start"] == dt.date(2031, 2, 1)
