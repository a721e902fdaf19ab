"""Assemble events: for each frame, who did it to whom, where, when, with how many dead.

Reads the mentions of one article, turns frames into draft events (actors, place, date,
fatalities, source, evidence), then hands them to the codebook rules (``rules.apply``)
that merge, split and drop them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import accumulate
from operator import attrgetter

from marsad.events import dates as date_rules
from marsad.events import describe, rules
from marsad.events.actors import (
    NON_STATE_ARMED,
    Actor,
    assign_roles,
    first_between,
    member_first,
    members_named,
    names_both_sides,
    one_family,
    one_side,
    resolve_actor,
    said_by,
    sides_end,
)
from marsad.events.fatalities import Counts, counts_in, gapped_counts
from marsad.events.frames import (
    DISRUPTED,
    MIN_SCORE,
    SHELLING,
    TRANSFER,
    Frame,
    clause_frames,
    is_cue_word,
    not_a_trigger,
    word_start,
)
from marsad.geo import Gazetteer, Location, PlaceMention
from marsad.geo.places import distance_km
from marsad.lexicon import TERRITORY, allies_on, called, conflict_countries_of, cue_words, home_of
from marsad.mentions.finder import MentionFinder, Mentions, within
from marsad.model import Article, Event, Mention, Span
from marsad.text.normalize import NormText, normalize, normalize_key
from marsad.text.segment import Segment, clauses, sentences

_TIME_OF_DAY = re.compile(r"(?:\s+(?:صباح|مساء|يوم|ليل|ليله|فجر|ظهر|عصر|نهار))*\s+")  # "منذ صباح يوم الأحد"
LIST_JOINER = re.compile(r"\s*[،,]?\s*(?:و|او)?\s*")  # what may stand between two places of one list
CONTINUATION_STARTS = ("و", "كما")  # how a clause that goes on with the one before it opens
CONTINUED_PLACE_KINDS = frozenset({"town", "neighbourhood", "area", "camp", "base", "airport", "landmark"})
TOWN_KINDS = frozenset({"town", "neighbourhood", "camp", "base", "airport", "crossing"})  # context words that name a town-level place
ORIGIN_CHARS = 24  # how far after "ينتمي إلى" a place names where a person comes from ("مدينة" may stand between)
SPEECH_PLACE_WORDS = 3  # words between a word of speaking to the press and its place ("صحافي عقده في قاعدة")
BACKGROUND_DAYS = 14  # events older than this before publication are background, not news
PAST_PLACE_CHARS = 80  # how far from a date long past a place is the place of that past event
PAST_YEAR_CHARS = 60  # how far from its trigger a year said dates the event
SENTENCE_HEAD_CHARS = 20  # a year said this near the start of a sentence dates all its events
INSIDE_KM = 30.0  # a place this close to the town named after it ("بمنطقة X بمدينة Y") lies in it
_PAST_BREAK = re.compile(r"[،,;.:]")
_PAST_RELATIVE = re.compile(r"[،,]\s*و?(?:الذي|التي|الذين)\s")  # "في 18 مارس، والذي استهدف فندقا قرب سوسة"
WEEK_DAYS = 7  # a day this close to a vague week ("في الأيام الماضية") may be the day it means
LOCATING_CHARS = 70  # how far after "الواقعة" a place still says where the place before it lies
LOCATED_CHARS = 12  # how close before "الواقعة" the place it locates ends ("داريا التي تقع")
_CLAUSE_BREAK = re.compile(r"[،,;:]")
CLAIM_NEGATION_CHARS = 20  # how close before a word of claiming a negation ("لم تعلن") takes it back
CLAIM_ACTOR_CHARS = 60  # how far from a word of claiming the group that claims is named
CLAIM_SENTENCES = 8  # how many sentences before its claim an attack may be told
CLAIMABLE = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles"})
ANTECEDENT_CHARS = 600  # how far back the place a head noun stands for ("المعمل") may be named
# a definite noun, after a clitic or not ("في المعمل"، "بالمطار"، "للسجن"): group 1 is the bare noun
_DEFINITE_NOUN = re.compile(r"(?<![^\W_])(?:[وف]?(?:[بكل]?ال|لل))([^\W_]{3,})(?![^\W_])")
_START_OF = attrgetter("norm_start")
_SEG_START = attrgetter("start")
_NUMBERED = re.compile(r"[\s«»\"']*\d")
MONTH_DATES = frozenset(["month", "month_relative"])  # date words that name a whole month
MONTH_TALLY_MIN = 100  # dead counted in a headline with a month: a month's tally, not a day's news
HEADLINE_MAX_CHARS = 250  # a first line longer than this is a paragraph, not a headline
TAIL_DATE_WORDS = 5  # a tail of a sentence this short after a frame may tell only its date
ANNOUNCED_DEAD_CHARS = 40  # how far after a word of death the group whose dead a state announced is named
DEAD_OF_CHARS = 12  # how far after a number of the dead the side they were of is named
DEAD_IN_RANKS_CHARS = 40  # ... or, after a word of its ranks ("في صفوف"), how far
RANK_WORD_CHARS = 8  # how far before a side's name its word of ranks is looked for
CIVILIAN_PLACE_CHARS = 60  # how far after a word of attack what it struck is looked for
COUNTED_CHARS = 12  # a number or a death word this close before a side counts it among the dead
_COUNT_BREAK = re.compile(r"[,.;!?\n]")  # ... unless a comma or the end of a sentence stands between
REPORTED_CHARS = 40  # how far after a side named after a verb of saying "إن" of what it said is looked for
# "إن"/"بأن" of what was said, a few words after who said it, opening no pronoun of the sayer ("إنه"، "أنها")
_WHAT_WAS_SAID = re.compile(r"(?:[ \t]+[^\s,،.]+){0,3}?[ \t]+ب?[اإأ]ن(?=[ \t])")
VICTIM_INFORMANT_CHARS = 2  # a death or injury word this close before "قيادي في" makes the man a victim
TOLL_WORD_CHARS = 25  # a death or injury word this close before civilians counts them among the victims
AGENT_GAP_CHARS = 2  # how far after a word of agency ("على يد") the side's name begins
# Types whose toll may stand elsewhere in the sentence ("قتل 5 ... في قصف"); a protest, an arrest
# or a strategic development takes a toll only from its own clauses.
TOLL_FROM_SENTENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots",
                                "Protests"})


@dataclass(slots=True)
class Draft:
    """An event being assembled, before the codebook rules merge and finish it."""

    frame: Frame
    sub_event_type: str
    day: date_rules.ResolvedDate | None
    actor1: Actor | None
    actor2: Actor | None
    assoc1: list[Actor]
    assoc2: list[Actor]
    location: Location | None
    place_key: str
    counts: Counts
    source: tuple[str, Span | None]
    sentence_index: int
    in_headline: bool
    trigger_spans: list[Span] = field(default_factory=list)
    absorbed: int = 0  # how many other drafts were merged into this one
    place_inherited: bool = False  # the place is the article's main place, not named beside the event
    place_own: bool = False  # the place is named in the frame's own clauses, not elsewhere in the sentence
    also_at: list[tuple[Location, str]] = field(default_factory=list)  # places (and keys) listed with it: "في قرى X وY وZ"
    also_on: list[date_rules.ResolvedDate] = field(default_factory=list)  # days named side by side: "امس والخميس"
    split_from: int = -1  # the id of the draft of a list of places this one was split from
    toll_shared: bool = False  # its toll is its share of one told for several events (codebook rule 4)
    toll_of_sentence: bool = False  # its toll was read from the whole sentence, not its own clauses
    fired_from: bool = False  # actor1 is the side its shells were told to be fired from ("مصدرها مواقع ...")
    more_dead: bool = False  # its dead are told as others ("فيما قتل جنديان آخران"): more dead of an event told before
    toll_at: int = -1  # the sentence its toll of dead was told in (-1: none)
    another: bool = False  # told as another event of its kind ("غارة أخرى"): none of those told before
    # its place is that of the event told before it ("مكان الحادث"، "في الجبهة ذاتها"; cue list place_anaphora)
    place_told_before: bool = False
    dead_of: frozenset[str] = frozenset()  # the sides named right after the numbers of its toll of dead
    # the text says which side acts: actor1 is the subject of the event's verb ("هاجم مسلحو الحوثي") or
    # the first side of "بين X وY"
    order_said: bool = False

    @property
    def event_type(self) -> str:
        return rules.type_of(self.sub_event_type)

    @property
    def when(self) -> date | None:
        """The event's day, if known."""
        return self.day.day if self.day else None


