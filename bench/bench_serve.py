"""Load test of the Datasette site on loopback, bounded in time and requests (not a test).

    python bench/bench_serve.py --single --rounds 20                  # one client: latency per kind
    python bench/bench_serve.py --clients 200 --duration 60           # 200 concurrent clients for 60 s
    python bench/bench_serve.py --db big.db --clients 200 --duration 60 --setting num_sql_threads 4

Starts Datasette exactly as `caucasus-peace serve` does (immutable, the package's metadata, the site's plugin
and templates, the same settings; --setting overrides one) on 127.0.0.1 and a free port, on the package's
database (default; built if missing) or on --db (e.g. one from bench/big_database.py, served under the
package's database name so that the metadata, canned queries and facets apply). The clients (httpx, asyncio,
in this process) ask a fixed mix of URLs by kind: table pages with their facets, a table filtered by a
facet value, every canned query, full-text search, and CSV/JSON exports. Values for parameters (articles,
entities, facet values, search words) are read from the database first.

Reports per kind: requests, errors (a status other than 200, a client timeout, or a page saying a facet
or the query timed out), p50/p95/p99 in ms; and the server's peak resident memory (VmHWM). --single runs
every URL --rounds times from one client, one at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

import httpx

from caucasus_peace.paths import DATA_DIRNAME, DATABASE_FILE, DATABASE_NAME, DATASETTE_METADATA_FILE, REPO_ROOT
from caucasus_peace.serve import SETTINGS, datasette_serve_args, ensure_database
from caucasus_peace.site import SEARCH_EXAMPLES, SITE_PLUGIN

DB = DATABASE_NAME
TIMED_OUT = ("timed out", "Query interrupted")


def q(path: str, **params: str) -> str:
    return f"/{DB}/{path}" + ("?" + urllib.parse.urlencode(params) if params else "")


def url_mix(db: Path, metadata: dict, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, url) pairs: every table page, a facet-filtered page per faceted table, every canned query with
    typical parameters, searches and exports."""
    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    tables = metadata["databases"][DB]["tables"]
    queries = metadata["databases"][DB]["queries"]
    sources = [r[0] for r in con.execute("SELECT source_id FROM sources ORDER BY source_id")]
    popular = [r[0] for r in con.execute("SELECT entity_id FROM entities ORDER BY n_mentions DESC LIMIT 5")]
    rare = [r[0] for r in con.execute("SELECT entity_id FROM entities ORDER BY entity_id DESC LIMIT 5")]
    urls: list[tuple[str, str]] = []
    for name, meta in tables.items():
        if meta.get("hidden"):
            continue
        urls.append(("table", q(name)))
        for facet in meta.get("facets", [])[:1]:
            column = facet if isinstance(facet, str) else next(iter(facet.values()))
            value = con.execute(
                f'SELECT "{column}" FROM "{name}" WHERE "{column}" IS NOT NULL '
                "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()
            if value:
                urls.append(("facet", q(name, **{column: str(value[0])})))
    params = {
        "entity_profile": [{"entity_id": e} for e in popular[:2] + rare[:2]],
        "article": [{"source_id": s} for s in rng.sample(sources, min(4, len(sources)))],
        "events_by_status": [{"status": ""}, {"status": "planned"}],
        "search_sentences": [{"q": s} for s in SEARCH_EXAMPLES],
    }
    for name in queries:
        kind = "search" if name.startswith("search") else "canned"
        for p in params.get(name, [{}]):
            urls.append((kind, q(name, **p)))
    urls += [("search", q("entities", _search="Armenia")), ("search", q("places", _search="Baku"))]
    urls += [
        ("export", q("events.csv")),
        ("export", q("mentions.json", _shape="array")),
        ("export", q("events.csv", _stream="on", _size="max", event_type="meeting")),
        ("export", q("timeline.json", _shape="array")),
        ("export", q("article.csv", source_id=rng.choice(sources))),
    ]
    con.close()
    return urls


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, metadata_file: Path, port: int, settings: dict) -> subprocess.Popen:
    args = datasette_serve_args(db, metadata_file, port, "127.0.0.1", settings)
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", *args], stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 600  # an immutable database is counted at start-up
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/-/versions.json", timeout=5).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.5)
        if proc.poll() is not None:
            sys.exit("error: datasette exited at start-up")
    proc.kill()
    sys.exit("error: datasette did not start within 600 s")


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def fetch(client: httpx.AsyncClient, url: str) -> tuple[float, str | None]:
    t0 = time.perf_counter()
    try:
        r = await client.get(url)
        body = r.text
    except httpx.HTTPError as e:
        return time.perf_counter() - t0, type(e).__name__
    took = time.perf_counter() - t0
    if r.status_code != 200:
        return took, f"HTTP {r.status_code}"
    if not url.split("?")[0].endswith((".csv", ".json")) and any(t in body for t in TIMED_OUT):
        return took, "timed out (in page)"
    if '"facets_timed_out": ["' in body:
        return took, "facet timed out"
    return took, None


async def run_load(base: str, urls: list[tuple[str, str]], clients: int, duration: float, max_requests: int):
    results: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    deadline = time.monotonic() + duration
    sent = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0) as client:

        async def worker(k: int) -> None:
            nonlocal sent
            i = k
            while time.monotonic() < deadline and sent < max_requests:
                sent += 1
                kind, url = urls[i % len(urls)]
                i += 7  # clients walk the mix from different places
                took, error = await fetch(client, url)
                results[kind].append(took)
                if error:
                    errors[kind][error] += 1

        await asyncio.gather(*(worker(k) for k in range(clients)))
    return results, errors


