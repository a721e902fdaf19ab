"""Explain a fused event: its fields, every source with the reason it was fused, and the evidence."""

from __future__ import annotations

from typing import Any

SHOWN_FIELDS: tuple[str, ...] = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor1_ar", "assoc_actor_1",
    "inter1", "actor2", "actor2_ar", "assoc_actor_2", "inter2", "country", "admin1", "admin2", "location",
    "location_ar", "latitude", "longitude", "geo_precision", "fatalities", "injuries", "source", "notes",
    "confidence", "n_sources",
)


def explain(event: dict[str, Any]) -> list[str]:
    """Readable lines for ``marsad show``, from ``Store.event(event_id)``."""
    lines = [f"event {event['event_id']}"]
    for name in SHOWN_FIELDS:
        value = event.get(name)
        if value in (None, "", []):
            continue
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        lines.append(f"  {name:<15} {value}")
    reports = {r.get("event_id"): r for r in event.get("reports") or []}
    sources = event.get("sources") or []
    lines.append(f"sources ({len(sources)}):")
    for s in sources:
        lines.append(f"  - {s['article_id']}  {s.get('outlet') or '?'}  published {s.get('published') or '?'}"
                     + (f"  {s['url']}" if s.get("url") else ""))
        lines.append(f"    why: {s.get('reason') or '?'}")
        rep = reports.get(s.get("report_id"))
        if rep:
            lines.append(f"    its coding: {rep.get('event_date')} {rep.get('sub_event_type')}; "
                         f"{rep.get('actor1') or '-'} vs {rep.get('actor2') or '-'} @ "
                         f"{rep.get('location') or rep.get('location_ar') or '-'}; "
                         f"{rep.get('fatalities', 0)} killed; confidence {rep.get('confidence')}")
    evidence = event.get("evidence") or {}
    if evidence:
        lines.append("evidence:")
        for name, spans in evidence.items():
            for sp in spans:
                lines.append(f"  {name:<15} [{sp.get('article_id', '?')} {sp.get('start')}:{sp.get('end')}] "
                             f"{sp.get('text', '')}")
    return lines
