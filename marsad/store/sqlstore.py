"""The SQL behind the Store interface, shared by the SQLite and PostgreSQL backends.

A backend supplies a DB-API connection and a few dialect hooks (placeholders, JSON and date
casts, the bbox test); everything else (upserts, queries, filters, aggregates) is here once.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from marsad.model import FIELD_ORDER, Event
from marsad.store.base import (
    AGGREGATE_KEYS,
    ArticleRecord,
    EventQuery,
    FusedEvent,
    SourceLink,
    Store,
)
from marsad.store.schema import (
    EVENT_COLUMNS,
    JSON_COLUMNS,
    SEARCH_ACTORS,
    SEARCH_ASSOC,
    SEARCH_BODY,
    sqlite_doc,
)

ORDERS: dict[str, str] = {
    # ties by event_id in the key's direction, so that an index (key, event_id) gives the page
    # without sorting every matching row; SQLite sorts NULL dates first ascending, last descending
    "event_date": "event_date ASC, event_id ASC",
    "-event_date": "event_date DESC, event_id DESC",
    "fatalities": "fatalities ASC, event_id ASC",
    "-fatalities": "fatalities DESC, event_id DESC",
    "confidence": "confidence ASC, event_id ASC",
    "-confidence": "confidence DESC, event_id DESC",
    "n_sources": "n_sources ASC, event_id ASC",
    "-n_sources": "n_sources DESC, event_id DESC",
    "updated_at": "updated_at ASC, event_id ASC",
    "-updated_at": "updated_at DESC, event_id DESC",
    "event_id": "event_id ASC",
}

LIKE_ESCAPE = "!"
MIN_INDEXED_SEARCH = 3
"""Shorter search strings have no trigram: they are matched by scanning (LIKE)."""


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards in ``text`` escaped (used with ``ESCAPE '!'``)."""
    for ch in (LIKE_ESCAPE, "%", "_"):
        text = text.replace(ch, LIKE_ESCAPE + ch)
    return f"%{text}%"


EVENT_SELECT = ", ".join(EVENT_COLUMNS)
SOURCES_SQL = ("SELECT event_id, article_id, report_id, outlet, published, url, reason FROM sources "
               "WHERE event_id = ? ORDER BY published IS NULL, published, article_id, report_id")


def _plain(value: Any) -> Any:
    """A database value as a JSON-ready Python value (dates → ISO strings)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _json_value(value: Any) -> Any:
    if isinstance(value, str):
        return json.loads(value)
    return value


def event_fields(ev: Event) -> dict[str, Any]:
    """The Event's fields as a dict, without copying them (``Event.to_dict`` deep-copies: slow)."""
    d = {name: getattr(ev, name) for name in FIELD_ORDER}
    d["event_id"] = ev.event_id or ev.make_id()
    return d


def event_row(fused: FusedEvent, now: int, created_at: int | None) -> dict[str, Any]:
    """The ``events`` row of a fused event."""
    ev = fused.event
    d = event_fields(ev)
    d["event_date"] = ev.event_date or None
    d["year"] = int(ev.event_date[:4]) if ev.event_date[:4].isdigit() else None
    outlets: list[str] = []
    ids: list[str] = []
    for s in fused.sources:
        if s.article_id not in ids:
            ids.append(s.article_id)
        if s.outlet and s.outlet not in outlets:
            outlets.append(s.outlet)
    d["n_sources"] = len(ids)
    d["outlets"] = outlets
    d["source_ids"] = ids
    d["created_at"] = created_at if created_at is not None else now
    d["updated_at"] = now
    return {k: d.get(k) for k in EVENT_COLUMNS}


