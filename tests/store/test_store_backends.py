"""The Store interface on real SQLite and real PostgreSQL + PostGIS: writes, idempotency, queries."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.model import Article, Event, Span
from marsad.store import ArticleRecord, EventQuery, FusedEvent, SourceLink, Store, content_hash, open_store

# Texts written for these tests (invented, not copied news).
TEXTS = {
    "t-aleppo": "قصفت طائرات حربية حي الشعار في مدينة حلب صباح اليوم الإثنين ما أدى إلى مقتل خمسة مدنيين.",
    "t-taiz": "اندلعت اشتباكات عنيفة أمس بين الجيش الوطني ومسلحي الحوثي في مدينة تعز وقتل ثلاثة مقاتلين.",
    "t-cairo": "تظاهر مئات الطلاب أمام جامعة القاهرة اليوم الثلاثاء احتجاجا على رفع الرسوم.",
}


def _article(aid: str, day: str, outlet: str) -> Article:
    return Article(id=aid, text=TEXTS[aid], published=date.fromisoformat(day), outlet=outlet)


def _event(article: Article, event_type: str, sub: str, day: str, place: str, lat: float, lon: float,
           country: str, admin1: str, actor1: str, actor2: str, inter2: int, fatalities: int,
           word: str, place_ar: str) -> Event:
    text = article.text
    ev = Event(article_id=article.id, event_type=event_type, sub_event_type=sub, event_date=day,
               time_precision=1, actor1=actor1, inter1=1, actor2=actor2, inter2=inter2, country=country,
               admin1=admin1, location=place, location_ar=place_ar, latitude=lat, longitude=lon,
               geo_precision=1, fatalities=fatalities, confidence=0.6, notes=f"{sub} in {place}.")
    i = text.index(word)
    ev.add_evidence("event_type", Span(i, i + len(word)), text)
    j = text.index(place_ar)
    ev.add_evidence("location", Span(j, j + len(place_ar)), text)
    ev.event_id = ev.make_id()
    return ev


def _save(store: Store, article: Article, ev: Event) -> None:
    link = SourceLink(ev.event_id, article.id, ev.event_id, article.outlet,
                      article.published.isoformat() if article.published else None, "", "first report")
    store.add_article(ArticleRecord(article, content_hash(article), "test", 1))
    store.save_fused(FusedEvent(ev, [link], [ev]), [ev], [link])


@pytest.fixture
def filled(store: Store) -> Store:
    a1 = _article("t-aleppo", "2016-08-15", "Outlet A")
    a2 = _article("t-taiz", "2015-07-21", "Outlet B")
    a3 = _article("t-cairo", "2015-07-21", "Outlet C")
    with store.transaction():
        _save(store, a1, _event(a1, "Explosions/Remote violence", "Air/drone strike", "2016-08-15", "Aleppo",
                                36.2021, 37.1343, "Syria", "Aleppo", "Military Forces of Syria",
                                "Civilians (Syria)", 7, 5, "قصفت", "حلب"))
        _save(store, a2, _event(a2, "Battles", "Armed clash", "2015-07-20", "Taiz", 13.5795, 44.0209, "Yemen",
                                "Taiz", "Military Forces of Yemen", "Ansar Allah", 2, 3, "اشتباكات", "تعز"))
        _save(store, a3, _event(a3, "Protests", "Peaceful protest", "2015-07-21", "Cairo", 30.0444, 31.2357,
                                "Egypt", "Cairo", "Protesters (Egypt)", "", 0, 0, "تظاهر", "القاهرة"))
    return store


def test_article_is_stored_once_by_content_hash(store: Store) -> None:
    a = _article("t-taiz", "2015-07-21", "Outlet B")
    h = content_hash(a)
    with store.transaction():
        assert store.add_article(ArticleRecord(a, h, "x.jsonl:1"))
        assert not store.add_article(ArticleRecord(a, h, "x.jsonl:1"))  # same content: nothing written
    same_text_other_id = Article(id="other", text=a.text, published=a.published, outlet="Z")
    with store.transaction():
        assert not store.add_article(ArticleRecord(same_text_other_id, content_hash(same_text_other_id)))
    assert store.has_article(h) and store.has_article_id("t-taiz") and not store.has_article_id("other")
    assert store.stats()["articles"] == 1
    stored = store.article("t-taiz")
    assert stored is not None and stored["text"] == a.text and stored["published"] == "2015-07-21"
    assert stored["content_hash"] == h


def test_content_hash_ignores_whitespace_layout_only() -> None:
    a = _article("t-taiz", "2015-07-21", "Outlet B")
    relaid = Article(id="x", text="  " + a.text.replace(" ", "\n", 3) + "\n", outlet="Other")
    changed = Article(id="y", text=a.text.replace("ثلاثة", "أربعة"))
    assert content_hash(relaid) == content_hash(a)
    assert content_hash(changed) != content_hash(a)


def test_a_failed_transaction_writes_nothing(store: Store) -> None:
    a = _article("t-cairo", "2015-07-21", "Outlet C")
    with pytest.raises(RuntimeError), store.transaction():
        store.add_article(ArticleRecord(a, content_hash(a)))
        raise RuntimeError("crash in the middle")
    assert store.stats()["articles"] == 0
    assert not store.has_article(content_hash(a))


def test_skipped_inputs_are_recorded_once(store: Store) -> None:
    with store.transaction():
        store.add_skipped("feeds/bad.xml", "not an RSS/Atom feed")
        store.add_skipped("feeds/bad.xml", "not an RSS/Atom feed")
        store.add_skipped("img.png", "binary or undecodable bytes")
    rows = store.skipped()
    assert [(r["where"], r["reason"]) for r in rows] == [
        ("feeds/bad.xml", "not an RSS/Atom feed"), ("img.png", "binary or undecodable bytes")]


def test_event_filters(filled: Store) -> None:
    ids = lambda q: {e["location"] for e in filled.events(q)}  # noqa: E731
    assert ids(EventQuery()) == {"Aleppo", "Taiz", "Cairo"}
    assert ids(EventQuery(date_from="2015-07-21", date_to="2015-07-31")) == {"Cairo"}
    assert ids(EventQuery(country="Yemen")) == {"Taiz"}
    assert ids(EventQuery(admin1="Aleppo")) == {"Aleppo"}
    assert ids(EventQuery(event_type="Battles")) == {"Taiz"}
    assert ids(EventQuery(sub_event_type="Air/drone strike")) == {"Aleppo"}
    assert ids(EventQuery(actor="ansar allah")) == {"Taiz"}
    assert ids(EventQuery(text="تعز")) == {"Taiz"}
    assert ids(EventQuery(text="cairo")) == {"Cairo"}
    assert ids(EventQuery(bbox=(36.0, 35.0, 38.0, 37.0))) == {"Aleppo"}
    assert ids(EventQuery(bbox=(30.0, 10.0, 50.0, 32.0))) == {"Taiz", "Cairo"}
    assert ids(EventQuery(outlet="Outlet B")) == {"Taiz"}
    assert ids(EventQuery(article_id="t-cairo")) == {"Cairo"}
    assert ids(EventQuery(min_sources=2)) == set()
    assert filled.count_events(EventQuery(country="Syria")) == 1


def test_paging_and_order(filled: Store) -> None:
    q = EventQuery(order="-fatalities", limit=2)
    first = filled.events(q)
    assert [e["fatalities"] for e in first] == [5, 3]
    rest = filled.events(EventQuery(order="-fatalities", limit=2, offset=2))
    assert [e["location"] for e in rest] == ["Cairo"]
    assert [e["event_date"] for e in filled.events(EventQuery(order="event_date"))] == [
        "2015-07-20", "2015-07-21", "2016-08-15"]
    with pytest.raises(ValueError):
        filled.events(EventQuery(order="drop table"))


def test_event_detail_has_sources_reports_and_evidence(filled: Store) -> None:
    [ev] = filled.events(EventQuery(country="Yemen"))
    assert ev["sources"] == ["t-taiz"] and ev["outlets"] == ["Outlet B"] and ev["n_sources"] == 1
    detail = filled.event(ev["event_id"])
    assert detail is not None
    assert detail["sources"][0]["article_id"] == "t-taiz"
    assert detail["sources"][0]["reason"] == "first report"
    assert detail["reports"][0]["article_id"] == "t-taiz"
    span = detail["evidence"]["location"][0]
    assert TEXTS["t-taiz"][span["start"]:span["end"]] == span["text"] == "تعز"
    assert filled.event("mrs-unknown") is None
    art = filled.article("t-taiz")
    assert art is not None and art["events"] == [ev["event_id"]]


def test_aggregates(filled: Store) -> None:
    by_type = {r["key"]: (r["events"], r["fatalities"]) for r in filled.aggregate("event_type")}
    assert by_type == {"Battles": (1, 3), "Explosions/Remote violence": (1, 5), "Protests": (1, 0)}
    by_day = [r["key"] for r in filled.aggregate("day")]
    assert by_day == ["2015-07-20", "2015-07-21", "2016-08-15"]
    assert filled.aggregate("month", EventQuery(country="Syria")) == [
        {"key": "2016-08", "events": 1, "fatalities": 5}]
    assert {r["key"] for r in filled.aggregate("admin1")} == {"Aleppo", "Taiz", "Cairo"}
    assert {r["key"]: r["events"] for r in filled.aggregate("outlet")} == {
        "Outlet A": 1, "Outlet B": 1, "Outlet C": 1}
    with pytest.raises(ValueError):
        filled.aggregate("notes")


def test_articles_listing(filled: Store) -> None:
    rows = filled.articles()
    assert [r["id"] for r in rows] == ["t-aleppo", "t-cairo", "t-taiz"]  # newest first, then by id
    assert "text" not in rows[0]
    assert [r["id"] for r in filled.articles(outlet="Outlet C")] == ["t-cairo"]
    assert [r["id"] for r in filled.articles(text="جامعة")] == ["t-cairo"]


def test_data_survive_reopening(store_url: str) -> None:
    a = _article("t-aleppo", "2016-08-15", "Outlet A")
    with open_store(store_url) as s, s.transaction():
        _save(s, a, _event(a, "Explosions/Remote violence", "Air/drone strike", "2016-08-15", "Aleppo",
                           36.2021, 37.1343, "Syria", "Aleppo", "Military Forces of Syria",
                           "Civilians (Syria)", 7, 5, "قصفت", "حلب"))
    with open_store(store_url) as s:
        assert s.stats() == {"articles": 1, "reports": 1, "events": 1, "sources": 1, "skipped": 0}


def test_sqlite_uses_wal(tmp_path) -> None:
    from marsad.store.sqlite import SQLiteStore

    with SQLiteStore(tmp_path / "w.db") as s:
        assert s.journal_mode() == "wal"


def test_postgis_geometry_and_index(store_url: str, filled: Store) -> None:
    if not store_url.startswith("postgresql"):
        pytest.skip("PostGIS only on the PostgreSQL backend")
    rows = filled._all("SELECT ST_X(geom) AS x, ST_Y(geom) AS y, ST_SRID(geom) AS srid FROM events "
                       "WHERE country = 'Syria'")
    assert rows == [{"x": 37.1343, "y": 36.2021, "srid": 4326}]
    idx = filled._all("SELECT indexdef FROM pg_indexes WHERE indexname = 'events_geom'")
    assert "gist" in idx[0]["indexdef"].lower()
