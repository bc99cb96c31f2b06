"""One person, however outlets romanise the name (issue 12, forty-sixth round): discovered people whose names differ
only in the letters romanisations swap ('Gh'/'G', 'q'/'g', 'ı'/'i', '-yan'/'-ian', a doubled letter) are one row of
the people table, and the events their reports tell merge as one person's. Invented articles and names."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caucasus_peace.assemble import assemble
from caucasus_peace.curated import Curated, load_curated
from caucasus_peace.extract.article import extract_article
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.person_spellings import spelling_key
from caucasus_peace.schema import load_package
from caucasus_peace.seeds import Article, load_articles


@pytest.fixture(scope="module")
def curated() -> Curated:
    # the seeds' event curation names passages of the seed articles, which these invented reports replace
    return dataclasses.replace(load_curated(SEEDS_DIR, load_articles(SEEDS_DIR)), event_curation=())


def article(text: str, source_id: str) -> Article:
    return dataclasses.replace(
        load_articles(SEEDS_DIR)[0], source_id=source_id, text=text, published=dt.date(2031, 3, 13)
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Tigran Ghevondyan", "Tigran Gevondian"),
        ("Rauf Qaraşlı", "Rauf Garashli"),
        ("Xəyal Məmmədli", "Khayal Mammadli"),
        ("Lusine Abbasyan", "Lusine Abasyan"),
        ("Arkady Ter-Ghazaryan", "Arkadi Ter Gazarian"),
    ],
)
def test_romanisations_of_one_name_share_a_key(one: str, other: str) -> None:
    assert spelling_key(one) == spelling_key(other) is not None


def test_other_names_and_a_surname_alone_do_not() -> None:
    assert spelling_key("Tigran Sargsyan") != spelling_key("Tigran Sarkisyan")  # another letter, not a romanisation
    assert spelling_key("Tigran Gevondyan") != spelling_key("Tigran Gevorgyan")
    assert spelling_key("Gevondyan") is None


def _tables(curated: Curated, *texts: str) -> dict[str, list[dict]]:
    articles = [article(t, f"{i:02d}_report") for i, t in enumerate(texts)]
    return assemble(load_package(), articles, [extract_article(a, curated) for a in articles], curated)


def test_two_spellings_of_a_person_are_one_row_and_one_detention(curated: Curated) -> None:
    tables = _tables(
        curated,
        "Shepherd detained\n\nYEREVAN, March 12 (Reuters) - Azerbaijani border guards detained Tigran Ghevondyan, a "
        "shepherd from Tavush, near the village of Dravo on Thursday, Armenia's foreign ministry said.",
        "Armenian held\n\nBAKU, March 12 - A citizen of Armenia, Tigran Gevondian, was detained on Thursday after he "
        "crossed the state border, the State Border Service said.",
        "Family appeals\n\nYEREVAN, March 13 - Relatives of Tigran Ghevondyan asked the Red Cross to visit him.",
    )
    people = [p for p in tables["people"] if not p["is_curated"]]
    assert [p["name"] for p in people] == ["Tigran Ghevondyan"]  # the spelling most mentions use
    named = {m["text"] for m in tables["mentions"] if m["entity_id"] == people[0]["person_id"]}
    assert named == {"Tigran Ghevondyan", "Tigran Gevondian"}  # each mention keeps its own text
    assert people[0]["n_sources"] == 3
    # one person detained: the two reports are one detention (held people of other names would keep them apart)
    assert [e["n_sources"] for e in tables["events"] if e["event_type"] == "detention"] == [2]


def test_a_registry_person_takes_a_variant_spelling(curated: Curated) -> None:
    suleymanov = next(e for e in curated.registry.entities if e.name == "Elin Suleymanov")
    assert "Elin Suleimanov" not in {a.name for a in suleymanov.aliases or ()}
    tables = _tables(curated, "Minister in Dravo\n\nDRAVO, March 12 - Elin Suleimanov visited Dravo on Thursday.")
    assert {m["entity_id"] for m in tables["mentions"] if "Suleimanov" in m["text"]} == {suleymanov.id}
    assert not [p for p in tables["people"] if not p["is_curated"]]
