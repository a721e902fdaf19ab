"""The read-only JSON API (FastAPI) over the event store, and the web page's files."""

import io
import json
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import asynccontextmanager
from dataclasses import astuple, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles

from marsad import __version__
from marsad.export.writers import iter_events, write_csv, write_geojson
from marsad.model import EVENT_TYPES, Article
from marsad.serve import assets
from marsad.serve.params import (
    MAX_TEXT,
    AggregateKey,
    Order,
    clean_text,
    event_filters,
    paging,
)
from marsad.serve.points import map_cells, map_points
from marsad.serve.stores import StorePool
from marsad.store import EventQuery, Store

MAX_POINTS = 250_000
MAX_EXPORT = 1_000_000
POINTS_CACHE_SECONDS = 30.0

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
"""The page may load nothing from anywhere but this server, and runs no inline script."""

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"description": "Not found", "content": {"application/json": {"example": {"detail": "no event 'x'"}}}},
}


def evidence_text(article: dict[str, Any]) -> str:
    """The text that evidence offsets point into: the headline on the first line, then the body."""
    a = Article(id=str(article.get("id", "")), text=article.get("text") or "", title=article.get("title") or "")
    return a.full_text()


class ViewCache:
    """Recently built map points, grid cells and meta, by query (the page asks for the same view again and again)."""

    def __init__(self, size: int = 16, seconds: float = POINTS_CACHE_SECONDS) -> None:
        self.size, self.seconds = size, seconds
        self._items: OrderedDict[tuple[Any, ...], tuple[float, dict[str, Any]]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> dict[str, Any] | None:
        with self._lock:
            hit = self._items.get(key)
            if hit is None or time.monotonic() - hit[0] > self.seconds:
                return None
            self._items.move_to_end(key)
            return hit[1]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def put(self, key: tuple[Any, ...], value: dict[str, Any]) -> None:
        with self._lock:
            self._items[key] = (time.monotonic(), value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


def store_of(request: Request) -> Store:
    """The calling thread's connection to the app's store."""
    return request.app.state.pool.get()


StoreDep = Annotated[Store, Depends(store_of)]
FiltersDep = Annotated[EventQuery, Depends(event_filters)]
PagingDep = Annotated[tuple[int, int], Depends(paging)]


def create_app(db: str | Path, *, allow_writes: bool = False) -> FastAPI:
    """The app over the store at ``db`` (SQLite path or postgresql:// URL); read-only unless allow_writes."""
    pool = StorePool(db)
    cache = ViewCache()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Iterator[None]:  # type: ignore[misc]
        yield
        pool.close()

    app = FastAPI(
        title="marsad API",
        version=__version__,
        description="Read-only access to marsad's coded conflict events, their sources and evidence.",
        docs_url=None, redoc_url=None,  # the stock docs pages load from a CDN; the spec is /openapi.json
        lifespan=lifespan,
    )
    app.state.allow_writes = allow_writes
    app.state.pool = pool
    app.state.view_cache = cache

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(ValueError)
    async def value_error(_: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": [{"type": "value_error", "loc": ["query"], "msg": str(exc)}]},
                            status_code=422)

    # ---- API ------------------------------------------------------------------------------------
    @app.get("/api/meta", tags=["meta"])
    def meta(s: StoreDep) -> dict[str, Any]:
        """Event types, the countries in the store, counts, and whether writes are on."""
        hit = cache.get(("meta",))
        if hit is not None:
            return hit
        body = {
            "version": __version__,
            "event_types": {k: list(v) for k, v in EVENT_TYPES.items()},
            "countries": s.aggregate("country"),
            "stats": s.stats(),
            "allow_writes": allow_writes,
        }
        cache.put(("meta",), body)
        return body

    @app.get("/api/events", tags=["events"])
    def list_events(s: StoreDep, filters: FiltersDep, page: PagingDep,
                    order: Annotated[Order, Query(description="Sort key; '-' for descending")] = "-event_date",
                    ) -> dict[str, Any]:
        """Events matching the filters, one page at a time, with the total count."""
        limit, offset = page
        q = replace(filters, limit=limit, offset=offset, order=order)
        items = s.events(q)
        for ev in items:
            ev.pop("reports", None)
        return {"total": s.count_events(filters), "limit": limit, "offset": offset, "order": order,
                "items": items}

    @app.get("/api/events/{event_id}", tags=["events"], responses=ERROR_RESPONSES)
    def one_event(s: StoreDep, event_id: Annotated[str, PathParam(max_length=MAX_TEXT)]) -> dict[str, Any]:
        """One event with every field, its evidence, each source (with outlet and why it was fused),
        each article's own coding, and the source articles' text that the evidence points into."""
        ev = s.event(event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        ids: list[str] = []
        for src in ev.get("sources") or []:
            aid = src.get("article_id") if isinstance(src, dict) else src
            if aid and aid not in ids:
                ids.append(aid)
        if ev.get("article_id") and ev["article_id"] not in ids:
            ids.insert(0, ev["article_id"])
        articles = []
        for aid in ids:
            art = s.article(aid)
            if art is None:
                continue
            art["evidence_text"] = evidence_text(art)
            articles.append(art)
        ev["articles"] = articles
        return ev

    @app.get("/api/articles", tags=["articles"])
    def list_articles(s: StoreDep, page: PagingDep,
                      outlet: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
                      q: Annotated[str | None, Query(max_length=MAX_TEXT,
                                                     description="Text in the headline or body")] = None,
                      ) -> dict[str, Any]:
        """Stored articles (without their text), newest first."""
        limit, offset = page
        rows = s.articles(limit=limit + 1, offset=offset, outlet=clean_text("outlet", outlet),
                          text=clean_text("q", q))
        return {"limit": limit, "offset": offset, "has_more": len(rows) > limit, "items": rows[:limit]}

    @app.get("/api/articles/{article_id}", tags=["articles"], responses=ERROR_RESPONSES)
    def one_article(s: StoreDep, article_id: Annotated[str, PathParam(max_length=MAX_TEXT)]) -> dict[str, Any]:
        """One article with its text, ``evidence_text`` (headline + body, what offsets point into) and
        the ids of the events it is a source of."""
        art = s.article(article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id!r}")
        art["evidence_text"] = evidence_text(art)
        return art

    @app.get("/api/aggregates", tags=["aggregates"])
    def aggregates(s: StoreDep, filters: FiltersDep,
                   by: Annotated[AggregateKey, Query(description="What to group by")] = "day",
                   ) -> dict[str, Any]:
        """Events and fatalities per day, month, type, sub-type, country, admin1, actor1 or outlet."""
        return {"by": by, "items": s.aggregate(by, filters)}

    @app.get("/api/points", tags=["map"])
    def points(s: StoreDep, filters: FiltersDep,
               limit: Annotated[int, Query(ge=1, le=MAX_POINTS, description="Most points to return")]
               = MAX_POINTS,
               overflow: Annotated[Literal["deadliest", "none"], Query(
                   description="More than limit: send the deadliest limit events, or none")] = "deadliest",
               ) -> Response:
        """Compact map points of the matching located events: ``[event_id, lat, lon, type index,
        fatalities]``, deadliest first when there are more than ``limit``."""
        key = (astuple(filters), limit, overflow)
        body = cache.get(key)
        if body is None:
            body = map_points(s, filters, limit, deadliest=overflow == "deadliest")
            cache.put(key, body)
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/json")

    @app.get("/api/grid", tags=["map"])
    def grid(s: StoreDep, filters: FiltersDep,
             zoom: Annotated[int, Query(ge=0, le=20, description="Web-map zoom level (cells of ~50 px)")] = 4,
             ) -> dict[str, Any]:
        """The matching located events counted on a grid (for views with too many events to send):
        ``[lat, lon, events, fatalities, main type index, event_id when the cell holds one]``."""
        key = ("grid", astuple(filters), zoom)
        body = cache.get(key)
        if body is None:
            body = map_cells(s, filters, zoom)
            cache.put(key, body)
        return body

    def _export(s: Store, filters: EventQuery, order: str, writer: Any, media_type: str,
                filename: str) -> StreamingResponse:
        """Write the whole export in this thread (it alone uses this thread's store connection) into
        a spooled file (memory up to 32 MB, then disk), then stream that file."""
        spool = tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024, mode="w+b")  # noqa: SIM115
        text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
        writer(iter_events(s, replace(filters, limit=MAX_EXPORT, offset=0, order=order)), text)
        text.flush()
        text.detach()
        spool.seek(0)

        def chunks() -> Iterator[bytes]:
            try:
                while block := spool.read(256 * 1024):
                    yield block
            finally:
                spool.close()

        return StreamingResponse(chunks(), media_type=media_type,
                                 headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    @app.get("/api/export.csv", tags=["export"], response_class=Response,
             responses={200: {"content": {"text/csv": {}}, "description": "ACLED-column CSV"}})
    def export_csv(s: StoreDep, filters: FiltersDep, order: Annotated[Order, Query()] = "-event_date") -> Response:
        """The matching events as a CSV with ACLED's column names (then marsad's own columns),
        written by the export stage (the same file as ``marsad export --format csv``)."""
        return _export(s, filters, order, write_csv, "text/csv; charset=utf-8", "marsad-events.csv")

    @app.get("/api/export.geojson", tags=["export"], response_class=Response,
             responses={200: {"content": {"application/geo+json": {}}, "description": "GeoJSON"}})
    def export_geojson(s: StoreDep, filters: FiltersDep,
                       order: Annotated[Order, Query()] = "-event_date") -> Response:
        """The matching events as a GeoJSON FeatureCollection of points (ACLED row as properties)."""
        return _export(s, filters, order, write_geojson, "application/geo+json", "marsad-events.geojson")

    @app.post("/api/articles", tags=["articles"], status_code=201,
              responses={400: {"description": "The body is not JSON"},
                         403: {"description": "Writes are off (start with --allow-writes)"}})
    def add_article(s: StoreDep, record: dict[str, Any]) -> dict[str, Any]:
        """Read one article (``{"id", "text", "published", "outlet", "title"}``) and store its events.
        Only when the server was started with ``--allow-writes``."""
        if not allow_writes:
            raise HTTPException(403, "writes are off: start `marsad serve --allow-writes` to add articles")
        from marsad.serve.writes import ingest_record

        result = ingest_record(s, record)
        cache.clear()
        return result

    # ---- the page -----------------------------------------------------------------------------
    src = assets.source_dir()
    modules = assets.node_modules_dir()
    for prefix, sub in assets.VENDOR_DIRS.items():
        folder = modules / sub
        if folder.is_dir():
            app.mount(f"/vendor/{prefix}", StaticFiles(directory=folder), name=f"vendor-{prefix}")
    if src.is_dir():
        app.mount("/static", StaticFiles(directory=src), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        page = src / "index.html"
        if not page.is_file():
            return JSONResponse({"detail": f"the web page is missing: {page}"}, status_code=404)
        return FileResponse(page, media_type="text/html; charset=utf-8")

    return app
