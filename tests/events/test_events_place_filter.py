"""The filter that drops place names inside actor or date names (or a clitic before one) agrees with its plain definition."""

from __future__ import annotations

import random
from types import SimpleNamespace

from marsad.events.assemble import _not_other_words


def _plain(places, mentions):
    taken = [(m.norm_start, m.norm_end) for m in mentions.actors + mentions.dates]
    return [p for p in places
            if not any(s <= p.norm_start and p.norm_end <= e and (s, e) != (p.norm_start, p.norm_end)
                       or (s == p.norm_start and e == p.norm_end and p.context_word is None)
                       # a clitic and the start of a name after a word of place ("حاجز لوحدات حماية الشعب")
                       or (s == p.norm_start + 1 and p.norm_end <= e and p.context_word is not None)
                       for s, e in taken)]


def _span(rng: random.Random, n: int) -> tuple[int, int]:
    s = rng.randrange(n)
    return s, s + rng.randint(1, 12)


def test_fast_filter_matches_the_plain_definition_on_random_spans() -> None:
    rng = random.Random(7)
    for _ in range(400):
        n = rng.randint(5, 80)
        spans = [_span(rng, n) for _ in range(rng.randint(0, 8))]
        actors = [SimpleNamespace(norm_start=s, norm_end=e) for s, e in spans[: len(spans) // 2]]
        dates = [SimpleNamespace(norm_start=s, norm_end=e) for s, e in spans[len(spans) // 2:]]
        # places: some equal to an actor/date span, some inside one, some anywhere
        pspans = [rng.choice(spans) if spans and rng.random() < 0.4 else _span(rng, n)
                  for _ in range(rng.randint(0, 10))]
        places = [SimpleNamespace(norm_start=s, norm_end=e, context_word=rng.choice([None, "حي"]))
                  for s, e in pspans]
        mentions = SimpleNamespace(actors=actors, dates=dates)
        assert _not_other_words(places, mentions) == _plain(places, mentions)


def test_a_place_inside_a_group_name_is_dropped_and_one_with_its_context_word_kept() -> None:
    actor = SimpleNamespace(norm_start=0, norm_end=15)  # "أنصار بيت المقدس"
    date = SimpleNamespace(norm_start=30, norm_end=39)  # "يوم الجمعة"
    inside = SimpleNamespace(norm_start=6, norm_end=15, context_word=None)  # "بيت المقدس"
    same_as_date = SimpleNamespace(norm_start=30, norm_end=39, context_word=None)
    named = SimpleNamespace(norm_start=30, norm_end=39, context_word="مدينة")
    free = SimpleNamespace(norm_start=50, norm_end=56, context_word=None)
    got = _not_other_words([inside, same_as_date, named, free], SimpleNamespace(actors=[actor], dates=[date]))
    assert got == [named, free]
