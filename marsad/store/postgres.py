"""PostgreSQL + PostGIS backend of the store, for teams sharing one database server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from marsad.store.schema import (
    DROPPED_INDEXES,
    POSTGRES_SCHEMA,
    POSTGRES_SEARCH_SCHEMA,
    READ_INDEXES,
    SCHEMA_VERSION,
    SEARCH_ACTORS,
    SEARCH_ASSOC,
    SEARCH_BODY,
    postgres_doc,
)
from marsad.store.sqlstore import LIKE_ESCAPE, ORDERS, SqlStore, like_pattern

WRITE_LOCK = 727373
"""Advisory lock id held by every write transaction."""


class PostgresStore(SqlStore):
    """Store in a PostgreSQL database (``postgresql://user:pass@host/db``) with a PostGIS geometry."""

    placeholder = "%s"
    json_param = "?::jsonb"
    date_param = "?::date"
    geom_sql = "ST_SetSRID(ST_MakePoint(?::double precision, ?::double precision), 4326)"
    # NULL dates first ascending and last descending, as in SQLite; the date indexes are declared
    # NULLS FIRST, so one index gives both directions
    nulls_first = " NULLS FIRST"
    no_index = ""
    orders = {**ORDERS, "event_date": "event_date ASC NULLS FIRST, event_id ASC",
              "-event_date": "event_date DESC NULLS LAST, event_id DESC"}

    def __init__(self, url: str) -> None:
        import psycopg

        conn = psycopg.connect(url, autocommit=True)
        with conn.transaction():
            # one schema creator at a time when several processes open the same database
            conn.execute("SELECT pg_advisory_xact_lock(727372)")
            conn.execute(POSTGRES_SCHEMA)
            for name, on in READ_INDEXES:
                on = on.replace("event_date", "event_date NULLS FIRST")
                conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")
            for name in DROPPED_INDEXES:
                conn.execute(f"DROP INDEX IF EXISTS {name}")
            for stmt in POSTGRES_SEARCH_SCHEMA:
                conn.execute(stmt)
            conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', %s) ON CONFLICT DO NOTHING",
                         (str(SCHEMA_VERSION),))
        super().__init__(url, conn)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # pipeline mode: writes are sent without waiting for each reply (a read syncs)
        with self.conn.transaction(), self.conn.pipeline():
            # one writer at a time per database: two ingests of a team fuse against each other's
            # committed events instead of creating the same event twice
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield

    def _bbox_sql(self) -> str:
        return "geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"

    def _bbox_params(self, bbox: tuple[float, float, float, float]) -> list[float]:
        return [float(b) for b in bbox]

    def _search_sql(self, kind: str, text: str) -> tuple[str, list[Any]]:
        # the same expression as the pg_trgm index, so LIKE uses it (3+ characters)
        cols = SEARCH_ACTORS + (SEARCH_ASSOC if kind == "actor" else SEARCH_BODY)
        return f"{postgres_doc(cols)} LIKE lower(?) ESCAPE '{LIKE_ESCAPE}'", [like_pattern(text)]

    def _json_items(self, column: str) -> str:
        return f"jsonb_array_elements_text({column}) AS o(value)"

    def _group_expr(self, by: str) -> str:
        if by == "day":
            return "CAST(event_date AS TEXT)"
        return by

    def _cell_sql(self) -> tuple[str, str]:
        return "CAST(FLOOR((latitude + 90.0) / ?) AS INTEGER)", "CAST(FLOOR((longitude + 180.0) / ?) AS INTEGER)"

    def analyze(self) -> None:
        """Refresh the planner's statistics of the tables the API reads."""
        self.conn.execute("ANALYZE events, sources, articles")
