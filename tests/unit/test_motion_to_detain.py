"""What a request, a motion or a petition asks for has not happened by being asked: "rejected a defence motion to
release him", "a motion by investigators to remand him" tell the court's ruling, not a release or a detention.
Issue 12, forty-first round. Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_motion_to_release_is_no_release() -> None:
    found = types("The court in Dravo on Friday rejected a defence motion to release Tomas Veil on bail.")
    assert "release" not in found and "court_ruling" in found


def test_a_request_to_detain_is_no_detention() -> None:
    assert "detention" not in types("The judge in Dravo rejected the prosecution's request to detain Tomas Veil.")


def test_a_release_itself_is_still_a_release() -> None:
    assert "release" in types("Korvania released Tomas Veil in Dravo on Friday.")
