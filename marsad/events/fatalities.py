"""Death and injury counts of a clause or sentence (codebook rule 4).

A number counts the dead when a death word stands next to it ("مقتل 5"، "35 قتيلاً"،
"لقي ثلاثة أشخاص حتفهم"), the wounded when an injury word does. Vague words count as the
codebook says (بضعة/عدة = 3, عشرات = 12, مئات = 100; "سقوط قتلى" = 3); a death word before a
singular noun is one death (مقتل جندي), before a dual noun two. Counts after بينهم/منهم are
subsets and are not added. A toll that "rose to" a number replaces the earlier one. A count of
hundreds of dead is a tally over a long period, not one event's toll, and is left out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import pairwise

from marsad.events.frames import CLAUSE_MARK, is_cue_word
from marsad.lexicon import cue_words
from marsad.mentions.finder import Mentions, within
from marsad.model import Mention, Span
from marsad.text.segment import Segment

_WORD = re.compile(r"\w+")
_PUNCT = re.compile(r"[,،;؛.:()«»\"]")
WINDOW_AFTER = 5  # words between a number and the death word after it ("5 من عناصر الأمن قتلوا")
WINDOW_BEFORE = 4  # words between a death word and the number after it ("مقتل ما لا يقل عن 5")
VAGUE_DEAD = 3  # the dead of "قتلى وجرحى" with no number of their own (codebook rule 4)
WINDOW_AFTER_PERSONS = 9  # the same after it ("12 عنصرا من قوات النظام والمسلحين الموالين لها قتلوا")
DENIAL_CHARS = 25  # how far before a word of death "دون" or "لم يسفر عن" denies it (about four words)
RANGE_OPENER_CHARS = 8  # how far before a range's first count its "بين" is looked for
WINDOW_PRONOUN = 12  # words between a count and a word of death whose pronoun is the people counted
PEOPLE_AFTER_CHARS = 16  # how far after a count the people it counts may be named ("خمسة من عناصر الحوثي")
WINDOW_BEFORE_PERSONS = 12  # the same when a noun of people follows the number ("قضى ... 35 مقاتلاً")
# A count this large is a tally over weeks or a whole war ("مقتل 15 ألف شخص منذ عام 2009"، "تسببت
# بمقتل 368 شخصاً خلال الشهر الماضي"), not the toll of one event; the codebook's conservative count
# leaves it out. No event of the gold sets reaches a hundred dead. Up to ONE_ATTACK_MAX, the dead
# of one bombing or attack named in the clause are its toll ("قتل أكثر من 300 شخص في انفجار شاحنة
# مفخخة"، cue list one_attack), unless the clause also tells of many attacks or a period.
TALLY_MIN = 200
ONE_ATTACK_MAX = 1000


@dataclass(slots=True)
class Counts:
    """Dead and wounded of one segment, with the spans that say so."""

    killed: int | None = None
    injured: int | None = None
    killed_spans: list[Span] = field(default_factory=list)
    injured_spans: list[Span] = field(default_factory=list)
    updated: bool = False  # the text says the toll rose to this figure
    vague: bool = False  # the dead are a plural with no number ("سقوط قتلى"): 3 by the codebook


def _word_index(norm: str, seg: Segment) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(norm, seg.start, seg.end)]


def _idx(words: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        if words[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def counts_in(seg: Segment, norm: str, mentions: Mentions) -> Counts:
    """Dead and wounded reported in one segment."""
    deaths = within(mentions.cue("death"), seg)
    injuries = within(mentions.cue("injury"), seg)
    falls = within(mentions.cue("fall_of_people"), seg)
    losses = within(mentions.cue("lost_verbs"), seg)
    if not deaths and not injuries and not falls and not losses:
        return Counts()  # no word of death or wound: no count can be read (most clauses)
    units = within(mentions.cue("units"), seg)
    subsets = within(mentions.cue("subset"), seg)
    updates = within(mentions.cue("toll_update"), seg)
    seg_dates = within(mentions.dates, seg)
    months = [d for d in seg_dates if d.data.get("type") == "month"]
    # "اليوم الاثنين": the weekday, not the number two
    weekdays = {(d.norm_start, d.norm_end) for d in seg_dates if d.data.get("type") == "weekday"}
    numbers = [n for n in within(mentions.numbers, seg) if not _is_non_count(n, norm, units, months)
               and not any(s <= n.norm_start and n.norm_end <= e for s, e in weekdays)]
    if len(numbers) > 1:
        numbers = _lower_ends(numbers, norm)
    if numbers:
        names = [c.norm_end for c in within(mentions.cue("number_names"), seg)]
        rates = [c.norm_start for c in within(mentions.cue("rate"), seg)]
        if names or rates:
            numbers = [n for n in numbers if not _named_or_rate(n, norm, names, rates)]
    persons = within(mentions.cue("singular_person"), seg) if numbers and deaths else []
    # (what a group was made of stands before its count as a hedge does: "مقتل عائلة مكونة من خمسة أشخاص")
    hedges = within(mentions.cue("count_hedges"), seg) + within(mentions.cue("group_made_of"), seg) if numbers else []
    hedges_after = within(mentions.cue("count_hedges_after"), seg) if numbers else []
    words = _word_index(norm, seg) if numbers else []  # most clauses hold no number: no index
    out = Counts()
    used_deaths: set[int] = set()
    told_of: set[int] = set()  # death words that follow the count they tell of
    part_of: Mention | None = None  # the last count of a part of the dead ("بينهم خمسة أطفال")
    parts_left = 0  # how many of the dead counted before the parts the parts have not yet told of
    killed: list[tuple[int, Mention]] = []
    injured: list[tuple[int, Mention]] = []
    for n in numbers:
        fresh = any(s.norm_end <= n.norm_start and n.norm_start - s.norm_end < 15
                    and _none_between(s.norm_end, n.norm_start, injuries) for s in subsets)
        if fresh or (part_of is not None and (_joined_next(part_of, n, norm) or (
                0 < n.data["value"] <= parts_left and _listed_next(part_of, n, norm, injuries)))):
            # "بينهم خمسة أطفال"، "هم ثلاثة شرطيين وثلاثة مدنيين": a part of those counted before
            # (not past a word of wound: "بينهم طفلان وإصابة 12 آخرين" are the wounded); "هم أربعة جنود
            # وخمسة متعاقدين مع البعثة، وأربعة مهاجمين": parts listed on, as long as they fit the whole
            whole = (killed[-1][0] if killed else 0) if fresh else parts_left
            parts_left = whole - n.data["value"]
            part_of = n
            continue
        if killed and _continues(killed[-1][1], n, norm, injuries, adding_only=True):
            # "مقتل عشرة إضافة إلى ثلاثة من العمال وإصابة تسعة": the three are dead too, not wounded
            killed.append((n.data["value"], n))
            out.killed_spans.append(n.span)
            continue
        ni = _idx(words, n.norm_start)
        nj = _idx(words, n.norm_end - 1)
        hedge = next((h for h in hedges if 0 <= n.norm_start - h.norm_end <= 1), None)
        # "مقتل ما لا يقل عن 10": a word of death before the hedge is as near as one before the number
        ni_before = _idx(words, hedge.norm_start) if hedge is not None else ni
        best: tuple[float, str, Mention] | None = None
        fall = next((c for c in falls if 0 < n.norm_start - c.norm_end <= 2), None)
        if fall is not None and n.data["kind"] == "exact" and _people_after(n, seg, mentions, norm) \
                and not any(_both_after(c, injuries, norm) for c in deaths if c.norm_start > n.norm_end):
            # "ما أدى إلى سقوط 12 متمردا وإصابة ثمانية آخرين": people counted after a word of falling
            # fell dead (the word of wound after them is the next count's); not a vague count, nor
            # one shared out ("سقوط العشرات من الحوثيين ما بين قتيل وجريح": dead and wounded)
            best = (0.0, "death", fall)
        lost = _lost_own_men(n, losses, seg, mentions, norm) if best is None and losses else None
        if lost is not None:
            # "فقدت القوات الأمنية 4 من عناصرها": a side's own men it lost are its dead
            best = (0.0, "death", lost)
        for cue_list, label in ((deaths, "death"), (injuries, "injury")) if best is None else ():
            for c in cue_list:
                ci = _idx(words, c.norm_start)
                if ci > nj:
                    # (the words of a hedge between them do not set them apart: "ستة ... على الأقل مصرعهم")
                    dist = float(ci - nj) - sum(_idx(words, h.norm_end - 1) - _idx(words, h.norm_start) + 1
                                                for h in hedges_after if n.norm_end <= h.norm_start and h.norm_end <= c.norm_start)
                    if norm[c.norm_start - 1:c.norm_start] == "و" and norm[c.norm_start - 2:c.norm_start - 1] == " ":
                        dist += 1  # "مقتل أربعة وإصابة اثنين": "و" opens the next count
                    if dist <= WINDOW_AFTER and (best is None or dist < best[0]):
                        best = (dist, label, c)
                elif ci < ni and id(c) not in told_of:
                    # a word after the number is its noun ("مئات الجرحى"): on a tie it wins
                    dist = max(ni_before - _idx(words, c.norm_end - 1), 1) + 0.5
                    if dist <= WINDOW_BEFORE and (best is None or dist < best[0]) \
                            and not _other_fate_between(norm, c.norm_end, n.norm_start):
                        best = (dist, label, c)
        if best is None and any(0 <= p.norm_start - n.norm_end <= 2 for p in persons):
            # "قضى خلال هذه المعارك والقصف في المعمل ومحيطه 35 مقاتلاً": a head count of people
            # takes a death verb from further back, when no other number stands between them
            for c in deaths:
                ci = _idx(words, c.norm_end - 1)
                if 0 < ni - ci <= WINDOW_BEFORE_PERSONS and _none_between(c.norm_end, n.norm_start, numbers):
                    best = (ni - ci, "death", c)
        if best is None and _people_after(n, seg, mentions, norm):
            # "إن 12 عنصرا من قوات النظام والمسلحين الموالين لها قتلوا"، "وكان 15 من المسلحين الحوثيين وقوات
            # صالح، قتلوا في مواجهات": a count of people or of a side takes the verb of death after the side
            # they belong to, in the same clause (no number or word of wound between, no punctuation but
            # a comma right before the verb)
            for c in deaths:
                ci = _idx(words, c.norm_start)
                if best is None and WINDOW_AFTER < ci - nj <= WINDOW_AFTER_PERSONS \
                        and not _PUNCT.search(norm[n.norm_end:c.norm_start].rstrip().removesuffix(",")) \
                        and _none_between(n.norm_end, c.norm_start, numbers + injuries):
                    best = (ci - nj, "death", c)
        before = norm[max(seg.start, n.norm_start - 8):n.norm_start].split() if best is None else None
        if before and is_cue_word(before[-1], "death_met", "و"):
            # "لقي سبعة من عناصر جماعة أنصار بيت المقدس الإرهابية مصرعهم": the count after the verb
            # of meeting death has its word of death later in the clause, however far
            got = next((c for c in deaths if c.norm_start >= n.norm_end
                        and _none_between(n.norm_end, c.norm_start, numbers + injuries)), None)
            if got is not None:
                best = (0.0, "death", got)
        if best is None and n.data["kind"] == "exact":
            # "حاصرت قواته 3 عناصر إرهابية داخل إحدى المزارع، ونجحت في تصفيتهم": a word of death whose
            # pronoun is the people counted before it, no other count or word of wound between
            got = next((c for c in deaths if c.norm_start >= n.norm_end and norm[c.norm_start:c.norm_end].endswith(("هم", "هما"))
                        and _idx(words, c.norm_start) - nj <= WINDOW_PRONOUN
                        and _none_between(n.norm_end, c.norm_start, numbers + injuries)), None)
            if got is not None:
                best = (0.0, "death", got)
        if best is None:
            # "قتل مسلحون من بوكو حرام 30 قرويا": the side that killed stands between the verb and its dead
            got = _verb_before_killers(n, deaths, told_of, seg, mentions, norm)
            if got is not None:
                best = (0.0, "death", got)
        if best is None:
            # "35 مقاتلاً من المعارضة، و17 عنصراً من قوات النظام": a count joined by و to a death count
            if killed and _continues(killed[-1][1], n, norm, injuries):
                killed.append((n.data["value"], n))
                out.killed_spans.append(n.span)
            continue
        _, label, cue = best
        if label == "death":
            # "مقتل وإصابة 10": the count is of both; it says nothing certain of the dead
            if _both_before(n, deaths, injuries):
                continue
            if _both_after(cue, injuries, norm):
                # "145 بين قتيل وجريح": dead among them, as many as "قتلى وجرحى" count (3, codebook rule 4)
                killed.append((min(VAGUE_DEAD, max(1, n.data["value"] - 1)), n))
                out.killed_spans += [n.span, cue.span]
                continue
            killed.append((n.data["value"], n))
            used_deaths.add(id(cue))
            if cue.norm_start >= n.norm_end:
                # the verb of this count ("خمسة جنود قتلوا"): no count after it takes it back
                # ("، وفقد 15 آخرون" are missing, not dead)
                told_of.add(id(cue))
            out.killed_spans += [n.span, cue.span]
        else:
            injured.append((n.data["value"], n))
            out.injured_spans += [n.span, cue.span]
    if killed and deaths:
        killed += _persons_beside(killed, seg, mentions, norm, out.killed_spans)
    if len(killed) > 1:
        killed = _lowest_account(killed, norm, out.killed_spans)
    if killed:
        out.killed = sum(v for v, _ in killed)
        if out.killed >= TALLY_MIN and not (out.killed < ONE_ATTACK_MAX and _one_attack(seg, mentions)):
            out.killed, out.killed_spans = None, []
    else:
        out.killed = _count_without_number(seg, norm, mentions, _not_denied(deaths, seg, mentions, norm), out)
    if injured:
        out.injured = sum(v for v, _ in injured)
        if out.injured >= TALLY_MIN and not (out.injured < ONE_ATTACK_MAX and _one_attack(seg, mentions)):
            out.injured, out.injured_spans = None, []
    elif injuries:
        out.injured = _persons_after(seg, mentions, _not_denied(injuries, seg, mentions, norm), out.injured_spans, norm)
    out.updated = bool(updates) and out.killed is not None
    return out


def _not_denied(words: list[Mention], seg: Segment, mentions: Mentions, norm: str) -> list[Mention]:
    """The words of death or wound that no "دون"/"لم يسفر عن" stands shortly before, in their clause
    ("دون وقوع قتلى": nobody died; cue list no_casualties)."""
    denials = within(mentions.cue("no_casualties"), seg) if words else []
    if not denials:
        return words
    return [w for w in words if not any(
        0 <= w.norm_start - d.norm_end <= DENIAL_CHARS and not CLAUSE_MARK.search(norm, d.norm_end, w.norm_start)
        for d in denials)]


def _lower_ends(numbers: list[Mention], norm: str) -> list[Mention]:
    """The counts without the upper end of a range: "ما بين 10 و15 شخصا" and "10 إلى 15" are 10
    (codebook rule 4: the lowest figure; cue lists range_joiners and range_openers)."""
    out = [numbers[0]]
    for a, b in pairwise(numbers):
        gap = norm[a.norm_end:b.norm_start].strip()
        before = norm[max(0, a.norm_start - RANGE_OPENER_CHARS):a.norm_start].split()
        if out[-1] is a and (gap in cue_words("range_joiners") or (
                gap == "و" and bool(before) and before[-1] in cue_words("range_openers"))):
            continue  # b ends a's range; the range is counted as a
        out.append(b)
    return out


def _lowest_account(killed: list[tuple[int, Mention]], norm: str, spans: list[Span]) -> list[tuple[int, Mention]]:
    """The death counts of the account with the fewest dead, when a word of contrast and a verb of
    saying stand between two counts (cue lists other_account, account_verbs: "21 مدنيا، لكن المتحدث
    قال إن 22 مسلحا قتلوا" is one toll told twice); ``spans`` keeps the chosen account's."""
    accounts = [[killed[0]]]
    for prev, cur in pairwise(killed):
        words = norm[prev[1].norm_end:cur[1].norm_start].split()
        contrast = next((i for i, w in enumerate(words) if is_cue_word(w, "other_account", "و")
                         or " ".join(words[i:i + 2]) in cue_words("other_account")), None)
        if contrast is not None and any(is_cue_word(w, "account_verbs", "و") for w in words[contrast:]):
            accounts.append([cur])
        else:
            accounts[-1].append(cur)
    if len(accounts) == 1:
        return killed
    low = min(accounts, key=lambda acc: sum(v for v, _ in acc))
    dropped = {n.span for acc in accounts if acc is not low for _, n in acc}
    spans[:] = [sp for sp in spans if sp not in dropped]
    return low


def _one_attack(seg: Segment, mentions: Mentions) -> bool:
    """The clause names one bombing or attack (cue list one_attack: "في انفجار"، "في هجوم") and no
    series, period or background ("سلسلة الهجمات"، "خلال الشهر"; cue lists many_attacks, background)."""
    return bool(within(mentions.cue("one_attack"), seg)) and not within(mentions.cue("many_attacks"), seg) \
        and not within(mentions.cue("background"), seg) and not within(mentions.cue("since"), seg)


def _verb_before_killers(n: Mention, deaths: list[Mention], told_of: set[int], seg: Segment,
                         mentions: Mentions, norm: str) -> Mention | None:
    """The death word before ``n`` with only the names of a side between them (and "من" joining
    them: "قتل مسلحون من بوكو حرام 30 قرويا"), or None."""
    for c in reversed(deaths):
        if c.norm_end > n.norm_start or id(c) in told_of:
            continue
        names = [a for a in within(mentions.actors, Segment(c.norm_end, n.norm_start, 0)) if a.norm_end <= n.norm_start]
        if not names:
            return None
        gap, last = [], c.norm_end
        for a in names:
            gap.append(norm[last:a.norm_start])
            last = max(last, a.norm_end)
        gap.append(norm[last:n.norm_start])
        return c if all(w == "من" for w in " ".join(gap).split()) else None
    return None


def _continues(prev: Mention, n: Mention, norm: str, injuries: list[Mention], adding_only: bool = False) -> bool:
    """``n`` adds to the death count ``prev``: joined by "و" or a word of adding ("بالإضافة إلى ستة
    مدنيين", cue list count_joiners; only those with ``adding_only``), no injury word between."""
    gap = norm[prev.norm_end:n.norm_start]
    if len(gap) > 70 or not (_adding_rx() if adding_only else _joined_rx()).search(gap):
        return False
    return _none_between(prev.norm_end, n.norm_start, injuries)


def _joiner_words() -> str:
    return "|".join(re.escape(w) for w in sorted(cue_words("count_joiners"), key=len, reverse=True))


@functools.cache
def _joined_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:(?:^|\s)و|(?:^|\s)(?:{_joiner_words()}))\s*$")


