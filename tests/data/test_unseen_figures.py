"""Quantities and time expressions measured on held-out articles (tests/data/unseen_figures/, written for this
evaluation). Floors sit a little below the measured numbers (docs/quantities.md and docs/time_expressions.md,
"Measured") so that a rule that stops generalising fails here, not silently on real news."""

from __future__ import annotations

import functools
from datetime import date

import yaml

from caucasus_peace.paths import REPO_ROOT
from tests.helpers import load_bench_module

DATA = REPO_ROOT / "tests" / "data" / "unseen_figures"


def _evaluator():
    return load_bench_module("evaluate_figures")


@functools.cache
def _totals():
    return _evaluator().evaluate()


def test_gold_file_is_well_formed() -> None:
    sources, gold = _evaluator().load()
    assert len(gold) == 8 and set(gold) == set(sources)
    for name, article in gold.items():
        text = (DATA / name).read_text(encoding="utf-8")
        assert 250 <= len(text.split()) <= 500, name
        assert isinstance(sources[name]["published"], date)
        assert len(_evaluator()._locate(text, article["quantities"], name)) == len(article["quantities"])
        assert len(_evaluator()._locate(text, article["times"], name)) == len(article["times"])
        for q in article["quantities"]:
            assert q["qualifier"] in ("exact", "approximately", "more_than", "at_least", "less_than", "almost", "vague")
            assert q["value"] is not None or q["low"] is not None or q["high"] is not None, q
        for t in article["times"]:
            assert t["precision"] in ("day", "month", "year", "decade", "century", "unknown"), t
            assert (t["start"] is None) == (t["end"] is None) == (t["precision"] == "unknown"), t


def test_quantity_floors() -> None:
    q = _totals().quantities
    assert q.precision >= 0.97 and q.recall >= 0.97, (q.precision, q.recall, q.misses, q.spurious)
    for name in ("value", "bounds", "unit", "qualifier"):
        assert q.accuracy(name) >= 0.97, (name, q.wrong)
    assert q.accuracy("measure") >= 0.95, q.wrong
    assert q.exact_span >= 0.95, q.wrong


def test_time_floors() -> None:
    t = _totals().times
    assert t.precision >= 0.97 and t.recall >= 0.97, (t.precision, t.recall, t.misses, t.spurious)
    assert t.accuracy("bounds") >= 0.97, t.wrong
    assert t.accuracy("precision") >= 0.98, t.wrong
    assert t.exact_span >= 0.97, t.wrong


def test_scoring_counts_misses_spurious_and_disagreements() -> None:
    """The scorer itself on a tiny invented article: one match with a wrong bound, one miss, one spurious row."""
    ev = _evaluator()
    text = "Nearly 40 people fled on Monday, and 7 buses left."
    gold = [
        {"text": "Nearly 40 people", "value": 40, "low": None, "high": 40, "unit": "count", "qualifier": "almost",
         "measure": "displaced"},
        {"text": "a dozen cars", "value": 12, "low": None, "high": None, "unit": "count", "qualifier": "exact",
         "measure": "cars"},
    ]  # fmt: skip
    text += " It took a dozen cars."
    pred = [
        {"char_start": 0, "char_end": 16, "text": "Nearly 40 people", "value": 40.0, "value_low": 40.0,
         "value_high": None, "unit": "count", "qualifier": "almost", "measure": "displaced"},
        {"char_start": 37, "char_end": 44, "text": "7 buses", "value": 7.0, "value_low": None, "value_high": None,
         "unit": "count", "qualifier": "exact", "measure": "buses"},
    ]  # fmt: skip
    score = ev.Score()
    ev._score("x", text, gold, pred, score, ev._qty_checks)
    assert (score.n_gold, score.n_pred, score.n_matched) == (2, 2, 1)
    assert score.accuracy("bounds") == 0.0 and score.accuracy("value") == 1.0
    assert score.misses == ["x: 'a dozen cars'"] and score.spurious == ["x: '7 buses'"]


def test_sources_cover_every_article() -> None:
    sources = yaml.safe_load((DATA / "sources.yaml").read_text(encoding="utf-8"))
    assert sorted(sources) == sorted(p.name for p in DATA.glob("*.txt"))
