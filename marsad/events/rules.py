"""The codebook's coding rules over draft events of one article.

- Rule 1: one event per date × location × actor pair: drafts of the same type, day and place
  merge; shelling, air strikes or bombs by the same sides at the same place and day as a battle
  are part of that battle; the headline repeats the main event, so it merges into the body.
- Rule 2: who took ground decides the Battles sub-type (state forces: Government regains
  territory; anyone else: Non-state actor overtakes territory); a territory word under
  negation ("لم تسفر عن أي تقدم") leaves an Armed clash.
- Rule 5: unnamed gunmen are an Unidentified Armed Group of the country, civilian victims are
  Civilians of the country, aircraft of an unnamed side are those of the side that flies there.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from marsad.events.actors import NON_STATE_ARMED, Actor, names_both_sides, one_family, one_side
from marsad.events.describe import confidence
from marsad.events.fatalities import Counts
from marsad.events.frames import DISRUPTED, Frame, is_cue_word
from marsad.geo.places import distance_km, lies_toward
from marsad.lexicon import TERRITORY, air_operator, allies_on, country_in_name
from marsad.mentions.finder import within
from marsad.model import SUB_TO_TYPE, Span

if TYPE_CHECKING:
    from marsad.events.assemble import ArticleContext, Draft

GOV_REGAINS = "Government regains territory"
NSA_OVERTAKES = "Non-state actor overtakes territory"
REMOTE = "Explosions/Remote violence"
ABDUCTION = "Abduction/forced disappearance"
MET_PROTESTS = ("Protest with intervention", "Excessive force against protesters")  # a crowd met by force
RIOT = "Violent demonstration"
MOB = "Mob violence"
BOMBS = {"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"}
# events that kill no one by their nature: they carry no toll (codebook: the toll is of violent events)
NO_TOLL_TYPES = frozenset({"Strategic developments"})
NO_TOLL_SUBS = frozenset({"Peaceful protest"})
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"


def type_of(sub: str) -> str:
    return "Battles" if sub == TERRITORY else SUB_TO_TYPE[sub]


def _inferred(name: str, inter: int, kind: str, at: Span, start: int) -> Actor:
    """An actor the text implies but does not name; its evidence is the trigger word."""
    return Actor(name, inter, kind, "", at, start, start)


def default_actors(fr: Frame, a1: Actor | None, a2: Actor | None, event_country: str,
                   when: date | None, sub: str, flier: Actor | None = None) -> tuple[Actor | None, Actor | None]:
    """Fill the sides the codebook implies when the text leaves them unnamed (rule 5); ``sub`` is
    the draft's sub-type (it may differ from its frame's: an arrest by an armed group); ``flier``
    the one air force the article names, whose aircraft strike where none are named."""
    country = event_country or "Unknown"
    at = fr.triggers[0].span if fr.triggers else Span(0, 0)
    pos = fr.trigger_start
    if a1 is not None and a1.is_victim:
        a1, a2 = a2, a1  # the victims are actor2; the other side named, if any, actor1
    if sub == "Air/drone strike" and (a1 is None or a1.is_victim or (a1.inter in (2, 3, 4) and a1.kind != "aircraft")):
        op = (flier.name, flier.inter) if flier is not None else (
            (o.canonical, o.inter) if (o := air_operator(event_country, when)) is not None else None)
        if op is not None and (a1 is None or a1.inter in (2, 3, 4)):
            if a1 is not None and a2 is None:
                a2 = a1
            a1 = _inferred(op[0], op[1], "aircraft", at, pos)
    if a1 is not None and a1.is_state and sub in BOMBS:
        # state forces are the target of bombs, not their authors
        author = a2 if a2 is not None and not a2.is_victim and a2.inter != 1 else None
        a1, a2 = author, a1
    if sub == DISRUPTED:
        if a2 is not None and a2.is_state and (a1 is None or not a1.is_state):
            a1, a2 = a2, a1  # the forces that defuse, seize or intercept act; the side that planted is the other
        if fr.score >= SURE:  # (a weak word, "اعتراضه", names no side and stays a weak draft)
            if a1 is not None and a1.inter in NON_STATE_ARMED and a2 is None:
                # "تدمير عجلة تحمل مسلحين": the armed side is the one whose weapons were taken
                a2 = a1
                a1 = None
            if a1 is None:
                # "تم تفكيك 21 عبوة ناسفة": bombs are defused and weapons seized by the state's forces
                a1 = _inferred(f"Military Forces of {country}", 1, "generic", at, pos)
    if a1 is None and fr.event_type == REMOTE and sub != "Air/drone strike":
        a1 = unidentified(country, at, pos)
    if sub in ("Attack", "Abduction/forced disappearance", "Sexual violence") and a2 is None:
        a2 = _inferred(f"Civilians ({country})", 7, "civilian", at, pos)
    if sub in ("Attack", "Abduction/forced disappearance") and a1 is None:
        a1 = unidentified(country, at, pos)
    if fr.event_type == "Protests" and (a1 is None or a1.inter not in (6,)):
        if a1 is not None and a1.inter == 1 and a2 is not None and a2.inter == 6:
            a1, a2 = a2, a1  # "فرقت الشرطة المتظاهرين": the protesters, met by the police
        elif a1 is None and a2 is not None and a2.inter == 6:
            a1 = a2  # "خرج آلاف المتظاهرين": the crowd counted is the one that protested
            a2 = None
        elif _crowd_after_trigger(fr, a1 if a1 is not None else a2):
            # "اعتصم عشرات العاطلين عن العمل"، "تظاهر الأهالي": the people named right after the
            # word of protest protested
            crowd = a1 if a1 is not None else a2
            assert crowd is not None  # (_crowd_after_trigger holds only of a side)
            a1 = _as_protesters(crowd, country)
            a2 = a2 if crowd is not a2 else None
        else:
            if a1 is not None and a1.inter == 1 and (a2 is None or a2.is_victim or (
                    sub in MET_PROTESTS and a2.inter != 1)):
                # "استشهد 60 فلسطينيا برصاص قوات الاحتلال خلال مسيرات العودة": the people who fell
                # were the crowd; "فرقت قوات الأمن مظاهرة لأنصار جماعة الإخوان": the group's
                # supporters were; the state's forces met it
                a2 = a1
            a1 = _inferred(f"Protesters ({country})", 6, "protester", at, pos)
    if fr.event_type == "Riots" and a1 is not None and a1.inter == 1 and a2 is not None and a2.inter in (5, 6):
        # "رشقوا مبنى المحافظة بالحجارة، فيما أطلقت قوات الأمن النار لتفريقهم": the crowd rioted, the
        # state's forces it faced are the other side
        a1, a2 = a2, a1
    if fr.event_type == "Riots" and a1 is not None and a1.inter == 6:
        a1 = _as_rioters(a1, country)
    if fr.event_type == "Riots" and a1 is None and a2 is not None and a2.inter in (5, 6):
        a1, a2 = _as_rioters(a2, country), None  # "أضرم مئات المحتجين النار": the crowd counted rioted
    if fr.event_type == "Riots" and (a1 is None or a1.inter != 5) and not _armed_killers(a1, a2):
        if a1 is not None and a2 is None and a1.inter == 1:
            a2 = a1
        a1 = _inferred(f"Rioters ({country})", 5, "rioter", at, pos)
    if sub == "Arrests" and (a1 is None or a1.inter != 1):
        if a1 is not None and a2 is None:
            a2 = a1
        a1 = _inferred(f"Police Forces of {country}", 1, "generic", at, pos)
    return a1, a2


def _armed_killers(a1: Actor | None, a2: Actor | None) -> bool:
    """An armed group named as who acted and civilians as its victims: no crowd that rioted."""
    return a1 is not None and a1.inter in NON_STATE_ARMED and a2 is not None and a2.is_victim


CROWD_AFTER_CHARS = 12  # how far after a word of protest the people who protested may be named


def _crowd_after_trigger(fr: Frame, a: Actor | None) -> bool:
    """Civilians named right after the frame's first word of protest (a count between at most)."""
    return a is not None and a.kind == "civilian" and bool(fr.triggers) \
        and 0 <= a.norm_start - fr.triggers[0].norm_end <= CROWD_AFTER_CHARS