@dataclass(slots=True)
class ArticleContext:
    """What the whole article says that single sentences lean on."""

    article: Article
    text: str
    nt: NormText
    mentions: Mentions
    places: list[PlaceMention]
    sentences: list[Segment]
    country: str
    lead_date: date_rules.ResolvedDate | None
    conflict_countries: frozenset[str] = frozenset()
    place_names: list[tuple[int, int]] = field(default_factory=list)  # names of places and groups: no trigger inside
    past_places: set[str] = field(default_factory=set)  # keys of the places of events long past
    said_dates: frozenset[int] = frozenset()  # starts of the date words that date a statement, not an event
    served: frozenset[int] = frozenset()  # starts of the sides named as whom the accused served ("العمالة للنظام")
    resolved: dict[tuple[int, int], Location | None] = field(default_factory=dict)  # place → location
    place_starts: list[int] = field(init=False, repr=False)  # norm_start of each place (places are in text order)
    _counts: dict[tuple[int, int], Counts] = field(default_factory=dict, repr=False)  # toll of each stretch read
    _clauses: dict[tuple[int, int], list[Segment]] = field(default_factory=dict, repr=False)  # clauses of each sentence split
    counter_ends: list[int] = field(init=False, repr=False)  # where each number and death word ends, in order
    toll_ends: list[int] = field(init=False, repr=False)  # where each death or injury word ends, in order
    headline_end: int = field(init=False, repr=False)  # where the headline line ends (0: no headline)
    # the headline counts the dead of a month ("مقتل 1332 عراقيا خلال يوليو الماضي"): the body's tolls
    # with no day of their own are its parts, no events
    month_tally: bool = field(init=False, repr=False)
    told_by: frozenset[int] = field(init=False, repr=False)  # where each "مصدر في" of an informant or "بحسب" ends
    enemies: dict[tuple[str, date | None], Actor | None] = field(default_factory=dict, repr=False)  # see _enemy_meant
    air_forces: dict[tuple[str, date | None], Actor | None] = field(default_factory=dict, repr=False)  # see _air_force_named
    # (actor mention's span, country, day, counted) → its actor: the drafts of an article ask again and again
    actors_of: dict[tuple[int, int, str, date | None, bool], Actor | None] = field(default_factory=dict, repr=False)
    _actors_on: dict[tuple[str, date | None], list[tuple[Mention, Actor]]] = field(default_factory=dict, repr=False)
    _heads: dict[str, list[PlaceMention]] | None = field(default=None, repr=False)  # see place_heads

    def __post_init__(self) -> None:
        # the headline is the first line, when it is a short line with more text after it (a
        # headline may hold two sentences: "الجيش والمقاومة يعلنان تحرير زنجبار.. ويدخلان مدينة شقرة");
        # a first line of one sentence, however long, is a headline or a lead that sums up the news
        first = self.nt.norm.find("\n")
        self.headline_end = first if 0 < first <= HEADLINE_MAX_CHARS and self.nt.norm[first:].strip() else 0
        end = self.headline_end
        self.month_tally = bool(end) and any(
            m.norm_start < end and m.data.get("type") in MONTH_DATES for m in self.mentions.dates) and any(
            n.norm_start < end and n.data["value"] >= MONTH_TALLY_MIN for n in self.mentions.numbers)
        self.place_starts = [p.norm_start for p in self.places]
        self.counter_ends = sorted(c.norm_end for c in self.mentions.numbers + self.mentions.cue("death"))
        self.toll_ends = sorted(c.norm_end for c in self.mentions.cue("death") + self.mentions.cue("injury"))
        # "وأفاد مصدر في قوات البيشمركة"، "بحسب الشرطة": who told the news
        # ("مقتل قيادي في تنظيم داعش": a leader killed, not one who told the news)
        informants = [c for c in self.mentions.cue("informant_of")
                      if not self.ends_before(self.toll_ends, c.norm_start, VICTIM_INFORMANT_CHARS)]
        told = [c.norm_end for c in informants + self.mentions.cue("according_to")]
        self.told_by = frozenset(told + self._reporters())

    def _reporters(self) -> list[int]:
        """Where each side starts that is named right after a verb of saying and before what it said
        of people killed or hurt ("قالت الشرطة إن ثلاثة أشخاص قتلوا"، "أفادت الشرطة بأن مدنيين"): it
        told the news, it is no side of the event. Not so when what it said opens with itself ("أعلن
        الجيش أنه قتل 20 مسلحا"), names its own men ("إن قواته"), or counts no people but fighters
        ("قيادة العمليات أن 7 عناصر من داعش قتلوا": the command's forces fought them)."""
        norm = self.nt.norm
        out = []
        actors = self.mentions.actors
        for i, m in enumerate(actors):
            sentence = self.sentence_at(m.norm_start)
            if not said_by(m, norm, sentence.start, "announcers") \
                    or _WHAT_WAS_SAID.match(norm, m.norm_end, m.norm_end + REPORTED_CHARS) is None:
                continue
            end = sentence.end
            told = [e.kind for a in actors[i + 1:] if a.norm_start < end for e in a.data["entries"]]
            if told and told[0] in ("victim", "civilian") and "own" not in told:
                out.append(m.norm_start)
        return out

    def sentence_at(self, pos: int) -> Segment:
        """The sentence holding normalised offset ``pos``."""
        k = bisect_right(self.sentences, pos, key=_SEG_START) - 1
        return self.sentences[max(k, 0)]

    def place_heads(self) -> dict[str, list[PlaceMention]]:
        """Head word → the places named with it, in text order: the first word of a name of two
        words or more ("معمل" of "معمل الاسمنت") and the context word before a name ("حي")."""
        if self._heads is None:
            self._heads = {}
            for p in self.places:
                if not p.candidates and p.context_word is None:
                    continue
                words = p.key.split()
                for head in {words[0] if len(words) > 1 else "", p.context_word or ""}:
                    if len(head) >= 3 and not head.startswith("ال"):
                        self._heads.setdefault(head, []).append(p)
        return self._heads

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        """The places named from ``start`` to ``end`` of the normalised text, quoted ones too: an
        event told in a witness's words ('وقال ناشط إن "الطيران شن غارات على قرية ..."') is at the
        place the witness names (statements and threats are left out by their cue words)."""
        lo = bisect_left(self.place_starts, start)
        hi = bisect_left(self.place_starts, end, lo)
        return self.places[lo:hi]

    def counts(self, seg: Segment) -> Counts:
        """The dead and wounded a stretch of text reports, read once per stretch (a clause is read
        when its frame is made and again when its draft takes a toll)."""
        key = (seg.start, seg.end)
        got = self._counts.get(key)
        if got is None:
            got = self._counts[key] = counts_in(seg, self.nt.norm, self.mentions)
        return got

    def clauses_of(self, sentence: Segment) -> list[Segment]:
        """The clauses of a sentence, split once (drafting splits it, and a draft may read the clause
        before or after its frame's)."""
        key = (sentence.start, sentence.end)
        got = self._clauses.get(key)
        if got is None:
            got = self._clauses[key] = clauses(self.nt.norm, sentence)
        return got

    def ends_before(self, ends: list[int], pos: int, chars: int) -> bool:
        """One of ``ends`` (sorted) lies at most ``chars`` characters before ``pos``, with no comma
        or end of a sentence between: a number or a death word before a side ("قتل 18 من مسلحي
        الحوثي"), or a death or injury word before civilians ("إصابة العديد من المدنيين"); not a
        headline's last word before the body's first ("مقتل" / "عثرت الشرطة على جثث")."""
        norm = self.nt.norm
        return any(not _COUNT_BREAK.search(norm, e, pos) for e in ends[bisect_left(ends, pos - chars):bisect_right(ends, pos)])

    def in_headline(self, sentence: Segment) -> bool:
        """The sentence is (part of) the headline: on a short first line, or the first sentence
        when it fills the whole first line."""
        return sentence.start < self.headline_end or (
            sentence.index == 0 and "\n" in self.nt.norm[sentence.start:sentence.end + 1])

    def actors_on(self, country: str, when: date | None) -> list[tuple[Mention, Actor]]:
        """Every actor mention of the article with the actor it names in ``country`` on ``when``
        (resolved once per country and day, for the rules that read the whole article's sides)."""
        key = (country, when)
        got = self._actors_on.get(key)
        if got is None:
            got = self._actors_on[key] = [(m, a) for m in self.mentions.actors
                                          if (a := resolve_actor(m, country, when, self.text)) is not None]
        return got

    def towns_in(self, seg: Segment) -> frozenset[str]:
        """The towns, villages and quarters a stretch of text names (not provinces or regions)."""
        return frozenset(p.key for p in self.places_in(seg.start, seg.end)
                         if p.context_kind in TOWN_KINDS
                         or (p.context_kind in (None, "landmark", "area") and any(c.kind == "town" for c in p.candidates)))


def _no_lead_dates(mentions: Mentions, norm: str) -> set[int]:
    """Where the date words start that date no event: the day something was said ("في بيان
    أصدرته أمس", "وقال أمس") or since when something lasts ("منذ صباح يوم الأحد")."""
    cues = mentions.cue("not_event_date")
    if not cues:
        return set()
    ends = [c.norm_end for c in cues]
    out: set[int] = set()
    for group in date_rules.expressions(mentions.dates, norm):
        start = group[0].norm_start
        i = bisect_right(ends, start) - 1
        if i >= 0 and start - ends[i] <= 16 and _TIME_OF_DAY.fullmatch(norm, ends[i], start):
            out.update(m.norm_start for m in group)
        elif i >= 0 and start - ends[i] <= SAID_DATE_CHARS and _THAT.match(norm, group[-1].norm_end) \
                and not _PAST_BREAK.search(norm, ends[i], start):
            # "وأعلن مكتب حاكم إقليم أغري بشرق تركيا أمس أن ...": the day before what was said ("أن")
            # is the day it was said
            out.update(m.norm_start for m in group)
    return out


_THAT = re.compile(r"\s+[وف]?[اإ]ن\s")  # "أن"، "إن" (the complementizer after a verb of saying)
SAID_DATE_CHARS = 60  # how far after a verb of saying the day it was said may stand before "أن"


def _event_dates(mentions: Mentions, seg: Segment, said: set[int] | frozenset[int]) -> list[Mention]:
    """The date words of a segment that may date its events (not those of ``said``)."""
    return [m for m in within(mentions.dates, seg) if m.norm_start not in said]


def _named_after(places: list[PlaceMention], seg: Segment, ctx: ArticleContext, cue: str, max_chars: int,
                 max_words: int | None = None) -> list[PlaceMention]:
    """The places of ``places`` that start at most ``max_chars`` after a word of cue list ``cue`` in
    ``seg`` (with at most ``max_words`` words between, if given)."""
    return _after_ends(places, [c.norm_end for c in within(ctx.mentions.cue(cue), seg)], ctx.nt.norm,
                       max_chars, max_words)


def _after_ends(places: list[PlaceMention], ends: list[int], norm: str, max_chars: int,
                max_words: int | None = None, same_clause: bool = False) -> list[PlaceMention]:
    """The places of ``places`` that start at most ``max_chars`` after one of ``ends`` (with at most
    ``max_words`` words between, if given; with no clause break between, if ``same_clause``)."""
    if not ends:
        return []
    return [p for p in places
            if any(0 < p.norm_start - e <= max_chars
                   and (max_words is None or len(norm[e:p.norm_start].split()) <= max_words)
                   and not (same_clause and _CLAUSE_BREAK.search(norm, e, p.norm_start)) for e in ends)]


def _not_speakers(places: list[PlaceMention], seg: Segment, ctx: ArticleContext) -> list[PlaceMention]:
    """The places of ``places`` not named right after a speaker word of ``seg`` ("أعلنت دمشق")."""
    said_by = {id(p) for p in _named_after(places, seg, ctx, "speaker_before", 2)}
    return [p for p in places if id(p) not in said_by] if said_by else places


def _informant_places(places: list[PlaceMention], seg: Segment, ctx: ArticleContext) -> list[PlaceMention]:
    """The places of ``places`` named right after an informant ("مصادر محلية في مديرية المخا"): where
    the sources are (a context word may stand between)."""
    return _named_after(places, seg, ctx, "informant_place", 24, max_words=1)


def _launch_places(places: list[PlaceMention], seg: Segment, ctx: ArticleContext) -> list[PlaceMention]:
    """The places of ``places`` named right after a word of setting off ("من قاعدة طبرق الجوية"):
    where the aircraft came from (a context word may stand between)."""
    return _named_after(places, seg, ctx, "launch_place", 16, max_words=1)


def _locating_places(places: list[PlaceMention], seg: Segment, ctx: ArticleContext) -> list[PlaceMention]:
    """The places of ``places`` named after a word that says where another place lies, in the same
    clause ("داريا التي تقع في الغوطة الغربية لدمشق"، "البلدة الواقعة على أطراف حمص"): they locate
    that place. Where the place located is no place of the gazetteer ("مزرعة منصور الواقعة شمال
    غرب مديرية الدريهمي") they are all the text says of where it is, and are kept."""
    cues = within(ctx.mentions.cue("locating"), seg)
    if not cues:
        return []
    anaphora = within(ctx.mentions.cue("place_anaphora"), seg)
    located = [p.norm_end for p in ctx.places_in(seg.start, seg.end)]
    ends = [c.norm_end for c in cues
            if any(0 <= c.norm_start - e <= LOCATED_CHARS for e in located)
            or any(a.norm_start <= c.norm_start < a.norm_end for a in anaphora)]
    return _after_ends(places, ends, ctx.nt.norm, LOCATING_CHARS, same_clause=True)


def _inside(place: Location, parent: Location) -> bool:
    """Whether ``place`` may lie in ``parent``: no province or region, and close to it or in its province."""
    if place.geo_precision >= 3:
        return False
    near = distance_km(place.latitude, place.longitude, parent.latitude, parent.longitude) <= INSIDE_KM
    return near or (bool(place.admin1) and place.admin1 == parent.admin1 and place.country == parent.country)


def _long_ago(day: date_rules.ResolvedDate | None, published: date | None) -> bool:
    """The day lies further back than news does: background, not an event of the article."""
    return day is not None and published is not None and day.day < published - timedelta(days=BACKGROUND_DAYS)


