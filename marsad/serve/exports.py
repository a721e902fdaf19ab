"""The dashboard's downloads of the current view: ACLED-column CSV and GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
)
"""ACLED's export columns that marsad fills, in ACLED's order."""

EXTRA_COLUMNS: tuple[str, ...] = (
    "actor1_ar", "actor2_ar", "location_ar", "injuries", "confidence", "n_sources", "outlets", "sources",
)
"""marsad's own columns, after ACLED's."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str | int | float:
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _interaction(ev: dict[str, Any]) -> int | str:
    a, b = ev.get("inter1"), ev.get("inter2")
    if not isinstance(a, int):
        return ""
    if not isinstance(b, int) or b == 0:
        return a * 10
    lo, hi = sorted((a, b))
    return lo * 10 + hi


def acled_row(ev: dict[str, Any]) -> list[str | int | float]:
    """One stored event as a row of ACLED_COLUMNS + EXTRA_COLUMNS."""
    date = ev.get("event_date") or ""
    values: dict[str, Any] = dict(ev)
    values["event_id_cnty"] = ev.get("event_id", "")
    values["year"] = int(date[:4]) if date[:4].isdigit() else ""
    values["interaction"] = _interaction(ev)
    values["sources"] = ev.get("sources") or []
    return [_cell(values.get(c)) for c in ACLED_COLUMNS + EXTRA_COLUMNS]


def events_csv(events: list[dict[str, Any]]) -> str:
    """The events as an ACLED-style CSV text (header first)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(ACLED_COLUMNS + EXTRA_COLUMNS)
    for ev in events:
        writer.writerow(acled_row(ev))
    return buf.getvalue()


def events_geojson(events: list[dict[str, Any]]) -> str:
    """The events as a GeoJSON FeatureCollection (Point geometry; null when not located)."""
    features = []
    for ev in events:
        lat, lon = ev.get("latitude"), ev.get("longitude")
        geometry = ({"type": "Point", "coordinates": [lon, lat]}
                    if isinstance(lat, int | float) and isinstance(lon, int | float) else None)
        props = {k: v for k, v in ev.items() if k not in ("latitude", "longitude", "reports")}
        features.append({"type": "Feature", "id": ev.get("event_id"), "geometry": geometry, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
