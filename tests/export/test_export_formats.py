"""Exports of fused events: ACLED-column CSV, GeoJSON, JSON Lines and Parquet, with filters."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.export import acled_columns, export_columns, export_events
from marsad.fuse import Fuser
from marsad.model import Article, Event, Span
from marsad.store import ArticleRecord, EventQuery, Store, content_hash

# ACLED's export columns in ACLED's order, as its export tool and API give them (checked against
# ACLED CSV exports published in public repositories).
ACLED = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
         "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
         "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
         "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
         "fatalities", "tags", "timestamp"]

# Invented for the tests (not copied news).
TEXTS = {
    "s1": "قتل خمسة مدنيين بينهم طفلان في غارات جوية شنتها طائرات حربية على حي الشعار في حلب أمس الإثنين.",
    "s2": "أفاد المرصد السوري بمقتل ستة مدنيين في غارة جوية على حي الشعار بحلب يوم الإثنين.",
    "y1": "=اشتباكات في مدينة تعز بين المقاومة الشعبية والحوثيين أسفرت عن مقتل ثلاثة مقاتلين.",
}


def _ev(art: Article, **kw: object) -> Event:
    ev = Event(article_id=art.id, **kw)  # type: ignore[arg-type]
    i = art.text.index(str(kw["location_ar"]))
    ev.add_evidence("location", Span(i, i + len(str(kw["location_ar"]))), art.text)
    return ev


@pytest.fixture
def filled(store: Store) -> Store:
    arts = {
        "s1": Article("s1", TEXTS["s1"], date(2016, 8, 16), "Outlet A"),
        "s2": Article("s2", TEXTS["s2"], date(2016, 8, 16), "Outlet B"),
        "y1": Article("y1", TEXTS["y1"], date(2015, 7, 20), "Outlet C"),
    }
    strike = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  event_date="2016-08-15", time_precision=1, actor1="Military Forces of Syria", inter1=1,
                  assoc_actor_1=["NDF: National Defence Forces"], actor2="Civilians (Syria)", inter2=7,
                  country="Syria", admin1="Aleppo", admin2="Jebel Saman", location="Aleppo - Al Shaar",
                  location_ar="الشعار", latitude=36.2094, longitude=37.1783, geo_precision=1,
                  source="Syrian Observatory for Human Rights", notes="Air strikes hit Al Shaar.",
                  confidence=0.6)
    clash = dict(event_type="Battles", sub_event_type="Armed clash", event_date="2015-07-19", time_precision=1,
                 actor1="Popular Resistance", inter1=3, actor2="Ansar Allah", inter2=2, country="Yemen",
                 admin1="Taiz", location="Taiz", location_ar="تعز", latitude=13.5795, longitude=44.0209,
                 geo_precision=1, fatalities=3, notes="=cmd|' /C calc'!A0", confidence=0.5)
    fuser = Fuser(store)
    for aid, events in (("s1", [_ev(arts["s1"], fatalities=5, **strike)]),
                        ("s2", [_ev(arts["s2"], fatalities=6, **strike)]),
                        ("y1", [_ev(arts["y1"], **clash)])):
        with store.transaction():
            store.add_article(ArticleRecord(arts[aid], content_hash(arts[aid]), "test", 1))
            fuser.add(arts[aid], events)
    return store


def test_column_lists() -> None:
    assert acled_columns() == ACLED
    cols = export_columns()
    assert cols[:len(ACLED)] == ACLED
    assert {"confidence", "n_sources", "outlets", "article_ids", "evidence", "actor1_ar"} <= set(cols[len(ACLED):])


def _csv_rows(store: Store, query: EventQuery | None = None) -> tuple[list[str], list[dict[str, str]]]:
    buf = io.StringIO()
    export_events(store, "csv", buf, query or EventQuery(limit=None))
    reader = csv.DictReader(io.StringIO(buf.getvalue()))
    return list(reader.fieldnames or []), list(reader)


def test_csv_has_acled_columns_and_values(filled: Store) -> None:
    header, rows = _csv_rows(filled)
    assert header == export_columns()
    by_country = {r["country"]: r for r in rows}
    syria = by_country["Syria"]
    assert syria["event_date"] == "2016-08-15" and syria["year"] == "2016"
    assert syria["disorder_type"] == "Political violence"
    assert syria["interaction"] == "17" and syria["civilian_targeting"] == "Civilian targeting"
    assert syria["iso"] == "760" and syria["region"] == "Middle East"
    assert syria["assoc_actor_1"] == "NDF: National Defence Forces"
    assert syria["fatalities"] == "5"  # the lower of 5 and 6
    assert syria["n_sources"] == "2" and syria["article_ids"] == "s1; s2" and syria["outlets"] == "Outlet A; Outlet B"
    assert float(syria["latitude"]) == pytest.approx(36.2094)
    ev = json.loads(syria["evidence"])
    assert {s["article_id"] for s in ev["location"]} == {"s1", "s2"}
    yemen = by_country["Yemen"]
    assert yemen["iso"] == "887" and yemen["interaction"] == "23" and yemen["civilian_targeting"] == ""
    assert yemen["notes"].startswith("'=")  # a spreadsheet would run it as a formula


def test_csv_reads_as_a_typed_table(filled: Store, tmp_path: Path) -> None:
    import pyarrow.csv as pacsv

    out = tmp_path / "events.csv"
    export_events(filled, "csv", out, EventQuery(limit=None))
    table = pacsv.read_csv(out)
    assert table.column_names == export_columns()
    assert str(table.schema.field("fatalities").type) == "int64"
    assert str(table.schema.field("latitude").type) == "double"


def test_geojson_features(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    n = export_events(filled, "geojson", out, EventQuery(limit=None))
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == n == 2
    for f in doc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert lon == f["properties"]["longitude"] and lat == f["properties"]["latitude"]
        assert list(f["properties"]) == export_columns()
    ogrinfo = shutil.which("ogrinfo")
    if ogrinfo:  # the GDAL reader QGIS uses
        info = subprocess.run([ogrinfo, "-so", "-al", str(out)], capture_output=True, text=True, check=True)
        assert "Feature Count: 2" in info.stdout and "Geometry: Point" in info.stdout
        assert "EPSG\",4326" in info.stdout or "EPSG:4326" in info.stdout
        assert "fatalities: Integer" in info.stdout and "latitude: Real" in info.stdout
        assert "year: Integer" in info.stdout


def test_jsonl_keeps_every_field(filled: Store) -> None:
    buf = io.StringIO()
    export_events(filled, "jsonl", buf, EventQuery(limit=None))
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    syria = next(r for r in rows if r["country"] == "Syria")
    assert syria["sources"] == ["s1", "s2"] and syria["actor1"] == "Military Forces of Syria"
    span = syria["evidence"]["location"][0]
    assert TEXTS[span["article_id"]][span["start"]:span["end"]] == span["text"]


def test_parquet(filled: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    assert export_events(filled, "parquet", out, EventQuery(limit=None)) == 2
    table = pq.read_table(out)
    assert table.column_names == export_columns()
    rows = {r["country"]: r for r in table.to_pylist()}
    assert rows["Syria"]["fatalities"] == 5 and rows["Syria"]["iso"] == 760
    assert rows["Yemen"]["latitude"] == pytest.approx(13.5795)


def test_cli_export_filters(filled: Store, store_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["export", "--db", store_url, "--country", "Yemen"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["country"] for r in rows] == ["Yemen"]
    res = runner.invoke(main, ["export", "--db", store_url, "--format", "jsonl", "--bbox", "36,35,38,37",
                               "--min-sources", "2"])
    assert [json.loads(x)["country"] for x in res.stdout.splitlines()] == ["Syria"]
    res = runner.invoke(main, ["export", "--db", store_url, "--from", "2016-01-01", "--event-type", "Battles"])
    assert len(list(csv.DictReader(io.StringIO(res.stdout)))) == 0
    bad = runner.invoke(main, ["export", "--db", store_url, "--bbox", "1,2,3"])
    assert bad.exit_code != 0
    pq = runner.invoke(main, ["export", "--db", store_url, "--format", "parquet"])
    assert pq.exit_code != 0 and "parquet needs a file" in pq.output
