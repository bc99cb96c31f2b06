"""Benchmark incremental rebuilds: a cold build that fills the extraction cache, then one more article (not a test).

    python bench/corpus.py CORPUS --articles 10000
    python bench/bench_cache.py CORPUS --jobs 2

Copies the seeds folder CORPUS (so that it is never modified), builds it cold into a fresh output folder with the
cache on, appends the next generated article (bench/corpus.py's article N+1, with its sources.csv row), builds
again into the same output, and prints the wall time of each stage of both builds. Each build runs in a fresh
Python process. --engine dask runs both builds on a local Dask cluster of --jobs workers.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

REPO = Path(__file__).resolve().parent.parent

_RUNNER = """
import json, sys, time
from pathlib import Path
from caucasus_peace.cache import default_cache_dir
from caucasus_peace.engines import choose_engine
from caucasus_peace.pipeline import build
seeds, out, jobs, engine = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
start = time.perf_counter()
with choose_engine(engine, jobs) as extract:
    result = build(seeds, out, jobs=jobs, engine=extract, cache_dir=default_cache_dir(out))
print(json.dumps({"seconds": result.seconds, "total": time.perf_counter() - start, "reused": result.reused,
                  "articles": result.articles}))
"""


def run_build(seeds: Path, out: Path, jobs: int, engine: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(seeds), str(out), str(jobs), engine],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def add_article(seeds: Path, seed: int = 7) -> str:
    """Append generated article N+1 (N = the generated articles already there); return its source_id."""
    n = len(list((seeds / "articles").glob("gen_*.txt")))
    sid, art, row = corpus.generated_article(n + 1, seed, corpus.load_vocabulary(seeds))
    (seeds / "articles" / f"{sid}.txt").write_bytes(art.text.encode("utf-8"))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    with (seeds / "sources.csv").open("a", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return sid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a seeds folder written by bench/corpus.py")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as tmp:
        seeds, out = Path(tmp) / "seeds", Path(tmp) / "out"
        start = time.perf_counter()
        shutil.copytree(args.corpus, seeds)
        print(f"copied {args.corpus} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        cold = run_build(seeds, out, args.jobs, args.engine)
        sid = add_article(seeds)
        warm = run_build(seeds, out, args.jobs, args.engine)
    stages = list(dict.fromkeys([*cold["seconds"], *warm["seconds"]]))
    print(f"| stage | cold build ({cold['articles']:,} articles) | after adding {sid} |")
    print("|---|---:|---:|")
    for stage in stages:
        a, b = cold["seconds"].get(stage, 0.0), warm["seconds"].get(stage, 0.0)
        print(f"| {stage} | {a:.1f} s | {b:.1f} s ({b / warm['total']:.0%}) |")
    print(f"| **total** (process) | {cold['total']:.1f} s | {warm['total']:.1f} s |")
    print(f"reused {warm['reused']:,} of {warm['articles']:,}; rebuild / cold = {warm['total'] / cold['total']:.1%}")


if __name__ == "__main__":
    main()
