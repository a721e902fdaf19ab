"""Extraction on a Dask cluster: partitions of article records out, Results back, pipeline once per worker."""

from __future__ import annotations

from typing import Any

import dask
from distributed import Client, Future, LocalCluster, WorkerPlugin

from marsad.model import Article
from marsad.pipeline import Pipeline, Result
from marsad.scale.usage import WorkerUsage

LOCAL = "local"

QUIET_WORKERS = {
    # The statistical profiler samples every thread's stack every 10 ms (~4 % of the CPU of
    # extraction) for a dashboard nobody looks at on a cluster started here.
    "distributed.worker.profile.enabled": False,
    # The event loop's latency tick (20 ms), memory monitor (100 ms) and system monitor (500 ms)
    # wake a thread that takes the GIL from the extracting thread: ~4 % more with these slower.
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}
"""Settings of a LocalCluster started by marsad (a cluster given by address keeps its own)."""


def article_record(article: Article) -> dict[str, Any]:
    """An Article as the plain JSON-style record that ``Article.from_record`` reads back unchanged."""
    return {
        "id": article.id,
        "text": article.text,
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.outlet,
        "title": article.title,
        "url": article.url,
    }


def extract_partition(records: list[dict[str, Any]]) -> list[Result]:
    """Results of a partition of article records, in order, with this worker's one pipeline.

    ``Pipeline.default()`` is cached per process, so a Dask worker builds the lexicons, matchers
    and gazetteer once (at start, through ``BuildPipeline``) and every task reuses them.
    """
    pipeline = Pipeline.default()
    results: list[Result] = []
    for record in records:
        try:
            article = Article.from_record(record)
        except ValueError as exc:
            results.append(Result(str(record.get("id", "")), skipped=str(exc)))
            continue
        results.append(pipeline.run(article))
    return results


class BuildPipeline(WorkerPlugin):
    """Builds the extraction pipeline when a Dask worker starts, so no task pays for it."""

    name = "marsad-pipeline"

    def setup(self, worker: Any) -> None:
        Pipeline.default()


class DaskBackend:
    """Extracts partitions on a Dask cluster: ``local`` starts a LocalCluster of ``workers`` processes.

    A task that fails (its worker was killed more often than Dask retries) is re-run one article
    at a time, so the article to blame comes back with the reason and the others are extracted.
    """

    def __init__(self, address: str, workers: int) -> None:
        self._cluster: LocalCluster | None = None
        if address == LOCAL:
            with dask.config.set(QUIET_WORKERS):
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
            self.client = Client(self._cluster)
        else:
            self.client = Client(address)
        try:
            self.client.register_plugin(BuildPipeline())
        except Exception:
            self.close()
            raise
        self.workers = max(1, sum(self.client.nthreads().values()))

    def submit(self, articles: list[Article]) -> tuple[Future, list[Article]]:
        records = [article_record(a) for a in articles]
        return self.client.submit(extract_partition, records, pure=False), articles

    def results(self, handle: tuple[Future, list[Article]]) -> list[Result]:
        future, articles = handle
        try:
            return future.result()
        except Exception as exc:
            if len(articles) == 1:
                why = str(exc).split(". ")[0]
                return [Result(articles[0].id, skipped=f"dask task failed: {type(exc).__name__}: {why}")]
        return [self.results(self.submit([article]))[0] for article in articles]

    def worker_usage(self) -> dict[str, WorkerUsage]:
        """Peak memory and CPU time of each worker process of the cluster."""
        return self.client.run(WorkerUsage.of)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
