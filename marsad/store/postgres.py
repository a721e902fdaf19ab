"""PostgreSQL + PostGIS backend of the store, for teams sharing one database server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from marsad.store.schema import POSTGRES_SCHEMA, SCHEMA_VERSION
from marsad.store.sqlstore import SqlStore

WRITE_LOCK = 727373
"""Advisory lock id held by every write transaction."""


class PostgresStore(SqlStore):
    """Store in a PostgreSQL database (``postgresql://user:pass@host/db``) with a PostGIS geometry."""

    placeholder = "%s"
    json_param = "?::jsonb"
    date_param = "?::date"
    geom_sql = "ST_SetSRID(ST_MakePoint(?::double precision, ?::double precision), 4326)"

    def __init__(self, url: str) -> None:
        import psycopg

        conn = psycopg.connect(url, autocommit=True)
        with conn.transaction():
            # one schema creator at a time when several processes open the same database
            conn.execute("SELECT pg_advisory_xact_lock(727372)")
            conn.execute(POSTGRES_SCHEMA)
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
