"""Benchmark the extraction engines on one corpus: local (one process) and Dask with 1, 2, ... workers (not a test).

    python bench/corpus.py CORPUS --articles 2000
    python bench/bench_engines.py CORPUS --workers 1 2

Extraction only (the stage the engines run; assembly and publishing are the same code for every engine): the
seconds of the local engine with --jobs 1, then for each --workers value a fresh distributed.LocalCluster
(processes, one thread each): the seconds to start it (and load the extractors in each worker), and to extract
every article on it. Also the bytes that
cross the network on a cluster (pickled, protocol 5, as distributed sends them): the curated data (once per
worker), the articles (once), the facts that come back. Checks that every engine returned the same facts.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

from caucasus_peace.curated import load_curated
from caucasus_peace.engines import DaskEngine, local_engine
from caucasus_peace.pipeline import extract_one
from caucasus_peace.seeds import load_articles


def mib(obj: object) -> float:
    return len(pickle.dumps(obj, protocol=5)) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a seeds folder written by bench/corpus.py")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    from distributed import Client, LocalCluster

    articles = load_articles(args.corpus)
    curated = load_curated(args.corpus, articles)
    extract_one(articles[0], curated)  # lazy tables (name lists, gazetteer) load once, outside the timing
    start = time.perf_counter()
    reference = local_engine(1)(articles, curated, None)
    local = time.perf_counter() - start
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles):,} articles, {chars / 1e6:.1f} M characters")
    print(
        f"crossing the network: curated {mib(curated):.2f} MiB per worker, articles {mib(articles):.1f} MiB, "
        f"facts back {mib(reference):.1f} MiB"
    )
    print("| engine | start | extract | articles/s | speed-up vs local |")
    print("|---|---:|---:|---:|---:|")
    print(f"| local, --jobs 1 | - | {local:.1f} s | {len(articles) / local:.1f} | 1.00 |")
    for n in args.workers:
        start = time.perf_counter()
        with (
            LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            client.run(extract_one, articles[0], curated)  # imports and lazy tables, outside the timing
            started = time.perf_counter() - start
            start = time.perf_counter()
            facts = DaskEngine(client=client)(articles, curated, None)
            seconds = time.perf_counter() - start
        if facts != reference:
            sys.exit(f"error: dask with {n} worker(s) returned other facts than the local engine")
        print(
            f"| dask, {n} worker(s) | {started:.1f} s | {seconds:.1f} s | {len(articles) / seconds:.1f} "
            f"| {local / seconds:.2f} |"
        )


if __name__ == "__main__":
    main()