class EventExtractor:
    """The event stage, built once: mention finder + gazetteer."""

    def __init__(self, finder: MentionFinder, gazetteer: Gazetteer) -> None:
        self.finder = finder
        self.gazetteer = gazetteer

    @staticmethod
    def build() -> EventExtractor:
        return EventExtractor(MentionFinder(), Gazetteer.default())

    # -- article level -------------------------------------------------------------------
    def context(self, article: Article) -> ArticleContext:
        text = article.full_text()
        nt = normalize(text)
        mentions = self.finder.find(nt)
        places = _not_named_after(_not_other_words(self.gazetteer.find_places(nt), mentions), mentions)
        sents = sentences(nt.norm)
        only, homes = _country_from_actors(mentions)
        by_places = self.gazetteer.country_of(places)
        alike = self.gazetteer.countries_alike(places, by_places) if by_places and homes and not homes.get(by_places) \
            else frozenset()
        country = _article_country(by_places, only, self.gazetteer.country_weights(places), homes, alike)
        lead = None
        said = _no_lead_dates(mentions, nt.norm)
        for s in sents[:3]:
            r = date_rules.resolve(_event_dates(mentions, s, said), article.published, nt.norm)
            if r is not None and r.precision == 1 and not _long_ago(r, article.published):
                lead = r
                break
        # named places: with a context word ("كتيبة المدفعية") or of several words ("ساحة التحرير")
        named = [(p.norm_start, p.norm_end) for p in places
                 if p.context_word or (p.candidates and " " in nt.norm[p.norm_start:p.norm_end].strip())]
        # ... and names of groups ("جبهة حزب التحرير الشعبي الثوري" tells no liberation)
        named += [(a.norm_start, a.norm_end) for a in mentions.actors
                  if " " in nt.norm[a.norm_start:a.norm_end].strip()
                  and all(e.kind == "named" for e in a.data["entries"])]
        named.sort()
        return ArticleContext(article, text, nt, mentions, places, sents, country, lead,
                              conflict_countries_of(country), named, said_dates=frozenset(said),
                              served=frozenset(m.norm_start for m in mentions.actors if _served(m, nt.norm)))

    def extract(self, article: Article) -> list[Event]:
        ctx = self.context(article)
        drafts = self.drafts(ctx)
        drafts = self._claimed(rules.apply(drafts, ctx), ctx)
        events = [self.to_event(d, ctx) for d in drafts]
        events.sort(key=lambda e: (e.event_date, e.event_type, e.location, e.actor1))
        seen: set[str] = set()
        for e in events:
            e.event_id = e.make_id()
            while e.event_id in seen:  # two events alike in every key field: keep ids distinct
                e.event_id = e.event_id + "x"
            seen.add(e.event_id)
        return events

    def _claimed(self, drafts: list[Draft], ctx: ArticleContext) -> list[Draft]:
        """A bombing or attack by unnamed men is by the group that claimed it or that the
        authorities blame ("وتبنت حركة طالبان هذا الهجوم"، "محملا تنظيم القاعدة المسؤولية"): the
        unnamed attacker of the sentence's events, else of the nearest one told before it."""
        cues = ctx.mentions.cue("claim")
        if not cues:
            return drafts
        norm = ctx.nt.norm
        for c in cues:
            sent = ctx.sentence_at(c.norm_start)
            before = norm[max(sent.start, c.norm_start - CLAIM_NEGATION_CHARS):c.norm_start].split()
            if any(is_cue_word(w, "negation", "وف") for w in before) or within(
                    ctx.mentions.cue("claim_none"), Segment(c.norm_start - CLAIM_NEGATION_CHARS,
                                                            c.norm_end + CLAIM_NEGATION_CHARS, 0)):
                continue  # "لم تعلن أي جهة مسؤوليتها"
            near = [m for m in within(ctx.mentions.actors, sent) if abs(m.norm_start - c.norm_start) <= CLAIM_ACTOR_CHARS]
            if not near:
                continue
            unnamed = [d for d in drafts if d.event_type in CLAIMABLE
                       and 0 <= sent.index - d.sentence_index <= CLAIM_SENTENCES
                       and (d.actor1 is None or (d.actor1.kind == "generic" and d.actor1.inter == 3))]
            here = [d for d in unnamed if d.sentence_index == sent.index]
            for d in here or ([max(unnamed, key=lambda d: d.sentence_index)] if unnamed else []):
                # the group as named in the attack's country ("حركة طالبان" in Kabul, not Pakistan's)
                country = d.location.country if d.location is not None and d.location.country else ctx.country
                claimant = next((a for a in sorted(self._actors(near, ctx, d.when, country, speakers=True),
                                                    key=lambda a: abs(a.norm_start - c.norm_start))
                                 if a.kind == "named" and a.inter in NON_STATE_ARMED), None)
                if claimant is None:
                    continue
                d.actor1 = replace(claimant, kind="named")
                if d.actor2 is not None and one_family(d.actor2.name, claimant.name):
                    # the group was read as the side struck: it is the one that struck, and the
                    # people its bomb killed are the victims
                    d.actor2 = rules.unnamed_victims(d, ctx) if d.sub_event_type in rules.BOMBS else None
        return drafts

    # -- frames to drafts ------------------------------------------------------------------
    def drafts(self, ctx: ArticleContext) -> list[Draft]:
        norm = ctx.nt.norm
        out: list[Draft] = []
        last_day: date_rules.ResolvedDate | None = None
        last_days: list[date_rules.ResolvedDate] = []  # the days of last_day, when it was a list of days
        last_para = -1
        for s in ctx.sentences:
            para = norm.count("\n", 0, s.start)
            if para != last_para:
                last_day, last_days = None, []
                last_para = para
            if _opens_with(norm, s, "new_item"):
                # a sentence that opens another item ("في سياق متصل"، "على صعيد آخر") is dated by its
                # own words, else by the publication, not by a day told before it
                last_day, last_days = date_rules.default_date(ctx.article.published), []
            sent_dates = _event_dates(ctx.mentions, s, ctx.said_dates)
            sent_day = date_rules.resolve(sent_dates, ctx.article.published, norm, vague=False)
            sent_days = date_rules.listed_days(sent_dates, ctx.article.published, norm) if sent_day else []
            if sent_day is not None and not _opens_with(norm, s, "aside_openers"):
                # a date of the past ("وفي العام 2013") dates its own sentence only, as does the day
                # of an aside ("يذكر أن القائد قتل في 15 يوليو")
                last_day = None if _long_ago(sent_day, ctx.article.published) else sent_day
                last_days = sent_days
            self._note_past_places(s, ctx)
            told = bool(within(ctx.mentions.triggers, s))
            if not told and not within(ctx.mentions.cue("announcers"), s):
                continue  # no event word: no frame (most sentences)
            if s.index == len(ctx.sentences) - 1 and s.index > 0 and _opens_with(norm, s, "tag_list"):
                continue  # "سمات الكويت انتحاري تفجير مسجد": the page's tags after the text, no sentence
            cls = ctx.clauses_of(s)
            def toll(cl: Segment) -> bool:
                c = ctx.counts(cl)
                return c.killed is not None or c.injured is not None
            frames = clause_frames(s, cls, norm, ctx.mentions, toll, ctx.place_names, ctx.towns_in) if told else []
            frames += self._announced_kills(s, cls, frames, ctx)
            continued = self._continued(frames, cls, ctx)
            here: list[Draft] = []
            for fr in frames + continued:
                carried = sent_day or last_day
                d = self.draft(fr, ctx, carried)
                if d is None:
                    continue
                days = sent_days if sent_day is not None else last_days
                if carried is not None and d.day is carried and not d.also_on and any(x.day == carried.day for x in days):
                    # "شن الطيران غارات امس والخميس ... وتركز القصف على مديرية رازح": the days the sentence,
                    # or one before it, names side by side are those of its other events too
                    d.also_on = list(days)
                here.append(d)
                if d.location is None and out and within(ctx.mentions.cue("place_anaphora"), Segment(fr.start, fr.end, 0)):
                    # "عبوة أخرى عثر عليها بمكان الحادث": the place of the event told before
                    prev = next((p for p in reversed(out) if p.location is not None), None)
                    if prev is not None:
                        d.location, d.place_key, d.place_told_before = prev.location, prev.place_key, True
                elif d.location is None and s.index > 0 and _opens_with(norm, s, "continuation_openers") \
                        and not ctx.places_in(s.start, s.end):
                    # "كما تم تفكيك 21 عبوة ناسفة": a sentence that adds to the one before, naming
                    # no place, is at the town (or a place in it) named there last
                    before = ctx.sentences[s.index - 1]
                    got = self._best_place(ctx.places_in(before.start, before.end), fr, ctx, own=False)
                    if got is not None and got[0] is not None and got[0].geo_precision <= 2:
                        d.location, d.place_key = got[0], got[1]
                out.append(d)
            if continued:
                _leave_continued_tolls(here)
        return out

    def _note_past_places(self, s: Segment, ctx: ArticleContext) -> None:
        """The places named next to a date long past ("الهجوم على متحف باردو في تونس في 18
        مارس"): an undated event told there later in the article is that past one told again."""
        dates = within(ctx.mentions.dates, s)
        if not dates or ctx.article.published is None:
            return
        for group in date_rules.expressions(dates, ctx.nt.norm):
            r = date_rules.resolve(group, ctx.article.published, ctx.nt.norm)
            if r is None or r.precision != 1 or not _long_ago(r, ctx.article.published):
                continue  # (a month or a period long past is too loose to tie a place to)
            at, end = group[0].norm_start, group[-1].norm_end
            lo, hi = max(s.start, at - PAST_PLACE_CHARS), min(s.end, end + PAST_PLACE_CHARS)
            if all(not_a_trigger(ctx.nt.norm[t.norm_start:t.norm_end])
                   for t in within(ctx.mentions.triggers, Segment(lo, hi, 0))):
                continue  # no event told beside the date: its places are only places
            # "وأعلنت أنقرة في 24 يوليو": who spoke, not where
            for p in _not_speakers(ctx.places_in(lo, hi), Segment(lo, hi, 0), ctx):
                gap = ctx.nt.norm[p.norm_end:at] if p.norm_end <= at else ctx.nt.norm[end:p.norm_start]
                if _PAST_BREAK.search(gap) and not _PAST_RELATIVE.search(gap):
                    continue  # "توجهوا إلى عدن، وفي 26 مارس أطلق التحالف": another clause
                loc = self._resolved(p, ctx)
                if loc is not None and loc.geo_precision < 3:
                    ctx.past_places.add(_place_key(loc))

    def _resolved(self, p: PlaceMention, ctx: ArticleContext) -> Location | None:
        key = (p.norm_start, p.norm_end)
        if key not in ctx.resolved:
            ctx.resolved[key] = self.gazetteer.resolve(p, ctx.places, country_hint=ctx.country or None)
        return ctx.resolved[key]

    def draft(self, fr: Frame, ctx: ArticleContext, carried: date_rules.ResolvedDate | None) -> Draft | None:
        norm = ctx.nt.norm
        art = ctx.article
        frame_seg = Segment(fr.start, fr.end, 0)
        # the day something was said gives way to a day of the event's own ("وأعلن المكتب أمس أن اثنين
        # قتلا في تفجير انتحاري خلال ليل أول من أمس")
        own_dates = _event_dates(ctx.mentions, frame_seg, ctx.said_dates) or within(ctx.mentions.dates, frame_seg)
        day = date_rules.resolve(own_dates, art.published, norm, fr.trigger_start)
        if day is None or day.precision == 2:
            # a day named in the sentence beats a vague week in the frame's clauses that holds it
            # ("حاولوا فجر الاحد التقدم ... لاستعادة مواقع خسروها في الأيام القليلة الماضية لتندلع
            # مواجهات"); not a month past ("قتل فيه جندي ... الشهر الماضي" beside "أمس")
            in_sentence = date_rules.resolve(within(ctx.mentions.dates, fr.sentence), art.published, norm,
                                             fr.trigger_start, vague=False)
            if day is None or (in_sentence is not None and in_sentence.precision == 1
                               and abs((in_sentence.day - day.day).days) <= WEEK_DAYS):
                day = in_sentence
        if day is None:
            # "قتل خمسة جنود في هجوم على ثكنة للجيش، الأسبوع الماضي": a short tail of the sentence
            # that tells only when is the frame's
            tail = Segment(fr.end, fr.sentence.end, fr.sentence.index)
            if len(norm[tail.start:tail.end].split()) <= TAIL_DATE_WORDS and not within(ctx.mentions.triggers, tail):
                day = date_rules.resolve(within(ctx.mentions.dates, tail), art.published, norm, fr.trigger_start)
        dated_here = day is not None
        if not dated_here and ctx.month_tally and not ctx.in_headline(fr.sentence):
            return None  # "174 من المدنيين قتلوا جراء القتال الدائر" under "مقتل 1332 عراقيا خلال يوليو"
        if day is None and within(ctx.mentions.cue("still_going"), frame_seg):
            # "مواجهات عنيفة ما زالت تدور في أماكن متفرقة من المدينة": going on as the paper went out
            day = date_rules.default_date(art.published)
        if day is None:
            day = carried
        if day is None:
            day = ctx.lead_date if fr.sentence.index > 0 else None
        if day is None:
            day = date_rules.default_date(art.published)
        loc, key, own, listed = self._location(fr, ctx)
        if not dated_here and (date_rules.past_year(norm, max(fr.start, fr.trigger_start - PAST_YEAR_CHARS),
                                                    min(fr.end, fr.trigger_start + PAST_YEAR_CHARS), art.published)
                               or date_rules.past_year(norm, fr.sentence.start,
                                                       min(fr.sentence.end, fr.sentence.start + SENTENCE_HEAD_CHARS),
                                                       art.published)):
            # (a year said at the head of the sentence dates all of it: "وفي العام 2013 تبنت هذه
            # المجموعة ... هجوما انتحاريا على السفارة الأمريكية")
            if key:  # "تبنى هجوما انتحاريا في العام 2013": an event of a past year
                ctx.past_places.add(key)
            return None
        if _long_ago(day, art.published):
            if key and day is not None and day.precision == 1:
                ctx.past_places.add(key)  # "في 18 مارس قتل 20 أجنبيا في هجوم على باردو"
            return None
        if key and key in ctx.past_places and not dated_here:
            return None  # "الهجوم على متحف باردو الذي خلف 22 قتيلا": the attack of March told again
        when = day.day if day else art.published
        # names that depend on the country (الجيش, مسلحون) take the country of the event's place
        country = loc.country if loc is not None and loc.country else ctx.country
        # actors: those of the frame's clauses, else of the sentence; a crowd's are named before
        # what it protested
        topic = _protest_topic(fr, frame_seg, ctx.mentions)
        own_seg = frame_seg if topic is None else Segment(frame_seg.start, topic, 0)
        reach = sides_end(norm, own_seg.start, own_seg.end, fr.sentence.end)
        if reach is not None and reach > own_seg.end:
            # "بين قوات النظام ... من جهة، وفصائل غرفة عمليات فتح حلب من جهة أخرى"، "دارت اشتباكات
            # على أطراف الحي، بين ...": the sides are named past the frame's clauses
            own_seg = Segment(own_seg.start, reach, 0)
        own_sentence = fr.sentence if topic is None else Segment(fr.sentence.start, topic, fr.sentence.index)
        acts = self._actors(within(ctx.mentions.actors, own_seg), ctx, when, country)
        if acts and acts[-1].kind in ("generic", "victim"):
            acts = self._members_after(acts, fr, ctx, when, country)
        if acts and all(a.is_victim for a in acts):
            acts = acts + self._struck_after(fr, ctx, when, country)
        if not acts:
            acts = self._actors(within(ctx.mentions.actors, own_sentence), ctx, when, country)
        a1, a2, with1, with2, a1_acts, backers = assign_roles(acts, norm, fr.trigger_start, fr.sentence.start,
                                                              fr.sub_event_type)
        # the order of the sides is said: actor1 is the subject of the event's verb, or the first of
        # "بين X وY"
        acting = a1 if a1_acts or (a1 is not None and first_between(a1, norm, fr.sentence.start)) else None
        sub = fr.sub_event_type
        if sub in rules.BOMBS and within(ctx.mentions.cue("controlled_detonation"), frame_seg):
            # "مؤكدة تفجير عبوات ناسفة وسيارات مفخخة وصواريخ تحت السيطرة": bombs blown up under
            # control were disrupted, whoever else the clause names
            sub = DISRUPTED
        elif sub in rules.BOMBS and a1 is not None and a1.is_state and a1_acts \
                and within(ctx.mentions.cue("bombs_found"), fr.sentence):
            # "فجرت قوات الأمن سبع عبوات ناسفة عثرت عليها": bombs the state's forces found and blew up
            # did not go off against anyone (Disrupted weapons use)
            sub = DISRUPTED
        if sub == "Arrests" and a1 is not None and a1_acts and a1.inter in NON_STATE_ARMED and not a1.is_victim:
            sub = "Abduction/forced disappearance"  # "اعتقلت النصرة ثمانية مقاتلين": a group detains
        if a1 is None and ((a2 is not None and (not a2.is_victim or sub in rules.STRIKES or sub in ONE_SIDED))
                           or backers):
            # "شنت قوات النظام هجوما معاكسا، نجحت فيه بطرد قوات المعارضة"، "تمكن مقاتلو المقاومة،
            # وبإسناد وفرته طائرات التحالف، من استعادة"، "خرقت قوات النظام الهدنة، حيث قصفتها ...
            # مما أسفر عن جرح عدد من الأشخاص": the one that acts was named in an earlier clause
            earlier = [a for a in self._actors(within(ctx.mentions.actors, Segment(fr.sentence.start, fr.start, 0)),
                                               ctx, when, country)
                       if _acts_beside(a, a2) and all(a.name != b.name for b in backers)]
            if earlier:
                a1 = earlier[0]
                acts = earlier + [a for a in acts if a.name != a1.name]
                with1 = [*with1, *backers]
            elif backers:
                a1, with1 = backers[0], [*with1, *backers[1:]]
        if a1 is None:
            # "اغتيال أحد الأهالي، يدعى محمد وابل، على يد المسلحين الحوثيين": who did it, named in a
            # later clause after a word of agency (cue list agency_after)
            a1 = self._agent_after(fr, ctx, when, country, a2)
        if a1 is None and a2 is not None and a2.inter in NON_STATE_ARMED and not a2.is_victim \
                and sub in ("Armed clash", "Shelling/artillery/missile attack"):
            # "أعلن مصدر في قيادة عمليات الانبار عن مقتل سبعة من قادة تنظيم داعش بقصف مدفعي": a state's
            # force that told of the blow its enemy took dealt it
            a1 = next((a for a in self._actors(within(ctx.mentions.actors, Segment(fr.sentence.start, fr.start, 0)),
                                               ctx, when, country, speakers=True)
                       if a.is_state and not a.counted and not a.is_victim), None)
        if sub == DISRUPTED:
            a1, a2 = _stopped_and_whose(a1, a2, acts, norm)
        if a1 is None and a2 is not None and sub == TRANSFER:
            # "انسحبت قوات النظام من البلدة، ودخلها مقاتلو تنظيم داعش دون قتال": the side that took
            # over is named in the clause after the withdrawal
            later = [a for a in self._actors(within(ctx.mentions.actors, Segment(fr.end, fr.sentence.end, 0)),
                                             ctx, when, country)
                     if _acts_beside(a, a2)]
            if later:
                a1 = later[0]
        a1, a2, coalition = member_first(a1, a2, acts, when, lambda: self._actors(
            within(ctx.mentions.actors, own_sentence), ctx, when, country))
        if a1 is not None and a2 is not None and allies_on(a1.name, a2.name, when):
            # two allies are one side ("مصادر في القوات الموالية للشرعية ان المقاومة ..."): the
            # state force leads it; the other side is whoever else the sentence names
            lead, ally = (a2, a1) if a2.is_state and not a1.is_state else (a1, a2)
            with1 = [ally, *with1]
            a1, a2 = lead, next((a for a in acts if a.name not in (lead.name, ally.name)
                                 and not allies_on(a.name, lead.name, when)
                                 and not allies_on(a.name, ally.name, when)), None)
        if a1 is not None and not a1.is_state and a1.kind != "aircraft":
            # a state force named beside its militia leads the side (codebook rule 5)
            state = next((a for a in acts if a.is_state and not a.counted and allies_on(a.name, a1.name, when)), None)
            if state is not None:
                with1 = [a1, *with1]
                a1 = state
        taken = {a.name for a in (a1, a2) if a is not None}
        assoc1 = [a for a in with1 if a.name not in taken] + [
            a for a in acts if a1 and a.name not in taken and allies_on(a.name, a1.name, when)
            and a not in with1 and a not in with2]
        if coalition is not None and coalition not in assoc1:
            assoc1.append(coalition)
        origin = self._fired_from(fr, ctx, when, country) if sub == SHELLING else None
        fired_from = origin is not None
        if origin is None and sub == SHELLING:
            launched = self._launched_from(fr, ctx)
            if launched is not None and (a1 is None or _foreign_to(a1, launched)):
                # (not the army of the land the shells fell on, named as who told of them: "قال
                # الجيش الإسرائيلي إن صاروخا أطلق من قطاع غزة")
                origin = launched
        if origin is not None:
            if a2 is not None and a2.name == origin.name:
                # "مقتل 5 أشخاص جراء سقوط القذائف التي أطلقت من مواقع فصائل المعارضة": the dead were struck
                a2 = next((a for a in acts if a.is_victim and a.counted), None)
            a1 = origin
        if a2 is None and fr.event_type == rules.REMOTE and (a1 is None or not a1.is_victim):
            a2 = self._struck_civilians(fr, ctx, when, country)
        if a1 is not None and sub == "Armed clash" and (a2 is None or a2.is_victim) and names_both_sides(a1, norm):
            a2 = a1  # "اشتباكات بين مجموعتين مسلحتين": one name for the two sides that fought
        if a2 is None and a1 is not None and sub == "Armed clash":
            a2 = self._struck_side(fr, ctx, when, country, a1)
        if a2 is None and a1 is not None and not a1.is_victim and sub == "Armed clash" \
                and fr.score < rules.SURE and self._struck_civilian_place(fr, ctx, a1):
            # "هاجم مسلحون مجهولون كنيسة في مدينة العريش": an attack on a place of civilians, no
            # armed side named against it, is violence against civilians (cue list civilian_places)
            sub = "Attack"
        flier = self._air_force_named(ctx, when, country) if sub == "Air/drone strike" else None
        a1, a2 = rules.default_actors(fr, a1, a2, country, when, sub, flier)
        counts = ctx.counts(own_seg)
        if counts.killed is None and counts.injured is None:
            counts = self._gapped_toll(fr, ctx) or counts
        of_sentence = False
        if fr.event_type in TOLL_FROM_SENTENCE and not fr.continued and (counts.killed is None or counts.injured is None):
            whole = ctx.counts(own_sentence)
            if counts.killed is None and counts.injured is None:
                counts, of_sentence = whole, True
            elif counts.killed is None:
                # "أكدت مصادر طبية مقتل عشرين شخصا، فيما جرح العشرات في تفجير سيارة مفخخة": the dead
                # told before the event's clause, in a clause with no event word, are its dead too
                first = fr.triggers[0].span.start if fr.triggers else -1
                if whole.killed is not None and all(sp.start < first for sp in whole.killed_spans) \
                        and not within(ctx.mentions.triggers, Segment(fr.sentence.start, fr.start, 0)):
                    counts = replace(counts, killed=whole.killed, killed_spans=list(whole.killed_spans))
                    of_sentence = True
            else:
                # "مقتل 15 شخصا في الهجوم"، مضيفا أن 38 شخصا آخرين أصيبوا بجروح": the wounded told after the
                # event's clause, in clauses with no event word, are its wounded too
                last = ctx.nt.to_orig[fr.end - 1] if fr.end > fr.start else -1
                if whole.injured is not None and all(sp.start > last for sp in whole.injured_spans) \
                        and not within(ctx.mentions.triggers, Segment(fr.end, fr.sentence.end, 0)):
                    counts = replace(counts, injured=whole.injured, injured_spans=list(whole.injured_spans))
        if counts.killed and _toll_of_other_events(fr, counts, ctx):
            counts = replace(counts, killed=None, killed_spans=[], vague=False)
        if of_sentence and counts.killed and a2 is None and a1 is not None and sub in rules.STRIKES:
            # "أعلن الجيش المصري عن مقتل ثمانية عناصر تكفيرية، إثر قصف جوي لمروحيات الأباتشي": the
            # armed side counted among the dead the strike's toll tells is the side it struck
            a2 = self._counted_before(fr, ctx, when, country, a1)
        if fr.sub_event_type == "Peaceful protest":
            counts = Counts()  # a protest where people died is not peaceful: no toll of its own
        if sub == "Abduction/forced disappearance" and counts.killed and (a1 is None or not a1.is_state) \
                and any(is_cue_word(w, "hostages", "وبل") for t in fr.triggers for w in norm[t.norm_start:t.norm_end].split()):
            # "قتل 12 شخصاً، بينهم خمسة عسكريين، في عملية احتجاز الرهائن في فندق": men who took hostages
            # and killed soldiers on duty fought them (codebook rule 5: an Armed clash)
            force = next((a for a in self._actors(within(ctx.mentions.actors, fr.sentence), ctx, when, country)
                          if a.is_state and a.counted and (a1 is None or a.name != a1.name)), None)
            if force is not None:
                sub, a2, with2 = "Armed clash", force, []
        source = self._source(fr, ctx)
        assoc2 = [a for a in with2 if a2 is not None and a.name not in taken]
        # "شن طيران التحالف غارات امس والخميس": an event on each day named (rules split it)
        days = date_rules.listed_days(own_dates, art.published, norm) if day is not None else []
        return Draft(fr, sub, day, a1, a2, assoc1, assoc2, loc, key, counts, source, fr.sentence.index,
                     ctx.in_headline(fr.sentence),
                     [t.span for t in fr.triggers], place_own=own, also_at=listed, toll_of_sentence=of_sentence,
                     also_on=days if day is not None and any(x.day == day.day for x in days) else [],
                     fired_from=fired_from, more_dead=_others_dead(counts, ctx),
                     toll_at=fr.sentence.index if counts.killed else -1, another=_another(fr, ctx),
                     dead_of=self._dead_of(fr, counts, ctx, when, country), order_said=acting is not None and acting is a1)

    def _dead_of(self, fr: Frame, counts: Counts, ctx: ArticleContext, when: date | None, country: str
                 ) -> frozenset[str]:
        """The sides whose dead the toll counts: those named right after a number of it ("مقتل 11
        متمردا حوثيا"، "اثنين من مقاتلي المقاومة استشهدا"), in the sentence the toll was told in."""
        if not counts.killed or counts.vague:
            return frozenset()
        spans = counts.killed_spans
        norm = ctx.nt.norm
        first = min(sp.start for sp in spans)
        if any(c.span.start <= first for c in within(ctx.mentions.cue("among_the_dead"), fr.sentence)):
            return frozenset()  # "من بين قتلى المعارضة ثلاثة من القادة": some of the dead told before
        out = []
        for m in within(ctx.mentions.actors, fr.sentence):
            gap = min((m.span.start - sp.end for sp in spans if m.span.start >= sp.end), default=-1)
            if 0 <= gap <= DEAD_OF_CHARS:
                out += [a for a in self._actors([m], ctx, when, country) if a.counted]
            elif 0 <= gap <= DEAD_IN_RANKS_CHARS and is_cue_word(
                    (norm[max(0, m.norm_start - RANK_WORD_CHARS):m.norm_start].split() or [""])[-1], "ranks_of", "وب"):
                out += self._actors([m], ctx, when, country)  # "أربعة قتلى سقطوا في صفوف المقاومة"
        return frozenset(a.name for a in out)

    def _announced_kills(self, s: Segment, cls: list[Segment], frames: list[Frame], ctx: ArticleContext
                         ) -> list[Frame]:
        """"أعلنت قيادة عمليات بغداد مقتل 17 داعشيا شرقي الفلوجة": the dead of an armed group that a
        state's force announces (its name right after a verb of announcing, cue list announcers), in
        a sentence that tells no fight, strike or bombing of its own, fell fighting it: an Armed
        clash, the announcer actor1 (codebook rule 5)."""
        norm = ctx.nt.norm
        speakers = [a for a in within(ctx.mentions.actors, s) if a.data["entries"]
                    and all(e.inter == 1 for e in a.data["entries"]) and said_by(a, norm, s.start, "announcers")]
        if not speakers or any(f.event_type != "Strategic developments" for f in frames):
            return []  # (the dead of a strike or a fight the sentence tells are its toll)
        used = {(c.start, c.end) for f in frames for c in f.clauses}
        out: list[Frame] = []
        for cl in cls:
            if (cl.start, cl.end) in used or within(ctx.mentions.cue("scattered_incidents"), cl):
                continue  # ("مقتل 13 من عناصر داعش و13 عراقيا في حوادث متفرقة": a summary of several)
            for c in within(ctx.mentions.cue("death"), cl):
                if c.norm_start < speakers[0].norm_end:
                    continue
                after = [a for a in within(ctx.mentions.actors, Segment(c.norm_end, c.norm_end + ANNOUNCED_DEAD_CHARS, 0))
                         if a.data["entries"] and all(e.inter in NON_STATE_ARMED for e in a.data["entries"])]
                counted = after and any(c.norm_end <= n.norm_start < after[0].norm_start
                                        for n in within(ctx.mentions.numbers, cl))
                if counted and ctx.counts(cl).killed:
                    out.append(Frame("Armed clash", MIN_SCORE, s, [cl], [c]))
                    break
        return out

    def _continued(self, frames: list[Frame], cls: list[Segment], ctx: ArticleContext) -> list[Frame]:
        """Clauses with no trigger of their own that go on with the frame before them at another
        place: "قصف الطيران مناطق في بلدة X, ومناطق أخرى في بلدة Y" is an event at Y too."""
        out: list[Frame] = []
        used = {(c.start, c.end) for f in frames for c in f.clauses}
        norm = ctx.nt.norm
        for cl in cls:
            if (cl.start, cl.end) in used:
                continue
            before = [f for f in frames if f.end <= cl.start]
            if not before or not norm[cl.start:cl.end].lstrip(" ,،").startswith(CONTINUATION_STARTS):
                continue
            prev = before[-1]
            if within(ctx.mentions.cue("speaker_before"), cl) or within(ctx.mentions.cue("negation"), cl) \
                    or within(ctx.mentions.cue("irrealis"), cl):
                continue
            named = [p for p in ctx.places_in(cl.start, cl.end) if p.context_kind in CONTINUED_PLACE_KINDS]
            if named:
                out.append(Frame(prev.sub_event_type, prev.score, prev.sentence, [cl], list(prev.triggers),
                                 continued=True))
        return out

    @staticmethod
    def _gapped_toll(fr: Frame, ctx: ArticleContext) -> Counts | None:
        """The toll of a frame whose first clause counts the dead with the word of death left out,
        said in the clause right before it ("قتل ثلاثة مدنيين في غارة على سراقب، وخمسة في غارة على
        أريحا": five dead at Ariha), or None."""
        first = fr.clauses[0]
        norm = ctx.nt.norm
        if not norm[first.start:first.start + 3].lstrip(" ,،").startswith("و") or first.start <= fr.sentence.start:
            return None
        before = next((c for c in reversed(ctx.clauses_of(fr.sentence)) if c.end <= first.start), None)
        if before is None or norm[before.end:first.start].strip():
            return None
        return gapped_counts(first, norm, ctx.mentions, ctx.counts(before))

    def _members_after(self, acts: list[Actor], fr: Frame, ctx: ArticleContext, when: date | None,
                       country: str) -> list[Actor]:
        """The frame's sides, its last one (unnamed men or persons) replaced by the group named
        just after the frame's clauses that they belong to ("اعتقلت الشرطة 17 شخصا، يشتبه في
        انتمائهم لتنظيم «داعش»")."""
        k = bisect_left(ctx.mentions.actors, fr.end, key=_START_OF)
        if k >= len(ctx.mentions.actors) or ctx.mentions.actors[k].norm_start >= fr.sentence.end:
            return acts
        nxt = self._actors([ctx.mentions.actors[k]], ctx, when, country)
        joined = members_named(acts + nxt, ctx.nt.norm) if nxt else acts
        return joined if len(joined) == len(acts) else acts

    def _struck_after(self, fr: Frame, ctx: ArticleContext, when: date | None, country: str) -> list[Actor]:
        """The side named as struck in the clause right after the frame's, when that clause opens
        with a word of a target ("أصيب 10 أشخاص في هجوم انتحاري بسيارة مفخخة، على مركز للشرطة":
        the police were struck; cue list struck_after_clause)."""
        nxt = next((c for c in ctx.clauses_of(fr.sentence) if c.start >= fr.end), None)
        if nxt is None or not is_cue_word((ctx.nt.norm[nxt.start:nxt.end].split() or [""])[0],
                                          "struck_after_clause", "و"):
            return []
        return [a for a in self._actors(within(ctx.mentions.actors, nxt), ctx, when, country) if not a.is_victim][:1]

    def _struck_civilians(self, fr: Frame, ctx: ArticleContext, when: date | None, country: str
                          ) -> Actor | None:
        """Civilians the sentence counts among the dead or wounded after a strike's clause: "جددت
        قوات الأسد قصفها ..., ما أسفر عن إصابة العديد من المدنيين بجروح" struck civilians
        (codebook rule 5), though the clause of the strike names only who shelled."""
        after = Segment(fr.end, fr.sentence.end, 0)
        for a in self._actors(within(ctx.mentions.actors, after), ctx, when, country):
            if a.kind == "civilian" and (a.counted or ctx.ends_before(ctx.toll_ends, a.norm_start, TOLL_WORD_CHARS)):
                return a
        # "شن الطيران غارات على قرى جبل الزاوية، مخلفا ثلاثة شهداء": the martyrs of a strike are civilians
        martyrs = within(ctx.mentions.cue("martyrs"), Segment(fr.start, fr.sentence.end, 0))
        if martyrs:
            return rules.civilians(country, martyrs[0].span, martyrs[0].norm_start)
        return None

    def _agent_after(self, fr: Frame, ctx: ArticleContext, when: date | None, country: str, a2: Actor | None
                     ) -> Actor | None:
        """The side named right after a word of agency ("على يد"، "من قبل"، "برصاص"; cue list
        agency_after) in the frame's sentence after its clauses, before any other event word."""
        after = Segment(fr.end, fr.sentence.end, 0)
        cues = within(ctx.mentions.cue("agency_after"), after)
        if not cues:
            return None
        c = cues[0]
        if within(ctx.mentions.triggers, Segment(fr.end, c.norm_start, 0)):
            return None  # another event told between
        near = [m for m in within(ctx.mentions.actors, after) if 0 <= m.norm_start - c.norm_end <= AGENT_GAP_CHARS]
        return next((a for a in self._actors(near, ctx, when, country)
                     if _acts_beside(a, a2)), None)

    def _launched_from(self, fr: Frame, ctx: ArticleContext) -> Actor | None:
        """Unnamed gunmen of the land the text says shells were fired from when it names no side
        ("سقط صاروخ أطلق من قطاع غزة على جنوب إسرائيل"): the place's words name them."""
        for p in _launch_places(ctx.places_in(fr.sentence.start, fr.sentence.end), fr.sentence, ctx):
            loc = self._resolved(p, ctx)
            if loc is not None and loc.country:
                return replace(rules.unidentified(loc.country, p.span, p.norm_start), text=p.text, norm_end=p.norm_end)
        return None

    def _fired_from(self, fr: Frame, ctx: ArticleContext, when: date | None, country: str) -> Actor | None:
        """The side named right after a word of where the shells were fired from (cue list fired_from:
        "مصدرها مواقع الفصائل المقاتلة") in the frame's sentence: it fired them."""
        for c in within(ctx.mentions.cue("fired_from"), fr.sentence):
            near = [m for m in within(ctx.mentions.actors, fr.sentence) if 0 <= m.norm_start - c.norm_end <= AGENT_GAP_CHARS]
            got = next((a for a in self._actors(near, ctx, when, country) if not a.is_victim), None)
            if got is not None:
                return got
        return None

    def _struck_side(self, fr: Frame, ctx: ArticleContext, when: date | None, country: str, a1: Actor
                     ) -> Actor | None:
        """The armed side the sentence counts among the dead or wounded after a fight's clause names
        only who fought: "نفذت القوات الأمريكية عملية إنزال جوي ... أسفرت عن مقتل قيادي في تنظيم
        داعش" was a fight with the Islamic State."""
        after = Segment(fr.end, fr.sentence.end, 0)
        for a in self._actors(within(ctx.mentions.actors, after), ctx, when, country):
            if a.is_victim or a.kind != "named" or one_side(a.name, a1.name, when):
                continue
            if a.counted or ctx.ends_before(ctx.toll_ends, a.norm_start, TOLL_WORD_CHARS):
                return a
        return None

    @staticmethod
    def _struck_civilian_place(fr: Frame, ctx: ArticleContext, a1: Actor) -> bool:
        """The first word after the frame's first trigger (and the side that acted, if named right
        after it, and a word of time) is a place of civilians: a house, a market, a mosque, a school."""
        if not fr.triggers:
            return False
        norm = ctx.nt.norm
        at = fr.triggers[0].norm_end
        end = min(fr.sentence.end, at + CIVILIAN_PLACE_CHARS)
        skip = within(ctx.mentions.actors, Segment(at, end, 0)) + within(ctx.mentions.dates, Segment(at, end, 0))
        while True:  # past the side named after the verb and a word of time ("هاجم مسلحون مجهولون أمس ...")
            nxt = next((m for m in skip if 0 <= m.norm_start - at <= 2), None)
            if nxt is None:
                break
            at = nxt.norm_end
        words = [w.removeprefix("ال") for w in norm[at:end].split()[:2]]  # ("الكنيسة"، "مخيم للنازحين")
        return bool(words) and (is_cue_word(words[0], "civilian_places", "")
                                or is_cue_word(" ".join(words), "civilian_places", ""))

    def _counted_before(self, fr: Frame, ctx: ArticleContext, when: date | None, country: str, a1: Actor
                        ) -> Actor | None:
        """An armed side counted among the dead in the frame's sentence before its clauses."""
        before = Segment(fr.sentence.start, fr.start, 0)
        return next((a for a in self._actors(within(ctx.mentions.actors, before), ctx, when, country)
                     if a.counted and not a.is_victim and a.kind != "aircraft"
                     and not one_side(a.name, a1.name, when)), None)

    def _actors(self, ms: list[Mention], ctx: ArticleContext, when: date | None, country: str,
                speakers: bool = False) -> list[Actor]:
        """The actors ``ms`` name, resolved for the event's country and day; ``speakers``: keep
        those named as who told the news (a group's spokesman claiming an attack speaks for it)."""
        out = []
        told_by = ctx.told_by
        if told_by and not speakers:
            # "وأفاد مصدر في قوات البيشمركة": who told the news is no side of the event
            ms = [m for m in ms if not any(m.norm_start - k in told_by for k in (0, 1, 2))]
        ms = [m for m in ms if not _adjective_of_thing(m, ctx) and m.norm_start not in ctx.served]
        known = ctx.actors_of
        for m in ms:
            counted = ctx.ends_before(ctx.counter_ends, m.norm_start, COUNTED_CHARS)
            key = (m.norm_start, m.norm_end, country, when, counted)
            if key in known:
                a = known[key]
            else:
                a = known[key] = resolve_actor(m, country, when, ctx.text, counted)
                if any(e.kind == "own" for e in m.data["entries"]):
                    a = known[key] = self._owner_meant(a, m, ctx, when, country)
            if a is not None and a.kind == "hostile":
                a = self._enemy_meant(a, ctx, when, country)
            elif a is not None and a.kind == "anaphor":
                a = self._group_meant(a, m, ctx, when, country)
            if a is not None:
                out.append(a)
        return members_named(out, ctx.nt.norm) if len(out) > 1 else out

    @staticmethod
    def _owner_meant(word: Actor | None, m: Mention, ctx: ArticleContext, when: date | None, country: str
                     ) -> Actor | None:
        """The side whose forces a possessive names ("أعلن الجيش الوطني الليبي أن قواته"، "أفادت مصادر
        في المقاومة الشعبية بأن 30 من عناصرها"): the one named last before it in its sentence, the
        one who told the news included ("مصادر في المقاومة"), but no other one a preposition governs
        ("خطف تنظيم داعش ... بتهمة التخابر مع النظام خلال عملية نفذها عناصره": the group's men; cue
        list owner_not_after); else the word's other reading (None for "قواته")."""
        if word is None:
            return None
        sent = ctx.sentence_at(m.norm_start)
        norm = ctx.nt.norm
        owner = next((a for n, a in reversed(ctx.actors_on(country, when))
                      if sent.start <= n.norm_start and n.norm_end <= m.norm_start and a.kind == "named"
                      and (any(n.norm_start - k in ctx.told_by for k in (0, 1, 2)) or not is_cue_word(
                          (norm[sent.start:n.norm_start].split() or [""])[-1], "owner_not_after", "و"))),
                     None)
        if owner is not None:
            return replace(word, name=owner.name, inter=owner.inter, kind="named")
        return None if word.kind == "own" else word

    @staticmethod
    def _group_meant(word: Actor, m: Mention, ctx: ArticleContext, when: date | None, country: str) -> Actor | None:
        """The armed group a group noun with the article ("التنظيم"، "عناصر التنظيم") stands for: the
        one named last before it of those the press calls by that noun (``lexicon.called``:
        "تنظيم داعش"، "تنظيم القاعدة"); None when the article names none before it."""
        noun = ctx.nt.norm[m.norm_start:m.norm_end].split()[-1].removeprefix("ال")
        group = next((a for n, a in reversed(ctx.actors_on(country, when))
                      if n.norm_end <= m.norm_start and a.kind == "named" and called(a.name, noun)), None)
        return None if group is None else replace(word, name=group.name, inter=group.inter, kind="named")

    def _enemy_meant(self, word: Actor, ctx: ArticleContext, when: date | None, country: str) -> Actor:
        """The group a word for the enemy ("الإرهابيين") stands for: the armed group the article
        names most often that is no ally of a state force it names (the Houthis in a report of
        the Yemeni army); an unidentified armed group when there is none, or two named as often."""
        key = (country, when)
        if key not in ctx.enemies:
            named = [a for _, a in ctx.actors_on(country, when) if a.kind == "named"]
            states = {a.name for a in named if a.is_state}
            counts = Counter(a.name for a in named if a.inter in NON_STATE_ARMED
                             and not any(allies_on(a.name, s, when) for s in states))
            top = counts.most_common(2)
            enemy = next(a for a in named if a.name == top[0][0]) if top and (
                len(top) == 1 or top[0][1] > top[1][1]) else None
            ctx.enemies[key] = enemy
        enemy = ctx.enemies[key]
        if enemy is None:
            return replace(word, kind="generic")
        return replace(word, name=enemy.name, inter=enemy.inter, kind="named")

    @staticmethod
    def _air_force_named(ctx: ArticleContext, when: date | None, country: str) -> Actor | None:
        """The air force the article names by its nation ("الطائرات التركية"، "المقاتلات الروسية"),
        when it names one only: the aircraft its strikes leave unnamed ("قبل غارات أمس") are that
        one's, not those that usually fly there."""
        key = (country, when)
        if key not in ctx.air_forces:
            named = {a.name: a for m, a in ctx.actors_on(country, when) if a.kind == "aircraft"
                     and any(e.kind == "aircraft" and "{country}" not in e.canonical for e in m.data["entries"])}
            ctx.air_forces[key] = next(iter(named.values())) if len(named) == 1 else None
        return ctx.air_forces[key]

    def _location(self, fr: Frame, ctx: ArticleContext
                  ) -> tuple[Location | None, str, bool, list[tuple[Location, str]]]:
        """The event's place, its key, whether it is named in the frame's own clauses, and the
        other places listed with it ("في قرى الحواش والعنكاوي وقسطون": one event each)."""
        own_places = ctx.places_in(fr.start, fr.end)
        got = self._best_place(own_places, fr, ctx, own=True) if own_places else None
        if got is not None:
            return got
        # "شن هجوما مباغتا على البلدة"، "على البلدة الواقعة على أطراف حمص": the town named last before it
        got = self._antecedent_town(fr, ctx) or self._antecedent_named(fr, ctx)
        if got is not None:
            return got
        if within(ctx.mentions.cue("place_anaphora"), Segment(fr.start, fr.end, 0)):
            # "كما دمرت غارة أخرى في الجبهة ذاتها ...، وفي منطقة صرواح دمرت غارة": the place of the
            # event told before (``drafts`` takes it), not one the sentence names for another event
            return None, "", False, []
        # none named in the frame's clauses (or only a country: "في المناطق الحدودية مع باكستان"):
        # the sentence's, those after the trigger first (the event's place follows its verb in Arabic)
        places = [p for p in ctx.places_in(fr.sentence.start, fr.sentence.end)
                  if not fr.start <= p.norm_start < fr.end]
        after = [p for p in places if p.norm_start >= fr.trigger_start]
        return self._best_place(after or places, fr, ctx, own=False) or (None, "", False, [])

    def _antecedent_town(self, fr: Frame, ctx: ArticleContext
                         ) -> tuple[Location | None, str, bool, list[tuple[Location, str]]] | None:
        """The town a bare "البلدة"/"المدينة" of the frame's clauses stands for: the last place named
        before it, if that is a town of the article's country (none when the noun begins a name of
        its own)."""
        nouns = [c for c in within(ctx.mentions.cue("town_anaphora"), Segment(fr.start, fr.end, 0))
                 if not ctx.places_in(c.norm_start, c.norm_end + 2)]
        if not nouns:
            return None
        lo = bisect_left(ctx.place_starts, nouns[0].norm_start)
        locating = {p.link for p in ctx.places[:lo]}
        for p in reversed(ctx.places[:lo]):
            if p.norm_start in locating:
                continue  # "مدينة القريتين في ريف حمص": the province says where the town lies
            loc = self._resolved(p, ctx)
            if loc is None or loc.location == loc.country:
                continue  # no place of the gazetteer, or a country: not what "البلدة" stands for
            if loc.geo_precision == 1 and loc.country == ctx.country:
                return loc, _place_key(loc), False, []
            return None  # the last place named is a province or a region: the noun's town is unknown
        return None

    def _antecedent_named(self, fr: Frame, ctx: ArticleContext
                          ) -> tuple[Location | None, str, bool, list[tuple[Location, str]]] | None:
        """The place a definite head noun of the frame's clauses stands for: "في المعمل" after
        "معمل الإسمنت", "المطار" after "مطار كويرس", "الحي" after "حي الراموسة" (the last place
        named before it with that head word, in the article's country)."""
        heads = ctx.place_heads()
        if not heads:
            return None
        norm = ctx.nt.norm
        for m in _DEFINITE_NOUN.finditer(norm, fr.start, fr.end):
            named = heads.get(m.group(1))
            if not named or _NUMBERED.match(norm, m.end()) or is_cue_word("ال" + m.group(1), "town_anaphora", ""):
                # no place of that head, one of its own number ("اللواء 115"), or a town's noun
                # (_antecedent_town reads "المدينة" by its own rule)
                continue
            k = bisect_left(named, m.start(), key=_START_OF) - 1
            if k < 0 or m.start() - named[k].norm_end > ANTECEDENT_CHARS:
                continue
            loc = self._resolved(named[k], ctx)
            if loc is not None and loc.geo_precision <= 2 and loc.country == ctx.country:
                return loc, _place_key(loc), False, []
        return None

    def _best_place(self, places: list[PlaceMention], fr: Frame, ctx: ArticleContext, own: bool
                    ) -> tuple[Location | None, str, bool, list[tuple[Location, str]]] | None:
        """The most precise of ``places`` in the article's country (or its conflict's neighbours), with
        its key, ``own``, and the places listed with it; None when none of them will do."""
        found: list[tuple[PlaceMention, Location]] = []
        places = _not_speakers(places, fr.sentence, ctx)
        never_here = {id(p) for p in _named_after(places, fr.sentence, ctx, "aim_place", ORIGIN_CHARS, max_words=1)
                      + _named_after(places, fr.sentence, ctx, "speech_place", ORIGIN_CHARS,
                                     max_words=SPEECH_PLACE_WORDS)}
        if never_here:
            # "بهدف التضامن مع مدينة كوباني": what a gathering stood with, never where it was; "وقال أمام
            # الصحافيين في أنقرة": where it was said
            places = [p for p in places if id(p) not in never_here]
            if not places:
                return None
        # where the sources are, or where the aircraft set off from: only if nothing else is named
        launched = _launch_places(places, fr.sentence, ctx)
        if own and launched and len(launched) == len(places):
            return None  # the clause names only where the aircraft came from: the sentence's places
        locating = _locating_places(places, fr.sentence, ctx)
        if own and locating and len(locating) == len(places) and within(ctx.mentions.cue("place_anaphora"), fr.sentence):
            return None  # "على البلدة الواقعة على أطراف حمص": the town told before, not Homs
        aside = {id(p) for p in _informant_places(places, fr.sentence, ctx) + launched + locating
                 + _named_after(places, fr.sentence, ctx, "origin_place", ORIGIN_CHARS, max_words=1)}
        for p in places:
            loc = self._resolved(p, ctx)
            # a country named alone says less than the article's own main place: leave it to the rules
            if loc is not None and (loc.location != loc.country or loc.unlisted):
                found.append((p, loc))
        if aside and any(id(p) not in aside for p, _ in found):
            found = [pl for pl in found if id(pl[0]) not in aside]
        # "بمنطقة باب المندب بمدينة تعز": the town named after a place to say where it lies is no
        # place of its own there (the area is the more precise, whatever its precision code)
        at = {p.norm_start: loc for p, loc in found}
        parents = {p.link for p, loc in found if p.link in at and not loc.unlisted and _inside(loc, at[p.link])}
        if parents:
            found = [pl for pl in found if pl[0].norm_start not in parents]
        # an event happens in the article's country (or its conflict's neighbours), not in the
        # capital whose government commented on it
        home = [pl for pl in found if pl[1].country == ctx.country]
        near = [pl for pl in found if pl[1].country in ctx.conflict_countries]
        for group in (home, near):
            if group:
                i = min(range(len(group)), key=lambda k: group[k][1].geo_precision)  # the most precise, the first of equals
                best = group[i][1]
                listed = self._listed(group, i, ctx.nt.norm) if own else []
                return best, _place_key(best), own, listed
        return None

    @staticmethod
    def _listed(group: list[tuple[PlaceMention, Location]], i: int, norm: str) -> list[tuple[Location, str]]:
        """The places of ``group`` joined to its ``i``-th by "و" or a comma alone ("X وY وقرية Z"),
        when all are towns or villages: the event's other places, in text order (empty if none)."""
        if group[i][1].geo_precision > 2:
            return []
        lo = hi = i
        while lo > 0 and _coordinated(group[lo - 1], group[lo], norm):
            lo -= 1
        while hi + 1 < len(group) and _coordinated(group[hi], group[hi + 1], norm):
            hi += 1
        before = norm[max(0, group[lo][0].norm_start - 20):group[lo][0].norm_start].split()
        opener = before[-1] if before else ""
        each_named = all(p.context_word or is_cue_word(normalize_key(p.text.split()[0]), "place_name_heads", "")
                         for p, _ in group[lo:hi + 1])
        one_word = bool(group[lo][0].context_word) and all(
            not p.context_word and not loc.unlisted for p, loc in group[lo + 1:hi + 1])
        if not is_cue_word(opener, "place_lists", "وبلف") and not each_named and not one_word:
            # "في صعدة وحجة ومأرب": provinces, or places with no list word before them; but each with
            # a word of its own ("في جبل صبر ومنطقة الضباب") are two places, and so are known places
            # after one word of them in the singular ("مديرية رازح وساقين")
            return []
        listed: list[tuple[Location, str]] = []
        for _, loc in group[lo:hi + 1]:
            key = _place_key(loc)
            if all(key != k for _, k in listed):
                listed.append((loc, key))
        return listed if len(listed) > 1 else []

    def _source(self, fr: Frame, ctx: ArticleContext) -> tuple[str, Span | None]:
        srcs = within(ctx.mentions.sources, fr.sentence)
        if not srcs:
            prev = [s for s in ctx.mentions.sources if s.norm_start < fr.sentence.start]
            srcs = prev[-1:] if prev else []
        if not srcs and ctx.mentions.sources:
            srcs = ctx.mentions.sources[:1]
        if srcs:
            return srcs[0].data["name"], srcs[0].span
        return ctx.article.outlet or "", None

    # -- drafts to events ------------------------------------------------------------------
    def to_event(self, d: Draft, ctx: ArticleContext) -> Event:
        text = ctx.text
        ev = Event(article_id=ctx.article.id, event_type=d.event_type, sub_event_type=d.sub_event_type)
        for sp in d.trigger_spans:
            ev.add_evidence("event_type", sp, text)
            ev.add_evidence("sub_event_type", sp, text)
        if d.day is not None:
            ev.event_date = d.day.day.isoformat()
            ev.time_precision = d.day.precision
            for sp in d.day.spans:
                ev.add_evidence("event_date", sp, text)
        country = d.location.country if d.location is not None and d.location.country else ctx.country
        sides = {a.name for a in (d.actor1, d.actor2) if a is not None}
        for side, actor, assoc in ((1, d.actor1, d.assoc1), (2, d.actor2, d.assoc2)):
            if actor is None:
                continue
            # (not a side whose words name its nation: "فصائل فلسطينية" that fired on Ashkelon)
            setattr(ev, f"actor{side}", actor.name if actor.kind == "named" else _of_country(actor.name, country))
            setattr(ev, f"actor{side}_ar", actor.text)
            setattr(ev, f"inter{side}", actor.inter)
            setattr(ev, f"assoc_actor_{side}", sorted({a.name for a in assoc if a.name not in sides}))
            if actor.span.end > actor.span.start:
                ev.add_evidence(f"actor{side}", actor.span, text)
        loc = d.location
        if loc is not None:
            ev.country, ev.admin1, ev.admin2 = loc.country, loc.admin1, loc.admin2
            ev.location, ev.location_ar = loc.location, loc.location_ar
            ev.latitude, ev.longitude, ev.geo_precision = loc.latitude, loc.longitude, loc.geo_precision
            if loc.span is not None and loc.span.end > loc.span.start:
                ev.add_evidence("location", loc.span, text)
        else:
            ev.country = ctx.country
        ev.fatalities = d.counts.killed or 0
        for sp in d.counts.killed_spans:
            ev.add_evidence("fatalities", sp, text)
        ev.injuries = d.counts.injured
        for sp in d.counts.injured_spans:
            ev.add_evidence("injuries", sp, text)
        ev.source = d.source[0]
        if d.source[1] is not None:
            ev.add_evidence("source", d.source[1], text)
        ev.notes = describe.notes(ev)
        ev.confidence = describe.confidence(d)
        return ev


