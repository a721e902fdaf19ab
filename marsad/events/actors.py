"""Resolve actor mentions to canonical actors, and decide who acted and who was acted on.

An Arabic name may mean different actors by country and by date (codebook rules 5 and 6);
``resolve_actor`` picks the lexicon entry valid on the event day in the article's country.
``assign_roles`` reads the clause around an event trigger (its cue words are lists of cues.yaml):
"بين X و Y" (X against Y), "X ... على/ضد/استهدف Y", "في صفوف Y", "على يد X", and the order of mention otherwise.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from marsad.events.frames import CLAUSE_MARK, is_cue_word
from marsad.lexicon import TERRITORY, ActorEntry, allies_on, coalition_members, coalition_of, cue_words, dates
from marsad.lexicon import numbers as lexicon_numbers
from marsad.model import Mention, Span
from marsad.text.normalize import normalize_key


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor of an event: canonical name, inter code and the words that named it."""

    name: str
    inter: int
    kind: str
    text: str  # the Arabic words in the article
    span: Span
    norm_start: int
    norm_end: int
    counted: bool = False  # a head count or a death word stands right before it: it is the victim

    @property
    def is_state(self) -> bool:
        return self.inter == 1

    @property
    def is_victim(self) -> bool:
        return self.kind in {"civilian", "victim"}


def one_family(a: str, b: str) -> bool:
    """Two canonical names of one group, whatever the country or period ("Islamic State (Syria)" and
    "Islamic State (Turkey)", "Military Forces of Libya" and "Military Forces of Libya (2014-) House of
    Representatives")."""
    return a.split(" (")[0] == b.split(" (")[0]


def one_side(a: str, b: str, day: date | None) -> bool:
    """Two canonical names on one side of a fight on ``day``: one group (``one_family``) or allies
    (allies.tsv; any period when ``day`` is None)."""
    return one_family(a, b) or allies_on(a, b, day)


def resolve_actor(m: Mention, country: str, day: date | None, text: str, counted: bool = False
                  ) -> Actor | None:
    """The lexicon entry of an actor mention that fits the country and the day, as an Actor."""
    entries: list[ActorEntry] = [e for e in m.data["entries"] if e.valid_on(day)]
    if not entries:
        return None
    if len(entries) > 1 and any(e.kind == "own" for e in entries):
        # a possessive ("طائراتها") that is also another word's form: that reading, when the
        # sentence names no side it belongs to (which the event stage looks for first)
        entries = [e for e in entries if e.kind != "own"] or entries
    exact = [e for e in entries if e.country and e.country == country]
    general = [e for e in entries if not e.country]
    other = [e for e in entries if e.country and e.country != country]
    if exact:
        e = exact[0]
    elif general:
        e = general[0]
    else:
        # a name listed for another country's conflict only: trusted when the article's country
        # is unknown, never against it ("الحرس الجمهوري" is Syrian in Syria, Yemeni in Yemen)
        if country:
            return None
        e = other[0]
    return Actor(e.name_for(country), e.inter, e.kind, m.span.text_of(text), m.span, m.norm_start,
                 m.norm_end, counted)


def members_named(actors: list[Actor], norm: str) -> list[Actor]:
    """Unnamed armed men followed by the group they belong to ("مقتل 49 مسلحا من تنظيم داعش"، "متمردي
    حركة تحرير السودان"), soldiers by the state force ("جنديان من الحماية الرئاسية"), aircraft by the
    side they belong to ("طائرة مسيرة تابعة لقوات حفتر"), or persons held to belong to a group ("اعتقال
    17 شخصا يشتبه في انتمائهم لتنظيم داعش"): the group stands for them, counted among the dead if they
    were (cue lists ``member_of``, ``belonging_to``, ``suspected_of``)."""
    out: list[Actor] = []
    for a in actors:
        prev = out[-1] if out else None
        if prev is not None and a.kind == "named" and (a.inter in NON_STATE_ARMED or a.is_state) \
                and a.norm_start >= prev.norm_end:
            gap = _gap_words(norm[prev.norm_end:a.norm_start])
            if prev.kind == "named" and gap in cue_words("belonging_to"):
                continue  # "جيش الفتح التابع للمعارضة": whom a named side belongs to is no other side
            if prev.kind == "named" and _within_coalition(gap):
                if norm[prev.norm_start:prev.norm_end].split()[0] in cue_words("faction_words"):
                    # "الفصائل المنضوية في جيش الفتح": the coalition names who fought
                    out[-1] = replace(a, counted=a.counted or prev.counted, norm_start=prev.norm_start)
                continue  # "حركة الشباب المنضوية في إطار تنظيم القاعدة": the coalition is no other side
            gunmen = prev.kind == "generic" and prev.inter == 3
            # soldiers of a named state force are that force ("جنديان من الحماية الرئاسية"); gunmen and
            # aircraft are a state force's only by words of belonging ("قناص تابع لقوات النظام"، "طائرة
            # مسيرة تابعة لقوات حفتر")
            soldiers = prev.kind == "generic" and prev.is_state and a.is_state and gap in cue_words("member_of")
            if soldiers or ((gunmen or prev.kind == "aircraft") and gap in cue_words("belonging_to")) or (a.inter in NON_STATE_ARMED and (
                    (gunmen and gap in cue_words("member_of")) or (
                    prev.kind == "generic" and prev.inter in NON_STATE_ARMED and not gap) or (
                    prev.kind in ("generic", "victim") and gap in cue_words("suspected_of")))):
                out[-1] = replace(a, counted=a.counted or prev.counted, norm_start=prev.norm_start)
                continue
        out.append(a)
    return out


