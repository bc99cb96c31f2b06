"""Cases and proceedings opened in the plural or by another verb ('opened two criminal cases', 'launched a criminal
proceeding', 'initiated a criminal case') are legal actions. Issue 12, fortieth round. Invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.test_event_time_clauses import real_types as types


@pytest.mark.parametrize(
    "text",
    [
        "Police in Dravo said on Monday they had opened two criminal cases on suspected vote buying.",
        "The Investigative Committee launched a criminal proceeding on Monday.",
        "Criminal proceedings have been opened against three men on charges of hooliganism.",
        "The Investigative Committee initiated a criminal case on Monday over the collapse.",
    ],
)
def test_an_opened_case_is_a_legal_action(text: str) -> None:
    assert "legal_action" in types(text)
