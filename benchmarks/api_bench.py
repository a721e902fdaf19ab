"""API speed: filtered queries over a store of N synthetic events (default 1 million), through HTTP.

    .venv/bin/python benchmarks/api_bench.py [--events 1000000] [--db /tmp/marsad-bench.db] [--repeat 7]
    .venv/bin/python benchmarks/api_bench.py --events 100000 --db /tmp/marsad-100k.db --page

The store is built once through the Store interface (save_fused) and reused by later runs
(same path and size). With ``--page`` it opens the dashboard over the store in headless
Chromium instead and prints how long the page takes to show and cluster every event, the
longest main-thread task, and how long a filter takes to apply. Each query is timed through FastAPI's test client (routing, validation,
store query, JSON), and the median and worst of ``--repeat`` runs are printed, and the first run
(the server's view cache is cleared before each run; the SQLite store keeps a search's list of
matches for 30 s while nothing is written, so the first run of a search is the one that builds it).
Target: < 200 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

from marsad.model import EVENT_TYPES, Article, Event
from marsad.store import ArticleRecord, FusedEvent, SourceLink, content_hash, open_store

PLACES = [  # country, admin1, lat, lon
    ("Syria", "Aleppo", 36.20, 37.15), ("Syria", "Idlib", 35.93, 36.63), ("Syria", "Damascus", 33.51, 36.29),
    ("Syria", "Deir ez-Zor", 35.33, 40.14), ("Syria", "Homs", 34.73, 36.72), ("Syria", "Daraa", 32.62, 36.10),
    ("Iraq", "Ninewa", 36.34, 43.13), ("Iraq", "Baghdad", 33.31, 44.36), ("Iraq", "Anbar", 33.42, 43.30),
    ("Iraq", "Basra", 30.51, 47.78), ("Yemen", "Taizz", 13.58, 44.02), ("Yemen", "Sanaa", 15.37, 44.19),
    ("Yemen", "Hodeidah", 14.80, 42.95), ("Libya", "Tripoli", 32.89, 13.19), ("Libya", "Benghazi", 32.12, 20.09),
    ("Lebanon", "South", 33.27, 35.20), ("Palestine", "Gaza Strip", 31.50, 34.47), ("Sudan", "Khartoum", 15.50, 32.56),
    ("Somalia", "Banadir", 2.05, 45.32), ("Egypt", "North Sinai", 31.13, 33.80),
]
ADMIN1_AR = {
    "Aleppo": "حلب", "Idlib": "إدلب", "Damascus": "دمشق", "Deir ez-Zor": "دير الزور", "Homs": "حمص",
    "Daraa": "درعا", "Ninewa": "نينوى", "Baghdad": "بغداد", "Anbar": "الأنبار", "Basra": "البصرة",
    "Taizz": "تعز", "Sanaa": "صنعاء", "Hodeidah": "الحديدة", "Tripoli": "طرابلس", "Benghazi": "بنغازي",
    "South": "الجنوب", "Gaza Strip": "قطاع غزة", "Khartoum": "الخرطوم", "Banadir": "بنادر",
    "North Sinai": "شمال سيناء",
}
ACTORS = ["Military Forces of Syria (2000-2024)", "Islamic State (Syria)", "Hayat Tahrir al-Sham",
          "Military Forces of Russia (2000-)", "Houthi Movement (Ansar Allah)", "Popular Mobilization Forces",
          "Rapid Support Forces", "Al Shabaab", "Libyan National Army", "Civilians (Syria)", "Protesters (Iraq)"]
ACTORS_AR = {
    "Military Forces of Syria (2000-2024)": "الجيش السوري", "Islamic State (Syria)": "تنظيم الدولة الإسلامية",
    "Hayat Tahrir al-Sham": "هيئة تحرير الشام", "Military Forces of Russia (2000-)": "القوات الروسية",
    "Houthi Movement (Ansar Allah)": "جماعة الحوثي", "Popular Mobilization Forces": "الحشد الشعبي",
    "Rapid Support Forces": "قوات الدعم السريع", "Al Shabaab": "حركة الشباب", "Libyan National Army": "الجيش الوطني الليبي",
    "Civilians (Syria)": "مدنيون", "Protesters (Iraq)": "متظاهرون",
}
SUBS = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
ARTICLE_TEXT = "قتل {n} أشخاص في {kind} على {place} صباح اليوم بحسب مصادر محلية، وأصيب آخرون بجروح."


def build(path: Path, n_events: int, per_article: int = 10, seed: int = 7) -> None:
    """Write ``n_events`` fused events (and one article per ``per_article`` events) into a new store."""
    rng = random.Random(seed)
    start = date(2012, 1, 1)
    t0 = time.perf_counter()
    with open_store(path) as store:
        for chunk in range(0, n_events, 20_000):
            with store.transaction():
                for i in range(chunk, min(n_events, chunk + 20_000)):
                    country, admin1, lat, lon = rng.choice(PLACES)
                    et, sub = rng.choice(SUBS)
                    day = (start + timedelta(days=rng.randrange(365 * 12))).isoformat()
                    aid = f"bench-a{i // per_article}"
                    if i % per_article == 0:
                        text = ARTICLE_TEXT.format(n=rng.randrange(1, 30), kind=sub, place=admin1)
                        art = Article(aid, text + f" ({i})", date.fromisoformat(day), rng.choice(["Outlet A", "Outlet B"]))
                        store.add_article(ArticleRecord(art, content_hash(art), "benchmark"))
                    fat = min(int(rng.expovariate(0.3)), 500)
                    a1, a2 = rng.choice(ACTORS), rng.choice(ACTORS)
                    ev = Event(aid, et, sub, day, 1, a1, ACTORS_AR[a1], inter1=rng.randrange(1, 9),
                               actor2=a2, actor2_ar=ACTORS_AR[a2], inter2=rng.randrange(1, 9), country=country,
                               admin1=admin1, location=f"{admin1} - place {rng.randrange(200)}",
                               location_ar=ADMIN1_AR[admin1],
                               latitude=lat + rng.uniform(-0.6, 0.6), longitude=lon + rng.uniform(-0.6, 0.6),
                               geo_precision=1, fatalities=fat, source="Outlet A",
                               notes=f"{sub} in {admin1}; {fat} killed.", confidence=round(rng.random(), 2),
                               evidence={"event_type": [{"start": 0, "end": 3, "text": "قتل", "article_id": aid}]})
                    ev.event_id = f"bench-e{i}"
                    link = SourceLink(ev.event_id, aid, ev.event_id, "Outlet A", day, "", "first report")
                    store.save_fused(FusedEvent(ev, [link], []), [], [link])
            print(f"  built {min(n_events, chunk + 20_000):>9,} events  {time.perf_counter() - t0:6.1f} s",
                  file=sys.stderr)
    # planner statistics, as any long-lived SQLite database has them (the store does not run ANALYZE)
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("ANALYZE")


Y = "&date_from=2016-01-01&date_to=2016-12-31"
QUERIES = [  # every filter, sort order and aggregate the API offers
    ("no filter, newest first, page of 100", "/api/events?limit=100"),
    ("no filter, oldest first", "/api/events?order=event_date"),
    ("no filter, deadliest first", "/api/events?order=-fatalities"),
    ("no filter, least deadly first", "/api/events?order=fatalities"),
    ("no filter, by confidence", "/api/events?order=-confidence"),
    ("no filter, by sources", "/api/events?order=-n_sources"),
    ("no filter, last updated", "/api/events?order=-updated_at"),
    ("no filter, by event id", "/api/events?order=event_id"),
    ("no filter, page 100 (offset 10,000)", "/api/events?offset=10000"),
    ("date range (one year)", "/api/events?" + Y[1:]),
    ("country + date range, page of 100", "/api/events?country=Syria&date_from=2016-01-01&date_to=2016-12-31&limit=100"),
    ("country alone", "/api/events?country=Iraq"),
    ("admin1 alone", "/api/events?admin1=Idlib"),
    ("type + admin1 + date range", "/api/events?event_type=Battles&country=Iraq&admin1=Ninewa"
                                   "&date_from=2015-01-01&date_to=2017-12-31"),
    ("type alone, deadliest first", "/api/events?event_type=Protests&order=-fatalities"),
    ("sub-type, sorted by fatalities", "/api/events?sub_event_type=Air/drone%20strike&date_from=2016-01-01"
                                       "&date_to=2016-06-30&order=-fatalities"),
    ("sub-type alone", "/api/events?sub_event_type=Armed%20clash"),
    ("bbox + min confidence + month", "/api/events?bbox=36,35,38,37&min_confidence=0.5"
                                      "&date_from=2016-08-01&date_to=2016-08-31"),
    ("bbox alone (Aleppo area)", "/api/events?bbox=36.5,35.6,37.8,36.8"),
    ("min confidence alone", "/api/events?min_confidence=0.9"),
    ("min sources 2 (none match)", "/api/events?min_sources=2"),
    ("actor + year", "/api/events?actor=Houthi" + Y),
    ("actor alone", "/api/events?actor=Houthi"),
    ("actor in Arabic", "/api/events?actor=" + quote("الحوثي")),
    ("text search (English) + year", "/api/events?q=Idlib" + Y),
    ("text search (English)", "/api/events?q=drone"),
    ("text search (Arabic)", "/api/events?q=" + quote("دير الزور")),
    ("text search, rare word", "/api/events?q=" + quote("place 117")),
    ("text search, no match", "/api/events?q=" + quote("كركوك")),
    ("outlet", "/api/events?outlet=Outlet%20A" + Y),
    ("article id", "/api/events?article_id=bench-a{article}"),
    ("per-day aggregate, one country-year", "/api/aggregates?by=day&country=Yemen" + Y),
    ("per-day aggregate, everything", "/api/aggregates?by=day"),
    ("per-month aggregate, everything", "/api/aggregates?by=month"),
    ("per-type aggregate, everything", "/api/aggregates?by=event_type"),
    ("per-sub-type aggregate, one year", "/api/aggregates?by=sub_event_type" + Y),
    ("per-admin1 aggregate, one country", "/api/aggregates?by=admin1&country=Syria"),
    ("per-country aggregate, everything", "/api/aggregates?by=country"),
    ("per-actor aggregate, one admin1-year", "/api/aggregates?by=actor1&admin1=Aleppo" + Y),
    ("per-outlet aggregate, one year", "/api/aggregates?by=outlet" + Y),
    ("per-day aggregate, text search", "/api/aggregates?by=day&q=" + quote("حلب")),
    ("map points, one admin1-year", "/api/points?country=Syria&admin1=Aleppo&date_from=2016-01-01"
                                    "&date_to=2016-12-31"),
    ("map points, everything (page: count only)", "/api/points?limit=30000&overflow=none"),
    ("map grid, one year, zoom 6", "/api/grid?zoom=6" + Y),
    ("map grid, everything, zoom 3", "/api/grid?zoom=3"),
    ("meta (cached after the first call)", "/api/meta"),
    ("one event with sources", "/api/events/bench-e{middle}"),
]


def add_arabic(path: Path) -> None:
    """Give a store built by an older version of this script (no Arabic) its Arabic place and actor names."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        if conn.execute("SELECT 1 FROM events WHERE location_ar <> '' LIMIT 1").fetchone():
            return
        print("adding Arabic names to the events ...", file=sys.stderr)
        for en, ar in ADMIN1_AR.items():
            conn.execute("UPDATE events SET location_ar = ? WHERE admin1 = ?", (ar, en))
        for en, ar in ACTORS_AR.items():
            conn.execute("UPDATE events SET actor1_ar = ? WHERE actor1 = ?", (ar, en))
            conn.execute("UPDATE events SET actor2_ar = ? WHERE actor2 = ?", (ar, en))
        conn.execute("ANALYZE")


