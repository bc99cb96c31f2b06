"""A body named in full and then by the words before its "for", "of" or "on" part ("the State Committee for Water
Resources ... the State Committee said") is one organization. Issue 12, forty-sixth round. Invented text."""

from __future__ import annotations

import pytest

from caucasus_peace.curated import Curated, load_curated
from caucasus_peace.extract.entities import extract_entities
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import load_articles


@pytest.fixture(scope="module")
def curated() -> Curated:
    return load_curated(SEEDS_DIR, load_articles(SEEDS_DIR))


def _organizations(text: str, curated: Curated) -> dict[str, set[str]]:
    """{mention text: entity IDs} of the organizations in text."""
    out: dict[str, set[str]] = {}
    for m in extract_entities(text, curated.registry, [])[1]:
        if m["entity_type"] == "organization":
            out.setdefault(m["text"], set()).add(m["entity_id"])
    return out


def test_a_short_name_after_the_full_one_is_the_same_body(curated: Curated) -> None:
    orgs = _organizations(
        "About 40 families gathered outside the State Committee for Water Resources in Dravo on Monday. The State "
        "Committee said that repairs to the canal would start in May.",
        curated,
    )
    assert orgs["State Committee"] == orgs["State Committee for Water Resources"]


def test_a_short_name_that_heads_two_bodies_stays_apart(curated: Curated) -> None:
    orgs = _organizations(
        "The State Committee for Water Resources and the State Committee for Land Registry met in Dravo on Monday. "
        "The State Committee said that the canal would be repaired.",
        curated,
    )
    both = orgs["State Committee for Water Resources"] | orgs["State Committee for Land Registry"]
    assert len(both) == 2 and not orgs["State Committee"] & both


def test_a_court_is_not_its_court_of_appeal(curated: Curated) -> None:
    orgs = _organizations(
        "The Anti-Corruption Court of Appeal upheld the ruling on Monday. The Anti-Corruption Court had sentenced the "
        "mayor of Dravo in March.",
        curated,
    )
    assert orgs["Anti-Corruption Court"] != orgs["Anti-Corruption Court of Appeal"]