_PEOPLE_OF = re.compile(r"^(Civilians|Protesters|Rioters|Unidentified Armed Group) \((.+)\)$")


def _of_country(name: str, country: str) -> str:
    """Civilians, crowds and unnamed gunmen are those of the event's country: a side read in a
    sentence with no place of its own ("وقال عدد من السكان") took the article's country, and the
    event it joined may lie across a border ("تعرضت قرية الخوجرة بجازان لمقذوفات حوثية")."""
    m = _PEOPLE_OF.match(name)
    if m is None or not country or m.group(2) == country:
        return name
    return f"{m.group(1)} ({country})"


# acts of one side on people it holds or harms: "داهمت قوات الاحتلال البلدة واعتقلت خمسة شبان" -
# the side that arrested was named in the clause before
ONE_SIDED = ("Arrests", "Abduction/forced disappearance", "Attack")


def _leave_continued_tolls(drafts: list[Draft]) -> None:
    """"شن الطيران غارات على قرى جبل الزاوية، مخلفا ثلاثة قتلى بقرية الموزرة، وخمسة بقرية أرنبة،
    وستة بقرية جوزف": the villages that go on with the frame took their own tolls, so the frame that
    read the whole sentence's toll (14) keeps what is left (3)."""
    own = sum(d.counts.killed or 0 for d in drafts if d.frame.continued)
    if not own:
        return
    theirs = {sp for d in drafts if d.frame.continued for sp in d.counts.killed_spans}
    for d in drafts:
        if not d.frame.continued and d.toll_of_sentence and d.counts.killed is not None and d.counts.killed > own:
            d.counts = replace(d.counts, killed=d.counts.killed - own,
                               killed_spans=[sp for sp in d.counts.killed_spans if sp not in theirs])