def page_bench(db: Path, port: int = 8799) -> None:
    """Load the dashboard over ``db`` in headless Chromium (network blocked) and time it."""
    import threading

    import uvicorn
    from playwright.sync_api import sync_playwright

    from marsad.serve.app import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("http://127.0.0.1") else r.abort())
        page.add_init_script("window.__long = []; new PerformanceObserver(l => l.getEntries().forEach("
                             "e => window.__long.push(e.duration))).observe({entryTypes: ['longtask']});")
        t0 = time.perf_counter()
        page.goto(f"http://127.0.0.1:{port}/?lang=en")
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=300_000)
        t_ready = time.perf_counter() - t0
        page.wait_for_selector("#map[data-clustered]", state="attached", timeout=300_000)
        t_clustered = time.perf_counter() - t0
        markers = page.get_attribute("#map", "data-markers")
        long_tasks = page.evaluate("window.__long")
        page.evaluate("window.__long = []")
        page.evaluate("delete document.getElementById('map').dataset.clustered")
        t1 = time.perf_counter()
        page.select_option("select[name=country]", "Iraq")
        page.wait_for_function("document.body.dataset.loading === ''", timeout=300_000)
        page.wait_for_selector("#map[data-clustered]", state="attached", timeout=300_000)
        t_filter = time.perf_counter() - t1
        filtered = page.get_attribute("#map", "data-markers")
        long_after = page.evaluate("window.__long")
        t2 = time.perf_counter()
        page.mouse.move(700, 200)
        page.mouse.wheel(0, -300)
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        t_frame = time.perf_counter() - t2
        browser.close()
    server.should_exit = True
    print(f"page ready (table, timeline, markers handed to the map): {t_ready:6.2f} s")
    print(f"all {markers} markers clustered:                        {t_clustered:6.2f} s")
    print(f"longest main-thread task while loading: {max(long_tasks, default=0):6.0f} ms "
          f"({len(long_tasks)} tasks over 50 ms)")
    print(f"filter country=Iraq applied ({filtered} markers):         {t_filter:6.2f} s; "
          f"longest task {max(long_after, default=0):.0f} ms")
    print(f"zoom + next frame after loading:                    {t_frame * 1000:6.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/marsad-bench.db"))
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--page", action="store_true", help="time the web page in Chromium instead of the API")
    ap.add_argument("--only", default="", help="run only the queries whose name contains this")
    ap.add_argument("--json", type=Path, help="also write the timings to this JSON file")
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from marsad.serve.app import create_app

    need_build = True
    if args.db.exists():
        with open_store(args.db) as store:
            need_build = store.stats()["events"] != args.events
        if need_build:
            for suffix in ("", "-wal", "-shm"):
                Path(str(args.db) + suffix).unlink(missing_ok=True)
    if need_build:
        print(f"building a store of {args.events:,} events at {args.db} ...", file=sys.stderr)
        build(args.db, args.events)
    add_arabic(args.db)
    with open_store(args.db) as store:
        print(f"store: {store.stats()}")
    if args.page:
        page_bench(args.db)
        return
    app = create_app(args.db)
    results = []
    with TestClient(app) as client:
        print(f"{'query':<44} {'rows':>7} {'total':>8} {'median ms':>10} {'max ms':>8} {'first ms':>9}")
        worst = 0.0
        for name, url in QUERIES:
            if args.only not in name:
                continue
            url = url.format(middle=args.events // 2, article=args.events // 20)
            times = []
            body = None
            for _ in range(args.repeat):
                app.state.view_cache.clear()  # time the store, not the server's 30-second view cache
                t0 = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, (url, r.status_code, r.text[:200])
                body = r.json()
            rows = 1 if "event_id" in body else len(body.get("items", body.get("points", body.get("cells", []))))
            total = body.get("total", "")
            med = statistics.median(times)
            worst = max(worst, med)
            print(f"{name:<44} {rows:>7} {total!s:>8} {med:>10.1f} {max(times):>8.1f} {times[0]:>9.1f}", flush=True)
            results.append({"query": name, "url": url, "rows": rows, "total": total,
                            "median_ms": round(med, 1), "max_ms": round(max(times), 1),
                            "first_ms": round(times[0], 1)})
        print(f"slowest median: {worst:.1f} ms ({'under' if worst < 200 else 'OVER'} the 200 ms target)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
