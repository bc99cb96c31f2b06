"""The sayings of people quoted for their view or their story (an analyst, a farmer, a relative) are commentary,
not statement events; a spokesman's or a minister's are (issue 12, forty-fifth round). Invented text and names."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caucasus_peace.curated import Curated, load_curated
from caucasus_peace.events.commentary import is_commentary
from caucasus_peace.events.lexicon import COMMENTATOR
from caucasus_peace.extract.article import extract_article
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import load_articles

STORY = (
    "Drought hits border farms\n\nArmenia accused Azerbaijan on Tuesday of diverting water from a river near "
    "Ijevan.\n\n"
)


@pytest.fixture(scope="module")
def curated() -> Curated:
    return load_curated(SEEDS_DIR, load_articles(SEEDS_DIR))


def statements(text: str, curated: Curated) -> list[str]:
    article = dataclasses.replace(load_articles(SEEDS_DIR)[0], source_id="x", text=text, published=dt.date(2031, 3, 14))
    return [c["quote"] for c in extract_article(article, curated).events if c["event_type"] == "statement"]


@pytest.mark.parametrize(
    "who",
    [
        "Tomas Veilan, a farmer in Berd",
        "Tomas Veilan, a political analyst in Dravo",
        "Tomas Veilan, a Dravo-based economist",
    ],
)
def test_a_commentators_saying_is_no_statement(who: str, curated: Curated) -> None:
    assert statements(STORY + f'"Our fields are dry," said {who}.', curated) == []


@pytest.mark.parametrize(
    "who", ["Tomas Veilan, a spokesman for the ministry", "Tomas Veilan, a deputy minister", "Tomas Veilan"]
)
def test_a_saying_of_anyone_else_stays_a_statement(who: str, curated: Curated) -> None:
    assert len(statements(STORY + f'"Our fields are dry," said {who}.', curated)) == 1


@pytest.mark.parametrize(
    ("description", "commentator"),
    [
        ("political analyst in Dravo", True),
        ("45-year-old farmer in Berd", True),
        ("mother of three", True),
        ("analyst", True),
        ("taxi driver's lawyer", False),  # the lawyer speaks for his client
        ("head of the farmers' union", False),
        ("student leader", False),
        ("fellow lawmaker", False),
        ("Former President of Korvania, father of the president", False),
        ("spokesman for the ministry", False),
    ],
)
def test_a_commentator_is_named_by_the_first_role_of_the_description(description: str, commentator: bool) -> None:
    assert bool(COMMENTATOR.match(description)) is commentator


def test_only_a_statement_whose_every_speaker_is_a_commentator_is_commentary() -> None:
    def claim(etype: str, *speakers: str) -> dict:
        return {"event_type": etype, "participants": [{"entity_id": s, "role": "speaker"} for s in speakers]}

    roles = {"per-a": "political analyst in Dravo", "per-b": "Foreign Minister of Korvania"}
    assert is_commentary(claim("statement", "per-a"), roles)
    assert not is_commentary(claim("statement", "per-a", "per-b"), roles)
    assert not is_commentary(claim("criticism", "per-a"), roles)  # a criticism is its own kind of news
    assert not is_commentary(claim("statement"), roles)
