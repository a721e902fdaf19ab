"""SQLite backend of the store: one file, WAL mode, no server."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from marsad.model import Event
from marsad.store.base import EventQuery, FusedEvent, SourceLink
from marsad.store.schema import (
    DROPPED_INDEXES,
    READ_INDEXES,
    SCHEMA_VERSION,
    SEARCH_VERSION,
    SQLITE_SCHEMA,
    SQLITE_SEARCH_DROP,
    SQLITE_SEARCH_FILL,
    SQLITE_SEARCH_ROW,
    SQLITE_SEARCH_SCHEMA,
)
from marsad.store.sqlstore import SqlStore

ORDER_INDEXES: dict[str, str] = {
    "event_date": "events_date_map", "fatalities": "events_fatalities", "confidence": "events_confidence",
    "n_sources": "events_n_sources", "updated_at": "events_updated",
}
"""The index that gives each sort order (key, event_id) without sorting."""
HITS_SECONDS = 30.0
MAX_HIT_TABLES = 8
SEARCH_IN = "rowid IN (SELECT rowid FROM events_search WHERE events_search MATCH ?)"
BIG_OUTLET = 0.25
"""An outlet that reported this share of the events or more is checked row by row, not looked up."""


def _share(part: float, whole: float) -> float:
    """The per-bound likelihood of a range that keeps ``part`` of ``whole``: sqrt of the share, in (0, 1]."""
    if whole <= 0:
        return 1.0
    return min(1.0, max(part / whole, 1e-6)) ** 0.5


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
        self._upgrade(conn)
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL: a commit survives a killed process
        conn.execute("PRAGMA foreign_keys = ON")
        super().__init__(path, conn)
        self._outlet_shares: dict[str, tuple[float, float]] = {}
        self._hit_tables: dict[str, tuple[str, tuple[int, int], float]] = {}  # see _hits_sql
        self._hit_serial = 0
        self._search_pending: dict[str, None] = {}  # events saved, not yet in the search index

    @staticmethod
    def _names(conn: sqlite3.Connection) -> set[str]:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}

    @staticmethod
    def _search_in_step(conn: sqlite3.Connection) -> bool:
        """The search index holds the last event (its rows are keyed by the events' rowids)."""
        last = conn.execute("SELECT rowid FROM events ORDER BY rowid DESC LIMIT 1").fetchone()
        indexed = conn.execute("SELECT rowid FROM events_search ORDER BY rowid DESC LIMIT 1").fetchone()
        return last == indexed

    @staticmethod
    def _search_version(conn: sqlite3.Connection) -> str | None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'search_index'").fetchone()
        return row[0] if row else None

    @classmethod
    def _upgrade(cls, conn: sqlite3.Connection) -> None:
        """Add what a store written by an older version lacks: the read indexes and the text search
        index (filled from the events once: about a minute for a million). Nothing to do on later opens."""
        names = cls._names(conn)
        wanted = {name for name, _ in READ_INDEXES} | {"events_search"}
        if (wanted <= names and not names & set(DROPPED_INDEXES)
                and cls._search_version(conn) == SEARCH_VERSION and cls._search_in_step(conn)):
            return
        conn.execute("PRAGMA busy_timeout = 3600000")  # another process may be upgrading the same file
        conn.execute("BEGIN IMMEDIATE")
        try:
            for name, on in READ_INDEXES:
                conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")
            for name in DROPPED_INDEXES:
                conn.execute(f"DROP INDEX IF EXISTS {name}")
            if cls._search_version(conn) != SEARCH_VERSION:
                for stmt in SQLITE_SEARCH_DROP:
                    conn.execute(stmt)
            for stmt in SQLITE_SEARCH_SCHEMA:
                conn.execute(stmt)
            if cls._search_version(conn) != SEARCH_VERSION or not cls._search_in_step(conn):
                conn.execute("DELETE FROM events_search")
                conn.execute(SQLITE_SEARCH_FILL)
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index', ?)",
                             (SEARCH_VERSION,))
            conn.execute("ANALYZE")  # full: a sampled one misjudges (~3 s for a million events)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        conn.execute("PRAGMA busy_timeout = 30000")

    def _range_shares(self, q: EventQuery) -> dict[str, float]:
        """SQLite (built without STAT4) guesses that any range keeps the same share of the rows, so a
        month and a band of latitudes across the whole region look alike. The share each range keeps
        is estimated here from the store's extent (two index seeks per column), as if uniform, and
        given to the planner with likelihood() (per bound: the square root of the range's share)."""
        shares: dict[str, float] = {}
        if q.date_from or q.date_to:
            lo = self.conn.execute("SELECT MIN(event_date) FROM events").fetchone()[0]
            hi = self.conn.execute("SELECT MAX(event_date) FROM events").fetchone()[0]
            try:
                first, last = date.fromisoformat(lo).toordinal(), date.fromisoformat(hi).toordinal()
                a = date.fromisoformat(q.date_from).toordinal() if q.date_from else first
                b = date.fromisoformat(q.date_to).toordinal() if q.date_to else last
            except (TypeError, ValueError):  # an empty store, or a date the API would not pass
                pass
            else:
                shares["date"] = _share(b - a + 1, last - first + 1)
        if q.bbox:
            lo = self.conn.execute("SELECT MIN(latitude) FROM events").fetchone()[0]
            hi = self.conn.execute("SELECT MAX(latitude) FROM events").fetchone()[0]
            if lo is not None and hi is not None:
                shares["latitude"] = _share(q.bbox[3] - q.bbox[1], hi - lo)
        return shares

    def _likely(self, cond: str, share: float | None) -> str:
        return cond if share is None else f"likelihood({cond}, {share:.6f})"

    def _bbox_filter_sql(self, latitude_share: float | None) -> str:
        if latitude_share is None:
            return self._bbox_sql()
        return (f"(longitude BETWEEN ? AND ? AND {self._likely('latitude >= ?', latitude_share)} "
                f"AND {self._likely('latitude <= ?', latitude_share)})")

    def save_fused(self, fused: FusedEvent, new_reports: list[Event], new_sources: list[SourceLink]) -> None:
        super().save_fused(fused, new_reports, new_sources)
        self._search_pending[fused.event.event_id or fused.event.make_id()] = None
        if not self._depth:
            self._index_pending()

    def _index_pending(self) -> None:
        """Write the search index entries of the events saved in this transaction, at its end: FTS5
        writes its pending terms to disk at every statement savepoint (an INSERT ... RETURNING, an
        upsert ...), so entries written along the way made each write 5-40 times slower."""
        read, delete, insert = SQLITE_SEARCH_ROW
        for event_id in self._search_pending:
            row = self.conn.execute(read, (event_id,)).fetchone()
            if row is not None:
                self.conn.execute(delete, (row[0],))
                self.conn.execute(insert, row)
        self._search_pending.clear()

    def _outlet_share(self, outlet: str) -> float:
        """About what share of the events an outlet reported (from the sources index; kept 5 minutes)."""
        hit = self._outlet_shares.get(outlet)
        if hit is not None and time.monotonic() - hit[0] < 300:
            return hit[1]
        n = self.conn.execute("SELECT COUNT(*) FROM sources WHERE outlet = ?", (outlet,)).fetchone()[0]
        last = self.conn.execute("SELECT rowid FROM events ORDER BY rowid DESC LIMIT 1").fetchone()
        share = n / max(int(last[0]) if last else 0, 1)
        if len(self._outlet_shares) > 1000:
            self._outlet_shares.clear()
        self._outlet_shares[outlet] = (time.monotonic(), share)
        return share

    def _outlet_sql(self, outlet: str) -> tuple[str, list[Any]]:
        """Events an outlet reported: through the search index (whole JSON string of the name), then
        the exact, case-sensitive name in the event's outlets."""
        needle = json.dumps(outlet, ensure_ascii=False)
        if self._outlet_share(outlet) >= BIG_OUTLET:  # the index would list most events: check each row
            return "instr(outlets, ?) > 0", [needle]
        phrase = '"' + needle.replace('"', '""') + '"'
        return f"{self._hits_sql(f'outlets : {phrase}')} AND instr(outlets, ?) > 0", [needle]

    def _search_sql(self, kind: str, text: str) -> tuple[str, list[Any]]:
        cond, params = super()._search_sql(kind, text)
        if cond.startswith(SEARCH_IN):  # through the search index: its rowids, listed once
            return self._hits_sql(params[0]), []
        return cond, params

    def _hits_sql(self, match: str) -> str:
        """``rowid IN`` the events that a search index query matches. The matching rowids are written
        once into a TEMP table (this connection's own) and reused by the count, the page
        and the next requests while nothing was written (``PRAGMA data_version``) and for at most
        HITS_SECONDS: building the list of 170,000 matches takes ~90 ms, and the API's count and
        page would each build it."""
        version = (self.conn.execute("PRAGMA data_version").fetchone()[0], self._writes)
        now = time.monotonic()
        hit = self._hit_tables.get(match)
        if hit is not None and hit[1] == version and now - hit[2] < HITS_SECONDS:
            return f"rowid IN (SELECT rid FROM temp.{hit[0]})"
        if hit is None:
            if len(self._hit_tables) >= MAX_HIT_TABLES:  # forget the oldest
                old = min(self._hit_tables, key=lambda k: self._hit_tables[k][2])
                self.conn.execute(f"DROP TABLE IF EXISTS temp.{self._hit_tables.pop(old)[0]}")
            self._hit_serial += 1
            name = f"search_hits_{self._hit_serial}"
        else:
            name = hit[0]
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        self.conn.execute(f"CREATE TEMP TABLE {name} (rid INTEGER PRIMARY KEY)")
        self.conn.execute(f"INSERT INTO temp.{name} (rid) SELECT rowid FROM events_search WHERE events_search MATCH ?",
                          (match,))
        self._hit_tables[match] = (name, version, now)
        return f"rowid IN (SELECT rid FROM temp.{name})"

    def _page_plan(self, q: EventQuery, where: str, params: list[Any], order: str) -> tuple[str, str]:
        """SQLite has no statistics on how many rows a range (bbox, minimum confidence or sources) or a
        search matches, so for those it may walk the sort index to the end for a filter that matches
        nothing, or sort 100,000 matches for a page of 100. With such a filter the page plan is chosen
        from the count (which the API needs anyway): walking the sort index reads about
        (offset + limit) × events / matches rows, sorting reads the matches; the cheaper one is forced
        (INDEXED BY the sort index, or ``+`` on the ORDER BY terms so that no index serves the order).
        The other filters (date, place, type) have exact statistics and composite indexes."""
        index = ORDER_INDEXES.get(q.order.lstrip("-"))
        unindexed = (q.bbox or q.min_confidence is not None or q.min_sources is not None or q.actor or q.text
                     or q.outlet or q.article_id)
        if index is None or q.limit is None or not unindexed:
            return "", order
        matches = self._count(where, params)
        last = self.conn.execute("SELECT rowid FROM events ORDER BY rowid DESC LIMIT 1").fetchone()
        events = int(last[0]) if last else 0
        if (q.offset + q.limit) * events <= matches * matches:  # walk ≤ matches
            return f" INDEXED BY {index}", order
        return "", ", ".join("+" + term for term in order.split(", "))

    def analyze(self) -> None:
        """Refresh the planner's statistics (``ANALYZE``: ~3 s for a million events)."""
        self.conn.execute("ANALYZE")

    def _statistics_stale(self) -> bool:
        """No statistics yet, or the events grew or shrank by 10 % or more since the last ANALYZE."""
        try:
            row = self.conn.execute("SELECT stat FROM sqlite_stat1 WHERE idx = 'sqlite_autoindex_events_1'").fetchone()
        except sqlite3.OperationalError:  # no sqlite_stat1 table: never analyzed
            return True
        last = self.conn.execute("SELECT rowid FROM events ORDER BY rowid DESC LIMIT 1").fetchone()
        now = int(last[0]) if last else 0  # events are never deleted: the last rowid is their number
        then = int(row[0].split()[0]) if row else 0
        return abs(now - then) * 10 >= max(then, 1)

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
            self._index_pending()
        except BaseException:
            self._depth = 0
            self._search_pending.clear()
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    def journal_mode(self) -> str:
        """The journal mode in force (``wal`` for a file store)."""
        return str(self.conn.execute("PRAGMA journal_mode").fetchone()[0])
