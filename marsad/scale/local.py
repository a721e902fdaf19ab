"""Extraction on this machine: in the calling process, or on a pool of worker processes."""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from marsad.model import Article
from marsad.pipeline import Pipeline, Result
from marsad.scale.usage import WorkerUsage

WORKER_DIED = "worker process died while extracting this article (crashed or killed)"
TIME_LIMIT = 120.0
"""Seconds one article may take in a worker process before the worker is stopped (news takes ~0.01 s)."""


def default_workers() -> int:
    """The cores this process may run on (all of the machine's, unless an affinity mask says less)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def extract_chunk(articles: list[Article]) -> list[Result]:
    """Results of a list of articles, with the process's one pipeline (built on first use)."""
    pipeline = Pipeline.default()
    return [pipeline.run(article) for article in articles]


def _start_worker() -> None:
    """Pool initializer: build the pipeline now, once (a forked worker inherits it already built)."""
    Pipeline.default()


def _worker_ready() -> int:
    return os.getpid()


class InProcessBackend:
    """Extracts each chunk at once in the calling process (``--workers 1``)."""

    workers = 1

    def __init__(self) -> None:
        self.pipeline = Pipeline.default()

    def submit(self, articles: list[Article]) -> list[Result]:
        return [self.pipeline.run(article) for article in articles]

    def results(self, handle: list[Result]) -> list[Result]:
        return handle

    def worker_usage(self) -> dict[str, WorkerUsage]:
        """Peak memory and CPU time of this process (the only worker)."""
        return {f"pid {os.getpid()}": WorkerUsage.of()}

    def close(self) -> None:
        return None


class ProcessBackend:
    """Extracts chunks on ``workers`` processes; a worker that dies costs one article, not the batch.

    With the ``fork`` start method (the default on Linux) the pipeline is built once here, before
    the workers start, and every worker shares it; with ``spawn`` each worker builds it once in
    its initializer. If a worker dies (a crash in a C extension, the OOM killer), the pool is
    restarted and the chunks it held are re-run one article at a time, so the one article that
    kills a worker comes back as a Result with the reason, and all others are extracted. An
    article that takes longer than ``time_limit`` seconds (a runaway regular expression) gets its
    worker stopped and is reported the same way, so one article never stalls the batch.
    """

    def __init__(self, workers: int, start_method: str | None = None, time_limit: float = TIME_LIMIT) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        if time_limit <= 0:
            raise ValueError(f"the time limit must be positive, not {time_limit}")
        self.workers = workers
        self.time_limit = time_limit
        method = start_method or ("fork" if sys.platform == "linux" else "spawn")
        self._context = multiprocessing.get_context(method)
        if method == "fork":
            Pipeline.default()
        self._pool = self._new_pool()
        try:
            self._pool.submit(_worker_ready).result()
        except BrokenProcessPool as exc:
            self._pool.shutdown(wait=False, cancel_futures=True)
            raise RuntimeError(f"the extraction workers could not start: {exc}") from exc

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self._context,
                                   initializer=_start_worker)

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def _stop_workers(self) -> None:
        """Kill this pool's workers (one is stuck); the pool breaks and its chunks are re-run."""
        for process in list((self._pool._processes or {}).values()):
            process.kill()

    def submit(self, articles: list[Article]) -> tuple[Future[list[Result]] | None, list[Article]]:
        try:
            return self._pool.submit(extract_chunk, articles), articles
        except BrokenProcessPool:
            return None, articles  # collected article by article in ``results``

    def results(self, handle: tuple[Future[list[Result]] | None, list[Article]]) -> list[Result]:
        future, articles = handle
        if future is not None:
            try:
                return future.result(timeout=self.time_limit * len(articles))
            except BrokenProcessPool:
                pass
            except TimeoutError:
                self._stop_workers()
        return [self._one_by_one(article) for article in articles]

    def _one_by_one(self, article: Article) -> Result:
        for _attempt in range(2):
            try:
                return self._pool.submit(extract_chunk, [article]).result(timeout=self.time_limit)[0]
            except BrokenProcessPool:
                self._restart()  # either the pool was broken before (retry once) or this article broke it
            except TimeoutError:
                self._stop_workers()
                self._restart()
                return Result(article.id, skipped=f"extraction took longer than {self.time_limit:g} s "
                                                  "(its worker process was stopped)")
        return Result(article.id, skipped=WORKER_DIED)

    def worker_usage(self) -> dict[str, WorkerUsage]:
        """Peak memory and CPU time of each live worker process."""
        pids = [p.pid for p in (self._pool._processes or {}).values() if p.pid]
        return {f"pid {pid}": WorkerUsage.of(pid) for pid in pids}

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
