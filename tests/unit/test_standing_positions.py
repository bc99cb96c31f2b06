"""A position held over time, told undated by two outlets in their own words, is one event: the same actor's
speech act of the same kind, going on, sharing some distinctive words. Another position of that actor stays apart."""

from __future__ import annotations

from caucasus_peace.events.curation import merge_events
from tests.unit.test_events import claims

# Background reports in which the actors' names and the verbs of insisting are common words, as in a real corpus.
OTHER = [
    "Meltoria detained Tomas Veil near Dravo in February, Korvania insists.",
    "Korvania troops shelled Ostrel in May, Meltoria insists, and the talks must wait.",
    "Meltoria wants calm after Korvania troops shelled Dravo in May.",
    "Korvania and Meltoria must meet in Dravo in June, Alda Brun said.",
    "Korvania detained two Meltoria soldiers near Ostrel in March, Meltoria insists.",
    "Meltoria troops shelled Korvania positions in June, and Korvania insists the talks must stop.",
    "Alda Brun met Tomas Veil in Dravo in May; Meltoria insists Korvania must now act.",
    "Meltoria released Tomas Veil in June after Korvania insisted it must.",
]
FIRST = "Korvania insists that Meltoria must first amend its constitution before any signing."


def demands(second: str) -> list[dict]:
    background = {f"other-{i}": claims(text) for i, text in enumerate(OTHER)}
    events, _, sources, _ = merge_events({"a": claims(FIRST), "b": claims(second), **background})
    ours = {s["event_id"] for s in sources if s["source_id"] in ("a", "b")}
    return [e for e in events if e["event_type"] == "demand" and e["event_id"] in ours]


def test_one_standing_demand_in_two_outlets_words_is_one_event() -> None:
    found = demands("Korvania wants Meltoria first to remove a preamble reference from its constitution.")
    assert [e["n_sources"] for e in found] == [2]
    assert found[0]["status"] == "ongoing"


def test_another_demand_of_the_same_actor_stays_apart() -> None:
    found = demands("Korvania also insists Meltoria must withdraw its border guards from Ostrel.")
    assert sorted(e["n_sources"] for e in found) == [1, 1]