def _within_coalition(gap: str) -> bool:
    """The words between two sides say the first is part of the second ("المنضوية في غرفة عمليات";
    cue lists within_coalition, coalition_frames)."""
    words = gap.split()
    for n in (2, 3):
        if " ".join(words[:n]) in cue_words("within_coalition"):
            return len(words) - n <= 2 and all(w in cue_words("coalition_frames") for w in words[n:])
    return False


def said_by(a: Actor | Mention, norm: str, clause_start: int, verbs: str = "speaker_before",
            clitics: str = "وف") -> bool:
    """The side is named right after a verb of saying ("أعلنت X"، "قال X"; cue list ``verbs``), or of
    another cue list's verbs ("عثرت X" of bodies_found)."""
    before = norm[max(clause_start, a.norm_start - 12):a.norm_start].split()
    return bool(before) and is_cue_word(before[-1], verbs, clitics)


def words_before_side(a: Actor | Mention, norm: str, clause_start: int) -> list[str]:
    """The words right before a side in its clause, a dual noun of the two sides' kind right after
    "بين" left out ("بين قبيلتي الرزيقات والمعاليا"; cue list between_duals)."""
    before = norm[max(clause_start, a.norm_start - 20):a.norm_start].split()
    if len(before) >= 2 and before[-2] == "بين" and is_cue_word(before[-1], "between_duals", ""):
        before.pop()
    return before


def first_between(a: Actor | Mention, norm: str, clause_start: int) -> bool:
    """The side is the first of "بين X وY"."""
    return words_before_side(a, norm, clause_start)[-1:] == ["بين"]


def _attacker_named(a: Actor, norm: str, clause_start: int) -> bool:
    """The side is named as the author of an attack ("في هجوم لتنظيم داعش"، "على يد X")."""
    before = norm[max(clause_start, a.norm_start - 30):a.norm_start]
    return bool(_attack_of_pattern().search(before) or _role_patterns()[3].search(before))


def _gap_words(gap: str) -> str:
    """The words between two sides, punctuation dropped, and a group noun before the second
    one's name dropped to its clitic ("، يشتبه في انتمائهم لتنظيم «" → "يشتبه في انتمائهم ل"), as
    the article fused to it ("التابع لل" of "التابع للمعارضة" → "التابع ل")."""
    words = _WORD.findall(gap)
    if words:
        last = words[-1]
        if last == "لل":
            words[-1] = "ل"  # the clitic and the article of "للمعارضة", whose name starts after them
        elif last in cue_words("group_nouns"):
            words.pop()
        elif last[:1] in "لب" and last[1:] in cue_words("group_nouns"):
            words[-1] = last[0]
    return " ".join(words)


_WORD = re.compile(r"[^\W_]+")


def _words(cue: str) -> str:
    """A regex alternation of one cue list of cues.yaml ("استهدف*": the word and its endings)."""
    return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
                    for w in sorted(cue_words(cue), key=len, reverse=True))


@functools.cache
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(target before, toll of, agent after, agent before) patterns, built from cues.yaml."""
    target_before = re.compile(  # "على/ضد/استهدف/صفوف Y": Y is acted on
        rf"(?:^|(?<=\s))[وفبل]?(?:{_words('role_target_before')})(?:\s+[^\s,،.؛:]{{2,}}){{0,2}}\s*$")
    toll_of = re.compile(  # "قتل 18 على الأقل من مسلحي الحوثي"، "قتل عقيد في الجيش": the side is the victim
        rf"(?:{_words('role_toll_heads')}|\d+)\s+(?:\S+\s+){{0,4}}(?:من|في صفوف|في)\s+(?:\S+\s+){{0,1}}(?:[^\w\s]\s*)?$")
    agent_after = re.compile(  # SVO: "المقاومة اقتحمت معقل ..."
        rf"^\s*(?:\S+\s+){{0,1}}(?:{_words('role_agent_after')})(?:\s|$)")
    # words of belonging without their clitic ("تابعة" of "تابعة ل"), which the name's clitic leaves behind
    belong = "|".join(re.escape(w[:-2]) for w in cue_words("belonging_to") if w.endswith(" ل"))
    agent_before = re.compile(  # "على يد X"، "شنت X"، "برصاص عنصر من X"، "قيام عناصر تابعة لـX" (the word
        # between, if any, is group 1 or 2)
        rf"(?:{_words('role_agent_before')})(?:\s*(?:(\S+)\s+)?|\s+(\S+)\s+(?:من|(?:{belong})(?:\s+ل)?)\s+)$")
    return target_before, toll_of, agent_after, agent_before


# a noun starts a word, after the clitics و/ف and ب/ل and the article (not inside "محكمين")
_NOUN_START = r"(?:^|(?<=\s))[وف]?(?:لل|[بل]ال|[بل]|ال)?"


@functools.cache
def _attack_of_pattern() -> re.Pattern[str]:
    """A noun of attack, then the clitic لـ or nothing right before a side's name ("هجوم لداعش"،
    "هجوم داعش"، "هجوم حوثي"; cue list role_attack_of); group 1 is the word before the noun."""
    return re.compile(rf"(?:(\S+)\s+)?{_NOUN_START}(?:{_words('role_attack_of')})\s+(ل(?:ل|ال)?)?$")



@functools.cache
def _masdar_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(verbal noun of attack right before a side, noun of what was struck right after it)."""
    time_words = "|".join(re.escape(normalize_key(w)) for w in (*dates()["weekdays"], *dates()["relative"]))
    before = re.compile(rf"(?:^|(?<=\s))[وفبل]?(?:{_words('role_masdar')})\s*$")
    after = re.compile(  # time words or an instrument (بالبراميل المتفجرة) may stand between
        rf"^\s*(?:[،,]\s*)?(?:(?:{time_words}|ب\S+(?:\s+\S+){{0,2}})\s*[،,]?\s+){{0,2}}(?:علي\s+|ل)?(?:ال)?"
        rf"(?:{_words('role_struck_objects')})(?:[^\w]|$)")
    return before, after


