"""The SQL schema of the store: the tables written once, filled in per backend (SQLite, PostgreSQL + PostGIS)."""

from __future__ import annotations

SCHEMA_VERSION = 1

# Columns of ``events`` that hold an Event field (JSON-valued ones are listed in JSON_COLUMNS).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor1_ar", "assoc_actor_1", "inter1", "actor2", "actor2_ar", "assoc_actor_2", "inter2",
    "country", "admin1", "admin2", "location", "location_ar", "latitude", "longitude", "geo_precision",
    "fatalities", "injuries", "source", "notes", "evidence", "confidence",
    "n_sources", "outlets", "source_ids", "created_at", "updated_at",
)
JSON_COLUMNS: frozenset[str] = frozenset({"assoc_actor_1", "assoc_actor_2", "evidence", "outlets", "source_ids"})

# The tables, written once; each backend fills in its own column types and extras.
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    outlet       TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    published    {date},
    text         TEXT NOT NULL,
    origin       TEXT NOT NULL DEFAULT '',
    n_events     INTEGER NOT NULL DEFAULT 0,
    skipped      TEXT,
    ingested_at  {bigint} NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE TABLE IF NOT EXISTS events (
    event_id       TEXT PRIMARY KEY,
    article_id     TEXT NOT NULL,
    event_date     {date},
    year           INTEGER,
    time_precision INTEGER,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT NOT NULL DEFAULT '', actor1_ar TEXT NOT NULL DEFAULT '', assoc_actor_1 {json} NOT NULL DEFAULT '[]',
    inter1 INTEGER,
    actor2 TEXT NOT NULL DEFAULT '', actor2_ar TEXT NOT NULL DEFAULT '', assoc_actor_2 {json} NOT NULL DEFAULT '[]',
    inter2 INTEGER,
    country TEXT NOT NULL DEFAULT '', admin1 TEXT NOT NULL DEFAULT '', admin2 TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '', location_ar TEXT NOT NULL DEFAULT '',
    latitude {real}, longitude {real}, geo_precision INTEGER,
    fatalities INTEGER NOT NULL DEFAULT 0,
    injuries   INTEGER,
    source     TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    evidence   {json} NOT NULL DEFAULT '{{}}',
    confidence {real} NOT NULL DEFAULT 0,
    n_sources  INTEGER NOT NULL DEFAULT 1,
    outlets    {json} NOT NULL DEFAULT '[]',
    source_ids {json} NOT NULL DEFAULT '[]',
    created_at {bigint} NOT NULL,
    updated_at {bigint} NOT NULL{event_extra}
);
CREATE INDEX IF NOT EXISTS events_type_date ON events (event_type, event_date);
{place_index};
CREATE TABLE IF NOT EXISTS reports (
    report_id  TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    fused_id   TEXT NOT NULL,
    data       {json} NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_fused ON reports (fused_id);
CREATE INDEX IF NOT EXISTS reports_article ON reports (article_id);
CREATE TABLE IF NOT EXISTS sources (
    event_id   TEXT NOT NULL,
    report_id  TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    outlet     TEXT NOT NULL DEFAULT '',
    published  {date},
    url        TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, report_id)
);
CREATE INDEX IF NOT EXISTS sources_article ON sources (article_id);
CREATE TABLE IF NOT EXISTS skipped (
    id           {serial},
    origin       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    content_hash TEXT,
    at           {bigint} NOT NULL,
    UNIQUE (origin, reason)
);
"""

SQLITE_SCHEMA = "\nPRAGMA journal_mode = WAL;" + _TABLES.format(
    date="TEXT", bigint="INTEGER", json="TEXT", real="REAL", serial="INTEGER PRIMARY KEY AUTOINCREMENT",
    event_extra="", place_index="CREATE INDEX IF NOT EXISTS events_latlon ON events (latitude, longitude)")

# PostgreSQL + PostGIS: real dates, JSONB, and a point geometry with a spatial index for the map
POSTGRES_SCHEMA = "\nCREATE EXTENSION IF NOT EXISTS postgis;" + _TABLES.format(
    date="DATE", bigint="BIGINT", json="JSONB", real="DOUBLE PRECISION", serial="BIGSERIAL PRIMARY KEY",
    event_extra=",\n    geom       geometry(Point, 4326)",
    place_index="CREATE INDEX IF NOT EXISTS events_geom ON events USING GIST (geom)")

# ---- read-side indexes and the text search index --------------------------------------------------
# Created on every open when missing (``CREATE ... IF NOT EXISTS``), so a store written by an older
# version gets them too. Each serves one family of API queries over a million events:
#   a filter on country / admin1 / type+admin1 / sub-type, with the date range and a newest-first page,
#   counted (and summed per day/place/type) from the index alone, the ``fatalities`` column included;
#   the sort orders (each key + event_id, so a page needs no sort of every matching row), the date
#   one with the map's columns, so map points and grid cells of a date range come from the index;
#   ``sources.outlet`` for the outlet filter and aggregate.
READ_INDEXES: tuple[tuple[str, str], ...] = (
    ("events_date_map", "events (event_date, event_id, latitude, longitude, event_type, fatalities)"),
    ("events_place_fatalities", "events (country, admin1, fatalities)"),
    ("events_country_date", "events (country, event_date, fatalities)"),
    ("events_admin1_date", "events (admin1, event_date, fatalities)"),
    ("events_type_admin1_date", "events (event_type, admin1, event_date, fatalities)"),
    ("events_sub_date", "events (sub_event_type, event_date, fatalities)"),
    ("events_fatalities", "events (fatalities, event_id)"),
    ("events_confidence", "events (confidence, event_id)"),
    ("events_n_sources", "events (n_sources, event_id)"),
    ("events_updated", "events (updated_at, event_id)"),
    ("sources_outlet", "sources (outlet, event_id)"),
)
DROPPED_INDEXES: tuple[str, ...] = ("events_date", "events_place", "events_date_id", "events_day_fatalities")
"""Indexes of older versions that a READ_INDEXES one starts with (so makes redundant)."""

# The text a search looks in, per event. ``actor`` matches SEARCH_ACTORS + SEARCH_ASSOC, ``text``
# (the ``q`` parameter) SEARCH_ACTORS + SEARCH_BODY. Columns are joined with U+001F, a control
# character that no accepted query contains, so a match never spans two columns.
SEARCH_ACTORS: tuple[str, ...] = ("actor1", "actor2", "actor1_ar", "actor2_ar")
SEARCH_ASSOC: tuple[str, ...] = ("assoc_actor_1", "assoc_actor_2")
SEARCH_BODY: tuple[str, ...] = ("notes", "location", "location_ar", "admin1", "admin2", "country", "source")
SEPARATOR = "\x1f"


def sqlite_doc(columns: tuple[str, ...], prefix: str = "") -> str:
    """SQLite expression: the columns (of row ``prefix``: ``new.``, ``old.`` or none) joined by U+001F."""
    return " || char(31) || ".join(f"{prefix}{c}" for c in columns)


def postgres_doc(columns: tuple[str, ...]) -> str:
    """PostgreSQL expression (immutable, so it can be indexed): the columns lower-cased, joined by U+001F."""
    return "lower(" + " || chr(31) || ".join(
        f"{c}::text" if c in JSON_COLUMNS else c for c in columns) + ")"


# SQLite: an FTS5 table with the trigram tokenizer (substring search in any script, case-folded),
# one row per event under the event's rowid, written by the store with each event (not by a
# trigger: FTS5 flushes its pending terms at every statement savepoint, and a trigger inside the
# event's upsert made every write 10-40 times slower as the table grew). Its ``outlets`` column is
# the events' JSON list of outlets: an outlet is searched as its JSON string (quotes included), so
# it matches whole names only.
SEARCH_VERSION = "3"
"""Stored in ``meta`` as ``search_index``; a store with another version gets the table rebuilt."""
_SQLITE_SEARCH_COLUMNS = "rowid, actors, assoc, body, outlets"
_SQLITE_SEARCH_SELECT = (f"SELECT rowid, {sqlite_doc(SEARCH_ACTORS)}, {sqlite_doc(SEARCH_ASSOC)}, "
                         f"{sqlite_doc(SEARCH_BODY)}, outlets FROM events")
SQLITE_SEARCH_DROP: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS events_search_insert", "DROP TRIGGER IF EXISTS events_search_update",
    "DROP TRIGGER IF EXISTS events_search_delete", "DROP TABLE IF EXISTS events_search",
)
SQLITE_SEARCH_SCHEMA: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_search USING fts5(actors, assoc, body, outlets, "
    "tokenize = 'trigram')",
)
SQLITE_SEARCH_FILL = f"INSERT INTO events_search ({_SQLITE_SEARCH_COLUMNS}) {_SQLITE_SEARCH_SELECT}"
SQLITE_SEARCH_ROW: tuple[str, str, str] = (
    f"{_SQLITE_SEARCH_SELECT} WHERE event_id = ?",
    "DELETE FROM events_search WHERE rowid = ?",
    f"INSERT INTO events_search ({_SQLITE_SEARCH_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
)
"""Re-index one event after its row is written: read its search text (parameter: event_id), delete
the old entry (rowid), insert the new one (the row read). Single-row statements: an INSERT ... SELECT
opens a statement savepoint, and FTS5 writes its pending terms to disk at every savepoint."""

# PostgreSQL: pg_trgm GIN indexes on the same joined text, used by ``LIKE '%...%'`` (3+ characters).
POSTGRES_SEARCH_SCHEMA: tuple[str, ...] = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
    f"CREATE INDEX IF NOT EXISTS events_text_trgm ON events USING GIN "
    f"(({postgres_doc(SEARCH_ACTORS + SEARCH_BODY)}) public.gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS events_actor_trgm ON events USING GIN "
    f"(({postgres_doc(SEARCH_ACTORS + SEARCH_ASSOC)}) public.gin_trgm_ops)",
)