@functools.cache
def _adding_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)(?:{_joiner_words()})\s*$")


def _both_before(n: Mention, deaths: list[Mention], injuries: list[Mention]) -> bool:
    d = [c for c in deaths if c.norm_end <= n.norm_start and n.norm_start - c.norm_end < 12]
    i = [c for c in injuries if c.norm_end <= n.norm_start and n.norm_start - c.norm_end < 12]
    return bool(d and i)


def _other_fate_between(norm: str, start: int, end: int) -> bool:
    """A word of another fate stands between a word of death or wound and the count after it
    ("بين قتيل وجريح وأسر 11 آخرين": the 11 were captured; cue list other_fates)."""
    return any(is_cue_word(w, "other_fates", "و") for w in norm[start:end].split())


def _both_after(death: Mention, injuries: list[Mention], norm: str) -> bool:
    """The count is shared out between the dead and the wounded ("أكثر من 145 من الميليشيات بين قتيل
    وجريح"; cue list shared_out): it is of both, it says nothing certain of the dead."""
    before = norm[max(0, death.norm_start - SHARED_OUT_CHARS):death.norm_start].split()[-1:]
    return bool(before) and before[0] in cue_words("shared_out") and any(
        norm[death.norm_end:c.norm_start].strip() == "و" for c in injuries if c.norm_start >= death.norm_end)


