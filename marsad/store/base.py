"""The one storage interface of marsad (SQLite and PostgreSQL implement it) and its query types.

Tables (see ``marsad/store/schema.py`` for the SQL of each backend):

- ``articles``  one row per article: id, text, content hash (the idempotency key), outlet, dates.
- ``reports``   one row per event as ONE article tells it (the pipeline's output, as JSON),
                pointing at the fused event it joined (``fused_id``).
- ``events``    one row per fused event: the codebook's fields as columns, ``evidence`` JSON
                (per field, spans from every source, each span naming its ``article_id``),
                ``confidence``, ``n_sources``; PostGIS ``geom`` on PostgreSQL.
- ``sources``   event ↔ article: which articles tell an event, their outlet, and WHY the
                article was fused into it (``reason``).
- ``skipped``   inputs that were not read, with the reason.

Every read method returns plain JSON-ready values (dicts, lists, str, int, float, None), so
the API can return them as they are.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from marsad.model import Article, Event

AGGREGATE_KEYS: tuple[str, ...] = (
    "day", "month", "event_type", "sub_event_type", "country", "admin1", "actor1", "outlet",
)
"""What ``Store.aggregate`` can group by."""


def content_hash(article: Article) -> str:
    """The idempotency key of an article: SHA-256 of its headline + body, whitespace runs counted as
    one space (the same story re-crawled with other line breaks is the same article)."""
    text = " ".join(article.full_text().split())
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(slots=True)
class EventQuery:
    """Filters and paging for ``Store.events`` / ``count_events`` / ``aggregate``; None = no filter.

    ``text`` searches notes, actors, locations (English and Arabic) and the source;
    ``actor`` matches actor1, actor2 or an associated actor (substring, case-insensitive);
    ``bbox`` is (min_lon, min_lat, max_lon, max_lat) in WGS84;
    ``article_id`` keeps events that the article is one of the sources of.
    """

    date_from: str | None = None  # YYYY-MM-DD inclusive
    date_to: str | None = None  # YYYY-MM-DD inclusive
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    min_confidence: float | None = None
    min_sources: int | None = None
    outlet: str | None = None
    article_id: str | None = None
    limit: int | None = 100
    offset: int = 0
    # event_date | -event_date | fatalities | -fatalities | confidence | ... ; ties by event_id in the
    # same direction (a descending list is the ascending one reversed); an undated event sorts as the oldest
    order: str = "event_date"


@dataclass(slots=True)
class SourceLink:
    """One article as a source of a fused event, and why it was fused into it."""

    event_id: str  # the fused event
    article_id: str
    report_id: str  # the event id the pipeline gave to this article's own account
    outlet: str = ""
    published: str | None = None
    url: str = ""
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "article_id": self.article_id, "report_id": self.report_id,
            "outlet": self.outlet, "published": self.published, "url": self.url, "reason": self.reason,
        }


@dataclass(slots=True)
class FusedEvent:
    """A fused event as stored: the merged Event, its source links and the reports it merges."""

    event: Event  # event.event_id is the fused id; event.article_id the first article
    sources: list[SourceLink] = field(default_factory=list)
    reports: list[Event] = field(default_factory=list)

    @property
    def event_id(self) -> str:
        return self.event.event_id


@dataclass(slots=True)
class ArticleRecord:
    """What is stored for one article (``Store.add_article``)."""

    article: Article
    content_hash: str
    origin: str = ""  # where it was read from (file, file:line, WARC record ...)
    n_events: int = 0
    skipped: str | None = None  # the pipeline's reason when it produced nothing


class Store(ABC):
    """Storage of articles, per-article reports, fused events, sources and skips.

    Writing: open ``with store.transaction():`` and call the write methods inside; a
    transaction is atomic (a crash loses only the transaction that was open).
    Reading: the query methods, usable at any time and from another process.
    """

    url: str

    # ---- lifecycle -------------------------------------------------------------------------
    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything written inside commits together or not at all."""

    # ---- writing (ingest and fusion) -----------------------------------------------------------
    @abstractmethod
    def has_article(self, content_hash: str) -> bool:
        """True when an article with this content hash is stored (re-ingesting it changes nothing)."""

    @abstractmethod
    def has_article_id(self, article_id: str) -> bool:
        """True when an article with this id is stored."""

    @abstractmethod
    def add_article(self, record: ArticleRecord) -> bool:
        """Store an article; False (and nothing written) when its hash or id is already stored."""

    @abstractmethod
    def add_skipped(self, where: str, reason: str, content_hash: str | None = None) -> None:
        """Record an input that was not read (the same where+reason twice is stored once)."""

    @abstractmethod
    def fusion_candidates(self, event_type: str, date_from: str, date_to: str, *,
                          near: tuple[float, float, float] | None = None,
                          place: tuple[str, str] | None = None,
                          exclude_article: str | None = None) -> list[Event]:
        """Fused events (the merged Event only) of this type dated in [date_from, date_to].

        ``near`` = (lat, lon, km) keeps events within that box, plus those without
        coordinates whose place name is ``place``; ``place`` = (location, location_ar) alone
        keeps events of that name; ``exclude_article`` drops events it is already a source of.
        """

    @abstractmethod
    def fused_event(self, event_id: str) -> FusedEvent | None:
        """A fused event with its source links and reports (in the order of the sources)."""

    @abstractmethod
    def save_fused(self, fused: FusedEvent, new_reports: list[Event], new_sources: list[SourceLink]) -> None:
        """Insert or replace the fused event row, and add its new reports and source links."""

    # ---- reading (export, show, API) ------------------------------------------------------------
    @abstractmethod
    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Fused events matching the query: the Event fields plus n_sources, outlets, sources
        (list of article ids), created_at and updated_at."""

    @abstractmethod
    def count_events(self, query: EventQuery | None = None) -> int:
        """How many fused events match the query (paging ignored)."""

    @abstractmethod
    def event(self, event_id: str) -> dict[str, Any] | None:
        """One fused event with ``sources`` (list of SourceLink dicts, with reasons), its
        ``reports`` (each article's own coding) and ``evidence``; None when unknown."""

    @abstractmethod
    def fused_id_of(self, event_id: str) -> str | None:
        """The fused event that a per-article event id (a report) was merged into; the id itself
        when it is a fused event; None when unknown."""

    @abstractmethod
    def articles(self, limit: int | None = 100, offset: int = 0, outlet: str | None = None,
                 text: str | None = None) -> list[dict[str, Any]]:
        """Stored articles (without their text), newest first by publication date."""

    @abstractmethod
    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text and the ids of the fused events it is a source of."""

    @abstractmethod
    def aggregate(self, by: str, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """``[{"key", "events", "fatalities"}]`` grouped by one of AGGREGATE_KEYS (paging ignored)."""

    def points(self, query: EventQuery | None = None, limit: int | None = None,
               deadliest: bool = True) -> tuple[int, list[tuple[str, float, float, str, int]]]:
        """Map points of the located events matching the query (paging and order ignored):
        ``(total, [(event_id, latitude, longitude, event_type, fatalities)])``. When more than
        ``limit`` match: the deadliest ``limit`` of them (ties by event id), or none at all when
        ``deadliest`` is False. This version reads ``events``; the SQL stores select five columns."""
        rows = [ev for ev in self.events(replace(query or EventQuery(), limit=None, offset=0, order="event_id"))
                if ev.get("latitude") is not None and ev.get("longitude") is not None]
        total = len(rows)
        if limit is not None and total > limit:
            if not deadliest:
                return total, []
            rows = sorted(rows, key=lambda ev: (-(ev.get("fatalities") or 0), ev["event_id"]))[:limit]
        return total, [(ev["event_id"], ev["latitude"], ev["longitude"], ev.get("event_type") or "",
                        ev.get("fatalities") or 0) for ev in rows]

    def grid_cells(self, query: EventQuery | None, cell: float) -> list[tuple[int, int, str, int, int, float,
                                                                               float, str]]:
        """The located events matching the query counted on a grid of ``cell`` degrees, per cell and
        event type: ``(row, column, event_type, events, fatalities, mean latitude, mean longitude,
        smallest event id)``; row = floor((lat + 90) / cell), column = floor((lon + 180) / cell)."""
        groups: dict[tuple[int, int, str], list[Any]] = {}
        for ev in self.events(replace(query or EventQuery(), limit=None, offset=0, order="event_id")):
            lat, lon = ev.get("latitude"), ev.get("longitude")
            if lat is None or lon is None:
                continue
            key = (int((lat + 90.0) // cell), int((lon + 180.0) // cell), ev.get("event_type") or "")
            g = groups.setdefault(key, [0, 0, 0.0, 0.0, ev["event_id"]])
            g[0] += 1
            g[1] += ev.get("fatalities") or 0
            g[2] += lat
            g[3] += lon
        return [(cy, cx, t, n, f, sl / n, so / n, eid) for (cy, cx, t), (n, f, sl, so, eid) in groups.items()]

    def analyze(self) -> None:  # noqa: B027 - optional: a store without a query planner has nothing to do
        """Refresh the query planner's statistics (the SQL stores do it on close after writing)."""

    @abstractmethod
    def skipped(self, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Skipped inputs: ``[{"where", "reason", "content_hash", "at"}]``."""

    @abstractmethod
    def stats(self) -> dict[str, int]:
        """Counts: articles, reports, events, sources, skipped."""
