"""The store backends every store/ingest/fuse/export test runs on: real SQLite, and real PostgreSQL +
PostGIS when MARSAD_TEST_PG names a reachable server (each test gets its own schema there)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.store import Store, open_store

BACKENDS = ("sqlite", "postgres")
PG_ENV = "MARSAD_TEST_PG"


def _pg_reason() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        return f"no PostgreSQL server: set {PG_ENV}=postgresql://user:pass@host/db (.ci/run does)"
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any failure means: skip the PG variant, with the reason
        return f"PostgreSQL at {PG_ENV} is not reachable: {type(exc).__name__}: {exc}"
    return None


def pg_schema_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema (PostGIS stays in public); dropped afterwards."""
    import psycopg

    base = os.environ[PG_ENV]
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema},public"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def backend_url(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield str(tmp_path / "marsad.db")
        return
    reason = _pg_reason()
    if reason:
        pytest.skip(reason)
    yield from pg_schema_url()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty store on each backend."""
    yield from backend_url(request.param, tmp_path)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open, empty store on each backend."""
    s = open_store(store_url)
    try:
        yield s
    finally:
        s.close()


def snapshot(s: Store) -> dict[str, object]:
    """Everything a store holds, minus the clock (created/updated/ingested times), for equality tests."""
    from marsad.store import EventQuery

    events = []
    for e in s.events(EventQuery(limit=None, order="event_id")):
        detail = s.event(e["event_id"]) or {}
        e = {k: v for k, v in e.items() if k not in ("created_at", "updated_at")}
        e["source_links"] = detail.get("sources")
        e["reports"] = sorted(json_dumps(r) for r in detail.get("reports") or [])
        events.append(e)
    articles = sorted((a["id"], a["content_hash"], a["n_events"]) for a in s.articles(limit=None))
    skipped = sorted((r["where"], r["reason"]) for r in s.skipped(limit=None))
    return {"events": events, "articles": articles, "skipped": skipped, "stats": s.stats()}


def json_dumps(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True)
