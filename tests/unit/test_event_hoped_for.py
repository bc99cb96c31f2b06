"""What is hoped for, or 'can be' done, is possible, and a date it is hoped for lies ahead: 'hopes the treaty can be
signed this year'. What can be done only after a condition is no event."""

from __future__ import annotations

import pytest

from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import one


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
