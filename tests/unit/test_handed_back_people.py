"""People handed back are released, whoever they are ('handed back two shepherds', 'held for five days before being
handed back'); a document handed over is not. Issue 12, fortieth round. Invented sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_people_handed_back_are_released() -> None:
    assert "release" in types("Korvania on Friday handed back two Meltorian shepherds who had strayed across the line.")
    assert "release" in types("The farmer was held in Dravo for five days before being handed back.")


def test_a_document_handed_over_is_no_release() -> None:
    assert "release" not in types("The file was handed over to the Grand Assembly on Monday.")
