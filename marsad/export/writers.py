"""Write stored events as ACLED-column CSV, GeoJSON (opens in QGIS), JSON Lines or Parquet."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from marsad.export.acled import acled_row, export_columns
from marsad.store.base import EventQuery, Store

FORMATS: tuple[str, ...] = ("csv", "geojson", "jsonl", "parquet")
PAGE = 1000
_FORMULA_START = ("=", "+", "@", "\t", "\r")


def iter_events(store: Store, query: EventQuery | None = None, page: int = PAGE) -> Iterator[dict[str, Any]]:
    """Every event matching ``query`` (its limit/offset included), fetched a page at a time."""
    q = dataclasses.replace(query) if query else EventQuery(limit=None)
    remaining = q.limit
    offset = q.offset
    while remaining is None or remaining > 0:
        size = page if remaining is None else min(page, remaining)
        rows = store.events(dataclasses.replace(q, limit=size, offset=offset))
        yield from rows
        if len(rows) < size:
            return
        offset += len(rows)
        if remaining is not None:
            remaining -= len(rows)


def _csv_cell(value: Any) -> Any:
    """A CSV cell; text a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(events: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    """ACLED's columns in ACLED's order, then marsad's; returns the number of rows."""
    cols = export_columns()
    w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerow({k: _csv_cell(v) for k, v in acled_row(ev).items()})
        n += 1
    return n


def write_geojson(events: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    """A GeoJSON FeatureCollection (WGS84 points, the ACLED row as properties); streams the features."""
    fh.write('{"type": "FeatureCollection", "name": "marsad_events", "features": [\n')
    n = 0
    for ev in events:
        lat, lon = ev.get("latitude"), ev.get("longitude")
        geom = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        feature = {"type": "Feature", "id": ev.get("event_id"), "geometry": geom, "properties": acled_row(ev)}
        fh.write(("," if n else "") + json.dumps(feature, ensure_ascii=False) + "\n")
        n += 1
    fh.write("]}\n")
    return n


def write_jsonl(events: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    """Each event with every stored field (evidence, sources ...) as one JSON object a line."""
    n = 0
    for ev in events:
        fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
        n += 1
    return n


def _parquet_schema() -> Any:
    import pyarrow as pa

    ints = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
            "fatalities", "timestamp", "injuries", "n_sources"}
    floats = {"latitude", "longitude", "confidence"}
    return pa.schema([(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string())
                      for c in export_columns()])


def write_parquet(events: Iterator[dict[str, Any]], path: str | Path, batch: int = PAGE) -> int:
    """The CSV's columns as a typed Parquet file (event_date as text YYYY-MM-DD, as in the CSV)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    n = 0
    rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(str(path), schema) as writer:
        def flush() -> None:
            cols = {f.name: [r[f.name] if r[f.name] != "" or pa.types.is_string(f.type) else None for r in rows]
                    for f in schema}
            writer.write_table(pa.Table.from_pydict(cols, schema=schema))
            rows.clear()

        for ev in events:
            rows.append(acled_row(ev))
            n += 1
            if len(rows) >= batch:
                flush()
        if rows or n == 0:
            flush()
    return n


def export_events(store: Store, fmt: str, out: str | Path | IO[str], query: EventQuery | None = None) -> int:
    """Write the events matching ``query`` in ``fmt`` to ``out`` (a path, or an open text file
    for csv/geojson/jsonl); returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    events = iter_events(store, query)
    if fmt == "parquet":
        if not isinstance(out, str | Path):
            raise ValueError("parquet needs an output file (-o PATH)")
        return write_parquet(events, out)
    writer = {"csv": write_csv, "geojson": write_geojson, "jsonl": write_jsonl}[fmt]
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return writer(events, fh)
    return writer(events, out)
