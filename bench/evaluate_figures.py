"""Measure extract_quantities and extract_time_expressions on hand-annotated held-out articles.

Usage: python bench/evaluate_figures.py [--quiet] [--draft FILE]

The articles, their publication dates (sources.yaml) and the gold rows (gold.yaml) are in
tests/data/unseen_figures/ (invented texts written for this evaluation; annotation rules at the top of gold.yaml).
Scoring, per extractor, micro-averaged over the articles:
- a gold row and a predicted row *match* when their spans overlap (each row matches at most once, the largest
  overlap first); span precision = matched / predicted, span recall = matched / gold;
- among matched pairs, the share with the exact same span, and for quantities the share with the same value,
  bounds (value_low and value_high), unit, qualifier and measure; for time expressions the share with the same
  date bounds and the same precision;
- misses (gold rows with no match), spurious rows (predictions with no match) and field disagreements are listed.
``--draft`` writes the extractors' rows in gold format, as a starting point for annotating a new article.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from caucasus_peace.extract.quantities import extract_quantities
from caucasus_peace.extract.timex import extract_time_expressions

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "unseen_figures"
QTY_FIELDS = ("value", "bounds", "unit", "qualifier", "measure")
TIME_FIELDS = ("bounds", "precision")


@dataclass
class Score:
    """Counts for one extractor, summed over articles."""

    n_gold: int = 0
    n_pred: int = 0
    n_matched: int = 0
    n_exact_span: int = 0
    agree: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.n_matched / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.n_matched / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return self.agree.get(name, 0) / self.n_matched if self.n_matched else 1.0

    @property
    def exact_span(self) -> float:
        return self.n_exact_span / self.n_matched if self.n_matched else 1.0


@dataclass
class Totals:
    quantities: Score
    times: Score


def _locate(text: str, rows: list[dict], name: str) -> list[tuple[int, int]]:
    """Offsets of gold rows listed in text order: each is the first whole-word occurrence of its text after the
    previous row ("2023" after "September 2023" is the next bare one), or else one inside the previous row (a
    quantity within a quantity: "33 seats" in "12 of the 33 seats")."""
    spans, pos = [], 0
    for row in rows:
        pattern = re.compile(rf"(?<!\w){re.escape(row['text'])}(?!\w)")
        m = pattern.search(text, pos)
        if m is None and spans:
            m = pattern.search(text, spans[-1][0] + 1, spans[-1][1])
        if m is None:
            raise ValueError(f"{name}: gold span not found in text order: {row['text']!r}")
        spans.append(m.span())
        pos = m.end()
    return spans


def _num(v: Any) -> float | None:
    return None if v is None else float(v)


def _date(v: Any) -> date | None:
    return v if isinstance(v, date) or v is None else date.fromisoformat(str(v))


def _match(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs of overlapping spans, greedily by overlap size."""
    cands = []
    for i, (gs, ge) in enumerate(gold):
        for j, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0:
                cands.append((-ov, i, j))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _qty_checks(g: dict, p: dict) -> dict[str, tuple[bool, str]]:
    gb, pb = (_num(g.get("low")), _num(g.get("high"))), (p["value_low"], p["value_high"])
    return {
        "value": (_num(g.get("value")) == p["value"], f"value {g.get('value')} vs {p['value']}"),
        "bounds": (gb == pb, f"bounds {gb} vs {pb}"),
        "unit": (g["unit"] == p["unit"], f"unit {g['unit']} vs {p['unit']}"),
        "qualifier": (g["qualifier"] == p["qualifier"], f"qualifier {g['qualifier']} vs {p['qualifier']}"),
        "measure": (g["measure"] == p["measure"], f"measure {g['measure']} vs {p['measure']}"),
    }


def _time_checks(g: dict, p: dict) -> dict[str, tuple[bool, str]]:
    gb, pb = (_date(g.get("start")), _date(g.get("end"))), (p["date_start"], p["date_end"])
    return {
        "bounds": (gb == pb, f"bounds {gb[0]}..{gb[1]} vs {pb[0]}..{pb[1]}"),
        "precision": (g["precision"] == p["date_precision"], f"precision {g['precision']} vs {p['date_precision']}"),
    }