SHARED_OUT_CHARS = 6  # the word of sharing out right before the word of death


def _count_without_number(seg: Segment, norm: str, mentions: Mentions, deaths: list[Mention],
                          out: Counts) -> int | None:
    """Deaths said with no number: a singular/dual noun (1/2) or a vague plural (3)."""
    if not deaths:
        return None
    persons = _persons_after(seg, mentions, deaths, out.killed_spans, norm)
    if persons is not None:
        return persons
    for lst, value in ((within(mentions.cue("death_of_two"), seg), 2), (within(mentions.cue("death_of_one"), seg), 1)):
        if lst:
            out.killed_spans.append(lst[0].span)
            return value
    persons = _persons_before(seg, mentions, deaths, out.killed_spans, norm)
    if persons is not None:
        return persons
    vague = within(mentions.cue("death_plural_vague"), seg)
    if vague:
        out.killed_spans.append(vague[0].span)
        out.vague = True
        return 3
    return None


def _persons_after(seg: Segment, mentions: Mentions, words: list[Mention], spans: list[Span], norm: str
                   ) -> int | None:
    """A singular or dual noun of a person right after a word of death or wound, with no number:
    "إصابة جنديين" is two, "مقتل شرطي" one (the spans that say so are added to ``spans``)."""
    singular = within(mentions.cue("singular_person"), seg)
    dual = within(mentions.cue("dual_person"), seg)
    tries = [c.norm_end for c in within(mentions.cue("attempt"), seg)]
    actors = within(mentions.actors, seg)
    riding = within(mentions.cue("riding"), seg)
    dates = within(mentions.dates, seg)
    for d in words:
        if any(0 <= d.norm_start - e <= 2 for e in tries):
            continue  # "محاولة اغتيال أحد القادة": tried, nobody died of it
        # "قتلت قوات الاحتلال شابا": the side that killed may stand between the verb and its dead,
        # and what it rode ("مسلحون يستقلون دراجة نارية"; cue list riding)
        subject = next((a for a in actors if 0 <= a.norm_start - d.norm_end <= 2 and not all(
            e.kind in _VICTIM_KINDS for e in a.data["entries"])), None)  # ("مقتل امرأة وطفلين": the dead)
        active = _active_killing(d, norm)
        subject_end = _killers_after(subject.norm_end, norm) or subject.norm_end if subject is not None \
            else _killers_after(d.norm_end, norm) if active else None
        # (after a verb only active, the words right after it are its subject, not its dead)
        ends: tuple[int, ...] = () if active and subject_end is not None else (d.norm_end,)
        if subject_end is not None:
            rode = next((r for r in riding if 0 <= r.norm_start - subject_end <= 2), None)
            ends += (subject_end,) if rode is None else (subject_end, rode.norm_end)
        against = _AGAINST.match(norm, d.norm_end)
        if against is not None:
            ends += (against.end(),)  # "نفذ التنظيم حكم الإعدام بحق شاب": the one executed
        # "استشهد فجر أمس الشاب محمد"، "قتل مسلحون أمس عقيدا": the time may stand between the verb, or
        # the side that killed, and the dead
        ends += tuple(w for e in (d.norm_end, subject_end) if e is not None and (w := _time_after(e, dates)) is not None)
        for lst, value in ((dual, 2), (singular, 1)):
            for s in lst:
                if any(0 <= s.norm_start - e <= 2 for e in ends):
                    spans += [d.span, s.span]
                    return value + _joined_persons(s, singular, dual, norm, spans)
    return None


