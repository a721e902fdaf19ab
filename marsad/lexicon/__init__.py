"""Loaders for the language knowledge in ``lexicon/data`` (TSV and YAML files).

Each TSV file starts with ``#`` comment lines that say what it holds, then a header row, then
one entry a row. Loaders validate every row and raise ``LexiconError`` naming the file and line
of a bad one, so a typo in a data file fails loudly in the tests, not silently in production.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from marsad.model import SUB_TO_TYPE

DATA = Path(str(resources.files("marsad.lexicon") / "data"))

# Pseudo sub-types that the event rules resolve: who took ground decides the Battles sub-type.
TERRITORY = "@territory"
PSEUDO_SUBTYPES = {TERRITORY}


class LexiconError(ValueError):
    """A data file has a row that cannot be used."""


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV data file as dicts (comment lines skipped; line numbers kept in '_line')."""
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        lines = [(i, ln) for i, ln in enumerate(fh, 1) if ln.strip() and not ln.startswith("#")]
    if not lines:
        return rows
    header = lines[0][1].rstrip("\n").split("\t")
    for lineno, ln in lines[1:]:
        cells = next(csv.reader([ln.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(header):
            raise LexiconError(f"{path.name}:{lineno}: {len(cells)} cells, header has {len(header)}")
        row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        row["_line"] = str(lineno)
        rows.append(row)
    return rows


def _where(path: Path, row: dict[str, str]) -> str:
    return f"{path.name}:{row.get('_line', '?')}"


def _day(value: str, path: Path, row: dict[str, str]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise LexiconError(f"{_where(path, row)}: bad date {value!r}") from exc


def _inter(path: Path, row: dict[str, str]) -> int:
    """The ACLED inter code of a row (1-8)."""
    try:
        inter = int(row["inter"])
    except ValueError as exc:
        raise LexiconError(f"{_where(path, row)}: inter must be 1-8") from exc
    if not 1 <= inter <= 8:
        raise LexiconError(f"{_where(path, row)}: inter must be 1-8")
    return inter


def valid_between(valid_from: date | None, valid_to: date | None, day: date | None) -> bool:
    """Whether ``day`` lies in an inclusive validity period (open ends, unknown day: yes)."""
    if day is None:
        return True
    if valid_from and day < valid_from:
        return False
    return not (valid_to and day > valid_to)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An Arabic name of an actor, its canonical English name and ACLED inter code.

    ``canonical`` may hold ``{country}``, filled with the event's country (e.g.
    ``Military Forces of {country}`` for الجيش). ``valid_from``/``valid_to`` bound the dates
    at which this Arabic name means this actor (names change over time).
    """

    alias: str
    canonical: str
    inter: int
    country: str
    valid_from: date | None
    valid_to: date | None
    kind: str  # named | generic | civilian | protester | rioter | aircraft | victim | hostile | anaphor | own

    def valid_on(self, day: date | None) -> bool:
        return valid_between(self.valid_from, self.valid_to, day)

    def name_for(self, country: str) -> str:
        if "{country}" not in self.canonical:
            return self.canonical
        return self.canonical.replace("{country}", country or self.country or "Unknown")


ACTOR_KINDS = {"named", "generic", "civilian", "protester", "rioter", "aircraft", "victim", "hostile", "anaphor", "own"}


@lru_cache(maxsize=1)
def actors() -> tuple[ActorEntry, ...]:
    path = DATA / "actors.tsv"
    out = []
    for row in read_tsv(path):
        inter = _inter(path, row)
        kind = row.get("kind") or "named"
        if kind not in ACTOR_KINDS:
            raise LexiconError(f"{_where(path, row)}: unknown kind {kind!r}")
        if not row["alias"] or not row["canonical"]:
            raise LexiconError(f"{_where(path, row)}: alias and canonical are required")
        out.append(ActorEntry(row["alias"], row["canonical"], inter, row.get("country", ""),
                              _day(row.get("valid_from", ""), path, row),
                              _day(row.get("valid_to", ""), path, row), kind))
    listed = {a.alias for a in out}
    # a state's forces named with every word definite ("المقاتلات التركية") are as often named with
    # none ("مقاتلات تركية"، "قوات عراقية"): the indefinite form is the same entry
    out += [replace(a, alias=bare) for a in out if a.canonical.startswith(STATE_FORCES)
            and (bare := indefinite(a.alias)) and bare not in listed]
    return tuple(out)


STATE_FORCES = ("Military Forces of", "Police Forces of")


# the words that name a state's forces of each kind before its nation's adjective ("الطائرات التركية"،
# "الجيش العراقي"، "الشرطة العراقية"): the rows so named give the nation's forces of that kind
NATION_HEADS = {
    "aircraft": (("الطائرات",), ("الطيران", "الحربي")),
    "Military Forces of {country}": (("الجيش",), ("القوات",)),
    "Police Forces of {country}": (("الشرطة",), ("قوات", "الامن")),
}


@cache
def groups_called(noun: str) -> frozenset[str]:
    """The armed groups (canonical names) the press calls by a group noun, read from the aliases of
    actors.tsv that open with it ("تنظيم داعش"، "تنظيم القاعدة" for "تنظيم"): what "التنظيم" may
    stand for."""
    from marsad.text.normalize import normalize_key

    return frozenset(a.canonical for a in actors() if a.kind == "named" and a.inter in (2, 3, 4)
                     and normalize_key(a.alias).split()[0] == noun)


def called(name: str, noun: str) -> bool:
    """The side ``name`` (a canonical name, its country filled) is one the press calls by the group
    noun ``noun`` (``groups_called``: "Islamic State (Syria)" is an "تنظيم")."""
    names = groups_called(noun)
    return name in names or any(COUNTRY_SLOT in c and _fills(c, name) for c in names)


@lru_cache(maxsize=1)
def nation_forces() -> dict[str, dict[str, tuple[ActorEntry, ...]]]:
    """Per kind of force (a key of NATION_HEADS), a nation's adjective (normalised, without the
    article) → the rows of its forces of that kind, read from the state rows of actors.tsv: what a
    side of no named nation is when the adjective follows it ("طائرة مسيرة أمريكية"، "عناصر من الجيش
    العراقي")."""
    from marsad.text.normalize import normalize_key

    heads = {group: [normalize_key(" ".join(h)).split() for h in hs] for group, hs in NATION_HEADS.items()}
    out: dict[str, dict[str, dict[tuple[Any, ...], ActorEntry]]] = {group: {} for group in heads}
    for a in actors():
        if not a.canonical.startswith(STATE_FORCES) or "{" in a.canonical:
            continue
        words = normalize_key(a.alias).split()
        group = "aircraft" if a.kind == "aircraft" else \
            "Military Forces of {country}" if a.canonical.startswith("Military") else "Police Forces of {country}"
        if words[:-1] not in heads[group] or not words[-1].startswith("ال"):
            continue
        key = (a.canonical, a.inter, a.country, a.valid_from, a.valid_to)
        adjective = words[-1][2:]
        # a feminine adjective ("الشرطة المصرية") has its masculine ("الأمن المصري"); men are named
        # with the plural ("جنود مصريين"، "عناصر من الشرطة العراقيين"), the dual ("جنديان تركيان") or
        # the singular of a count ("33 جنديا تركيا"): "ي" + ين/ون/ان/ا
        base = adjective[:-1] if adjective.endswith("يه") else adjective
        forms = (adjective, base, base + "ين", base + "ون", base + "ان", base + "ا") if base.endswith("ي") \
            else (adjective,)
        for form in dict.fromkeys(forms):
            out[group].setdefault(form, {}).setdefault(key, a)
    # a nation's adjective has a row for any country (the fallback); a word that names one
    # conflict's forces only ("الطيران الحربي المعادي" in Yemen) is no nation
    return {group: {adj: tuple(rows.values()) for adj, rows in by_adj.items()
                    if any(not r.country for r in rows.values())} for group, by_adj in out.items()}


_STATE_NAME = re.compile(r"^(?:Military|Police) Forces of (?:the )?([^(]+?)(?: \(.*)?$")


def home_of(canonical: str) -> str | None:
    """The state whose forces a canonical name is ("Military Forces of Iraq" → "Iraq", "Military
    Forces of Yemen (2012-) Hadi Government" → "Yemen"), or None for any other side."""
    m = _STATE_NAME.match(canonical)
    return m.group(1) if m and "{" not in canonical else None


@cache
def _actor_countries() -> frozenset[str]:
    return frozenset(a.country for a in actors() if a.country)


_IN_BRACKETS = re.compile(r"\(([^()]+)\)$")


def country_in_name(canonical: str) -> str | None:
    """The country a canonical name is of: a state's (``home_of``) or the one in brackets at its end
    ("Opposition Rebels (Syria)" → "Syria", not "SLM/A (Minni Minawi Faction)"); None for any other."""
    home = home_of(canonical)
    if home:
        return home
    m = _IN_BRACKETS.search(canonical)
    return m.group(1) if m and m.group(1) in _actor_countries() else None


def indefinite(alias: str) -> str | None:
    """A name of two words or more, every one with the article, without it ("القوات التركية" →
    "قوات تركية"); None for any other name."""
    words = alias.split()
    if len(words) < 2 or not all(w.startswith("ال") and len(w) > 4 for w in words):
        return None
    return " ".join(w[2:] for w in words)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """A word that signals an event of a sub-type (or a pseudo sub-type the rules resolve)."""

    pattern: str
    sub_event_type: str
    weight: float
    note: str

    @property
    def event_type(self) -> str:
        if self.sub_event_type == TERRITORY:
            return "Battles"
        return SUB_TO_TYPE[self.sub_event_type]


@lru_cache(maxsize=1)
def triggers() -> tuple[TriggerEntry, ...]:
    path = DATA / "triggers.tsv"
    out = []
    for row in read_tsv(path):
        sub = row["sub_event_type"]
        if sub not in SUB_TO_TYPE and sub not in PSEUDO_SUBTYPES:
            raise LexiconError(f"{_where(path, row)}: unknown sub_event_type {sub!r}")
        try:
            w = float(row.get("weight") or 1.0)
        except ValueError as exc:
            raise LexiconError(f"{_where(path, row)}: weight must be a number") from exc
        out.append(TriggerEntry(row["pattern"], sub, w, row.get("note", "")))
    return tuple(out)


@lru_cache(maxsize=1)
def trigger_blockers() -> frozenset[str]:
    """Normalised phrases listed with weight 0: they contain a trigger word but tell no event
    ("التي تسيطر عليها" describes who holds a place, "سقوط قتلى" is a toll)."""
    from marsad.text.normalize import normalize_key

    return frozenset(normalize_key(t.pattern) for t in triggers() if t.weight == 0)


@dataclass(frozen=True, slots=True)
class NumberEntry:
    """A number word: exact value (خمسة → 5), vague (عشرات → 12) or a multiplier (ألف)."""

    word: str
    value: int
    kind: str  # exact | vague | scale


@lru_cache(maxsize=1)
def numbers() -> tuple[NumberEntry, ...]:
    path = DATA / "numbers.tsv"
    out = []
    for row in read_tsv(path):
        if row["kind"] not in {"exact", "vague", "scale"}:
            raise LexiconError(f"{_where(path, row)}: kind must be exact, vague or scale")
        try:
            out.append(NumberEntry(row["word"], int(row["value"]), row["kind"]))
        except ValueError as exc:
            raise LexiconError(f"{_where(path, row)}: value must be an integer") from exc
    return tuple(out)


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A reporting source named in Arabic and its English name."""

    alias: str
    name: str
    kind: str  # monitor | agency | official | media | witness


SOURCE_KINDS = {"monitor", "agency", "official", "media", "witness"}


@lru_cache(maxsize=1)
def sources() -> tuple[SourceEntry, ...]:
    path = DATA / "sources.tsv"
    out = []
    for row in read_tsv(path):
        kind = row.get("kind") or "media"
        if kind not in SOURCE_KINDS:
            raise LexiconError(f"{_where(path, row)}: unknown kind {kind!r}")
        if not row["alias"] or not row["name"]:
            raise LexiconError(f"{_where(path, row)}: alias and name are required")
        out.append(SourceEntry(row["alias"], row["name"], kind))
    return tuple(out)


def _yaml(name: str) -> dict[str, Any]:
    path = DATA / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: top level must be a mapping")
    return data


@lru_cache(maxsize=1)
def dates() -> dict[str, Any]:
    """Weekdays, months, relative day words and vague-period words (dates.yaml)."""
    d = _yaml("dates.yaml")
    for key in ("weekdays", "months", "months_relative", "relative", "periods", "parts_of_day"):
        if key not in d:
            raise LexiconError(f"dates.yaml: missing section {key!r}")
    return d


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    """Word lists the rules use: deaths, injuries, negation, statements, place context ... (cues.yaml)."""
    d = _yaml("cues.yaml")
    for k, v in d.items():
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise LexiconError(f"cues.yaml: section {k!r} must be a list of strings")
    return d


@cache  # one entry per list of cues.yaml: a bounded cache would drop and rebuild lists
def cue_words(name: str) -> frozenset[str]:
    """One list of cues.yaml, normalised like the text (an unknown name is an error)."""
    from marsad.text.normalize import normalize_key

    words = cues().get(name)
    if words is None:
        raise LexiconError(f"cues.yaml has no section {name!r}")
    return frozenset(normalize_key(w) for w in words)


def word_of(word: str, words: frozenset[str], clitics: str) -> bool:
    """``word`` is one of ``words``, bare or after one of ``clitics`` ("وحي" is "حي")."""
    return word in words or (word[:1] in clitics and word[1:] in words)


@dataclass(frozen=True, slots=True)
class AirOperator:
    """The side whose aircraft fly over a country in a period (for strikes by unnamed aircraft)."""

    country: str
    valid_from: date | None
    valid_to: date | None
    canonical: str
    inter: int


@lru_cache(maxsize=1)
def air_operators() -> tuple[AirOperator, ...]:
    path = DATA / "air_operators.tsv"
    out = []
    for row in read_tsv(path):
        inter = _inter(path, row)
        out.append(AirOperator(row["country"], _day(row.get("valid_from", ""), path, row),
                               _day(row.get("valid_to", ""), path, row), row["canonical"], inter))
    return tuple(out)


def air_operator(country: str, day: date | None) -> AirOperator | None:
    """Whose aircraft strike in ``country`` on ``day``, when the article does not say."""
    for op in air_operators():
        if op.country == country and valid_between(op.valid_from, op.valid_to, day):
            return op
    return None


@dataclass(frozen=True, slots=True)
class Membership:
    """A member group of a coalition over a period (coalitions.tsv)."""

    coalition: str
    member: str
    valid_from: date | None
    valid_to: date | None


def _dated_pairs(name: str, cols: tuple[str, str]) -> list[tuple[str, str, date | None, date | None, dict[str, str]]]:
    """The rows of a table of two canonical actor names with valid_from/valid_to (coalitions.tsv,
    allies.tsv): (first, second, valid_from, valid_to, row); a name not in actors.tsv is an error."""
    path = DATA / name
    known = {a.canonical for a in actors()}
    out = []
    for row in read_tsv(path):
        for col in cols:
            if row.get(col) not in known:  # "{country}" names are canonical names of actors.tsv as written
                raise LexiconError(f"{_where(path, row)}: {col} {row.get(col)!r} is not a canonical name of actors.tsv")
        out.append((row[cols[0]], row[cols[1]], _day(row.get("valid_from", ""), path, row),
                    _day(row.get("valid_to", ""), path, row), row))
    return out


@lru_cache(maxsize=1)
def coalitions() -> tuple[Membership, ...]:
    return tuple(Membership(c, m, lo, hi) for c, m, lo, hi, _ in _dated_pairs("coalitions.tsv", ("coalition", "member")))


@lru_cache(maxsize=1)
def coalition_members() -> frozenset[str]:
    """The sides listed as members of a coalition at some time (coalitions.tsv)."""
    return frozenset(m.member for m in coalitions())


def coalition_of(member: str, coalition: str, day: date | None) -> bool:
    """Whether ``member`` belonged to ``coalition`` on ``day``."""
    return any(m.member == member and m.coalition == coalition and valid_between(m.valid_from, m.valid_to, day)
               for m in coalitions())


@dataclass(frozen=True, slots=True)
class Alliance:
    """Two sides that fight beside each other over a period (allies.tsv)."""

    a: str
    b: str
    valid_from: date | None
    valid_to: date | None


COUNTRY_SLOT = "{country}"


@lru_cache(maxsize=1)
def alliances() -> tuple[Alliance, ...]:
    out = []
    for x, y, lo, hi, row in _dated_pairs("allies.tsv", ("a", "b")):
        if (COUNTRY_SLOT in x) != (COUNTRY_SLOT in y):
            raise LexiconError(f"{_where(DATA / 'allies.tsv', row)}: {COUNTRY_SLOT} must stand in both names or in neither")
        out.append(Alliance(x, y, lo, hi))
    return tuple(out)


def _fills(pattern: str, name: str) -> str | None:
    """The country that fills the slot of ``pattern`` to give ``name`` (None: no fit)."""
    head, _, tail = pattern.partition(COUNTRY_SLOT)
    if len(name) > len(head) + len(tail) and name.startswith(head) and name.endswith(tail):
        return name[len(head):len(name) - len(tail)]
    return None


def allies_on(x: str, y: str, day: date | None) -> bool:
    """Whether sides ``x`` and ``y`` fought beside each other on ``day`` (allies.tsv, both ways)."""
    return x != y and any(valid_between(lo, hi, day) for lo, hi in _alliance_periods(x, y))


@lru_cache(maxsize=4096)
def _alliance_periods(x: str, y: str) -> tuple[tuple[date | None, date | None], ...]:
    """The periods of every alliance of ``x`` with ``y`` (a pair of names asked again is a lookup)."""
    out = []
    for al in alliances():
        for p, q in ((al.a, al.b), (al.b, al.a)):
            if COUNTRY_SLOT in p:
                country = _fills(p, x)
                if country is not None and q.replace(COUNTRY_SLOT, country) == y:
                    out.append((al.valid_from, al.valid_to))
            elif p == x and q == y:
                out.append((al.valid_from, al.valid_to))
    return tuple(out)


@lru_cache(maxsize=1)
def conflict_zones() -> dict[str, frozenset[str]]:
    """For each country, the countries where its conflicts' events take place (conflict_zones.yaml)."""
    d = _yaml("conflict_zones.yaml")
    out: dict[str, frozenset[str]] = {}
    for country, others in d.items():
        if not isinstance(others, list):
            raise LexiconError(f"conflict_zones.yaml: {country!r} must list countries")
        out[country] = frozenset([country, *others])
    return out


def conflict_countries_of(country: str) -> frozenset[str]:
    """The article's country and those its conflicts spill into."""
    return conflict_zones().get(country, frozenset([country]) if country else frozenset())