async def run_single(base: str, urls: list[tuple[str, str]], rounds: int):
    results: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_url: dict[str, list[float]] = defaultdict(list)
    async with httpx.AsyncClient(base_url=base, timeout=30.0) as client:
        for _kind, url in urls:  # warm-up: first visits read pages from disk
            await fetch(client, url)
        for _ in range(rounds):
            for kind, url in urls:
                took, error = await fetch(client, url)
                results[kind].append(took)
                per_url[url].append(took)
                if error:
                    errors[kind][f"{error}: {url}"] += 1
    return results, errors, per_url


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s) + 0.5) - 1))] * 1000


def report(results, errors, took: float) -> list[dict]:
    rows = []
    order = ["table", "facet", "canned", "search", "export"]
    for kind in sorted(results, key=lambda k: order.index(k) if k in order else len(order)):
        v = results[kind]
        n_err = sum(errors[kind].values())
        rows.append(
            {
                "kind": kind,
                "requests": len(v),
                "errors": n_err,
                "p50_ms": round(percentile(v, 50)),
                "p95_ms": round(percentile(v, 95)),
                "p99_ms": round(percentile(v, 99)),
                "max_ms": round(max(v) * 1000),
            }
        )
    every = [t for v in results.values() for t in v]
    rows.append(
        {
            "kind": "all",
            "requests": len(every),
            "errors": sum(sum(e.values()) for e in errors.values()),
            "p50_ms": round(percentile(every, 50)),
            "p95_ms": round(percentile(every, 95)),
            "p99_ms": round(percentile(every, 99)),
            "max_ms": round(max(every) * 1000),
        }
    )
    print(f"{'kind':8} {'requests':>9} {'errors':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}")
    for r in rows:
        print(
            f"{r['kind']:8} {r['requests']:>9} {r['errors']:>7} {r['p50_ms']:>7} {r['p95_ms']:>7} {r['p99_ms']:>7} "
            f"{r['max_ms']:>7}"
        )
    print(f"{len(every)} requests in {took:.1f} s ({len(every) / took:.0f}/s)")
    for kind, errs in errors.items():
        for what, n in sorted(errs.items(), key=lambda x: -x[1])[:5]:
            print(f"  error {kind}: {n} x {what}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="database to serve (default: the package's, built if missing)")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    ap.add_argument("--max-requests", type=int, default=1_000_000, help="stop after this many requests")
    ap.add_argument("--single", action="store_true", help="one client, every URL --rounds times")
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--setting", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"))
    ap.add_argument(
        "--plugin-setting",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="override a setting of the site's plugin (e.g. max_concurrent_requests 4)",
    )
    ap.add_argument("--slowest", type=int, default=0, help="with --single: print the N slowest URLs (p95)")
    ap.add_argument("--json", type=Path, help="also write the report as JSON")
    args = ap.parse_args()
    root = REPO_ROOT
    metadata_file = root / DATA_DIRNAME / DATASETTE_METADATA_FILE
    metadata = json.loads(metadata_file.read_text(encoding="utf-8"))
    settings = {k: int(v) if v.isdigit() else v for k, v in args.setting}
    plugin = metadata["plugins"][SITE_PLUGIN]
    plugin |= {k: int(v) for k, v in args.plugin_setting}
    with tempfile.TemporaryDirectory() as tmp:
        if args.plugin_setting:
            metadata_file = Path(tmp) / "metadata.json"
            metadata_file.write_text(json.dumps(metadata), encoding="utf-8")
        if args.db:
            db = Path(tmp) / DATABASE_FILE  # the package's database name, so that the metadata applies
            db.symlink_to(args.db.resolve())
        else:
            db = ensure_database(root)
        urls = url_mix(db, metadata, random.Random(7))
        port = free_port()
        t0 = time.perf_counter()
        proc = start_server(db, metadata_file, port, settings)
        limits = {k: v for k, v in plugin.items() if k.startswith("max_")}
        print(f"datasette up in {time.perf_counter() - t0:.1f} s; settings {SETTINGS | settings}; plugin {limits}")
        print(f"{len(urls)} URLs")
        base = f"http://127.0.0.1:{port}"
        try:
            t0 = time.perf_counter()
            if args.single:
                results, errors, per_url = asyncio.run(run_single(base, urls, args.rounds))
            else:
                results, errors = asyncio.run(run_load(base, urls, args.clients, args.duration, args.max_requests))
            took = time.perf_counter() - t0
            rss = peak_rss_mib(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    mode = "1 client" if args.single else f"{args.clients} clients"
    print(f"{args.db or 'package database'}, {mode}:")
    rows = report(results, errors, took)
    print(f"server peak RSS: {rss:.0f} MiB")
    if args.single and args.slowest:
        slow = sorted(per_url.items(), key=lambda kv: -percentile(kv[1], 95))[: args.slowest]
        for url, v in slow:
            print(f"  p95 {percentile(v, 95):7.0f} ms  {url}")
    if args.json:
        report_json = {"rows": rows, "peak_rss_mib": rss, "settings": SETTINGS | settings, "plugin": limits}
        args.json.write_text(json.dumps(report_json, indent=1))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
