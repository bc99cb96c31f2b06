"""A joint statement is news whoever issued it, even when its authors are named only by a title ('the Co-Chairs
issued a joint statement'); an anonymous official's saying still is not. Issue 12, fortieth round. Invented sentences
and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_joint_statement_is_news_whoever_issued_it() -> None:
    assert "statement" in types("Following the meeting, the co-chairs issued a joint statement on Friday.")
    assert "statement" in types("The talks ended with the adoption of a joint statement by the three leaders.")


def test_an_anonymous_saying_is_still_no_news() -> None:
    assert "statement" not in types("An official said on Friday that the road would stay closed.")
