""" "According to X, the talks ...": the event after the source's comma is reported, only the document right after
"according to" is no event of its own. Issue 12, forty-first round. Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_an_event_after_the_source_is_reported() -> None:
    assert "meeting" in types("According to the ministry, the meeting took place in Dravo on Tuesday.")
    assert "talks" in types("According to the minister, the talks, which lasted six hours, were constructive.")


def test_the_document_a_report_cites_is_no_event() -> None:
    assert "legal_action" not in types("According to the indictment, he crossed into Korvania on May 2.")