def _persons_before(seg: Segment, mentions: Mentions, deaths: list[Mention], spans: list[Span], norm: str
                    ) -> int | None:
    """A singular or dual noun of a person right before a word of death, with no number and no
    one named dead after it: "أن جنديا قتل في إقليم ماردين" is one dead, "شرطيان قتلا" two (not a
    killer's noun: "مسلح قتل"; cue list killer_nouns). The noun may open a side's name with its
    nation's adjective ("جنديين ليبيين قتلا")."""
    ends = {a.norm_start: a.norm_end for a in within(mentions.actors, seg)}
    for lst, value in ((within(mentions.cue("dual_person"), seg), 2), (within(mentions.cue("singular_person"), seg), 1)):
        for p in lst:
            end = max(p.norm_end, ends.get(p.norm_start, 0))
            d = next((d for d in deaths if d.norm_start - end == 1), None)
            if d is not None and not is_cue_word(norm[p.norm_start:p.norm_end], "killer_nouns", "و"):
                spans += [p.span, d.span]
                return value
    return None


def gapped_counts(seg: Segment, norm: str, mentions: Mentions, before: Counts) -> Counts | None:
    """The dead (or wounded) a clause counts with the word of death left out, as it was said in the
    clause before ("قتل ثلاثة مدنيين في غارة على سراقب، وخمسة في غارة على أريحا"، "قتل طفلان في
    معرة النعمان، وامرأة وطفلها في قصف على كفرنبل"): the clause opens with "و" and a count or a
    noun of a person, tells no death or wound of its own, and ``before`` (the clause before's
    counts) is of the dead only or of the wounded only. None when the clause is no such one."""
    if (before.killed is None) == (before.injured is None):
        return None
    m = _GAP_OPEN.match(norm, seg.start, seg.end)
    if m is None or within(mentions.cue("death"), seg) or within(mentions.cue("injury"), seg) \
            or within(mentions.cue("fall_of_people"), seg):
        return None
    at = m.end()
    spans: list[Span] = []
    number = next((n for n in within(mentions.numbers, seg) if n.norm_start == at), None)
    if number is not None:
        units = within(mentions.cue("units"), seg)
        months = [d for d in within(mentions.dates, seg) if d.data.get("type") == "month"]
        if number.data["kind"] != "exact" or _is_non_count(number, norm, units, months):
            return None  # ("وعشرات في إدلب" is a vague count: 12 by the codebook, but too loose to read gapped)
        value = number.data["value"]
        spans.append(number.span)
    else:
        singular = within(mentions.cue("singular_person"), seg)
        dual = within(mentions.cue("dual_person"), seg)
        first = next(((p, v) for lst, v in ((dual, 2), (singular, 1)) for p in lst if p.norm_start == at), None)
        if first is None:
            return None
        spans.append(first[0].span)
        value = first[1] + _joined_persons(first[0], singular, dual, norm, spans)
    if before.killed is not None:
        return Counts(killed=value, killed_spans=spans)
    return Counts(injured=value, injured_spans=spans)


