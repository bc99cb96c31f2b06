"""Words of event types used for something else: a decree signed is no agreement, a detention centre is no detention,
a plan that met resistance no meeting, a market's demand no demand (issue 12, thirty-third round). Invented
sentences and names; published on Wednesday 12 March 2031."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import one


def _types(sentence: str) -> list[str]:
    return [c["event_type"] for c in real_claims(sentence)]


def test_a_decree_signed_is_no_agreement() -> None:
    assert "agreement_signing" not in _types("The two men were pardoned by Tomas Veil in a decree signed on Monday.")


def test_a_joint_appeal_signed_is_an_appeal() -> None:
    cs = real_claims("More than twenty media groups of Korvania and Meltoria signed a joint appeal on Tuesday.")
    assert one(cs, "appeal")["status"] == "occurred"
    assert "agreement_signing" not in [c["event_type"] for c in cs]


def test_a_detention_centre_is_a_place() -> None:
    assert "detention" not in _types(
        "Red Cross delegates visited prisoners held in a Dravo detention centre on Monday."
    )


def test_signings_and_detentions_still_are_events() -> None:
    assert "agreement_signing" in _types("Korvania and Meltoria signed a border protocol in Dravo on Tuesday.")
    assert "detention" in _types("Police in Dravo detained Tomas Veil on Monday; he remains in detention.")


def test_meeting_resistance_or_conditions_is_no_meeting() -> None:
    for sentence in (
        "In Korvania and among its diaspora, the protocols have met resistance.",
        "Meltoria met all the conditions, the minister said on Monday.",
        "Dravo has long presented itself as a neutral meeting place for its neighbours.",
    ):
        assert "meeting" not in _types(sentence), sentence
    assert "meeting" in _types("Alda Brun met Tomas Veil in Dravo on Monday.")


def test_a_markets_demand_is_no_demand() -> None:
    for sentence in (
        "Korvania Rail said it planned to send about 12 trains to Dravo this year, depending on demand.",
        "Demand for gas in Meltoria rose by 8 percent last year.",
    ):
        assert "demand" not in _types(sentence), sentence
    for sentence in (
        "Meltoria demanded on Monday that Korvania hand over the maps.",
        "The opposition demands that the referendum be held separately.",  # 'on' ends 'opposition'
    ):
        assert "demand" in _types(sentence), sentence


def test_a_decree_or_order_signed_is_no_agreement_nor_are_petitions_or_signs() -> None:
    for sentence in (
        "Tomas Veil signed a decree appointing Alda Brun governor of Ostrel on Monday.",
        "Tomas Veil signed an order on the new border regime on Monday.",
        "A petition signed by about 900 residents of Ostrel was handed in on Monday.",
        "Three men removed border signs near Ostrel on Monday.",
    ):
        assert "agreement_signing" not in _types(sentence), sentence


def test_a_decree_dissolving_a_body_dissolves_it_the_day_it_is_signed() -> None:
    text = "On Monday, Tomas Veil signed a decree dissolving all institutions of the Ostrel republic by June 1."
    cs = real_claims(text)
    dissolution = one(cs, "dissolution")
    assert (str(dissolution["date_start"]), dissolution["status"]) == ("2031-03-10", "occurred")
    assert "agreement_signing" not in [c["event_type"] for c in cs]


def test_a_ceasefire_signed_is_the_ceasefire_alone() -> None:
    for sentence in (
        "A ceasefire was signed in 2029, but no peace treaty followed.",
        "The truce signed in Dravo in November 2029 ended the war.",
    ):
        types = _types(sentence)
        assert "ceasefire" in types and "agreement_signing" not in types, (sentence, types)
    # the act of signing it, and a protocol that calls for one, are signings
    for sentence in (
        "The ministers of Korvania and Meltoria signed the ceasefire accord in Dravo on Monday.",
        "A protocol calling for a ceasefire was signed in Dravo on Monday.",
    ):
        assert "agreement_signing" in _types(sentence), sentence
