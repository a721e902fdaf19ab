"""Text/actor search (FTS5 trigram on SQLite, pg_trgm on PostgreSQL), sort orders, and the read
indexes: what an old store gets on open, and that the planner uses them for the API's queries."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from marsad.model import Article, Event, Span
from marsad.store import ArticleRecord, EventQuery, FusedEvent, SourceLink, Store, content_hash, open_store
from marsad.store.schema import READ_INDEXES

# Articles written for these tests (invented, not copied news): (id, day, text, event fields).
ROWS = [
    ("s-idlib", "2019-03-02", "قصفت طائرات روسية بلدة معرة النعمان في ريف إدلب الجنوبي وقتل أربعة مدنيين.",
     {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "country": "Syria",
      "admin1": "Idlib", "location": "Maarat al-Numan", "location_ar": "معرة النعمان", "latitude": 35.64,
      "longitude": 36.67, "actor1": "Military Forces of Russia (2000-)", "actor1_ar": "القوات الروسية",
      "actor2": "Civilians (Syria)", "fatalities": 4, "notes": "Russian air strike on Maarat al-Numan; 4 killed."},
     "قصفت", "معرة النعمان"),
    ("s-hodeidah", "2018-06-14", "هاجمت جماعة الحوثي مواقع القوات الحكومية جنوب مدينة الحديدة وقتل ستة مقاتلين.",
     {"event_type": "Battles", "sub_event_type": "Armed clash", "country": "Yemen", "admin1": "Al Hudaydah",
      "location": "Al Hudaydah", "location_ar": "الحديدة", "latitude": 14.80, "longitude": 42.95,
      "actor1": "Houthi Movement (Ansar Allah)", "actor1_ar": "جماعة الحوثي",
      "actor2": "Military Forces of Yemen (2017-)", "assoc_actor_1": ["Tribal Militia 100% (Yemen)"],
      "fatalities": 6, "notes": "Houthi attack on government positions south of Al Hudaydah."},
     "هاجمت", "الحديدة"),
    ("s-mosul", "2018-06-14", "انفجرت عبوة ناسفة على طريق في الموصل دون وقوع إصابات.",
     {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
      "country": "Iraq", "admin1": "Ninewa", "location": "Mosul", "location_ar": "الموصل", "latitude": 36.34,
      "longitude": 43.13, "actor1": "Unidentified Armed Group (Iraq)", "fatalities": 0,
      "notes": "IED on a road in Mosul; no casualties."},
     "انفجرت", "الموصل"),
    ("s-undated", "2020-01-05", "اعتقلت قوات الأمن ناشطين في البصرة في وقت غير محدد.",
     {"event_type": "Strategic developments", "sub_event_type": "Arrests", "country": "Iraq", "admin1": "Basra",
      "location": "Basra", "location_ar": "البصرة", "actor1": "Police Forces of Iraq (2020-)", "fatalities": 0,
      "notes": "Activists arrested in Basra, date unknown."},
     "اعتقلت", "البصرة"),
]


def _fill(store: Store) -> dict[str, str]:
    """Store the ROWS; returns article id -> event id."""
    ids = {}
    with store.transaction():
        for aid, day, text, fields, word, place_ar in ROWS:
            art = Article(id=aid, text=text, published=date.fromisoformat(day), outlet="Outlet " + aid[2])
            ev = Event(article_id=aid, event_date="" if aid == "s-undated" else day, time_precision=1,
                       confidence=0.7, geo_precision=1, **fields)
            i = text.index(word)
            ev.add_evidence("event_type", Span(i, i + len(word)), text)
            j = text.index(place_ar)
            ev.add_evidence("location", Span(j, j + len(place_ar)), text)
            ev.event_id = ev.make_id()
            link = SourceLink(ev.event_id, aid, ev.event_id, art.outlet, day, "", "first report")
            store.add_article(ArticleRecord(art, content_hash(art), "test", 1))
            store.save_fused(FusedEvent(ev, [link], [ev]), [ev], [link])
            ids[aid] = ev.event_id
    return ids


@pytest.fixture
def searchable(store: Store) -> Store:
    _fill(store)
    return store


def _places(store: Store, **filters: object) -> set[str]:
    return {e["location"] for e in store.events(EventQuery(limit=None, **filters))}  # type: ignore[arg-type]


def test_text_search_finds_substrings_in_arabic_and_english(searchable: Store) -> None:
    assert _places(searchable, text="معرة") == {"Maarat al-Numan"}  # Arabic place name
    assert _places(searchable, text="النعمان") == {"Maarat al-Numan"}  # middle of a word run
    assert _places(searchable, text="الحديدة") == {"Al Hudaydah"}
    assert _places(searchable, text="air strike") == {"Maarat al-Numan"}  # in the notes
    assert _places(searchable, text="MOSUL") == {"Mosul"}  # case-insensitive
    assert _places(searchable, text="ninewa") == {"Mosul"}  # admin1
    assert _places(searchable, text="القوات الروسية") == {"Maarat al-Numan"}  # Arabic actor
    assert _places(searchable, text="كركوك") == set()
    assert searchable.count_events(EventQuery(text="Iraq")) == 2  # country, and the actor's "(Iraq)"


def test_actor_search_covers_associated_actors_but_not_places(searchable: Store) -> None:
    assert _places(searchable, actor="houthi") == {"Al Hudaydah"}
    assert _places(searchable, actor="الحوثي") == {"Al Hudaydah"}
    assert _places(searchable, actor="tribal militia") == {"Al Hudaydah"}  # assoc_actor_1 only
    assert _places(searchable, text="tribal militia") == set()  # the text search does not read assoc actors
    assert _places(searchable, actor="Mosul") == set()


def test_short_and_special_search_strings(searchable: Store) -> None:
    assert _places(searchable, text="IE") == {"Mosul"}  # 2 characters: no trigram, matched by scanning
    assert _places(searchable, text="الم") == {"Mosul"}  # 3 Arabic letters: one trigram, through the index
    assert _places(searchable, text="100%") == set()  # the text search does not read assoc actors
    assert _places(searchable, actor="100%") == {"Al Hudaydah"}  # '%' is a character, not a wildcard
    assert _places(searchable, actor="1_0") == set()  # '_' too
    assert _places(searchable, text='"') == set() and _places(searchable, text='a "b" c') == set()
    assert _places(searchable, text="(2000-)") == {"Maarat al-Numan"}  # FTS syntax characters are text
    # a match never spans two columns: the end of actor1 + the start of actor2
    assert _places(searchable, text="(2000-)Civilians") == set()


def test_search_follows_updates(searchable: Store) -> None:
    [ev] = searchable.events(EventQuery(text="IED"))
    fused = searchable.fused_event(ev["event_id"])
    assert fused is not None
    fused.event.notes = "Roadside bomb near the old bridge of Mosul."
    with searchable.transaction():
        searchable.save_fused(fused, [], [])
    assert _places(searchable, text="IED on a road") == set()
    assert _places(searchable, text="old bridge") == {"Mosul"}
    assert searchable.count_events(EventQuery(text="bridge", date_from="2018-01-01", date_to="2018-12-31")) == 1


def test_orders_put_undated_events_first_ascending_and_break_ties_by_id(searchable: Store) -> None:
    asc = searchable.events(EventQuery(order="event_date", limit=None))
    desc = searchable.events(EventQuery(order="-event_date", limit=None))
    assert [e["location"] for e in asc][0] == "Basra"  # an undated event counts as the oldest
    assert [e["event_date"] for e in desc] == ["2019-03-02", "2018-06-14", "2018-06-14", ""]
    assert [e["event_id"] for e in desc] == [e["event_id"] for e in reversed(asc)]
    same_day = [e["event_id"] for e in desc if e["event_date"] == "2018-06-14"]
    assert same_day == sorted(same_day, reverse=True)
    for key in ("fatalities", "confidence", "n_sources", "updated_at"):
        up = [e["event_id"] for e in searchable.events(EventQuery(order=key, limit=None))]
        down = [e["event_id"] for e in searchable.events(EventQuery(order="-" + key, limit=None))]
        assert down == list(reversed(up)), key
    paged = [e["event_id"] for off in range(4) for e in searchable.events(
        EventQuery(order="-fatalities", limit=1, offset=off))]
    assert paged == [e["event_id"] for e in searchable.events(EventQuery(order="-fatalities", limit=None))]


def test_aggregates_per_day_and_month_keep_their_keys(searchable: Store) -> None:
    days = searchable.aggregate("day", EventQuery(country="Iraq"))
    assert days == [{"key": None, "events": 1, "fatalities": 0}, {"key": "2018-06-14", "events": 1, "fatalities": 0}]
    assert searchable.aggregate("month", EventQuery(text="Houthi")) == [
        {"key": "2018-06", "events": 1, "fatalities": 6}]


# ---- SQLite: the upgrade of an old store and the query plans ---------------------------------------

def _old_store(path: Path) -> None:
    """Make ``path`` look like a store of the previous version: no read indexes, no search index."""
    with sqlite3.connect(path) as conn:
        for name, _ in READ_INDEXES:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
        for trig in ("events_search_insert", "events_search_update", "events_search_delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS {trig}")
        conn.execute("DROP TABLE IF EXISTS events_search")
        conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
        conn.execute("CREATE INDEX events_date ON events (event_date)")
        # the previous search index: kept in step by triggers, which made every write slow
        conn.execute("CREATE VIRTUAL TABLE events_search USING fts5(actors, assoc, body, tokenize = 'trigram')")
        conn.execute("CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN "
                     "INSERT INTO events_search (rowid, actors) VALUES (new.rowid, new.actor1); END")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'search_index'")


def test_an_old_sqlite_store_gets_the_indexes_and_the_search_index_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as s:
        _fill(s)
    _old_store(path)
    with open_store(path) as s:
        assert _places(s, text="معرة") == {"Maarat al-Numan"}
        assert _places(s, actor="tribal militia") == {"Al Hudaydah"}
        _fill_one_more(s)  # written after the upgrade: searchable too
        assert _places(s, text="درعا") == set() and _places(s, text="Daraa") == {"Daraa"}
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {name for name, _ in READ_INDEXES} <= names and "events_date" not in names
        assert conn.execute("SELECT COUNT(*) FROM events_search").fetchone()[0] == 5
        assert not conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        assert conn.execute("SELECT COUNT(*) FROM sqlite_stat1").fetchone()[0] > 0  # ANALYZE ran


def test_a_search_index_out_of_step_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "drift.db"
    with open_store(path) as s:
        _fill(s)
    with sqlite3.connect(path) as conn:  # e.g. written by a tool that bypassed the store
        conn.execute("DELETE FROM events_search WHERE rowid = (SELECT MAX(rowid) FROM events_search)")
    with open_store(path) as s:
        assert len(_places(s, text="Iraq")) == 2


def test_statistics_are_refreshed_after_writing(tmp_path: Path) -> None:
    path = tmp_path / "stats.db"
    with open_store(path) as s:
        _fill(s)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM sqlite_stat1")
    with open_store(path) as s:  # a reader: no ANALYZE on close
        s.events(EventQuery())
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sqlite_stat1").fetchone()[0] == 0
    with open_store(path) as s:
        _fill_one_more(s)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'events'").fetchone()[0] > 0


def _fill_one_more(store: Store) -> None:
    art = Article(id="s-extra", text="سقطت قذيفة على حي سكني في درعا.", published=date(2021, 4, 1), outlet="X")
    ev = Event(article_id=art.id, event_type="Explosions/Remote violence",
               sub_event_type="Shelling/artillery/missile attack", event_date="2021-04-01", country="Syria",
               admin1="Daraa", location="Daraa")
    ev.event_id = ev.make_id()
    link = SourceLink(ev.event_id, art.id, ev.event_id, "X", "2021-04-01", "", "first report")
    with store.transaction():
        store.add_article(ArticleRecord(art, content_hash(art), "test", 1))
        store.save_fused(FusedEvent(ev, [link], [ev]), [ev], [link])


@pytest.mark.parametrize(("query", "index"), [
    (EventQuery(country="Syria", date_from="2016-01-01", date_to="2016-12-31", order="-event_date"),
     "events_country_date"),
    (EventQuery(admin1="Idlib", order="-event_date"), "events_admin1_date"),
    (EventQuery(sub_event_type="Armed clash", date_from="2016-01-01", order="-event_date"), "events_sub_date"),
    (EventQuery(order="-event_date"), "events_date_map"),
    (EventQuery(order="event_date"), "events_date_map"),
    (EventQuery(order="-fatalities"), "events_fatalities"),
    (EventQuery(order="confidence"), "events_confidence"),
    (EventQuery(order="-n_sources"), "events_n_sources"),
    (EventQuery(order="-updated_at"), "events_updated"),
])
def test_sqlite_pages_come_from_an_index_without_sorting_every_row(tmp_path: Path, query: EventQuery,
                                                                    index: str) -> None:
    from marsad.store.sqlite import SQLiteStore

    with SQLiteStore(tmp_path / "plan.db") as s:
        _fill(s)
        _fake_statistics(s)
        where, params = s.where(query)
        sql = f"EXPLAIN QUERY PLAN SELECT event_id FROM events{where} ORDER BY {s.orders[query.order]} LIMIT 100"
        plan = " | ".join(r[3] for r in s.conn.execute(sql, params).fetchall())
        assert index in plan, plan
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan  # (a sort of one day's ties is fine)


def _fake_statistics(s: Store) -> None:
    """Planner statistics of a million-event store (the shape of the benchmark's), for a 4-row file."""
    conn = s.conn  # type: ignore[attr-defined]
    conn.execute("ANALYZE")
    stats = {
        "events_date_map": "1000000 230 1 1 1 1 1", "events_country_date": "1000000 100000 40 20",
        "events_admin1_date": "1000000 50000 12 6", "events_type_admin1_date": "1000000 160000 8000 2 1",
        "events_sub_date": "1000000 40000 10 5",
        "events_fatalities": "1000000 2000 1", "events_confidence": "1000000 10000 1",
        "events_n_sources": "1000000 1000000 1", "events_updated": "1000000 1600 1",
        "events_type_date": "1000000 160000 40", "events_place": "1000000 100000 50000",
        "events_latlon": "1000000 2 1", "sqlite_autoindex_events_1": "1000000 1",
    }
    conn.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'events'")
    conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('events', ?, ?)", stats.items())
    conn.execute("ANALYZE sqlite_schema")  # reload the statistics


@pytest.mark.parametrize("filters", [
    {"text": "Iraq"}, {"text": "الحديدة"}, {"bbox": (30.0, 10.0, 50.0, 40.0)}, {"min_confidence": 0.5},
    {"min_sources": 1}, {"actor": "forces"}, {"outlet": "Outlet m"}, {"text": "IE", "country": "Iraq"},
])
@pytest.mark.parametrize("order", ["-event_date", "event_date", "-fatalities", "confidence", "event_id"])
def test_pages_of_searches_and_ranges_follow_the_order(searchable: Store, filters: dict, order: str) -> None:
    # with 4 events, a page of 1 is found by walking the sort index when 2+ match, by sorting when 1 does
    everything = searchable.events(EventQuery(order=order, limit=None, **filters))
    assert everything, filters
    pages = [e["event_id"] for off in range(len(everything) + 1)
             for e in searchable.events(EventQuery(order=order, limit=1, offset=off, **filters))]
    assert pages == [e["event_id"] for e in everything]
    assert searchable.count_events(EventQuery(**filters)) == len(everything)


def test_a_count_after_a_page_is_fresh_after_a_write(tmp_path: Path) -> None:
    with open_store(tmp_path / "memo.db") as s:
        _fill(s)
        q = EventQuery(country="Syria", text="Syria", limit=1)
        assert len(s.events(q)) == 1 and s.count_events(q) == 1
        s.events(q)
        _fill_one_more(s)  # a Syrian event written between the page and the count
        assert s.count_events(q) == 2


def test_month_and_outlet_aggregates_over_the_matching_events(searchable: Store) -> None:
    assert searchable.aggregate("month") == [  # undated first, as in the day aggregate
        {"key": None, "events": 1, "fatalities": 0}, {"key": "2018-06", "events": 2, "fatalities": 6},
        {"key": "2019-03", "events": 1, "fatalities": 4}]
    assert _places(searchable, outlet="Outlet m") == {"Mosul"}
    assert _places(searchable, outlet="outlet m") == set() and _places(searchable, outlet="Outlet") == set()
    assert searchable.aggregate("outlet", EventQuery(country="Iraq")) == [
        {"key": "Outlet m", "events": 1, "fatalities": 0}, {"key": "Outlet u", "events": 1, "fatalities": 0}]


def test_a_big_outlet_is_checked_row_by_row_with_the_same_answer(tmp_path: Path) -> None:
    with open_store(tmp_path / "outlets.db") as s:
        _fill(s)
        s._outlet_shares.clear()  # type: ignore[attr-defined]
        assert "search_hits" not in s.where(EventQuery(outlet="Outlet m"))[0]  # 1 of 4 events: big
        assert _places(s, outlet="Outlet m") == {"Mosul"} and _places(s, outlet="outlet m") == set()
        s._outlet_shares["Outlet m"] = (time.monotonic(), 0.01)  # type: ignore[attr-defined]
        assert "search_hits" in s.where(EventQuery(outlet="Outlet m"))[0]
        assert _places(s, outlet="Outlet m") == {"Mosul"}


def test_map_cells_of_a_date_range_come_from_one_index(tmp_path: Path) -> None:
    from marsad.store.sqlite import SQLiteStore

    with SQLiteStore(tmp_path / "grid.db") as s:
        _fill(s)
        _fake_statistics(s)
        where, params = s._located(EventQuery(date_from="2018-01-01", date_to="2018-12-31"))
        sql = (f"EXPLAIN QUERY PLAN SELECT latitude, longitude, event_type, fatalities, event_id "
               f"FROM events{where}")
        plan = " | ".join(r[3] for r in s.conn.execute(sql, params).fetchall())
        assert "COVERING INDEX events_date_map" in plan, plan
        where, params = s._located(EventQuery())  # the whole map: one pass over that index, no row read
        plan = " | ".join(r[3] for r in s.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT latitude, longitude, event_type, fatalities, event_id FROM events{where}",
            params).fetchall())
        assert "COVERING INDEX events_date_map" in plan, plan