_GAP_OPEN = re.compile(r"[\s,،]*و")


def _lost_own_men(n: Mention, losses: list[Mention], seg: Segment, mentions: Mentions, norm: str) -> Mention | None:
    """The verb of losing a count of a side's own men stands for ("فقدت القوات الأمنية 4 من عناصرها";
    cue lists lost_verbs, own_men): a few words before the count, "من" and the men right after it."""
    after = _OF_OWN.match(norm, n.norm_end)
    if after is None or not any(m.norm_start == after.end() for m in within(mentions.cue("own_men"), seg)):
        return None
    return next((v for v in reversed(losses) if v.norm_end <= n.norm_start
                 and len(norm[v.norm_end:n.norm_start].split()) <= LOST_WORDS), None)


LOST_WORDS = 4  # words between a verb of losing and the count of men lost (the side that lost them)
_OF_OWN = re.compile(r"\s+من\s+")


def _none_between(start: int, end: int, mentions: list[Mention]) -> bool:
    """None of ``mentions`` (counts, words of wound) starts between ``start`` and ``end``."""
    return not any(start <= m.norm_start < end for m in mentions)


def _people_after(n: Mention, seg: Segment, mentions: Mentions, norm: str) -> bool:
    """A noun of people (cue list singular_person) or a side's name opens the words right after a count
    ("12 متمردا"، "خمسة من عناصر الحوثي")."""
    for m in within(mentions.cue("singular_person"), seg) + within(mentions.actors, seg):
        if 0 < m.norm_start - n.norm_end <= PEOPLE_AFTER_CHARS:
            between = norm[n.norm_end:m.norm_start].split()
            # (a side's name may follow a word of its men: "خمسة من عناصر الحوثي")
            if between in ([], ["من"]) or (len(between) == 2 and between[0] == "من" and m.kind == "actor"):
                return True
    return False