def _protest_topic(fr: Frame, seg: Segment, mentions: Mentions) -> int | None:
    """Where the words of what a crowd protested begin in its frame (cue list protest_about, after
    the trigger), or None: the people and the dead named after them are the cause, not the crowd's
    ("أحرق متظاهرون مقر الحزب احتجاجا على مقتل طالب": no second side, no toll)."""
    if fr.event_type not in ("Protests", "Riots"):
        return None
    about = next((c for c in within(mentions.cue("protest_about"), seg) if c.norm_start > fr.trigger_start), None)
    return None if about is None else about.norm_start


def _adjective_of_thing(m: Mention, ctx: ArticleContext) -> bool:
    """"طقما عسكريا"، "عربة عسكرية": a word for soldiers right after a noun of a thing is its adjective
    (a military vehicle), not a side (cue lists adjective_actors, thing_nouns)."""
    word = ctx.nt.norm[m.norm_start:m.norm_end]
    if word not in cue_words("adjective_actors"):
        return False
    before = ctx.nt.norm[max(0, m.norm_start - 16):m.norm_start].split()
    return bool(before) and is_cue_word(before[-1], "thing_nouns", "وبل")


SEVERAL_TOLL_WORDS = 4  # "بعد هجومين أوقعا 13 قتيلا"، "هجمات أسفرت عن مقتل 13": the words between


