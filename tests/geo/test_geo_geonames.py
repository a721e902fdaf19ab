"""Building the GeoNames index from dump files in the exact GeoNames format, and using it."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.geo import Gazetteer
from marsad.geo.geonames import GeoNamesFormatError, GeoNamesIndex, build_index
from marsad.geo.places import distance_km
from marsad.text.normalize import normalize

DATA = Path(__file__).resolve().parent / "data"
DUMP = DATA / "SY_sample.txt"
ALT = DATA / "alternateNamesV2_sample.txt"
ADM1 = DATA / "admin1CodesASCII_sample.txt"


@pytest.fixture(scope="module")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gaz") / "sy.sqlite"
    stats = build_index([DUMP], out, alternate_names=ALT, admin1_codes=ADM1)
    assert stats.places == sum(1 for _ in DUMP.open(encoding="utf-8"))
    assert stats.arabic_names > 50
    return out


def test_index_holds_arabic_names_from_the_alternate_names_file(index_path: Path) -> None:
    idx = GeoNamesIndex(index_path)
    places = {p.id: p for p in idx.arabic_places()}
    # Ayn Halaqim (2960) has its Arabic name only in alternateNamesV2_sample.txt
    assert "عين حلاقيم" in places["G2960"].names_ar
    assert places["G2960"].admin1 == "SY.10"


def test_rtree_gives_the_places_around_a_point(index_path: Path) -> None:
    idx = GeoNamesIndex(index_path)
    around_hama = idx.near(35.13, 36.75, 30)
    assert around_hama
    assert all(distance_km(p.lat, p.lon, 35.13, 36.75) < 45 for p, _ in around_hama)
    assert any(p.name == "Hama" for p, _ in around_hama)


def test_opened_gazetteer_resolves_a_village_named_in_the_alternate_names(index_path: Path) -> None:
    gaz = Gazetteer.open(index_path)
    text = "وقصفت قوات النظام قرية عين حلاقيم في ريف حماة الغربي بالبراميل المتفجرة."
    nt = normalize(text)
    ms = gaz.find_places(nt)
    found = [m for m in ms if m.text == "عين حلاقيم"]
    assert found, [m.text for m in ms]
    loc = gaz.resolve(found[0], ms)
    assert loc is not None and loc.country == "Syria"
    assert distance_km(loc.latitude, loc.longitude, 34.93998, 36.32212) < 1


def test_lookup_finds_latin_only_places_by_transliteration(index_path: Path) -> None:
    gaz = Gazetteer.open(index_path)
    hits = gaz.lookup("Tayyibat al Imam")
    assert hits and hits[0][0].name == "Tayyibat al Imam"


def test_zipped_dump_builds_the_same_index(tmp_path: Path) -> None:
    zpath = tmp_path / "SY.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.write(DUMP, "SY.txt")
    out = tmp_path / "z.sqlite"
    stats = build_index([zpath], out)
    n = sqlite3.connect(out).execute("SELECT count(*) FROM place").fetchone()[0]
    assert n == stats.places > 90


def test_a_file_that_is_no_geonames_dump_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "cities.csv"
    bad.write_text("name,lat,lon\nAleppo,36.2,37.1\n", encoding="utf-8")
    with pytest.raises(GeoNamesFormatError):
        build_index([bad], tmp_path / "x.sqlite")
    with pytest.raises(FileNotFoundError):
        GeoNamesIndex(tmp_path / "missing.sqlite")


def test_cli_build_and_lookup(tmp_path: Path) -> None:
    from marsad.cli import main

    out = tmp_path / "cli.sqlite"
    r = CliRunner().invoke(main, ["gazetteer", "build", str(DUMP), str(ALT), "--admin1", str(ADM1),
                                  "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.exists() and "places" in r.output
    r = CliRunner().invoke(main, ["gazetteer", "lookup", "حلب"])
    assert r.exit_code == 0, r.output
    assert "Aleppo" in r.output and "Syria" in r.output
    r = CliRunner().invoke(main, ["gazetteer", "build", str(tmp_path / "nothing.txt"), "-o", str(out)])
    assert r.exit_code != 0


def test_environment_variable_selects_the_built_index(index_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_GAZETTEER", str(index_path))
    gaz = Gazetteer.default()
    assert gaz.index is not None and gaz.index.path == index_path.resolve()
    monkeypatch.setenv("MARSAD_GAZETTEER", str(index_path.parent / "missing.sqlite"))
    with pytest.raises(FileNotFoundError, match="marsad gazetteer build"):
        Gazetteer.default()
