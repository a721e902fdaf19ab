"""Resolve date words against the publication date (codebook rule 3).

"أمس الإثنين" in an article published on Tuesday 2016-08-16 is 2016-08-15; a weekday name is
the most recent such day on or before publication; "last week"/"in recent days" is
time_precision 2 at the middle of the span; a month alone is precision 3 mid-month; without any
date word the publication date is used with precision 2.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from marsad import lexicon
from marsad.model import Mention, Span
from marsad.text.normalize import normalize_key

_DAY_NUM = re.compile(r"(\d{1,2})\s*(?:من\s*)?$")
# "آذار/مارس 2014", "يوليو (تموز) 1956": the year after a month, its other name between
_YEAR_AFTER = re.compile(r"(?:\s*/\s*[^\s\d/]+|\s*\([^()\d]{2,20}\))?\s*(?:من\s+)?(?:عام\s+|العام\s+)?(\d{4})(?!\d)")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved event day, its precision (1 day, 2 week, 3 month) and the words that said it."""

    day: date
    precision: int
    spans: tuple[Span, ...] = ()
    explicit: bool = True


def weekday_on_or_before(pub: date, weekday: int) -> date:
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def expressions(dates: list[Mention], norm: str) -> list[list[Mention]]:
    """Group adjacent date words into one expression ("فجر أمس الإثنين", "يوم الأحد")."""
    groups: list[list[Mention]] = []
    for m in sorted(dates, key=lambda x: x.norm_start):
        if groups and m.norm_start - groups[-1][-1].norm_end <= 8 \
                and not any(c in norm[groups[-1][-1].norm_end:m.norm_start] for c in ",.;"):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _resolve_expression(group: list[Mention], pub: date, norm: str) -> ResolvedDate | None:
    # A weekday name is the most precise word; a relative word next; a month with a day
    # number; vague periods last.
    days = sorted({r.day for m in group if m.data.get("type") == "weekday"
                   and (r := _resolve_one(m, pub, norm)) is not None})
    if len(days) == 2 and days[1] - days[0] == timedelta(days=1):
        # "ليل الخميس - الجمعة", "مساء الخميس وصباح الجمعة": a night that runs into the next day
        # is dated by that day (after midnight, by the clock)
        return ResolvedDate(days[1], 1, tuple(x.span for x in group), True)
    if len(days) == 1 and _after_midnight(norm, group[0].norm_start) and days[0] < pub:
        # "بعد منتصف ليل الخميس": the small hours of the day after
        return ResolvedDate(days[0] + timedelta(days=1), 1, tuple(x.span for x in group), True)
    # "اليوم (أمس)": the word in brackets is the editor's correction of a quoted day
    bracketed = [m for m in group if m.data.get("type") == "relative"
                 and norm[max(0, m.norm_start - 2):m.norm_start].strip().endswith("(")
                 and norm[m.norm_end:m.norm_end + 2].strip().startswith(")")]
    for m in bracketed:
        r = _resolve_one(m, pub, norm)
        if r is not None:
            return ResolvedDate(r.day, r.precision, tuple(x.span for x in group), True)
    for kind in ("numeric", "weekday", "relative", "month", "month_relative", "period"):
        for m in group:
            if m.data.get("type") == kind:
                r = _resolve_one(m, pub, norm)
                if r is not None:
                    return ResolvedDate(r.day, r.precision, tuple(x.span for x in group), True)
    return None


def resolve(dates: list[Mention], pub: date | None, norm: str, anchor: int | None = None,
            vague: bool = True) -> ResolvedDate | None:
    """The day that the date words of a clause or sentence point at, if any.

    With several date expressions, the one nearest to ``anchor`` (the event's trigger word)
    wins; without an anchor, the first. ``vague=False`` passes over expressions made only of
    vague periods ("خلال هذا الأسبوع"): they date the clause that says them, not its neighbours.
    """
    if pub is None or not dates:
        return None
    resolved = []
    groups = expressions(dates, norm)
    for group in groups:
        if not vague and all(m.data.get("type") == "period" for m in group):
            continue
        r = _resolve_expression(group, pub, norm)
        if r is not None and not vague and r.precision > 1 and all(
                m.data.get("type") == "month_relative" for m in group):
            continue  # "منتصف الشهر الماضي" is as vague as a period; "في 28 من الشهر الماضي" is a day
        if r is not None:
            where = group[0].norm_start
            resolved.append((abs(where - anchor) if anchor is not None else 0, where, r))
    if not resolved:
        return None
    runs = _runs_into_next_day(groups, pub, norm)
    if runs is not None:
        return runs
    return min(resolved, key=lambda t: (t[0], t[1]))[2]


