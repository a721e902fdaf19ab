"""One fused record from the reports of several articles: votes, the conservative toll, all evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from marsad.fuse.match import UNNAMED_ACTOR_PREFIXES
from marsad.model import Event

MAX_CONFIDENCE = 0.99


def fatalities_of(reports: Sequence[Event]) -> int:
    """The codebook's conservative rule across sources: the lowest figure any source reports.

    A report that gives no toll (0, "nothing said") does not disagree with one that gives a
    figure, so it is not a lower figure; each report's own number is already the article's
    latest count ("ارتفعت الحصيلة إلى 27" replaced the earlier one inside the article).
    """
    figures = [r.fatalities for r in reports if r.fatalities and r.fatalities > 0]
    return min(figures) if figures else 0


def injuries_of(reports: Sequence[Event]) -> int | None:
    """The lowest reported number of wounded, or None when no source reports any."""
    figures = [r.injuries for r in reports if r.injuries is not None and r.injuries > 0]
    return min(figures) if figures else None


def confidence_of(reports: Sequence[Event], outlets: Sequence[str]) -> float:
    """Confidence that grows with independent sources: 1 - Π(1 - c) over distinct outlets.

    Several articles of one outlet are not independent: the outlet counts once, with its best
    report. An article without an outlet counts as its own source.
    """
    best: dict[str, float] = {}
    for rep, outlet in zip(reports, outlets, strict=True):
        key = outlet.casefold().strip() or "article:" + rep.article_id
        c = min(max(float(rep.confidence or 0.0), 0.0), 1.0)
        best[key] = max(best.get(key, 0.0), c)
    miss = 1.0
    for c in best.values():
        miss *= 1.0 - c
    return round(min(1.0 - miss, MAX_CONFIDENCE), 4)


def _vote(values: Sequence[Any]) -> Any:
    """The most common non-empty value; ties go to the earliest report."""
    present = [v for v in values if v not in ("", None)]
    if not present:
        return values[0] if values else ""
    counts = Counter(present)
    top = max(counts.values())
    return next(v for v in present if counts[v] == top)


def _vote_actor(values: Sequence[str]) -> str:
    """Like ``_vote``, but a named actor beats an unnamed one (``Unidentified ...``) however few name it."""
    named = [v for v in values if v and not v.startswith(UNNAMED_ACTOR_PREFIXES)]
    return _vote(named) if named else _vote(list(values))


def _union(lists: Sequence[list[str]]) -> list[str]:
    out: list[str] = []
    for names in lists:
        for n in names or []:
            if n and n not in out:
                out.append(n)
    return out


def merge_reports(fused_id: str, reports: Sequence[Event], outlets: Sequence[str]) -> Event:
    """The fused Event of ``reports`` (in the order they joined; ``outlets`` aligned with them).

    - date: the most common among the reports with the best time precision (ties: earliest);
    - type, sub-type, actors: the most common non-empty value (ties: the first report; a named
      actor beats an unnamed one);
    - notes: of the first report that codes the event as fused;
    - place: from the most precise report (lowest geo_precision; ties: the first);
    - fatalities: ``fatalities_of`` (the codebook's conservative rule);
    - source: every distinct reporter, ``; ``-separated as in ACLED;
    - evidence: per field, the spans of EVERY report, each naming its ``article_id``.
    """
    if not reports:
        raise ValueError("nothing to merge")
    first = reports[0]
    best_tp = min(r.time_precision or 3 for r in reports)
    dated = sorted(r.event_date for r in reports if (r.time_precision or 3) == best_tp and r.event_date)
    date_counts = Counter(dated)
    event_date = max(dated, key=lambda d: (date_counts[d], -dated.index(d))) if dated else first.event_date
    geo_key = [(r.geo_precision if r.geo_precision is not None else 9,
                0 if r.latitude is not None else 1, i) for i, r in enumerate(reports)]
    place = reports[min(range(len(reports)), key=lambda i: geo_key[i])]
    sub = _vote([r.sub_event_type for r in reports])
    sources: list[str] = []
    for r, outlet in zip(reports, outlets, strict=True):
        name = r.source or outlet
        if name and name not in sources:
            sources.append(name)
    evidence: dict[str, list[dict[str, Any]]] = {}
    seen: set[tuple[str, str, Any, Any]] = set()
    for r in reports:
        for name, spans in (r.evidence or {}).items():
            bucket = evidence.setdefault(name, [])
            for span in spans:
                key = (name, r.article_id, span.get("start"), span.get("end"))
                if key in seen:
                    continue
                seen.add(key)
                bucket.append({"article_id": r.article_id, **{k: v for k, v in span.items() if k != "article_id"}})
    actor1 = _vote_actor([r.actor1 for r in reports])
    actor2 = _vote_actor([r.actor2 for r in reports])
    # the notes of the first report that codes the event as fused (else of the first report)
    typical = next((r for r in reports if (r.sub_event_type, r.actor1, r.actor2) == (sub, actor1, actor2)),
                   next((r for r in reports if r.sub_event_type == sub and r.actor1 == actor1), first))
    return Event(
        article_id=first.article_id,
        event_type=_vote([r.event_type for r in reports]),
        sub_event_type=sub,
        event_date=event_date,
        time_precision=best_tp,
        actor1=actor1,
        actor1_ar=_vote([r.actor1_ar for r in reports if r.actor1 == actor1] or [first.actor1_ar]),
        assoc_actor_1=_union([r.assoc_actor_1 for r in reports]),
        inter1=_vote([r.inter1 for r in reports if r.actor1 == actor1] or [first.inter1]),
        actor2=actor2,
        actor2_ar=_vote([r.actor2_ar for r in reports if r.actor2 == actor2] or [first.actor2_ar]),
        assoc_actor_2=_union([r.assoc_actor_2 for r in reports]),
        inter2=_vote([r.inter2 for r in reports if r.actor2 == actor2] or [first.inter2]),
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        location=place.location,
        location_ar=place.location_ar,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
        fatalities=fatalities_of(reports),
        injuries=injuries_of(reports),
        source="; ".join(sources),
        notes=typical.notes,
        evidence=evidence,
        confidence=confidence_of(reports, outlets),
        event_id=fused_id,
    )
