"""An undated saying in the day's news ("the ministry said in a statement", in the next morning's paper) is the same
actor's saying that another outlet dates to that day or the day before, when the two share some distinctive words;
a week later, or another actor's, it stays its own event."""

from __future__ import annotations

import datetime as dt

from caucasus_peace.events.curation import merge_events
from tests.unit.test_events import claims

FRIDAY = dt.date(2031, 3, 14)
DATED = "The Defence Ministry said on Friday that its engineers had finished clearing mines from the road to Dravo."
# Some of DATED's distinctive words (the road, Dravo), too few to tie a retelling weeks later.
UNDATED = (
    "The Defence Ministry said in a statement that sappers had made the road safe and buses would run to Dravo from "
    "April."
)
# Other reports of the corpus: the words the two sayings share are rare in it, as in a real corpus.
OTHER = (
    "Meltoria detained Tomas Veil near Dravo in February. Korvania troops shelled Dravo in May. "
    "Alda Brun met Tomas Veil in Ostrel in June. The Grand Assembly ratified the border treaty in January."
)


def statements(undated: str, published: dt.date) -> list[dict]:
    articles = {"a": claims(DATED, pub=FRIDAY), "b": claims(undated, pub=published), "c": claims(OTHER)}
    events, _, _, _ = merge_events(articles)
    return [e for e in events if e["event_type"] == "statement"]


def test_the_next_mornings_undated_report_is_the_statement_of_the_day_before() -> None:
    found = statements(UNDATED, FRIDAY + dt.timedelta(days=1))
    assert [(e["n_sources"], e["date_edtf"]) for e in found] == [(2, "2031-03-14")]


def test_an_undated_report_of_the_same_day_is_the_same_statement() -> None:
    assert [e["n_sources"] for e in statements(UNDATED, FRIDAY)] == [2]


def test_a_report_a_week_later_in_other_words_is_another_statement() -> None:
    found = statements(UNDATED, FRIDAY + dt.timedelta(days=6))
    assert sorted(e["n_sources"] for e in found) == [1, 1]


def test_another_actors_saying_of_the_day_stays_apart() -> None:
    other_actor = UNDATED.replace("The Defence Ministry", "The Grand Assembly")
    found = statements(other_actor, FRIDAY + dt.timedelta(days=1))
    assert sorted(e["n_sources"] for e in found) == [1, 1]
