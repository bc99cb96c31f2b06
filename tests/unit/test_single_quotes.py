"""Quotations in single curly quotes, the house style of many outlets ('said Dravo ‘will not wait’'), are quotations
as double ones are: issue 12, thirty-ninth round. Invented sentences and names."""

from __future__ import annotations

from caucasus_peace.events.clauses import quote_spans
from tests.unit.test_event_time_clauses import real_claims


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in quote_spans(text, 0, len(text))]


def test_single_curly_quotes_are_a_quotation_and_apostrophes_are_not() -> None:
    text = "Brun said Korvania ‘will not wait’ for Dravo’s answer, and the Veils’ lawyer agreed."
    assert spans(text) == ["‘will not wait’"]
    assert spans("Dravo’s ministers’ answer came late.") == []
    assert spans("Brun said the plan ‘can’t work’ in winter.") == ["‘can’t work’"]


def test_single_quotes_inside_a_double_quotation_stay_part_of_it() -> None:
    text = "“Thanks to ‘Brun.’ We agree,” Veil said."
    assert spans(text) == ["“Thanks to ‘Brun.’ We agree,”"]


def test_a_saying_that_introduces_a_single_quoted_quotation_is_an_event() -> None:
    cs = real_claims("Alda Brun said Korvania ‘respects the decisions of Dravo’ on its border.")
    said = [c for c in cs if c["event_type"] == "statement"]
    assert said and "per-alda-brun" in {p["entity_id"] for p in said[0]["participants"]}