def refine_sub_type(d: Draft, norm: str) -> str:
    """The sub-type once the sides are known."""
    sub = d.sub_event_type
    if sub == TERRITORY:
        return _territory(d)
    a1, a2 = d.actor1, d.actor2
    if sub == "Shelling/artillery/missile attack" and a1 is not None and a1.kind == "aircraft":
        return "Air/drone strike"  # "قصفت المروحيات": shelling from the air is an air strike
    if sub == DISRUPTED and a1 is not None and a1.kind == "aircraft" and _told_only_by(d.frame, "caches", norm):
        return "Air/drone strike"  # "دمرت مقاتلات التحالف مخازن أسلحة": planes seize no weapons
    if sub == "Attack" and d.frame.score < STRONG and a2 is not None and a2.inter in NON_STATE_ARMED \
            and not a2.is_victim and (a1 is None or not (a1.is_victim or a1.kind == "aircraft")):
        # "7 عناصر من تنظيم داعش قتلوا في مناطق البوشجل والملاحمة"، "ما أدى إلى سقوط خمسة قتلى وسط
        # ميليشيا التمرد": armed men of a group killed is fighting, not violence against civilians
        return "Armed clash"
    if SUB_TO_TYPE.get(sub) == "Riots" and d.counts.killed and _armed_killers(a1, a2):
        # "قتل مسلحون من بوكو حرام 30 قرويا وأحرقوا منازلهم": an armed group that kills and burns is
        # no crowd
        return "Attack"
    if sub == "Armed clash" and d.frame.score < 0.9:
        sides = [a for a in (a1, a2) if a is not None]
        if sides and all(a.is_victim for a in sides):
            return "Attack"  # an "attack" whose only named side is civilians is violence against them
        if a1 is not None and a2 is not None and a2.is_victim and not a1.is_victim:
            return "Attack"  # armed men "attacked" civilians: no clash, violence against civilians
    return sub


def civilians(country: str, at: Span, pos: int) -> Actor:
    """The civilians of a country, as a side the text implies (its evidence is the word at ``at``)."""
    return _inferred(f"Civilians ({country or 'Unknown'})", 7, "civilian", at, pos)


def unidentified(country: str, at: Span, pos: int) -> Actor:
    """Unnamed gunmen of a country (codebook rule 5), as a side the text implies."""
    return _inferred(f"Unidentified Armed Group ({country or 'Unknown'})", 3, "generic", at, pos)


def _as_rioters(a: Actor, country: str) -> Actor:
    """Demonstrators who riot are rioters (inter 5), named by the same words."""
    return replace(a, name=f"Rioters ({country or 'Unknown'})", inter=5, kind="rioter")


def _as_protesters(a: Actor, country: str) -> Actor:
    """People named beside a word of protest are its protesters (inter 6), named by the same words."""
    return replace(a, name=f"Protesters ({country or 'Unknown'})", inter=6, kind="protester")


def _as_civilians(a: Actor, country: str) -> Actor:
    """Youths held or struck where no riot is told are civilians (inter 7), named by the same words
    ("اعتقلت قوات الاحتلال خمسة شبان": the word is a rioter's only in a riot)."""
    return replace(a, name=f"Civilians ({country or 'Unknown'})", inter=7, kind="civilian")


def _trigger_at(d: Draft) -> Span:
    """The span of the draft's first trigger word: the evidence of a side it implies."""
    return d.trigger_spans[0] if d.trigger_spans else Span(0, 0)


def default_actors_victim(d: Draft, ctx: ArticleContext) -> Actor:
    return civilians(_country_of(d, ctx), _trigger_at(d), d.frame.trigger_start)


def _crowd_fight(d: Draft, ctx: ArticleContext) -> None:
    """A "clash" of the state's forces with protesters or rioters ("المواجهات بين قوات الأمن ومحتجين
    غاضبين") is no battle of two armed sides: a crowd that fought, a riot (rioters first); protesters
    counted among the dead with no fight told were shot at, Excessive force (protesters first)."""
    sides = [a for a in (d.actor1, d.actor2) if a is not None]
    crowd = next((a for a in sides if a.inter in (5, 6)), None)
    other = next((a for a in sides if a is not crowd), None)
    if crowd is None or (other is not None and other.inter in (5, 6, 7)):
        return
    confronted = any(is_cue_word(ctx.nt.norm[t.norm_start:t.norm_end], "confrontations", "وبل") for t in d.frame.triggers)
    if crowd.inter == 6 and crowd.counted and d.counts.killed and other is not None and other.is_state and not confronted:
        # "قتل متظاهران برصاص قوات الأمن": protesters shot dead, no fight told, met lethal force
        d.sub_event_type, d.actor1, d.actor2 = EXCESSIVE, crowd, other
        return
    if crowd.inter == 6 and crowd is d.actor2 and other is d.actor1 and other is not None and other.is_state \
            and not confronted and d.frame.start <= crowd.norm_start < d.frame.end:
        # "هاجمت قوات الأمن المعتصمين ... ما أدى إلى مقتل ثلاثة": the state's forces fell on a
        # protest: lethal force when it killed, else a protest met with force
        d.sub_event_type, d.actor1, d.actor2 = (EXCESSIVE if d.counts.killed else INTERVENTION), crowd, other
        return
    d.sub_event_type = RIOT
    d.actor1 = _as_rioters(crowd, _country_of(d, ctx))
    d.actor2 = other


def _crowd_of_sentence(d: Draft, drafts: list[Draft]) -> None:
    """A clash that names one side only, told after a crowd's protest in the same sentence ("خرج
    آلاف المحتجين ...، واشتبكوا مع قوات الأمن"): the crowd is its other side."""
    if (d.actor1 is None) == (d.actor2 is None):
        return
    crowd = next((p.actor1 for p in drafts if p.event_type in _CROWDS and p.sentence_index == d.sentence_index
                  and p.frame.start < d.frame.start and p.actor1 is not None and p.actor1.inter in (5, 6)), None)
    if crowd is None:
        return
    if d.actor1 is None:
        d.actor1 = crowd
    else:
        d.actor2 = crowd


def _people_confronted(d: Draft, norm: str) -> bool:
    """State forces and civilians named in its clauses on the two sides of a clash told only by
    words of confrontation (cue list confrontations): the civilians rioted."""
    fr = d.frame
    return d.actor1 is not None and d.actor1.is_state and d.actor2 is not None and d.actor2.kind == "civilian" \
        and all(fr.start <= a.norm_start < fr.end for a in (d.actor1, d.actor2)) \
        and _told_only_by(fr, "confrontations", norm, besides="gunfire_of")


def _country_of(d: Draft, ctx: ArticleContext) -> str:
    """The country of the draft's place, else the article's."""
    return d.location.country if d.location is not None and d.location.country else ctx.country


def _territory(d: Draft) -> str:
    if d.frame.negated_territory and d.sub_event_type == TERRITORY:
        return "Armed clash"
    if d.actor1 is None or d.actor1.kind == "aircraft":
        return "Armed clash"
    return GOV_REGAINS if d.actor1.inter == 1 else NSA_OVERTAKES


def _sides_home(d: Draft, ctx: ArticleContext) -> str | None:
    """The one country both sides of a draft are named as sides of ("المعارك بين جيش النظام السوري
    ومقاتلي المعارضة": Syria), or None."""
    if d.actor1 is None or d.actor2 is None:
        return None
    homes = {_named_country(d.actor1, ctx), _named_country(d.actor2, ctx)}
    return homes.pop() if len(homes) == 1 else None


def _elsewhere_than(home: str | None, placed: Draft) -> bool:
    """A draft whose sides are at ``home`` is not at ``placed``'s place in another country (a Syrian
    fight told in a review of the press whose first place is Jerusalem)."""
    return home is not None and placed.location is not None and placed.location.country != home


def _named_country(a: Actor, ctx: ArticleContext) -> str | None:
    """The one country every lexicon row of the side's words is of ("جيش النظام السوري": Syria); None
    for words of any country ("الجيش"، "مسلحون": the country comes from the place)."""
    m = next((m for m in ctx.mentions.actors if m.norm_start <= a.norm_start < m.norm_end), None)
    if m is None:
        return None
    countries = {None if "{country}" in e.canonical else country_in_name(e.canonical) for e in m.data["entries"]}
    return countries.pop() if len(countries) == 1 else None


def _actors_compatible(a: Draft, b: Draft) -> bool:
    """Two drafts may tell one event: a side in common, a draft with no side named, or, for a
    battle, each naming one side only (told once from each side: "حررت المقاومة" / "فر الحوثيون")
    or allies in the same role."""
    names_a = {x.name for x in (a.actor1, a.actor2) if x is not None}
    names_b = {x.name for x in (b.actor1, b.actor2) if x is not None}
    if not names_a or not names_b or names_a & names_b:
        return True
    if a.event_type != "Battles":
        return False  # a strike or a bomb is the act of one side: a different author, another event
    if len(names_a) == 1 and len(names_b) == 1:
        return True
    # allies in the same role, nothing against it in the other ("قوات الشرعية" / "المقاومة")
    when = a.when

    def side(x: Actor | None, y: Actor | None) -> bool:
        return x is None or y is None or x.name == y.name or allies_on(x.name, y.name, when)

    return side(a.actor1, b.actor1) and side(a.actor2, b.actor2)


