"""Time against article length, per extractor, with a timeout per call (not a test).

    python bench/bench_length.py                       # 10k, 20k, 40k ... 10M characters, 60 s per call
    python bench/bench_length.py --max 320000 --timeout 20 --variants news no-punctuation long-tokens

One long article per variant (bench/corpus.py: news paragraphs; one line without punctuation; news sentences
between very long tokens) is cut to each size. Each (extractor, size) runs in its own process: the text and the
inputs the extractor needs are prepared first (not timed), then the call is timed (a call under half a second
runs up to five times and the fastest counts), and the process is killed when the call takes longer than
--timeout, reported as "over T s"; an extractor that timed out is not run on longer texts. Extractors: non-body
spans, entities, quantities, time expressions, events (given the rows of the others) and the whole article
(``extract_article``). Verdict per extractor: linear when, between consecutive sizes (from --judge-from seconds
up), time grows at most 1.3 times faster than length.
"""

from __future__ import annotations

import argparse
import itertools
import json
import select
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

EXTRACTORS = ("non_body_spans", "entities", "quantities", "time_expressions", "events", "extract_article")
GROWTH_LIMIT = 1.3  # time may grow this much faster than length between two sizes and still count as linear
SHORT, REPEAT_SHORT = 0.5, 5  # calls under SHORT seconds run up to REPEAT_SHORT times (within 2 × SHORT)


# --------------------------------------------------------------------------- the child: one timed call
def child(extractor: str, path: Path, size: int, result: Path) -> None:
    """Prepare, print 'ready', time one call, write its seconds and row count as JSON to ``result``."""
    import datetime as dt
    import hashlib

    from caucasus_peace.curated import load_curated
    from caucasus_peace.events.claims import extract_events
    from caucasus_peace.extract.article import extract_article
    from caucasus_peace.extract.body import non_body_spans
    from caucasus_peace.extract.entities import extract_entities
    from caucasus_peace.extract.quantities import extract_quantities
    from caucasus_peace.extract.timex import extract_time_expressions
    from caucasus_peace.paths import SEEDS_DIR
    from caucasus_peace.seeds import Article, load_articles

    text = path.read_text(encoding="utf-8")[:size]
    published = dt.date(2025, 8, 8)
    curated = load_curated(SEEDS_DIR, load_articles(SEEDS_DIR))
    article = Article(source_id="long", text=text, published=published, publisher="Bench", url=None, byline=None,
                      title=None, published_note=None, sha256=hashlib.sha256(text.encode()).hexdigest())  # fmt: skip

    def outside(rows: list[dict], skip: list[tuple[int, int]]) -> list[dict]:  # as extract_article does
        return [r for r in rows if not any(r["char_start"] < b and a < r["char_end"] for a, b in skip)]

    if extractor == "events":  # its inputs, untimed
        skip = non_body_spans(text)
        mentions = outside(extract_entities(text, curated.registry)[1], skip)
        quantities = outside(extract_quantities(text), skip)
        timex = outside(extract_time_expressions(text, published, curated.uncertain_spans(article)), skip)
    calls = {
        "non_body_spans": lambda: non_body_spans(text),
        "entities": lambda: extract_entities(text, curated.registry)[1],
        "quantities": lambda: extract_quantities(text),
        "time_expressions": lambda: extract_time_expressions(text, published),
        "events": lambda: extract_events(
            text, published, mentions, timex, quantities, parties=curated.parties, demonyms=curated.demonyms
        ),
        "extract_article": lambda: extract_article(article, curated).mentions,
    }
    print("ready", flush=True)
    best, spent = float("inf"), 0.0
    for _ in range(REPEAT_SHORT):  # short calls again, keeping the fastest: a busy machine adds noise to them
        start = time.perf_counter()
        rows = calls[extractor]()
        seconds = time.perf_counter() - start
        best, spent = min(best, seconds), spent + seconds
        if seconds > SHORT or spent > 2 * SHORT:
            break
    result.write_text(json.dumps({"seconds": best, "rows": len(rows)}))


# --------------------------------------------------------------------------- the parent
@dataclass(frozen=True)
class Result:
    size: int
    seconds: float | None  # None: over the timeout
    note: str = ""


def measure(extractor: str, path: Path, size: int, timeout: float, setup_timeout: float) -> Result:
    """Run one call in a child process; the clock for the timeout starts when its inputs are ready."""
    result_file, log_file = path.with_suffix(".result"), path.with_suffix(".log")
    result_file.unlink(missing_ok=True)
    args = [sys.executable, __file__, "--child", extractor, str(path), str(size), str(result_file)]
    with open(log_file, "w") as log:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=log, text=True)
        assert proc.stdout is not None
        try:
            ready, _, _ = select.select([proc.stdout], [], [], setup_timeout)
            if not ready or proc.stdout.readline().strip() != "ready":
                proc.kill()
                proc.wait()
                err = log_file.read_text().strip().splitlines()
                return Result(size, None, err[-1] if err else f"inputs not ready within {setup_timeout:.0f} s")
            proc.wait(timeout=timeout + 5)  # the child times the call itself; 5 s to exit
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            return Result(size, None)
        finally:
            proc.stdout.close()
    if proc.returncode or not result_file.exists():
        return Result(size, None, (log_file.read_text().strip().splitlines() or ["failed"])[-1])
    seconds = json.loads(result_file.read_text())["seconds"]
    return Result(size, seconds) if seconds <= timeout else Result(size, None)