def _time_after(start: int, dates: list[Mention]) -> int | None:
    """Where the words of time that follow ``start`` with only a space between end ("فجر أمس"), or
    None."""
    end = None
    for m in dates:
        if 0 <= m.norm_start - (end if end is not None else start) <= 2:
            end = m.norm_end
    return end


def _active_killing(verb: Mention, norm: str) -> bool:
    """The death word is a verb of killing spelled only in the active ("اغتال"; cue list
    active_killing_verbs)."""
    return is_cue_word(norm[verb.norm_start:verb.norm_end], "active_killing_verbs", "وف")


def _killers_after(start: int, norm: str) -> int | None:
    """Where the words of gunmen right after ``start`` (a verb of killing in the active, or the side
    that is its subject) end ("اغتال مسلحان ملثمان ضابطا": they killed, the officer died; cue list
    killer_nouns), or None."""
    end = None
    for m in _NEXT_WORD.finditer(norm, start):
        if m.start() != (end if end is not None else start) or m.group(1) not in cue_words("killer_nouns"):
            break
        end = m.end()
    return end


_NEXT_WORD = re.compile(r"\s+(\w+)")
_VICTIM_KINDS = frozenset({"civilian", "victim"})  # actors' kinds that are the dead, never who killed


def _joined_persons(first: Mention, singular: list[Mention], dual: list[Mention], norm: str,
                    spans: list[Span]) -> int:
    """The persons joined by "و" to the first one counted ("مقتل ضابط ومجند": one more; "ضابط
    وجنديين": two more; "محافظ المدينة ومرافقه": one more), their spans added to ``spans``."""
    more, last = 0, first
    joined = sorted([(m, 1) for m in singular] + [(m, 2) for m in dual], key=lambda mv: mv[0].norm_start)
    for m, value in joined:
        if m.norm_start < last.norm_end:
            continue
        gap = norm[last.norm_end:m.norm_start]
        if _AND_ONLY.fullmatch(gap) is None and _GENITIVE_AND.fullmatch(gap) is None:
            break  # (a noun of the first may stand between: "مقتل محافظ المدينة ومرافقه")
        more += value
        spans.append(m.span)
        last = m
    return more


