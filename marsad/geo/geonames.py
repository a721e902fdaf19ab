"""Builds and reads a local gazetteer index (SQLite) from GeoNames dump files."""

from __future__ import annotations

from pathlib import Path

from marsad.geo.places import Place


def load_index(path: Path) -> list[Place]:
    raise NotImplementedError
