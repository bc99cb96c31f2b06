"""'The same night', 'the same evening': the day of the date just told, as 'the same day' is. Issue 12, thirty-ninth
round. Invented sentences."""

from __future__ import annotations

import datetime as dt

from caucasus_peace.extract.timex import extract_time_expressions

PUB = dt.date(2031, 3, 12)


def bounds(text: str, phrase: str) -> tuple[dt.date | None, dt.date | None]:
    t = next(t for t in extract_time_expressions(text, PUB, []) if t["text"].lower() == phrase)
    return t["date_start"], t["date_end"]


def test_the_same_night_is_the_day_just_told() -> None:
    day = dt.date(2031, 3, 3)
    for phrase in ("the same night", "the same evening", "the same morning"):
        text = f"On March 3, crowds rallied in Dravo. The ministry said {phrase} that it would review the terms."
        assert bounds(text, phrase) == (day, day), phrase
