"""Answers, accusations and sayings in news (issue 12, ninth round): a denial or rejection is news whoever gives
it; a plain 'said' that reports an attack by another side accuses that side. Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import one


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