def _merge_into(keep: Draft, other: Draft) -> None:
    if keep.actor1 is None:
        keep.actor1 = other.actor1
    elif other.fired_from and not keep.actor1.text:
        # "سقوط قذائف على حي باب توما" then "القذائف التي أطلقت من مواقع فصائل المعارضة": the side
        # the shells came from fired them, where the first telling implied unnamed gunmen
        keep.actor1 = other.actor1
        if keep.actor2 is not None and other.actor1 is not None and keep.actor2.name == other.actor1.name:
            keep.actor2 = None
    if keep.actor2 is None and other.actor2 is not None and (
            keep.actor1 is None or other.actor2.name != keep.actor1.name):
        keep.actor2 = other.actor2
    elif keep.actor2 is None and other.actor2 is None and keep.event_type == "Battles" \
            and keep.actor1 is not None and other.actor1 is not None and other.actor1.name != keep.actor1.name \
            and not allies_on(other.actor1.name, keep.actor1.name, keep.when):
        keep.actor2 = other.actor1  # the battle told once from each side: the other side is the enemy
    for a in other.assoc1:
        if keep.actor1 is not None and a.name != keep.actor1.name and a not in keep.assoc1:
            keep.assoc1.append(a)
    if keep.location is None and other.location is not None:
        keep.location, keep.place_key = other.location, other.place_key
    kc, oc = keep.counts, other.counts
    if oc.killed is not None and (kc.killed is None or oc.updated or oc.killed > kc.killed):
        keep.counts = replace(kc, killed=oc.killed, killed_spans=list(oc.killed_spans), updated=oc.updated)
        keep.toll_at, keep.dead_of = other.toll_at, other.dead_of
        kc = keep.counts
    if oc.injured is not None and (kc.injured is None or oc.injured > kc.injured):
        keep.counts = replace(kc, injured=oc.injured, injured_spans=list(oc.injured_spans))
    if keep.day is not None and other.day is not None and not keep.day.explicit and other.day.explicit:
        keep.day = other.day
    keep.trigger_spans += [s for s in other.trigger_spans if s not in keep.trigger_spans]
    if keep.source[1] is None and other.source[1] is not None:
        keep.source = other.source
    keep.absorbed += 1 + other.absorbed


SAME_PLACE_KM = 3.0


def _coarse_headline(d: Draft) -> bool:
    """A headline's draft placed at a province or a country, or at a place it did not name."""
    return d.in_headline and (d.location is None or d.place_inherited or d.location.geo_precision >= 3)


def _same_place(a: Draft, b: Draft) -> bool:
    """One place: the same point, a few km apart, or a province and a place inside it."""
    if a.place_key == b.place_key or _same_spot(a, b):
        return True
    la, lb = a.location, b.location
    if la is None or lb is None:
        return False
    coarse, fine = (la, lb) if la.geo_precision >= lb.geo_precision else (lb, la)
    return coarse.geo_precision == 3 and bool(coarse.admin1) and coarse.admin1 == fine.admin1


def _same_spot(a: Draft, b: Draft) -> bool:
    """One place in the narrow sense: the same point or a few km apart (no province-wide match)."""
    la, lb = a.location, b.location
    if la is None or lb is None:
        return False
    if la.unlisted and lb.unlisted and a.place_key != b.place_key:
        return False  # two villages the gazetteer lacks, both coded at the town near them
    return a.place_key == b.place_key or distance_km(la.latitude, la.longitude, lb.latitude, lb.longitude) <= SAME_PLACE_KM


def _placed_next(a: Draft, b: Draft) -> bool:
    """``a`` is placed only on a side of a town ("قتل ستة في عملية انتحارية جنوب كابل") and ``b``, of its
    sub-type and told in the next sentence, at a place on that side of it ("فجر انتحاري شاحنته أمام مركز
    للشرطة في بولي علم"): the next sentence tells where the event was."""
    la, lb = a.location, b.location
    if la is None or lb is None or la.side_of is None or lb.side_of is not None or b.place_inherited \
            or b.sentence_index != a.sentence_index + 1 or b.sub_event_type != a.sub_event_type:
        return False
    toward, lat, lon = la.side_of
    return distance_km(lat, lon, lb.latitude, lb.longitude) <= SIDE_REACH_KM \
        and lies_toward(lat, lon, toward, lb.latitude, lb.longitude)


SIDE_REACH_KM = 120.0  # how far from a town a place on one side of it may lie ("100 كلم جنوب كابل")


def _finer(a: Draft, b: Draft) -> bool:
    """``a`` is placed at a town inside the province where ``b`` is placed."""
    return (a.location is not None and b.location is not None and b.location.geo_precision == 3
            and a.location.geo_precision < 3 and not a.place_inherited)


def _toll_of_parts(coarse: Draft, drafts: list[Draft]) -> bool:
    """The toll of a draft placed at a province (or no finer) is the sum of the tolls of the events
    of its type told on its day at places inside it, two or more: a summary of them."""
    k, loc = coarse.counts.killed, coarse.location
    if not k or loc is None or loc.geo_precision < 3:
        return False
    parts = [d.counts.killed for d in drafts if d is not coarse and d.counts.killed and d.event_type == coarse.event_type
             and _same_day(d, coarse) and d.location is not None and d.location.geo_precision < 3
             and _same_place(coarse, d)]
    return _summed(k, parts)


def _parts_summed(coarse: Draft, drafts: list[Draft]) -> list[Draft]:
    """The events of ``coarse``'s type and day at finer places of its province (its countryside or the
    province itself) whose exact tolls, two or more, sum to its toll: the parts it sums; else none."""
    k, loc = coarse.counts.killed, coarse.location
    if not k or coarse.counts.vague or loc is None or loc.geo_precision < 2 or not loc.admin1:
        return []
    parts = [d for d in drafts if d is not coarse and d.counts.killed and not d.counts.vague
             and d.event_type == coarse.event_type and _same_day(d, coarse) and d.location is not None
             and d.location.geo_precision < loc.geo_precision and d.location.admin1 == loc.admin1
             and not d.place_inherited]
    return parts if _summed(k, [d.counts.killed or 0 for d in parts]) else []


def _toll_of_events(total: Draft, drafts: list[Draft], ctx: ArticleContext) -> bool:
    """A toll told in a sentence with a word of several events (cue list several_events: "في هجومين
    منفصلين") that is the sum of the tolls of two or more events told in later sentences: the events'
    summary, no one event's toll (a report gives the sum first, then each event's toll)."""
    k = total.counts.killed
    if not k or total.counts.vague or not within(ctx.mentions.cue("several_events"), total.frame.sentence):
        return False
    spans = set(total.counts.killed_spans)
    parts = {tuple(d.counts.killed_spans): d.counts.killed for d in drafts
             if d.counts.killed and d.counts.killed < k and not d.counts.vague
             and d.sentence_index > total.sentence_index and not spans & set(d.counts.killed_spans)}
    return _summed(k, list(parts.values()))


def _lead_summary(lead: Draft, drafts: list[Draft]) -> bool:
    """A toll told at no place in the lead (the headline or the first sentence) that is at least the sum
    of the tolls of two or more events of its type told later at places of their own."""
    k = lead.counts.killed
    if not k or lead.counts.vague or lead.sentence_index > LEAD_SENTENCES:
        return False
    later = [d for d in drafts if d.location is not None and d.sentence_index > lead.sentence_index]
    parts = _smaller_tolls(lead, later)
    return len(parts) >= 2 and sum(parts) <= k


LEAD_SENTENCES = 1  # the last sentence of a lead: the headline (0) and the first sentence (1)


def _sum_of_body_tolls(head: Draft, body: list[Draft]) -> bool:
    """The headline's toll is the sum of the tolls of two or more of the body's events of its type
    ("مقتل 23 داعشيا بقصف على بيجي والرمادي" over 21 near Bayji and 2 in Ramadi): no one event's."""
    k = head.counts.killed
    if not k or head.counts.vague:
        return False
    return _summed(k, _smaller_tolls(head, body))


def _smaller_tolls(total: Draft, drafts: list[Draft]) -> list[int]:
    """The exact tolls of ``drafts`` of ``total``'s type that are smaller than its toll: what it may sum."""
    k = total.counts.killed or 0
    return [d.counts.killed for d in drafts if d.event_type == total.event_type and d.counts.killed
            and not d.counts.vague and d.counts.killed < k]


def _toll_of_another(head: Draft, twin: Draft, body: list[Draft]) -> bool:
    """The headline's toll is not its twin's but one the body tells, by its own figure, for another
    of its events."""
    k = head.counts.killed
    return bool(k) and not head.counts.vague and twin.counts.killed != k and any(
        b is not twin and b.counts.killed == k and not b.counts.vague for b in body)


def _drop_toll(d: Draft) -> None:
    """``d``'s toll of dead is a summary of others or another event's: none of its own."""
    d.counts = replace(d.counts, killed=None, killed_spans=[], updated=False)


def _summed(total: int, parts: list[int]) -> bool:
    """``total`` is the sum of two or more tolls of ``parts``: their summary, no one event's."""
    return len(parts) >= 2 and sum(parts) == total


def _own_bombing(d: Draft, ctx: ArticleContext) -> bool:
    """A bomb told by sure words whose sentence tells its own toll ("انفجرت عبوة ناسفة زرعتها عناصر
    إرهابية في إحدى المركبات، ما أسفر عن استشهاد ضابط و3 جنود"): an event of its own, not the shelling
    of a battle at its place and day."""
    return d.sub_event_type == "Remote explosive/landmine/IED" and d.frame.score >= SURE \
        and bool(d.counts.killed) and _toll_in_sentence(d, ctx)


