"""Incremental fusion: each new article's events join the stored events they match, or start new ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from marsad.fuse.match import MAX_DAYS, MAX_KM, match
from marsad.fuse.merge import merge_reports
from marsad.model import Article, Event
from marsad.store.base import FusedEvent, SourceLink, Store

FIRST_REASON = "first report of this event"


@dataclass(frozen=True, slots=True)
class Decision:
    """What fusion did with one report: joined ``fused_id`` (``joined``) or started it, and why."""

    report_id: str
    fused_id: str
    joined: bool
    reason: str


def _window(day: str, days: int) -> tuple[str, str] | None:
    try:
        d = date.fromisoformat(day[:10])
    except (TypeError, ValueError):
        return None
    return (d - timedelta(days=days)).isoformat(), (d + timedelta(days=days)).isoformat()


def _report_ids(article: Article, events: list[Event]) -> list[str]:
    """Each event's stable id, made unique inside the article."""
    seen: set[str] = set()
    ids: list[str] = []
    for ev in events:
        ev.article_id = article.id
        rid = ev.event_id or ev.make_id()
        base, n = rid, 2
        while rid in seen:
            rid, n = f"{base}-{n}", n + 1
        seen.add(rid)
        ids.append(rid)
    return ids


class Fuser:
    """Fuses the events of one article at a time into a Store (call inside a store transaction)."""

    def __init__(self, store: Store, max_days: int = MAX_DAYS, max_km: float = MAX_KM) -> None:
        self.store = store
        self.max_days = max_days
        self.max_km = max_km

    def _best(self, report: Event) -> tuple[FusedEvent, str] | None:
        window = _window(report.event_date, self.max_days)
        if window is None:
            return None
        place = (report.location, report.location_ar) if (report.location or report.location_ar) else None
        near = None
        if report.latitude is not None and report.longitude is not None:
            near = (float(report.latitude), float(report.longitude), self.max_km)
        elif place is None:
            return None  # neither coordinates nor a place name: nothing to compare with
        best = None
        for cand in self.store.fusion_candidates(report.event_type, *window, near=near, place=place,
                                                 exclude_article=report.article_id):
            # two events of one article are two events (the extractor already merged) - excluded above
            m = match(report, cand, self.max_days, self.max_km)
            if m is None:
                continue
            key = (m.score, cand.event_id)
            if best is None or key < best[0]:
                best = (key, cand, m.reason(report, cand))
        if best is None:
            return None
        fused = self.store.fused_event(best[1].event_id)
        return (fused, best[2]) if fused is not None else None

    def add(self, article: Article, events: list[Event]) -> list[Decision]:
        """Store and fuse the events of ``article`` (already stored with ``Store.add_article``)."""
        decisions: list[Decision] = []
        published = article.published.isoformat() if article.published else None
        for ev, rid in zip(events, _report_ids(article, events), strict=True):
            ev.event_id = rid
            found = self._best(ev)
            if found is None:
                link = SourceLink(rid, article.id, rid, article.outlet, published, article.url, FIRST_REASON)
                merged = merge_reports(rid, [ev], [article.outlet])
                self.store.save_fused(FusedEvent(merged, [link], [ev]), [ev], [link])
                decisions.append(Decision(rid, rid, False, FIRST_REASON))
                continue
            cand, reason = found
            link = SourceLink(cand.event_id, article.id, rid, article.outlet, published, article.url,
                              "joined: " + reason)
            outlet_of = {s.report_id: s.outlet for s in cand.sources}
            reports = [*cand.reports, ev]
            outlets = [outlet_of.get(r.event_id, "") for r in cand.reports] + [article.outlet]
            merged = merge_reports(cand.event_id, reports, outlets)
            self.store.save_fused(FusedEvent(merged, [*cand.sources, link], reports), [ev], [link])
            decisions.append(Decision(rid, cand.event_id, True, link.reason))
        return decisions
