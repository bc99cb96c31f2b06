"""How news writing dates what it reports (issue 12, seventh round): agency datelines on a line of their own, a
lede in the present perfect, and dates that describe a person rather than the event. Invented sentences and names."""

from __future__ import annotations

import datetime as dt

import pytest

from caucasus_peace.events.curation import merge_events
from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import PUB, one

NEWS_DAY = (PUB - dt.timedelta(days=1), PUB)


def _bounds(c: dict) -> tuple[dt.date | None, dt.date | None]:
    return c["date_start"], c["date_end"]


def test_a_birth_year_beside_a_name_does_not_date_the_event() -> None:
    c = one(real_claims("The soldier, Tomas Veil, born in 2009, was detained on Tuesday near Ostrel."), "detention")
    assert _bounds(c) == (dt.date(2031, 3, 11), dt.date(2031, 3, 11))


def test_an_agency_dateline_on_its_own_line_makes_the_story_the_days_news() -> None:
    body = "Korvania denies the report\n\n{line}The Grand Assembly denied the report about the convoy.\n\nNo details."
    dated = one(real_claims(body.format(line="Dravo, March 12, KORPRESS\n\n")), "statement")
    assert _bounds(dated) == NEWS_DAY
    split = one(real_claims(body.format(line="Dravo. March 12. KORPRESS.\n\n")), "statement")  # in three pieces
    assert _bounds(split) == NEWS_DAY
    undated = one(real_claims(body.format(line="")), "statement")  # no sign of the day's news: no date made up
    assert _bounds(undated) == (None, None)


def test_a_present_perfect_saying_in_the_lede_is_the_days_news_and_elsewhere_a_stance() -> None:
    lede = "Korvania rejects the claim\n\nDravo, March 12, KORPRESS. The Grand Assembly has rejected the claim."
    assert _bounds(one(real_claims(lede), "statement")) == NEWS_DAY
    later = (
        "Korvania rejects the claim\n\nDRAVO, March 12 (KORPRESS) - Tomas Veil met Alda Brun on Tuesday in Ostrel.\n\n"
        "The talks lasted two hours.\n\nThe Grand Assembly has long rejected the claim as baseless."
    )
    assert [c for c in real_claims(later) if c["event_type"] == "statement" and c["date_start"]] == []


def test_a_headline_that_ends_with_a_quotation_is_still_the_headline() -> None:
    text = 'Korvania calls it "baseless"\n\nDravo, March 12, KORPRESS. The Grand Assembly has rejected the claim.'
    assert _bounds(one(real_claims(text), "statement")) == NEWS_DAY


def test_a_document_named_by_the_event_that_made_it_is_referred_to_not_new() -> None:
    text = (
        "Korvania welcomes the declaration\n\nDRAVO, March 12 (KORPRESS) - Tomas Veil on Tuesday welcomed the joint "
        "declaration signed by the leaders of Korvania and Meltoria in Ostrel."
    )
    signing = one(real_claims(text), "agreement_signing")
    assert _bounds(signing) == (None, None)  # not the day of the welcome, nor the day's news
    assert sorted(p["entity_id"] for p in signing["participants"]) == ["plc-korvania", "plc-meltoria"]


def test_a_present_perfect_passive_in_a_news_story_is_the_days_news() -> None:
    story = (
        "Korvania charges a farmer\n\nDRAVO, March 12 (KORPRESS) - Police in Ostrel detained a farmer on Tuesday.\n\n"
        "The arrest followed a dispute over water.\n\nTomas Veil has been charged with theft, {tail}"
    )
    assert _bounds(one(real_claims(story.format(tail="the police said.")), "legal_action")) == NEWS_DAY
    old = story.format(tail="a charge he has faced since 2029.").replace("has been", "has long been")
    assert _bounds(one(real_claims(old), "legal_action")) != NEWS_DAY


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Her lawyer said on Tuesday that she would appeal within ten days.", "planned"),
        ("The Grand Assembly petitioned the Supreme Court in February.", "occurred"),
        ("Twelve deputies asked the Constitutional Court in February to annul the law.", "occurred"),
        ("The bloc took its complaints to the Constitutional Court in February.", "occurred"),
        ("The bloc will apply to the Constitutional Court in April.", "planned"),
    ],
)
def test_turning_to_a_court_is_a_legal_action(sentence: str, status: str) -> None:
    assert one(real_claims(sentence), "legal_action")["status"] == status