class SqlStore(Store):
    """Store over a DB-API connection; subclasses set the dialect hooks."""

    placeholder = "?"  # the driver's parameter marker
    json_param = "?"  # how a JSON text parameter is written (PG: ?::jsonb)
    date_param = "?"  # how a YYYY-MM-DD parameter is written (PG: ?::date)
    geom_sql: str | None = None  # PostGIS: the point made of (longitude, latitude) parameters
    orders: dict[str, str] = ORDERS  # the ORDER BY of each EventQuery.order
    nulls_first = ""  # how an ascending ORDER BY puts NULLs first (SQLite does it by itself)
    no_index = "+"  # SQLite: a unary + keeps a condition from choosing an index

    def __init__(self, url: str, conn: Any) -> None:
        self.url = url
        self.conn = conn
        self._depth = 0
        self._writes = 0  # rows written through this connection (statistics are refreshed on close)
        self._counted: tuple[str, tuple[Any, ...], int] | None = None  # see _count

    # ---- dialect hooks ---------------------------------------------------------------------------
    def _bbox_sql(self) -> str:
        return "(longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?)"

    def _bbox_params(self, bbox: tuple[float, float, float, float]) -> list[Any]:
        return [bbox[0], bbox[2], bbox[1], bbox[3]]

    def _outlet_sql(self, outlet: str) -> tuple[str, list[Any]]:
        """The condition for events that an outlet reported (one of their sources)."""
        return "event_id IN (SELECT event_id FROM sources WHERE outlet = ?)", [outlet]

    def _range_shares(self, q: EventQuery) -> dict[str, float]:
        """For a planner without range statistics: the estimated share of events that each bound of the
        date range and of the bbox's latitudes keeps (``{"date": p, "latitude": p}``); none here."""
        return {}

    def _likely(self, cond: str, share: float | None) -> str:
        """A condition with the planner told how likely it is true (SQLite's likelihood()); as is here."""
        return cond

    def _bbox_filter_sql(self, latitude_share: float | None) -> str:
        """The bbox condition of a query filter (parameters: ``_bbox_params``)."""
        return self._bbox_sql()

    def _search_sql(self, kind: str, text: str) -> tuple[str, list[Any]]:
        """The condition for a substring search: ``kind`` "actor" (actors, associated actors) or "text"
        (actors, notes, places, source). SQLite: the FTS5 trigram index; LIKE for under 3 characters."""
        cols = SEARCH_ACTORS + (SEARCH_ASSOC if kind == "actor" else SEARCH_BODY)
        if len(text) < MIN_INDEXED_SEARCH:
            return f"lower({sqlite_doc(cols)}) LIKE lower(?) ESCAPE '{LIKE_ESCAPE}'", [like_pattern(text)]
        fts_cols = "{actors assoc}" if kind == "actor" else "{actors body}"
        phrase = '"' + text.replace('"', '""') + '"'
        return "rowid IN (SELECT rowid FROM events_search WHERE events_search MATCH ?)", [f"{fts_cols} : {phrase}"]

    def _json_items(self, column: str) -> str:
        """A table ``o`` of the strings in a JSON list column, as column ``o.value``."""
        return f"json_each({column}) AS o"

    def _group_expr(self, by: str) -> str:
        """The GROUP BY expression of an aggregate key (SQLite keeps dates as YYYY-MM-DD text)."""
        if by == "day":
            return "event_date"
        return by

    # ---- low level ---------------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self._exec(sql, params)
        rows = cur.fetchall()  # first: in PostgreSQL pipeline mode this waits for the reply
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in rows]

    def _all_many(self, queries: list[tuple[str, Sequence[Any]]]) -> list[list[dict[str, Any]]]:
        """Several queries sent together, then read: one round trip in PostgreSQL pipeline mode."""
        cursors = [self._exec(sql, params) for sql, params in queries]
        out = []
        for cur in cursors:
            rows = cur.fetchall()
            cols = [c[0] for c in cur.description]
            out.append([dict(zip(cols, row, strict=True)) for row in rows])
        return out

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        """Close the connection; after writes through it, refresh the planner's statistics first."""
        if self._writes and self._statistics_stale():
            try:
                self.analyze()
            except Exception:  # noqa: BLE001 - statistics are an optimisation: closing must not fail
                pass
        self.conn.close()

    # ---- writing -------------------------------------------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        return self._one("SELECT 1 AS x FROM articles WHERE content_hash = ?", [content_hash]) is not None

    def has_article_id(self, article_id: str) -> bool:
        return self._one("SELECT 1 AS x FROM articles WHERE id = ?", [article_id]) is not None

    def add_article(self, record: ArticleRecord) -> bool:
        a = record.article
        rows = self._all(
            f"INSERT INTO articles (id, content_hash, outlet, title, url, published, text, origin, "
            f"n_events, skipped, ingested_at) VALUES (?, ?, ?, ?, ?, {self.date_param}, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING RETURNING id",
            [a.id, record.content_hash, a.outlet, a.title, a.url,
             a.published.isoformat() if a.published else None, a.text, record.origin,
             record.n_events, record.skipped, int(time.time())],
        )
        self._writes += len(rows)
        self._counted = None
        return bool(rows)

    def add_skipped(self, where: str, reason: str, content_hash: str | None = None) -> None:
        self._exec(
            "INSERT INTO skipped (origin, reason, content_hash, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (origin, reason) DO NOTHING",
            [where, reason, content_hash, int(time.time())],
        )

    def fusion_candidates(self, event_type: str, date_from: str, date_to: str, *,
                          near: tuple[float, float, float] | None = None,
                          place: tuple[str, str] | None = None,
                          exclude_article: str | None = None) -> list[Event]:
        conds = ["event_type = ?", f"event_date BETWEEN {self.date_param} AND {self.date_param}"]
        params: list[Any] = [event_type, date_from, date_to]
        same_place = "(lower(location) = lower(?) AND location <> '') OR (location_ar = ? AND location_ar <> '')"
        if near is not None:
            lat, lon, km = near
            dlat = km / 110.574
            dlon = km / max(111.320 * math.cos(math.radians(lat)), 1e-6)
            box = (lon - dlon, lat - dlat, lon + dlon, lat + dlat)
            if place is not None:
                conds.append(f"({self._bbox_sql()} OR (latitude IS NULL AND ({same_place})))")
                params += [*self._bbox_params(box), place[0], place[1]]
            else:
                conds.append(self._bbox_sql())
                params += self._bbox_params(box)
        elif place is not None:
            conds.append(f"({same_place})")
            params += [place[0], place[1]]
        if exclude_article is not None:
            conds.append("event_id NOT IN (SELECT event_id FROM sources WHERE article_id = ?)")
            params.append(exclude_article)
        rows = self._all(f"SELECT {EVENT_SELECT} FROM events WHERE {' AND '.join(conds)} ORDER BY event_id",
                         params)
        return [self._row_to_event(r) for r in rows]

    def fused_event(self, event_id: str) -> FusedEvent | None:
        rows, source_rows, report_rows = self._all_many([
            (f"SELECT {EVENT_SELECT} FROM events WHERE event_id = ?", [event_id]),
            (SOURCES_SQL, [event_id]),
            ("SELECT report_id, data FROM reports WHERE fused_id = ? ORDER BY report_id", [event_id]),
        ])
        if not rows:
            return None
        ev = self._row_to_event(rows[0])
        links = [SourceLink(**{k: _plain(v) for k, v in r.items()}) for r in source_rows]
        by_id = {r["report_id"]: Event.from_dict(_json_value(r["data"])) for r in report_rows}
        # reports in the order of their sources (earliest publication first), then any others
        reports = [by_id.pop(x.report_id) for x in links if x.report_id in by_id] + list(by_id.values())
        return FusedEvent(ev, links, reports)

    def save_fused(self, fused: FusedEvent, new_reports: list[Event], new_sources: list[SourceLink]) -> None:
        self._writes += 1
        self._counted = None
        now = int(time.time())
        row = event_row(fused, now, now)  # created_at is kept on update (not in the SET list)
        cols = list(EVENT_COLUMNS)
        marks = []
        for col in EVENT_COLUMNS:
            if col in JSON_COLUMNS:
                marks.append(self.json_param)
            elif col == "event_date":
                marks.append(self.date_param)
            else:
                marks.append("?")
        params = [json.dumps(row[c], ensure_ascii=False) if c in JSON_COLUMNS else row[c]
                  for c in EVENT_COLUMNS]
        if self.geom_sql:
            cols.append("geom")
            marks.append(self.geom_sql)
            params += [row["longitude"], row["latitude"]]
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in ("event_id", "created_at"))
        self._exec(
            f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join(marks)}) "
            f"ON CONFLICT (event_id) DO UPDATE SET {updates}",
            params,
        )
        for rep in new_reports:
            self._exec(
                f"INSERT INTO reports (report_id, article_id, fused_id, data) VALUES (?, ?, ?, {self.json_param}) "
                "ON CONFLICT (report_id) DO UPDATE SET fused_id = excluded.fused_id, data = excluded.data",
                [rep.event_id, rep.article_id, fused.event_id, json.dumps(event_fields(rep), ensure_ascii=False)],
            )
        for s in new_sources:
            self._exec(
                f"INSERT INTO sources (event_id, report_id, article_id, outlet, published, url, reason) "
                f"VALUES (?, ?, ?, ?, {self.date_param}, ?, ?) ON CONFLICT (event_id, report_id) DO NOTHING",
                [s.event_id, s.report_id, s.article_id, s.outlet, s.published, s.url, s.reason],
            )

    # ---- reading -------------------------------------------------------------------------------------
    def _row_to_event(self, row: dict[str, Any]) -> Event:
        d = {k: _plain(v) for k, v in row.items()}
        for k in JSON_COLUMNS:
            if k in d:
                d[k] = _json_value(d[k])
        d["event_date"] = d.get("event_date") or ""
        return Event.from_dict(d)

    def _event_dict(self, row: dict[str, Any]) -> dict[str, Any]:
        d = {k: _plain(v) for k, v in row.items()}
        for k in JSON_COLUMNS:
            if k in d:
                d[k] = _json_value(d[k])
        d["event_date"] = d.get("event_date") or ""
        d["sources"] = d.pop("source_ids", [])
        return d

    def where(self, q: EventQuery) -> tuple[str, list[Any]]:
        """The SQL filter of a query over ``events``: ``(" WHERE ..." or "", parameters)``."""
        conds: list[str] = []
        params: list[Any] = []
        shares = self._range_shares(q) if (q.date_from or q.date_to or q.bbox) else {}
        if q.date_from:
            conds.append(self._likely(f"event_date >= {self.date_param}", shares.get("date")))
            params.append(q.date_from)
        if q.date_to:
            conds.append(self._likely(f"event_date <= {self.date_param}", shares.get("date")))
            params.append(q.date_to)
        for col in ("country", "admin1", "event_type", "sub_event_type"):
            val = getattr(q, col)
            if val:
                conds.append(f"{col} = ?")
                params.append(val)
        for kind, text in (("actor", q.actor), ("text", q.text)):
            if text:
                cond, more = self._search_sql(kind, text)
                conds.append(cond)
                params += more
        if q.bbox:
            conds.append(self._bbox_filter_sql(shares.get("latitude")))
            params += self._bbox_params(q.bbox)
        if q.min_confidence is not None:
            conds.append("confidence >= ?")
            params.append(q.min_confidence)
        if q.min_sources is not None:
            conds.append("n_sources >= ?")
            params.append(q.min_sources)
        if q.outlet:
            cond, more = self._outlet_sql(q.outlet)
            conds.append(cond)
            params += more
        if q.article_id:
            conds.append("event_id IN (SELECT event_id FROM sources WHERE article_id = ?)")
            params.append(q.article_id)
        return (" WHERE " + " AND ".join(conds)) if conds else "", params

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        q = query or EventQuery()
        where, params = self.where(q)
        order = self.orders.get(q.order)
        if order is None:
            raise ValueError(f"unknown order {q.order!r}; one of {sorted(self.orders)}")
        hint, order = self._page_plan(q, where, list(params), order)
        sql = f"SELECT {EVENT_SELECT} FROM events{hint}{where} ORDER BY {order}"
        if q.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(q.limit), int(q.offset)]
        elif q.offset:
            sql += " LIMIT -1 OFFSET ?" if self.placeholder == "?" else " OFFSET ?"
            params.append(int(q.offset))
        return [self._event_dict(r) for r in self._all(sql, params)]

    def _page_plan(self, q: EventQuery, where: str, params: list[Any], order: str) -> tuple[str, str]:
        """An index hint (after ``FROM events``) and the ORDER BY for a page; here: the planner decides."""
        return "", order

    def _count(self, where: str, params: list[Any]) -> int:
        """COUNT(*) of a filter, remembered for the ``count_events`` that the API calls right after a page."""
        row = self._one(f"SELECT COUNT(*) AS n FROM events{where}", params)
        n = int(row["n"]) if row else 0
        self._counted = (where, tuple(params), n)
        return n

    def count_events(self, query: EventQuery | None = None) -> int:
        where, params = self.where(query or EventQuery())
        memo, self._counted = self._counted, None
        if memo is not None and memo[:2] == (where, tuple(params)):
            return memo[2]
        n = self._count(where, params)
        self._counted = None
        return n

    def _source_rows(self, event_id: str) -> list[dict[str, Any]]:
        rows = self._all(SOURCES_SQL, [event_id])
        return [{k: _plain(v) for k, v in r.items()} for r in rows]

    def event(self, event_id: str) -> dict[str, Any] | None:
        row = self._one(f"SELECT {EVENT_SELECT} FROM events WHERE event_id = ?", [event_id])
        if row is None:
            return None
        d = self._event_dict(row)
        d["sources"] = self._source_rows(event_id)
        d["reports"] = [_json_value(r["data"]) for r in self._all(
            "SELECT data FROM reports WHERE fused_id = ? ORDER BY report_id", [event_id])]
        return d

    def fused_id_of(self, event_id: str) -> str | None:
        if self._one("SELECT 1 AS x FROM events WHERE event_id = ?", [event_id]) is not None:
            return event_id
        row = self._one("SELECT fused_id FROM reports WHERE report_id = ?", [event_id])
        return str(row["fused_id"]) if row else None

    def articles(self, limit: int | None = 100, offset: int = 0, outlet: str | None = None,
                 text: str | None = None) -> list[dict[str, Any]]:
        conds: list[str] = []
        params: list[Any] = []
        if outlet:
            conds.append("outlet = ?")
            params.append(outlet)
        if text:
            conds.append("(title LIKE ? OR text LIKE ?)")
            params += ["%" + text + "%"] * 2
        where = (" WHERE " + " AND ".join(conds)) if conds else ""
        sql = ("SELECT id, content_hash, outlet, title, url, published, origin, n_events, skipped, ingested_at "
               f"FROM articles{where} ORDER BY published IS NULL, published DESC, id ASC")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return [{k: _plain(v) for k, v in r.items()} for r in self._all(sql, params)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self._one(
            "SELECT id, content_hash, outlet, title, url, published, text, origin, n_events, skipped, "
            "ingested_at FROM articles WHERE id = ?", [article_id])
        if row is None:
            return None
        d = {k: _plain(v) for k, v in row.items()}
        d["events"] = [r["event_id"] for r in self._all(
            "SELECT DISTINCT event_id FROM sources WHERE article_id = ? ORDER BY event_id", [article_id])]
        return d

    def aggregate(self, by: str, query: EventQuery | None = None) -> list[dict[str, Any]]:
        if by not in AGGREGATE_KEYS:
            raise ValueError(f"cannot group by {by!r}; one of {AGGREGATE_KEYS}")
        if by == "month":  # the days, added up: grouping by a substring of the date would sort every row
            months: dict[Any, dict[str, Any]] = {}
            for r in self.aggregate("day", query):
                key = r["key"][:7] if r["key"] else r["key"]
                m = months.setdefault(key, {"key": key, "events": 0, "fatalities": 0})
                m["events"] += r["events"]
                m["fatalities"] += r["fatalities"]
            return list(months.values())
        where, params = self.where(query or EventQuery())
        if by == "outlet":  # from each matching event's list of outlets (each outlet once per event)
            sql = ("SELECT o.value AS key, COUNT(*) AS events, COALESCE(SUM(e.fatalities), 0) AS fatalities "
                   f"FROM (SELECT outlets, fatalities FROM events{where}) e, {self._json_items('e.outlets')} "
                   "GROUP BY o.value ORDER BY o.value")
            return [{"key": r["key"], "events": int(r["events"]), "fatalities": int(r["fatalities"])}
                    for r in self._all(sql, params)]
        expr = self._group_expr(by)
        sql = (f"SELECT {expr} AS key, COUNT(*) AS events, COALESCE(SUM(fatalities), 0) AS fatalities "
               f"FROM events{where} GROUP BY {expr} ORDER BY {expr}{self.nulls_first}")
        return [{"key": _plain(r["key"]), "events": int(r["events"]), "fatalities": int(r["fatalities"])}
                for r in self._all(sql, params)]

    def _located(self, query: EventQuery | None) -> tuple[str, list[Any]]:
        where, params = self.where(query or EventQuery())
        # "+": not a reason to use the (latitude, longitude) index (it would fetch every row); the map's
        # columns come from the date index
        n = self.no_index
        located = f"{n}latitude IS NOT NULL AND {n}longitude IS NOT NULL"
        return (f"{where} AND {located}" if where else f" WHERE {located}"), params

    def points(self, query: EventQuery | None = None, limit: int | None = None,
               deadliest: bool = True) -> tuple[int, list[tuple[str, float, float, str, int]]]:
        where, params = self._located(query)
        total_row = self._one(f"SELECT COUNT(*) AS n FROM events{where}", params)
        total = int(total_row["n"]) if total_row else 0
        if limit is not None and total > limit and not deadliest:
            return total, []
        sql = f"SELECT event_id, latitude, longitude, event_type, fatalities FROM events{where}"
        if limit is not None and total > limit:
            sql += " ORDER BY fatalities DESC, event_id ASC LIMIT ?"
            params = [*params, int(limit)]
        rows = self._exec(sql, params).fetchall()
        return total, [(r[0], r[1], r[2], r[3], r[4] or 0) for r in rows]

    def _statistics_stale(self) -> bool:
        """Whether ``close`` should refresh the planner's statistics after writes (the backend decides)."""
        return True

    def _cell_sql(self) -> tuple[str, str]:
        """Row and column of a grid cell (SQLite: CAST truncates, and the shifted values are never negative)."""
        return "CAST((latitude + 90.0) / ? AS INTEGER)", "CAST((longitude + 180.0) / ? AS INTEGER)"

    def grid_cells(self, query: EventQuery | None, cell: float) -> list[tuple[int, int, str, int, int, float,
                                                                               float, str]]:
        where, params = self._located(query)
        cy, cx = self._cell_sql()
        sql = (f"SELECT {cy} AS cy, {cx} AS cx, event_type, COUNT(*) AS n, COALESCE(SUM(fatalities), 0) AS f, "
               f"AVG(latitude) AS lat, AVG(longitude) AS lon, MIN(event_id) AS eid FROM events{where} "
               "GROUP BY 1, 2, 3")
        return [tuple(r) for r in self._exec(sql, [cell, cell, *params]).fetchall()]

    def skipped(self, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        sql = "SELECT origin, reason, content_hash, at FROM skipped ORDER BY id"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [int(limit), int(offset)]
        return [{"where": r["origin"], "reason": r["reason"], "content_hash": r["content_hash"], "at": r["at"]}
                for r in self._all(sql, params)]

    def stats(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in ("articles", "reports", "events", "sources", "skipped"):
            row = self._one(f"SELECT COUNT(*) AS n FROM {table}")
            out[table] = int(row["n"]) if row else 0
        return out
