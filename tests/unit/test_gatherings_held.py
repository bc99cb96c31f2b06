"""A forum or conference told as held ('a donors' conference held in Dravo', 'The forum, held on May 12-13', 'the
Media Forum, which was held in Dravo') is a meeting. Issue 12, fortieth round. Invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.test_event_time_clauses import real_types as types


@pytest.mark.parametrize(
    "text",
    [
        "A donors' conference held in Dravo on Tuesday pledged 300 million euros for the new road.",
        "The forum, held on May 12-13, brought together about 250 engineers.",
        "The Lakeside Media Forum, which was held in Dravo on 19-20 May, drew 130 editors.",
    ],
)
def test_a_gathering_told_as_held_is_a_meeting(text: str) -> None:
    assert "meeting" in types(text)
