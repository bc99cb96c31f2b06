"""Dates of sayings, of what they report, of documents named by their signing, and the status of what a vote or an
agreement sets: issue 12, thirty-seventh round. Invented sentences and names; published on Wednesday 12 March 2031
(Monday is 10 March)."""

from __future__ import annotations

import datetime as dt

from caucasus_peace.extract.timex import extract_time_expressions
from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import PUB, one

MONDAY, SUNDAY = dt.date(2031, 3, 10), dt.date(2031, 3, 9)


def dates(c: dict) -> tuple[dt.date | None, dt.date | None]:
    return (c["date_start"], c["date_end"])


def test_the_day_after_a_saying_verb_dates_it_whatever_the_trigger_takes_with_it() -> None:
    # the trigger pattern of "thanked" takes the space after the verb: the day after it is still the saying's
    assert dates(one(real_claims("Alda Brun thanked the rescuers on Monday."), "statement")) == (MONDAY, MONDAY)


def test_the_medium_of_a_saying_brings_its_day() -> None:
    for sentence, day in (
        ("The Foreign Ministry of Korvania welcomed the exchange of prisoners in a statement on Monday, calling it"
         " a step.", MONDAY),
        ("Alda Brun thanked the crews from Meltoria for their work in a post on Facebook on Sunday evening.", SUNDAY),
        ("Tomas Veil rejected the charges in a video posted on Instagram on Monday.", MONDAY),
    ):  # fmt: skip
        assert dates(one(real_claims(sentence), "statement")) == (day, day), sentence


def test_an_aside_that_names_the_medium_of_a_saying_dates_it() -> None:
    # ("Alda Brun, who left Ostrel in 2019, said" stays undated by 2019: tests/unit/test_events.py)
    sentence = "Alda Brun, in a post on social networks on March 9, expressed gratitude to the rescuers of Meltoria."
    assert dates(one(real_claims(sentence), "statement")) == (SUNDAY, SUNDAY)


def test_only_the_event_that_broke_out_is_told_as_a_start() -> None:
    cs = real_claims("A fire broke out at a depot in Dravo on Monday and was followed by a powerful explosion.")
    assert dates(one(cs, "explosion")) == (MONDAY, MONDAY)  # a blast in that sentence has a day, not an open end
    assert dates(one(real_claims("Clashes broke out on the border of Korvania on Monday."), "armed_clash")) == (
        MONDAY,
        None,
    )
    fighting = one(
        real_claims("The fighting, which erupted on Monday, is the worst in Korvania in years."), "armed_clash"
    )
    assert dates(fighting) == (MONDAY, None)  # the subject's relative clause dates it, as a start


def test_a_document_named_by_its_signing_takes_the_day_after_who_signed_it_and_where() -> None:
    cs = real_claims(
        "The visit is the first step under the memorandum signed by the universities of Dravo and Ostrel in Tbilisi"
        " on 4 March."
    )
    assert dates(one(cs, "agreement_signing")) == (dt.date(2031, 3, 4), dt.date(2031, 3, 4))
    assert dates(one(cs, "visit")) == (None, None)  # the signing's day is not the visit's
    cs = real_claims("It was envisaged by the declaration signed by the leaders of Korvania, Meltoria and Ostrel in"
                     " Dravo on August 8, 2030.")  # fmt: skip
    assert dates(one(cs, "agreement_signing")) == (dt.date(2030, 8, 8), dt.date(2030, 8, 8))


def test_what_a_saying_on_a_named_day_reports_happened_on_it_or_the_day_before() -> None:
    cs = real_claims("The police of Korvania said on Monday that 14 people had been detained in Dravo.")
    assert dates(one(cs, "statement")) == (MONDAY, MONDAY)
    assert dates(one(cs, "detention")) == (SUNDAY, MONDAY)
    # a time of its own wins: "said on Monday that ... in 2019"
    cs = real_claims("The police of Korvania said on Monday that 14 people had been detained in Dravo in 2019.")
    assert dates(one(cs, "detention")) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def find(text: str, phrase: str) -> dict:
    return next(t for t in extract_time_expressions(text, PUB, []) if t["text"] == phrase)


def test_a_day_and_month_of_a_year_named_from_publication() -> None:
    for text, phrase, edtf in (
        ("The ministers initialled the text on August 8 last year.", "August 8 last year", "2030-08-08"),
        ("The ministers initialled the text on 8 August last year.", "8 August last year", "2030-08-08"),
        ("The road will open on March 28 next year.", "March 28 next year", "2032-03-28"),
        ("The mandate ends on December 31 this year.", "December 31 this year", "2031-12-31"),
    ):
        assert find(text, phrase)["date_edtf"] == edtf, text


def test_years_counted_from_the_year_told_before() -> None:
    text = "Korvania retook the valley in 2023. The monitors withdrew the following year. Two years later, talks began."
    assert find(text, "the following year")["date_edtf"] == "2024"
    assert find(text, "Two years later")["date_edtf"] == "2026"  # from the year told last, the withdrawal's
    assert find("Weeks later, talks began.", "Weeks later")["date_edtf"] == ""  # no year to count from


def test_what_a_vote_does_by_itself_is_no_plan() -> None:
    cs = real_claims("The Grand Assembly voted on Monday to strip Tomas Veil of immunity.")
    assert one(cs, "legal_action")["status"] == "occurred"
    referendum = one(real_claims("The Grand Assembly voted on Monday to hold a referendum in Korvania."), "referendum")
    assert referendum["status"] == "planned"  # what the vote calls for lies ahead


def test_an_agreement_on_a_named_day_to_meet_is_a_plan() -> None:
    meeting = one(real_claims("Alda Brun and Tomas Veil agreed on Monday to meet again next month."), "meeting")
    assert meeting["status"] == "planned"
    assert dates(meeting) == (dt.date(2031, 4, 1), dt.date(2031, 4, 30))


def test_elections_ahead_named_in_an_accusation_are_planned() -> None:
    cs = real_claims(
        "The opposition in Korvania accused the government of a show trial ahead of the parliamentary elections"
        " in June."
    )
    election = one(cs, "election")
    assert election["status"] == "planned"
    assert dates(election) == (dt.date(2031, 6, 1), dt.date(2031, 6, 30))
