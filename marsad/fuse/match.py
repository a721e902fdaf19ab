"""When two reports tell the same event: same type, dates within a day, places a few km apart, compatible actors."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from marsad.geo.places import distance_km
from marsad.model import Event

MAX_DAYS = 1
"""Dates at most this many days apart can be the same event (the codebook's scoring uses 1)."""

MAX_KM = 5.0
"""Places at most this far apart can be the same event ("within a few km")."""

UNNAMED_ACTOR_PREFIXES: tuple[str, ...] = ("Unidentified",)
"""An actor the article could not name is compatible with any named actor of the other report."""


@dataclass(frozen=True, slots=True)
class Match:
    """Why a report can join a fused event, with a score (lower is a closer match)."""

    days: int
    km: float | None  # None when compared by place name (no coordinates on one side)
    actors: str  # how the actors agree
    score: float

    def reason(self, report: Event, target: Event) -> str:
        """One readable line: the evidence that the two tell the same event."""
        if self.km is None:
            where = f"same place name ({target.location or target.location_ar})"
        else:
            where = (f"{self.km:.1f} km apart ({report.location or report.location_ar or '?'} / "
                     f"{target.location or target.location_ar or '?'})")
        return (f"same event type ({report.event_type}); dates {report.event_date} / {target.event_date} "
                f"({self.days} day{'s' if self.days != 1 else ''} apart); {where}; actors {self.actors}")


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _unnamed(name: str) -> bool:
    return name.startswith(UNNAMED_ACTOR_PREFIXES)


def _side_agrees(a: str, b: str) -> tuple[bool, int]:
    """(compatible, strength): 2 the same named actor, 1 one side unknown or unnamed, 0 conflict."""
    fa, fb = _fold(a), _fold(b)
    if fa and fb and fa == fb:
        return True, 2
    if not fa or not fb or _unnamed(a) or _unnamed(b):
        return True, 1
    return False, 0


def actors_compatible(a: Event, b: Event) -> tuple[str, int] | None:
    """How the two reports' actors agree (a short text, strength 2..4), or None when they conflict.

    Each side must be the same actor, or unknown/unnamed on one report; the sides may be
    swapped (one outlet names the attacker first, the other the defender).
    """
    straight = [_side_agrees(a.actor1, b.actor1), _side_agrees(a.actor2, b.actor2)]
    swapped = [_side_agrees(a.actor1, b.actor2), _side_agrees(a.actor2, b.actor1)]
    best = None
    for label, sides in (("", straight), ("swapped ", swapped)):
        if all(ok for ok, _ in sides):
            strength = sum(s for _, s in sides)
            if best is None or strength > best[0]:
                best = (strength, label)
    if best is None:
        return None
    names = sorted({n for n in (a.actor1, a.actor2, b.actor1, b.actor2) if n})
    if best[0] == 4:
        how = "the same"
    elif best[0] >= 3:
        how = "compatible (one side named by one report only)"
    else:
        how = "compatible (named by one report only)"
    return f"{best[1]}{how}: {', '.join(names) or 'none named'}", best[0]


def match(report: Event, target: Event, max_days: int = MAX_DAYS, max_km: float = MAX_KM) -> Match | None:
    """A Match when ``report`` can be the same event as ``target`` (a fused record), else None."""
    if report.event_type != target.event_type:
        return None
    d1, d2 = _day(report.event_date), _day(target.event_date)
    if d1 is None or d2 is None:
        return None
    days = abs((d1 - d2).days)
    if days > max_days:
        return None
    km: float | None
    if None not in (report.latitude, report.longitude, target.latitude, target.longitude):
        km = distance_km(float(report.latitude), float(report.longitude),  # type: ignore[arg-type]
                          float(target.latitude), float(target.longitude))  # type: ignore[arg-type]
        if not math.isfinite(km) or km > max_km:
            return None
    else:
        same_name = ((report.location and _fold(report.location) == _fold(target.location))
                     or (report.location_ar and report.location_ar == target.location_ar))
        if not same_name:
            return None
        km = None
    agreed = actors_compatible(report, target)
    if agreed is None:
        return None
    actors, strength = agreed
    score = days + (km or 0.0) / max_km + (4 - strength) * 0.25
    if report.sub_event_type != target.sub_event_type:
        score += 0.25
    return Match(days, km, actors, score)
