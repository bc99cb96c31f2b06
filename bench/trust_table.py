"""How far each kind of event row can be trusted: precision and recall by event type, status, date precision and
number of reporting articles, summed over held-out sets (not a test).

    python bench/trust_table.py [SET_DIR ...] [--jobs 2]

With no SET_DIR, every tests/data/heldout_* set is measured. Each set is built and scored as by
bench/evaluate_set.py (the same matching of predicted to gold events); the counts of all sets are summed, then
printed as Markdown tables:
- rows: the event reports the package holds for the sets' articles (an event in each article that reports it),
  less those matched to an optional or unsupported gold event; precision = the share matched to a gold event;
- gold: the required gold events whose first type is the row's; recall = the share found, right date = the
  share found with a right date (both of all gold events of the type).
Rows are counted by the event's type, status, date precision ("undated" without a date) and the number of the
set's articles that report it (a report in one article, or in two or more merged into one row).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_set import build_with_set, evaluate

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
DIMENSIONS = (("type", "event type"), ("status", "status"), ("date", "date precision"), ("articles", "articles"))


def measure(set_dir: Path) -> tuple[Counter, Counter]:
    """The row and gold tallies of one set."""
    work = Path(tempfile.mkdtemp(prefix="trust-table-"))
    try:
        out = build_with_set(set_dir, work)
        evs = evaluate(set_dir, out)[3]
        return evs.rows, evs.gold_kinds
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _pct(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def tables(rows: Counter, gold: Counter, n_sets: int) -> str:
    out = []
    for dim, title in DIMENSIONS:
        values = sorted({v for d, v, _ in rows if d == dim}, key=lambda v: -rows[(dim, v, "predicted")])
        if dim == "type":
            values += sorted({t for t, _ in gold} - set(values))
            out.append(f"| {title} | rows | precision | gold events | recall | right date |")
            out.append("|---|---:|---:|---:|---:|---:|")
        else:
            out.append(f"| {title} | rows | precision |")
            out.append("|---|---:|---:|")
        for v in values:
            p, m = rows[(dim, v, "predicted")], rows[(dim, v, "matched")]
            cells = [v, str(p), _pct(m, p)]
            if dim == "type":
                g, f, d = gold[(v, "gold")], gold[(v, "found")], gold[(v, "dated")]
                cells += [str(g), _pct(f, g), _pct(d, g)]
            out.append("| " + " | ".join(cells) + " |")
        if dim == "type":
            p = sum(rows[(dim, v, "predicted")] for v in values)
            m = sum(rows[(dim, v, "matched")] for v in values)
            g = sum(gold[(v, "gold")] for v in values)
            f, d = sum(gold[(v, "found")] for v in values), sum(gold[(v, "dated")] for v in values)
            out.append(f"| **all** | {p} | {_pct(m, p)} | {g} | {_pct(f, g)} | {_pct(d, g)} |")
        out.append("")
    out.append(f"{n_sets} sets.")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path, help="held-out set folders (default: every tests/data/heldout_*)")
    ap.add_argument("--jobs", type=int, default=2, help="sets built at once (default 2)")
    args = ap.parse_args()
    sets = args.sets or sorted(DATA.glob("heldout_*"), key=lambda p: int(p.name.split("_")[1]))
    rows: Counter = Counter()
    gold: Counter = Counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        for r, g in pool.map(measure, sets):
            rows.update(r)
            gold.update(g)
    print(tables(rows, gold, len(sets)))


if __name__ == "__main__":
    main()
