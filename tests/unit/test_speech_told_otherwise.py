"""One outlet reports a ministry's words as a statement, another as an accusation: the same actor's saying of the
same days, in two articles, sharing its distinctive words, is one event of the more telling kind. A denial of the
accusation, another actor's saying, or a saying about something else stays its own event."""

from __future__ import annotations

from caucasus_peace.events.curation import merge_events
from tests.unit.test_event_news_shapes import real_claims

# Other news of the week: the words two reports of one event share are rare among all the claims merged.
OTHER = (
    "Alda Brun met Tomas Veil in Dravo on Tuesday. The Grand Assembly ratified the border treaty in May. "
    "Meltoria detained two Korvania shepherds in February."
)
ACCUSED = "Korvania's Defence Ministry on Friday accused Meltoria of wounding a soldier with sniper fire near Ostrel."


def speech_events(**articles: str) -> list[tuple[str, str, int]]:
    articles["other"] = OTHER
    events, _, sources, _ = merge_events({sid: real_claims(text) for sid, text in articles.items()})
    told = {s["event_id"] for s in sources}
    return sorted(
        (e["event_type"], e["status"], e["n_sources"])
        for e in events
        if e["event_id"] in told and e["event_type"] in ("statement", "accusation")
    )


def test_a_statement_in_one_outlet_is_the_accusation_in_another() -> None:
    said = "Korvania's Defence Ministry said on Friday that sniper fire from Meltoria had wounded a soldier."
    assert speech_events(a=said, b=ACCUSED) == [("accusation", "alleged", 2)]


def test_a_denial_of_the_accusation_stays_its_own_event() -> None:
    denied = "Meltoria's Defence Ministry on Friday rejected the claim that its snipers had wounded a soldier."
    assert [t for t, _, _ in speech_events(a=denied, b=ACCUSED)] == ["accusation", "statement"]


def test_another_actor_or_another_day_stays_apart() -> None:
    other_actor = "The Grand Assembly said on Friday that sniper fire from Meltoria had wounded a soldier near Ostrel."
    other_day = "Korvania's Defence Ministry said on Tuesday that sniper fire from Meltoria had wounded a soldier."
    for said in (other_actor, other_day):
        assert [t for t, _, _ in speech_events(a=said, b=ACCUSED)] == ["accusation", "statement"], said


def test_the_same_actor_on_the_same_day_saying_something_else_stays_apart() -> None:
    # shares the actor and one place name with the accusation: less than SIM_TOLD of its distinctive words
    said = "Korvania's Defence Ministry said on Friday that the Ostrel checkpoint would reopen on Monday."
    assert [t for t, _, _ in speech_events(a=said, b=ACCUSED)] == ["accusation", "statement"]