def _masdar_agent(before: str, after: str) -> bool:
    """A side between a verbal noun of attack and what was struck is the one that struck."""
    masdar, struck = _masdar_patterns()
    return bool(masdar.search(before) and struck.search(after))


@functools.cache
def _arrest_masdar_pattern() -> re.Pattern[str]:
    """A verbal noun of arrest right before a side's name (cue list arrest_masdar)."""
    return re.compile(rf"(?:^|(?<=\s))[وبل]?(?:{_words('arrest_masdar')})\s*$")


_ARREST_OF = re.compile(r"\s*(?:ل\S|\d)")  # "اعتقال داعش لناشطين"، "اعتقال التنظيم 20 مدنيا": its arrest of others


@functools.cache
def _side_close_pattern() -> re.Pattern[str]:
    """The words that close the first side of "بين X من جهة، وY من جهة أخرى" (cue list side_close),
    right before a comma or "و"; "من جهة القلمون" names a direction, not a side."""
    return re.compile(rf"(?:^|(?<=\s))(?:{_words('side_close')})(?=\s*[،,]|\s+و)")


@functools.cache
def _second_close_pattern() -> re.Pattern[str]:
    """The words that close the second side ("من جهة أخرى"; cue list side_close_second)."""
    return re.compile(rf"(?:^|(?<=\s))(?:{_words('side_close_second')})(?!\w)")


def sides_end(norm: str, start: int, end: int, sentence_end: int) -> int | None:
    """Where the names of the two sides of a fight the clause ``start:end`` tells of end, when they
    stand past it: the second side of "بين X من جهة، وY من جهة أخرى" (at the words that close it, or
    the sentence's end), and the sides of a "بين" that opens the next clause ("دارت اشتباكات على
    أطراف حي الخالدية، بين قوات النظام ... من طرف، وغرفة عمليات فتح حلب من طرف آخر"); None otherwise."""
    between = _NEXT_BETWEEN.match(norm, end)
    if between is None and not _BETWEEN.search(norm, start, end):
        return None
    if between is not None:  # the next clause names the sides: up to its end, unless closed as above
        start = between.end()
        end = start
        while True:  # "بين قوات النظام و«حزب الله»، وبين مقاتلين من الفصائل": both halves
            stop = CLAUSE_MARK.search(norm, end, sentence_end)
            end = stop.start() if stop is not None else sentence_end
            if stop is None or _NEXT_BETWEEN.match(norm, stop.end()) is None:
                break
            end = stop.end()
    close = _side_close_pattern().search(norm, start, min(end + 1, sentence_end))
    if close is None:
        return end if between is not None else None
    second = _second_close_pattern().search(norm, close.end(), sentence_end)
    return second.start() if second is not None else sentence_end


_NEXT_BETWEEN = re.compile(r"[\s،,]*(?=و?بين\s)")
_BETWEEN = re.compile(r"(?<!\S)و?بين(?!\S)")
_AND_BETWEEN = re.compile(r"[،,]\s*وبين(?=\s)")


@functools.cache
def _support_pattern() -> re.Pattern[str]:
    """Words before a side that make it the backer of the side that acts (cue list role_support_before)."""
    return re.compile(rf"(?:^|(?<=\s))و?(?:{_words('role_support_before')})(?:\s+\S{{2,}}){{0,2}}\s*$")


NON_STATE_ARMED = (2, 3, 4)  # inter codes of rebel groups and political and identity militias


