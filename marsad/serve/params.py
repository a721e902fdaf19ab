"""The API's query parameters: declared for OpenAPI, validated, and turned into a store EventQuery."""

from __future__ import annotations

import math
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import HTTPException, Query

from marsad.model import EVENT_TYPES, SUB_TO_TYPE
from marsad.store.base import EventQuery

EventType = Literal[
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments",
]
SubEventType = Literal[
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
    "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement", "Arrests",
    "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other",
]
Order = Literal[
    "event_date", "-event_date", "fatalities", "-fatalities", "confidence", "-confidence",
    "n_sources", "-n_sources", "updated_at", "-updated_at", "event_id",
]
AggregateKey = Literal["day", "month", "event_type", "sub_event_type", "country", "admin1", "actor1", "outlet"]

MAX_LIMIT = 1000
MAX_OFFSET = 100_000_000
MAX_TEXT = 200
DATE_RE = r"^\d{4}-\d{2}-\d{2}$"


def bad_parameter(name: str, message: str, value: Any = None) -> HTTPException:
    """A 422 shaped like FastAPI's own validation errors, naming the parameter and what is wrong."""
    return HTTPException(
        status_code=422,
        detail=[{"type": "value_error", "loc": ["query", name], "msg": message, "input": value}],
    )


def _day(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise bad_parameter(name, f"{name} must be a real calendar day YYYY-MM-DD, got {value!r}",
                            value) from None


def clean_text(name: str, value: str | None) -> str | None:
    """Free-text parameters: stripped; control characters (NUL ...) are refused, empty means no filter."""
    if value is None:
        return None
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise bad_parameter(name, f"{name} must not contain control characters", value)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise bad_parameter(name, f"{name} must be valid Unicode text", None)
    value = value.strip()
    return value or None


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``min_lon,min_lat,max_lon,max_lat`` (WGS84 degrees) → a tuple; a readable 422 otherwise."""
    if value is None or value.strip() == "":
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise bad_parameter("bbox", "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat", value)
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        raise bad_parameter("bbox", "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat",
                            value) from None
    if not all(math.isfinite(n) for n in nums):
        raise bad_parameter("bbox", "bbox numbers must be finite", value)
    min_lon, min_lat, max_lon, max_lat = nums
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise bad_parameter("bbox", "bbox longitudes must be within -180..180", value)
    if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise bad_parameter("bbox", "bbox latitudes must be within -90..90", value)
    if min_lon > max_lon or min_lat > max_lat:
        raise bad_parameter("bbox", "bbox minimum must not exceed maximum (min_lon,min_lat,max_lon,max_lat)",
                            value)
    return (min_lon, min_lat, max_lon, max_lat)


def event_filters(
    date_from: Annotated[str | None, Query(description="First day, YYYY-MM-DD (inclusive)",
                                           pattern=DATE_RE)] = None,
    date_to: Annotated[str | None, Query(description="Last day, YYYY-MM-DD (inclusive)",
                                         pattern=DATE_RE)] = None,
    country: Annotated[str | None, Query(max_length=MAX_TEXT, description="Country (English, exact)")] = None,
    admin1: Annotated[str | None, Query(max_length=MAX_TEXT, description="Admin-1 (English, exact)")] = None,
    event_type: Annotated[EventType | None, Query(description="ACLED event type")] = None,
    sub_event_type: Annotated[SubEventType | None, Query(description="ACLED sub-event type")] = None,
    actor: Annotated[str | None, Query(max_length=MAX_TEXT,
                                       description="Actor name, English or Arabic (substring)")] = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT,
                                   description="Text search in Arabic or English (notes, actors, places, source)")]
    = None,
    bbox: Annotated[str | None, Query(max_length=200,
                                      description="min_lon,min_lat,max_lon,max_lat (WGS84)")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, allow_inf_nan=False,
                                                  description="Minimum confidence 0..1")] = None,
    min_sources: Annotated[int | None, Query(ge=1, le=10_000, description="Minimum number of sources")] = None,
    outlet: Annotated[str | None, Query(max_length=MAX_TEXT, description="Events one outlet reported")] = None,
    article_id: Annotated[str | None, Query(max_length=MAX_TEXT,
                                            description="Events an article is a source of")] = None,
) -> EventQuery:
    """The event filters shared by /api/events, /api/aggregates, /api/points and the exports."""
    d_from, d_to = _day("date_from", date_from), _day("date_to", date_to)
    if d_from and d_to and d_from > d_to:
        raise bad_parameter("date_to", f"date_to ({d_to}) is before date_from ({d_from})", date_to)
    if event_type and sub_event_type and SUB_TO_TYPE.get(sub_event_type) != event_type:
        raise bad_parameter("sub_event_type",
                            f"{sub_event_type!r} is not a sub-type of {event_type!r}; it belongs to "
                            f"{SUB_TO_TYPE.get(sub_event_type)!r}", sub_event_type)
    assert event_type is None or event_type in EVENT_TYPES
    return EventQuery(
        date_from=d_from, date_to=d_to,
        country=clean_text("country", country), admin1=clean_text("admin1", admin1),
        event_type=event_type, sub_event_type=sub_event_type,
        actor=clean_text("actor", actor), text=clean_text("q", q), bbox=parse_bbox(bbox),
        min_confidence=min_confidence, min_sources=min_sources,
        outlet=clean_text("outlet", outlet), article_id=clean_text("article_id", article_id),
        limit=None, offset=0,
    )


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip")] = 0,
) -> tuple[int, int]:
    """limit/offset of a paged list."""
    return limit, offset
