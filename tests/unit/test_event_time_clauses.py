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


def real_types(text: str) -> set[str]:
    """The event types the rules find in text (the shared check of the one-wording test files)."""
    return {c["event_type"] for c in real_claims(text)}


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
    assert one(cs, "agreement_signing")["status"] == "planned"
    assert all(c["status"] == "planned" for c in cs), [(c["event_type"], c["status"]) for c in cs]


def test_a_clause_of_time_still_ahead_stays_planned() -> None:
    for sentence in (
        "The leaders will hold a press conference in Dravo after they've signed the treaty.",
        "The soldiers are expected to return to Korvania after being freed by Meltoria.",
    ):
        cs = real_claims(sentence)
        assert cs and all(c["status"] == "planned" for c in cs), (
            sentence,
            [(c["event_type"], c["status"]) for c in cs],
        )


def test_a_causal_since_before_a_plan_is_no_past_event() -> None:
    cs = real_claims("Korvania is expected to delay the vote, since a summit of the two leaders is planned in Ostrel.")
    assert one(cs, "summit")["status"] == "planned"


def test_a_past_when_clause_in_a_plan_occurred() -> None:
    cs = real_claims("Alda Brun and Tomas Veil will meet in Dravo on Friday, as they did when they signed the accord.")
    assert one(cs, "agreement_signing")["status"] == "occurred"


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


def test_a_saying_with_no_day_after_the_plan_it_reports_is_the_days_news() -> None:
    for sentence in (
        "Alda Brun is expected to travel to Dravo next month for talks, Tomas Veil said.",
        "Alda Brun is expected to visit Dravo next week, Tomas Veil said.",
    ):
        saying = one(real_claims(sentence), "statement")
        assert saying["status"] == "occurred", sentence
        assert saying["date_start"] is None or saying["date_start"] <= PUB, sentence


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
    for sentence in (
        "Alda Brun has been accused of bribing voters in Ostrel.",
        "Alda Brun was later accused of bribing voters in Ostrel.",
        "Korvania accused Meltoria of shelling Ostrel on Monday.",
        "Meltoria, which Korvania accused of shelling Ostrel on Monday, denied it.",
    ):
        assert one(real_claims(sentence), "accusation"), sentence


def test_a_date_of_another_event_noun_does_not_date_the_trigger() -> None:
    # "the April elections", "the elections in April": the month is the elections', not the walkout's or the rally's
    for sentence in (
        "Five Korvania deputies walked out of the chamber, less than a month before the April parliamentary elections.",
        "Thousands rallied in Dravo before the April elections.",
    ):
        cs = real_claims(sentence)
        assert one(cs, "protest")["date_start"] != dt.date(2031, 4, 1), sentence
        for c in cs:
            if c["event_type"] == "election":  # the noun's own report keeps its date
                assert c["date_start"] == dt.date(2031, 4, 1), sentence
    election = one(real_claims("Korvania will hold parliamentary elections in April."), "election")
    assert election["date_start"] == dt.date(2031, 4, 1)
