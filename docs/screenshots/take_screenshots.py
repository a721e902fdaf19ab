"""Take the dashboard's screenshots (PNG, into this folder) with Playwright and Debian's Chromium.

    .venv/bin/python docs/screenshots/take_screenshots.py [--db STORE]

Without --db it serves the tests' sample store (articles written for the tests, one of them an
XSS attempt); with --db, any store (e.g. the benchmark's synthetic one) for the map only
(the map and table show coded fields only, never article text).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def serve(db: Path, port: int) -> uvicorn.Server:
    from marsad.serve.app import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server


def offline(page) -> None:
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("http://127.0.0.1", "data:"))
               else r.abort())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path)
    ap.add_argument("--port", type=int, default=8731)
    ap.add_argument("--name", default="map-large.png", help="file name of the map shot taken with --db")
    args = ap.parse_args()
    if args.db is None:
        sys.path.insert(0, str(ROOT / "tests" / "serve"))
        from marsad_serve_sample import build_store  # the tests' sample store

        db = Path(tempfile.mkdtemp()) / "sample.db"
        build_store(db)
    else:
        db = args.db
    server = serve(db, args.port)
    base = f"http://127.0.0.1:{args.port}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        offline(page)
        if args.db is not None:
            page.goto(base + "/?lang=en")
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=120_000)
            time.sleep(2)
            page.screenshot(path=str(HERE / args.name))
        else:
            page.goto(base + "/?lang=en")
            page.wait_for_selector("body[data-ready='1']", state="attached")
            time.sleep(1)
            page.screenshot(path=str(HERE / "map.png"))
            page.locator("#events tbody tr").filter(has_text="Maarrat").click()
            page.wait_for_selector("#event-view[data-ready='1']", state="attached")
            time.sleep(0.5)
            page.screenshot(path=str(HERE / "event-view.png"))
            page.goto(base + "/?lang=ar")
            page.wait_for_selector("body[data-ready='1']", state="attached")
            time.sleep(1)
            page.screenshot(path=str(HERE / "map-ar.png"))
            page.locator("#events tbody tr").filter(has_text="Gaza").click()
            page.wait_for_selector("#event-view[data-ready='1']", state="attached")
            time.sleep(0.5)
            page.screenshot(path=str(HERE / "event-view-xss-ar.png"))
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main()
