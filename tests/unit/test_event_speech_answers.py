"""Answers, accusations and sayings in news (issue 12, ninth round): a denial or rejection is news whoever gives
it; a plain 'said' that reports an attack by another side accuses that side. Invented sentences and names."""

from __future__ import annotations

import datetime as dt

import pytest

from caucasus_peace.events.claims import extract_events
from caucasus_peace.events.curation import merge_events
from caucasus_peace.extract.timex import extract_time_expressions
from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import PUB, mentions, one


def _korvania_ministry(text: str) -> list[dict]:
    """Claims of text where 'the Defence Ministry' speaks for Korvania."""
    parties = {"org-defence-ministry": "plc-korvania"}
    return extract_events(text, PUB, mentions(text), extract_time_expressions(text, PUB), [], parties=parties)


@pytest.mark.parametrize(
    "sentence",
    [
        "The police denied the allegation.",
        "The defendants have denied the charges throughout the trial.",
        "Her client denied all the charges.",
        "Officials in Dravo rejected claims that the reservoir had been opened.",
        "Border officials flatly reject the accusation.",
        "The ruling party rejected the demand.",
        "The men deny wrongdoing.",
    ],
)
def test_a_denial_by_a_subject_no_registry_names_is_a_statement(sentence: str) -> None:
    found = real_claims(sentence)
    assert one(found, "statement")["status"] == "occurred"
    assert not {"accusation", "demand"} & {c["event_type"] for c in found}  # the answered words are its object


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the talks went well.",  # an anonymous saying is no news in itself
        "The journalist was denied entry at the airport.",  # passive: nobody answers anything
        "A request to visit the prison was rejected.",
    ],
)
def test_no_statement_without_a_speaker_or_in_the_passive(sentence: str) -> None:
    assert "statement" not in {c["event_type"] for c in real_claims(sentence)}


def test_a_plain_saying_that_reports_an_attack_by_another_side_accuses_it() -> None:
    text = "The Defence Ministry said Meltoria units had shelled three villages near Ostrel overnight."
    found = _korvania_ministry(text)
    accusation = one(found, "accusation")
    assert {p["entity_id"] for p in accusation["participants"] if p["role"] == "accused"} == {"plc-meltoria"}
    assert one(found, "armed_clash")["status"] == "alleged"


def test_a_plain_saying_of_an_attack_by_its_own_side_stays_no_event() -> None:
    text = "The Defence Ministry said Korvania units had returned fire near Ostrel."
    found = _korvania_ministry(text)
    assert {c["event_type"] for c in found} == {"armed_clash"}


def test_the_reactions_of_a_news_story_are_news_of_the_day_its_lede_names() -> None:
    text = (
        "Korvania accused Meltoria on Tuesday of shelling three villages near Ostrel.\n"
        "The Meltoria Defence Ministry denied the report.\n"
        "Police detained 37 people at a rally in Dravo, the ministry said."
    )
    found = real_claims(text)
    tuesday = PUB - dt.timedelta(days=1)
    assert (one(found, "statement")["date_start"], one(found, "statement")["date_end"]) == (tuesday, tuesday)
    # a fact a source reports is not a saying: it keeps the two days around publication
    assert (one(found, "detention")["date_start"], one(found, "detention")["date_end"]) == (tuesday, PUB)


def test_a_lede_dated_a_week_back_names_no_day_for_the_reactions() -> None:
    text = (
        "Korvania accused Meltoria last Thursday of shelling three villages near Ostrel.\n"
        "The Meltoria Defence Ministry denied the report."
    )
    statement = one(real_claims(text), "statement")
    assert (statement["date_start"], statement["date_end"]) == (PUB - dt.timedelta(days=1), PUB)


def test_a_step_announced_without_a_named_party_is_an_event_of_its_own() -> None:
    text = "A Dravo court on Tuesday sentenced Tomas Veil to six years.\nHis lawyer said she would appeal the verdict."
    events, *_ = merge_events({"a": real_claims(text)})
    planned = [e for e in events if e["event_type"] == "legal_action"]
    assert [e["status"] for e in planned] == ["planned"]
    # a fact without a party or date still only joins what its article just reported, never stands alone; nor
    # does a plan of another kind that names nobody
    for text in ("Six were arrested.", "Officials said a deal would be signed."):
        events, *_ = merge_events({"a": real_claims(text)})
        assert events == [], text


def test_a_stance_in_the_simple_present_is_no_act_of_the_day() -> None:
    text = (
        "Korvania accused Meltoria on Tuesday of shelling three villages near Ostrel.\n"
        "Meltoria insists that its troops only returned fire.\n"
        "The Meltoria Defence Ministry denied the report."
    )
    statements = sorted((c["char_start"], c["date_start"]) for c in real_claims(text) if c["event_type"] == "statement")
    dates = [d for _, d in statements]
    assert dates[0] is None  # "insists": a position held
    assert dates[-1] is not None  # "denied": the day's answer


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Some fans objected to the decision to play the match at all.", "criticism"),
        ("Hundreds of residents protested outside the court.", "protest"),
        ("Six men were detained near the border.", "detention"),
    ],
)
def test_a_saying_a_protest_or_a_detention_of_unnamed_people_is_news_of_its_own(text: str, etype: str) -> None:
    events, *_ = merge_events({"a": real_claims(text)})
    assert [e["event_type"] for e in events] == [etype]
    # an act of another kind that names nobody still only joins what its article reported
    events, *_ = merge_events({"a": real_claims("Six were arrested.")})
    assert events == []