def _another_of(d: Draft, m: Draft) -> bool:
    """``d`` is told as another event of its kind than ``m``, told before it ("كما استهدفت غارة أخرى مزرعة
    ... شمال غربي مديرية الدريهمي"), at a town or a place in one: not ``m`` told again, when ``m`` too is
    at a town or each tells a toll of its own (a province's events are told by their places)."""
    if not (d.another and m.sentence_index < d.sentence_index and d.location is not None
            and d.location.geo_precision < 3 and m.location is not None) or d.place_told_before:
        return False
    return m.location.geo_precision < 3 or (bool(m.counts.killed) and bool(d.counts.killed)
                                             and m.counts.killed != d.counts.killed)


def _bomb_and_strike(a: Draft, b: Draft) -> bool:
    """One is a bombing, the other an air strike or shelling, each told by sure words of its own
    ("فجر مسلحون عبوة ناسفة" and "قصف الطيران الحربي"): two events, whatever their place and day."""
    subs = {a.sub_event_type, b.sub_event_type}
    return bool(subs.intersection(BOMBS)) and bool(subs.intersection(STRIKES)) and min(a.frame.score, b.frame.score) >= SURE


def _siblings(a: Draft, b: Draft) -> bool:
    """Two events split from one list of places: told apart on purpose."""
    return a.split_from >= 0 and a.split_from == b.split_from and a.place_key != b.place_key


def _same_day(a: Draft, b: Draft) -> bool:
    if a.day is None or b.day is None:
        return a.day is b.day
    return a.day.day == b.day.day


def apply(drafts: list[Draft], ctx: ArticleContext) -> list[Draft]:
    """Resolve sub-types, fill places, merge duplicates and fold remote violence into battles."""
    for d in drafts:
        d.sub_event_type = refine_sub_type(d, ctx.nt.norm)
        if d.sub_event_type == "Armed clash":
            _crowd_of_sentence(d, drafts)
            _crowd_fight(d, ctx)
        if d.sub_event_type == "Attack" and (d.frame.score >= STRONG or _both_named(d)) and _armed_struck(d):
            if _executed(d, ctx) or _off_duty(d, ctx):
                # "أعدم التنظيم 1700 من طلبة كلية القوة الجوية"، "اغتالوا ضابطا أمام منزله": captives
                # executed and security personnel killed off duty are civilians (codebook rule 5)
                d.actor2 = default_actors_victim(d, ctx)
            else:
                # "اغتال مسلحون ضابطا عند حاجز"، "اغتالوا عددا من عناصر التنظيم": an armed side struck
                # on duty fights back, or could: an Armed clash (codebook rule 5)
                d.sub_event_type = "Armed clash"
        elif d.sub_event_type == "Armed clash" and d.actor2 is not None and d.actor2.is_state and d.counts.killed \
                and _armed_struck(d) and _off_duty(d, ctx):
            # "قتل مسلحون عقيدا في الشرطة بإطلاق النار عليه أمام منزله": shot off duty, a civilian
            # (codebook rule 5)
            d.sub_event_type, d.actor2 = "Attack", _as_civilians(d.actor2, _country_of(d, ctx))
        if d.sub_event_type == "Attack" and (d.actor2 is None or not d.actor2.is_victim):
            d.actor2 = d.actor2 or default_actors_victim(d, ctx)
        if d.sub_event_type == "Attack" and d.actor1 is not None and d.actor1.inter == 5:
            # "قتل رجل على يد حشد من الأهالي": a crowd that kills or beats is a mob (codebook)
            d.sub_event_type = MOB
        if d.sub_event_type == "Attack" and d.actor1 is None:
            # "وهاجموا حافلات ركاب": civilians attacked by men the clause does not name (codebook rule 5)
            d.actor1 = unidentified(_country_of(d, ctx), _trigger_at(d), d.frame.trigger_start)
        if d.event_type == "Protests" and d.actor2 is not None and d.actor2.is_victim:
            d.actor2 = None  # the people who protest are not a second side
        if d.sub_event_type == "Armed clash" and _people_confronted(d, ctx.nt.norm):
            # "أصيب عشرة فلسطينيين خلال مواجهات مع قوات الاحتلال": people who confront the state's
            # forces riot (cue list confrontations); the forces are the other side
            d.sub_event_type = RIOT
            assert d.actor2 is not None  # (_people_confronted holds only with two sides)
            d.actor1, d.actor2 = _as_rioters(d.actor2, _country_of(d, ctx)), d.actor1
        if d.sub_event_type == "Armed clash" and d.actor2 is not None and d.actor2.is_victim \
                and d.actor1 is not None and not d.actor1.is_victim:
            d.actor2 = None  # "معارك ... قتل فيها 31 مدنيا": the civilians killed are the toll, not a side
    for d in drafts:
        if _toll_of_events(d, drafts, ctx):
            # "قتل 16 شخصاً في هجومين منفصلين" then 6 in one and 10 in the other: the sum of the
            # events' own tolls, told apart below, is none of them
            _drop_toll(d)
    drafts = _split_places(_split_days(drafts))
    drafts = _fold_others(drafts)
    drafts = _fold_weak(drafts, ctx.nt.norm)
    drafts = _fold_anaphora(drafts, ctx.nt.norm)
    drafts = _fold_borrowed(drafts)
    drafts = _fold_weapon_of_attack(drafts)
    main = next((d for d in drafts if d.location is not None), None)
    # drafts with no place: the same event told again, or an event at the article's main place
    placed: list[Draft] = []
    for d in drafts:
        if d.location is None and _lead_summary(d, drafts):
            # "لقي 41 متمردا مصرعهم في غارات شنتها طائرات التحالف" then 16 at Majzar and 7 and 4 at
            # Sirwah: the lead's toll of strikes at no place is their sum, or more, no one event's
            _drop_toll(d)
        if d.location is None:
            home = _sides_home(d, ctx)
            twin = next((p for p in reversed(placed) if p.event_type == d.event_type and _same_day(p, d)
                         and _actors_compatible(p, d) and not _bomb_and_strike(p, d)
                         and not _elsewhere_than(home, p)), None)
            if twin is not None:
                if d.event_type in _CROWDS:
                    _absorb(twin, d)  # "قبل أن تتدخل قوات الأمن لتفريقهم": the protest, met with force
                else:
                    _merge_into(twin, d)
                continue
            if main is not None and not _elsewhere_than(home, main):
                d.location, d.place_key = main.location, main.place_key
                d.place_inherited = True
        placed.append(d)
    # (before rule 1, which would fold the body's events into a headline that sums them)
    body_told = [d for d in placed if not d.in_headline]
    for h in placed:
        if h.in_headline and _sum_of_body_tolls(h, body_told):
            _drop_toll(h)
    # rule 1: same type, day and place → one event
    merged: list[Draft] = []
    for d in placed:
        # (a body's event is not folded into a headline that names only a province or a country, or
        # no place: the headline is folded into the body's event below, and its province is no
        # place of its own)
        twin = next((m for m in merged if m.event_type == d.event_type and _same_day(m, d)
                     and (_same_place(m, d) or _placed_next(m, d)) and _actors_compatible(m, d)
                     and not _siblings(m, d) and not _bomb_and_strike(m, d)
                     and not _another_of(d, m)
                     and (d.in_headline or not _coarse_headline(m))), None)
        if twin is None and d.event_type in _CROWDS:
            # a protest and a riot at one place and day are one crowd: a riot if it turned violent
            twin = next((m for m in merged if m.event_type in _CROWDS and m.event_type != d.event_type
                         and _same_day(m, d) and _same_place(m, d)), None)
            if twin is not None and d.event_type == "Riots":
                merged[merged.index(twin)] = d
                twin, d = d, twin
        if twin is not None:
            if d.another and d.place_told_before and twin.counts.killed and d.counts.killed \
                    and not set(twin.counts.killed_spans) & set(d.counts.killed_spans):
                # "وقتل 5 من طاقمها" then "غارة أخرى في الجبهة ذاتها ... وقتل 3 من طاقمه": another
                # strike at the same place and day is the same event (rule 1), and its dead are more
                _add_dead(twin, d)
            if _better_sub(d, twin):
                twin.sub_event_type, twin.frame = d.sub_event_type, d.frame
            for x in (twin, d):
                if _toll_of_parts(x, placed):
                    # "قتل 28 مدنيا في قصف جوي على محافظة حلب" then 21 in Manbij and 7 in Deir Hafer:
                    # the province's toll is the sum of its places', none of them one event's
                    _drop_toll(x)
            if _finer(d, twin) or _placed_next(twin, d):
                # "غارات على مأرب" then "غارة على الجفينة", "جنوب كابل" then "في بولي علم": the event
                # is at the finer place
                twin.location, twin.place_key, twin.place_own = d.location, d.place_key, d.place_own
            _merge_into(twin, d)
        else:
            merged.append(d)
    for x in [m for m in merged if m.counts.killed and not m.in_headline]:
        parts = _parts_summed(x, merged)
        if parts:
            # "قتل 12 مدنيا في غارات على عدد من القرى في ريف إدلب" then 5 in Saraqib and 7 in Kafranbel:
            # a summary of the events at the places of its province, told apart, is no event of its own
            _drop_toll(x)
            _merge_into(parts[0], x)
            merged.remove(x)
    merged = _fold_undated(merged)
    merged = _fold_generic(merged, ctx.nt.norm)
    # the headline repeats the main event: fold it into the body's event of the same type
    body = [d for d in merged if not d.in_headline]
    for h in [d for d in merged if d.in_headline]:
        # the body's event of its sub-type before one of its type only ("مقاتلات تركية تقصف مواقع
        # لداعش" is the strike told below, not the suicide bombing told beside it)
        kin = [b for b in body if b.event_type == h.event_type]
        kin = [b for b in kin if b.sub_event_type == h.sub_event_type] + \
            [b for b in kin if b.sub_event_type != h.sub_event_type]
        twin = next((b for b in kin if not h.place_key or _same_place(b, h)), None)
        if twin is None:
            twin = next(iter(kin), None)
        if twin is None and h.event_type in _FIGHTING and not h.counts.killed and _unnamed(h):
            # "اغتيال في العريش" over "قتل مسلحون ضابط شرطة عند كمين في مدينة العريش": a headline that
            # names no side and counts no dead tells, in a word of its own, the body's fighting at its place
            twin = next((b for b in body if b.event_type in _FIGHTING and h.place_key
                         and _same_place(b, h) and _same_day(b, h)), None)
        if twin is None and h.sub_event_type == "Arrests":
            # "داعش يعتقل ناشطين في الرقة" over "اعتقل تنظيم داعش أمس 5 ناشطين": an arrest in the
            # headline is the body's abduction at its place, when a group took the people
            twin = next((b for b in body if b.sub_event_type == ABDUCTION and (not h.place_key or _same_place(b, h))),
                        None)
        if twin is not None:
            if _toll_of_parts(h, merged) or _toll_of_another(h, twin, body):
                # (a headline's toll that the body tells for another of its events is that event's:
                # "عملية تحرير الرهائن ... وارتفاع القتلى إلى ثمانية" over the fight that killed eight)
                _drop_toll(h)
            _merge_into(twin, h)
            merged.remove(h)
    # shelling/air strikes/bombs at the place and day of a battle are part of the battle, unless
    # they hit civilians ("قصف أحياء سكنية … خمسة قتلى من المدنيين" is an event of its own) or are a
    # bombing with its own toll
    battles = [d for d in merged if d.event_type == "Battles"]
    out = []
    for d in merged:
        if d.event_type == REMOTE and d.sub_event_type != "Suicide bomb" \
                and not (d.actor2 is not None and d.actor2.is_victim) and not _own_bombing(d, ctx):
            b = next((b for b in battles if _same_spot(b, d) and _same_day(b, d)
                      and _actors_compatible(b, d) and not _third_party(d, b)), None)
            if b is not None:
                _merge_into(b, d)
                continue
        out.append(d)
    kept = [d for d in out if _keep(d) and confidence(d) >= MIN_CONFIDENCE]
    for d in kept:
        if d.actor1 is not None and d.actor2 is not None and _one_force(d.actor1, d.actor2) \
                and not (d.actor1.span == d.actor2.span and names_both_sides(d.actor1, ctx.nt.norm)):
            # a side does not fight itself: the other side is still to be found; those a side
            # abducted or attacked are civilians unless named ("خطف مسلحون مجهولون ناشطا"); one
            # name for both sides ("بين مجموعتين مسلحتين") is two groups of one kind
            d.actor2 = default_actors_victim(d, ctx) if d.event_type == "Violence against civilians" else None
        elif d.sub_event_type == "Looting/property destruction" and d.actor2 is None \
                and (d.actor1 is None or not d.actor1.is_victim):
            # property destroyed or looted, no owner named, is the civilians' ("هدمت جرافات الاحتلال
            # منزلين"); filled once the events are kept (no side named makes none surer)
            d.actor2 = default_actors_victim(d, ctx)
    _other_side(kept, out)
    for d in kept:
        if _taker_second(d):
            # the sub-type says who took the ground (rule 2), and the merges of the sides told in other
            # clauses left the taker second ("اشتباكات بين المعارضة وقوات النظام أسفرت عن سيطرة قوات
            # الأسد على القريتين"): the taker is actor1
            d.actor1, d.actor2, d.assoc1, d.assoc2 = d.actor2, d.actor1, d.assoc2, d.assoc1
    for d in kept:
        if d.sub_event_type == "Armed clash" and d.actor1 is None and d.actor2 is not None and d.actor2.is_state:
            # "تعرضت دورية للجيش لإطلاق نار": state forces fired on by men the text does not name
            # (codebook rule 5: unnamed gunmen are an Unidentified Armed Group)
            d.actor1 = unidentified(_country_of(d, ctx), _trigger_at(d), d.frame.trigger_start)
    _one_owner_per_toll(kept, ctx)
    for d in kept:
        if d.sub_event_type in BOMBS and d.actor2 is None:
            d.actor2 = unnamed_victims(d, ctx)
        if d.sub_event_type == "Suicide bomb":
            _count_the_bomber(d, ctx)
    for d in kept:
        if d.sub_event_type in (INTERVENTION, "Peaceful protest") and d.counts.killed and d.actor2 is not None \
                and not d.actor2.is_victim and _toll_in_sentence(d, ctx):
            # "فرقت الشرطة المتظاهرين بالرصاص الحي مما أدى إلى مقتل متظاهر": protesters killed by the
            # side that met them is lethal force (codebook: Excessive force against protesters)
            d.sub_event_type = EXCESSIVE
        if d.sub_event_type == "Peaceful protest":
            d.actor2, d.assoc2 = None, []  # a peaceful protest has no second side (codebook)
        if d.actor2 is not None and d.actor2.inter == 5 and (
                d.sub_event_type == "Arrests" or d.event_type == "Violence against civilians"):
            d.actor2 = _as_civilians(d.actor2, _country_of(d, ctx))
        if d.event_type in NO_TOLL_TYPES or d.sub_event_type in NO_TOLL_SUBS:
            # no one is killed in an arrest, a seizure or a peaceful march: a toll in its sentence is
            # of the attack it follows ("اعتقال مشتبه بهم في الهجوم الذي خلف 27 قتيلا") or of
            # another event, told by its own words
            d.counts = Counts()
        if d.sub_event_type == "Armed clash" and d.actor1 is not None and d.actor2 is not None and not d.order_said \
                and d.dead_of and all(one_family(x, d.actor1.name) for x in d.dead_of) \
                and not any(one_family(x, d.actor2.name) for x in d.dead_of):
            # "اندلعت مواجهات ... عقب محاولة المسلحين الحوثيين اقتحام قرية ...، أسفرت عن مقتل 12 من
            # الحوثيين": only one side's dead are told and the text does not say which side acts; the
            # other side killed them, and acted (codebook: actor1 is the side that acts)
            d.actor1, d.actor2, d.assoc1, d.assoc2 = d.actor2, d.actor1, d.assoc2, d.assoc1
    return kept