def test_an_appeal_for_calm_is_no_legal_action() -> None:
    assert "legal_action" not in {c["event_type"] for c in real_claims("Korvania will appeal for calm in Ostrel.")}


def test_a_planned_appeal_does_not_join_the_trial_held_before() -> None:
    text = "The trial of Tomas Veil began in February in Dravo.\n\nHis lawyer said he would appeal within 30 days."
    events, _, evidence, _ = merge_events({"a": real_claims(text)})
    appeal_at = text.index("His lawyer")
    trial = [e["event_id"] for e in events if e["event_type"] == "legal_action" and e["status"] == "occurred"]
    assert trial and not [r for r in evidence if r["event_id"] in trial and r["char_start"] >= appeal_at]


def test_a_trigger_that_holds_its_passive_perfect_is_the_days_news_but_not_an_active_one() -> None:
    story = (
        "Blast in Ostrel\n\nDRAVO, March 12 (KORPRESS) - A blast hit a depot in Ostrel on Tuesday.\n\n"
        "Two guards were hurt.\n\n{line}"
    )
    case = one(real_claims(story.format(line="A criminal case has been opened into the blast.")), "legal_action")
    assert _bounds(case) == NEWS_DAY
    order = story.format(line="The Supreme Court has ordered Meltoria to pay for the depot.")
    assert _bounds(one(real_claims(order), "court_ruling")) != NEWS_DAY  # background, as often as news


def test_a_fact_a_source_reports_in_a_news_story_is_the_days_news() -> None:
    story = (
        "Rally in Dravo\n\nDRAVO, March 12 (KORPRESS) - Thousands rallied in Dravo on Tuesday.\n\n"
        "Police detained 37 people, the Grand Assembly said, adding that two officers were hurt.\n\n"
        "Police detained 12 people in a raid years ago."
    )
    found = [c for c in real_claims(story) if c["event_type"] == "detention"]
    # the detention in a raid years ago has no source closing its sentence: no date made up
    assert [_bounds(c) for c in found] == [NEWS_DAY, (None, None)]


def test_what_happened_n_days_after_or_before_a_named_day_is_counted_from_it() -> None:
    story = "Remains returned\n\n{line}"
    after = "Dravo handed back two soldiers on Thursday, two days after the commission met in Ostrel."
    met = one(real_claims(story.format(line=after)), "meeting")
    assert _bounds(met) == (dt.date(2031, 3, 4), dt.date(2031, 3, 4))  # Thursday the 6th, less two days
    before = "The envoys met in Ostrel on Thursday, a week before the Grand Assembly ratified the treaty."
    ratified = one(real_claims(story.format(line=before)), "ratification")
    assert _bounds(ratified) == (dt.date(2031, 3, 13), dt.date(2031, 3, 13))
    # what the after-clause embeds is not counted back (a march planned is not two days before the arrest)
    nested = "Veil was arrested on Thursday, two days after he announced plans to organise a march against the treaty."
    assert _bounds(one(real_claims(story.format(line=nested)), "protest"))[0] != dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvania and Meltoria have opened a hotline, the first channel between them since they went to war in the "
        "early 2010s.",
        "The ministers held a meeting, the first since the two leaders met in Dravo in October.",
    ],
)
def test_a_time_in_a_clause_of_since_after_the_trigger_dates_that_clause_not_the_trigger(sentence: str) -> None:
    claims = real_claims(sentence)
    first = min(claims, key=lambda c: c["char_start"])
    assert first["event_type"] in ("establishment", "meeting")
    assert first["date_start"] is None or first["date_start"] >= dt.date(2031, 1, 1)  # not the since-clause's date


def test_since_with_a_time_alone_still_gives_the_lower_bound() -> None:
    c = one(real_claims("Korvania has detained Tomas Veil since February."), "detention")
    assert c["date_start"] == dt.date(2031, 2, 1)
