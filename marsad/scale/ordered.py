"""Chunk a stream of articles, run the chunks on a backend, and hand Results back in input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, Protocol, TypeVar

from marsad.model import Article
from marsad.pipeline import Result
from marsad.scale.usage import WorkerUsage

T = TypeVar("T")


class Backend(Protocol):
    """Where chunks of articles are extracted: ``submit`` starts one, ``results`` waits for it."""

    workers: int

    def submit(self, articles: list[Article]) -> Any: ...

    def results(self, handle: Any) -> list[Result]: ...

    def worker_usage(self) -> dict[str, WorkerUsage]: ...

    def close(self) -> None: ...


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter), read lazily from ``items``."""
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, not {size}")
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered_results(items: Iterable[Article | T], backend: Backend, chunk_size: int,
                    in_flight: int) -> Iterator[Result | T]:
    """Each Article of ``items`` as its Result, anything else (a Skipped input) as itself, in order.

    At most ``in_flight`` chunks are submitted and not yet collected, so memory stays bounded
    however long the input is, while every worker always has the next chunk waiting.
    """
    if in_flight < 1:
        raise ValueError(f"in_flight must be at least 1, not {in_flight}")
    pending: deque[tuple[list[Article | T], Any]] = deque()
    for chunk in chunked(items, chunk_size):
        articles = [item for item in chunk if isinstance(item, Article)]
        pending.append((chunk, backend.submit(articles) if articles else None))
        if len(pending) >= in_flight:
            yield from _collect(*pending.popleft(), backend)
    while pending:
        yield from _collect(*pending.popleft(), backend)


def _collect(chunk: list[Article | T], handle: Any, backend: Backend) -> Iterator[Result | T]:
    results = iter(backend.results(handle) if handle is not None else ())
    for item in chunk:
        yield next(results) if isinstance(item, Article) else item
