"""The API over PostgreSQL + PostGIS answers exactly as over SQLite (filters, map points, grid, event view)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from marsad_test_stores import _pg_reason, pg_schema_url  # noqa: E402

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_api() -> Iterator[object]:
    reason = _pg_reason()
    if reason:
        pytest.skip(reason)
    from fastapi.testclient import TestClient
    from marsad_serve_sample import build_store

    from marsad.serve.app import create_app

    for url in pg_schema_url():
        build_store(url)
        with TestClient(create_app(url)) as client:
            yield client


@pytest.mark.parametrize("query", [
    "", "country=Syria", "country=Iraq&admin1=Basra", "event_type=Battles",
    "date_from=2016-08-12&date_to=2016-08-14", "actor=قوات النظام", "q=معرة النعمان", "q=power cuts",
    "bbox=35,33,38,37", "min_confidence=0.8", "min_sources=2", "outlet=Zaman al-Wasl",
    "order=-fatalities&limit=3&offset=1",
])
def test_events_are_the_same_on_both_backends(api, pg_api, query: str) -> None:
    a = api.get(f"/api/events?{query}").json()
    b = pg_api.get(f"/api/events?{query}").json()
    assert b["total"] == a["total"]
    assert [e["event_id"] for e in b["items"]] == [e["event_id"] for e in a["items"]]


@pytest.mark.parametrize("path", [
    "/api/points", "/api/points?country=Iraq", "/api/points?limit=2", "/api/grid?zoom=2", "/api/grid?zoom=12",
    "/api/aggregates?by=day", "/api/aggregates?by=admin1&country=Iraq",
])
def test_map_data_is_the_same_on_both_backends(api, pg_api, path: str) -> None:
    a, b = api.get(path).json(), pg_api.get(path).json()
    key = "points" if "points" in a else "cells" if "cells" in a else "items"
    assert b.get("total") == a.get("total")
    assert sorted(map(str, b[key])) == sorted(map(str, a[key]))


def test_event_view_is_the_same_on_both_backends(api, pg_api) -> None:
    eid = api.get("/api/events?min_sources=2").json()["items"][0]["event_id"]
    a, b = api.get(f"/api/events/{eid}").json(), pg_api.get(f"/api/events/{eid}").json()
    assert b["evidence"] == a["evidence"]
    assert [x["evidence_text"] for x in b["articles"]] == [x["evidence_text"] for x in a["articles"]]
    assert [s["outlet"] for s in b["sources"]] == [s["outlet"] for s in a["sources"]]
