"""Agreeing to a truce declares it: issue 12, thirty-eighth round. Invented sentences and names; published on
Wednesday 12 March 2031 (Tuesday is 11 March)."""

from __future__ import annotations

import datetime as dt

from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import one

TUESDAY = dt.date(2031, 3, 11)


def test_a_truce_agreed_to_on_a_day_was_declared_that_day() -> None:
    truce = one(real_claims("Korvania and Meltoria agreed to a ceasefire on Tuesday."), "ceasefire")
    assert (truce["status"], truce["date_start"], truce["date_end"]) == ("occurred", TUESDAY, TUESDAY)
    truce = one(real_claims("The rebels agreed to a truce brokered by mediators from Dravo."), "ceasefire")
    assert truce["status"] == "occurred"


def test_a_truce_agreed_to_start_later_or_only_possible_is_not_declared() -> None:
    later = one(real_claims("Korvania and Meltoria agreed to a ceasefire starting at noon on Saturday."), "ceasefire")
    assert later["status"] == "planned"
    maybe = one(real_claims("Korvania and Meltoria could agree to a ceasefire next week."), "ceasefire")
    assert maybe["status"] == "possible"


def test_what_was_agreed_to_do_on_a_day_still_lies_ahead() -> None:
    meeting = one(real_claims("The ministers agreed to meet in Dravo on Tuesday."), "meeting")
    assert (meeting["status"], meeting["date_start"]) == ("planned", dt.date(2031, 3, 18))


def test_a_condition_set_for_a_signing_takes_no_time_of_the_sentences_other_clause() -> None:
    text = (
        "The ministers initialled the treaty in Dravo in January, but Korvania has said it will not sign it until"
        " Meltoria changes its constitution."
    )
    demand = one(real_claims(text), "demand")
    assert (demand["date_start"], demand["date_end"]) == (None, None)
    text = "Korvania says the treaty, initialled in Dravo on 5 January, can be signed only after Meltoria changes it."
    assert one(real_claims(text), "demand")["date_start"] is None