def _taker_second(d: Draft) -> bool:
    """A taking of ground the state made (Government regains territory) with an armed group first and
    the state second. (Not the other way round: a non-state taking with the state first is more often
    the state's ally's taking, named by the state's name.)"""
    a1, a2 = d.actor1, d.actor2
    if a1 is None or a2 is None or a1.is_victim or a2.is_victim:
        return False
    return d.sub_event_type == GOV_REGAINS and a1.inter in NON_STATE_ARMED and a2.is_state


def _one_force(a: Actor, b: Actor) -> bool:
    """One side under two names: the same name, or a state's force and the same force of its
    government of the time ("Military Forces of Libya" for "الجنود", "Military Forces of Libya
    (2014-) House of Representatives" for "الجيش")."""
    return a.name == b.name or (a.is_state and b.is_state and (
        a.name.startswith(b.name + " (") or b.name.startswith(a.name + " (")))


def _third_party(strike: Draft, battle: Draft) -> bool:
    """The side that struck is neither side of the battle nor an ally of one ("الغارات الجوية
    قصفت مواقع للجبهة" beside a fight between the Nusra Front and Division 30): its strike is an
    event of its own, not the battle's shelling."""
    a = strike.actor1
    if a is None or a.kind not in ("named", "aircraft") or a.name.startswith("Unidentified") \
            or battle.actor1 is None or battle.actor2 is None:
        return False
    return all(a.name != s.name and not allies_on(a.name, s.name, battle.when) for s in (battle.actor1, battle.actor2))


def _fold_generic(drafts: list[Draft], norm: str) -> list[Draft]:
    """A killing told only with words of death and "the attack", with no toll or one that rose ("عدد
    الذين قتلوا في الاعتداء صباح الجمعة في كابل ارتفع إلى 15"), is the bombing or strike told at its
    place and day, whatever its type (cue list generic_attack)."""
    out: list[Draft] = []
    for d in drafts:
        if d.sub_event_type in ("Attack", "Armed clash") and d.frame.score < STRONG and not d.in_headline \
                and _told_as_generic_attack(d.frame, norm):
            host = next((m for m in drafts if m is not d and m.event_type == REMOTE and _same_day(m, d)
                         and _same_spot(m, d) and (d.counts.killed is None or d.counts.updated)), None)
            if host is not None:
                _merge_into(host, d)
                continue
        out.append(d)
    return out


