"""Map data of the events matching a query, fast: points ``[event_id, lat, lon, type, fatalities]``,
and for views with too many events to send, a grid of cells (count, fatalities, main type).

The Store interface has no points query, and ``Store.events`` builds a full dict per event
(JSON evidence and all: ~85 µs an event, 8 s for 100,000). For the SQL stores this module
selects the five columns it needs with the store's own filter SQL (so the map always shows
what the table shows); any other Store goes through ``Store.events``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from marsad.model import EVENT_TYPES
from marsad.store import EventQuery, Store
from marsad.store.sqlstore import SqlStore

TYPE_INDEX = {t: i for i, t in enumerate(EVENT_TYPES)}


def _sql_points(store: SqlStore, query: EventQuery, limit: int,
                deadliest: bool = True) -> tuple[int, list[list[Any]]]:
    where, params = store._where(query)  # noqa: SLF001 - the store's filter SQL, reused as it is
    located = "latitude IS NOT NULL AND longitude IS NOT NULL"
    where = f"{where} AND {located}" if where else f" WHERE {located}"
    total_row = store._exec(f"SELECT COUNT(*) FROM events{where}", params).fetchone()  # noqa: SLF001
    total = int(total_row[0]) if total_row else 0
    if total > limit and not deadliest:
        return total, []
    sql = f"SELECT event_id, latitude, longitude, event_type, fatalities FROM events{where}"
    if total > limit:
        sql += " ORDER BY fatalities DESC, event_id LIMIT ?"
        params = [*params, limit]
    rows = store._exec(sql, params).fetchall()  # noqa: SLF001
    return total, [[r[0], round(r[1], 5), round(r[2], 5), TYPE_INDEX.get(r[3], -1), r[4] or 0] for r in rows]


def _generic_points(store: Store, query: EventQuery, limit: int,
                    deadliest: bool = True) -> tuple[int, list[list[Any]]]:
    rows = [ev for ev in store.events(replace(query, limit=None, offset=0, order="-fatalities"))
            if ev.get("latitude") is not None and ev.get("longitude") is not None]
    if len(rows) > limit and not deadliest:
        return len(rows), []
    return len(rows), [[ev["event_id"], round(ev["latitude"], 5), round(ev["longitude"], 5),
                        TYPE_INDEX.get(ev.get("event_type"), -1), ev.get("fatalities") or 0]
                       for ev in rows[:limit]]


def map_points(store: Store, query: EventQuery, limit: int, deadliest: bool = True) -> dict[str, Any]:
    """The located events matching ``query``; when there are more than ``limit``, the deadliest
    ``limit`` of them, or none at all when ``deadliest`` is False (the caller wants the grid then)."""
    if isinstance(store, SqlStore):
        total, points = _sql_points(store, query, limit, deadliest)
    else:
        total, points = _generic_points(store, query, limit, deadliest)
    return {"total": total, "returned": len(points), "truncated": total > len(points),
            "types": list(EVENT_TYPES), "fields": ["event_id", "lat", "lon", "type", "fatalities"],
            "points": points}


def cell_size(zoom: int) -> float:
    """Grid cell side in degrees at a web-map zoom level: about 50 pixels on screen."""
    return 360.0 / (2 ** zoom) / 5.0


def _sql_cells(store: SqlStore, query: EventQuery, cell: float) -> list[tuple[Any, ...]]:
    where, params = store._where(query)  # noqa: SLF001 - the store's filter SQL, reused as it is
    located = "latitude IS NOT NULL AND longitude IS NOT NULL"
    where = f"{where} AND {located}" if where else f" WHERE {located}"
    if store.placeholder == "?":  # SQLite: CAST truncates, and the shifted values are never negative
        cy, cx = "CAST((latitude + 90.0) / ? AS INTEGER)", "CAST((longitude + 180.0) / ? AS INTEGER)"
    else:
        cy, cx = "CAST(FLOOR((latitude + 90.0) / ?) AS INTEGER)", "CAST(FLOOR((longitude + 180.0) / ?) AS INTEGER)"
    sql = (f"SELECT {cy} AS cy, {cx} AS cx, event_type, COUNT(*) AS n, COALESCE(SUM(fatalities), 0) AS f, "
           f"AVG(latitude) AS lat, AVG(longitude) AS lon, MIN(event_id) AS eid FROM events{where} "
           "GROUP BY 1, 2, 3")
    return [tuple(r) for r in store._exec(sql, [cell, cell, *params]).fetchall()]  # noqa: SLF001


def _generic_cells(store: Store, query: EventQuery, cell: float) -> list[tuple[Any, ...]]:
    groups: dict[tuple[int, int, str], list[Any]] = {}
    for ev in store.events(replace(query, limit=None, offset=0, order="event_id")):
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


def map_cells(store: Store, query: EventQuery, zoom: int) -> dict[str, Any]:
    """The located events matching ``query`` counted on a grid fitted to ``zoom``: per cell its
    mean position, events, fatalities, the most frequent type, and the event id when it holds one."""
    cell = cell_size(zoom)
    rows = _sql_cells(store, query, cell) if isinstance(store, SqlStore) else _generic_cells(store, query, cell)
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    for cy, cx, etype, n, fat, lat, lon, eid in rows:
        c = cells.setdefault((cy, cx), {"n": 0, "f": 0, "lat": 0.0, "lon": 0.0, "types": {}, "eid": eid})
        c["n"] += n
        c["f"] += int(fat or 0)
        c["lat"] += lat * n
        c["lon"] += lon * n
        c["types"][etype] = c["types"].get(etype, 0) + n
    out = []
    total = 0
    for c in cells.values():
        n = c["n"]
        total += n
        main = max(c["types"].items(), key=lambda kv: (kv[1], kv[0]))[0]
        out.append([round(c["lat"] / n, 5), round(c["lon"] / n, 5), n, c["f"], TYPE_INDEX.get(main, -1),
                    c["eid"] if n == 1 else None])
    out.sort(key=lambda r: -r[2])
    return {"zoom": zoom, "cell_degrees": cell, "total": total, "types": list(EVENT_TYPES),
            "fields": ["lat", "lon", "events", "fatalities", "type", "event_id"], "cells": out}
