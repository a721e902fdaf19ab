"""Find every lexicon mention in an article: triggers, actors, numbers, dates, sources and cues.

One ``MentionFinder`` is built per process from the lexicon data files (one Aho-Corasick
automaton per lexicon) and then reads any number of articles.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from marsad import lexicon
from marsad.mentions.matcher import NAME_SUFFIXES, SUFFIXES, LexiconMatcher, SharedScan, WordIndex
from marsad.model import Mention, Span
from marsad.text.normalize import NormText, normalize_key
from marsad.text.segment import Segment

# A number in digits, not glued to the digits, points or commas before it: "(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)
# (?!\d)", written with a digit first in each branch and the look-behind after it, so the regex
# engine skips straight to the next digit (six times faster on an article).
_DIGITS = re.compile(r"(\d(?<![\d.,]\d)\d{0,2}(?:,\d{3})+|\d(?<![\d.,]\d)\d*)(?!\d)")
_CLITICS = "وبلف"


@dataclass(slots=True)
class Mentions:
    """All mentions of one article, by kind, each list in text order.

    A cue list's mentions are made when first asked for (``cue``): many lists are read as words
    beside a match (``is_cue_word``), never as mentions, and an article finds hundreds of them.
    """

    triggers: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    numbers: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    sources: list[Mention] = field(default_factory=list)
    cues: dict[str, list[Mention]] = field(default_factory=dict)
    # cue list → its matches (start, end, key, payloads) not yet made mentions, and how to make one
    cue_hits: dict[str, list[tuple[int, int, str, list[Any]]]] = field(default_factory=dict)
    make: Callable[[str, int, int, str, dict], Mention] | None = None

    def cue(self, name: str) -> list[Mention]:
        got = self.cues.get(name)
        if got is None:
            hits = self.cue_hits.pop(name, ())
            mk = self.make
            got = self.cues[name] = [mk("cue", s, e, key, {"cue": name})  # type: ignore[misc]
                                     for s, e, key, payloads in hits for _ in payloads]
        return got


def within(mentions: list[Mention], seg: Segment) -> list[Mention]:
    """The mentions that start inside a segment (normalised offsets); lists are in text order."""
    if not mentions or mentions[-1].norm_start < seg.start or mentions[0].norm_start >= seg.end:
        return []  # all before or all after the segment (most calls)
    lo = bisect_left(mentions, seg.start, key=_START)
    hi = bisect_left(mentions, seg.end, lo=lo, key=_START)
    return mentions[lo:hi]


_START = attrgetter("norm_start")


class MentionFinder:
    """Matchers over every lexicon, built once."""

    def __init__(self) -> None:
        self.triggers = LexiconMatcher(((t.pattern, t) for t in lexicon.triggers()), inflect=True,
                                       uninflected=lexicon.cue_words("uninflected_triggers"))
        self.actors = LexiconMatcher(((a.alias, a) for a in lexicon.actors()),
                                     suffixes=frozenset(["", "ه", "ها", "هم"]))
        self.numbers = LexiconMatcher(((n.word, n) for n in lexicon.numbers()),
                                      suffixes=frozenset(["", "ا", "ه"]))
        self.sources = LexiconMatcher((s.alias, s) for s in lexicon.sources())
        d = lexicon.dates()
        date_entries: list[tuple[str, dict]] = []
        for w, v in d["weekdays"].items():
            date_entries.append((w, {"type": "weekday", "value": v}))
        for w, v in d["months"].items():
            date_entries.append((w, {"type": "month", "value": v}))
        for w, v in d["relative"].items():
            date_entries.append((w, {"type": "relative", "value": v}))
        for w, v in d["months_relative"].items():
            date_entries.append((w, {"type": "month_relative", "value": v}))
        for w, v in d["periods"].items():
            date_entries.append((w, {"type": "period", "value": v[0], "precision": v[1]}))
        self.dates = LexiconMatcher(date_entries)
        ambiguous = d.get("ambiguous_months") or {}
        self._ambiguous_months = frozenset(normalize_key(w) for w in ambiguous.get("words") or [])
        self._month_before = frozenset(normalize_key(w) for w in ambiguous.get("before") or [])
        self._month_after = frozenset(normalize_key(w) for w in ambiguous.get("after") or [])
        self._day_named_heads = lexicon.cue_words("named_for_a_day")
        self._day_words = frozenset(normalize_key(n.word) for n in lexicon.numbers()
                                    if n.kind == "exact" and 1 <= n.value <= 30)
        cue_lists = lexicon.cues()
        self._not_actors = lexicon.cue_words("not_actors")
        # words right before a side's name that make it a place's name or a description (not a side)
        self._not_side_heads = lexicon.cue_words("place_named_for_side") | lexicon.cue_words("branch_of")
        self._nations = lexicon.nation_forces()
        self._states = lexicon.cue_words("state_names_as_sides")  # a side only right after a trigger
        self._strike_modifiers = lexicon.cue_words("strike_modifiers")
        hedges = sorted(lexicon.cue_words("nation_hedges"), key=len, reverse=True)
        self._nation_hedge = re.compile(r"[ \t]+(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in hedges)
                                        + r")(?=\s)")
        self.cue_names = list(cue_lists)
        # all cue lists in one automaton, each list resolved on its own
        self.cues = LexiconMatcher(((w, name) for name, words in cue_lists.items() for w in words),
                                   whole_words=False)

    def matchers(self) -> list[LexiconMatcher]:
        """The lexicon matchers, to read texts in one pass with other lexicons (``SharedScan``)."""
        return [self.triggers, self.actors, self.numbers, self.sources, self.dates, self.cues]

    def find(self, nt: NormText) -> Mentions:
        if self.triggers._scan is None:  # unless joined to a larger one, read texts once for all six
            SharedScan(self.matchers())
        norm = nt.norm
        words = WordIndex.of(norm)
        out = Mentions()

        to_orig = nt.to_orig

        def mk(kind: str, start: int, end: int, key: str, data: dict) -> Mention:
            # nt.orig_span(start, end) of a non-empty span
            return Mention(kind, Span(to_orig[start], to_orig[end - 1] + 1), start, end, key, data)

        def with_entries(kind: str, matcher: LexiconMatcher) -> list[Mention]:
            """One mention per span, holding the entries of every lexicon row matched there."""
            by_span: dict[tuple[int, int], Mention] = {}
            for s, e, key, payloads in matcher.find_entries(norm, words):
                mention = by_span.get((s, e))
                if mention is None:
                    mention = by_span[(s, e)] = mk(kind, s, e, key, {"entries": []})
                mention.data["entries"].extend(payloads)
            return list(by_span.values())

        out.triggers = with_entries("trigger", self.triggers)
        # "مستوطنة" is no "مستوطن" + "ه" (his settler), nor "مدرسة" a teacher's: words that read as an
        # actor's name with a suffix but are other nouns (cue list not_actors)
        not_actors = self._not_actors
        actors = [m for m in with_entries("actor", self.actors) if norm[m.norm_start:m.norm_end] not in not_actors
                  and not self._no_side_after(norm, m.norm_start)]
        if any(m.key in self._states for m in actors):
            # a state's name is a side only right after a trigger word, as its subject
            trigger_ends = {t.norm_end for t in out.triggers}
            actors = [m for m in actors if m.key not in self._states or m.norm_start - 1 in trigger_ends]
        out.actors = self._forces_of_nations(actors, norm, mk)
        struck = self._struck_by_nations(out.triggers, out.actors, norm, mk)
        if struck:
            out.actors = sorted(out.actors + struck, key=_START)
        seen_numbers: set[tuple[int, int]] = set()
        for s, e, key, payloads in self.numbers.find_entries(norm, words):
            if (s, e) in seen_numbers:
                continue  # "عشرات" and "العشرات" are one word
            seen_numbers.add((s, e))
            out.numbers.append(mk("number", s, e, key, {"value": payloads[0].value, "kind": payloads[0].kind}))
        for dm in _DIGITS.finditer(norm):
            st = dm.start(1)
            if st > 0 and norm[st - 1].isalpha() and not (
                    norm[st - 1] in _CLITICS and (st < 2 or not norm[st - 2].isalnum())):
                continue  # digits glued to a word (F16, 1070شقة) are no count
            value = int(dm.group(1).replace(",", ""))
            out.numbers.append(mk("number", dm.start(1), dm.end(1), dm.group(1),
                                  {"value": value, "kind": "exact", "digits": True}))
        out.numbers = _combine_numbers(sorted(out.numbers, key=lambda x: x.norm_start), norm, nt)
        for m in self.dates.find(norm, words):
            if m.key in self._ambiguous_months and not self._month_said(norm, m.start, m.end):
                continue  # "باب المندب", "أب لثلاثة أطفال": no August
            if m.payload.get("type") == "month" and self._named_for_a_day(norm, m.start):
                continue  # "قرب حي واحد حزيران": a quarter's name, no 1 June
            out.dates.append(mk("date", m.start, m.end, m.key, dict(m.payload)))
        for dm in _NUMERIC_DATE.finditer(norm):
            # "يوم 8-8-2016"، "في 2016/08/08": a day written in figures (day first unless the year is)
            if dm.group(1):
                y, mo, dd = int(dm.group(4)), int(dm.group(3)), int(dm.group(1))
            else:
                y, mo, dd = int(dm.group(5)), int(dm.group(7)), int(dm.group(8))
            out.dates.append(mk("date", dm.start(), dm.end(), dm.group(0), {"type": "numeric", "value": (y, mo, dd)}))
        out.dates.sort(key=lambda x: x.norm_start)
        for m in self.sources.find(norm, words):
            out.sources.append(mk("source", m.start, m.end, m.key,
                                  {"name": m.payload.name, "kind": m.payload.kind}))
        if out.sources and out.dates:
            # "قناة روسيا اليوم"، "عين اليوم": a word of a date inside an outlet's name dates nothing
            names = [(m.norm_start, m.norm_end) for m in out.sources]
            out.dates = [d for d in out.dates if not any(s <= d.norm_start and d.norm_end <= e for s, e in names)]
        out.cue_hits = self.cues.find_grouped_entries(norm, words, str, _cue_suffixes)
        out.make = mk
        return out


    def _no_side_after(self, norm: str, start: int) -> bool:
        """A side's name right after a word of a quarter or a street ("حي الشرطة
        الرابعة"، "شارع الجيش"; cue list place_named_for_side) names a place, and a word of a branch
        ("-وهي جناح تنظيم القاعدة-"; cue list branch_of) describes the side named before it; neither
        is a side of its own."""
        before = norm[max(0, start - 12):start]
        if not before.endswith(" "):
            return False  # a clitic glued to the name ("بالشرطة"): no such word right before it
        words = before.split()
        return bool(words) and lexicon.word_of(words[-1], self._not_side_heads, "وبل")

    def _forces_of_nations(self, actors: list[Mention], norm: str,
                           mk: Callable[[str, int, int, str, dict], Mention]) -> list[Mention]:
        """Planes, troops or police of no named state followed by a nation's adjective ("طائرة مسيرة
        أمريكية"، "عناصر من الجيش العراقي") are that nation's: one mention over both, with the rows of
        its forces of that kind."""
        out = []
        for m in actors:
            group = self._nation_group(m)
            nxt = self._nation_word(norm, m.norm_end) if group is not None else None
            if group is not None and nxt is not None:
                rows = self._nation_rows(group, nxt.group(1))
                if rows:
                    m = mk("actor", m.norm_start, nxt.end(1), norm[m.norm_start:nxt.end(1)], {"entries": list(rows)})
            out.append(m)
        return out

    def _struck_by_nations(self, triggers: list[Mention], actors: list[Mention], norm: str,
                           mk: Callable[[str, int, int, str, dict], Mention]) -> list[Mention]:
        """A nation's adjective after a word of a strike or of shelling, or after the word that says
        which ("غارة إسرائيلية"، "الغارات الجوية الروسية"، "قصف مدفعي تركي"; cue list
        strike_modifiers), names who struck: a mention over the adjective, with that nation's planes
        (a strike) or forces (shelling)."""
        out: list[Mention] = []
        taken = {m.norm_start for m in actors}
        for t in triggers:
            kinds = {e.sub_event_type for e in t.data["entries"]} & _STRUCK_KINDS
            if not kinds:
                continue
            nxt = _NEXT_WORD.match(norm, t.norm_end)
            nxt = self._nation_word(norm, nxt.end(1) if nxt is not None and nxt.group(1) in self._strike_modifiers
                                    else t.norm_end)
            if nxt is None or nxt.start(1) in taken:
                continue
            group = "aircraft" if "Air/drone strike" in kinds else "Military Forces of {country}"
            rows = self._nation_rows(group, nxt.group(1))
            if rows:
                taken.add(nxt.start(1))
                out.append(mk("actor", nxt.start(1), nxt.end(1), nxt.group(1), {"entries": list(rows)}))
        return out

    def _nation_rows(self, group: str, word: str) -> tuple[lexicon.ActorEntry, ...] | None:
        """The rows of the forces of a kind (a key of lexicon.NATION_HEADS) of the nation a word is the
        adjective of, with or without the article ("التركية"، "روسية"), or None."""
        return self._nations[group].get(word[2:] if word.startswith("ال") else word)

    def _nation_word(self, norm: str, at: int) -> re.Match[str] | None:
        """The word after ``at``, past a hedge that says whose it is believed to be ("طائرات حربية
        يعتقد أنها روسية"، "غارات يرجح أنها أمريكية"; cue list nation_hedges)."""
        hedge = self._nation_hedge.match(norm, at)
        return _NEXT_WORD.match(norm, hedge.end() if hedge is not None else at)

    def _nation_group(self, m: Mention) -> str | None:
        """The kind of force (a key of lexicon.NATION_HEADS) an actor mention of no named state names:
        planes, troops or police of "{country}"; None for a named side."""
        for e in m.data["entries"]:
            if "{country}" not in e.canonical:
                continue
            if e.kind == "aircraft":
                return "aircraft"
            if e.canonical in self._nations:
                return e.canonical
        return None

    def _named_for_a_day(self, norm: str, start: int) -> bool:
        """A month right after a day and a word of a place or a group ("حي واحد حزيران"، "بساحة 17
        فبراير"، "كتيبة 17 فبراير"; cue list named_for_a_day) is part of that name, no date."""
        words = norm[max(0, start - 40):start].split()
        day = 0
        while words and day < 3 and (words[-1].isdigit() or lexicon.word_of(words[-1], self._day_words, "و")):
            words.pop()
            day += 1
        return bool(day and words) and lexicon.word_of(words[-1], self._day_named_heads, _CLITICS)

    def _month_said(self, norm: str, start: int, end: int) -> bool:
        """Whether a month name that is also an everyday word is a month here: a day number or a
        year beside it, another month joined to it by "/", or (written alone, no clitic) a date
        word before it ("في آب") or after it ("آب الماضي")."""
        before, after = norm[max(0, start - 12):start], norm[end:end + 16]
        if _MONTH_DAY_BEFORE.search(before) or _MONTH_YEAR_AFTER.match(after) or after.lstrip().startswith("/") \
                or before.rstrip().endswith("/"):
            return True
        if start > 0 and norm[start - 1].isalnum():
            return False  # a clitic glued to it: "باب"، "لآب"
        prev, nxt = before.split()[-1:], after.split()[:1]
        return bool(prev and prev[0] in self._month_before) or bool(nxt and nxt[0] in self._month_after)


_NUMERIC_DATE = re.compile(r"(?<![\d/-])(?<!\d\.)(?:(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})"
                           r"|(\d{4})\s*([/.-])\s*(\d{1,2})\s*\6\s*(\d{1,2}))(?![\d/-]|\.\d)")
_STRUCK_KINDS = frozenset(["Air/drone strike", "Shelling/artillery/missile attack"])
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_MONTH_DAY_BEFORE = re.compile(r"\d{1,2}\s*(?:من\s+)?$")
_MONTH_YEAR_AFTER = re.compile(r"\s*\d{4}(?!\d)")


def _cue_suffixes(name: str) -> frozenset[str]:
    """Death and injury words inflect (قتلاهم، جرحاهم), words of intent take a pronoun (اعتزامهم،
    استعدادها); the other cue lists are fixed words."""
    if name in ("death", "injury"):
        return SUFFIXES
    return _PRONOUNS if name == "irrealis" else NAME_SUFFIXES


_PRONOUNS = frozenset(["", "ها", "هم", "هما"])  # not "ه": ة is written ه once folded ("في حالة حرجة")


def _combine_numbers(nums: list[Mention], norm: str, nt: NormText) -> list[Mention]:
    """Join 'ثلاثة آلاف' (3 × 1000) and 'خمسة وعشرون' (5 + 20) into one number mention."""
    out: list[Mention] = []
    for m in nums:
        if out:
            prev = out[-1]
            gap = norm[prev.norm_end:m.norm_start]
            if m.data["kind"] == "scale" and gap.strip() == "" and prev.data["kind"] == "exact":
                prev.data = {**prev.data, "value": prev.data["value"] * m.data["value"]}
                prev.norm_end = m.norm_end
                prev.span = nt.orig_span(prev.norm_start, prev.norm_end)
                continue
            if (gap.strip() == "و" and prev.data["kind"] == "exact" and m.data["kind"] == "exact"
                    and prev.data["value"] < 10 <= m.data["value"] < 100 and m.data["value"] % 10 == 0):
                prev.data = {**prev.data, "value": prev.data["value"] + m.data["value"]}
                prev.norm_end = m.norm_end
                prev.span = nt.orig_span(prev.norm_start, prev.norm_end)
                continue
        if m.data["kind"] == "scale":
            m.data = {**m.data, "kind": "exact"}  # a bare "ألف" is one thousand
        out.append(m)
    return out