class Roles(NamedTuple):
    """Who acted (actor1) and who was acted on (actor2), each with the actors named beside it."""

    actor1: Actor | None
    actor2: Actor | None
    with1: list[Actor]
    with2: list[Actor]
    acts: bool = False  # words around actor1 say it acted ("اعتقلت جبهة النصرة"، "على يد X")
    backers: tuple[Actor, ...] = ()  # sides named as backing the one that acts ("بإسناد طائرات التحالف")


def _joined(a: Actor, b: Actor, norm: str) -> bool:
    """``b`` follows ``a`` with only "و" between them: one side ("المقاومة وقوات الجيش")."""
    return b.norm_start >= a.norm_end and norm[a.norm_end:b.norm_start].strip() == "و"


def _sides(uniq: list[Actor], norm: str) -> list[list[Actor]]:
    """Actors in text order grouped into sides: names joined by "و" fight together. The state
    force leads its side (codebook rule 5: the militias beside it are its associates)."""
    groups: list[list[Actor]] = []
    for a in uniq:
        if groups and _joined(groups[-1][-1], a, norm) and a.is_victim == groups[-1][-1].is_victim:
            groups[-1].append(a)
        else:
            groups.append([a])
    for g in groups:
        state = [a for a in g if a.is_state and not a.counted]
        if state and g[0] is not state[0]:
            g.remove(state[0])
            g.insert(0, state[0])
    return groups


def _role(first: Actor, last: Actor, norm: str, clause_start: int) -> str:
    """"agent", "target" or "neutral" from the words around a side (before its first name and
    after its last)."""
    before = norm[max(clause_start, first.norm_start - 30):first.norm_start]
    attack_of = _attack_of_pattern().search(before)
    if attack_of and not attack_of.group(2) and first.kind != "named":
        attack_of = None  # "هجوم مسلح": an armed attack, the word no side's name
    if attack_of and attack_of.group(2) and _object_of_attack(before):
        return "target"  # "هاجم مسلحون كمينا للجيش"، "نصب مسلحو داعش كمينا للجيش": the army's post, or against it
    if attack_of and not is_cue_word(attack_of.group(1) or "", "role_repel", "") \
            and not is_cue_word(attack_of.group(1) or "", "foiling", ""):
        return "agent"  # "قتل ثلاثة جنود في هجوم لحزب العمال الكردستاني": the party's attack
    if before and not before[-1].isspace():  # a clitic of the name's word ("لل" of "للحوثيين")
        before = before[:before.rfind(" ") + 1]
    after = norm[last.norm_end:last.norm_end + 30]
    target_before, toll_of, agent_after, agent_before = _role_patterns()
    if first.is_victim:
        return "target"
    if first is last and _armed_attack(before, norm[first.norm_start:first.norm_end], norm[last.norm_end:last.norm_end + 30]):
        return "agent"  # "قتل مجندان في هجوم مسلح": the armed men of the attack made it
    if _masdar_agent(before, after):
        return "agent"  # "استهداف قوات الأسد قرية المكرمية": the forces struck the village
    if first.is_state and not first.counted and _arrest_masdar_pattern().search(before) \
            and norm[first.norm_start:first.norm_end].split()[0] in cue_words("state_bodies"):
        return "agent"  # "اعتقال الشرطة الإسرائيلية مستوطنين اثنين": the police arrested them
    if not first.is_state and _arrest_masdar_pattern().search(before) and not _ARREST_OF.match(after):
        return "target"  # "اعتقال داعشي في طنجة": the member of the group was arrested
    if _support_pattern().search(before):
        return "support"  # "بدعم عناصر الجيش"، "بإسناد ... طائرات التحالف": an ally of who acts
    if _places_loyal(before):
        return "target"  # "قصفت المعارضة بلدات موالية للنظام": whom the places struck or taken stand for
    # "لقي مصرعه بنيران مسلحين": a death word before, but the gunmen shot; not across a word of
    # what the side holds ("اقتحمت معقل مليشيات الحوثي": the Houthis' stronghold was stormed)
    agent = agent_before.search(before)
    between = agent and (agent.group(1) or agent.group(2))
    if agent and between not in cue_words("role_held_by") and not (
            (_a_count(between) or (agent.group(2) is not None and _a_count(agent.group(2) + " من")))
            and agent.group(0).split()[0] in cue_words("role_people_verbs")):
        # (not "اعتقلت خمسة شبان": a count after a verb done to people starts its object; "قامت ثلاث
        # مقاتلات" is counted subject)
        return "agent"
    if first.counted and not first.is_victim and _count_follows(after) and (
            first.is_state or _killing_verb_before(before)):
        # "قتلت الشرطة المصرية 3 مسلحين"، "قتلت حركة طالبان 12 شرطيا": a verb of killing, a side,
        # then a count: they killed (a passive "قتل 3 جنود" names its dead before any count)
        return "agent"
    if first is last and not first.counted and not first.is_state and _count_follows(after) \
            and _taking_verb_before(before):
        # "اعتقل تنظيم داعش أمس 5 ناشطين": a verb of taking people that could be read as a passive
        # ("اعتقل عنصر من داعش"), a group, then the count of those it took: the group took them
        return "agent"
    if first.counted or toll_of.search(before):
        return "target"
    if agent_after.search(after):
        return "agent"
    if target_before.search(before):
        # "استهدف مسلحو داعش مواقع الجيش": a plural in the nominative ("مسلحو") is the verb's
        # subject, not its object (cue list subject_heads)
        head = norm[first.norm_start:first.norm_end].split()[:1]
        if head and is_cue_word(head[0], "subject_heads", "وف") and not before.rstrip().endswith(("علي", "ضد")):
            return "agent"
        if _verb_then_object(before, after):
            return "agent"  # "استهدف حزب الله موقعا للجيش الإسرائيلي": verb, subject, then what it struck
        return "target"
    return "neutral"


