"""A date that a body sets for what it schedules lies ahead, and what it is set for is planned, whatever the tense of
'set': 'has set the referendum for June 7', 'set June 7 as the date of the vote'."""

from __future__ import annotations

import pytest

from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import one


@pytest.mark.parametrize(
    ("sentence", "etype", "start", "end"),
    [
        ("Earlier this month the Grand Assembly set June 7 as the date of the referendum.", "referendum",
         "2031-06-07", "2031-06-07"),
        ("The Grand Assembly has set the referendum for June 7.", "referendum", "2031-06-07", "2031-06-07"),
        ("The Dravo commission fixed June 7 as the day of the election.", "election", "2031-06-07", "2031-06-07"),
        ("The commission set the elections for January 10.", "election", "2032-01-10", "2032-01-10"),
    ],
)  # fmt: skip
def test_what_a_date_is_set_for_is_planned_on_that_date_ahead(sentence: str, etype: str, start: str, end: str) -> None:
    event = one(real_claims(sentence), etype)
    assert event["status"] == "planned"
    assert (str(event["date_start"]), str(event["date_end"])) == (start, end)


def test_a_referendum_held_on_a_past_date_stays_past() -> None:
    event = one(real_claims("Korvania held a referendum on February 7."), "referendum")
    assert event["status"] == "occurred"
    assert str(event["date_start"]) == "2031-02-07"


def test_a_date_set_in_the_past_perfect_is_not_pushed_ahead() -> None:
    text = "The commission had scheduled the referendum for January 10, and turnout was low."
    event = one(real_claims(text), "referendum")
    assert str(event["date_start"]) == "2031-01-10"
