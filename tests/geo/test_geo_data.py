"""The gazetteer's data files: every row loads, is in Arabic letters, and lies where it says it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.geo import Gazetteer
from marsad.geo.gazetteer import GeoWords, load_curated, load_places
from marsad.geo.names import arabic_skeleton, is_arabic_name, latin_skeleton
from marsad.geo.places import distance_km
from marsad.geo.tables import read_tsv

DATA = Path(__file__).resolve().parents[2] / "marsad" / "geo" / "data"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_curated_places_are_arabic_named_and_inside_their_country(gaz: Gazetteer) -> None:
    curated = load_curated(DATA / "curated.tsv")
    assert len(curated) > 700
    kinds = {"neighbourhood", "camp", "crossing", "airport", "base", "landmark", "area", "admin2", "town"}
    for p in curated:
        assert p.kind in kinds, p
        assert p.names_ar and all(is_arabic_name(n) for n in p.names_ar), p
        assert p.cc in gaz.country_names, p
        if p.admin1:
            assert p.admin1.startswith(p.cc + "."), p
            assert p.admin1 in gaz.admin1_names, p
        # within 1200 km of the country's centre: catches swapped lat/lon and wrong signs
        c = gaz.country_place[p.cc]
        assert distance_km(p.lat, p.lon, c.lat, c.lon) < 1200, p


def test_admin1_and_country_tables_have_arabic_names() -> None:
    rows = list(read_tsv(DATA / "admin1.tsv"))
    assert len(rows) > 250
    assert {r["code"][:2] for r in rows} >= {"SY", "IQ", "YE", "LY", "EG", "SD", "SO", "AF", "TR", "NG", "SA"}
    for r in rows:
        assert all(is_arabic_name(n) for n in r["names_ar"].split("|")), r
    countries = {r["cc"]: r for r in read_tsv(DATA / "countries.tsv")}
    assert "سورية" in countries["SY"]["names_ar"].split("|")


def test_embedded_table_covers_the_arab_world_with_arabic_names() -> None:
    places = load_places(DATA / "places.tsv.gz")
    with_ar = [p for p in places if p.kind == "town" and p.names_ar]
    by_cc = {cc: sum(1 for p in with_ar if p.cc == cc) for cc in ("SY", "IQ", "YE", "LY", "PS", "EG")}
    assert all(n >= 80 for n in by_cc.values()), by_cc
    # Persian/Urdu spellings were filtered out
    assert not any("پ" in n or "گ" in n or "ی" in n for p in with_ar for n in p.names_ar)
    assert sum(1 for p in places if p.kind == "admin1") > 3000


def test_context_words_load_normalised() -> None:
    w = GeoWords.load()
    assert w.context["حي"] == "neighbourhood" and w.context["قريه"] == "town"
    assert w.directions["جنوب غربي"] == "SW"
    assert "التحالف" in w.ambiguous and "مدينه" in w.ambiguous


@pytest.mark.parametrize("arabic,english", [
    ("الزبداني", "Az Zabadani"), ("اللطامنة", "Al-Lataminah"), ("خان يونس", "Khan Younis"),
    ("الشيخ زويد", "Sheikh Zuweid"), ("دير الزور", "Deir ez-Zor"), ("غامبورو", "Gamboru"),
])
def test_transliteration_skeletons_agree(arabic: str, english: str) -> None:
    assert arabic_skeleton(arabic) == latin_skeleton(english)


def test_turkish_spelling_is_read_as_turkish() -> None:
    assert arabic_skeleton("جيزرة") == latin_skeleton("Cizre", "TR")
    assert latin_skeleton("Cizre") != latin_skeleton("Cizre", "TR")


def test_every_capital_of_the_nationalities_table_is_a_town(gaz: Gazetteer) -> None:
    rows = list(read_tsv(DATA / "nationalities.tsv"))
    assert {r["cc"] for r in rows} == set(gaz.capitals)
    assert gaz.capitals["YE"].name == "Sanaa" and gaz.capitals["IQ"].name == "Baghdad"