_AND_ONLY = re.compile(r"\s*و\s*")
_GENITIVE_AND = re.compile(r"\s+ال\w+\s+و\s*")
_AGAINST = re.compile(r"\s+بحق(?=\s)")
_NOUN_AND = re.compile(r"\s+\w+\s+و\s*")


def _joined_next(prev: Mention, n: Mention, norm: str) -> bool:
    """``n`` is joined by "و" right after ``prev`` or its noun ("ثلاثة شرطيين وثلاثة مدنيين")."""
    gap = norm[prev.norm_end:n.norm_start]
    return _AND_ONLY.fullmatch(gap) is not None or _NOUN_AND.fullmatch(gap) is not None


def _listed_next(prev: Mention, n: Mention, norm: str, injuries: list[Mention]) -> bool:
    """``n`` follows ``prev`` in a list, a few words on, after "و" (and maybe a comma), no word of
    wound between ("أربعة جنود وخمسة متعاقدين مع بعثة الأمم المتحدة، وأربعة مهاجمين")."""
    gap = norm[prev.norm_end:n.norm_start]
    return len(gap) <= LIST_GAP_CHARS and _LIST_AND.search(gap) is not None \
        and _none_between(prev.norm_end, n.norm_start, injuries)


LIST_GAP_CHARS = 60  # the words between two parts of a list of the dead
_LIST_AND = re.compile(r"[،,]?\s*و\s*$")


