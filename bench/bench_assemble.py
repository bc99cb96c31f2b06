"""Time the assembly stage (merge, IDs, counts) alone, on prefixes of one generated corpus (not a test).

    python bench/bench_assemble.py CORPUS_DIR --facts FACTS.pickle --articles 1000 2000 5000 [--jobs 2]
    python bench/bench_assemble.py CORPUS_DIR --facts FACTS.pickle --articles 5000 --profile 25

CORPUS_DIR is a seeds folder from bench/corpus.py; its first N generated articles are the N articles of a
smaller corpus, so one extraction (of the largest size) serves every size. The extracted facts are kept in
--facts (a pickle made by this script: extraction is the slow part, and assembly is what is measured). For
each N, prints the wall and CPU time of ``assemble`` (best of --repeat; CPU time is the fair measure on a
shared machine), the rows it made, and a SHA-256 digest of every table it returned, so that two code
versions can be compared without writing a package (same digest = same tables). Run another version's code
with PYTHONPATH=<its build/ folder>. --write then times the later stages and prints the peak memory.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import pstats
import resource
import tempfile
import time
from pathlib import Path

from caucasus_peace.assemble import assemble
from caucasus_peace.curated import load_curated
from caucasus_peace.pipeline import extract_all
from caucasus_peace.schema import load_package
from caucasus_peace.seeds import load_articles


def digest(tables: dict[str, list[dict]]) -> str:
    h = hashlib.sha256()
    for name in sorted(tables):
        h.update(name.encode())
        for row in tables[name]:
            h.update(repr(sorted(row.items())).encode())
    return h.hexdigest()[:16]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_stages(package, articles, tables) -> None:
    """The build's stages after assembly, timed, with the peak memory of this process after each."""
    from caucasus_peace.pipeline import write_package
    from caucasus_peace.validate import validate_package, validate_tables

    texts = {a.source_id: a.text for a in articles}
    with tempfile.TemporaryDirectory(prefix="cp-bench-write-") as name:
        stage = Path(name)
        for label, run in (
            ("validate tables", lambda: validate_tables(package, tables, texts)),
            ("write", lambda: write_package(stage, package, tables, articles)),
            ("validate package", lambda: validate_package(stage, texts=texts)),
        ):
            start = time.perf_counter()
            problems = run()
            print(f"{label}: {time.perf_counter() - start:.2f} s, peak memory {peak_mib():,.0f} MiB", flush=True)
            if problems:
                raise SystemExit("\n".join(problems[:10]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="a seeds folder made by bench/corpus.py")
    ap.add_argument("--facts", type=Path, required=True, help="pickle of the extracted facts (made when missing)")
    ap.add_argument("--articles", type=int, nargs="+", default=[1000], help="generated articles to assemble")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes when extracting (default 1)")
    ap.add_argument("--repeat", type=int, default=1, help="assemble each size this many times, keep the fastest")
    ap.add_argument("--profile", type=int, metavar="N", help="profile the last size; print the top N functions")
    ap.add_argument(
        "--write", action="store_true", help="then validate, write and validate the package of the last size"
    )
    args = ap.parse_args()
    package = load_package()
    top = max(args.articles)
    articles = [
        a for a in load_articles(args.corpus) if not a.source_id.startswith("gen_") or int(a.source_id[4:]) <= top
    ]
    curated = load_curated(args.corpus, articles)
    if args.facts.exists():
        facts = pickle.loads(args.facts.read_bytes())
        missing = {a.source_id for a in articles} - {f.source_id for f in facts}
        if missing:
            raise SystemExit(f"{args.facts}: has no facts for {len(missing):,} of the articles; remove it")
    else:
        start = time.perf_counter()
        facts = extract_all(articles, curated, jobs=args.jobs)
        print(f"extracted {len(articles):,} articles in {time.perf_counter() - start:.1f} s")
        args.facts.write_bytes(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
    by_id = {f.source_id: f for f in facts}
    print("| generated articles | assemble s (wall) | assemble s (CPU) | rows | digest |")
    print("|---:|---:|---:|---:|---|")
    for n in args.articles:
        keep = [a for a in articles if not a.source_id.startswith("gen_") or int(a.source_id[4:]) <= n]
        subset = [by_id[a.source_id] for a in keep]
        best = cpu = None
        for _ in range(args.repeat):
            # assemble may annotate claim dicts; each run starts from a fresh copy of the facts.
            fresh = pickle.loads(pickle.dumps(subset, protocol=pickle.HIGHEST_PROTOCOL))
            profiler = cProfile.Profile() if args.profile and n == args.articles[-1] else None
            start, start_cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            tables = assemble(package, keep, fresh, curated)
            if profiler:
                profiler.disable()
            seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
            best = seconds if best is None else min(best, seconds)
            cpu = cpu_seconds if cpu is None else min(cpu, cpu_seconds)
        rows = sum(len(t) for t in tables.values())
        print(f"| {n:,} | {best:.2f} | {cpu:.2f} | {rows:,} | {digest(tables)} |", flush=True)
    print(f"peak memory (RSS) after assembling: {peak_mib():,.0f} MiB")
    if args.write:
        write_stages(package, keep, tables)
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