def _taker_first(roles: Roles, actors: list[Actor], norm: str, clause_start: int) -> Roles:
    """The two sides of a fight that ended with ground taken, the one the taking names first
    ("اشتباكات بين قوات المعارضة وقوات النظام ...، أسفرت عن سيطرة قوات الأسد على القريتين": the
    regime took them; cue list taking_nouns, the side between one and "على")."""
    before, after, managed, managed_after = _taking_patterns()
    taker = next((u for u in actors if (before.search(norm, max(clause_start, u.norm_start - 20), u.norm_start)
                                        and after.match(norm, u.norm_end))
                  or (managed.search(norm, max(clause_start, u.norm_start - 20), u.norm_start)
                      and managed_after.match(norm, u.norm_end))), None)
    if taker is None or roles.actor2 is None or taker.name != roles.actor2.name:
        return roles
    return Roles(roles.actor2, roles.actor1, roles.with2, roles.with1)


@functools.cache
def _holding_pattern() -> re.Pattern[str]:
    """Words of holding ground right before a side's name (cue list holding_before)."""
    return re.compile(rf"(?:^|(?<=\s))(?:{_words('holding_before')})\s*$")


@functools.cache
def _taking_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a noun of taking ground right before a side, "على" or "السيطرة" right after it; a verb of
    managing right before a side, "من"/"في" and a noun of taking right after it: cue list managed_to)."""
    taking = _words("taking_nouns")
    return (re.compile(rf"(?:^|(?<=\s))[وبل]?(?:{taking})\s*$"),
            re.compile(r"\s*(?:علي|السيطره)(?!\w)"),
            re.compile(rf"(?:^|(?<=\s))[وف]?(?:{_words('managed_to')})\s*$"),
            re.compile(rf"\s*(?:من|في)\s+(?:ال)?(?:{taking})(?!\w)"))


def _places_loyal(before: str) -> bool:
    """The words before a side are a word of places and one of allegiance ("بلدات موالية ل"; cue lists
    loyal_place_nouns, loyal_places; a dual of allegiance, "المواليتين ل", is of two places)."""
    words = before.split()
    if len(words) < 2 or words[-1] not in cue_words("loyal_places"):
        return False
    return words[-2] in cue_words("loyal_place_nouns") or words[-1].endswith(("تين", "تان"))


def _verb_then_object(before: str, after: str) -> bool:
    """The side stands between a verb of acting (cue list role_agent_after) and a noun of what was
    struck or held (role_struck_objects, role_held_by; words of time between): the verb's subject,
    its object after it."""
    words, next_words = before.split()[-1:], after.split()[:4]
    if not (words and next_words and is_cue_word(words[0], "role_agent_after", "وف")):
        return False
    if _masdar_patterns()[1].search(after):
        return True  # "استهدفت الفصائل بقذائف الهاون مناطق": an instrument or a time between
    next_words = _past_time_words(next_words)  # "استهدف حزب الله أمس موقعا"
    return next_words[0] in cue_words("role_struck_objects") or next_words[0] in cue_words("role_held_by")


def _past_time_words(words: list[str]) -> list[str]:
    """The words after the words of time they open with, the last word kept (cue list time_words)."""
    while words[1:] and words[0] in cue_words("time_words"):
        words = words[1:]
    return words


def _fell_attacking(targets: list[list[Actor]], norm: str, clause_start: int) -> bool:
    """The first side struck is an armed side whose dead are counted, and the next is another side
    named after a noun of attack and "على" ("في هجوم على قاعدة للجيش"; cue list role_attack_of):
    the one its men attacked."""
    dead, struck = targets[0][0], targets[1][0]
    return dead.counted and not dead.is_victim and not struck.counted and not struck.is_victim \
        and dead.name != struck.name and dead.norm_end <= struck.norm_start \
        and bool(_attack_on_pattern().search(norm, max(clause_start, dead.norm_end), struck.norm_start))


@functools.cache
def _attack_on_pattern() -> re.Pattern[str]:
    """A noun of attack (a word may follow it), "على", then at most two words (and a clitic) before a
    side's name."""
    return re.compile(rf"{_NOUN_START}(?:{_words('role_attack_of')})(?:\s+\S+)?\s+علي\s+(?:\S+\s+){{0,2}}(?:[وب]?(?:لل|ل|ال))?$")


