"""Format characters (Unicode Cf) inside words: matching sees through them, offsets index the stored text."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_peace.curated import Curated, load_curated
from caucasus_peace.extract.article import ArticleFacts, extract_article
from caucasus_peace.extract.textview import TextView
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import load_articles

FORMAT = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\U000e0041"]


@pytest.fixture(scope="module")
def curated() -> Curated:
    return load_curated(SEEDS_DIR, load_articles(SEEDS_DIR))


def extract(curated: Curated, text: str) -> ArticleFacts:
    article = dataclasses.replace(load_articles(SEEDS_DIR)[0], source_id="zero_width", text=text)
    return extract_article(article, curated)


def assert_spans_slice(text: str, facts: ArticleFacts) -> None:
    for rows, column in (
        (facts.mentions, "text"),
        (facts.quantities, "text"),
        (facts.time_expressions, "text"),
        (facts.events, "quote"),
    ):
        for r in rows:
            assert text[r["char_start"] : r["char_end"]] == r[column]


@pytest.mark.parametrize("zw", FORMAT)
def test_format_characters_inside_registry_names(curated: Curated, zw: str) -> None:
    text = f"Prime Minister Nikol Pash{zw}inyan met President Ilham Ali{zw}yev in Mos{zw}cow on Tuesday.\n"
    facts = extract(curated, text)
    found = {m["entity_id"]: m["text"] for m in facts.mentions}
    assert found == {
        "per-nikol-pashinyan": f"Nikol Pash{zw}inyan",
        "per-ilham-aliyev": f"Ilham Ali{zw}yev",
        "plc-moscow": f"Mos{zw}cow",
    }
    assert {e["name"] for e in facts.entities} == {"Nikol Pashinyan", "Ilham Aliyev", "Moscow"}
    assert_spans_slice(text, facts)
    assert [(t["text"], str(t["date_start"])) for t in facts.time_expressions] == [("Tuesday", "2025-08-05")]


def test_a_format_character_between_two_words_reads_as_a_space(curated: Curated) -> None:
    text = "Vladimir\u2060Putin spoke to Nikol\u200bPashinyan by phone.\n"
    facts = extract(curated, text)
    assert [(m["entity_id"], m["text"]) for m in facts.mentions] == [
        ("per-vladimir-putin", "Vladimir\u2060Putin"),
        ("per-nikol-pashinyan", "Nikol\u200bPashinyan"),
    ]
    assert_spans_slice(text, facts)


def test_discovered_names_come_from_the_view(curated: Curated) -> None:
    text = "Deputy Minister Arev Tal\u200bmazyan said on Monday that 1,2\u200b00 people had left.\n"
    facts = extract(curated, text)
    people = [e for e in facts.entities if e["entity_type"] == "person"]
    assert [p["name"] for p in people] == ["Arev Talmazyan"]
    assert [(q["text"], q["value"]) for q in facts.quantities] == [("1,2\u200b00 people", 1200.0)]
    assert_spans_slice(text, facts)


def test_format_characters_at_the_edges_of_spans_stay_outside(curated: Curated) -> None:
    text = "\ufeffArmenia and Azerbaijan\u200b signed the deal on Friday\u200d.\n"
    facts = extract(curated, text)
    assert [m["text"] for m in facts.mentions] == ["Armenia", "Azerbaijan"]
    assert [t["text"] for t in facts.time_expressions] == ["Friday"]
    assert_spans_slice(text, facts)


def test_text_without_format_characters_is_its_own_view() -> None:
    text = "Nikol Pashinyan met Ilham Aliyev."
    view = TextView.of(text)
    assert view.is_identity and view.text is text
    assert view.span(3, 9) == (3, 9)


PIECES = st.one_of(st.sampled_from(FORMAT), st.sampled_from(["a", "B", " ", "\n", "é", "x1"]), st.text(max_size=3))


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_every_view_character_maps_to_its_stored_character(text: str) -> None:
    view = TextView.of(text)
    assert not any(unicodedata.category(c) == "Cf" for c in view.text)
    kept = [view.start(i) for i in range(len(view.text))]
    assert kept == sorted(set(kept))
    for i, p in enumerate(kept):
        same = text[p] == view.text[i]
        assert same or (view.text[i] == " " and unicodedata.category(text[p]) == "Cf")  # a run between words
        assert view.end(i + 1) == p + 1 and view.span(i, i + 1) == (p, p + 1)
        assert view.to_view(p) == i
    assert all(unicodedata.category(c) == "Cf" for p, c in enumerate(text) if p not in set(kept))
