"""Where per-article extraction runs: the local process pool (the default) or the workers of a Dask cluster.

Both engines take the articles still to extract and return their facts in article order; assembly, validation
and publishing stay in the build's own process, so the engine never changes the package's bytes.

On Dask, the curated data goes to every worker once (scattered with ``broadcast=True``), the articles go from
this process straight to the workers in batches (``scatter``), each batch is one task, and the ArticleFacts
come back in order. Before any task, every worker must run the same extraction code as this process (the
cache's ``code_version``): a worker with other code would silently change the output.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from caucasus_peace.curated import Curated
from caucasus_peace.errors import CaucasusPeaceError
from caucasus_peace.pipeline import Engine, Progress, extract_all, extract_one
from caucasus_peace.seeds import Article

if TYPE_CHECKING:
    from caucasus_peace.extract.article import ArticleFacts

INSTALL_DASK = "pip install -e '.[dask]'"
# Articles per Dask task: enough tasks to balance the workers (8 per worker), few enough that the scheduler's
# overhead (about a millisecond a task) stays small against extraction (tens of milliseconds an article).
MAX_BATCH = 200


class DaskMissing(CaucasusPeaceError):
    def __init__(self) -> None:
        super().__init__(f"--engine dask needs dask and distributed, which are not installed: {INSTALL_DASK}")

    def __reduce__(self):
        return (type(self), ())


def require_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise DaskMissing() from None


def local_engine(jobs: int) -> Engine:
    return lambda articles, curated, progress: extract_all(articles, curated, jobs=jobs, progress=progress)


def extract_batch(articles: list[Article], curated: Curated) -> list[ArticleFacts]:
    """One Dask task: the facts of a batch of articles, in order."""
    return [extract_one(a, curated) for a in articles]


def worker_code_version() -> str:
    from caucasus_peace.cache import code_version

    return code_version()


def batch_size(n_articles: int, n_workers: int) -> int:
    return max(1, min(MAX_BATCH, math.ceil(n_articles / (max(1, n_workers) * 8))))


class DaskEngine:
    """Extraction on a Dask cluster: the scheduler at ``scheduler``, or a local cluster of ``workers`` processes
    started on first use (and closed with the engine)."""

    def __init__(self, scheduler: str | None = None, workers: int = 1, client: Any = None) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self._client = client
        self._owned: list[Any] = []  # what this engine started and must close

    def client(self) -> Any:
        if self._client is None:
            from distributed import Client, LocalCluster

            if self.scheduler is None:
                cluster = LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
                self._owned.append(cluster)
                self._client = Client(cluster)
            else:
                try:
                    self._client = Client(self.scheduler, timeout="30s")
                except (OSError, TimeoutError, ValueError) as e:
                    raise CaucasusPeaceError(
                        f"cannot reach the Dask scheduler at {self.scheduler} ({e}); start it with "
                        "`dask scheduler` and pass the address it prints"
                    ) from None
            self._owned.insert(0, self._client)
        return self._client

    def check_workers(self, client: Any) -> int:
        """The number of workers, once each is known to run this process's extraction code."""
        from caucasus_peace.cache import code_version

        versions = client.run(worker_code_version)
        if not versions:
            raise CaucasusPeaceError(f"the Dask scheduler at {self.scheduler} has no workers; start some")
        other = sorted(w for w, v in versions.items() if v != code_version())
        if other:
            raise CaucasusPeaceError(
                f"Dask worker(s) {', '.join(other)} run other caucasus-peace code than this process; install the same "
                "checkout (and library versions) on every worker"
            )
        return len(versions)

    def __call__(self, articles: list[Article], curated: Curated, progress: Progress | None) -> list[ArticleFacts]:
        if not articles:
            return []
        client = self.client()
        size = batch_size(len(articles), self.check_workers(client))
        batches = [articles[i : i + size] for i in range(0, len(articles), size)]
        shared = client.scatter(curated, broadcast=True, hash=False)
        futures = client.map(extract_batch, client.scatter(batches, hash=False), curated=shared, pure=False)

        def in_order() -> Iterator[ArticleFacts]:
            for future in futures:
                yield from future.result()

        wrap: Progress = progress or (lambda it, n: iter(it))
        try:
            return list(wrap(in_order(), len(articles)))
        finally:
            client.cancel(futures)

    def close(self) -> None:
        for thing in self._owned:
            with contextlib.suppress(Exception):
                thing.close()
        self._owned = []


@contextlib.contextmanager
def choose_engine(name: str, jobs: int, scheduler: str | None = None) -> Iterator[Engine]:
    """The engine the CLI asked for; a Dask cluster it started is closed on exit."""
    if name == "local":
        yield local_engine(jobs)
        return
    require_dask()
    engine = DaskEngine(scheduler, workers=jobs)
    try:
        yield engine
    finally:
        engine.close()
