"""The build: seeds -> per-article extraction (parallel) -> tables -> validated, published package."""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from caucasus_peace.cache import ExtractionCache
from caucasus_peace.curated import Curated, load_curated
from caucasus_peace.errors import CaucasusPeaceError, ExtractionFailed, ValidationFailed
from caucasus_peace.outdir import build_lock, finish_publishing, output_problem, publish, remove_stale, staging_dir
from caucasus_peace.package import descriptor, write_descriptor
from caucasus_peace.paths import DATA_DIRNAME, DATABASE_FILE, DATABASE_NAME, DATASETTE_METADATA_FILE
from caucasus_peace.schema import Package, datasette_metadata, load_package
from caucasus_peace.seeds import Article, load_articles

# The extraction, validation and writing modules take seconds to import; they are imported once the
# seeds are read, so that a bad seed file is reported at once.
if TYPE_CHECKING:
    from caucasus_peace.extract.article import ArticleFacts
    from caucasus_peace.tables import Rows

Progress = Callable[[Iterable["ArticleFacts"], int], Iterator["ArticleFacts"]]
# An engine extracts a list of articles and returns their facts in the same order (engines.py).
Engine = Callable[[list[Article], Curated, "Progress | None"], list["ArticleFacts"]]

_worker_curated: Curated | None = None


def _init_worker(curated: Curated) -> None:
    global _worker_curated
    _worker_curated = curated
    # The parent handles Ctrl-C and stops the workers; SIGTERM ends a worker quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def extract_one(article: Article, curated: Curated) -> ArticleFacts:
    """Extract one article; an unexpected exception (a bug) becomes an error naming the article, the
    same in a worker process as in the parent."""
    from caucasus_peace.extract.article import extract_article

    try:
        return extract_article(article, curated)
    except CaucasusPeaceError:
        raise
    except Exception as e:
        raise ExtractionFailed(
            article.path or article.source_id,
            f"extraction failed ({type(e).__name__}: {e}); this is a bug in caucasus-peace: please report it "
            "with this article (CAUCASUS_PEACE_DEBUG=1 shows the traceback)",
        ) from e


