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
