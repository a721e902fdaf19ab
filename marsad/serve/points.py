"""Map data of the events matching a query, fast: points ``[event_id, lat, lon, type, fatalities]``,
and for views with too many events to send, a grid of cells (count, fatalities, main type).

The rows come from ``Store.points`` and ``Store.grid_cells``: the SQL stores select the five
columns needed with their own filter SQL (``Store.events`` builds a full dict per event, JSON
evidence and all: ~85 µs an event, 8 s for 100,000), so the map always shows what the table shows.
"""

from __future__ import annotations

from typing import Any

from marsad.model import EVENT_TYPES
from marsad.store import EventQuery, Store

TYPE_INDEX = {t: i for i, t in enumerate(EVENT_TYPES)}


def map_points(store: Store, query: EventQuery, limit: int, deadliest: bool = True) -> dict[str, Any]:
    """The located events matching ``query``; when there are more than ``limit``, the deadliest
    ``limit`` of them, or none at all when ``deadliest`` is False (the caller wants the grid then)."""
    total, rows = store.points(query, limit, deadliest)
    points = [[eid, round(lat, 5), round(lon, 5), TYPE_INDEX.get(etype, -1), fat or 0]
              for eid, lat, lon, etype, fat in rows]
    return {"total": total, "returned": len(points), "truncated": total > len(points),
            "types": list(EVENT_TYPES), "fields": ["event_id", "lat", "lon", "type", "fatalities"],
            "points": points}


def cell_size(zoom: int) -> float:
    """Grid cell side in degrees at a web-map zoom level: about 50 pixels on screen."""
    return 360.0 / (2 ** zoom) / 5.0


def map_cells(store: Store, query: EventQuery, zoom: int) -> dict[str, Any]:
    """The located events matching ``query`` counted on a grid fitted to ``zoom``: per cell its
    mean position, events, fatalities, the most frequent type, and the event id when it holds one."""
    cell = cell_size(zoom)
    rows = store.grid_cells(query, cell)
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
