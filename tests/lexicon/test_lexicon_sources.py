"""The reporting-source lexicon (sources.tsv): one English name per Arabic alias, no ordinary
words, and the sources cited in real Arabic sentences are found."""

from __future__ import annotations

from collections import defaultdict

from marsad.lexicon import sources
from marsad.mentions.matcher import LexiconMatcher
from marsad.text.normalize import normalize, normalize_key


def _found(text: str) -> dict[str, str]:
    nt = normalize(text)
    m = LexiconMatcher((s.alias, s) for s in sources())
    return {nt.orig_span(x.start, x.end).text_of(text): x.payload.name for x in m.find(nt.norm)}


def test_every_alias_has_one_name() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for s in sources():
        names[normalize_key(s.alias)].add(s.name)
    assert len(sources()) >= 150
    assert {k: v for k, v in names.items() if len(v) > 1} == {}


def test_ordinary_words_and_places_are_not_sources() -> None:
    keys = {normalize_key(s.alias) for s in sources()}
    for word in ("الرياض", "الجزيره", "العربيه", "الوطن", "الحياه", "الشرق الاوسط", "الحدث", "معا"):
        assert word not in keys, word
    hits = _found("وصل الوفد إلى الرياض قادما من الجزيرة العربية، وناقش الوضع في الشرق الأوسط معا.")
    assert hits == {}


def test_cited_sources_are_found() -> None:
    text = ("وقال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا، فيما نقلت وكالة الأنباء السعودية (واس) "
            "عن المتحدث باسم التحالف أن الغارات استهدفت مخازن أسلحة، وذكرت مصادر طبية لوكالة الصحافة الفرنسية "
            "أن الحصيلة مرشحة للارتفاع بحسب شهود عيان.")
    hits = _found(text)
    assert hits["المرصد السوري لحقوق الإنسان"] == "Syrian Observatory for Human Rights"
    assert hits["وكالة الأنباء السعودية"] == "Saudi Press Agency"
    assert hits["واس"] == "Saudi Press Agency"
    assert hits["المتحدث باسم التحالف"] == "Saudi-led Coalition"
    assert hits["مصادر طبية"] == "Medical sources"
    assert hits["وكالة الصحافة الفرنسية"] == "AFP"
    assert hits["شهود عيان"] == "Witnesses"
    assert {s.kind for s in sources() if s.name == "Syrian Observatory for Human Rights"} == {"monitor"}


def test_other_observatories_are_not_the_syrian_one() -> None:
    hits = _found("وأكد المرصد العراقي لحقوق الإنسان مقتل سبعة مدنيين، فيما قال المرصد اليمني لحقوق الإنسان إن ...")
    assert hits["المرصد العراقي لحقوق الإنسان"] == "Iraqi Observatory for Human Rights"
    assert hits["المرصد اليمني لحقوق الإنسان"] == "Yemeni Observatory for Human Rights"
