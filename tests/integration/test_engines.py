"""The Dask engine: on a local cluster of two worker processes, the package is byte for byte the local engine's,
and an error raised on a worker reads as it does locally."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from caucasus_peace.curated import load_curated
from caucasus_peace.engines import DaskEngine, batch_size
from caucasus_peace.errors import SeedError
from caucasus_peace.extract.article import MAX_ARTICLE_CHARS
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.pipeline import build
from caucasus_peace.seeds import load_articles
from tests.helpers import load_bench_module
from tests.unit.cli_harness import assert_one_error_line, published_files, run_cli

distributed = pytest.importorskip("distributed", reason="the Dask engine's tests need the test extra")


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_the_seeds_on_a_scheduler_build_the_local_package(client: distributed.Client, built: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = run_cli("build", "--out", str(out), "--engine", "dask", "--scheduler", client.scheduler.address)
    assert result.returncode == 0, result.stderr
    assert published_files(out) == published_files(built)


def test_a_generated_corpus_builds_the_same_package_on_dask(client: distributed.Client, tmp_path: Path) -> None:
    seeds = load_bench_module("corpus").write_corpus(tmp_path / "seeds", 200)
    build(seeds, tmp_path / "local", jobs=1)
    build(seeds, tmp_path / "dask", engine=DaskEngine(client=client))
    local, dask = published_files(tmp_path / "local"), published_files(tmp_path / "dask")
    assert len(local) > 20 and dask == local


def test_an_error_on_a_worker_reads_as_locally(client: distributed.Client) -> None:
    articles = load_articles(SEEDS_DIR)
    long = dataclasses.replace(articles[2], text="word " * (MAX_ARTICLE_CHARS // 5 + 1))
    with pytest.raises(SeedError, match=f"more than the {MAX_ARTICLE_CHARS:,} one article"):
        DaskEngine(client=client)([articles[0], long], load_curated(SEEDS_DIR, articles), None)


def test_batches_balance_the_workers() -> None:
    assert batch_size(5, 2) == 1
    assert batch_size(2_000, 2) == 125
    assert batch_size(1_000_000, 50) == 200


def test_scheduler_needs_the_dask_engine(tmp_path: Path) -> None:
    result = run_cli("build", "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:8786")
    assert result.returncode == 1
    assert_one_error_line(result.stderr, "--scheduler needs --engine dask")