def test_listed_search_matches_are_reused_until_someone_writes(tmp_path: Path) -> None:
    path = tmp_path / "hits.db"
    with open_store(path) as reader, open_store(path) as writer:
        _fill(writer)
        q = EventQuery(text="Syria")
        first = reader.where(q)[0]
        assert "search_hits" in first and reader.where(q)[0] == first  # listed once, then reused
        assert reader.count_events(q) == 1  # Maarat al-Numan (Syria)
        _fill_one_more(writer)  # another connection writes a Syrian event
        assert reader.count_events(q) == 2  # the list was made again
        assert {e["location"] for e in reader.events(EventQuery(text="Syria", limit=None))} >= {"Daraa"}


def test_search_entries_are_written_once_per_transaction(tmp_path: Path) -> None:
    # FTS5 writes its pending terms as a new segment at every statement savepoint; entries written
    # along the way (or by a trigger) left one tiny segment per event and slowed every write
    with open_store(tmp_path / "segments.db") as s:
        for _ in range(3):
            _fill(s)  # 4 events per transaction, re-saved (updated) the 2nd and 3rd time
        with sqlite3.connect(tmp_path / "segments.db") as conn:
            segments = conn.execute("SELECT COUNT(*) FROM events_search_data").fetchone()[0]
        assert segments <= 10, segments  # one segment per transaction (14 with one per event)
        assert _places(s, text="Iraq") == {"Mosul", "Basra"}


def test_a_rolled_back_event_is_not_searchable(tmp_path: Path) -> None:
    with open_store(tmp_path / "rollback.db") as s:
        _fill(s)
        with pytest.raises(RuntimeError), s.transaction():
            art = Article(id="s-lost", text="قصف على حي سكني في درعا.", published=date(2021, 4, 2), outlet="X")
            ev = Event(article_id=art.id, event_type="Explosions/Remote violence",
                       sub_event_type="Shelling/artillery/missile attack", event_date="2021-04-02",
                       country="Syria", admin1="Daraa", location="Daraa al-Balad")
            ev.event_id = ev.make_id()
            link = SourceLink(ev.event_id, art.id, ev.event_id, "X", "2021-04-02", "", "first report")
            s.add_article(ArticleRecord(art, content_hash(art), "test", 1))
            s.save_fused(FusedEvent(ev, [link], [ev]), [ev], [link])
            raise RuntimeError("crash before commit")
        assert _places(s, text="Daraa") == set()
        _fill_one_more(s)
        assert _places(s, text="Daraa") == {"Daraa"}