def _toll_of_other_events(fr: Frame, counts: Counts, ctx: ArticleContext) -> bool:
    """The dead are told a few words after a word of several events (cue list several_events), the
    last event word of a frame that tells one event by an earlier word ("والهجوم على سيفاري هو
    الثالث خلال أسبوع بعد هجومين أوقعا 13 قتيلا"): the toll of those events, not of this one."""
    norm = ctx.nt.norm
    last = fr.triggers[-1] if len(fr.triggers) > 1 else None
    if last is None or not counts.killed_spans \
            or not is_cue_word(norm[last.norm_start:last.norm_end], "several_events", "وبل"):
        return False
    told = _norm_at(ctx, counts.killed_spans[0].start)
    return last.norm_end <= told and len(norm[last.norm_end:told].split()) <= SEVERAL_TOLL_WORDS


def _others_dead(counts: Counts, ctx: ArticleContext) -> bool:
    """The dead are counted as others right after their count ("قتل جنديان آخران"، "ومقتل ثلاثة
    آخرين"): more dead of an event told before."""
    if not counts.killed or counts.vague or not counts.killed_spans:
        return False
    end = _norm_at(ctx, max(sp.end for sp in counts.killed_spans))
    return any(is_cue_word(w, "others", "و") for w in ctx.nt.norm[end:end + OTHERS_CHARS].split()[:2])


