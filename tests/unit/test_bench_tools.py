"""The benchmarks' own arithmetic: file comparison, stage tables and the linearity verdict (no timing here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.helpers import load_bench_module

bench_build = load_bench_module("bench_build")
bench_length = load_bench_module("bench_length")


def test_differing_files_names_each_difference(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for root in (a, b):
        (root / "data").mkdir(parents=True)
        (root / "data" / "same.parquet").write_bytes(b"PAR1\x00\x01")
    (a / "data" / "events.csv").write_text("id,title\n1,talks\n2,visit\n")
    (b / "data" / "events.csv").write_text("id,title\n1,talks\n2,visits\n")
    (a / "data" / "caucasus_peace.db").write_bytes(b"\x00" * 10)
    (b / "data" / "caucasus_peace.db").write_bytes(b"\x00" * 9 + b"\x01")
    (b / "extra.json").write_text("{}")
    diff = bench_build.differing_files(a, b)
    assert diff == [
        f"extra.json: only in {b}",
        "data/caucasus_peace.db: 10 vs 10 bytes",
        "data/events.csv: 25 vs 26 bytes (first difference on line 3)",
    ]
    assert bench_build.differing_files(a, a) == []


def _run(seconds: dict[str, float], total: float) -> object:
    code = bench_build.Code("now", Path("."))
    counts = {"sources": 10, "mentions": 990}
    return bench_build.Run(code, 1, seconds, counts, total, 200.0, 0.0, Path("."))


def test_stage_table_accounts_for_all_wall_time() -> None:
    run = _run({"read seeds": 1.0, "extract": 5.0, "validate package": 3.0}, total=10.0)
    stages = dict(bench_build.stage_seconds(run))
    assert stages == {"read seeds": 1.0, "extract": 5.0, "validate package": 3.0, "publish": 1.0}
    table = bench_build.stage_table(run, bench_build.Floor(0.5, 1234), markdown=True).splitlines()
    assert table[0] == "| stage | seconds | share | rows | rows/s | × floor |"
    assert table[2] == "| read seeds | 1.00 | 10.0 % | 10 | 10 | 2× |"
    assert table[3] == "| extract | 5.00 | 50.0 % | 1,000 | 200 | 10× |"
    assert table[-1] == "| **total** | 10.00 | 100.0 % | 1,000 | 100 | 20× |"


def test_compare_table_gives_the_speed_up_per_stage() -> None:
    old = _run({"extract": 8.0}, total=10.0)
    new = _run({"extract": 2.0}, total=3.0)
    rows = bench_build.compare_table(old, new, markdown=True).splitlines()
    assert "| extract | 8.00 | 2.00 | 4.00× |" in rows
    assert "| total | 10.00 | 3.00 | 3.33× |" in rows


def test_the_verdict_tells_linear_from_super_linear() -> None:
    r = bench_length.Result
    linear = [r(10_000, 0.1), r(20_000, 0.21), r(40_000, 0.4), r(80_000, 0.85)]
    assert bench_length.verdict(linear, 60, 0.05).startswith("linear")
    quadratic = [r(10_000, 0.1), r(20_000, 0.4), r(40_000, 1.6)]
    assert bench_length.verdict(quadratic, 60, 0.05) == (
        "super-linear: ×4.0 time for ×2.0 length (10,000 → 20,000 characters)"
    )
    timed_out = [r(10_000, 1.0), r(20_000, 4.0), r(40_000, None)]
    assert bench_length.verdict(timed_out, 60, 0.05).startswith("super-linear: over 60 s at 40,000 characters")
    slow = [r(10_000, 40.0), r(20_000, None)]
    assert bench_length.verdict(slow, 60, 0.05).startswith("over 60 s at 20,000 characters (too slow")
    assert bench_length.sizes(10_000, 100_000) == [10_000, 20_000, 40_000, 80_000, 100_000]


def test_relaxed_entity_spans_ignore_an_owner_and_a_type_word_only() -> None:
    ev = load_bench_module("evaluate_set")
    gold = {
        "entities": [
            {"name": "Ministry of Defence of Korvania", "type": "organization", "surface": ["Defence Ministry"]},
            {"name": "Ostrel", "type": "place", "surface": ["Ostrel province"]},
            {"name": "Dravo", "type": "place", "surface": ["Dravo"]},
        ]
    }
    mentions = [
        {"entity_id": "o1", "text": "Korvania's Defence Ministry"},
        {"entity_id": "p1", "text": "Ostrel"},
        {"entity_id": "p2", "text": "Dravo Airport"},
    ]
    types = {"o1": "organization", "p1": "place", "p2": "place"}
    s = ev.EntityScore()
    ev.score_entities("a", gold, mentions, types, s)
    assert (s.found["organization"], s.found["place"]) == (0, 0)
    assert (s.relaxed.found["organization"], s.relaxed.found["place"]) == (1, 1)  # Dravo Airport is no Dravo


def test_the_status_by_the_articles_passages_is_theirs_when_they_agree() -> None:
    ev = load_bench_module("evaluate_set")
    event = {"status": "occurred"}
    assert ev._own_status(event, [{"status": "planned"}, {"status": "planned"}]) == "planned"
    assert ev._own_status(event, [{"status": "planned"}, {"status": "alleged"}]) == "occurred"
    assert ev._own_status(event, []) == "occurred"


def test_the_trust_table_gives_precision_recall_and_dates_by_kind() -> None:
    from collections import Counter

    ev = load_bench_module("evaluate_set")
    trust = load_bench_module("trust_table")
    rows: Counter = Counter()
    row = {"event_type": "protest", "status": "occurred", "date_start": "2026-05-04", "date_precision": "day"}
    ev._tally_row(rows, row, 2, True)
    ev._tally_row(rows, row | {"date_start": "", "date_precision": ""}, 1, False)
    ev._tally_row(rows, row | {"event_type": "statement"}, 1, False)
    gold = Counter({("protest", "gold"): 4, ("protest", "found"): 2, ("protest", "dated"): 1, ("ban", "gold"): 1})
    table = trust.tables(rows, gold, 1)
    assert "| protest | 2 | 0.50 | 4 | 0.50 | 0.25 |" in table
    assert "| statement | 1 | 0.00 | 0 | - | - |" in table
    assert "| ban | 0 | - | 1 | 0.00 | 0.00 |" in table  # a type never predicted keeps its recall
    assert "| **all** | 3 | 0.33 | 5 | 0.40 | 0.20 |" in table
    assert "| undated | 1 | 0.00 |" in table and "| day | 2 | 0.50 |" in table
    assert "| 2 or more | 1 | 1.00 |" in table and "| 1 | 2 | 0.00 |" in table


def test_a_second_annotation_is_scored_as_the_pipeline_is(tmp_path: Path) -> None:
    import yaml

    agree = load_bench_module("annotator_agreement")
    texts = {
        "a.txt": "Korvania and Ostrel signed a water deal on Monday. Ostrel accused Korvania of shelling a farm.",
        "b.txt": "The water deal was signed in Dravo on Monday, officials said.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")

    def ev(key: str, etype: str, quote: str, **kw: object) -> dict:
        return {"key": key, "type": [etype], "quote": quote, "status": "occurred", "participants": [], **kw}

    day = {"start": "2026-03-02", "end": "2026-03-02"}
    ref = {
        "a.txt": {
            "entities": [{"name": "Korvania", "type": "place", "surface": ["Korvania"]}],
            "events": [
                ev("deal", "agreement_signing", "signed a water deal on Monday", **day),
                ev("acc", "accusation", "Ostrel accused Korvania", status="alleged"),
            ],
        },
        "b.txt": {"events": [ev("deal", "agreement_signing", "The water deal was signed", **day)]},
    }
    other = {
        "a.txt": {
            "entities": [
                {"name": "Korvania", "type": "place", "surface": ["Korvania"]},
                {"name": "Ostrel", "type": "place", "surface": ["Ostrel"]},
            ],
            "events": [
                ev("w1", "agreement_signing", "Korvania and Ostrel signed a water deal", **day),
                ev("x", "armed_clash", "shelling a farm"),
            ],
        },
        "b.txt": {"events": [ev("w2", "agreement_signing", "signed in Dravo on Monday", start="2026-03-01")]},
    }
    (tmp_path / "gold.yaml").write_text(yaml.safe_dump({"articles": ref}), encoding="utf-8")
    (tmp_path / "other.yaml").write_text(yaml.safe_dump({"articles": other}), encoding="utf-8")
    ents, evs = agree.agreement(tmp_path, tmp_path / "other.yaml")
    assert (ents.found["place"], ents.extracted["place"], ents.correct["place"]) == (1, 2, 1)
    # the signing is found in both articles (one without an end: a wrong date), the accusation is missed and the
    # clash is spurious; the two reports of the signing carry different keys, so they are not one row
    assert (evs.n_gold, evs.n_found, evs.n_pred, evs.n_pred_matched, evs.n_dated_right) == (3, 2, 3, 2, 1)
    assert (evs.multi, evs.multi_merged, evs.multi_found) == (1, 0, 1)
    assert self_agreement_is_perfect(agree, tmp_path)


def self_agreement_is_perfect(agree, set_dir: Path) -> bool:
    ents, evs = agree.agreement(set_dir, set_dir / "gold.yaml")
    return evs.n_found == evs.n_gold == evs.n_pred_matched and evs.multi_merged == evs.multi and not ents.spurious


def test_a_date_is_right_within_the_golds_and_before_an_end_with_no_start() -> None:
    right = load_bench_module("evaluate_set")._date_right
    d = dt.date
    assert right({"date_start": d(2026, 5, 4), "date_end": d(2026, 5, 4)}, {"start": "2026-05-01", "end": "2026-05-31"})
    assert not right(
        {"date_start": d(2026, 5, 4), "date_end": d(2026, 6, 4)}, {"start": "2026-05-01", "end": "2026-05-31"}
    )
    assert right({"date_start": None, "date_end": None}, {"start": None, "end": None})
    assert not right({"date_start": d(1994, 1, 1), "date_end": d(1994, 12, 31)}, {"start": None, "end": None})
    # "before the end of 1994": a prediction that ends by then is right, one that ends later is not
    assert right({"date_start": d(1994, 1, 1), "date_end": d(1994, 12, 31)}, {"start": None, "end": "1994-12-31"})
    assert not right({"date_start": d(1995, 1, 1), "date_end": d(1995, 12, 31)}, {"start": None, "end": "1994-12-31"})
