"""An event named in a clause of time of a plan ('will meet next month, a year after they signed', 'due to vote on a
deal negotiated since a summit'): issue 12, thirty-second round. Invented sentences and names; published on
Wednesday 12 March 2031."""

from __future__ import annotations

import datetime as dt

from caucasus_peace.events.claims import extract_events
from caucasus_peace.extract.timex import extract_time_expressions
from tests.unit.test_events import PUB, mentions, one


def real_claims(text: str) -> list[dict]:
    return extract_events(text, PUB, mentions(text), extract_time_expressions(text, PUB, []), [])


def test_a_past_signing_in_a_clause_of_time_is_no_plan_and_takes_no_date_of_the_plan() -> None:
    cs = real_claims("Alda Brun and Tomas Veil will meet in Dravo next month, a year after they signed a declaration.")
    assert one(cs, "meeting")["status"] == "planned"
    signing = one(cs, "agreement_signing")
    assert signing["status"] == "occurred"
    assert signing["date_start"] is None  # "next month" dates the meeting, not the signing a year before


def test_an_event_since_which_something_is_planned_occurred() -> None:
    cs = real_claims(
        "The Grand Assembly is due to vote next week on a deal negotiated since a summit in Dravo in January."
    )
    summit = one(cs, "summit")
    assert summit["status"] == "occurred"
    assert (summit["date_start"], summit["date_end"]) == (dt.date(2031, 1, 1), dt.date(2031, 1, 31))


def test_a_signing_in_a_clause_of_time_in_the_present_stays_planned() -> None:
    cs = real_claims("Alda Brun and Tomas Veil will meet in Dravo next month, a week before they sign the treaty.")
    assert all(c["status"] == "planned" for c in cs), [(c["event_type"], c["status"]) for c in cs]


def test_a_when_clause_of_the_past_keeps_the_day_of_its_sentence() -> None:
    cs = real_claims("The talks collapsed on Monday when Korvania accused Meltoria of shelling Ostrel.")
    accusation = one(cs, "accusation")
    assert accusation["date_start"] == accusation["date_end"] == dt.date(2031, 3, 10)


def test_a_plan_in_the_object_of_a_past_verb_is_not_the_verbs() -> None:
    cs = real_claims(
        "The Grand Assembly on Tuesday ratified an agreement with Meltoria that will allow its trucks to cross."
    )
    ratification = one(cs, "ratification")
    assert ratification["status"] == "occurred"
    assert ratification["date_start"] == ratification["date_end"] == dt.date(2031, 3, 11)


def test_a_plan_after_an_event_noun_is_its_own() -> None:
    assert one(real_claims("The summit in Dravo will open on Monday."), "summit")["status"] == "planned"


def test_a_saying_after_the_plan_it_reports_is_neither_planned_nor_dated_by_it() -> None:
    cs = real_claims("Alda Brun is expected to travel to Dravo next month for talks, Tomas Veil said on Monday.")
    saying = one(cs, "statement")
    assert saying["status"] == "occurred"
    assert saying["date_start"] == saying["date_end"] == dt.date(2031, 3, 10)
    assert one(cs, "visit")["status"] == "planned"


def test_a_saying_before_the_plan_it_reports_keeps_its_day() -> None:
    cs = real_claims("Tomas Veil said on Monday that Alda Brun would visit Dravo next month.")
    saying = one(cs, "statement")
    assert (saying["status"], saying["date_start"]) == ("occurred", dt.date(2031, 3, 10))
    visit = one(cs, "visit")
    assert (visit["status"], visit["date_start"]) == ("planned", dt.date(2031, 4, 1))


def test_accused_of_after_a_noun_describes_defendants_and_is_no_accusation() -> None:
    cs = real_claims(
        "A court in Dravo on Monday sentenced two Meltoria servicemen accused of killing a Korvania farmer."
    )
    assert one(cs, "court_ruling")["status"] == "occurred"
    assert not [c for c in cs if c["event_type"] == "accusation"]


def test_an_accusation_reported_in_the_passive_or_by_a_subject_stays() -> None:
    assert one(real_claims("Alda Brun has been accused of bribing voters in Ostrel."), "accusation")
    assert one(real_claims("Korvania accused Meltoria of shelling Ostrel on Monday."), "accusation")