def _extract_in_worker(article: Article) -> ArticleFacts:
    assert _worker_curated is not None
    return extract_one(article, _worker_curated)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (an error or a signal ended the build): no waiting for queued articles."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def extract_all(
    articles: list[Article], curated: Curated, jobs: int = 1, progress: Progress | None = None
) -> list[ArticleFacts]:
    """Run the pure per-article extraction over every article, in parallel when jobs > 1."""
    wrap: Progress = progress or (lambda it, n: iter(it))
    if jobs <= 1 or len(articles) < 2:
        return list(wrap((extract_one(a, curated) for a in articles), len(articles)))
    chunk = max(1, len(articles) // (jobs * 8))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(curated,))
    try:
        facts = list(wrap(pool.map(_extract_in_worker, articles, chunksize=chunk), len(articles)))
    except BrokenProcessPool:
        _stop(pool)
        raise CaucasusPeaceError(
            "a worker process died during extraction (killed, or out of memory); the published package is unchanged"
        ) from None
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()
    return facts


@dataclass(frozen=True)
class BuildResult:
    out: Path
    counts: dict[str, int]
    seconds: dict[str, float]  # wall time per stage, for benchmarks (never written into the package)
    articles: int = 0
    reused: int | None = None  # articles whose facts came from the cache (None: no cache)
    cache_problem: str | None = None  # why the cache could not be updated (the package is published)


def extract_cached(
    articles: list[Article], curated: Curated, engine: Engine, store: ExtractionCache | None, progress: Progress | None
) -> tuple[list[ArticleFacts], list[str], dict[str, ArticleFacts]]:
    """Facts of every article in order: valid cache entries reused, the rest extracted by the engine.
    Returns the facts, every article's cache key, and the newly extracted facts by key (to store later)."""
    if store is None:
        return engine(articles, curated, progress), [], {}
    keys = store.keys(articles, curated)
    found = {k: f for k in dict.fromkeys(keys) if (f := store.get(k)) is not None}
    todo = [a for a, k in zip(articles, keys, strict=True) if k not in found]
    fresh = dict(zip([k for k in keys if k not in found], engine(todo, curated, progress), strict=True))
    return [found.get(k) or fresh[k] for k in keys], keys, fresh


def _update_cache(store: ExtractionCache, keys: list[str], fresh: dict[str, ArticleFacts]) -> str | None:
    """Store the new entries and drop unused ones, once the package is published; say why not if it fails."""
    try:
        for key, facts in fresh.items():
            store.put(key, facts)
        store.prune(set(keys))
    except OSError as e:
        return f"the extraction cache {store.root} was not updated ({e.strerror or e}); the next build recomputes"
    return None


def write_package(
    stage: Path, package: Package, tables: dict[str, Rows], articles: list[Article], partition: bool | None = None
) -> None:
    """``partition``: also write partitioned Parquet (parts.py); None: when the corpus is big."""
    from caucasus_peace.parts import should_partition
    from caucasus_peace.write import write_csv, write_parquet, write_sqlite

    partitioned = should_partition(len(articles), partition)

    data = stage / DATA_DIRNAME
    data.mkdir()
    for name, table in package.tables.items():
        write_csv(data / f"{name}.csv", table, tables[name])
        write_parquet(data / f"{name}.parquet", table, tables[name], partitioned)
    write_sqlite(data / DATABASE_FILE, package, tables, texts={a.source_id: a.text for a in articles})
    (data / DATASETTE_METADATA_FILE).write_text(
        json.dumps(datasette_metadata(package, DATABASE_NAME), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    write_descriptor(stage / "datapackage.json", descriptor(package, stage, articles))


def build(
    seeds_dir: Path,
    out: Path,
    jobs: int = 1,
    progress: Progress | None = None,
    engine: Engine | None = None,
    cache_dir: Path | None = None,
    partition: bool | None = None,
) -> BuildResult:
    """Build, validate and publish the package; the old package survives any failure. One build at a
    time per output folder (BuildLocked otherwise); a switch a crash interrupted is finished first, and
    staging folders of dead builds are removed. ``engine`` extracts (default: the local process pool of
    ``jobs`` workers); with ``cache_dir``, valid per-article results are reused from it (cache.py) and it is
    updated once the package is published. ``partition``: also write partitioned Parquet (True), never
    (False), or when the corpus has more than parts.PARTITION_MIN_SOURCES articles (None)."""
    clock = _Stopwatch()
    engine = engine or (lambda todo, cur, prog: extract_all(todo, cur, jobs=jobs, progress=prog))
    with build_lock(out):
        try:
            finish_publishing(out)
            remove_stale(out)
        except OSError as e:
            raise output_problem(out, e, "clean up after an earlier build") from None
        package = load_package()
        articles = load_articles(seeds_dir)
        curated = load_curated(seeds_dir, articles)
        clock.lap("read seeds")
        from caucasus_peace.assemble import assemble
        from caucasus_peace.validate import validate_package, validate_tables

        store = ExtractionCache.open(cache_dir, seeds_dir) if cache_dir is not None else None
        facts, keys, fresh = extract_cached(articles, curated, engine, store, progress)
        clock.lap("extract")
        tables = assemble(package, articles, facts, curated)
        clock.lap("assemble")
        problems = validate_tables(package, tables, {a.source_id: a.text for a in articles})
        if problems:
            raise ValidationFailed(problems)
        clock.lap("validate tables")
        switched = []
        try:
            with staging_dir(out) as stage:
                write_package(stage, package, tables, articles, partition)
                clock.lap("write")
                problems = validate_package(stage, texts={a.source_id: a.text for a in articles})
                if problems:
                    raise ValidationFailed(problems)
                clock.lap("validate package")
                publish(stage, out, on_switched=lambda: switched.append(True))
        except (OSError, sqlite3.OperationalError) as e:
            raise output_problem(out, e, "write the package") from None
        except KeyboardInterrupt as e:
            e.published = bool(switched)  # type: ignore[attr-defined]  # for the CLI's message
            raise
        problem = None
        if store is not None:
            try:
                problem = _update_cache(store, keys, fresh)
            except KeyboardInterrupt as e:
                e.published = True  # type: ignore[attr-defined]
                raise
            clock.lap("update cache")
    reused = len(articles) - len(fresh) if store is not None else None
    return BuildResult(
        out, {name: len(rows) for name, rows in tables.items()}, clock.laps, len(articles), reused, problem
    )


class _Stopwatch:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self._last
        self._last = now
