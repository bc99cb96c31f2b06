"""A headline labelled with its genre ('Analysis | ...', 'Opinion: ...') says the article is no news story, whatever
day its lede opens on: its undated reports are not the day's news. Issue 12, thirty-ninth round. Invented text."""

from __future__ import annotations

import datetime as dt

from caucasus_peace.events.claims import extract_events
from caucasus_peace.extract.timex import extract_time_expressions
from tests.unit.test_events import mentions

PUB = dt.date(2031, 7, 20)
BODY = (
    "\n\nWhen the flames jumped the border near Dravo last week, officials called each other on a new line.\n\n"
    "The fire was a small event by the standards of this conflict. Korvania accused Dravo of starting the fire."
)


def accusation(headline: str) -> dict:
    text = headline + BODY
    claims = extract_events(text, PUB, mentions(text), extract_time_expressions(text, PUB, []), [])
    return next(c for c in claims if c["event_type"] == "accusation")


def test_an_undated_accusation_in_a_labelled_analysis_stays_undated() -> None:
    for headline in (
        "Analysis | A border with rules",
        "Opinion: A border with rules",
        "ANALYSIS - A border with rules",
    ):
        assert accusation(headline)["date_start"] is None, headline


def test_the_same_report_under_a_plain_headline_is_the_days_news() -> None:
    c = accusation("A border with rules")
    assert (c["date_start"], c["date_end"]) == (PUB - dt.timedelta(days=1), PUB)