def _score(name: str, text: str, gold: list[dict], pred: list[dict], score: Score, checks: Any) -> None:
    gspans = _locate(text, gold, name)
    pspans = [(p["char_start"], p["char_end"]) for p in pred]
    pairs = _match(gspans, pspans)
    score.n_gold += len(gold)
    score.n_pred += len(pred)
    score.n_matched += len(pairs)
    for i, j in pairs:
        score.n_exact_span += gspans[i] == pspans[j]
        if gspans[i] != pspans[j]:
            score.wrong.append(f"{name}: span {gold[i]['text']!r} vs {pred[j]['text']!r}")
        for key, (ok, msg) in checks(gold[i], pred[j]).items():
            score.agree[key] = score.agree.get(key, 0) + ok
            if not ok:
                score.wrong.append(f"{name}: {gold[i]['text']!r}: {msg}")
    matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
    score.misses += [f"{name}: {g['text']!r}" for i, g in enumerate(gold) if i not in matched_g]
    score.spurious += [f"{name}: {p['text']!r}" for j, p in enumerate(pred) if j not in matched_p]


def load(data_dir: Path = DATA_DIR) -> tuple[dict, dict]:
    sources = yaml.safe_load((data_dir / "sources.yaml").read_text(encoding="utf-8"))
    gold = yaml.safe_load((data_dir / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    return sources, gold


def evaluate(data_dir: Path = DATA_DIR) -> Totals:
    sources, gold = load(data_dir)
    totals = Totals(Score(), Score())
    for name, article in gold.items():
        text = (data_dir / name).read_text(encoding="utf-8")
        published = _date(sources[name]["published"])
        _score(name, text, article["quantities"], extract_quantities(text), totals.quantities, _qty_checks)
        times = extract_time_expressions(text, published)
        _score(name, text, article["times"], times, totals.times, _time_checks)
    return totals


def draft(data_dir: Path, out: Path) -> None:
    """The extractors' current rows in gold format, one block per article (to be corrected by hand)."""
    sources = yaml.safe_load((data_dir / "sources.yaml").read_text(encoding="utf-8"))
    lines = ["articles:"]
    for name, meta in sources.items():
        text = (data_dir / name).read_text(encoding="utf-8")
        lines += [f"  {name}:", "    quantities:"]
        for q in extract_quantities(text):
            lines.append(
                f"      - {{text: {q['text']!r}, value: {q['value']}, low: {q['value_low']}, high: {q['value_high']}, "
                f"unit: {q['unit']}, qualifier: {q['qualifier']}, measure: {q['measure']}}}"
            )
        lines.append("    times:")
        for t in extract_time_expressions(text, _date(meta["published"])):
            lines.append(
                f"      - {{text: {t['text']!r}, start: {t['date_start']}, end: {t['date_end']}, "
                f"precision: {t['date_precision']}}}"
            )
    out.write_text("\n".join(lines).replace(": None", ": null") + "\n", encoding="utf-8")


def _report(label: str, s: Score, fields: tuple[str, ...], quiet: bool) -> None:
    if not quiet:
        for title, items in (("missed", s.misses), ("spurious", s.spurious), ("disagreements", s.wrong)):
            print(f"== {label} {title} ({len(items)})")
            for item in items:
                print(f"   {item}")
    accs = "  ".join(f"{f} {s.accuracy(f):.3f}" for f in fields)
    print(
        f"{label}: gold {s.n_gold}, predicted {s.n_pred}, matched {s.n_matched} | precision {s.precision:.3f} "
        f"recall {s.recall:.3f} F1 {s.f1:.3f} | among matched: exact span {s.exact_span:.3f}  {accs}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quiet", action="store_true", help="print the summary lines only")
    ap.add_argument("--draft", type=Path, help="write the current predictions in gold format to this file")
    args = ap.parse_args()
    if args.draft:
        draft(DATA_DIR, args.draft)
        return
    totals = evaluate()
    _report("quantities", totals.quantities, QTY_FIELDS, args.quiet)
    _report("time", totals.times, TIME_FIELDS, args.quiet)


if __name__ == "__main__":
    main()
