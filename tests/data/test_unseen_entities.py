"""Entity extraction measured on held-out articles (tests/data/unseen/, written for this evaluation).

Floors sit a little below the measured numbers (docs/entities.md, "Measured") so that a rule that stops
generalising fails here, not silently on real news.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from tests.helpers import load_bench_module

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _evaluator():
    return load_bench_module("evaluate_entities")


@functools.cache
def _totals():
    return _evaluator().evaluate()


def test_gold_file_is_well_formed() -> None:
    gold = yaml.safe_load((UNSEEN / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    assert 10 <= len(gold) <= 12
    for name, article in gold.items():
        text = (UNSEEN / name).read_text(encoding="utf-8")
        assert 250 <= len(text.split()) <= 600, name
        for g in article["entities"]:
            assert g["type"] in ("person", "organization", "place"), g
            assert any(s in text for s in g["surface"]), (name, g)  # every gold entity is in its article


def test_precision_recall_floors() -> None:
    t = _totals()
    assert t.recall >= 0.95, t.recall
    assert t.precision >= 0.97, t.precision
    assert t.f1 >= 0.96, t.f1


def test_no_gold_entity_split_across_ids() -> None:
    assert _totals().n_splits == 0, [s for a in _totals().articles for s in a.splits]


def test_no_article_falls_far_behind() -> None:
    for a in _totals().articles:
        assert a.n_found >= 0.85 * a.n_gold, (a.name, a.misses)
        assert len(a.spurious) <= 2, (a.name, a.spurious)


def test_scoring_counts_misses_spurious_and_splits() -> None:
    """The scorer itself: a split, a miss, a wrong type and a spurious find on a tiny invented article."""
    from caucasus_peace.extract.entities import discovered_id

    ev = _evaluator()
    text = "Ana Bekova said on Monday that the Caspian Shipping Agency would open an office in Baku."
    gold = {
        "entities": [
            {"name": "Ana Bekova", "type": "person", "surface": ["Ana Bekova"]},
            {"name": "Nobody", "type": "person", "surface": ["Nobody Here"]},
            {"name": "Baku", "type": "organization", "surface": ["Baku"]},
        ]
    }
    from caucasus_peace.paths import SEEDS_DIR
    from caucasus_peace.registry import load_registry

    score = ev.score_article("x", text, gold, load_registry(SEEDS_DIR / "registry.yaml"))
    assert score.n_gold == 3 and score.n_found == 1
    assert "Nobody (person)" in score.misses and "Baku (organization)" in score.misses
    assert any("Caspian Shipping Agency" in s for s in score.spurious)
    assert any("(wrong type)" in s and "Baku" in s for s in score.spurious)
    assert discovered_id("person", "Ana Bekova").startswith("per-")


@functools.cache
def _dev_totals():
    ev = _evaluator()
    return ev.evaluate(unseen_dir=ev.SETS["dev"])


def test_per_type_floors_on_unseen_and_dev_sets() -> None:
    """Each type on its own: the invented dev set holds the shapes of issue 12 (gazetteer places, people
    without titles, outlets and ministries); the floors sit a little below the measured numbers."""
    for totals, floor_p, floor_r in ((_totals(), 0.97, 0.95), (_dev_totals(), 0.95, 0.92)):
        for entity_type in ("person", "organization", "place"):
            precision, recall, _, _ = totals.by_type(entity_type)
            assert precision >= floor_p and recall >= floor_r, (entity_type, precision, recall)
    assert _dev_totals().n_splits == 0


@functools.cache
def _set_totals(name: str):
    ev = _evaluator()
    return ev.evaluate(unseen_dir=ev.SETS[name])


def test_second_round_sets_are_well_formed() -> None:
    """Every gold surface of the second-round sets (issue 12 shapes the lead's blind sets showed) is in its article."""
    ev = _evaluator()
    for name in ("dev2", "check2"):
        folder = ev.SETS[name]
        gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))["articles"]
        for article, entry in gold.items():
            text = (folder / article).read_text(encoding="utf-8")
            for g in entry["entities"]:
                assert any(s in text for s in g["surface"]), (name, article, g)


def test_per_type_floors_on_the_second_round_sets() -> None:
    """dev2 (long official names, parties, districts of the region, names with particles, datelines and bylines)
    and check2 (written after those rules, measured once at P 0.94 R 0.94): floors a little below today's."""
    # Organizations lower in both (e0a7548, ee4afdc): their gold keeps the White House an office and "the
    # Penitentiary Service of the Ministry of Justice" one body, where the 27 blind sets heldout_6..32 mark the
    # White House a place 34 times in 35 and split a body of another body into two organizations.
    lower = {("dev2", "organization"): (0.92, 0.87), ("check2", "organization"): (0.90, 0.90)}
    for name, floor_p, floor_r in (("dev2", 0.97, 0.92), ("check2", 0.93, 0.93)):
        totals = _set_totals(name)
        for entity_type in ("person", "organization", "place"):
            precision, recall, _, _ = totals.by_type(entity_type)
            p, r = lower.get((name, entity_type), (floor_p, floor_r))
            assert precision >= p and recall >= r, (name, entity_type, precision, recall)
        assert totals.n_splits == 0, (name, [s for a in totals.articles for s in a.splits])
