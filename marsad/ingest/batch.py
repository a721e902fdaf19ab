"""The ingest loop: articles in, extracted and fused events stored, a summary out (idempotent, resumable).

``ingest(items, store)`` takes any iterable of Articles (and Skipped inputs), so the caller
chooses where extraction runs: pass ``results=`` a function that maps the stream of
Articles to their ``Result``s in input order (e.g. ``marsad.scale`` workers); by default
each article goes through ``Pipeline.default().run`` in this process.

Idempotent: an article whose content hash is stored is not read again. Resumable: articles
are committed in small transactions (article + its reports + fusion together), so a run
killed at any moment loses only the open transaction, and the next run redoes just that.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from marsad.ingest.jsonl import Skipped
from marsad.model import Article
from marsad.pipeline import Result
from marsad.store.base import ArticleRecord, Store, content_hash

ResultsFn = Callable[[Iterable[Any]], Iterable[Any]]
"""Maps a stream of Articles (and pass-through items) to their Results, in input order."""


@dataclass(slots=True)
class IngestSummary:
    """What an ingest run did: articles read, already stored, skipped (by reason), events, fusions."""

    read: int = 0  # articles read from the inputs
    unchanged: int = 0  # already stored (same content): nothing changed
    stored: int = 0  # new articles stored
    skipped: Counter[str] = field(default_factory=Counter)  # reason → how many inputs
    events: int = 0  # events the extractor found in the new articles
    fused: int = 0  # of those, how many joined an event told by another article
    new_events: int = 0  # of those, how many started a new event record

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    def lines(self) -> list[str]:
        """The summary printed at the end of ``marsad ingest``."""
        out = [
            f"articles read: {self.read}",
            f"  stored: {self.stored}",
            f"  already stored (unchanged): {self.unchanged}",
            f"skipped: {self.n_skipped}",
        ]
        out += [f"  {n:>5} × {reason}" for reason, n in self.skipped.most_common()]
        out += [
            f"events found: {self.events}",
            f"  fused into an event of another article: {self.fused}",
            f"  new event records: {self.new_events}",
        ]
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "stored": self.stored, "unchanged": self.unchanged,
                "skipped": dict(self.skipped), "events": self.events, "fused": self.fused,
                "new_events": self.new_events}


def reason_kind(reason: str) -> str:
    """The reason without its details (``broken JSON (… at column 3)`` → ``broken JSON``), for counts."""
    return reason.split(" (", 1)[0].strip() or reason


def _default_results(items: Iterable[Any]) -> Iterator[Any]:
    from marsad.pipeline import Pipeline

    pipeline = Pipeline.default()
    for item in items:
        yield pipeline.run(item) if isinstance(item, Article) else item


def ingest(
    items: Iterable[Article | Skipped],
    store: Store,
    *,
    results: ResultsFn | None = None,
    commit_every: int = 20,
    on_item: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Extract, store and fuse every new Article of ``items``; record every Skipped; never raise
    for bad input (a broken article is a skip with its reason).

    ``results`` maps the Articles to Results in order (default: the pipeline in this process);
    ``commit_every`` articles go in one transaction; ``on_item`` is called after each item
    (progress bars).
    """
    from marsad.fuse import Fuser

    summary = IngestSummary()
    fuser = Fuser(store)
    pending: deque[tuple[Article, str]] = deque()
    seen_hashes: set[str] = set()
    seen_ids: set[str] = set()

    def new_articles() -> Iterator[Article | Skipped]:
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            summary.read += 1
            h = content_hash(item)
            if h in seen_hashes or store.has_article(h):
                summary.unchanged += 1
                if on_item:
                    on_item(summary)
                continue
            if item.id in seen_ids or store.has_article_id(item.id):
                item.id = f"{item.id}~{h[:8]}"  # same id, other text: keep both
            seen_hashes.add(h)
            seen_ids.add(item.id)
            pending.append((item, h))
            yield item

    def write(batch: list[tuple[Result | Skipped, Article | None, str]]) -> None:
        """One transaction for a batch: the write lock is held only while writing, not while extracting."""
        with store.transaction():
            for out, article, h in batch:
                if isinstance(out, Skipped):
                    store.add_skipped(out.where, out.reason)
                    summary.skipped[reason_kind(out.reason)] += 1
                elif article is None:
                    continue
                elif out.skipped:
                    store.add_skipped(article.url or article.id, out.skipped, h)
                    summary.skipped[reason_kind(out.skipped)] += 1
                elif not store.add_article(ArticleRecord(article, h, article.url, len(out.events))):
                    summary.unchanged += 1  # another ingest stored it meanwhile
                else:
                    summary.stored += 1
                    summary.events += len(out.events)
                    for d in fuser.add(article, out.events):
                        if d.joined:
                            summary.fused += 1
                        else:
                            summary.new_events += 1

    batch: list[tuple[Result | Skipped, Article | None, str]] = []
    n_results = 0
    for out in (results or _default_results)(new_articles()):
        if isinstance(out, Result):
            article, h = pending.popleft()
            if out.article_id != article.id:
                raise RuntimeError(f"results out of order: {out.article_id!r} for article {article.id!r}")
            batch.append((out, article, h))
            n_results += 1
        elif isinstance(out, Skipped):
            batch.append((out, None, ""))
        if n_results >= commit_every:
            write(batch)
            batch, n_results = [], 0
        if on_item:
            on_item(summary)
    if batch:
        write(batch)
        if on_item:
            on_item(summary)
    return summary
