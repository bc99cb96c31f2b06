"""What a party at a trial asks of its court is a demand, whoever asks ('State prosecutor Lev Arno asked the court to
sentence him to six years', 'the lawyer asked the judge to acquit his client'); turning to a court with a case ('asked
the Constitutional Court to annul the law') is still legal action. Invented sentences and names; published on
Wednesday 12 March 2031."""

from __future__ import annotations

import pytest

from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import one


@pytest.mark.parametrize(
    "sentence",
    [
        "State prosecutor Lev Arno asked the court on Monday to sentence Tomas Veil to six years in prison.",
        "His lawyer, Alda Brun, asked the judge on Monday to acquit her client.",
        "The prosecutor had asked the Dravo court on Monday to impose a fine on each defendant.",
    ],
)
def test_what_a_party_asks_of_its_trial_court_is_a_demand(sentence: str) -> None:
    cs = real_claims(sentence)
    assert str(one(cs, "demand")["date_start"]) == "2031-03-10"
    assert "legal_action" not in [c["event_type"] for c in cs]


def test_turning_to_a_court_with_a_case_is_legal_action() -> None:
    cs = real_claims("Twenty opposition deputies asked the Constitutional Court on Monday to annul the law.")
    assert one(cs, "legal_action")["status"] == "occurred"
