"""The geo stage's records: a gazetteer Place, a PlaceMention found in a text, a resolved Location."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from marsad.model import Span

# Countries whose every GeoNames town of cities500 is in the default gazetteer (with or without an
# Arabic name): the wars Arabic news reports and their neighbours. Elsewhere only towns of cities15000
# with an Arabic name are kept, and a small one of them is a place only after a context word.
FOCUS = frozenset(
    "SY IQ YE LY LB PS IL SD SS SO EG JO SA TR AF PK NG TN ML DZ MA MR KW QA BH AE OM IR NE TD CM "
    "ET ER DJ KE".split()
)

# Countries whose place names Arabic news transliterates from another language: a town of theirs
# with no Arabic name in the gazetteer may still be found by its transliteration.
TRANSLITERATED = frozenset("TR NG AF PK ML NE TD CM SO ET ER KE IR".split())

# geo_precision of the codebook: 1 the place itself, 2 near it / a small area, 3 only the region.
PRECISE, NEAR, REGION = 1, 2, 3

# Kinds of places: areas are coded at their centre with precision 3 (country, admin1) or 2 (admin2).
AREA_PRECISION: dict[str, int] = {"country": REGION, "admin1": REGION, "admin2": NEAR, "area": NEAR}


@dataclass(slots=True)
class Place:
    """One gazetteer entry."""

    id: str
    kind: str  # country | admin1 | admin2 | town | neighbourhood | camp | crossing | airport | base | landmark | area
    name: str  # English
    names_ar: tuple[str, ...]
    cc: str  # ISO country code
    admin1: str  # GeoNames admin1 code, e.g. "SY.09"
    admin2: str  # admin2 name (English)
    lat: float
    lon: float
    population: int = 0
    parent: str = ""  # English name of the town a neighbourhood/landmark belongs to


@dataclass(slots=True)
class PlaceMention:
    """A place name found in an article, with the gazetteer entries it may be."""

    norm_start: int
    norm_end: int
    span: Span  # into the original text
    text: str  # the original words
    candidates: list[Place] = field(default_factory=list)
    context_word: str | None = None  # the word before it that says what it is ("حي", "ريف", ...)
    near: bool = False  # قرب / محيط / أطراف / ريف / a direction before it
    in_quote: bool = False
    direction: str | None = None  # N, S, E, W, NE, ..., C: "شمال X", "ريف X الشمالي"
    key: str = ""  # the normalised name
    context_kind: str | None = None  # the kind the context word implies (town, admin1, camp, ...)
    link: int = -1  # norm_start of the larger place named right after it ("حي X في حلب"), else -1
    km: float | None = None  # a distance said with the direction: "20 كم شمال حلب"
    country_adj: str | None = None  # the country code of a nationality adjective right after it ("بلدة X الليبية")
    locative: bool = True  # said as a place (a context or locative word or the clitic ب before it), not as a side


@dataclass(slots=True)
class Location:
    """Where an event happened, coded by the codebook."""

    location: str
    location_ar: str
    country: str
    admin1: str
    admin2: str
    latitude: float
    longitude: float
    geo_precision: int
    span: Span
    place_id: str = ""
    unlisted: bool = False  # a place the gazetteer lacks, coded at the larger place around or near it
    # told only as a side of a town ("جنوب العاصمة كابل"): (compass direction, the town's lat, lon)
    side_of: tuple[str, float, float] | None = None
    town: str = ""  # the town a quarter, camp or landmark lies in (its canonical name), if any

    def holds(self, other: Location) -> bool:
        """The place is the town the other lies in ("Baghdad" holds "Baghdad - Shaab")."""
        return bool(other.town) and other.town == self.location


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


_BEARING = {"N": (1, 0), "S": (-1, 0), "E": (0, 1), "W": (0, -1), "NE": (0.7071, 0.7071),
            "NW": (0.7071, -0.7071), "SE": (-0.7071, 0.7071), "SW": (-0.7071, -0.7071)}


def lies_toward(lat: float, lon: float, direction: str, lat2: float, lon2: float, spread: float = 45.0) -> bool:
    """Whether (lat2, lon2) lies toward a compass ``direction`` from (lat, lon): its bearing within
    ``spread`` degrees of the direction's."""
    if direction not in _BEARING or (lat, lon) == (lat2, lon2):
        return False
    dn, de = _BEARING[direction]
    p1, p2, dl = math.radians(lat), math.radians(lat2), math.radians(lon2 - lon)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    off = abs((math.degrees(math.atan2(y, x)) - math.degrees(math.atan2(de, dn)) + 180.0) % 360.0 - 180.0)
    return off <= spread


def shifted(lat: float, lon: float, direction: str | None, km: float) -> tuple[float, float]:
    """The point ``km`` kilometres from (lat, lon) toward a compass ``direction``."""
    if not direction or direction not in _BEARING or km <= 0:
        return lat, lon
    dn, de = _BEARING[direction]
    dlat = dn * km / 111.0
    dlon = de * km / (111.0 * max(0.2, math.cos(math.radians(lat))))
    return round(lat + dlat, 5), round(lon + dlon, 5)
