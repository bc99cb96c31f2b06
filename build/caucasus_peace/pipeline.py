"""The build: seeds -> per-article extraction (parallel) -> tables -> validated, published package."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from caucasus_peace.assemble import assemble
from caucasus_peace.curated import Curated, load_curated
from caucasus_peace.errors import ValidationFailed
from caucasus_peace.extract.article import ArticleFacts, extract_article
from caucasus_peace.package import descriptor, publish, staging_dir, write_descriptor
from caucasus_peace.paths import DATA_DIRNAME, DATABASE_FILE, DATABASE_NAME, DATASETTE_METADATA_FILE
from caucasus_peace.schema import Package, datasette_metadata, load_package
from caucasus_peace.seeds import Article, load_articles
from caucasus_peace.tables import Rows
from caucasus_peace.validate import validate_package, validate_tables
from caucasus_peace.write import write_csv, write_parquet, write_sqlite

Progress = Callable[[Iterable[ArticleFacts], int], Iterator[ArticleFacts]]

_worker_curated: Curated | None = None


def _init_worker(curated: Curated) -> None:
    global _worker_curated
    _worker_curated = curated


def _extract_in_worker(article: Article) -> ArticleFacts:
    assert _worker_curated is not None
    return extract_article(article, _worker_curated)


def extract_all(
    articles: list[Article], curated: Curated, jobs: int = 1, progress: Progress | None = None
) -> list[ArticleFacts]:
    """Run the pure per-article extraction over every article, in parallel when jobs > 1."""
    wrap: Progress = progress or (lambda it, n: iter(it))
    if jobs <= 1 or len(articles) < 2:
        return list(wrap((extract_article(a, curated) for a in articles), len(articles)))
    chunk = max(1, len(articles) // (jobs * 8))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(curated,)) as pool:
        return list(wrap(pool.map(_extract_in_worker, articles, chunksize=chunk), len(articles)))


@dataclass(frozen=True)
class BuildResult:
    out: Path
    counts: dict[str, int]
    seconds: dict[str, float]  # wall time per stage, for benchmarks (never written into the package)


def write_package(stage: Path, package: Package, tables: dict[str, Rows], articles: list[Article]) -> None:
    data = stage / DATA_DIRNAME
    data.mkdir()
    for name, table in package.tables.items():
        write_csv(data / f"{name}.csv", table, tables[name])
        write_parquet(data / f"{name}.parquet", table, tables[name])
    write_sqlite(data / DATABASE_FILE, package, tables, texts={a.source_id: a.text for a in articles})
    (data / DATASETTE_METADATA_FILE).write_text(
        json.dumps(datasette_metadata(package, DATABASE_NAME), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    write_descriptor(stage / "datapackage.json", descriptor(package, stage, articles))


def build(seeds_dir: Path, out: Path, jobs: int = 1, progress: Progress | None = None) -> BuildResult:
    """Build, validate and atomically publish the package; the old package survives any failure."""
    clock = _Stopwatch()
    package = load_package()
    articles = load_articles(seeds_dir)
    curated = load_curated(seeds_dir, articles)
    clock.lap("read seeds")
    facts = extract_all(articles, curated, jobs=jobs, progress=progress)
    clock.lap("extract")
    tables = assemble(package, articles, facts, curated)
    clock.lap("assemble")
    problems = validate_tables(package, tables, {a.source_id: a.text for a in articles})
    if problems:
        raise ValidationFailed(problems)
    clock.lap("validate tables")
    with staging_dir(out) as stage:
        write_package(stage, package, tables, articles)
        clock.lap("write")
        problems = validate_package(stage, texts={a.source_id: a.text for a in articles})
        if problems:
            raise ValidationFailed(problems)
        clock.lap("validate package")
        publish(stage, out)
    return BuildResult(out, {name: len(rows) for name, rows in tables.items()}, clock.laps)


class _Stopwatch:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self._last
        self._last = now
