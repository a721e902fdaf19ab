"""Resolve actor mentions to canonical actors, and decide who acted and who was acted on.

An Arabic name may mean different actors by country and by date (codebook rules 5 and 6);
``resolve_actor`` picks the lexicon entry valid on the event day in the article's country.
``assign_roles`` reads the clause around an event trigger: "بين X و Y" (X against Y),
"X ... على/ضد/استهدف Y", "في صفوف Y", "على يد X", and the order of mention otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from marsad.lexicon import ActorEntry, coalition_of
from marsad.model import Mention, Span


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


def resolve_actor(m: Mention, country: str, day: date | None, text: str, counted: bool = False
                  ) -> Actor | None:
    """The lexicon entry of an actor mention that fits the country and the day, as an Actor."""
    entries: list[ActorEntry] = [e for e in m.data["entries"] if e.valid_on(day)]
    if not entries:
        return None
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


# Words before a name that mark it as the target/victim side.
_TARGET_BEFORE = re.compile(
    r"(?:^|(?<=\s))[وفبل]?(?:على|ضد|استهدف\w*|استهداف|صفوف|مواقع|معاقل|تجمعات|تحصينات|مقرات|مقر|ثكنات|مراكز|مركز|نقاط|"
    r"دورية|دوريات|رتل|ارتال|قافلة|آليات|اليات|تعزيزات|عناصر من|مقتل|مصرع|مقاتلي|عناصر|جنود|افراد|"
    r"ضباط|قيادي في|قياديا في|قادة|حاجز|حواجز|كمين ل|اختطاف|خطف|اعتقال|اسر|احتجاز|قصف|طرد|لطرد|"
    r"دحر|لدحر|من قبضة|سيطرة|من ايدي|يد|انسحاب|انسحبت)(?:\s+\S{2,}){0,2}\s*$"
)
# A death toll "of" a side: "قتل 18 على الأقل من مسلحي الحوثي" (the side is the victim).
_TOLL_OF = re.compile(
    r"(?:قتل|مقتل|مصرع|قتلي|قتيلا|قتيل|جرحي|جريحا|اصابه|اسر|اعتقال|\d+|عشرات)\s+(?:\S+\s+){0,4}(?:من|في صفوف)\s+(?:\S+\s+){0,1}$"
)
# Past-tense verbs after a name that make it the subject (SVO: "المقاومة اقتحمت معقل ...").
_AGENT_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,1}(?:شنت|شن|قصفت|قصف|استهدفت|استهدف|هاجمت|هاجم|اقتحمت|اقتحم|سيطرت|سيطر|"
    r"تمكنت|تمكن|نفذت|نفذ|اعتقلت|اعتقل|استعادت|استعاد|حررت|فجرت|اطلقت|اطلق|اغارت|دمرت|تصدت|صدت|"
    r"تقدمت|دخلت|احكمت|قتلت|اعدمت|خطفت|اختطفت|تكبد|تكبدت|كبدت|تسيطر|تقصف|تشن|تستهدف|تهاجم)(?:\s|$)"
)
# Words before a name that mark it as the one that acts.
_AGENT_BEFORE = re.compile(
    r"(?:على يد|على ايدي|من قبل|نفذه|نفذها|نفذتها|تبنى|تبنت|شنها|شنتها|شنه|شنته|بواسطة|اعلن|اعلنت|"
    r"شن|شنت|قام|قامت|تمكنت|تمكن|تمكن\w*|نجحت|قصفت|قصف|اغارت|هاجمت|هاجم|اقتحمت|اقتحم|سيطرت|"
    r"استعادت|حررت|اعتقلت|فجرت|اطلقت|اطلق|خطفت|اختطفت)\s*(?:\S+\s+){0,1}$"
)


def assign_roles(actors: list[Actor], norm: str, trigger_start: int, clause_start: int,
                 sub_event_type: str = "") -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of an event from the actors of its clause/sentence, in text order."""
    if not actors:
        return None, None
    if sub_event_type == "Air/drone strike":
        # the aircraft named in the sentence are the ones that struck
        planes = [a for a in actors if a.kind == "aircraft" and not a.counted]
        if planes:
            rest = [a for a in actors if a.name != planes[0].name]
            _, a2 = assign_roles(rest, norm, trigger_start, clause_start)
            others = [a for a in rest if a is not a2]
            return planes[0], a2 or (others[0] if others else None)
    uniq: list[Actor] = []
    for a in actors:
        if not any(u.name == a.name for u in uniq):
            uniq.append(a)
    # "بين X و Y"
    for i, a in enumerate(uniq):
        before = norm[max(clause_start, a.norm_start - 6):a.norm_start]
        if before.rstrip().endswith("بين") and i + 1 < len(uniq):
            return a, uniq[i + 1]
    agents: list[Actor] = []
    targets: list[Actor] = []
    neutral: list[Actor] = []
    for a in uniq:
        before = norm[max(clause_start, a.norm_start - 30):a.norm_start]
        if before and not before[-1].isspace():  # a clitic of the name's word ("لل" of "للحوثيين")
            before = before[:before.rfind(" ") + 1]
        after = norm[a.norm_end:a.norm_end + 30]
        if a.is_victim or a.counted:
            targets.append(a)
        elif _TOLL_OF.search(before):
            targets.append(a)
        elif _AGENT_AFTER.search(after) or _AGENT_BEFORE.search(before):
            agents.append(a)
        elif _TARGET_BEFORE.search(before):
            targets.append(a)
        else:
            neutral.append(a)
    a1 = agents[0] if agents else None
    pool = [a for a in neutral if a is not a1]
    if a1 is None and pool:
        # the subject usually comes before the trigger word
        before_trigger = [a for a in pool if a.norm_start < trigger_start]
        a1 = before_trigger[-1] if before_trigger else pool[0]
        pool = [a for a in pool if a is not a1]
    a2 = targets[0] if targets else (pool[0] if pool else None)
    if a1 is None and a2 is not None and len(targets) > 1:
        a1 = None
    if a1 is not None and a2 is not None and a1.name == a2.name:
        a2 = None
    return a1, a2


def allied(a: Actor, b: Actor) -> bool:
    """``a`` fights beside ``b``: militias beside state forces, or rebel groups beside each other."""
    return (b.inter == 1 and a.inter in (1, 3, 4) and not a.is_victim) or (a.inter == b.inter == 2)


def member_first(a1: Actor | None, a2: Actor | None, actors: list[Actor], day: date | None
                 ) -> tuple[Actor | None, Actor | None, Actor | None]:
    """A coalition and its member named for one event (جيش الفتح / جبهة فتح الشام): the member is
    the actor and the coalition its associate (codebook rule 5). Returns (actor1, actor2, assoc)."""
    if a1 is None or a2 is None:
        return a1, a2, None
    for member, coalition in ((a1, a2), (a2, a1)):
        if coalition_of(member.name, coalition.name, day):
            taken = {member.name, coalition.name}
            rest = [a for a in actors if a.name not in taken
                    and not coalition_of(a.name, coalition.name, day)]
            return member, (rest[0] if rest else None), coalition
    return a1, a2, None
