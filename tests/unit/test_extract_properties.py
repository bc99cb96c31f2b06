"""Properties of every extractor on arbitrary text: format characters, NULs, very long tokens, any script.

Whatever the text, extraction finishes without an exception, every span slices the text to the row's text,
and bounds are ordered (start <= end, low <= high). Examples stay few and short so the suite stays quick;
the benchmarks cover long texts.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caucasus_peace.curated import Curated, load_curated
from caucasus_peace.events.claims import extract_events
from caucasus_peace.extract.article import extract_article
from caucasus_peace.extract.body import non_body_spans
from caucasus_peace.extract.entities import extract_entities
from caucasus_peace.extract.quantities import extract_quantities
from caucasus_peace.extract.timex import extract_time_expressions
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import load_articles

PUB = date(2025, 8, 8)

# News words the rules react to, so that random text reaches deep into them, and characters that break naive
# code: format characters, NUL, other controls, combining marks, letters whose case mapping is odd.
_WORDS = (  # noqa: SIM905 (a word list reads best as words)
    "Nikol Pashinyan Ilham Aliyev Armenia Azerbaijan Baku Yerevan Vladimir Putin President Minister Ministry of "
    "Foreign Affairs said told met signed accused attacked killed detained fled will could may not the a an "
    "and in on at since last next this week month year Monday Friday May March Sept. 27 2023 1990s century "
    "ago later earlier 1,000 12 three hundreds dozens of about more than 5km 10% $ people soldiers talks "
    "summit agreement ceasefire border village near “ ” \" ' ( ) , . ; : - – — ? !"
).split()
_ODD = ["\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\x00", "\x1c", "\u0301", "İ", "ı", "ſ", "K", "Σ"]
_LONG = st.integers(50, 400)  # a very long token, run of dots, spaces or format characters
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_ODD),
    st.text(max_size=8),
    st.builds(lambda c, n: c * n, st.sampled_from(["a", "A", "7", ".", "-", " ", "\n", "\u200b", "x\u200b"]), _LONG),
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", ", ", ". "])
TEXTS = st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=40).map(lambda parts: "".join(p + s for p, s in parts))
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def curated() -> Curated:
    return load_curated(SEEDS_DIR, load_articles(SEEDS_DIR))


def _spans_slice(text: str, rows: list[dict], column: str = "text") -> None:
    for r in rows:
        assert 0 <= r["char_start"] <= r["char_end"] <= len(text), r
        assert text[r["char_start"] : r["char_end"]] == r[column], r


def _bounds_ordered(rows: list[dict], low: str, high: str) -> None:
    for r in rows:
        if r[low] is not None and r[high] is not None:
            assert r[low] <= r[high], r


@PROPERTY
@given(TEXTS)
def test_article_extraction_spans_slice_the_stored_text(curated: Curated, text: str) -> None:
    article = dataclasses.replace(load_articles(SEEDS_DIR)[0], source_id="prop", text=text)
    facts = extract_article(article, curated)
    _spans_slice(text, facts.mentions)
    _spans_slice(text, facts.quantities)
    _spans_slice(text, facts.time_expressions)
    _spans_slice(text, facts.events, "quote")
    _bounds_ordered(facts.quantities, "value_low", "value_high")
    _bounds_ordered(facts.time_expressions, "date_start", "date_end")
    _bounds_ordered(facts.events, "date_start", "date_end")
    for e in facts.events:
        assert e["char_start"] <= e["trigger_start"] <= e["char_end"]
        assert text[e["trigger_start"] :].startswith(e["trigger"])
        quantities = {(q["char_start"], q["char_end"]) for q in facts.quantities}
        assert set(map(tuple, e["quantity_spans"])) <= quantities
    entities = {e["entity_id"] for e in facts.entities}  # every mention and participant has its entity row
    assert {m["entity_id"] for m in facts.mentions} <= entities
    assert {p["entity_id"] for e in facts.events for p in e["participants"]} <= entities


@PROPERTY
@given(TEXTS)
def test_non_body_spans_are_sorted_disjoint_and_inside(text: str) -> None:
    prev = 0
    for a, b in non_body_spans(text):
        assert prev <= a < b <= len(text)
        prev = b


@PROPERTY
@given(TEXTS)
def test_entities_spans_slice(curated: Curated, text: str) -> None:
    entities, mentions = extract_entities(text, curated.registry)
    _spans_slice(text, mentions)
    assert {m["entity_id"] for m in mentions} <= {e["entity_id"] for e in entities}


@PROPERTY
@given(TEXTS)
def test_quantities_spans_slice_and_bounds_are_ordered(text: str) -> None:
    rows = extract_quantities(text)
    _spans_slice(text, rows)
    _bounds_ordered(rows, "value_low", "value_high")


@PROPERTY
@given(TEXTS)
def test_time_expressions_spans_slice_and_bounds_are_ordered(text: str) -> None:
    rows = extract_time_expressions(text, PUB)
    _spans_slice(text, rows)
    _bounds_ordered(rows, "date_start", "date_end")


@PROPERTY
@given(TEXTS)
def test_events_spans_slice_and_dates_are_ordered(curated: Curated, text: str) -> None:
    _, mentions = extract_entities(text, curated.registry)
    claims = extract_events(
        text,
        PUB,
        mentions,
        extract_time_expressions(text, PUB),
        extract_quantities(text),
        parties=curated.parties,
        demonyms=curated.demonyms,
    )
    _spans_slice(text, claims, "quote")
    _bounds_ordered(claims, "date_start", "date_end")