def _persons_beside(killed: list[tuple[int, Mention]], seg: Segment, mentions: Mentions, norm: str,
                    spans: list[Span]) -> list[tuple[int, Mention]]:
    """Persons joined by "و" to a count of the dead, before it ("مقتل امرأة وثلاثة أطفال") or after
    its noun ("ثلاثة أطفال وامرأة"): one more each, two for a dual (their spans added to ``spans``)."""
    persons = [(m, 1) for m in within(mentions.cue("singular_person"), seg)] + \
        [(m, 2) for m in within(mentions.cue("dual_person"), seg)]
    counted_nouns = {m.norm_end for m in within(mentions.numbers, seg)}
    more, seen = [], set()
    for _, n in killed:
        for p, value in persons:
            if p.norm_start in seen or any(0 <= p.norm_start - e <= 2 for e in counted_nouns):
                continue  # "ثلاثة شرطيين وثلاثة مدنيين": the noun of a count is no person of its own
            gap = norm[p.norm_end:n.norm_start] if p.norm_end <= n.norm_start else norm[n.norm_end:p.norm_start]
            if (_AND_ONLY.fullmatch(gap) if p.norm_end <= n.norm_start else _NOUN_AND.fullmatch(gap)) is not None:
                more.append((value, p))
                spans.append(p.span)
                seen.add(p.norm_start)
    return more


def _named_or_rate(n: Mention, norm: str, name_ends: list[int], rate_starts: list[int]) -> bool:
    """A number that is part of a name ("بشارع الخمسين", "الفرقة 30") or a rate ("100 إرهابي يوميا")."""
    if any(0 <= n.norm_start - e <= 2 for e in name_ends):
        return True
    return any(0 <= r - n.norm_end <= 16 and not any(c in norm[n.norm_end:r] for c in ".,،;")
               for r in rate_starts)


def _bare(word: str) -> str:
    """A word without its clitic and article ("بالأسرة" → "اسره")."""
    word = word[1:] if word[:1] in "وفبل" and len(word) > 3 else word
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _is_non_count(n: Mention, norm: str, units: list[Mention], months: list[Mention]) -> bool:
    """Years, day numbers of dates, ages, distances, sums of money ... are not head counts."""
    v = n.data["value"]
    if n.data.get("digits") and 1900 <= v <= 2100:
        return True
    after = norm[n.norm_end:n.norm_end + 14]
    if any(0 <= u.norm_start - n.norm_end <= 2 for u in units):
        return True
    # a day number before a month name ("23 يوليو", "23 من يوليو") or a slash date
    if any(0 <= m.norm_start - n.norm_end <= 5 for m in months):
        return True
    if re.match(r"\s*[/.-]\s*\d", after):
        return True
    before = norm[max(0, n.norm_start - 2):n.norm_start]
    if re.search(r"[/.-]\s*$", before) and n.data.get("digits"):
        return True
    if v == 1 and not n.data.get("digits"):
        # "أسرة واحدة": "one" after a noun of a group, a time or a place is its adjective
        prev = norm[max(0, n.norm_start - 16):n.norm_start].split()[-1:]
        return bool(prev) and _bare(prev[0]) in cue_words("one_adjective_after")
    return False
