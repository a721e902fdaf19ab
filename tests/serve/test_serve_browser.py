"""End-to-end: the dashboard in a real headless Chromium with every non-local request blocked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.serve import assets

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
    pytest.mark.skipif(bool(assets.missing_assets()), reason="web/node_modules missing: run `npm ci` in web/"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, live_server: str) -> Iterator[object]:
    """A fresh page on the dashboard; requests leaving localhost are aborted and recorded.

    The page's Content-Security-Policy is bypassed here, so that the XSS test shows that the page
    renders data as text by itself (and so that the test may evaluate its own scripts)."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    pg = ctx.new_page()
    pg.blocked = []
    pg.errors = []

    def route(r) -> None:
        url = r.request.url
        if url.startswith(("http://127.0.0.1", "data:")):
            r.continue_()
        else:
            pg.blocked.append(url)
            r.abort()

    pg.route("**/*", route)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.goto(live_server + "/?lang=en")
    pg.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    yield pg
    ctx.close()


def _wait_loaded(pg) -> None:
    pg.wait_for_function("document.body.dataset.loading === ''", timeout=15_000)


def _table_locations(pg) -> list[str]:
    return pg.eval_on_selector_all("#events tbody td[data-field='location']", "tds => tds.map(t => t.innerText)")


def _markers_shown(pg) -> int:
    """Single markers drawn plus the events inside the cluster icons."""
    singles = pg.eval_on_selector_all("path.leaflet-interactive", "ps => ps.length")
    clustered = pg.eval_on_selector_all(".cluster", "cs => cs.reduce((n, c) => n + Number(c.textContent), 0)")
    return singles + clustered


def test_page_loads_offline_with_map_boundaries_and_markers(page) -> None:
    assert page.blocked == [], f"the page tried to reach the network: {page.blocked}"
    assert page.errors == []
    assert page.get_attribute("#map", "data-markers") == "6"
    assert _markers_shown(page) == 6
    # country and admin-1 boundaries drawn from the npm packages (no tiles)
    assert int(page.get_attribute("#map", "data-boundaries")) > 500  # countries + provinces
    assert page.eval_on_selector_all(".leaflet-overlay-pane canvas", "cs => cs.length") == 1
    assert page.eval_on_selector_all("img.leaflet-tile", "ts => ts.length") == 0
    assert len(_table_locations(page)) == 6
    assert int(page.get_attribute("#timeline", "data-days")) == 11  # 2016-08-06 .. 2016-08-16


def test_filter_narrows_table_and_map(page) -> None:
    page.select_option("select[name=country]", "Iraq")
    _wait_loaded(page)
    page.wait_for_function("document.getElementById('map').dataset.markers === '2'")
    assert sorted(_table_locations(page)) == ["Basra", "Mosul - Zuhour"]
    assert _markers_shown(page) == 2
    assert "country=Iraq" in page.get_attribute("#export-csv", "href")
    page.fill("input[name=q]", "الزهور")
    page.click("button[type=submit]")
    _wait_loaded(page)
    page.wait_for_function("document.getElementById('map').dataset.markers === '1'")
    assert _table_locations(page) == ["Mosul - Zuhour"]


def test_export_links_download_the_current_view(page, live_server: str) -> None:
    page.select_option("select[name=event_type]", "Battles")
    _wait_loaded(page)
    href = page.get_attribute("#export-csv", "href")
    csv_text = page.request.get(live_server + href).text()
    assert len(csv_text.strip().splitlines()) == 3  # header + two battles
    geo = page.request.get(live_server + page.get_attribute("#export-geojson", "href")).json()
    assert len(geo["features"]) == 2


def test_timeline_brush_filters_map_and_table(page) -> None:
    box = page.locator("#timeline .u-over").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    # drag across the last third of the days (2016-08-13 .. 2016-08-16)
    page.mouse.move(box["x"] + box["width"] * 0.66, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.85, y, steps=5)
    page.mouse.move(box["x"] + box["width"] - 1, y, steps=5)
    page.mouse.up()
    page.wait_for_function("Boolean(document.getElementById('timeline').dataset.brush)")
    _wait_loaded(page)
    brush = page.get_attribute("#timeline", "data-brush")
    start, end = brush.split("/")
    assert "2016-08-12" <= start <= "2016-08-13" and end == "2016-08-16"
    locs = set(_table_locations(page))
    assert "Aleppo - Ramouseh" not in locs and "Taizz" in locs
    assert int(page.get_attribute("#map", "data-markers")) == len(locs)
    page.click("#clear-brush")
    _wait_loaded(page)
    page.wait_for_function("document.getElementById('map').dataset.markers === '6'")


def test_keyboard_opens_an_event(page) -> None:
    page.focus("#events tbody tr[data-event-id]")
    page.keyboard.press("Enter")
    page.wait_for_selector("#event-view[data-ready='1']", state="attached")
    assert page.get_attribute("#event-view", "data-event-id") == page.get_attribute(
        "#events tbody tr[data-event-id]", "data-event-id")
    page.keyboard.press("Escape")
    assert page.eval_on_selector("#event-view", "d => d.open") is False


def test_table_sorts_by_fatalities(page) -> None:
    page.click("#events th[data-field='fatalities']")
    _wait_loaded(page)
    first = page.eval_on_selector_all("#events tbody td[data-field='fatalities']", "tds => tds.map(t => t.innerText)")
    assert first[0] == "12"
    page.click("#events th[data-field='fatalities']")
    _wait_loaded(page)
    again = page.eval_on_selector_all("#events tbody td[data-field='fatalities']", "tds => tds.map(t => t.innerText)")
    assert again[0] == "0"


