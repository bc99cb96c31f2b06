"""Outlets date one event up to three days apart ('detained on May 10', 'detained on Wednesday', May 13): the reports
are still one event; four days apart they are two."""

from __future__ import annotations

from tests.unit.test_outlets_a_day_apart import phone_calls


def test_a_call_dated_three_days_apart_by_another_outlet_is_the_same_call() -> None:
    calls, _ = phone_calls(later_by=3)
    assert [e["n_sources"] for e in calls] == [2]


def test_four_days_apart_are_two_calls() -> None:
    calls, _ = phone_calls(later_by=4)
    assert sorted(e["n_sources"] for e in calls) == [1, 1]
