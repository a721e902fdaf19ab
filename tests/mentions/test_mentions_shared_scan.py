"""Reading a text once for several lexicons (SharedScan) finds what each lexicon finds alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad import lexicon
from marsad.geo import Gazetteer
from marsad.mentions.finder import MentionFinder
from marsad.mentions.matcher import LexiconMatcher, SharedScan, WordIndex
from marsad.text import normalize


def _actors() -> LexiconMatcher:
    return LexiconMatcher(((a.alias, a) for a in lexicon.actors()), suffixes=frozenset(["", "ه", "ها", "هم"]))


def _triggers() -> LexiconMatcher:
    return LexiconMatcher(((t.pattern, t) for t in lexicon.triggers()), inflect=True)




def test_shared_and_separate_matchers_agree_on_real_articles(corpus_texts) -> None:
    alone = [_actors(), _triggers(), Gazetteer.default().matcher]
    together = [_actors(), _triggers(), LexiconMatcher((k, i) for k, idxs in Gazetteer.default().by_key.items()
                                                       for i in idxs)]
    SharedScan(together)
    for m in alone:  # each reads texts with an automaton of its own lexicon only
        SharedScan([m])
    found = 0
    for text in corpus_texts(80):
        norm = normalize(text).norm
        words = WordIndex(norm)
        for a, t in zip(alone, together, strict=True):
            got = t.find_entries(norm, words)
            assert got == a.find_entries(norm, WordIndex(norm))
            found += len(got)
    assert found > 1000


def test_a_phrase_that_views_write_alike_keeps_the_later_entry() -> None:
    # "قوات الجيش" and "قوات للجيش" both read "قوات   جيش" once clitics are blanked; a lexicon
    # alone keeps the later entry for that form, and so does a shared scan
    entries = [("قوات الجيش", "army"), ("قوات للجيش", "army-of")]
    alone = LexiconMatcher(entries)
    shared = LexiconMatcher(entries)
    SharedScan([shared, LexiconMatcher([("حلب", "Aleppo")])])
    norm = normalize("وصلت تعزيزات بقوات الجيش الى حلب").norm
    assert [m.payload for m in alone.find(norm)] == [m.payload for m in shared.find(norm)] == ["army-of"]


def test_mention_finder_in_the_pipeline_reads_each_text_once() -> None:
    finder = MentionFinder()
    gaz = Gazetteer.default()
    SharedScan([*finder.matchers(), gaz.matcher])
    nt = normalize("قتل ثلاثة مدنيين بقصف لقوات النظام على بلدة كفرنبل بريف إدلب الجنوبي أمس")
    words = WordIndex.of(nt.norm)
    mentions = finder.find(nt)
    places = gaz.find_places(nt)
    assert len(words._scans) == 1  # one automaton pass served both stages
    assert [m.key for m in mentions.actors] == ["مدنيين", "قوات النظام"]
    assert {p.key for p in places} >= {"كفرنبل", "ادلب"}


def test_whole_word_matcher_refuses_word_lists_with_suffixes() -> None:
    m = LexiconMatcher([("قتل", "death")])  # names only: keyed as whole words
    norm = normalize("قتل جنديان ونعى الجيش قتلاهم").norm
    with pytest.raises(ValueError, match="whole_words=False"):
        m.find_grouped(norm, None, str, lambda name: frozenset(["", "اهم"]))
    inflecting = LexiconMatcher([("قتل", "death")], whole_words=False)
    got = inflecting.find_grouped(norm, None, str, lambda name: frozenset(["", "اهم"]))
    assert [norm[x.start:x.end] for x in got["death"]] == ["قتل", "قتلاهم"]


def test_word_views_blank_clitics_and_punctuation() -> None:
    norm = normalize("وبالموصل، ولحج_الجنوبية").norm
    w = WordIndex(norm)
    assert w.words == ["وبالموصل", "ولحج", "الجنوبيه"]
    assert [norm[s:e] for s, e in zip(w.starts, w.ends, strict=True)] == w.words
    assert w.views[0] == " وبالموصل  ولحج الجنوبيه "
    assert w.views[1] == "     موصل    حج   جنوبيه "  # the longest clitic of each word blanked
    assert w.views[2] == "  بالموصل   لحج   جنوبيه "  # the shortest
    assert all(len(v) == len(norm) + 2 for v in w.views)


_DIGITS_AS_STATED = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d])")


@given(st.text(alphabet=st.sampled_from(list("0123456789,. aب\n")), max_size=40))
def test_digit_numbers_are_found_as_stated(text: str) -> None:
    from marsad.mentions.finder import _DIGITS

    assert [(m.span(1), m.group(1)) for m in _DIGITS.finditer(text)] == \
        [(m.span(1), m.group(1)) for m in _DIGITS_AS_STATED.finditer(text)]


def test_digit_numbers_in_a_report() -> None:
    finder = MentionFinder()
    nt = normalize("قتل 1,250 شخصا و٣٥ جريحا بغارات طائرات F16 منذ 12/5")
    got = [(nt.norm[m.norm_start:m.norm_end], m.data["value"]) for m in finder.find(nt).numbers
           if m.data.get("digits")]
    assert got == [("1,250", 1250), ("35", 35), ("12", 12), ("5", 5)]  # F16 is no count


def test_a_small_word_cache_gives_the_same_matches(corpus_texts) -> None:
    kept_few = [_actors(), _triggers()]
    scan = SharedScan(kept_few, words_kept=50)  # emptied again and again over an article
    plenty = [_actors(), _triggers()]
    SharedScan(plenty)
    for text in corpus_texts(20):
        norm = normalize(text).norm
        for a, b in zip(kept_few, plenty, strict=True):
            assert a.find_entries(norm, WordIndex(norm)) == b.find_entries(norm, WordIndex(norm))
    assert len(scan._in_word) <= 50


def test_clitic_forms_of_many_words_at_once_equal_word_by_word(corpus_texts) -> None:
    from marsad.mentions.matcher import _BlankedWords

    words = WordIndex(normalize(" ".join(corpus_texts(10))).norm).words
    at_once, one_by_one = _BlankedWords(), _BlankedWords()
    longest, shortest = at_once.forms(words)
    assert list(zip(longest, shortest, strict=True)) == [one_by_one[w] for w in words]
    longest, shortest = _BlankedWords().forms(["وبالموصل", "ولحج", "حلب", "فالجيش"])
    assert longest == ["    موصل", "  حج", "حلب", "   جيش"]
    assert shortest == [" بالموصل", " لحج", "حلب", " الجيش"]
