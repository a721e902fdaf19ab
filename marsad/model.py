"""The one data model of marsad: Article, Span, Mention, Event.

Every Span is a pair of character offsets into the ORIGINAL article text, so the
evidence of any field is always ``article.text[span.start:span.end]``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

SUB_TO_TYPE: dict[str, str] = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}

INTER_CODES: dict[int, str] = {
    1: "State Forces",
    2: "Rebel Groups",
    3: "Political Militias",
    4: "Identity Militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other Forces",
}


@dataclass(slots=True, unsafe_hash=True)
class Span:
    """A half-open character range [start, end) into the original article text.

    A value: compared and hashed by its offsets, never changed once made (not declared frozen
    only because a frozen dataclass is twice as slow to build, and an article makes hundreds).
    """

    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]

    def evidence(self, text: str) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": text[self.start:self.end]}


@dataclass(slots=True)
class Article:
    """One news article: headline + body, its publication day and outlet."""

    id: str
    text: str
    published: date | None = None
    outlet: str = ""
    title: str = ""
    url: str = ""

    @staticmethod
    def from_record(rec: dict[str, Any]) -> Article:
        """Build from a JSONL record ``{"id", "text", "published", "outlet"[, "title"]}``.

        Raises ValueError with a readable reason when the record is unusable.
        """
        if not isinstance(rec, dict):
            raise ValueError("record is not a JSON object")
        text = rec.get("text")
        if not isinstance(text, str):
            raise ValueError("record has no 'text' string")
        title = rec.get("title") or ""
        if not isinstance(title, str):
            title = ""
        pub = parse_day(rec.get("published"))
        aid = rec.get("id")
        if aid is None or str(aid).strip() == "":
            aid = "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        return Article(
            id=str(aid),
            text=text,
            published=pub,
            outlet=str(rec.get("outlet") or ""),
            title=title,
            url=str(rec.get("url") or ""),
        )

    def full_text(self) -> str:
        """The text that is read: a separate headline goes on the first line of the body."""
        if self.title and not self.text.startswith(self.title):
            return self.title + "\n" + self.text
        return self.text


def parse_day(value: Any) -> date | None:
    """``YYYY-MM-DD...`` → date; anything else → None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class Mention:
    """Something the lexicons found in the text: a trigger, actor, place, date, number, ..."""

    kind: str  # trigger | actor | place | date | number | source | cue
    span: Span  # into the original text
    norm_start: int  # into the normalised text
    norm_end: int
    key: str  # the lexicon key matched (normalised form)
    data: dict[str, Any] = field(default_factory=dict)
    sentence: int = -1  # index of the sentence holding it


@dataclass(slots=True)
class Event:
    """One coded event, with the codebook's fields and per-field evidence."""

    article_id: str
    event_type: str
    sub_event_type: str
    event_date: str = ""
    time_precision: int = 2
    actor1: str = ""
    actor1_ar: str = ""
    assoc_actor_1: list[str] = field(default_factory=list)
    inter1: int | None = None
    actor2: str = ""
    actor2_ar: str = ""
    assoc_actor_2: list[str] = field(default_factory=list)
    inter2: int | None = None
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    location_ar: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    injuries: int | None = None
    source: str = ""
    notes: str = ""
    evidence: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    confidence: float = 0.5
    event_id: str = ""

    def add_evidence(self, name: str, span: Span, text: str) -> None:
        spans = self.evidence.setdefault(name, [])
        ev = span.evidence(text)
        if ev not in spans:
            spans.append(ev)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["event_id"] = self.event_id or self.make_id()
        return d

    def make_id(self) -> str:
        """Stable id: the same article and the same event give the same id on every run."""
        key = json.dumps(
            [self.article_id, self.event_type, self.sub_event_type, self.event_date,
             self.location_ar or self.location, self.actor1, self.actor2],
            ensure_ascii=False,
        )
        return "mrs-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def __reduce__(self) -> tuple[type[Event], tuple[Any, ...]]:
        """Pickled as its field values in order: a third faster to load than the slots' state dict,
        which counts when worker processes send back the events of millions of articles."""
        return Event, tuple(getattr(self, name) for name in _EVENT_FIELDS)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Event:
        return Event(**{k: v for k, v in d.items() if k in _FIELD_NAMES})


_EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
_FIELD_NAMES: frozenset[str] = frozenset(_EVENT_FIELDS)

FIELD_ORDER: tuple[str, ...] = (
    "event_id", "article_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor1_ar", "assoc_actor_1", "inter1", "actor2", "actor2_ar", "assoc_actor_2",
    "inter2", "country", "admin1", "admin2", "location", "location_ar", "latitude", "longitude",
    "geo_precision", "fatalities", "injuries", "source", "notes", "evidence", "confidence",
)