def _open_event(page, location: str) -> dict:
    page.locator("#events tbody tr").filter(has=page.locator("td[data-field='location']", has_text=location)).click()
    page.wait_for_selector("#event-view[data-ready='1']", state="attached")
    event_id = page.get_attribute("#event-view", "data-event-id")
    return page.request.get(page.url.split("/?")[0] + f"/api/events/{event_id}").json()


def _marks(page, article_id: str) -> list[dict]:
    return page.eval_on_selector_all(
        f"#ev-articles .text[data-article-id='{article_id}'] mark",
        "ms => ms.map(m => ({fields: m.dataset.fields.split(' '), start: +m.dataset.start, "
        "end: +m.dataset.end, text: m.textContent, bg: getComputedStyle(m).backgroundColor}))")


def test_event_view_highlights_evidence_at_the_right_characters(page) -> None:
    ev = _open_event(page, "Maarrat An Nu'man")
    assert sorted(a["id"] for a in ev["articles"]) == ["t-maarat-1", "t-maarat-2"]
    outlets = page.inner_text("#ev-sources")
    assert "Enab Baladi" in outlets and "Zaman al-Wasl" in outlets
    for art in ev["articles"]:
        text = art["evidence_text"]
        marks = _marks(page, art["id"])
        shown = page.inner_text(f"#ev-articles .text[data-article-id='{art['id']}']")
        assert shown.replace("\n", "") == text.replace("\n", "")
        for field, spans in ev["evidence"].items():
            for sp in spans:
                if sp["article_id"] != art["id"]:
                    continue
                parts = [m for m in marks if field in m["fields"] and sp["start"] <= m["start"] < sp["end"]]
                assert parts, (field, sp)
                assert parts[0]["start"] == sp["start"] and parts[-1]["end"] == sp["end"]
                assert "".join(p["text"] for p in parts) == text[sp["start"]:sp["end"]] == sp["text"]
    # each field has its own colour, and its row in the field table shows the same colour
    marks = _marks(page, "t-maarat-1")
    colour = {m["fields"][0]: m["bg"] for m in marks if len(m["fields"]) == 1}
    assert colour["fatalities"] != colour["actor1"] != colour["location"]
    swatch = page.eval_on_selector("#ev-fields tr[data-field='fatalities'] .swatch",
                                   "s => getComputedStyle(s).backgroundColor")
    assert swatch == colour["fatalities"]
    page.click("#ev-fields tr[data-field='source']")
    flashed = page.eval_on_selector_all("#ev-articles mark.flash", "ms => ms.map(m => m.dataset.fields)")
    assert flashed and all("source" in f.split(" ") for f in flashed)


def test_xss_article_is_shown_as_text_and_runs_nothing(page) -> None:
    page.select_option("select[name=country]", "Palestine")
    _wait_loaded(page)
    row_text = page.inner_text("#events tbody")
    assert "<script>window.__xss=6</script>" in row_text
    ev = _open_event(page, "Gaza - Rimal")
    body = page.inner_text("#ev-articles")
    assert "<script>window.__xss=2</script>" in body
    assert '<img src=x onerror="window.__xss=3">' in body
    assert '<img src=x onerror="window.__xss=9"> two killed' in page.inner_text("#ev-fields")
    page.hover("#ev-articles .text")
    page.mouse.move(10, 10)
    assert page.evaluate("window.__xss") is None
    injected = page.eval_on_selector_all(
        "#events img, #events script, #events svg, #ev-articles img, #ev-articles script, #ev-articles b, "
        "#ev-fields img, #ev-fields svg, #ev-sources i", "els => els.length")
    assert injected == 0
    # bidi override characters are shown as markers, not applied to the page
    assert page.eval_on_selector_all("#ev-articles .bidi-ctrl", "els => els.map(e => e.dataset.cp)") == [
        "U+202E", "U+202C"]
    marks = _marks(page, "t-xss")
    fat = [m for m in marks if "fatalities" in m["fields"]]
    sp = ev["evidence"]["fatalities"][0]
    assert fat[0]["start"] == sp["start"] and fat[-1]["end"] == sp["end"]
    assert "".join(m["text"] for m in fat) == "شخصان"  # the two controls became markers
    assert page.errors == []


def test_arabic_right_to_left(page) -> None:
    page.click("#lang")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    assert page.inner_text("header h1") == "مرصد — أحداث النزاع"
    types = page.eval_on_selector_all("#events tbody td[data-field='event_type']", "tds => tds.map(t => t.innerText)")
    assert "معارك" in types
    sidebar = page.locator("#sidebar").bounding_box()
    assert sidebar["x"] > 700  # the filters moved to the right-hand side
    page.click("#lang")
    assert page.get_attribute("html", "dir") == "ltr"


def test_big_views_are_counted_on_a_grid_until_zoomed_in(page, live_server: str) -> None:
    page.goto(live_server + "/?lang=en&max_points=3")
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    page.wait_for_selector("#map[data-mode='grid']", state="attached")
    assert page.get_attribute("#map", "data-markers") == "6"
    shown = page.eval_on_selector_all(".cluster", "cs => cs.reduce((n, c) => n + Number(c.textContent), 0)")
    singles = page.eval_on_selector_all("path.leaflet-interactive", "ps => ps.length")
    assert shown + singles == 6
    assert "grid" in page.inner_text("#summary")
    # zoomed in, few enough events are in view to be sent one by one again
    for _ in range(6):
        page.click(".leaflet-control-zoom-in")
        page.wait_for_timeout(300)
    page.wait_for_selector("#map[data-mode='points']", state="attached", timeout=15_000)
    assert int(page.get_attribute("#map", "data-markers")) <= 3