def _killing_verb_before(before: str) -> bool:
    """The words before a side end with a verb of killing (cue list killing_verbs), or with one and
    the unnamed men the side's name follows ("قتل مسلحون من | بوكو حرام")."""
    words = before.split()
    if words[-2:-1] and words[-1] == "من":
        words = words[:-2]  # "مسلحون من"
    return bool(words) and is_cue_word(words[-1], "killing_verbs", "وف")


def _object_of_attack(before: str) -> bool:
    """The noun of attack before the clitic لـ is an ambush in the accusative ("كمينا"; cue list
    attack_objects): a verb's object, so the side after لـ is the one it was set against or whose
    post it is, not its author ("في كمين للمقاومة")."""
    words = before.split()
    return len(words) >= 2 and words[-2] in cue_words("attack_objects")


def _taking_verb_before(before: str) -> bool:
    """The words before a side end with a verb of taking people spelled alike in the active and the
    passive (cue list taking_verbs: "اعتقل" is "he arrested" and "was arrested")."""
    words = before.split()
    return bool(words) and is_cue_word(words[-1], "taking_verbs", "وف")


def names_both_sides(a: Actor, norm: str) -> bool:
    """The actor's words are a dual naming both sides of a fight ("بين مجموعتين مسلحتين"، "بين
    قبيلتين"; cue list two_sides)."""
    return norm[a.norm_start:a.norm_end] in cue_words("two_sides")


def _a_count(word: str | None) -> bool:
    """The word is a head count: digits or a number word ("خمسة"، "عشرات")."""
    return word is not None and (word.isdigit() or word in _number_words())


def _armed_attack(before: str, name: str, after: str) -> bool:
    """"مسلح" right after a noun of attack ("في هجوم مسلح"; cue lists armed_adjectives,
    armed_described): the unnamed armed men who attacked, never its dead; unless the attack's
    side is named right after it ("في هجوم مسلح للمقاومة")."""
    words = before.split()
    return name in cue_words("armed_adjectives") and bool(words) and is_cue_word(words[-1], "armed_described", "وبلف") \
        and not after.lstrip().startswith("ل")


def _count_follows(after: str) -> bool:
    """The words right after a side open with a count: digits, a number word ("3 مسلحين"، "خمسة"), or a
    noun of one or two persons ("شابا"، "جنديين")."""
    # (up to the clause's end: "قتل المسلحون جنديين." ends the count with the sentence's full stop)
    words = _past_time_words(CLAUSE_MARK.split(after, 1)[0].split()[:3])  # "قتل مسلحون أمس عقيدا": words of time may stand between
    return bool(words) and (words[0].isdigit() or words[0] in _number_words()
                            or words[0] in cue_words("singular_person") or words[0] in cue_words("dual_person"))


def _launchers(actors: list[Actor], planes: list[Actor], norm: str) -> list[Actor]:
    """The side a verb of launching names as the one that sent the drone ("أطلق الحوثيون طائرة
    مسيرة على قاعدة العند"، "طائرة مسيرة أطلقها الحوثيون"; cue list drone_launch): it struck, the
    drone is only its weapon (kind "aircraft": an armed group's own drone, not one of the air force
    that usually flies there)."""
    out = []
    for a in actors:
        if a.kind == "aircraft" or a.is_victim or not any(
                abs(a.norm_start - p.norm_start) <= LAUNCHED_DRONE_CHARS for p in planes):
            continue
        before = norm[max(0, a.norm_start - 16):a.norm_start].split()
        if before and (is_cue_word(before[-1], "drone_launch", "و")
                       or (before[-1].endswith("ها") and is_cue_word(before[-1][:-2], "drone_launch", "و"))):
            out.append(replace(a, kind="aircraft"))
    return out


LAUNCHED_DRONE_CHARS = 40  # how far from the drone the side a verb of launching names may stand


@functools.cache
def _number_words() -> frozenset[str]:
    return frozenset(normalize_key(n.word) for n in lexicon_numbers())


