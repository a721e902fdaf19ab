"""Place finding and resolution on real Arabic news sentences."""

from __future__ import annotations

import time

import pytest

from marsad.geo import Gazetteer, Location, PlaceMention
from marsad.geo.places import distance_km
from marsad.text.normalize import normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _resolve_all(gaz: Gazetteer, text: str) -> list[tuple[PlaceMention, Location | None]]:
    nt = normalize(text)
    ms = gaz.find_places(nt)
    return [(m, gaz.resolve(m, ms)) for m in ms]


def _loc(gaz: Gazetteer, text: str, words: str) -> Location:
    for m, loc in _resolve_all(gaz, text):
        if words in m.text or m.text in words:
            assert loc is not None, f"{words} found but not resolved"
            return loc
    raise AssertionError(f"{words!r} not found in {[m.text for m, _ in _resolve_all(gaz, text)]}")


def test_spans_point_into_the_original_text(gaz: Gazetteer) -> None:
    text = "وقصفت الطائرات الحربية بلدة تلبيسة بريف حمص الشمالي، وقُتل ثلاثة مدنيين في مدينة إدلب."
    for m, loc in _resolve_all(gaz, text):
        assert text[m.span.start:m.span.end] == m.text
        if loc is not None:
            assert text[loc.span.start:loc.span.end] == loc.location_ar


def test_town_in_countryside_of_a_province(gaz: Gazetteer) -> None:
    text = "وقصفت الطائرات الحربية بلدة تلبيسة بريف حمص الشمالي وسط اشتباكات عنيفة."
    loc = _loc(gaz, text, "تلبيسة")
    assert loc.country == "Syria" and loc.admin1 == "Homs" and loc.geo_precision == 1
    assert distance_km(loc.latitude, loc.longitude, 34.838, 36.731) < 3


def test_countryside_is_precision_two_and_shifted_by_its_direction(gaz: Gazetteer) -> None:
    text = "دارت اشتباكات عنيفة في ريف حلب الشمالي بين تنظيم داعش وفصائل المعارضة."
    loc = _loc(gaz, text, "حلب")
    assert loc.geo_precision == 2 and loc.country == "Syria"
    assert loc.latitude > 36.25  # north of the city of Aleppo (36.20)
    assert distance_km(loc.latitude, loc.longitude, 36.45, 37.1) < 32


def test_province_alone_is_precision_three(gaz: Gazetteer) -> None:
    text = "قتل خمسة جنود في هجوم شنه مسلحون على نقطة عسكرية في محافظة الأنبار غربي العراق."
    loc = _loc(gaz, text, "الأنبار")
    assert loc.geo_precision == 3 and loc.country == "Iraq" and loc.admin1 == "Anbar"


def test_unknown_neighbourhood_is_coded_at_its_city(gaz: Gazetteer) -> None:
    text = "وسقطت قذائف على حي الميسر في حلب مما أدى إلى مقتل طفلين."
    loc = _loc(gaz, text, "الميسر")
    assert loc.country == "Syria" and loc.location == "Aleppo"
    assert loc.geo_precision == 1
    assert loc.location_ar == "الميسر"


def test_country_with_direction(gaz: Gazetteer) -> None:
    text = "قتل قيادي في تنظيم داعش في غارة جوية قرب مدينة الحسكة في شمال شرق سوريا."
    locs = {m.text: loc for m, loc in _resolve_all(gaz, text)}
    assert locs["الحسكة"].geo_precision == 2  # قرب
    assert locs["سوريا"].geo_precision == 3
    assert gaz.country_of(gaz.find_places(normalize(text))) == "Syria"


def test_adjective_is_not_the_country(gaz: Gazetteer) -> None:
    text = "وقالت القوات السورية إنها استعادت السيطرة على التلال."
    assert [m.text for m in gaz.find_places(normalize(text))] == []


def test_default_loads_fast_and_resolves_in_microseconds() -> None:
    from marsad.geo.gazetteer import _default

    _default.cache_clear()
    t = time.perf_counter()
    gaz = Gazetteer.default()
    assert time.perf_counter() - t < 2.0  # < 1 s on a quiet machine; CI machines are shared
    nt = normalize("قصفت الطائرات بلدة تلبيسة بريف حمص الشمالي وحي الوعر في مدينة حمص.")
    ms = gaz.find_places(nt)
    t = time.perf_counter()
    for _ in range(200):
        for m in ms:
            gaz.resolve(m, ms)
    per = (time.perf_counter() - t) / (200 * len(ms))
    assert per < 0.001
