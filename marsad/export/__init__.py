"""Export stage: stored events as ACLED-column CSV, GeoJSON, JSON Lines and Parquet."""

from __future__ import annotations

from marsad.export.acled import acled_columns, acled_row, export_columns
from marsad.export.writers import FORMATS, export_events, iter_events

__all__ = ["FORMATS", "acled_columns", "acled_row", "export_columns", "export_events", "iter_events"]