def assign_roles(actors: list[Actor], norm: str, trigger_start: int, clause_start: int,
                 sub_event_type: str = "") -> Roles:
    """Actor1 and actor2 of an event from the actors of its clause/sentence, in text order, with
    the names joined to each by "و" as its allies."""
    if not actors:
        return Roles(None, None, [], [])
    if sub_event_type == "Air/drone strike":
        # the aircraft named in the sentence are the ones that struck
        # (a count before them is of the dead, not theirs, when a noun of attack stands between:
        # "مقتل قياديين حوثيين اثنين في غارة للتحالف")
        planes = [a for a in actors if a.kind == "aircraft" and (not a.counted or _attack_of_pattern().search(
            norm[max(clause_start, a.norm_start - 30):a.norm_start]))]
        if planes:
            launchers = _launchers(actors, planes, norm)
            if launchers:  # the drone is the launcher's weapon, no side of its own
                actors, planes = [a for a in actors if a.kind != "aircraft"], launchers
            rest = [a for a in actors if a.name != planes[0].name]
            _, a2, _, with2, _, _ = assign_roles(rest, norm, trigger_start, clause_start)
            others = [a for a in rest if a is not a2]
            return Roles(planes[0], a2 or (others[0] if others else None), [], with2 if a2 else [])
    uniq: list[Actor] = []
    for a in actors:
        k = next((i for i, u in enumerate(uniq) if u.name == a.name), None)
        if k is not None and a.counted and not uniq[k].counted and said_by(uniq[k], norm, clause_start) \
                and any(_attacker_named(b, norm, clause_start) for b in actors if b.name != a.name):
            # "أعلنت عصائب أهل الحق مقتل اثنين من مقاتليها في هجوم لتنظيم داعش": the side that told
            # of its own dead in another's attack is the one that lost them, not the one that acted
            uniq[k] = a
            continue
        if k is None or (
                _role_patterns()[3].search(norm[max(clause_start, a.norm_start - 30):a.norm_start])
                and not any(u.name == a.name and _role_patterns()[3].search(
                    norm[max(clause_start, u.norm_start - 30):u.norm_start]) for u in uniq)):
            # (a side named again right after a word that makes it the agent, "نفذهما التنظيم",
            # is kept: the first naming may be among the dead)
            uniq.append(a)
    if sub_event_type == "Agreement" and len(uniq) > 1 and not any(a.is_victim for a in uniq[:2]):
        # "وقعت الحكومة والحركة الشعبية اتفاقا": the names joined by "و" are the two parties
        return Roles(uniq[0], uniq[1], [], [])
    # "بين X و Y"، "تبادل X و Y القصف": the two sides
    # (a side named before under another name, "مروحيات النظام ... بين قوات النظام و«حزب الله»")
    for a in actors:
        before = words_before_side(a, norm, clause_start)
        rest = [u for u in uniq if u.norm_start > a.norm_start and u.name != a.name]
        if before and (before[-1] == "بين" or is_cue_word(before[-1], "exchange", "و")) and rest:
            close = None
            if before[-1] == "بين":  # (or "بين X وY، وبين Z": the second "بين" opens the other side)
                close = _side_close_pattern().search(norm, a.norm_end, rest[-1].norm_start) \
                    or _AND_BETWEEN.search(norm, a.norm_end, rest[-1].norm_start)
            second = [u for u in rest if close is not None and u.norm_start >= close.end()]
            if second:
                # "بين قوات النظام وحزب الله ... من جهة، والمعارضة من جهة أخرى": the names before the
                # words that close the first side are its allies, the first one after them the other side
                first = [u for u in rest if close is not None and u.norm_start < close.start() and not u.is_victim]
                roles = Roles(a, second[0], first, [u for u in second[1:] if not u.is_victim])
            else:
                roles = Roles(a, rest[0], [], [])
            return _taker_first(roles, actors, norm, clause_start) if sub_event_type == TERRITORY else roles
    if sub_event_type == "Attack":
        # "عثرت الشرطة العراقية على جثث 6 أشخاص": who found the dead is no side of the attack (cue list
        # bodies_found)
        uniq = [a for a in uniq if not said_by(a, norm, clause_start, "bodies_found", "و")]
    armed = [a for a in uniq if _armed_attack(norm[max(clause_start, a.norm_start - 30):a.norm_start],
                                              norm[a.norm_start:a.norm_end], norm[a.norm_end:a.norm_end + 30])]
    if armed and any(a not in armed and (r := _role(a, a, norm, clause_start)) != "target" and r != "support"
                     and (r == "agent" or a.norm_start < armed[0].norm_start) for a in uniq):
        # "نفذت المقاومة الشعبية هجوما مسلحا": the side that acts, or is named before the attack, made it
        uniq = [a for a in uniq if a not in armed]
    groups = _sides(uniq, norm)
    by_role: dict[str, list[list[Actor]]] = {"agent": [], "target": [], "neutral": [], "support": []}
    prev: tuple[list[Actor], str] | None = None
    for g in groups:
        role = _role(g[0], g[-1], norm, clause_start)
        if sub_event_type == TERRITORY and role != "agent" and _holding_pattern().search(
                norm, max(clause_start, g[0].norm_start - 24), g[0].norm_start):
            role = "target"  # "النقاط التي كانت تسيطر عليها ميليشيات الحوثي": who held what was taken
        if role == "agent" and prev is not None and prev[1] == "agent" \
                and not norm[prev[0][-1].norm_end:g[0].norm_start].strip():
            role = "target"  # "هاجم مسلحون دورية أمنية": the side right after the verb's subject is its object
        by_role[role].append(g)
        prev = (g, role)
    backers = tuple(a for g in by_role["support"] for a in g)
    if backers and not (by_role["agent"] or by_role["neutral"]):
        # only backers named beside the event ("وبإسناد كثيف وفرته طائرات التحالف ... من استعادة"):
        # the side they back was named before it
        t = by_role["target"]
        return Roles(None, t[0][0] if t else None, [], t[0][1:] if t else [], False, backers)
    agents, targets = by_role["agent"], by_role["target"]
    g1 = agents[0] if agents else None
    pool = [g for g in by_role["neutral"] if g is not g1]
    if g1 is None and pool:
        # the subject usually comes before the trigger word
        before_trigger = [g for g in pool if g[0].norm_start < trigger_start]
        g1 = before_trigger[-1] if before_trigger else pool[0]
        pool = [g for g in pool if g is not g1]
    if len(targets) > 1 and targets[0][0].kind == "victim":
        # "مقتل ستة أشخاص في عملية انتحارية استهدفت مركزا للشرطة": the persons counted are the
        # toll; the side struck is the one named as the target
        targets = sorted(targets, key=lambda g: g[0].kind == "victim")
    elif len(targets) > 1 and targets[0][0].kind == "generic" and targets[0][0].inter == 3:
        # "قتل خمسة مسلحين جراء قصف تجمعات الحوثيين": the gunmen counted are of the side named as
        # struck
        named = [g for g in targets if g[0].kind == "named" and g[0].inter in NON_STATE_ARMED]
        if named:
            targets = named + [g for g in targets if g not in named]
    if sub_event_type in ("Armed clash", "Violent demonstration") and targets and pool \
            and all(g[0].is_victim and g[0].counted for g in targets):
        # "اشتبك مسلحو داعش مع القوات العراقية ... ما أدى إلى مقتل 9 مدنيين": the other side of a
        # fight is the armed side named, the civilians counted are its toll; so is the side a riot
        # struck ("أحرق متظاهرون مركزا للشرطة بعد مقتل شاب": the police, not the young man)
        targets = pool[:1]
    fell_attacking = sub_event_type == "Armed clash" and g1 is None and len(targets) > 1 \
        and _fell_attacking(targets, norm, clause_start)
    if fell_attacking:
        # "قتل 12 من مقاتلي حركة الشباب في هجوم على قاعدة للجيش": the armed side whose dead are
        # counted in a fight with a side it struck made the attack
        g1, targets = targets[0], targets[1:]
    elif sub_event_type == "Armed clash" and g1 is None and len(targets) > 1:
        # "قتل 7 من عناصر داعش و3 من مقاتلي مجلس شورى مجاهدي درنة في اشتباكات": the dead of two sides
        # that are no allies, no side acting, are of the two sides that fought (the first named first)
        foe = next((g for g in targets[1:] if targets[0][0].counted and g[0].counted and _foes(targets[0][0], g[0])),
                   None)
        if foe is not None:
            g1, targets = targets[0], [foe] + [g for g in targets[1:] if g is not foe]
    if g1 is not None and len(targets) + len(pool) > 1:
        # "سيطرته على منطقة الليثي بعد معارك مع مسلحي مجلس شورى ثوار بنغازي أسفرت عن مقتل 8 جنود": the
        # dead of actor1's own side are its toll, the other side named is whom it fought
        other = [g for g in targets + pool if not (g[0].counted and one_family(g[0].name, g1[0].name))]
        if other and targets and targets[0] not in other:
            targets = [g for g in targets if g in other]
            if not targets:
                pool = other
    g2 = targets[0] if targets else (pool[0] if pool else None)
    if g1 is not None and g2 is not None and g1[0].name == g2[0].name:
        g2 = None
    return Roles(g1[0] if g1 else None, g2[0] if g2 else None, (g1[1:] if g1 else []) + list(backers),
                 g2[1:] if g2 else [], bool(agents) or fell_attacking, backers)  # with agents, actor1 is the first of them