def listed_days(dates: list[Mention], pub: date | None, norm: str) -> list[ResolvedDate]:
    """The days of an expression that names two or more days side by side, joined by "و" ("امس
    والخميس"، "يومي الخميس والجمعة"، "أمس وأمس الأول"), earliest first: an event on each (codebook
    rule 1); [] when no such expression is among ``dates``. A part of the day before the first
    ("مساء الخميس وصباح الجمعة") makes one night, not a list of days."""
    if pub is None or len(dates) < 2:
        return []
    bare, parts = _listing_words()
    for found in expressions(dates, norm):
        group = list({(m.norm_start, m.norm_end): m for m in found}.values())  # one word listed twice: once
        if len(group) < 2 or not all(m.data.get("type") == "weekday" or m.key in bare for m in group):
            continue
        if any(norm[a.norm_end:b.norm_start].strip() != "و" for a, b in pairwise(group)):
            continue
        before = norm[max(0, group[0].norm_start - PART_OF_DAY_CHARS):group[0].norm_start].split()
        if before and before[-1] in parts:
            continue
        days = sorted({r.day for m in group if (r := _resolve_one(m, pub, norm)) is not None})
        if len(days) == len(group):
            return [ResolvedDate(d, 1, tuple(m.span for m in group), True) for d in days]
    return []


PART_OF_DAY_CHARS = 16  # how far before a list of days a word of a part of the day is looked for


@functools.lru_cache(maxsize=1)
def _listing_words() -> tuple[frozenset[str], frozenset[str]]:
    """(relative words that name a bare day, parts of the day that make a night of two days named)."""
    d = lexicon.dates()
    bare = frozenset(normalize_key(w) for w in d.get("bare_relative_days") or [])
    parts = frozenset(normalize_key(w) for w in d["parts_of_day"]) - {normalize_key("يوم")}
    return bare, parts


_UNTIL = re.compile(r"(?:^|\s)(?:و?الي|و?حتي)(?:\s|$)")  # "إلى"، "حتى" (normalised)
UNTIL_CHARS = 40  # how far apart "مساء الخميس" and "صباح الجمعة" of one night may stand


def _runs_into_next_day(groups: list[list[Mention]], pub: date, norm: str) -> ResolvedDate | None:
    """"اندلعت في وقت متأخر من مساء الخميس واستمرت إلى صباح الجمعة": fighting from one day into the
    next is dated by the later day, as a night told in one phrase ("ليل الخميس - الجمعة") is."""
    days = [(g, r) for g in groups if all(m.data.get("type") == "weekday" for m in g)
            and len({m.data["value"] for m in g}) == 1 and (r := _resolve_one(g[0], pub, norm)) is not None]
    for (g1, r1), (g2, r2) in zip(days, days[1:], strict=False):
        between = norm[g1[-1].norm_end:g2[0].norm_start]
        if r2.day - r1.day == timedelta(days=1) and len(between) <= UNTIL_CHARS and _UNTIL.search(between):
            return ResolvedDate(r2.day, 1, tuple(m.span for m in g1 + g2), True)
    return None


@functools.lru_cache(maxsize=1)
def _after_midnight_rx() -> re.Pattern[str] | None:
    words = [normalize_key(w) for w in lexicon.dates().get("after_midnight") or []]
    if not words:
        return None
    alts = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{alts})\s*$")


def _after_midnight(norm: str, start: int) -> bool:
    """True when the date expression at ``start`` follows "بعد منتصف ليل"."""
    rx = _after_midnight_rx()
    return rx is not None and rx.search(norm, max(0, start - 30), start) is not None


@functools.lru_cache(maxsize=1)
def _ordinal_days() -> tuple[re.Pattern[str], dict[str, int]]:
    """A regex of the ordinal day words that end right before a month name, and their days."""
    spec = lexicon.dates().get("ordinal_days") or {}
    units = {normalize_key(k): int(v) for k, v in (spec.get("units") or {}).items()}
    tens = {normalize_key(k): int(v) for k, v in (spec.get("tens") or {}).items()}
    days: dict[str, int] = {}
    for u, n in units.items():
        if u != normalize_key("الحادي"):
            days[u] = n
        days[f"{u} عشر"] = 10 + n
        for t, tn in tens.items():
            if tn >= 20 and tn + n <= 31:
                days[f"{u} و{t}"] = tn + n
    for t, tn in tens.items():
        days[t] = tn
    alts = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    return re.compile(rf"(?:^|\s)({alts})\s+(?:من\s+)?(?:شهر\s+)?$"), days


