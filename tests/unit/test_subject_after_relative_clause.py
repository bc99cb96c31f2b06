"""The subject of a main verb that follows a relative clause is the name the relative clause hangs on: "Alda Brun,
who heads the commission, said ..." is Alda Brun's saying. Issue 12, forty-first round. Invented sentences."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims


def _speakers(text: str) -> list[list[str]]:
    return [
        [p["name"] for p in c["participants"] if p["role"] == "speaker"]
        for c in real_claims(text)
        if c["event_type"] == "statement"
    ]


def test_a_saying_after_a_relative_clause_is_the_named_speakers() -> None:
    said = "Alda Brun, who heads the Korvanian commission, said on Tuesday that the talks had gone well."
    assert _speakers(said) == [["Alda Brun"]]
    assert _speakers("Alda Brun, who chairs the commission, told reporters on Tuesday the talks had gone well.") == [
        ["Alda Brun"]
    ]


def test_a_rejection_after_a_relative_clause_is_the_named_speakers() -> None:
    assert _speakers("Alda Brun, who led the delegation, rejected the criticism on Tuesday.") == [["Alda Brun"]]


def test_the_subject_of_a_which_clause_still_resumes() -> None:
    assert _speakers("Korvania, which backed the accord, welcomed the vote on Tuesday.") == [["Korvania"]]