def _foes(a: Actor, b: Actor) -> bool:
    """Two armed sides, neither civilians nor one family, allies or a coalition and its member in any
    period (allies.tsv, coalitions.tsv): sides that may fight each other."""
    return not (a.is_victim or b.is_victim or one_side(a.name, b.name, None)
                or coalition_of(a.name, b.name, None) or coalition_of(b.name, a.name, None))


def member_first(a1: Actor | None, a2: Actor | None, actors: list[Actor], day: date | None,
                 sentence: Callable[[], list[Actor]] | None = None
                 ) -> tuple[Actor | None, Actor | None, Actor | None]:
    """A coalition and its member named for one event (جيش الفتح / جبهة فتح الشام): the member is
    the actor and the coalition its associate (codebook rule 5); ``sentence`` gives the sides of the
    whole sentence, where the coalition may be named outside the event's clause. Returns (actor1,
    actor2, assoc)."""
    if a1 is None:
        return a1, a2, None
    if a2 is not None:
        for member, coalition in ((a1, a2), (a2, a1)):
            if coalition_of(member.name, coalition.name, day):
                taken = {member.name, coalition.name}
                rest = [a for a in actors if a.name not in taken
                        and not coalition_of(a.name, coalition.name, day)]
                return member, (rest[0] if rest else None), coalition
    # the coalition named elsewhere in the sentence ("جبهة فتح الشام، وهي فصيل في جيش الفتح")
    named = next((a for a in actors if coalition_of(a1.name, a.name, day)), None)
    if named is None and sentence is not None and a1.name in coalition_members():
        named = next((a for a in sentence() if coalition_of(a1.name, a.name, day)), None)
    return a1, a2, named
