"""Choose where extraction runs (``--workers N``, ``--dask ADDRESS``) and stream Results in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import TypeVar

from marsad.model import Article
from marsad.pipeline import Result
from marsad.scale.local import TIME_LIMIT, InProcessBackend, ProcessBackend, default_workers
from marsad.scale.ordered import Backend, ordered_results

T = TypeVar("T")

PROCESS_CHUNK = 16  # articles a process task holds: ~0.1 s of work, far above the IPC cost
DASK_PARTITION = 200  # articles a Dask task holds: ~1 s of work, far above the scheduling cost

__all__ = ["ExtractionRun", "default_workers", "extract_stream"]


class ExtractionRun:
    """A place to extract on, opened once and used for any number of streams; close it after."""

    def __init__(self, workers: int | None = None, dask: str | None = None,
                 chunk_size: int | None = None, time_limit: float = TIME_LIMIT) -> None:
        if workers is not None and workers < 1:
            raise ValueError(f"--workers must be at least 1, not {workers}")
        self.workers = workers or default_workers()
        self.dask = dask
        self.chunk_size = chunk_size or (DASK_PARTITION if dask else PROCESS_CHUNK)
        self.time_limit = time_limit  # per article, in worker processes (see ProcessBackend)
        self._backend: Backend | None = None
        self._for_small = False

    def start(self) -> Backend:
        """Start the workers (or connect to the cluster) now rather than at the first stream."""
        self._open(small=False)
        assert self._backend is not None
        return self._backend

    def _open(self, small: bool) -> None:
        if self._backend is not None and not (self._for_small and not small):
            return
        self.close()
        self._for_small = small and not self.dask and self.workers > 1  # upgraded by a larger stream
        if self.dask:
            from marsad.scale.cluster import DaskBackend

            self._backend = DaskBackend(self.dask, self.workers)
        elif self.workers == 1 or small:
            self._backend = InProcessBackend()
        else:
            self._backend = ProcessBackend(self.workers, time_limit=self.time_limit)

    @property
    def backend(self) -> Backend | None:
        """The backend in use (None until the first stream starts)."""
        return self._backend

    def results(self, items: Iterable[Article | T]) -> Iterator[Result | T]:
        """Each Article as its Result, anything else (a Skipped input) as itself, in input order.

        An input that fits in one chunk is extracted in this process: starting workers for it
        would cost more than it saves (a cluster given with ``dask`` is always used).
        """
        it = iter(items)
        head = list(islice(it, self.chunk_size + 1))
        self._open(small=len(head) <= self.chunk_size)
        backend = self._backend
        assert backend is not None
        in_flight = 1 if isinstance(backend, InProcessBackend) else 3 * backend.workers + 1
        yield from ordered_results(chain(head, it), backend, self.chunk_size, in_flight)

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()
            self._backend = None

    def __enter__(self) -> ExtractionRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def extract_stream(items: Iterable[Article | T], workers: int | None = None, dask: str | None = None,
                   chunk_size: int | None = None) -> Iterator[Result | T]:
    """Results of ``items`` in input order, on ``workers`` local processes or the Dask cluster ``dask``.

    ``workers=1`` extracts in this process; ``None`` uses every core; ``dask="local"`` starts a
    LocalCluster of ``workers`` processes, any other value is a scheduler address. The output is
    the same, event for event, whichever is chosen.
    """
    with ExtractionRun(workers, dask, chunk_size) as run:
        yield from run.results(items)
