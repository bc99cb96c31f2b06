"""A reaction in an analysis that refers back to what the sentence before dated ('In March, a court sentenced ...
Rights groups condemned the verdict') happened then too: issue 12, thirty-third round. Invented sentences and
names; published on Wednesday 12 March 2031."""

from __future__ import annotations

import datetime as dt

from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import one

# An analysis opens with no news of the day: its narrative dates are those its sentences give.
OPENING = "The thaw between Korvania and Meltoria has been slow. "
JANUARY = (dt.date(2031, 1, 1), dt.date(2031, 1, 31))


def _dates(c: dict) -> tuple[dt.date | None, dt.date | None]:
    return c["date_start"], c["date_end"]


def test_a_reaction_to_the_verdict_told_just_before_takes_its_month() -> None:
    cs = real_claims(
        OPENING + "In January, a court in Dravo sentenced Alda Brun to six years in prison. "
        "Press freedom groups condemned the verdict."
    )
    assert _dates(one(cs, "court_ruling")) == JANUARY
    assert _dates(one(cs, "criticism")) == JANUARY


def test_a_reaction_to_it_takes_the_month_before() -> None:
    cs = real_claims(
        OPENING + "In January, the ombudsman of Korvania published a report accusing Meltoria of holding 19 prisoners "
        "in isolation. Her Meltorian counterpart dismissed it as one-sided."
    )
    assert _dates(one(cs, "statement")) == JANUARY


def test_a_verdict_the_sentence_before_does_not_tell_is_not_dated_by_it() -> None:
    cs = real_claims(
        OPENING + "On 5 February, a court in Dravo sentenced Tomas Veil to four years in prison. He was arrested at "
        "the airport of Ostrel in January. The foreign ministry of Korvania condemned the verdict as harsh."
    )
    assert _dates(one(cs, "criticism")) != JANUARY


def test_a_saying_with_no_reference_back_stays_undated() -> None:
    cs = real_claims(
        OPENING + "In January, a court in Dravo sentenced Alda Brun to six years in prison. "
        "Press freedom groups condemned the growing number of such trials."
    )
    assert _dates(one(cs, "criticism")) == (None, None)
