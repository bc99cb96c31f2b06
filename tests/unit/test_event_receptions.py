"""Receptions and answers to fire in official wording: an office holder received, or receiving ('Tomas Veil received
Korvania's Foreign Minister Lev Arno', 'was received by President Alda Brun') is a meeting, though not a message
received from one; 'took adequate retaliatory measures' is an armed clash. Invented sentences and names; published on
Wednesday 12 March 2031."""

from __future__ import annotations

import pytest

from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import one


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Veil received Korvania's Foreign Minister Lev Arno in Dravo on Monday.",
        "On Monday, the envoy was received by President Alda Brun.",
        "Alda Brun received the Special Representative of the Union for the region on Monday.",
    ],
)
def test_an_office_holder_received_is_a_meeting(sentence: str) -> None:
    assert str(one(real_claims(sentence), "meeting")["date_start"]) == "2031-03-10"


def test_a_message_received_from_an_office_holder_is_no_meeting() -> None:
    types = [
        c["event_type"] for c in real_claims("The ministry received a message from President Alda Brun on Monday.")
    ]
    assert "meeting" not in types


def test_retaliatory_measures_taken_are_an_armed_clash() -> None:
    clash = one(real_claims("Korvania's units took adequate retaliatory measures on Monday."), "armed_clash")
    assert str(clash["date_start"]) == "2031-03-10"
    # a habit stated in the present is no one event
    assert real_claims("The army takes only adequate retaliatory measures.") == []
