"""The SQL schema of the store, one script per backend (SQLite, PostgreSQL + PostGIS)."""

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

SQLITE_SCHEMA = """
PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    outlet       TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    published    TEXT,
    text         TEXT NOT NULL,
    origin       TEXT NOT NULL DEFAULT '',
    n_events     INTEGER NOT NULL DEFAULT 0,
    skipped      TEXT,
    ingested_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE TABLE IF NOT EXISTS events (
    event_id       TEXT PRIMARY KEY,
    article_id     TEXT NOT NULL,
    event_date     TEXT,
    year           INTEGER,
    time_precision INTEGER,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT NOT NULL DEFAULT '', actor1_ar TEXT NOT NULL DEFAULT '', assoc_actor_1 TEXT NOT NULL DEFAULT '[]',
    inter1 INTEGER,
    actor2 TEXT NOT NULL DEFAULT '', actor2_ar TEXT NOT NULL DEFAULT '', assoc_actor_2 TEXT NOT NULL DEFAULT '[]',
    inter2 INTEGER,
    country TEXT NOT NULL DEFAULT '', admin1 TEXT NOT NULL DEFAULT '', admin2 TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '', location_ar TEXT NOT NULL DEFAULT '',
    latitude REAL, longitude REAL, geo_precision INTEGER,
    fatalities INTEGER NOT NULL DEFAULT 0,
    injuries   INTEGER,
    source     TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    evidence   TEXT NOT NULL DEFAULT '{}',
    confidence REAL NOT NULL DEFAULT 0,
    n_sources  INTEGER NOT NULL DEFAULT 1,
    outlets    TEXT NOT NULL DEFAULT '[]',
    source_ids TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_type_date ON events (event_type, event_date);
CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE INDEX IF NOT EXISTS events_place ON events (country, admin1);
CREATE INDEX IF NOT EXISTS events_latlon ON events (latitude, longitude);
CREATE TABLE IF NOT EXISTS reports (
    report_id  TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    fused_id   TEXT NOT NULL,
    data       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_fused ON reports (fused_id);
CREATE INDEX IF NOT EXISTS reports_article ON reports (article_id);
CREATE TABLE IF NOT EXISTS sources (
    event_id   TEXT NOT NULL,
    report_id  TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    outlet     TEXT NOT NULL DEFAULT '',
    published  TEXT,
    url        TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, report_id)
);
CREATE INDEX IF NOT EXISTS sources_article ON sources (article_id);
CREATE TABLE IF NOT EXISTS skipped (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    origin       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    content_hash TEXT,
    at           INTEGER NOT NULL,
    UNIQUE (origin, reason)
);
"""

POSTGRES_SCHEMA = """
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    outlet       TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    published    DATE,
    text         TEXT NOT NULL,
    origin       TEXT NOT NULL DEFAULT '',
    n_events     INTEGER NOT NULL DEFAULT 0,
    skipped      TEXT,
    ingested_at  BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE TABLE IF NOT EXISTS events (
    event_id       TEXT PRIMARY KEY,
    article_id     TEXT NOT NULL,
    event_date     DATE,
    year           INTEGER,
    time_precision INTEGER,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT NOT NULL DEFAULT '', actor1_ar TEXT NOT NULL DEFAULT '', assoc_actor_1 JSONB NOT NULL DEFAULT '[]',
    inter1 INTEGER,
    actor2 TEXT NOT NULL DEFAULT '', actor2_ar TEXT NOT NULL DEFAULT '', assoc_actor_2 JSONB NOT NULL DEFAULT '[]',
    inter2 INTEGER,
    country TEXT NOT NULL DEFAULT '', admin1 TEXT NOT NULL DEFAULT '', admin2 TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '', location_ar TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, geo_precision INTEGER,
    fatalities INTEGER NOT NULL DEFAULT 0,
    injuries   INTEGER,
    source     TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    evidence   JSONB NOT NULL DEFAULT '{}',
    confidence DOUBLE PRECISION NOT NULL DEFAULT 0,
    n_sources  INTEGER NOT NULL DEFAULT 1,
    outlets    JSONB NOT NULL DEFAULT '[]',
    source_ids JSONB NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    geom       geometry(Point, 4326)
);
CREATE INDEX IF NOT EXISTS events_type_date ON events (event_type, event_date);
CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE INDEX IF NOT EXISTS events_place ON events (country, admin1);
CREATE INDEX IF NOT EXISTS events_geom ON events USING GIST (geom);
CREATE TABLE IF NOT EXISTS reports (
    report_id  TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    fused_id   TEXT NOT NULL,
    data       JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_fused ON reports (fused_id);
CREATE INDEX IF NOT EXISTS reports_article ON reports (article_id);
CREATE TABLE IF NOT EXISTS sources (
    event_id   TEXT NOT NULL,
    report_id  TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    outlet     TEXT NOT NULL DEFAULT '',
    published  DATE,
    url        TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, report_id)
);
CREATE INDEX IF NOT EXISTS sources_article ON sources (article_id);
CREATE TABLE IF NOT EXISTS skipped (
    id           BIGSERIAL PRIMARY KEY,
    origin       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    content_hash TEXT,
    at           BIGINT NOT NULL,
    UNIQUE (origin, reason)
);
"""
