"""An undated event told right after a dated sentence continues the day of what that sentence told, not a time of its
background ('rallied on Friday, ... waiting for since last year. Police detained seven'). Issue 12, thirty-ninth
round. Invented sentences and names; published on Wednesday 12 March 2031."""

from __future__ import annotations

import datetime as dt

from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import one


def test_the_narrative_goes_on_from_the_day_of_the_event_told_before() -> None:
    cs = real_claims(
        "About 300 people rallied outside the Government House in Dravo on Monday, demanding the payments they have "
        "been waiting for since last year. Police detained seven protesters after they blocked traffic."
    )
    detention = one(cs, "detention")
    assert (detention["date_start"], detention["date_end"]) == (dt.date(2031, 3, 10), dt.date(2031, 3, 10))


def test_a_sentence_whose_times_date_no_event_still_sets_the_scene() -> None:
    cs = real_claims("It was cold in Dravo on Monday. Police detained seven protesters after they blocked traffic.")
    detention = one(cs, "detention")
    assert (detention["date_start"], detention["date_end"]) == (dt.date(2031, 3, 10), dt.date(2031, 3, 10))
