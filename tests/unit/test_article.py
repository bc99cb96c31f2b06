"""The per-article driver: the size limit, and sentences shared by the extractors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from caucasus_peace.curated import Curated, load_curated
from caucasus_peace.errors import SeedError
from caucasus_peace.extract.article import MAX_ARTICLE_CHARS, check_size, extract_article
from caucasus_peace.extract.quantities import extract_quantities
from caucasus_peace.extract.sentences import sentence_spans
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import Article, load_articles


@pytest.fixture(scope="module")
def curated() -> Curated:
    return load_curated(SEEDS_DIR, load_articles(SEEDS_DIR))


def article(text: str, source_id: str = "999_long") -> Article:
    return dataclasses.replace(load_articles(SEEDS_DIR)[0], source_id=source_id, text=text)


def test_an_article_over_the_limit_is_refused_naming_its_file(curated: Curated) -> None:
    with pytest.raises(SeedError) as err:
        extract_article(article("word " * (MAX_ARTICLE_CHARS // 5) + "x"), curated)
    assert err.value.path == "seeds/articles/999_long.txt"
    assert f"{MAX_ARTICLE_CHARS:,}" in str(err.value) and "split it" in str(err.value)


def test_an_article_at_the_limit_passes_the_check() -> None:
    check_size(article("a" * MAX_ARTICLE_CHARS))


def test_the_cli_refuses_a_long_article_in_one_line(seeds_copy: Path, tmp_path: Path) -> None:
    (seeds_copy / "articles" / "999_long.txt").write_text("Armenia and Azerbaijan. " * 10_000, encoding="utf-8")
    with open(seeds_copy / "sources.csv", "a", encoding="utf-8") as f:
        f.write("999_long,Some Paper,2025-01-02,,,\n")
    done = subprocess.run(
        [sys.executable, "-m", "caucasus_peace.cli", "build", "--seeds", str(seeds_copy), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert done.stderr.startswith("error: seeds/articles/999_long.txt: the article has 240,000 characters")
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_quantities_read_the_sentences_they_are_given() -> None:
    text = "About 300 people fled. Officials said 12 were hurt.\nMore than 5,000 returned."
    assert extract_quantities(text, sentence_spans(text)) == extract_quantities(text)


def test_discovered_people_act_for_the_country_their_title_names() -> None:
    from caucasus_peace.curated import load_curated
    from caucasus_peace.extract.article import discovered_parties
    from caucasus_peace.extract.entities import extract_entities
    from caucasus_peace.paths import SEEDS_DIR
    from caucasus_peace.seeds import load_articles

    curated = load_curated(SEEDS_DIR, load_articles(SEEDS_DIR))
    text = (
        "The deal was signed by Azerbaijan's transport minister Tarlan Bayramli and Armenian Deputy Prime Minister "
        "Levon Hakobyan. Tomas Veil, a farmer, watched."
    )
    entities, _ = extract_entities(text, curated.registry)
    homes = {e["name"]: discovered_parties(entities, curated).get(e["entity_id"]) for e in entities}
    assert homes["Tarlan Bayramli"] == "plc-azerbaijan"
    assert homes["Levon Hakobyan"] == "plc-armenia"
    assert homes.get("Tomas Veil") is None


def test_a_person_titled_in_one_report_acts_for_that_country_in_another(curated: Curated) -> None:
    from caucasus_peace.assemble import _corpus_parties, _with_corpus_parties
    from caucasus_peace.events.curation import merge_events

    titled = article(
        "Korvan deal signed\n\nBRUSSELS, March 12 (Reuters) - Armenia and Azerbaijan signed an air services agreement "
        "on Thursday. It was signed by Armenia's infrastructure minister Levon Sarkisyan and Azerbaijan's transport "
        "minister Tarlan Bayramli.",
        "a_wire",
    )
    untitled = article(
        "When Levon Sarkisyan and Tarlan Bayramli signed an air services agreement in Brussels on 12 March 2026, "
        "nobody clapped.",
        "b_analysis",
    )
    facts = [extract_article(dataclasses.replace(a, published=dt.date(2026, 3, 13)), curated)
             for a in (titled, untitled)]  # fmt: skip
    homes = _corpus_parties(facts, curated)
    assert set(homes.values()) == {"plc-armenia", "plc-azerbaijan"}

    def signings(claims_by_source: dict) -> list[dict]:
        return [e for e in merge_events(claims_by_source)[0] if e["event_type"] == "agreement_signing"]

    apart = signings({f.source_id: f.events for f in facts})
    joined = signings({f.source_id: _with_corpus_parties(f.events, homes) for f in facts})
    assert len(apart) == 2 and [e["n_sources"] for e in joined] == [2]


def test_a_state_body_with_and_without_its_country_is_one_party_across_articles(curated: Curated) -> None:
    # two outlets report one case: one names the body with its country's possessive, the other bare
    from caucasus_peace.events.curation import merge_events

    pub = dt.date(2031, 3, 12)
    one = dataclasses.replace(
        article("Herders held in Tavush\n\nMoldova's Audit Chamber Service detained two herders in Tavush "
                "on Monday, the service said.\n", "901_a"),
        published=pub,
    )  # fmt: skip
    other = dataclasses.replace(
        article("Two herders detained\n\nThe Audit Chamber Service on Tuesday detained two herders in Tavush "
                "who it said had crossed the line.\n", "902_b"),
        published=pub,
    )  # fmt: skip
    facts = {a.source_id: extract_article(a, curated) for a in (one, other)}
    names = {e["name"] for f in facts.values() for e in f.entities if e["entity_type"] == "organization"}
    assert {"Audit Chamber Service of Moldova", "Audit Chamber Service"} <= names  # two entities, as written
    events, _, _, _ = merge_events({sid: f.events for sid, f in facts.items()})
    held = [e for e in events if e["event_type"] in ("detention", "arrest")]
    assert len(held) == 1  # one detention, dated a day apart: the body of that name, with and without its country