def sizes(start: int, largest: int) -> list[int]:
    out = [start]
    while out[-1] * 2 <= largest:
        out.append(out[-1] * 2)
    return out if out[-1] == largest else [*out, largest]


def verdict(results: list[Result], timeout: float, judge_from: float) -> str:
    """'linear', or where time grew faster than length, or where it stopped."""
    done = [r for r in results if r.seconds is not None]
    worst = None
    for a, b in itertools.pairwise(done):
        assert a.seconds is not None and b.seconds is not None
        if a.seconds < judge_from:
            continue  # too short to time reliably
        growth = (b.seconds / a.seconds) / (b.size / a.size)
        if worst is None or growth > worst[0]:
            worst = (growth, a, b)
    failed = next((r for r in results if r.seconds is None), None)
    if failed is not None and failed.note:
        return f"failed at {failed.size:,} characters: {failed.note}"
    if failed is not None:
        last = done[-1] if done else None
        predicted = last.seconds * failed.size / last.size if last and last.seconds else None
        if last and predicted and predicted * GROWTH_LIMIT < timeout:
            return (f"super-linear: over {timeout:.0f} s at {failed.size:,} characters, where linear growth from "
                    f"{last.seconds:.2f} s at {last.size:,} predicts {predicted:.1f} s")  # fmt: skip
        return f"over {timeout:.0f} s at {failed.size:,} characters (too slow to judge the growth there)"
    if worst is None:
        return f"linear as far as measured (every call under {judge_from} s)"
    growth, a, b = worst
    if growth <= GROWTH_LIMIT:
        return f"linear (time grew at most {growth:.2f}× faster than length)"
    return (f"super-linear: ×{b.seconds / a.seconds:.1f} time for ×{b.size / a.size:.1f} length "
            f"({a.size:,} → {b.size:,} characters)")  # fmt: skip


def render(rows: list[list[str]], header: list[str], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * (len(header) - 1) + "|"]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])
    widths = [max(map(len, col)) for col in zip(header, *rows, strict=True)]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in [header, *rows])


def cell(r: Result | None, timeout: float) -> str:
    if r is None:
        return ""
    if r.seconds is None:
        return "failed" if r.note else f"over {timeout:.0f} s"
    rate = r.size / r.seconds if r.seconds > 0 else float("inf")
    return f"{r.seconds:.{3 if r.seconds < 0.1 else 2}f} s · {rate / 1000:,.0f}k/s"


def run_variant(variant: str, path: Path, args: argparse.Namespace) -> None:
    results: dict[str, list[Result]] = {e: [] for e in args.extractors}
    for size in sizes(args.start, args.max):
        for e in args.extractors:
            if results[e] and results[e][-1].seconds is None:
                continue  # timed out or failed on a shorter text
            r = measure(e, path, size, args.timeout, args.setup_timeout)
            results[e].append(r)
            print(f"  {variant:15} {size:>11,} {e:17} {cell(r, args.timeout)}", file=sys.stderr, flush=True)
    by_size = {s: {e: next((r for r in rs if r.size == s), None) for e, rs in results.items()}
               for s in sizes(args.start, args.max)}  # fmt: skip
    rows = [[f"{s:,}", *(cell(by_size[s][e], args.timeout) for e in args.extractors)] for s in by_size]
    h = "## " if args.markdown else "== "
    print(f"\n{h}{variant}: seconds and characters per second, timeout {args.timeout:.0f} s per call\n")
    print(render(rows, ["characters", *args.extractors], args.markdown))
    print()
    for e in args.extractors:
        print(f"{'- ' if args.markdown else ''}{e}: {verdict(results[e], args.timeout, args.judge_from)}")


def main() -> None:
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5]))
        return
    import corpus

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--start", type=int, default=10_000, help="shortest text, in characters (default 10,000)")
    ap.add_argument("--max", type=int, default=10_000_000, help="longest text (default 10,000,000); sizes double")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per call (default 60)")
    ap.add_argument("--setup-timeout", type=float, default=600.0,
                    help="seconds allowed to prepare a call's inputs (default 600)")  # fmt: skip
    ap.add_argument("--judge-from", type=float, default=0.1, help="ignore calls shorter than this for the verdict")
    ap.add_argument("--variants", nargs="+", choices=corpus.VARIANTS, default=["news"])
    ap.add_argument("--extractors", nargs="+", choices=EXTRACTORS, default=list(EXTRACTORS))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = ap.parse_args()
    if not 0 < args.start <= args.max:
        ap.error("--start must be positive and at most --max")
    with tempfile.TemporaryDirectory(prefix="cp-length-") as tmp:
        for variant in args.variants:
            path = Path(tmp) / f"{variant}.txt"
            path.write_text(corpus.long_article(args.max, args.seed, variant), encoding="utf-8")
            run_variant(variant, path, args)


if __name__ == "__main__":
    main()