def _told_as_generic_attack(fr: Frame, norm: str) -> bool:
    """Some trigger of the frame is a word for "the attack" (cue list generic_attack) and every
    other one is weak."""
    generic = [is_cue_word(norm[t.norm_start:t.norm_end], "generic_attack", "وبفل") for t in fr.triggers]
    return any(generic) and all(g or all(e.weight < STRONG for e in t.data["entries"])
                                for g, t in zip(generic, fr.triggers, strict=True))


def _fold_undated(drafts: list[Draft]) -> list[Draft]:
    """An event told with no date word (dated by publication) at the place and of the type of an
    event dated in the article is that event told again ("تمكنت المقاومة أمس من بسط سيطرتها على
    مديرية النادرة" ... "وطردت القوات ... من مديرية النادرة")."""
    out: list[Draft] = []
    for d in drafts:
        if d.day is not None and not d.day.explicit and not d.in_headline:
            twin = next((m for m in drafts if m is not d and m.day is not None and m.day.explicit
                         and m.event_type == d.event_type and _same_spot(m, d)
                         and _actors_compatible(m, d) and not _siblings(m, d)), None)
            if twin is not None:
                _absorb(twin, d)
                continue
        out.append(d)
    return out


STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")  # strikes from afar, by one side


def _other_side(drafts: list[Draft], told: list[Draft]) -> None:
    """A battle told with one side only: the other side is the article's main enemy of that side
    (the side most often named against it in the article's other events). So is the target of a
    foreign force's strike that names none ("نفذت طائرات التحالف غارات على مدينة حرض"): it came to
    fight that enemy. Bombs defused or weapons seized by state forces were that enemy's (an armed
    group's). A government's own strike on a town identifies no side (codebook: empty)."""
    seen: dict[str, tuple[int, int, Actor]] = {}
    for i, d in enumerate(told):
        for a in (d.actor1, d.actor2):
            if a is None or a.is_victim or (a.kind == "generic" and a.inter != 1):
                continue  # civilians and unnamed gunmen are nobody's main enemy
            n, first, _ = seen.get(a.name, (0, i, a))
            seen[a.name] = (n + 1, first, a)
    pairs = Counter((d.actor1.name, d.actor2.name) for d in told if d.event_type == "Battles"
                    and d.actor1 is not None and d.actor2 is not None and not d.actor1.is_victim
                    and not d.actor2.is_victim and d.actor1.name != d.actor2.name)
    for d in drafts:
        if d.event_type == "Battles" and d.actor1 is None and d.actor2 is None and pairs:
            # "وتدور اشتباكات عنيفة مماثلة في الجبهة الشمالية": a battle told with no side is fought by
            # the sides the article's battles name most often
            (n1, n2), _ = pairs.most_common(1)[0]
            d.actor1 = next(a for t in told for a in (t.actor1, t.actor2) if a is not None and a.name == n1)
            d.actor2 = next(a for t in told for a in (t.actor1, t.actor2) if a is not None and a.name == n2)
            continue
        # a foreign force's strike told with its striker only: it struck the enemy it came for
        foreign_strike = d.sub_event_type in STRIKES and d.actor1 is not None and d.actor1.inter == 8 \
            and d.actor2 is None
        # bombs defused or weapons seized by state forces: they were the enemy's
        disrupted = d.sub_event_type == DISRUPTED and d.actor1 is not None \
            and d.actor1.is_state and d.actor2 is None
        # a battle whose second side came out as the civilians or the dead it counted ("أزمة النازحين
        # ... في ظل المعارك ضد تنظيم داعش"): a battle is fought by two armed sides
        victims = d.event_type == "Battles" and d.actor1 is not None and not d.actor1.is_victim \
            and d.actor2 is not None and d.actor2.is_victim
        if not (foreign_strike or disrupted or victims) and (
                d.event_type != "Battles" or (d.actor1 is None) == (d.actor2 is None)):
            continue
        side = d.actor1 or d.actor2
        assert side is not None
        when = d.when
        rivals = [(n, -first, a) for n, first, a in seen.values()
                  if a.name != side.name and not allies_on(a.name, side.name, when)
                  and not (disrupted and a.inter not in NON_STATE_ARMED)]
        if not rivals:
            continue
        if d.event_type == "Battles":
            # a battle on the ground is fought by a side named on the ground, not only by its aircraft
            rivals = [r for r in rivals if r[2].kind != "aircraft"] or rivals
        rival = max(rivals, key=lambda r: (r[0], r[1]))[2]
        if d.actor1 is None:
            d.actor1 = rival
        else:
            d.actor2 = rival



STRONG = 0.7
SURE = 0.9  # a frame this strong is an event even with no side or place named
MIN_CONFIDENCE = 0.65  # below this an event is more often noise than news (measured on develop gold)


def _told_only_by(fr: Frame, cue: str, norm: str, besides: str | None = None) -> bool:
    """Every trigger of the frame is a word of the cue list ``cue`` ("several_events": "هجومين"،
    "تفجيرات"; "confrontations": "مواجهات"; "caches": "مخازن أسلحة"), or of the list ``besides`` when
    one is of ``cue`` ("أصيب عشرة فلسطينيين برصاص الاحتلال خلال مواجهات": the bullets that hit them)."""
    words = [norm[t.norm_start:t.norm_end] for t in fr.triggers]
    told = [is_cue_word(w, cue, "وبل") for w in words]
    return any(told) and all(ok or (besides is not None and is_cue_word(w, besides, "وبل"))
                             for w, ok in zip(words, told, strict=True))


def _fold_weak(drafts: list[Draft], norm: str) -> list[Draft]:
    """A frame from a weak word ("قتل"، "هجوم") beside a strong one tells the same event."""
    strong = [d for d in drafts if d.frame.score >= STRONG]
    out = []
    for d in drafts:
        if d.frame.score >= STRONG:
            out.append(d)
            continue
        near = [s for s in strong if abs(s.sentence_index - d.sentence_index) <= 1 and _same_day(s, d)
                and not _elsewhere(d, s, norm)]
        if near:
            # the nearest, an event of its own type first ("قتلوا خلال الهجوم" after a battle, not
            # the air strike told next)
            host = min(near, key=lambda s: (s.event_type != d.event_type, abs(s.sentence_index - d.sentence_index),
                                            -s.frame.score))
            if host.sub_event_type == "Armed clash" and host.frame.score < SURE and host.actor2 is None \
                    and host.actor1 is not None and not host.actor1.is_victim and d.sub_event_type == "Attack" \
                    and d.actor2 is not None and d.actor2.is_victim:
                # "قتل 13 شخصا ... حين هاجم مسلحو بوكو حرام القرية": an attack that struck no armed side
                # and killed people was on civilians (codebook rule 5)
                host.sub_event_type = "Attack"
            if _told_only_by(d.frame, "several_events", norm):
                # "مقتل 7 من الشرطة في هجومين": a toll of several events is not one event's
                d.counts = replace(d.counts, killed=None, killed_spans=[], injured=None, injured_spans=[])
            elif _more_dead(host, d) or _enemy_dead(host, d):
                # "قتل شرطيان في هجوم مسلح على نقطة تفتيش، وقتل أحد المهاجمين": more dead, told next
                _add_dead(host, d)
            _merge_into(host, d)
        else:
            out.append(d)
    return out


def _fold_others(drafts: list[Draft]) -> list[Draft]:
    """Dead counted as others in a later clause ("قتل 7 جنود عندما اقتحم متشددون نقطة تفتيش، فيما قتل
    جنديان آخران عندما أرسلت الحكومة تعزيزات") are more dead of the event whose toll the sentence
    told before them, at its place and day: added to its toll, no event of their own."""
    out: list[Draft] = []
    for d in drafts:
        host = next((h for h in reversed(out) if d.more_dead and _same_day(h, d) and _same_place(h, d)
                     and _more_dead(h, d)), None)
        if host is None:
            out.append(d)
            continue
        _add_dead(host, d)
        _merge_into(host, d)
    return out


ENEMY_DEAD_SENTENCES = 2  # how many sentences after a battle's toll the other side's dead may be told


def _enemy_dead(host: Draft, weak: Draft) -> bool:
    """The weak frame counts the dead of the other side of the battle whose dead its host counted
    ("أسفرت عن مقتل 11 متمردا" then "إن اثنين من مقاتلي المقاومة استشهدا خلال المواجهات"): a battle's
    toll is of both sides, added up."""
    k, w = host.counts, weak.counts
    return host.event_type == "Battles" and weak.event_type == "Battles" and k.killed is not None \
        and w.killed is not None and not (k.vague or w.vague or k.updated or w.updated) \
        and bool(host.dead_of) and bool(weak.dead_of) and not set(k.killed_spans) & set(w.killed_spans) \
        and all(not one_side(x, y, host.when) for x in weak.dead_of for y in host.dead_of)