OTHERS_CHARS = 20  # how far after the count of the dead a word that counts them as others is read


def _another(fr: Frame, ctx: ArticleContext) -> bool:
    """A word of the frame is told as another event of its kind ("كما استهدفت غارة أخرى"، "غارة جوية ثانية";
    cue list another_event, a word of how it was made may stand between: strike_modifiers)."""
    norm = ctx.nt.norm
    for t in fr.triggers:
        words = norm[t.norm_end:t.norm_end + ANOTHER_CHARS].split()[:2]
        if words[:1] and words[0] in cue_words("strike_modifiers"):
            words = words[1:]  # "غارة جوية أخرى"
        if words[:1] and is_cue_word(words[0], "another_event", ""):
            return True
    return False


ANOTHER_CHARS = 16  # how far after an event word the word that makes it another is read


def _norm_at(ctx: ArticleContext, pos: int) -> int:
    """The normalised offset of original offset ``pos``."""
    return bisect_left(ctx.nt.to_orig, pos)


def _foreign_to(a: Actor, gunmen: Actor) -> bool:
    """``a`` is the state force of another country than the land ``gunmen`` fired from."""
    home = home_of(a.name)
    return home is not None and not gunmen.name.endswith(f"({home})")


def _acts_beside(a: Actor, other: Actor | None) -> bool:
    """``a`` may be the side that acted: not the victims, not the dead counted, not ``other``."""
    return not a.is_victim and not a.counted and (other is None or a.name != other.name)