def _ordinal_day(norm: str, month_start: int) -> int | None:
    """The day of an ordinal said before a month ("في السادس والعشرين من مارس" → 26)."""
    rx, days = _ordinal_days()
    m = rx.search(norm, max(0, month_start - 40), month_start)
    return days.get(m.group(1)) if m else None


def _resolve_one(m: Mention, pub: date, norm: str) -> ResolvedDate | None:
    kind = m.data["type"]
    if kind == "weekday":
        return ResolvedDate(weekday_on_or_before(pub, int(m.data["value"])), 1, (m.span,))
    if kind == "relative":
        return ResolvedDate(pub - timedelta(days=int(m.data["value"])), 1, (m.span,))
    if kind == "period":
        return ResolvedDate(pub - timedelta(days=int(m.data["value"])), int(m.data.get("precision", 2)),
                            (m.span,))
    if kind == "numeric":
        year, month, day = m.data["value"]
        return _day(year, month, day, pub, m)
    if kind == "month_relative":
        back = int(m.data["value"])
        first = pub.replace(day=1)
        for _ in range(back):
            first = (first - timedelta(days=1)).replace(day=1)
        day = _day_number(norm, m.norm_start)
        if day is None:  # "الشهر الماضي": about a month back; "هذا الشهر" says nothing more
            return ResolvedDate(pub - timedelta(days=30), 3, (m.span,)) if back else None
        return _day(first.year, first.month, day, pub, m)
    if kind == "month":
        month = int(m.data["value"])
        year = pub.year if month <= pub.month else pub.year - 1
        dy = _YEAR_AFTER.match(norm, m.norm_end)
        if dy and 1900 <= int(dy.group(1)) <= pub.year:
            year = int(dy.group(1))  # "في يونيو 2014"، "تموز/يوليو 2013": the year said
        day = _day_number(norm, m.norm_start)
        if day is not None and 1 <= day <= 31:
            return _day(year, month, day, pub, m)
        if month == pub.month and year == pub.year:
            return None  # "this month" says nothing the publication date does not
        return ResolvedDate(date(year, month, 15), 3, (m.span,))
    return None


def _day_number(norm: str, start: int) -> int | None:
    """The day number said right before a month word: in figures ("12 أغسطس"، "الـ7 من الشهر
    الجاري") or as an ordinal ("في الثامن من مايو")."""
    dm = _DAY_NUM.search(norm[max(0, start - 12):start])
    return int(dm.group(1)) if dm else _ordinal_day(norm, start)


def _day(year: int, month: int, day: int, pub: date, m: Mention) -> ResolvedDate | None:
    """That day, told by ``m``, if it is a day of the calendar and not after publication."""
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return ResolvedDate(d, 1, (m.span,)) if d <= pub else None


@functools.cache
def _year_said() -> re.Pattern[str]:
    """A year after a word that says when in it ("في العام 2013"، "صيف 2014"، "أواخر 2012"; dates.yaml
    year_heads)."""
    heads = sorted({normalize_key(w) for w in lexicon.dates().get("year_heads") or []}, key=len, reverse=True)
    return re.compile(r"(?:^|\s)(?:في\s+|خلال\s+)?[وف]?(?:" + "|".join(map(re.escape, heads)) + r")\s+(\d{4})(?!\d)")


def past_year(norm: str, start: int, end: int, pub: date | None) -> bool:
    """True when the stretch says a year before the publication's ("هجوما انتحاريا في العام 2013"),
    not as the start of something lasting ("منذ سقوط نظامها عام 2001")."""
    if pub is None:
        return False
    return any(1900 <= int(m.group(1)) < pub.year and "منذ" not in norm[max(0, m.start() - 30):m.start()]
               for m in _year_said().finditer(norm, start, end))


def default_date(pub: date | None) -> ResolvedDate | None:
    """No date word: the publication date, time_precision 2."""
    if pub is None:
        return None
    return ResolvedDate(pub, 2, (), False)
