"""SQLite backend of the store: one file, WAL mode, no server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from marsad.store.schema import SCHEMA_VERSION, SQLITE_SCHEMA
from marsad.store.sqlstore import SqlStore


class SQLiteStore(SqlStore):
    """The default store: a single SQLite file (``:memory:`` for a throwaway one)."""

    def __init__(self, path: str | Path) -> None:
        path = str(path)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 30000")
        if not self._has_schema(conn):  # creating needs the write lock; a reader must not wait for it
            conn.executescript(SQLITE_SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                         (str(SCHEMA_VERSION),))
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL: a commit survives a killed process
        conn.execute("PRAGMA foreign_keys = ON")
        super().__init__(path, conn)

    @staticmethod
    def _has_schema(conn: sqlite3.Connection) -> bool:
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:
            return False
        return row is not None and row[0] == str(SCHEMA_VERSION)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    def journal_mode(self) -> str:
        """The journal mode in force (``wal`` for a file store)."""
        return str(self.conn.execute("PRAGMA journal_mode").fetchone()[0])
