"""Calls and conferences held at a distance: 'held an emergency video call', 'held a test call', 'held a video
conference' are events; joining 'by video conference' is only how someone took part, and 'made a call for calm' is an
appeal. Invented sentences and names; published on Wednesday 12 March 2031."""

from __future__ import annotations

import pytest

from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import one


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("The border commissions of Korvania and Meltoria held an emergency video call on Monday.", "phone_call"),
        ("The two ministers held a test call between Dravo and Ostrel on Monday.", "phone_call"),
        ("The health ministers of Korvania and Meltoria held a video conference on Monday.", "talks"),
    ],
)
def test_calls_and_conferences_at_a_distance_are_events(sentence: str, etype: str) -> None:
    assert str(one(real_claims(sentence), etype)["date_start"]) == "2031-03-10"


def test_the_way_one_takes_part_or_a_call_for_calm_is_no_call() -> None:
    assert real_claims("Alda Brun joined the session by video conference.") == []
    types = [c["event_type"] for c in real_claims("Tomas Veil made a call for calm on Monday.")]
    assert "phone_call" not in types
