"""Independence is an event when it is declared, proclaimed or gained; the noun alone names a state of affairs or a
document, not an event (issue 12, forty-fifth round). Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_time_clauses import real_types


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders of Ostrel declared independence from Korvania in February.",
        "Ostrel proclaimed its independence in February.",
        "Meltoria gained independence from Korvania in February.",
        "Independence was declared in Dravo in February.",
        "Both states became independent in February.",
    ],
)
def test_independence_declared_or_gained_is_an_event(sentence: str) -> None:
    assert "independence" in real_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvania wants Meltoria to remove from its constitution a reference to the declaration of independence.",
        "The border is calmer now than at any time since independence.",
        "The people of Ostrel demand independence or union with Meltoria.",
        "The ministry of Ostrel, whose independence no state recognises, said the road was open.",
        "The offensive ended the de facto independence of Ostrel in February.",
    ],
)
def test_independence_named_as_a_state_or_a_document_is_no_event(sentence: str) -> None:
    assert "independence" not in real_types(sentence)
