"""Find event frames: clauses whose trigger words say an event happened, with their sub-type.

A frame is one candidate event: the trigger words of one or more adjacent clauses of a
sentence that agree on a sub-type. Triggers under a negation (لم، لن، دون ...) or in a
statement of intent, threat or plan (هدد، يعتزم، سوف ...) do not make frames.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from marsad.lexicon import TERRITORY, TriggerEntry, cue_words, trigger_blockers, word_of
from marsad.mentions.finder import Mentions, within
from marsad.model import SUB_TO_TYPE, Mention
from marsad.text.segment import Segment

# When two sub-types are equally strong in a clause, the more specific wins (lower = wins).
PRIORITY = [
    "Suicide bomb", "Chemical weapon", "Disrupted weapons use", TERRITORY, "Armed clash",
    "Air/drone strike", "Remote explosive/landmine/IED", "Grenade",
    "Shelling/artillery/missile attack", "Abduction/forced disappearance", "Sexual violence",
    "Excessive force against protesters", "Protest with intervention", "Violent demonstration",
    "Mob violence", "Peaceful protest", "Arrests", "Attack", "Agreement",
    "Looting/property destruction", "Non-violent transfer of territory", "Change to group/activity",
    "Headquarters or base established", "Other",
]
_RANK = {s: i for i, s in enumerate(PRIORITY)}
MIN_SCORE = 0.7  # a clause needs a trigger at least this strong (or a weaker one with a death toll)
TRANSFER = "Non-violent transfer of territory"
SURE_TRANSFER = 0.9  # a withdrawal or handover said to be without a fight (cue list without_fight)
WEAK_SCORE = 0.3
ONGOING_SCOPE = 16  # characters before a definite trigger where a word of going on is looked for
RIOT = "Violent demonstration"
RIOT_OVER_PROTEST = 0.6  # a riot word this strong makes a protest clause a riot
INTERVENTION = "Protest with intervention"
LOOTING = "Looting/property destruction"
HELD = ("Abduction/forced disappearance", "Arrests")  # captivities a release ends
CONFIRMED_SCORE = 0.8  # a weak word after the verb that says it happened: as sure as a trigger phrase
OUTCOME_CHARS = 16  # the verb of outcome and its preposition right before a noun of control
CONFIRMED_CHARS = 36  # how far before the word that verb may stand (its subject between)
# weak words a verb before them confirms: a base set up ("أقامت القوات التركية قاعدة عسكرية"), bodies
# found ("عثرت الشرطة على جثتي رجلين"), an attack launched ("شنت وحدات حماية الشعب هجوما"):
# sub-type → the cue lists of the verbs and of the words they confirm (None: any weak word), and how
# sure the confirmed word is (a march people took part in, "شارك آلاف في مسيرة"، "خرجت مسيرة", is
# nearly as sure a protest as a verb of protest)
CONFIRMED_BY = {TERRITORY: (None, None, CONFIRMED_SCORE),  # confirmed by an outcome (_taking_as_outcome)
                "Headquarters or base established": ("founding", None, CONFIRMED_SCORE),
                "Attack": ("bodies_found", None, CONFIRMED_SCORE),
                "Armed clash": ("launching", "launched", CONFIRMED_SCORE),
                "Air/drone strike": ("aircraft_words", "strikes", CONFIRMED_SCORE),  # "نفذت طائرات التحالف عدة ضربات"
                "Peaceful protest": ("marching", "marches", 0.9),
                "Looting/property destruction": ("demolishing", "demolished_things", CONFIRMED_SCORE)}
FIRE_ON_CROWD_CHARS = 14  # how far after a word of gunfire the crowd it was aimed at may begin
ATTEMPT_SCOPE = 60  # characters after a word of attempt that it governs
WEAK_TELLS = 0.5  # a trigger weighing less (a bare "قتل") does not tell what happened beside an attempt
IRREALIS_SCOPE = 40  # characters after a word of threat, plan or demand that it governs


@dataclass(slots=True)
class Frame:
    """A candidate event: its sub-type, the clauses and trigger mentions that say it."""

    sub_event_type: str
    score: float
    sentence: Segment
    clauses: list[Segment]
    triggers: list[Mention] = field(default_factory=list)
    negated_territory: bool = False
    continued: bool = False  # a clause with no trigger that goes on with the frame before it at a new place
    toll_confirms: bool = False  # a weak word the dead counted in its clause fell in ("قتل جنديان في هجوم")

    @property
    def event_type(self) -> str:
        if self.sub_event_type == TERRITORY:
            return "Battles"
        return SUB_TO_TYPE[self.sub_event_type]

    @property
    def start(self) -> int:
        return self.clauses[0].start

    @property
    def end(self) -> int:
        return self.clauses[-1].end

    def take(self, cl: Segment, ts: list[Mention], score: float) -> None:
        """Go on into the next clause: its trigger words join the frame's, in text order."""
        self.clauses.append(cl)
        self.triggers = sorted(self.triggers + ts, key=lambda t: t.norm_start)
        self.score = max(self.score, score)

    def anaphoric(self, norm: str) -> bool:
        """Every trigger is a definite noun ("المعارك"، "بالغارات"): the words point back at
        fighting told elsewhere more often than they tell a new event."""
        if self.sub_event_type == TERRITORY:
            # "السيطرة على" is a verbal noun that tells the taking itself, unless what was taken
            # is only pointed at or left unsaid ("السيطرة على هذه المناطق"، "على بعض المناطق")
            return any(self._points_back(t, norm) for t in self.triggers)
        if not self.triggers or not all(_definite(norm[t.norm_start:t.norm_end]) for t in self.triggers):
            return False
        # "بالتزامن مع تواصل الاشتباكات في المدينة": fighting that goes on is news of the day
        t = self.triggers[0].norm_start
        before = norm[max(self.start, t - ONGOING_SCOPE):t].split()
        if not before:
            return True
        if before[-1] == "ب" and len(before) > 1 and is_cue_word(before[-2], "attack_with", "وفب"):
            return False  # "في قصف بالبراميل المتفجرة": the weapon of the attack told here
        return not is_cue_word(before[-1], "ongoing", "وفب")

    @staticmethod
    def _points_back(t: Mention, norm: str) -> bool:
        """A taking of ground whose object is a demonstrative ("على هذه المناطق") or left unsaid
        ("على بعض المناطق")."""
        after = norm[t.norm_end:t.norm_end + 16].split()
        if after and after[0] == "علي":
            after = after[1:]  # "استعادة السيطرة | على بعض المناطق"
        return bool(after) and (is_cue_word(after[0], "demonstratives", "") or is_cue_word(after[0], "unspecified", ""))

    @property
    def trigger_start(self) -> int:
        return self.triggers[0].norm_start if self.triggers else self.start


def is_cue_word(word: str, cue: str, clitics: str) -> bool:
    """``word`` is a word of the cue list ``cue`` of cues.yaml, bare or after one of ``clitics``
    ("وتواصلت" is "تواصلت")."""
    return word_of(word, cue_words(cue), clitics)


def not_a_trigger(words: str) -> bool:
    """True for a phrase listed with weight 0: it holds a trigger word but tells no event."""
    blockers = trigger_blockers()
    return any(words[i:] in blockers for i in range(min(4, len(words))))