def _add_dead(host: Draft, d: Draft) -> None:
    """``d``'s dead are more dead of ``host``'s event: added to its toll, taken from ``d``."""
    host.counts = replace(host.counts, killed=(host.counts.killed or 0) + (d.counts.killed or 0),
                          killed_spans=host.counts.killed_spans + d.counts.killed_spans)
    host.dead_of |= d.dead_of
    d.counts = replace(d.counts, killed=None, killed_spans=[])


def _more_dead(host: Draft, weak: Draft) -> bool:
    """A weak frame's dead told with a number in a later clause of its host's sentence, counted in
    neither the host's own clauses nor the sentence's toll the host read (a toll the host took from
    another sentence is not the one they add to): more dead of the same event
    (the dead with no number, "نقلت القتلى والجرحى", are those counted before)."""
    k, w = host.counts, weak.counts
    return k.killed is not None and w.killed is not None and not (w.updated or k.vague or w.vague) \
        and not host.toll_of_sentence and host.toll_at == weak.toll_at \
        and host.frame.sentence is weak.frame.sentence and weak.frame.start >= host.frame.end \
        and not set(k.killed_spans) & set(w.killed_spans)


def _elsewhere(weak: Draft, strong: Draft, norm: str) -> bool:
    """The weak frame names its own place, and it is not the strong one's ("في المقابل، لقي أمين
    شرطة مصرعه في أبوحماد إثر قيام مجهولين بإطلاق النار عليه" after a raid told at Arish); or the
    strong one, of its type, names none and is told in another sentence ("بادله إطلاق النار." then
    "بعد أسابيع من الهجوم على فندق في سوسة"); or each names its own place in its own sentence, and
    they differ ("قتل شخصان في انفجار قرب محال تجارية في منطقة كمب سارة" then "الانفجار بعبوة ناسفة قرب
    سوق في منطقة بغداد الجديدة"; not so when the weak frame points back, "الهجوم أسفر عن مقتل قيادي")."""
    own, other = weak.location, strong.location
    if own is not None and other is not None and not weak.place_inherited and strong.place_own \
            and weak.sentence_index != strong.sentence_index and not weak.frame.anaphoric(norm) \
            and not _same_place(weak, strong) and not (own.holds(other) or other.holds(own)):
        return True
    if not (weak.place_own and weak.location is not None):
        return False
    if strong.location is None:
        return weak.sentence_index != strong.sentence_index and weak.event_type == strong.event_type
    return not _same_place(weak, strong)


def _fold_anaphora(drafts: list[Draft], norm: str) -> list[Draft]:
    """"المعارك"، "الغارات" alone point back at an event of the same type told elsewhere in the
    article: fold them into it (the nearest one, before first) instead of making a new event."""
    told = [d for d in drafts if not d.frame.anaphoric(norm)]
    told_ids = {id(d) for d in told}
    out = []
    for d in drafts:
        if id(d) in told_ids or d.in_headline:
            out.append(d)
            continue
        same = [t for t in told if t.event_type == d.event_type]
        if not same:
            out.append(d)
            continue
        if d.place_own and not any(_same_spot(t, d) for t in same):
            out.append(d)  # "تستمر الاشتباكات في محيط قريتي …": fighting at a place not told yet is news
            continue
        host = min(same, key=lambda t: (abs(t.sentence_index - d.sentence_index), t.sentence_index > d.sentence_index))
        place = d if d.location is not None else host
        here = [t for t in same if _same_spot(t, place) and t.counts.killed is None and not t.in_headline]
        if d.counts.killed and len({t.when for t in here}) > 1:
            _share_toll(d, here)  # "قضى خلال هذه المعارك 52": one toll for the battles of several days
            continue
        if _better_sub(d, host) and d.frame.sub_event_type != TERRITORY:
            # (a taking only pointed at, "السيطرة على هذه المناطق", says nothing of who took what from whom)
            host.sub_event_type, host.frame = d.sub_event_type, d.frame
        if 0 < d.sentence_index - host.sentence_index <= ENEMY_DEAD_SENTENCES and _same_day(host, d) \
                and _enemy_dead(host, d):
            _add_dead(host, d)  # "وقال المركز الإعلامي للمقاومة إن اثنين من مقاتليها استشهدا خلال المواجهات"
        _merge_into(host, d)
    return out


def _fold_borrowed(drafts: list[Draft]) -> list[Draft]:
    """A second frame of one type in a sentence whose clause names no place is the sentence's
    event of that type told again ("... إثر قصف جوي في جنوب الشيخ زويد ... وعلى الفور تحركت
    المروحيات وتم قصف المعاقل الثلاثة"), not a new event at a place borrowed from another clause."""
    out: list[Draft] = []
    for d in drafts:
        if not d.place_own and not d.in_headline and d.split_from < 0:
            host = next((o for o in reversed(out) if o.sentence_index == d.sentence_index
                         and o.event_type == d.event_type and o.place_own and _same_day(o, d)
                         and _actors_compatible(o, d)), None)
            if host is not None:
                _absorb(host, d)
                continue
        out.append(d)
    return out


def _fold_weapon_of_attack(drafts: list[Draft]) -> list[Draft]:
    """An attack on people and the bomb it was made with, told in one sentence ("نجا رئيس إحدى المحاكم
    من محاولة اغتيال، استهدفته، عندما زرع مجهولون قنبلة أسفل سيارته"), are one event: the bombing
    (codebook: the weapon decides the sub-type), of the people the attack struck. An assault that names
    no side struck is folded the same way into the bombing or the killing of civilians that its men
    made in the same sentence."""
    out: list[Draft] = []
    for d in drafts:
        victims = d.sub_event_type == "Attack" and d.actor2 is not None and d.actor2.is_victim
        # "هاجم مسلحون من حركة الشباب فندقا في مقديشو، وفجروا سيارة مفخخة عند مدخله": an assault that
        # names no side struck and counts no dead but the bomb's, by the bombers, was made with the bomb;
        # so is one with the killing of civilians by the same men ("هاجمت ميليشيات الدعم السريع قرية
        # وقتلت 6 من سكانها": the attack on the village's people)
        assault = d.sub_event_type == "Armed clash" and d.actor2 is None
        if victims or assault:
            made = next((b for b in drafts if b is not d and b.sentence_index == d.sentence_index
                         and (b.sub_event_type in BOMBS or (assault and b.sub_event_type == "Attack"))
                         and _same_day(b, d) and (b.location is None or d.location is None or _same_place(b, d))
                         and (b.actor2 is None or b.actor2.is_victim)
                         and (victims or (_by_the_same_side(d, b)
                                          and set(d.counts.killed_spans) <= set(b.counts.killed_spans)))), None)
            if made is not None:
                made.actor2 = made.actor2 or d.actor2
                _merge_into(made, d)
                continue
        out.append(d)
    return out


def _by_the_same_side(d: Draft, made: Draft) -> bool:
    """The bombing or killing ``made`` names no one who made it, or the side that made ``d``."""
    return made.actor1 is None or (d.actor1 is not None and made.actor1.name == d.actor1.name)


def _split_days(drafts: list[Draft]) -> list[Draft]:
    """Rule 1, one event per date: a frame told on days named side by side ("شن طيران التحالف غارات
    امس والخميس") is one event on each day, its toll split evenly between them, the remainder going
    to the earliest (codebook rule 4)."""
    out: list[Draft] = []
    for d in drafts:
        if len(d.also_on) < 2:
            out.append(d)
            continue
        for day, counts in zip(d.also_on, _shared_counts(d.counts, len(d.also_on)), strict=True):
            out.append(replace(d, day=day, counts=counts, also_on=[], also_at=list(d.also_at),
                               toll_shared=d.toll_shared or d.counts.killed is not None,
                               assoc1=list(d.assoc1), assoc2=list(d.assoc2), trigger_spans=list(d.trigger_spans)))
    return out


def _split_places(drafts: list[Draft]) -> list[Draft]:
    """Rule 1, one event per place: a frame that lists several villages ("قصف قرى X وY وZ") is one
    event at each, its toll split evenly between them, the remainder going to the first."""
    out: list[Draft] = []
    for n, d in enumerate(drafts):
        if len(d.also_at) < 2:
            out.append(d)
            continue
        for (loc, key), counts in zip(d.also_at, _shared_counts(d.counts, len(d.also_at)), strict=True):
            out.append(replace(d, location=loc, place_key=key, counts=counts, also_at=[], split_from=n,
                               assoc1=list(d.assoc1), assoc2=list(d.assoc2), trigger_spans=list(d.trigger_spans)))
    return out


def _shared_counts(c: Counts, k: int) -> list[Counts]:
    """The dead and wounded of ``c`` split evenly into ``k`` events, the remainder going to the first
    (codebook rule 4); each keeps the words that told the whole."""
    killed = _shares(c.killed, k) if c.killed is not None else [None] * k
    injured = _shares(c.injured, k) if c.injured is not None else [None] * k
    return [replace(c, killed=kd, injured=inj, killed_spans=list(c.killed_spans), injured_spans=list(c.injured_spans))
            for kd, inj in zip(killed, injured, strict=True)]


