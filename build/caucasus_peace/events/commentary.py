"""Commentary is not news: the sayings of people quoted for their view or their story (an analyst, a resident, a
relative) are colour in a news story, not statement events. Annotators of the development sets list 4 of 78 such
statements as events (45 as optional ones)."""

from __future__ import annotations

from collections.abc import Mapping

from caucasus_peace.events.context import Row
from caucasus_peace.events.lexicon import COMMENTATOR, SOURCE_ROLES


def is_commentary(claim: Row, descriptions: Mapping[str, str | None]) -> bool:
    """A statement whose every speaker is a person the article introduces by a commentator's role."""
    if claim["event_type"] != "statement":
        return False
    speakers = [p["entity_id"] for p in claim["participants"] if p["role"] in SOURCE_ROLES]
    return bool(speakers) and all(COMMENTATOR.match(descriptions.get(e) or "") for e in speakers)


def without_commentary(claims: list[Row], descriptions: Mapping[str, str | None]) -> list[Row]:
    """claims without the statements of commentators (descriptions: person ID -> its description here)."""
    return [c for c in claims if not is_commentary(c, descriptions)]