def _struck_cache(t: Mention, norm: str) -> bool:
    """A weapons cache right after a verb of striking (cue list struck_before) is what a strike hit,
    not weapons seized (Disrupted weapons use)."""
    if not any(e.sub_event_type == DISRUPTED for e in _entries(t)):
        return False
    return _word_before(t, norm, STRUCK_CHARS, "struck_before", "وف")


def _word_before(t: Mention, norm: str, chars: int, cue: str, clitics: str) -> bool:
    """The last word of the ``chars`` characters before the trigger is a word of cue list ``cue``."""
    before = norm[max(0, t.norm_start - chars):t.norm_start].split()
    return bool(before) and is_cue_word(before[-1], cue, clitics)


def _destroyed_weapon(t: Mention, cl: Segment, norm: str) -> bool:
    """A word of guns or tanks (a shelling trigger) after a verb of destroying or seizing in its
    clause, no comma between (cue list destroyed_before): what was destroyed or taken, no shelling."""
    if not all(e.sub_event_type == SHELLING for e in _entries(t)):
        return False
    words = norm[max(cl.start, t.norm_start - DESTROYED_CHARS):t.norm_start].split()[-DESTROYED_WORDS:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if CLAUSE_MARK.search(w) or any(c.isdigit() for c in w) or is_cue_word(w, "cause_of_toll", "و"):
            return False  # "وتدمير 13 منزلا ... جراء سقوط 10 قذائف": the shells did the destroying
        if is_cue_word(w, "destroyed_before", "و"):
            return True
    return False


def _military_things_after(t: Mention, norm: str) -> bool:
    """Arms or military vehicles (cue list military_things) among the few words after a word of
    burning or destroying: what a fight destroyed, not property looted or razed."""
    words = norm[t.norm_end:t.norm_end + THINGS_CHARS].split()[:THINGS_WORDS]
    return any(is_cue_word(w, "military_things", "و") for w in words)


THINGS_CHARS = 40  # how far after a word of burning its object is looked for ...
THINGS_WORDS = 4  # ... in words ("إحراق عدد من الأطقم")
DESTROYED_CHARS = 48  # how far before a word of guns the verb that destroyed them may stand ...
DESTROYED_WORDS = 6  # ... in words (a clitic "و" of the gun word counts as one) ("ودمرت مجموعة من الدبابات العسكرية والمدفعية")
STRUCK_CHARS = 14  # how far before a cache the verb that struck it is looked for


def _falls_counted(t: Mention, norm: str, mentions: Mentions) -> bool:
    """A word of falling (cue list fall_words) right before a count: casualties fell ("سقوط خمسة
    قتلى"، "سقط 12 متمردا"), no town."""
    if not is_cue_word(norm[t.norm_start:t.norm_end], "fall_words", "وفب"):
        return False
    return bool(within(mentions.numbers, Segment(t.norm_end, t.norm_end + 3, 0)))


def _definite(word: str) -> bool:
    w = word[1:] if word[:1] in ("و", "ف") else word
    return w.startswith(("ال", "بال", "لل", "كال"))


def word_start(norm: str, i: int) -> int:
    """Where the word holding (or ending right before) ``i`` begins, its glued clitics included."""
    while i > 0 and norm[i - 1].isalnum():
        i -= 1
    return i


_OPEN_QUOTES, _CLOSE_QUOTES = "«\"“", "»\"”"
QUOTED_NAME_CHARS = 40  # how far before a trigger the opening quote of a name is looked for


def _quoted_name(t: Mention, norm: str) -> bool:
    """A trigger inside quotes opened at most two words after a word that gives a name, a title or a
    slogan ("تحمل اسم مخيمات «طلائع التحرير»"; cue list names_given) is part of the name."""
    before = norm[max(0, t.norm_start - QUOTED_NAME_CHARS):t.norm_start]
    q = max(before.rfind(c) for c in _OPEN_QUOTES)
    if q < 0 or any(c in before[q + 1:] for c in _CLOSE_QUOTES) or (q > 0 and not before[q - 1].isspace()):
        return False  # (a plain quote glued to the word before it closes a name: "باسم "التحالف" إن")
    words = before[:q].split()[-3:]
    return any(is_cue_word(w, "names_given", "و") or " ".join(words[i:i + 2]) in cue_words("names_given")
               for i, w in enumerate(words))


def _purpose(t: Mention, norm: str) -> bool:
    """"لقصف"، "للسيطرة على": a verbal noun after the clitic ل says what for, not what happened
    (but "تعرضت لقصف" says what happened to it)."""
    s = t.norm_start
    ws = word_start(norm, s)
    if norm[ws:s] in ("و", "وال"):
        return _joined_to_aim(norm, ws)
    if norm[ws:s] not in _PURPOSE_PREFIXES:
        return False
    if norm[s:t.norm_end].startswith(tuple(cue_words("purpose_done"))):
        return False  # "تدخلت قوات الأمن لتفريقهم": the police moved in and dispersed them
    return _aim_after(norm, ws)


def _aim_after(norm: str, ws: int) -> bool:
    """The words before the word at ``ws`` (a verbal noun after the clitic لـ) leave it an aim: no verb
    of undergoing a few words before ("تعرضت بلدتا X وY في سهل الغاب لقصف جوي"), no noun of an
    agreement right before ("اتفاقا لوقف إطلاق النار": what the agreement is, not what it is for)."""
    before = re.split(r"[,.;:]", norm[max(0, ws - EXPOSURE_SCOPE):ws])[-1].split()
    if before and is_cue_word(before[-1], "agreement_nouns", "و"):
        return False
    exposed = tuple(cue_words("exposure"))
    return not any(w.startswith(exposed) or (w[:1] in "وف" and w[1:].startswith(exposed)) for w in before)


def _joined_to_aim(norm: str, ws: int) -> bool:
    """A word joined by "و" to a verbal noun of an aim after the clitic لـ a few words before it, with
    no stop between ("لدعم المقاومة الشعبية وتحرير المدينة"): an aim too."""
    for m in list(_AIM_WORD.finditer(norm, max(0, ws - AIM_CHAIN_CHARS), ws))[-AIM_CHAIN_WORDS:]:
        w = m.group()
        stem = "ا" + w[2:] if w.startswith("لل") else w[1:] if w.startswith("ل") else ""
        # with or without the pronoun of what it aims at ("في محاولة لاقتحامه والسيطرة عليه")
        stems = [stem] + [stem[:-len(p)] for p in _object_pronouns() if stem.endswith(p) and len(stem) - len(p) > 2]
        if any(is_cue_word(x, "purpose_nouns", "") for x in stems if x) and not CLAUSE_MARK.search(norm, m.end(), ws):
            return _aim_after(norm, m.start())
    return False


@cache  # sorted once, not for every word read before a trigger
def _object_pronouns() -> tuple[str, ...]:
    """The pronoun suffixes of what a verbal noun aims at (cue list object_pronouns), longest first."""
    return tuple(sorted(cue_words("object_pronouns"), key=len, reverse=True))


_AIM_WORD = re.compile(r"\w+")


AIM_CHAIN_WORDS = 5  # how many words before "وتحرير" the aim ("لدعم ...") may be told
AIM_CHAIN_CHARS = 60
EXPOSURE_SCOPE = 120  # characters before "لقصف" in which a verb of undergoing makes it the event (no comma between)


_PURPOSE_PREFIXES = frozenset({"ل", "لل", "ول", "ولل", "فل", "فلل"})


def _described(t: Mention, clause: Segment, norm: str) -> bool:
    """The trigger is the verb of a relative clause ("الذين سيطروا على"، "التي تم السيطرة عليها"):
    it describes a place or a group, it does not tell an event; or it names what a campaign is for
    ("معارك تحرير محافظة نينوى"، "بدء عملية تحرير أبين", cue list campaign_of); or it freed people."""
    before = norm[max(clause.start, t.norm_start - 20):t.norm_start].split()[-RELATIVE_WORDS:]
    if any(w in cue_words("relative") for w in before) or (
            bool(before) and is_cue_word(before[-1], "campaign_of", "وبل")):
        return True
    # "أسفرت عن تحرير مئات المدنيين"، "تحرير الرهائن": people freed, no ground taken (cue list freed_people)
    return any(is_cue_word(w, "freed_people", "و") for w in norm[t.norm_end:t.norm_end + FREED_CHARS].split()[:2])


def _freed(t: Mention, norm: str) -> bool:
    """A word of captives right after a word of freeing them (cue list freeing)."""
    return _word_before(t, norm, FREED_CHARS, "freeing", "و")


def _thousands_taken(t: Mention, cl: Segment, mentions: Mentions) -> bool:
    """Thousands counted a few words before or after a word of taking people (a tally over months)."""
    return any(n.data["value"] >= TALLY_TAKEN and (0 <= n.norm_start - t.norm_end <= TAKEN_CHARS
                                                   or 0 <= t.norm_start - n.norm_end <= TAKEN_CHARS)
               for n in within(mentions.numbers, cl))


TALLY_TAKEN = 1000  # people abducted or arrested: so many are a tally of months, not one day's event
TAKEN_CHARS = 16  # how far from the word of taking the count of those taken is read (about two words)
FREED_CHARS = 24  # how far after a word of liberation the people it freed are looked for (two words)


RELATIVE_WORDS = 2  # words before a trigger where a relative pronoun makes it a description


def _blocked(t: Mention, clause: Segment, norm: str, mentions: Mentions) -> bool:
    """A trigger under negation (a few words before it), in an irrealis clause or one set in the
    future, or of purpose."""
    if _purpose(t, norm) or _quoted_name(t, norm):
        return True
    idioms = {m.norm_start for m in within(mentions.cue("negation_idioms"), clause)}
    for c in within(mentions.cue("negation"), clause):
        if c.norm_end <= t.norm_start and t.norm_start - c.norm_end <= 25 and c.norm_start not in idioms:
            return True  # (not "لا تزال الاشتباكات": still going; not "لا سيما": especially)
    for c in within(mentions.cue("irrealis"), clause):
        if c.norm_end <= t.norm_start and t.norm_start - c.norm_end <= IRREALIS_SCOPE \
                and not CLAUSE_MARK.search(norm, c.norm_end, t.norm_start):
            return True  # (not across a comma: "شعارات تطالب بالتنمية، قبل أن تتدخل قوات الأمن لتفريقهم")
    if _coordinated_plan(t, clause, norm, mentions):
        return True  # "المقاومة تتجه لقطع الخط ...، والسيطرة على مديرية السبرة": the plan goes on
    if _domain_before(t, norm):
        return True  # "قدرات القوات في مجال نزع الألغام": a field of work, not an event
    if _time_point(t, norm):
        return True  # "وقبل ساعات من الغارة قال الجيش إن صاروخا أطلق": the raid is a point in time
    if _besides_told(t, norm):
        return True  # "والى جانب التفجير الذي وقع في بغداد الجديدة، قتل شخصان آخران": told before
    if _counted_among(t, norm, mentions):
        return True  # "قتل 12 من عناصره بينهم ثلاثة انتحاريين": bombers counted among the dead
    if within(mentions.cue("anniversary"), clause) and _remembered(t, norm):
        return True  # "قبل أسبوع من الذكرى الثانية لفض اعتصامي رابعة": long past, remembered
    if any(0 <= c.norm_start - t.norm_end <= AIM_CHARS and not CLAUSE_MARK.search(norm, t.norm_end, c.norm_start)
           for c in within(mentions.cue("aim_predicate"), clause)):
        return True  # "استعادة داريا من الثوار يبقى هدفا استراتيجيا للنظام": a goal, not news
    before = norm[max(0, t.norm_start - 12):t.norm_start].split()
    since = cue_words("since")
    if before and (before[-1] in since or " ".join(before[-2:]) in since):
        return True  # "منذ سيطرت جماعة منافسة على العاصمة": what happened long since, not news
    return bool(within(mentions.cue("future_time"), clause))  # "تظاهرة ... مساء غد": planned


CLAUSE_MARK = re.compile(r"[,،;؛.:]")  # punctuation that ends a clause or a sentence


def _coordinated_plan(t: Mention, clause: Segment, norm: str, mentions: Mentions) -> bool:
    """A verbal noun joined by "و" at the head of its clause, after a clause of a plan, threat or
    demand (cue list irrealis; "المقاومة تتجه لقطع الخط الذي يربط المحافظتين، والسيطرة على مديرية
    السبرة"): it is the plan's second half, not an event."""
    if norm[clause.start:t.norm_start].strip() != "و" or not _PREV_COMMA.search(norm, max(0, clause.start - 2), clause.start):
        return False
    start = max(0, clause.start - PREV_CLAUSE_CHARS)
    marks = list(CLAUSE_MARK.finditer(norm, start, clause.start - 1))
    prev = Segment(marks[-1].end() if marks else start, clause.start - 1, 0)
    return bool(within(mentions.cue("irrealis"), prev))


_PREV_COMMA = re.compile(r"[,،]\s*$")
PREV_CLAUSE_CHARS = 90  # how far back the clause before a coordinated verbal noun is read


def _domain_before(t: Mention, norm: str) -> bool:
    """The trigger names a field of work: right after "مجال"، "برامج"، "خبراء" ... (a "في" or a clitic
    may stand between; cue list domain_of)."""
    words = norm[max(0, t.norm_start - DOMAIN_CHARS):t.norm_start].split()
    if words and words[-1] in ("في", "ل", "لل"):
        words = words[:-1]
    return bool(words) and is_cue_word(words[-1], "domain_of", "وبل")


DOMAIN_CHARS = 16  # how far before a trigger a word of a field of work is looked for


def _time_point(t: Mention, norm: str) -> bool:
    """A definite event word right after "قبل/بعد <span of time> من/على" ("قبل ساعات من الغارة"، "بعد
    أشهر من سيطرته على المدينة"; cue lists time_apart, time_spans): an event told elsewhere, named as a
    time. (Definite: with the article, or a verbal noun with a pronoun.)"""
    word = norm[t.norm_start:t.norm_end].split()[0]
    if not word.startswith("ال") and not word.endswith(_POSSESSED):
        return False
    words = norm[max(0, t.norm_start - TIME_POINT_CHARS):t.norm_start].split()
    if len(words) < 3 or words[-1] not in ("من", "علي"):
        return False
    for n in (1, 2, 3):
        span = " ".join(words[-1 - n:-1])
        head = words[-2 - n] if len(words) >= n + 2 else ""
        if span and head and is_cue_word(head, "time_apart", "و") \
                and (is_cue_word(span, "time_spans", "") or is_cue_word(" ".join(span.split()[1:]), "time_spans", "")):
            return True
    return False


TIME_POINT_CHARS = 40  # how far before a trigger "قبل ساعات من" is looked for
_POSSESSED = ("ته", "تها", "تهم", "تهما", "ها", "هم", "هما")  # endings of a verbal noun with a pronoun ("سيطرته")


def _counted_among(t: Mention, norm: str, mentions: Mentions) -> bool:
    """The trigger follows a word that opens a part of a count and its number ("بينهم ثلاثة
    انتحاريين"; cue list among): people counted among the dead or the held, no event of its own."""
    if not any(is_cue_word(w, "among", "") for w in norm[max(0, t.norm_start - AMONG_CHARS - NUMBER_CHARS):t.norm_start].split()[-4:]):
        return False  # (no such word a few words before: most triggers)
    num = next((n for n in mentions.numbers if n.norm_end <= t.norm_start
                and not norm[n.norm_end:t.norm_start].strip()), None)
    if num is None:
        return False
    words = norm[max(0, num.norm_start - AMONG_CHARS):num.norm_start].split()
    return bool(words) and (is_cue_word(words[-1], "among", "") or is_cue_word(" ".join(words[-2:]), "among", ""))


AMONG_CHARS = 16  # how far before the number the word that opens a part of a count is read
NUMBER_CHARS = 24  # how long the number between them may be written ("ثلاثة"، "خمسة عشر")


def _besides_told(t: Mention, norm: str) -> bool:
    """A definite trigger after a word of "besides" at the head of its clause and before a relative
    pronoun (cue lists besides, relative; "والى جانب التفجير الذي وقع في بغداد الجديدة"): an event
    told before, named to lead to the next one."""
    if not norm.startswith("ال", t.norm_start):
        return False
    after = norm[t.norm_end:t.norm_end + BESIDES_CHARS].split()
    if not after or after[0] not in cue_words("relative"):
        return False
    start = max(0, t.norm_start - BESIDES_CHARS)
    marks = list(_CLAUSE_OR_LINE.finditer(norm, start, t.norm_start))
    if not marks and start:
        return False  # (the clause began before the window: the word of "besides" is not its head)
    head = " ".join(norm[marks[-1].end() if marks else 0:t.norm_start].split())
    return any(head in (b, "و" + b) for b in cue_words("besides"))


_CLAUSE_OR_LINE = re.compile(r"[,،;؛.:\n]")


BESIDES_CHARS = 20  # how far before a trigger its word of "besides" and after it its relative are read


def _remembered(t: Mention, norm: str) -> bool:
    """A word of an anniversary among the few words before the trigger, no punctuation between ("الذكرى
    الثانية لفض اعتصامي رابعة"، "إحياء ذكرى تدمير الهيكل"; cue list anniversary): the event is
    remembered, not told."""
    before = norm[max(0, t.norm_start - REMEMBERED_CHARS):t.norm_start]
    marks = list(CLAUSE_MARK.finditer(before))
    words = before[marks[-1].end() if marks else 0:].split()[-REMEMBERED_WORDS:]
    return any(is_cue_word(w, "anniversary", "وبل") for w in words)


AIM_CHARS = 60  # how far after a trigger the words that make it a goal are read ("... يبقى هدفا")
REMEMBERED_CHARS = 30  # how far before a trigger a word of an anniversary is looked for
REMEMBERED_WORDS = 4  # ... and in how many words ("الذكرى السنوية الأولى لاجتياح": three, the clitic a fourth)


def _inside_name(t: Mention, names: list[tuple[int, int]]) -> bool:
    """The trigger lies inside one of the (sorted) name spans."""
    i = bisect_right(names, (t.norm_start, 1 << 62))
    return any(s <= t.norm_start and t.norm_end <= e for s, e in names[max(0, i - NAME_LOOKBACK):i])


NAME_LOOKBACK = 4  # names starting before a trigger that may still cover it (names hardly nest deeper)


def _entries(t: Mention) -> list[TriggerEntry]:
    return t.data["entries"]


def clause_frames(sent: Segment, clauses: list[Segment], norm: str, mentions: Mentions,
                  has_toll: Callable[[Segment], bool], names: list[tuple[int, int]] | None = None,
                  towns: Callable[[Segment], frozenset[str]] | None = None) -> list[Frame]:
    """The frames of one sentence: per clause the strongest sub-type, adjacent equal ones joined.

    ``names`` are spans of names of places and groups, sorted: a trigger word inside one ("كتيبة
    المدفعية"، "هيئة تحرير الشام") is no trigger.
    ``towns`` gives the towns a clause names: two clauses of one sub-type that each name their own
    town are two events ("غارة على سراقب، وغارة أخرى على كفرنبل"), not one told over two clauses.
    """
    out: list[Frame] = []
    names = names or []
    background = bool(within(mentions.cue("background"), sent))
    # a period set at the head of the sentence ("وشهدت نفس الفترة، إحراق ...") is that of all of it
    whole = background and bool(clauses) and bool(within(mentions.cue("background"), clauses[0]))
    foiled = False  # a clause before told an attempt foiled ("إحباط محاولة ...،")
    for n, cl in enumerate(clauses):
        foiled = foiled or (n > 0 and _foiled_attempt(clauses[n - 1], norm, mentions))
        if background and (whole or within(mentions.cue("background"), cl)):
            continue  # history and long-period tallies are not news of an event
        if within(mentions.cue("accidents"), cl):
            continue  # "لقي تسعة أشخاص مصرعهم بحادث تحطم طائرة مروحية": an accident, no fight
        best: dict[str, tuple[float, list[Mention]]] = {}
        negated_territory = False
        answered = within(mentions.cue("protest_about"), cl) + within(mentions.cue("in_reply_to"), cl)
        released = within(mentions.cue("release"), cl)
        for t in _what_happened(within(mentions.triggers, cl), cl, norm, mentions):
            if _inside_name(t, names):
                continue
            if answered and _protested(t, norm, answered):
                continue  # "احتجاجا على الغارات الجوية التركية": what the protest is against
            if released and released[0].norm_end <= t.norm_start and all(
                    e.sub_event_type in HELD for e in _entries(t)):
                continue  # "أطلق التنظيم سراح 40 مسيحيا كان قد اختطفهم": the captivity that ended
            if all(e.sub_event_type in HELD for e in _entries(t)) and _freed(t, norm):
                continue  # "تمكنت الوحدات الأمنية من تحرير الرهائن": hostages freed, no one taken
            if all(e.sub_event_type in HELD for e in _entries(t)) and _thousands_taken(t, cl, mentions):
                continue  # "اختطفت آلاف المدنيين"، "5800 شخص خطفوا": a tally of a war, no event of a day
            if not_a_trigger(norm[t.norm_start:t.norm_end]):
                continue  # a phrase listed with weight 0 is no trigger ("التي تسيطر عليها")
            if _falls_counted(t, norm, mentions):
                continue  # "ما أدى إلى سقوط خمسة قتلى": casualties fell, not a town
            if _struck_cache(t, norm):
                continue  # "استهدفت مخزن أسلحة بمعسكر ماس": the strike's target, not weapons seized
            if _destroyed_weapon(t, cl, norm):
                continue  # "ودمرت مجموعة من الدبابات العسكرية والمدفعية": guns destroyed, no shelling
            blocked = _blocked(t, cl, norm, mentions)
            described = any(e.sub_event_type == TERRITORY for e in _entries(t)) and _described(t, cl, norm)
            confirmed = _confirmed(t, cl, norm)
            for e in _entries(t):
                if blocked:
                    if e.sub_event_type == TERRITORY:
                        negated_territory = True
                    continue
                if described and e.sub_event_type == TERRITORY:
                    continue  # "المدينة التي حررتها المقاومة": who holds a place, not news of its taking
                if e.sub_event_type == LOOTING and _military_things_after(t, norm):
                    continue  # "تدمير وإحراق عدد من الأطقم العسكرية": a side's arms destroyed in a fight
                weight = max(e.weight, CONFIRMED_BY[confirmed][2]) if e.sub_event_type == confirmed else e.weight
                # the bombs or shells of an attempt foiled in a clause before were stopped, or fought off
                kind = FOILED_AS.get(e.sub_event_type, e.sub_event_type) if foiled else e.sub_event_type
                score, ts = best.get(kind, (0.0, []))
                best[kind] = (max(score, weight), ts + [t])
        _drop_disrupted_weapons(best, norm)
        _foiled_attack(best, norm)
        _cell_broken_up(best, norm)
        if not best:
            continue
        if TRANSFER in best:
            if within(mentions.cue("without_fight"), sent):
                # "انسحبت قوات المعارضة ... ودخلتها قوات النظام دون قتال": ground handed over, no battle
                # (and "سيطر الحوثيون على مدينة عتق بعد انسحاب قوات الجيش منها دون قتال": the
                # taking told with it is that handover)
                taken = best.pop(TERRITORY, (0.0, []))[1]
                best[TRANSFER] = (max(best[TRANSFER][0], SURE_TRANSFER),
                                  sorted(best[TRANSFER][1] + taken, key=lambda t: t.norm_start))
            elif TERRITORY in best:
                # "انسحبت قوات النظام من المطار بعد سيطرة جيش الفتح عليه": one side left, the other
                # took it: ground changed hands (who took it decides the sub-type)
                left = best.pop(TRANSFER)
                best[TERRITORY] = (max(best[TERRITORY][0], left[0], MIN_SCORE), best[TERRITORY][1] + left[1])
        sub, (score, ts) = min(best.items(), key=lambda kv: (-round(kv[1][0], 1), _RANK.get(kv[0], 99)))
        sub, score, ts = _read_with_the_clause(sub, score, ts, best, cl, norm, mentions, has_toll)
        if sub == "Agreement" and not within(mentions.cue("agreement_made"), sent):
            continue  # a truce talked about, demanded or broken is no agreement
        violent = violent_sub(sub)
        cause = violent and out and out[-1].score < MIN_SCORE and _cause(cl, ts, norm) \
            and any(has_toll(c) for c in out[-1].clauses)
        if cause:
            # "قتل أربعة جنود، اليوم، في هجوم شنه مسلحون على نقطة عسكرية": the clause that says what
            # killed the dead counted before is their event (cue list cause_of_toll)
            if score >= out[-1].score:
                out[-1].sub_event_type = sub
            out[-1].take(cl, ts, score)
            continue
        if score < MIN_SCORE and not (violent and score >= WEAK_SCORE and (
                has_toll(cl) or (n + 1 < len(clauses) and _result(clauses[n + 1], norm) and has_toll(clauses[n + 1])))):
            continue
        if sub == TERRITORY and score >= MIN_SCORE and out and out[-1].sub_event_type == "Armed clash" \
                and out[-1].clauses[-1].end >= cl.start - 2 and any(_taking_as_outcome(t, cl, norm) for t in ts):
            # "اندلعت اشتباكات بين قوات المعارضة وقوات النظام في قريتي ...، أسفرت عن سيطرة قوات الأسد
            # على القريتين": ground taken as the fight's outcome is what the fight was, as in one clause
            out[-1].sub_event_type = TERRITORY
            out[-1].take(cl, ts, score)
            continue
        if out and out[-1].sub_event_type == sub and out[-1].clauses[-1].end >= cl.start - 2 \
                and not _elsewhere(out[-1], cl, towns, mentions):
            out[-1].clauses.append(cl)
            out[-1].triggers += ts
            out[-1].score = max(out[-1].score, score)
            continue
        out.append(Frame(sub, score, sent, [cl], list(ts), negated_territory))
    for fr in out:
        if fr.score < MIN_SCORE and violent_sub(fr.sub_event_type) and len(fr.clauses) == 1 \
                and has_toll(fr.clauses[0]) and _fell_in(fr.triggers, fr.clauses[0], norm):
            # "قتل جنديان في هجوم بإقليم اغري": the dead counted in the clause fell in what the weak
            # word names (cue list toll_fell_in right before it), which confirms that it happened
            fr.toll_confirms = True
    return out


def _read_with_the_clause(sub: str, score: float, ts: list[Mention], best: dict[str, tuple[float, list[Mention]]],
                          cl: Segment, norm: str, mentions: Mentions, has_toll: Callable[[Segment], bool]
                          ) -> tuple[str, float, list[Mention]]:
    """The strongest sub-type of a clause read again with its other words: small arms, a weapon
    named beside a generic clash word, stones thrown at a protest, a raid that killed, looting
    beside a killing, arrests breaking up a crowd, gunfire aimed at it."""
    small_arms = bool(within(mentions.cue("small_arms"), cl))
    if small_arms and sub in _FROM_AFAR and "Armed clash" in best:
        # "شنوا هجوما استخدموا خلاله أسلحة متوسطة فضلا عن قذائف": an attack fought with small arms is
        # a clash on the ground, shells beside it or not (cue list small_arms)
        sub, (score, ts) = "Armed clash", best["Armed clash"]
    elif small_arms and sub == "Shelling/artillery/missile attack":
        sub = "Armed clash"  # "قصفت بالمدافع الرشاشة مواقع داعش": fire from machine guns, no artillery
    # explicit weapon words beat a generic clash word in the same clause ("هجوم بعبوة ناسفة"),
    # unless the attackers fought with small arms
    if sub == "Armed clash" and score < 0.9 and not small_arms:
        for alt in ("Suicide bomb", "Remote explosive/landmine/IED", "Air/drone strike",
                    "Shelling/artillery/missile attack", "Grenade", "Attack",
                    "Abduction/forced disappearance"):
            if alt in best and best[alt][0] >= 0.7:
                sub, (score, ts) = alt, best[alt]
                break
    if sub == "Suicide bomb" and best.get("Armed clash", (0.0, []))[0] >= 1.0 \
            and not _told_apart(best["Armed clash"][1], ts, norm):
        # "قتل 28 عنصرا من الفصائل وداعش اثر اشتباكات بين الطرفين وتفجيرين انتحاريين": bombers in a
        # battle told by a word of clashes are part of the battle (not "يأتي تبادل إطلاق النار بعد
        # ثلاثة أيام من هجوم سوروتش الانتحاري": a bombing days apart)
        sub, ts = "Armed clash", sorted(ts + best["Armed clash"][1], key=lambda t: t.norm_start)
    if sub == "Armed clash" and best.get(TERRITORY, (0.0, []))[0] >= MIN_SCORE and not any(
            s.norm_start < t.norm_start for s in within(mentions.cue("since"), cl) for t in best[TERRITORY][1]):
        # "سيطرت القوات على المديرية بعد معارك عنيفة مع الحوثيين": ground taken in the fight told
        # beside it is the battle's outcome, a clash where "no territory changes hands" is not (unless
        # the taking is what a fight has gone on since: "مواجهات منذ زحف الحوثيين والسيطرة على")
        sub, ts = TERRITORY, sorted(ts + best[TERRITORY][1], key=lambda t: t.norm_start)
    if sub == SHELLING and AIR in best and _planes_shelled(best[AIR][1], ts, norm):
        # "قال الجيش التركي إن طائراته الحربية قصفت 12 هدفا": aircraft that shelled struck from the air
        sub, ts = AIR, sorted(ts + best[AIR][1], key=lambda t: t.norm_start)
    # demonstrators who throw stones or firebombs riot, whatever the police did to them
    if SUB_TO_TYPE.get(sub) == "Protests" and best.get(RIOT, (0.0, []))[0] >= RIOT_OVER_PROTEST:
        # (as sure of an event as the protest word made it: "أحرق محتجون غاضبون مقر المجلس")
        sub, (score, ts) = RIOT, (max(score, best[RIOT][0]), best[RIOT][1])
    if sub == "Arrests" and all(is_cue_word(norm[t.norm_start:t.norm_end], "raids", "وبل") for t in ts) \
            and has_toll(cl):
        # "مقتل 10 عناصر تكفيرية خلال مداهمات نفذتها قوات الجيش"، "تصفية 6 إرهابيين بعد معركة شرسة
        # وقعت أثناء مداهمة وكر الخلية": a raid that killed or wounded was a fight (cue list raids),
        # as sure as the raid
        sub = "Armed clash"
        if "Armed clash" in best:
            ts = sorted(ts + best["Armed clash"][1], key=lambda t: t.norm_start)
    if sub == RIOT and not any(SUB_TO_TYPE.get(s) == "Protests" for s in best) and any(
            is_cue_word(_bare_noun(norm[t.norm_start:t.norm_end]), "demolished_things", "وبل")
            for t in best.get(LOOTING, (0.0, []))[1]) \
            and not _crowd_named(cl, mentions):
        # "اضرم المهاجمون النار في العديد من المنازل": men who burned houses, with no crowd named,
        # destroyed property (cue list demolished_things); "أحرق محتجون منازل" is a riot
        sub, ts = LOOTING, sorted(ts + best[LOOTING][1], key=lambda t: t.norm_start)
    if sub == LOOTING and has_toll(cl):
        # "هاجمت ميليشيات الجنجويد قرية وقتلت 7 من سكانها ونهبت مواشيهم": the killing is the event
        violent = [s for s in ("Armed clash", "Attack") if s in best]
        if violent:
            sub, (score, ts) = violent[0], (score, best[violent[0]][1] + ts)
    if sub == "Arrests" and INTERVENTION in best:
        # "وفرقت الشرطة المتظاهرين بالغاز واعتقلت عشرين طالبا": arrests made breaking up a crowd
        # are the protest's intervention (as sure as the arrest)
        sub, (score, ts) = INTERVENTION, (score, sorted(ts + best[INTERVENTION][1], key=lambda t: t.norm_start))
    if sub == "Peaceful protest":
        # a protest a verb of the clause tells broken up ("فرقت الشرطة بالقوة اعتصاما للأطباء", cue list
        # dispersal_verbs; not "تستخدم القوات في تفريق المظاهرات", a task), or a crowd fired on
        # ("أطلقت الشرطة النار على متظاهرين"), was met with force (the rules make it lethal force when
        # the clause counts the dead)
        force = [t for t in best.get(INTERVENTION, (0.0, []))[1]
                 if is_cue_word(norm[t.norm_start:t.norm_end], "dispersal_verbs", "وف")] \
            or _fire_on_crowd(best, ts, norm)
        if not force and (force := _killed_during(best, ts, cl, norm, has_toll)):
            score = max(score, CONFIRMED_SCORE)  # the dead counted in it confirm the protest word
        if force:
            sub, ts = INTERVENTION, sorted(ts + force, key=lambda t: t.norm_start)
    return sub, score, ts


def _bare_noun(word: str) -> str:
    """A word without its article ("المنازل" → "منازل")."""
    return word[2:] if word.startswith("ال") else word


def _crowd_named(cl: Segment, mentions: Mentions) -> bool:
    """The clause names protesters or rioters (a side of inter 5 or 6: "محتجون"، "متظاهرين")."""
    return any(e.inter in (5, 6) for a in within(mentions.actors, cl) for e in a.data["entries"])


def _told_apart(first: list[Mention], then: list[Mention], norm: str) -> bool:
    """A word of time apart ("بعد"، "قبل"; cue list time_apart) stands between the words of two
    sub-types of a clause: two events, not one."""
    a, b = min(t.norm_start for t in first + then), max(t.norm_start for t in first + then)
    return any(is_cue_word(w, "time_apart", "و") for w in norm[a:b].split())


def _planes_shelled(planes: list[Mention], shells: list[Mention], norm: str) -> bool:
    """A word of aircraft (cue list aircraft_words) right before or after a verb of shelling, as its
    subject or its instrument ("طائرات حربية قصفت"، "قصفت طائراته الحربية"، "قصف الجيش بطائرات
    الأباتشي"; not "ضربات صاروخية", strikes of missiles): at most one word between, no "و" or
    punctuation."""
    planes = [p for p in planes if is_cue_word(norm[p.norm_start:p.norm_end].split()[0], "aircraft_words", "وبل")]
    for p in planes:
        for s in shells:
            a, b = (p, s) if p.norm_end <= s.norm_start else (s, p)
            gap = norm[a.norm_end:b.norm_start]
            words = gap.split()
            if words and not gap[-1:].isspace() and words[-1] in ("ب", "بال"):
                words.pop()  # "قصف الجيش بطائرات الأباتشي": the planes it shelled with
            if b.norm_start >= a.norm_end and len(words) <= 1 and not any(c in gap for c in ",.;:،") \
                    and not (words and words[0].startswith("و")) and norm[b.norm_start - 1:b.norm_start] != "و":
                return True
    return False


AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"


def _confirmed(t: Mention, cl: Segment, norm: str) -> str | None:
    """The sub-type of a weak word that a verb a few words before it in its clause confirms (cue lists
    of CONFIRMED_BY: "أقامت القوات التركية قاعدة عسكرية" is a base set up, "عثرت الشرطة على جثتي
    رجلين" an attack whose dead were found), or None."""
    for e in _entries(t):
        if e.sub_event_type == TERRITORY and e.weight < MIN_SCORE and _taking_as_outcome(t, cl, norm):
            return TERRITORY
        cue, words, _ = CONFIRMED_BY.get(e.sub_event_type, (None, None, 0.0))
        if cue is not None and e.weight < MIN_SCORE and (words is None or is_cue_word(
                norm[t.norm_start:t.norm_end], words, "")):
            before = norm[max(cl.start, t.norm_start - CONFIRMED_CHARS):t.norm_start].split()
            if any(is_cue_word(w, cue, "وف") for w in before):
                return e.sub_event_type
    return None


def _taking_as_outcome(t: Mention, cl: Segment, norm: str) -> bool:
    """A noun of taking ground right after a verb of outcome and its preposition ("اشتباكات ...،
    أسفرت عن سيطرة قوات الأسد على القريتين"، "ما أدى إلى السيطرة على"; cue lists result,
    taking_nouns): the fight ended with the ground taken (not "أسفرت عن مقتل 5 مدنيين في مناطق
    سيطرة النظام": who holds them)."""
    if not is_cue_word(_bare_noun(norm[t.norm_start:t.norm_end].split()[0]), "taking_nouns", ""):
        return False  # "أدى إلى سقوطها": the plane fell, no ground was taken
    before = norm[max(cl.start, t.norm_start - OUTCOME_CHARS):t.norm_start].split()
    return len(before) >= 2 and before[-1] in ("عن", "الي") and is_cue_word(before[-2], "result", "وف")


def _fire_on_crowd(best: dict[str, tuple[float, list[Mention]]], crowd: list[Mention], norm: str) -> list[Mention]:
    """The words of gunfire of a clause aimed at the crowd its protest words name ("أطلقت الشرطة
    النار على متظاهرين"، "أطلقوا الرصاص الحي على المحتجين"): a crowd fired on was met with force.
    Gunfire told beside a protest and not at it ("احتجاجا على قتله بإطلاق النار عليه") is not."""
    fire = best.get("Armed clash", (0.0, []))[1]
    return [f for f in fire if any(
        0 <= c.norm_start - f.norm_end <= FIRE_ON_CROWD_CHARS
        and "علي" in (norm[f.norm_start:f.norm_end] + " " + norm[f.norm_end:c.norm_start]).split()
        for c in crowd)]


def _killed_during(best: dict[str, tuple[float, list[Mention]]], crowd: list[Mention], cl: Segment, norm: str,
                   has_toll: Callable[[Segment], bool]) -> list[Mention]:
    """The words of gunfire or killing of a clause that counts dead or wounded "during" its protest
    ("قتل متظاهر برصاص قوات الأمن خلال احتجاجات"، "استشهد 60 فلسطينيا برصاص قوات الاحتلال خلال
    مسيرات العودة"; cue list during, one of the two words before a word of protest): the protest is when they
    fell, the force was against it."""
    force = [t for sub in ("Armed clash", "Attack") for t in best.get(sub, (0.0, []))[1]]
    if not force or not has_toll(cl):
        return []
    during = [c for c in crowd if any(is_cue_word(w, "during", "") for w in _before_crowd(norm, cl, c)[-2:])]
    return [f for f in force if during and f.norm_end <= during[0].norm_start]


def _before_crowd(norm: str, cl: Segment, c: Mention) -> list[str]:
    """The words before a word of protest, past the words of taking part right before it ("خلال
    مشاركتهم في مسيرات العودة"; cue list taking_part_in)."""
    words = norm[max(cl.start, c.norm_start - DURING_CHARS - PART_CHARS):c.norm_start].split()
    for n in (3, 2):
        if len(words) > n and " ".join(words[-n:]) in cue_words("taking_part_in"):
            return words[:-n]
    return norm[max(cl.start, c.norm_start - DURING_CHARS):c.norm_start].split()


DURING_CHARS = 14  # how far before a word of protest its "during" is looked for (a word may stand
# between: "خلال تفريق مظاهرة")
PART_CHARS = 20  # ... and how much further, past words of taking part ("مشاركتهم في")


def _drop_disrupted_weapons(best: dict[str, tuple[float, list[Mention]]], norm: str) -> None:
    """"تفكيك 21 عبوة ناسفة"، "أبطلت مفعول ست عبوات"، "أسقطت الدفاعات الجوية طائرة مسيرة"، "اعترضت
    صاروخا": the bombs, aircraft and missiles a word of defusing or intercepting governs were
    stopped, they did not strike (their sub-types are dropped when nothing else tells them, and
    the stopping is as sure an event as they would have been)."""
    stopped = best.get(DISRUPTED)
    if stopped is None:
        return
    sure = stopped[0]
    for sub, scope, intercepted in WEAPON_SUBS:
        if sub not in best:
            continue
        score, ts = best[sub]
        free = [t for t in ts if not (any(0 <= t.norm_start - d.norm_end <= _scope(d, scope, norm) for d in stopped[1])
                                      and (not intercepted or _interceptable(t, norm)))]
        if len(free) < len(ts):
            sure = max(sure, score)
        if not free:
            del best[sub]
        elif len(free) < len(ts):
            best[sub] = (max(e.weight for t in free for e in _entries(t) if e.sub_event_type == sub), free)
    best[DISRUPTED] = (sure, stopped[1])


def _foiled_attack(best: dict[str, tuple[float, list[Mention]]], norm: str) -> None:
    """"أحبطت القوات الأمنية هجوما لتنظيم داعش": an attack a word of foiling governs (the side that
    foiled it named between) was fought off, an armed clash as sure as "إحباط هجوم", not a weapon
    stopped (cue lists foiling, role_attack_of)."""
    stopped, clash = best.get(DISRUPTED), best.get("Armed clash")
    if stopped is None or clash is None:
        return
    foils = [d for d in stopped[1] if _foils(d, norm)]
    attacks = [t for t in clash[1] if is_cue_word(norm[t.norm_start:t.norm_end], "role_attack_of", "وبل")
               and any(0 <= t.norm_start - d.norm_end <= FOILED_CHARS for d in foils)]
    if not attacks:
        return
    _move_from_disrupted(best, foils, "Armed clash", FOILED_ATTACK_SCORE)


FOILED_ATTACK_SCORE = 0.7  # as "إحباط هجوم" in triggers.tsv


def _cell_broken_up(best: dict[str, tuple[float, list[Mention]]], norm: str) -> None:
    """"فككت السلطات المغربية خلية إرهابية": a word of dismantling that governs a cell or a ring (the
    side that broke it up named between; cue list cells) arrested its men, it defused no bomb."""
    stopped = best.get(DISRUPTED)
    if stopped is None:
        return
    broken = [d for d in stopped[1] if _cell_after(d, norm)]
    if not broken:
        return
    _move_from_disrupted(best, broken, "Arrests", CELL_BROKEN_SCORE)


def _move_from_disrupted(best: dict[str, tuple[float, list[Mention]]], moved: list[Mention], kind: str,
                         score: float) -> None:
    """The words of stopping ``moved`` tell an event of ``kind`` (at least as sure as ``score``), no
    weapon stopped: they leave Disrupted weapons use, which goes when none is left."""
    had, words = best.get(kind, (0.0, []))
    best[kind] = (max(had, score), sorted(words + moved, key=lambda t: t.norm_start))
    stopped = best[DISRUPTED]
    rest = [d for d in stopped[1] if d not in moved]
    if rest:
        best[DISRUPTED] = (stopped[0], rest)
    else:
        del best[DISRUPTED]


def _cell_after(t: Mention, norm: str) -> bool:
    """A word of cue list cells among the few words after the trigger, before any punctuation."""
    after = norm[t.norm_end:t.norm_end + CELL_CHARS]
    mark = CLAUSE_MARK.search(after)
    return any(is_cue_word(w, "cells", "") for w in after[:mark.start() if mark else len(after)].split()[:CELL_WORDS])


CELL_BROKEN_SCORE = 0.8  # as sure as an arrest told by "ضبطت" or "احتجزت"
CELL_CHARS = 40  # how far after a word of dismantling the cell it broke up is read
CELL_WORDS = 5  # ... in how many words ("فككت السلطات الأمنية المغربية أمس خلية": the side and a day between)


def _scope(stop: Mention, scope: int, norm: str) -> int:
    """How far after a word of stopping the weapon it stopped may begin: farther after a word of
    foiling ("أحبطت قوات الأمن العراقية تفجير سيارة مفخخة"), the side that foiled it and the attempt
    named between."""
    return max(scope, FOILED_CHARS) if _foils(stop, norm) else scope


def _foils(t: Mention, norm: str) -> bool:
    """The trigger opens with a word of foiling ("أحبطت"، "إحباط هجوم"; cue list foiling)."""
    first = norm[t.norm_start:t.norm_end].split()[:1]
    return bool(first) and is_cue_word(first[0], "foiling", "وب")


def _foiled_attempt(cl: Segment, norm: str, mentions: Mentions) -> bool:
    """The clause tells an attempt foiled: a word of foiling right before a word of attempt ("أعلنت
    قيادة العمليات إحباط محاولة للدواعش كانت تستهدف مبنى الجامعة"; cue lists foiling, attempt). The
    weapons named in the clauses after it ("، بسيارتين مفخختين يقودهما انتحاريان"، "، باستخدام قذائف
    الهاون") are those of the attempt: the bombs were stopped (Disrupted weapons use), the shelling was
    an assault fought off (an Armed clash, codebook rule 2)."""
    tries = within(mentions.cue("attempt"), cl)
    return bool(tries) and any(_foils(t, norm) and any(0 <= c.norm_start - t.norm_end <= 2 for c in tries)
                               for t in within(mentions.triggers, cl))


DISRUPTED = "Disrupted weapons use"
FOILED_AS = {"Suicide bomb": DISRUPTED, "Remote explosive/landmine/IED": DISRUPTED, "Grenade": DISRUPTED,
             "Shelling/artillery/missile attack": "Armed clash"}
FOILED_CHARS = 45
_FROM_AFAR = ("Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade")
DISRUPTED_OBJECT_CHARS = 22  # how far after a word of defusing its object may begin ("تفكيك 21 عبوة"، "إزالة أكثر من 450 عبوة")
# how far after a word of intercepting the aircraft or missile it stopped may begin, the side that
# stopped it named between ("أسقطت الدفاعات الجوية السورية طائرة مسيرة")
INTERCEPTED_CHARS = 40
# (sub-type a word of stopping may govern, how far after it, whether only drones and missiles are
# stopped: bombs are defused whatever they are called, aircraft only when they are drones)
WEAPON_SUBS = (("Remote explosive/landmine/IED", DISRUPTED_OBJECT_CHARS, False),
               ("Suicide bomb", DISRUPTED_OBJECT_CHARS, False), ("Grenade", DISRUPTED_OBJECT_CHARS, False),
               ("Air/drone strike", INTERCEPTED_CHARS, True), ("Shelling/artillery/missile attack", INTERCEPTED_CHARS, True))


def _interceptable(t: Mention, norm: str) -> bool:
    """A drone or a missile (cue list intercepted_weapons): what air defences stop. A helicopter
    or a jet brought down is a fight, not a disrupted weapon, and a missile it was brought down
    with is no missile stopped."""
    if norm[t.norm_start - 1:t.norm_start] == "ب" and not norm[t.norm_start - 2:t.norm_start - 1].isalnum():
        return False  # "أسقطت المروحية بصاروخ": the missile is what brought it down
    return norm[t.norm_start:t.norm_end] in cue_words("intercepted_weapons")


def _protested(t: Mention, norm: str, answered: list[Mention]) -> bool:
    """The trigger is what a protest is against or what an event answers: right after one of the
    clause's words of protest at something or of reply (``answered``, cue lists protest_about:
    "احتجاجا على"، "تنديدا ب"; in_reply_to: "ردا على"، "انتقاما ل"), with no punctuation between."""
    for c in answered:
        if c.norm_end <= t.norm_start <= c.norm_end + PROTEST_TOPIC_CHARS \
                and not any(p in norm[c.norm_end:t.norm_start] for p in ",.;:"):
            return True
    return False


PROTEST_TOPIC_CHARS = 12  # how far after "احتجاجا على" the word of what it is against may begin


def _what_happened(triggers: list[Mention], cl: Segment, norm: str, mentions: Mentions) -> list[Mention]:
    """The triggers of a clause without those of what was only tried ("عقب محاولة الحوثيين تنفيذ
    حملة اختطافات"), when the clause also tells what happened ("اندلعت مواجهات")."""
    tries = within(mentions.cue("attempt"), cl)
    if tries:
        # "إحباط محاولة لتفجير سيارة مفخخة": an attempt foiled is what the foiling word tells
        foiled = [t.norm_end for t in triggers if _foils(t, norm)]
        tries = [c for c in tries if not any(0 <= c.norm_start - e <= 2 for e in foiled)]
    if not tries or len(triggers) < 2:
        return triggers
    tried = [t for t in triggers
             if any(c.norm_end <= t.norm_start <= c.norm_end + ATTEMPT_SCOPE
                    and "," not in norm[c.norm_end:t.norm_start] for c in tries)]
    rest = [t for t in triggers if t not in tried]
    if not tried or not rest or all(e.weight < WEAK_TELLS for t in rest for e in _entries(t)):
        # only a word of killing besides ("قتل 25 مقاتلا خلال محاولة هجوم فاشلة"): the failed
        # attempt is what happened (codebook rule 2: a failed assault is an armed clash)
        return triggers
    return rest


def _result(cl: Segment, norm: str) -> bool:
    """The clause tells the outcome of the one before ("، ما أدى إلى مقتل خمسة جنود"), also after
    the last place of a list split at "وفي" ("في اسطنبول | وفي جنوب شرق البلاد أسفرا عن مقتل")."""
    words = norm[cl.start:cl.end].split()
    if words and words[0] in ("وفي", "في"):
        return any(is_cue_word(w, "result", "وف") for w in words[1:RESULT_AFTER_PLACE_WORDS])
    return any(is_cue_word(w, "result", "وف") for w in words[:2])


def violent_sub(sub: str) -> bool:
    """The sub-type is of political violence, not a strategic development."""
    return SUB_TO_TYPE.get(sub, "Battles") != "Strategic developments"


def _fell_in(ts: list[Mention], cl: Segment, norm: str) -> bool:
    """A trigger of the clause right after a word of cause ("في هجوم"، "جراء قصف"، "إثر انفجار"; cue
    list toll_fell_in)."""
    return any(t.norm_start > cl.start and _word_before(t, norm, CAUSE_CHARS, "toll_fell_in", "و") for t in ts)


CAUSE_CHARS = 7  # how far before a trigger its word of cause is read ("نتيجة" and a space)


def _cause(cl: Segment, ts: list[Mention], norm: str) -> bool:
    """The clause opens with a word of cause right before its trigger ("في هجوم"، "جراء قصف"، "إثر
    انفجار"; cue list cause_of_toll): it tells what the toll before it fell in."""
    words = norm[cl.start:cl.end].split()[:1]
    return bool(words) and is_cue_word(words[0], "cause_of_toll", "و") and any(
        not norm[cl.start:t.norm_start].strip().count(" ") for t in ts)


RESULT_AFTER_PLACE_WORDS = 6  # "وفي جنوب شرق البلاد أسفرا": the place phrase before the result word


def _elsewhere(fr: Frame, cl: Segment, towns: Callable[[Segment], frozenset[str]] | None,
               mentions: Mentions) -> bool:
    """The clause names towns and none of them is a town of the frame's clauses, or these name the
    place of an event told before ("غارة أخرى في الجبهة ذاتها ...، وفي منطقة صرواح دمرت غارة";
    cue list place_anaphora)."""
    if towns is None:
        return False
    here = towns(cl)
    if not here:
        return False
    before: set[str] = set()
    for c in fr.clauses:
        before |= towns(c)
    if not before:
        return any(within(mentions.cue("place_anaphora"), c) for c in fr.clauses)
    return before.isdisjoint(here)