def _armed_struck(d: Draft) -> bool:
    """The side struck is an armed one (state forces, rebels, militias, foreign forces), not the
    same as the one that struck, and not two states' forces."""
    a1, a2 = d.actor1, d.actor2
    if a2 is None or a2.is_victim or a2.inter not in (1, 2, 3, 4, 8):
        return False
    return a1 is None or (a1.name != a2.name and not (a1.is_state and a2.is_state))


def _both_named(d: Draft) -> bool:
    """The frame's own clauses name the side that struck and the side struck ("قتل مسلحون مجهولون
    جنديا"): a bare "قتل" then tells of one armed side striking another as surely as a strong word
    (sides borrowed from the clauses before tell nothing: "وقد نقل القتلى إلى المستشفى")."""
    fr = d.frame
    return all(a is not None and a.text and fr.start <= a.norm_start and a.norm_end <= fr.end
               for a in (d.actor1, d.actor2))


def _executed(d: Draft, ctx: ArticleContext) -> bool:
    """The frame's word is one of executing (cue list executions: "أعدم"، "إعدام")."""
    norm = ctx.nt.norm
    return any(is_cue_word(norm[t.norm_start:t.norm_end], "executions", "وفب") for t in d.frame.triggers)


def _off_duty(d: Draft, ctx: ArticleContext) -> bool:
    """The frame's sentence says the one struck was off duty ("أمام منزله"; cue list off_duty)."""
    return bool(within(ctx.mentions.cue("off_duty"), d.frame.sentence))


def _toll_in_sentence(d: Draft, ctx: ArticleContext) -> bool:
    """The draft's dead are told in the sentence of its own words (not brought by a merge)."""
    sent = ctx.nt.orig_span(d.frame.sentence.start, d.frame.sentence.end)
    return bool(d.counts.killed_spans) and all(sent.start <= s.start and s.end <= sent.end
                                               for s in d.counts.killed_spans)


def unnamed_victims(d: Draft, ctx: ArticleContext) -> Actor | None:
    """Codebook rule 5: the people a bomb killed or wounded, when the text names no side among
    them ("الانفجار بعبوة ناسفة قرب سوق شعبي أدى إلى مقتل شخص وإصابة ستة آخرين"), are civilians;
    a bomb that hurt nobody has no second side. A suicide bombing's single death is most often the
    bomber's own (see ``_count_the_bomber``): no victim of its own."""
    if d.actor1 is not None and d.actor1.is_victim:
        return None
    killed, injured = d.counts.killed or 0, d.counts.injured or 0
    if d.sub_event_type == "Suicide bomb" and killed <= 1 and not injured:
        return None
    spans = d.counts.killed_spans if killed else d.counts.injured_spans if injured else []
    if not spans:
        return None
    return civilians(_country_of(d, ctx), spans[0], d.frame.trigger_start)


def _count_the_bomber(d: Draft, ctx: ArticleContext) -> None:
    """Codebook rule 4: a suicide bomber counts among the dead. The toll told is of the bomber's
    victims ("قتل خمسة مدنيين في عملية انتحارية" is six dead), unless it says it holds the bomber
    ("بينهم الانتحاري", cue list bomber_counted) or is a single death, most often the bomber's own
    ("أشار إلى أن منفذ الهجوم لقي مصرعه"); two bombers when the word is dual (انتحاريان)."""
    if d.counts.killed == 1 or within(ctx.mentions.cue("bomber_counted"), d.frame.sentence):
        return
    norm = ctx.nt.norm
    words = [norm[t.norm_start:t.norm_end] for t in d.frame.triggers]
    bombers = 2 if any(is_cue_word(w, "bombers_two", "وبلف") for w in words) else 1
    at = d.trigger_spans[:1]
    d.counts = replace(d.counts, killed=(d.counts.killed or 0) + bombers,
                       killed_spans=[*d.counts.killed_spans, *[s for s in at if s not in d.counts.killed_spans]])


def _one_owner_per_toll(drafts: list[Draft], ctx: ArticleContext) -> None:
    """A toll read from a sentence that tells two events ("تمكنوا من قتل 66 حوثيا خلال المواجهات،
    ... لحرمان المتمردين من قصفه") is the toll of the event whose word stands nearest to it, not of
    both (events split from one list of places, or given shares of one toll, share it on purpose).
    The words that count are those in the toll's sentence, not a headline's words an event took in
    ("قتلى بالزبداني والمعارضة تمطر قرى شيعية بالقذائف")."""
    to_orig = ctx.nt.to_orig
    by_span: dict[Span, list[Draft]] = {}
    for d in drafts:
        if d.counts.killed and d.counts.killed_spans and not d.toll_shared:
            by_span.setdefault(d.counts.killed_spans[0], []).append(d)
    for span, owners in by_span.items():
        # (the events split from one list of places share its toll: they own it as one)
        if len({_toll_owner(d) for d in owners}) < 2:
            continue
        at = span.start
        sent = next((s for s in ctx.sentences if s.end > s.start and to_orig[s.start] <= at <= to_orig[s.end - 1]), None)
        lo, hi = (to_orig[sent.start], to_orig[sent.end - 1]) if sent is not None else (0, -1)
        keep = _toll_owner(min(owners, key=partial(_word_distance, at=at, lo=lo, hi=hi)))
        for d in owners:
            if _toll_owner(d) != keep:
                d.counts = replace(d.counts, killed=None, killed_spans=[])


def _toll_owner(d: Draft) -> int:
    """Who owns a toll read for several events: the list of places a draft was split from, or the draft."""
    return d.split_from if d.split_from >= 0 else -1 - id(d)


def _word_distance(d: Draft, at: int, lo: int, hi: int) -> int:
    """How far from ``at`` the nearest of the event's words between ``lo`` and ``hi`` (the toll's
    sentence) stands; any of its words when none is there."""
    spans = [t for t in d.trigger_spans if lo <= t.start <= hi] or d.trigger_spans
    return min((abs(t.start - at) for t in spans), default=1 << 30)


def _share_toll(d: Draft, events: list[Draft]) -> None:
    """Codebook rule 4: a toll told for several events together is split evenly between them, the
    remainder going to the earliest."""
    events = sorted(events, key=lambda t: (t.day.day if t.day else date.max, t.sentence_index))
    for t, killed in zip(events, _shares(d.counts.killed or 0, len(events)), strict=True):
        t.counts = replace(t.counts, killed=killed, killed_spans=list(d.counts.killed_spans))
        t.toll_shared = True
        t.absorbed += 1
        t.trigger_spans += [sp for sp in d.trigger_spans if sp not in t.trigger_spans]


def _shares(total: int, n: int) -> list[int]:
    """``total`` split evenly into ``n`` parts, the remainder going to the first (codebook rule 4)."""
    share, rest = divmod(total, n)
    return [share + rest] + [share] * (n - 1)


_CROWDS = ("Protests", "Riots")
_FIGHTING = ("Battles", "Violence against civilians", REMOTE)


def _unnamed(d: Draft) -> bool:
    """No side of the draft is named in its text (those it has are inferred)."""
    return all(a is None or not a.text for a in (d.actor1, d.actor2))


_SPECIFIC = {GOV_REGAINS: 3, NSA_OVERTAKES: 3, "Armed clash": 1,
             # a protest met with force is more than a protest; a crowd that turned violent, a riot
             "Violent demonstration": 4, MOB: 4, EXCESSIVE: 3, INTERVENTION: 2, "Peaceful protest": 1}


def _absorb(host: Draft, d: Draft) -> None:
    """Merge ``d`` into ``host``, which takes ``d``'s sub-type when it tells more (a taking of ground
    beats a clash)."""
    if _better_sub(d, host):
        host.sub_event_type, host.frame = d.sub_event_type, d.frame
    _merge_into(host, d)


def _better_sub(new: Draft, old: Draft) -> bool:
    """Within one Battles event a change of territory is more telling than a clash; a bombing told
    again as a suicide bombing ("تفجير مسجد" / "تفجير انتحاري استهدف مسجدا") is one."""
    if (new.sub_event_type, old.sub_event_type) == ("Suicide bomb", "Remote explosive/landmine/IED"):
        return True
    return _SPECIFIC.get(new.sub_event_type, 0) > _SPECIFIC.get(old.sub_event_type, 0)


def _keep(d: Draft) -> bool:
    """Weak drafts with neither actors nor a toll are noise, not events; a killing told with a
    bare "قتل" is violence against civilians only when the text names civilians."""
    if d.sub_event_type == "Attack" and d.frame.score < STRONG and not (
            d.actor2 is not None and d.actor2.is_victim and d.actor2.text):
        return False
    if d.actor1 is None and d.actor2 is None and not d.counts.killed and d.frame.score < SURE:
        return False
    if d.location is None and d.frame.score < SURE and not d.counts.killed:
        return False
    return True
