"""Resolve date words against the publication date (codebook rule 3).

"أمس الإثنين" in an article published on Tuesday 2016-08-16 is 2016-08-15; a weekday name is
the most recent such day on or before publication; "last week"/"in recent days" is
time_precision 2 at the middle of the span; a month alone is precision 3 mid-month; without any
date word the publication date is used with precision 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from marsad.model import Mention, Span

_DAY_NUM = re.compile(r"(\d{1,2})\s*(?:من\s*)?$")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved event day, its precision (1 day, 2 week, 3 month) and the words that said it."""

    day: date
    precision: int
    spans: tuple[Span, ...] = ()
    explicit: bool = True


def weekday_on_or_before(pub: date, weekday: int) -> date:
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def resolve(dates: list[Mention], pub: date | None, norm: str) -> ResolvedDate | None:
    """The day that a group of date mentions (one clause or sentence) points at, if any."""
    if pub is None or not dates:
        return None
    best: ResolvedDate | None = None
    # A weekday name is the most precise word; a relative word next; a month with a day number;
    # vague periods last.
    for kind in ("weekday", "relative", "month", "period"):
        for m in dates:
            if m.data.get("type") != kind:
                continue
            r = _resolve_one(m, pub, norm)
            if r is not None:
                best = r
                break
        if best is not None:
            break
    if best is None:
        return None
    return ResolvedDate(best.day, best.precision, tuple(m.span for m in dates if _near_each_other(m, dates)),
                        True)


def _near_each_other(m: Mention, group: list[Mention]) -> bool:
    first = min(group, key=lambda x: x.norm_start)
    return m.norm_start - first.norm_end < 25


def _resolve_one(m: Mention, pub: date, norm: str) -> ResolvedDate | None:
    kind = m.data["type"]
    if kind == "weekday":
        return ResolvedDate(weekday_on_or_before(pub, int(m.data["value"])), 1, (m.span,))
    if kind == "relative":
        return ResolvedDate(pub - timedelta(days=int(m.data["value"])), 1, (m.span,))
    if kind == "period":
        return ResolvedDate(pub - timedelta(days=int(m.data["value"])), int(m.data.get("precision", 2)),
                            (m.span,))
    if kind == "month":
        month = int(m.data["value"])
        before = norm[max(0, m.norm_start - 12):m.norm_start]
        dm = _DAY_NUM.search(before)
        year = pub.year if month <= pub.month else pub.year - 1
        if dm and 1 <= int(dm.group(1)) <= 31:
            try:
                d = date(year, month, int(dm.group(1)))
            except ValueError:
                return None
            if d > pub:
                return None
            return ResolvedDate(d, 1, (m.span,))
        if month == pub.month:
            return None  # "this month" says nothing the publication date does not
        return ResolvedDate(date(year, month, 15), 3, (m.span,))
    return None


def default_date(pub: date | None) -> ResolvedDate | None:
    """No date word: the publication date, time_precision 2."""
    if pub is None:
        return None
    return ResolvedDate(pub, 2, (), False)