def _served(m: Mention, norm: str) -> bool:
    """A side named right after a word of collaboration ("بتهمة العمالة للنظام"، "بتهمة التجسس لصالح
    القوات الأمنية"; cue list collaboration_with): whom the accused are said to have served, not a
    side of the event (a clitic "ل"/"لل" glued to the name may stand between)."""
    ws = word_start(norm, m.norm_start)
    before = _WORDS.findall(norm, max(0, ws - COLLABORATION_CHARS), ws)
    words = cue_words("collaboration_with")
    return bool(before) and (before[-1] in words or " ".join(before[-2:]) in words)


COLLABORATION_CHARS = 24  # how far before a side's name the word of collaboration is read
_WORDS = re.compile(r"\w+")


def _opens_with(norm: str, sentence: Segment, cue: str) -> bool:
    """The sentence opens with a phrase of cue list ``cue`` (of one to three words): "كما" adds to
    the report of the sentence before (continuation_openers); "في سياق متصل"، "على صعيد آخر" open
    another item of it (new_item)."""
    words = norm[sentence.start:sentence.end].split()[:3]
    return any(" ".join(words[:n]).rstrip(",") in cue_words(cue) for n in (1, 2, 3))


def _not_named_after(places: list[PlaceMention], mentions: Mentions) -> list[PlaceMention]:
    """Drop the names of channels, papers and canals named for a place ("قناة السويس"، "صحيفة
    الرياض"; cue list named_after_place)."""
    ends = {c.norm_end for c in mentions.cue("named_after_place")}
    return [p for p in places if not any(p.norm_start - k in ends for k in (1, 2))] if ends else places


def _not_other_words(places: list[PlaceMention], mentions: Mentions) -> list[PlaceMention]:
    """Drop place names inside an actor's or a date's words (أنصار بيت المقدس, يوم الجمعة), and those
    after a word of place that are a clitic and the start of one (حاجز لوحدات حماية الشعب)."""
    taken = sorted((m.norm_start, m.norm_end) for m in mentions.actors + mentions.dates)
    exact = set(taken)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # the furthest end among spans starting so far
    out = []
    for p in places:
        span = (p.norm_start, p.norm_end)
        if span in exact and p.context_word is None:
            continue  # the very words of an actor or a date
        k = bisect_right(starts, p.norm_start)
        if k and reach[k - 1] >= p.norm_end and (span not in exact or any(
                s <= p.norm_start and p.norm_end <= e and (s, e) != span for s, e in taken[:k])):
            continue  # inside a longer actor or date name
        k1 = bisect_right(starts, p.norm_start + 1)
        if p.context_word is not None and k1 > k and any(
                s == p.norm_start + 1 and p.norm_end <= e for s, e in taken[k:k1]):
            continue  # "حاجز لوحدات حماية الشعب": a clitic and the start of a side's name, no place
        out.append(p)
    return out


def _coordinated(a: tuple[PlaceMention, Location], b: tuple[PlaceMention, Location], norm: str) -> bool:
    """Place ``b`` follows place ``a`` in one list: only "و"/"أو", a comma and ``b``'s own context
    word ("قرية"، "بلدة") stand between them, and both are towns or villages."""
    (pa, la), (pb, lb) = a, b
    if la.geo_precision > 2 or lb.geo_precision > 2 or pb.norm_start < pa.norm_end:
        return False
    gap = norm[pa.norm_end:pb.norm_start]
    if pb.context_word and gap.rstrip().endswith(pb.context_word):
        gap = gap.rstrip()[:-len(pb.context_word)]
    return LIST_JOINER.fullmatch(gap) is not None


def _place_key(loc: Location) -> str:
    """Where an event is, for telling events apart: its point, and the own name of a place the
    gazetteer lacks (two unlisted villages coded at the town near both are two places)."""
    key = f"{round(loc.latitude, 2)},{round(loc.longitude, 2)}"
    return f"{key}:{normalize(loc.location_ar).norm}" if loc.unlisted else key


def _stopped_and_whose(a1: Actor | None, a2: Actor | None, acts: list[Actor], norm: str
                       ) -> tuple[Actor | None, Actor | None]:
    """The side that stopped a weapon and the side whose weapon it was: the one a verb of firing or
    planting with the weapon for its object names ("صاروخ باليستي أطلقته ميليشيات الحوثي"، "عبوة
    زرعها مسلحون"; cue list fired_by) is the other side (actor2)."""
    owner = next((a for a in acts if not a.is_victim and any(
        is_cue_word(w, "fired_by", "و") for w in norm[max(0, a.norm_start - 12):a.norm_start].split()[-1:])), None)
    if owner is None:
        return a1, a2
    stopper = next((a for a in (a1, a2, *acts) if a is not None and a.name != owner.name and not a.is_victim), None)
    return stopper, owner


def _article_country(by_places: str | None, actor_votes: dict[str, int],
                     place_weights: dict[str, float] | None = None, home_votes: dict[str, int] | None = None,
                     alike: frozenset[str] = frozenset()) -> str:
    """The places decide, unless the named sides clearly belong to a neighbour in the same war
    where the article also names places (East Jerusalem is in Israel for the gazetteer, the
    "occupation forces" and Hebron make it Palestine); sides of a neighbour's war whose land the
    article never names ("قوات حماية الشعب" in a report on Turkey and Iran) do not. Places that
    point at two countries as strongly ("القنيطرة": Quneitra in Syria, Kenitra in Morocco) are
    read in the country of the sides named ("الدفاعات الجوية السورية"), or of the sides at home
    there (``home_votes``: "هجوم للحوثيين في محافظة الجوف" is in Yemen, not Saudi Arabia); so are
    places every one of which may as well be in another country (``alike``: "قصفت قوات النظام بلدة
    القنيطرة", a town of Syria smaller than Morocco's Kenitra)."""
    if place_weights and by_places and home_votes:
        top = place_weights.get(by_places, 0.0)
        tied = [c for c, w in place_weights.items()
                if c != by_places and (w >= top or c in alike) and home_votes.get(c, 0)]
        if tied and not home_votes.get(by_places, 0):
            return max(tied, key=lambda c: home_votes[c])
    if not actor_votes:
        if not by_places and home_votes:
            # no place and no side of one country only: the country the sides named are at home in
            # ("قوات الدعم السريع" and "حركة تحرير السودان" in a report naming no known place)
            return max(home_votes, key=home_votes.__getitem__)
        return by_places or ""
    actor_country = max(actor_votes, key=actor_votes.__getitem__)
    votes = actor_votes[actor_country]
    if not by_places:
        return actor_country
    if actor_country != by_places and votes >= 2 and actor_country in conflict_countries_of(by_places) \
            and (place_weights is None or place_weights.get(actor_country, 0.0) > 0.0):
        return actor_country
    return by_places


def _country_from_actors(mentions: Mentions) -> tuple[dict[str, int], dict[str, int]]:
    """How many actor mentions name a side of one country only, per country; and how many name a
    side at home in one country, also listed under the same name for anywhere (the Houthis, who
    also strike abroad, are at home in Yemen), or a state's forces (at home in that state)."""
    only: dict[str, int] = {}
    homes: dict[str, int] = {}
    for m in mentions.actors:
        entries = [e for e in m.data["entries"] if e.kind != "own"]  # "قواته" says no country
        if not entries:
            continue
        countries = {e.country for e in entries}
        if len(countries) == 1 and "" not in countries:  # a name that belongs to one country only
            c = next(iter(countries))
            only[c] = only.get(c, 0) + 1
            homes[c] = homes.get(c, 0) + 1
        elif len(countries) == 2 and "" in countries and len({e.canonical for e in entries}) == 1:
            # (a state's forces listed for a war abroad, "القوات السودانية" in Yemen, are at home in it)
            c = home_of(entries[0].canonical) or next(x for x in countries if x)
            homes[c] = homes.get(c, 0) + 1
        elif len(countries - {""}) <= 1 and len(states := {home_of(e.canonical) for e in entries}) == 1 \
                and (c := next(iter(states))) and countries <= {"", c}:
            # "الجيش العراقي": a state's forces are at home in it, also under the names of its
            # governments over time ("جنود يمنيين")
            homes[c] = homes.get(c, 0) + 1
    return only, homes


__all__ = ["Draft", "EventExtractor", "TERRITORY"]
