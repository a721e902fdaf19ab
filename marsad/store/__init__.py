"""Store stage: one storage interface (``Store``) with SQLite (default) and PostgreSQL backends."""

from __future__ import annotations

from pathlib import Path

from marsad.store.base import (
    AGGREGATE_KEYS,
    ArticleRecord,
    EventQuery,
    FusedEvent,
    SourceLink,
    Store,
    content_hash,
)

DEFAULT_DB = "marsad.db"

__all__ = [
    "AGGREGATE_KEYS", "ArticleRecord", "DEFAULT_DB", "EventQuery", "FusedEvent", "SourceLink", "Store",
    "content_hash", "open_store",
]


def open_store(db: str | Path = DEFAULT_DB) -> Store:
    """``postgresql://...`` (or ``postgres://``) → PostgreSQL; anything else is a SQLite file path."""
    s = str(db)
    if s.startswith(("postgresql://", "postgres://")):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(s)
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(s.removeprefix("sqlite:///"))
