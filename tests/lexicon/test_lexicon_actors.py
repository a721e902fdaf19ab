"""The actor lexicon (actors.tsv): well-formed rows, unambiguous names, dated renamings, and
real Arabic actor phrases found and resolved by the Aho-Corasick matcher."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from marsad.lexicon import ACTOR_KINDS, ActorEntry, actors, called, country_in_name, groups_called, home_of
from marsad.mentions.matcher import LexiconMatcher
from marsad.text.normalize import normalize, normalize_key

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "articles.jsonl"
ARABIC = re.compile(r"[\u0621-\u064A]")
TEMPLATE = re.compile(r"\{[^}]*\}")


@lru_cache(maxsize=1)
def matcher() -> LexiconMatcher:
    return LexiconMatcher((a.alias, a) for a in actors())


def resolve(entries: list[ActorEntry], country: str, day: date | None) -> ActorEntry | None:
    """The lexicon rule: entries valid on the day; the country's row first, the fallback second."""
    valid = [e for e in entries if e.valid_on(day)]
    for e in valid:
        if e.country == country:
            return e
    for e in valid:
        if not e.country:
            return e
    return None


def found(text: str, country: str, day: date | None = None) -> dict[str, str]:
    """Arabic words of the original text → resolved canonical name, for every actor match."""
    nt = normalize(text)
    by_span: dict[tuple[int, int], list[ActorEntry]] = defaultdict(list)
    for m in matcher().find(nt.norm):
        by_span[(m.start, m.end)].append(m.payload)
    out: dict[str, str] = {}
    for (s, e), entries in by_span.items():
        best = resolve(entries, country, day)
        if best is not None:
            out[nt.orig_span(s, e).text_of(text)] = best.name_for(country)
    return out


def entries_for(alias: str) -> list[ActorEntry]:
    key = normalize_key(alias)
    return [a for a in actors() if normalize_key(a.alias) == key]


# ------------------------------------------------------------------ the rows themselves


def test_every_row_loads_and_the_lexicon_is_broad() -> None:
    rows = actors()
    assert len(rows) >= 800
    countries = {a.country for a in rows if a.country}
    for c in ("Syria", "Iraq", "Yemen", "Saudi Arabia", "Libya", "Egypt", "Palestine", "Lebanon",
              "Turkey", "Sudan", "South Sudan", "Somalia", "Afghanistan", "Pakistan", "Nigeria",
              "Mali", "Tunisia", "Algeria"):
        assert c in countries, c
    assert {a.kind for a in rows} <= ACTOR_KINDS


def test_aliases_are_clean_arabic() -> None:
    for a in actors():
        assert ARABIC.search(a.alias), a
        assert a.alias == a.alias.strip() and "  " not in a.alias, a
        assert normalize_key(a.alias), a
        assert a.canonical == a.canonical.strip() and "  " not in a.canonical, a
        assert not ARABIC.search(a.canonical), a


def test_templates_are_well_formed() -> None:
    for a in actors():
        holes = TEMPLATE.findall(a.canonical)
        assert holes in ([], ["{country}"]), a
        filled = a.name_for("Iraq")
        assert "{" not in filled and "}" not in filled, a
        assert filled.count("(") == filled.count(")"), a
    assert ActorEntry("الجيش", "Military Forces of {country}", 1, "", None, None,
                      "generic").name_for("") == "Military Forces of Unknown"


def test_inter_codes_fit_the_kind() -> None:
    expected = {"civilian": {7}, "victim": {7}, "protester": {6}, "rioter": {5}}
    for a in actors():
        if a.kind in expected:
            assert a.inter in expected[a.kind], a
        if a.canonical.startswith("Civilians ("):
            assert a.inter == 7, a
        if a.canonical.startswith(("Protesters (", "Rioters (")):
            assert a.inter in {5, 6}, a
        if a.canonical.startswith(("Unidentified Armed Group",)):
            assert a.inter == 3, a


def test_validity_intervals_are_ordered() -> None:
    for a in actors():
        if a.valid_from and a.valid_to:
            assert a.valid_from <= a.valid_to, a


def test_no_alias_means_two_actors_at_once() -> None:
    """Same normalised alias and country: rows with different canonicals never overlap in time
    (this also forbids exact duplicates of (alias, country, validity) with different names)."""
    groups: dict[tuple[str, str], list[ActorEntry]] = defaultdict(list)
    for a in actors():
        groups[(normalize_key(a.alias), a.country)].append(a)
    clashes = []
    for key, rows in groups.items():
        for i, x in enumerate(rows):
            for y in rows[i + 1:]:
                if x.canonical == y.canonical:
                    continue
                lo = max(x.valid_from or date.min, y.valid_from or date.min)
                hi = min(x.valid_to or date.max, y.valid_to or date.max)
                if lo <= hi:
                    clashes.append((key, x.canonical, y.canonical))
    assert not clashes, clashes[:10]


def test_ordinary_words_are_not_actor_names() -> None:
    """Bare words that are ordinary Arabic words stay out; longer fixed phrases carry them."""
    keys = {normalize_key(a.alias) for a in actors()}
    for word in ("فتح", "القاعده", "قاعده", "بيت المقدس", "انتحاري", "انتحاريه", "المهاجمين"):
        assert normalize_key(word) not in keys, word
    assert all(r.country for r in entries_for("الشباب")), "bare الشباب is al-Shabaab only in Somalia/Kenya"
    text = ("وفتح المسلحون النار على دورية، وقصفت الطائرات القاعدة العسكرية قرب قاعدة العند "
            "في عملية انتحارية، وتحدث الشباب في بيت المقدس.")
    hits = found(text, "Yemen", date(2015, 7, 20))
    assert hits.get("المسلحون") == "Unidentified Armed Group (Yemen)"
    assert hits.get("الطائرات") == "Military Forces of Saudi Arabia"  # who flies over Yemen in 2015
    assert set(hits) == {"المسلحون", "الطائرات"}, hits
    assert "حركة فتح" in found("اعتقلت الأجهزة الأمنية عناصر من حركة فتح.", "Palestine")
    assert found("تبنى تنظيم القاعدة الهجوم.", "Yemen")["تنظيم القاعدة"].startswith("AQAP")


@pytest.mark.parametrize(("alias", "country"), [
    ("قوات النظام", "Syria"), ("جبهة النصرة", None), ("جيش الفتح", "Syria"),
    ("الحشد الشعبي", "Iraq"), ("المتمردين الاكراد", "Turkey"), ("المقاومة الشعبية التهامية", "Yemen"),
    ("الانقلابيين", None), ("مجلس شورى ثوار بنغازي", "Libya"), ("قوات الاحتلال", None),
])
def test_distinctive_names_point_to_their_country(alias: str, country: str | None) -> None:
    """The extractor counts names that belong to one country only to tell an article's country:
    a distinctive name keeps to its country (no fallback row); None: several, but no fallback."""
    countries = {e.country for e in entries_for(alias)}
    assert "" not in countries, alias
    if country:
        assert countries == {country}, (alias, countries)


# ------------------------------------------------------------------ dates and countries


@pytest.mark.parametrize(("day", "expected"), [
    (date(2015, 7, 31), "Jabhat al-Nusra"),
    (date(2016, 7, 27), "Jabhat al-Nusra"),
    (date(2016, 7, 28), "Jabhat Fateh al-Sham"),
    (date(2016, 12, 1), "Jabhat Fateh al-Sham"),
    (date(2017, 1, 28), "Hayat Tahrir al-Sham"),
    (date(2019, 5, 1), "Hayat Tahrir al-Sham"),
])
def test_nusra_renamings_resolve_by_date(day: date, expected: str) -> None:
    assert resolve(entries_for("جبهة النصرة"), "Syria", day).canonical == expected
    assert resolve(entries_for("النصرة"), "Syria", day).canonical == expected
    jfs = resolve(entries_for("جبهة فتح الشام"), "Syria", day)
    if day < date(2016, 7, 28):
        assert jfs is None  # the name did not exist yet
    else:
        assert jfs.canonical == expected
    hts = resolve(entries_for("هيئة تحرير الشام"), "Syria", day)
    assert (hts.canonical if hts else None) == ("Hayat Tahrir al-Sham" if day >= date(2017, 1, 28) else None)


@pytest.mark.parametrize(("alias", "country", "day", "canonical"), [
    ("انصار بيت المقدس", "Egypt", date(2014, 6, 1), "Ansar Bayt al-Maqdis"),
    ("أنصار بيت المقدس", "Egypt", date(2015, 7, 1), "Islamic State (Egypt) - Sinai Province"),
    ("ولاية سيناء", "Egypt", date(2014, 11, 9), None),
    ("ولاية سيناء", "Egypt", date(2015, 7, 1), "Islamic State (Egypt) - Sinai Province"),
    ("قوات سوريا الديمقراطية", "Syria", date(2015, 10, 9), None),
    ("قوات سوريا الديمقراطية", "Syria", date(2016, 5, 1), "QSD: Syrian Democratic Forces"),
    ("الجيش اليمني", "Yemen", date(2014, 1, 10), "Military Forces of Yemen"),
    ("الجيش اليمني", "Yemen", date(2015, 7, 10), "Military Forces of Yemen (2012-) Hadi Government"),
    ("الجيش الوطني", "Yemen", date(2015, 7, 10), "Military Forces of Yemen (2012-) Hadi Government"),
    ("الجيش الوطني", "Syria", date(2019, 10, 10), "Syrian National Army"),
    ("الجيش الوطني", "Libya", date(2015, 7, 10), "Military Forces of Libya (2014-) House of Representatives"),
    ("التحالف", "Yemen", date(2015, 3, 25), None),
    ("التحالف", "Yemen", date(2015, 3, 26), "Military Forces of Saudi Arabia"),
    ("التحالف", "Syria", date(2015, 8, 1), "International Coalition"),
    ("الطيران الروسي", "Syria", date(2015, 9, 29), None),
    ("الطيران الروسي", "Syria", date(2015, 10, 1), "Military Forces of Russia"),
    ("الانقلابيين", "Yemen", date(2014, 9, 20), None),
    ("الانقلابيين", "Yemen", date(2015, 8, 1), "Ansar Allah"),
    ("طالبان", "Afghanistan", date(2015, 8, 1), "Taliban"),
    ("طالبان", "Afghanistan", date(2022, 1, 1), "Military Forces of Afghanistan (2021-)"),
    ("طالبان", "Pakistan", date(2015, 8, 1), "TTP: Tehrik-i-Taliban Pakistan"),
    ("الجيش السوري", "Syria", date(2025, 3, 1), "Military Forces of Syria (2024-)"),
    ("قوات النظام", "Syria", date(2025, 3, 1), None),
    ("مقاتلي جبهة فتح الشام", "Syria", date(2018, 1, 1), "Hayat Tahrir al-Sham"),
    ("جبهة النصرة", "Lebanon", date(2017, 6, 1), "Hayat Tahrir al-Sham"),
    ("القوات الليبية", "Libya", date(2016, 1, 1), "Military Forces of Libya (2014-) House of Representatives"),
    ("القوات الليبية", "Libya", date(2012, 1, 1), "Military Forces of Libya"),
    ("الشرطة اليمنية", "Yemen", date(2016, 1, 1), "Police Forces of Yemen"),
])
def test_names_that_changed_resolve_by_date(alias: str, country: str, day: date, canonical: str | None) -> None:
    e = resolve(entries_for(alias), country, day)
    assert (e.canonical if e else None) == canonical


@pytest.mark.parametrize(("alias", "country", "inter", "name"), [
    ("الجيش التركي", "Turkey", 1, "Military Forces of Turkey"),
    ("الجيش التركي", "Iraq", 8, "Military Forces of Turkey"),
    ("القوات السعودية", "Saudi Arabia", 1, "Military Forces of Saudi Arabia"),
    ("القوات السعودية", "Yemen", 8, "Military Forces of Saudi Arabia"),
    ("الحرس الثوري", "Syria", 8, "Military Forces of Iran"),
    ("الحرس الثوري", "Iran", 1, "Military Forces of Iran"),
    ("قوات الاحتلال", "Palestine", 1, "Military Forces of Israel"),
    ("الطيران الإسرائيلي", "Syria", 8, "Military Forces of Israel"),
    ("الجيش الإسرائيلي", "Israel", 1, "Military Forces of Israel"),
    ("الجيش", "Egypt", 1, "Military Forces of Egypt"),
    ("الجيش", "Iraq", 1, "Military Forces of Iraq"),
    ("داعش", "Iraq", 2, "Islamic State (Iraq)"),
    ("داعش", "Libya", 2, "Islamic State (Libya)"),
    ("الحرس الجمهوري", "Yemen", 2, "Ansar Allah"),
    ("الحرس الجمهوري", "Syria", 1, "Military Forces of Syria"),
    ("المقاومة", "Lebanon", 3, "Hezbollah"),
    ("المقاومة", "Yemen", 3, "Popular Resistance"),
    ("تنظيم القاعدة", "Yemen", 2, "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("تنظيم القاعدة", "Mali", 2, "AQIM: Al Qaeda in the Islamic Maghreb"),
    ("تنظيم القاعدة", "Iraq", 2, "Al Qaeda"),
    ("قوات حفظ السلام", "Mali", 8,
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    ("قوات حفظ السلام", "Somalia", 8, "AMISOM: African Union Mission in Somalia"),
    ("قوات حفظ السلام", "Lebanon", 8, "UNIFIL: United Nations Interim Force in Lebanon"),
    ("مدنيين", "Yemen", 7, "Civilians (Yemen)"),
    ("المتظاهرين", "Palestine", 6, "Protesters (Palestine)"),
    ("مسلحين مجهولين", "Egypt", 3, "Unidentified Armed Group (Egypt)"),
    ("الجنود", "Palestine", 1, "Military Forces of Israel"),
    ("الجنود", "Lebanon", 1, "Military Forces of Lebanon"),
    ("الإرهابيين", "Iraq", 2, "Islamic State (Iraq)"),
    ("الإرهابيين", "Nigeria", 2, "Boko Haram"),
    ("الإرهابيين", "Egypt", 3, "Unidentified Armed Group (Egypt)"),
    ("الطائرات الحربية", "Yemen", 8, "Military Forces of Saudi Arabia"),
    ("الطائرات الحربية", "Libya", 1, "Military Forces of Libya"),
    ("مركز شرطة", "Turkey", 1, "Police Forces of Turkey"),
    ("القوات الموالية لحكومة", "Yemen", 1, "Military Forces of Yemen (2012-) Hadi Government"),
    # a force named with its nation's adjective is that nation's abroad too, as a foreign force
    ("قوات حرس الحدود الأردنية", "Jordan", 1, "Military Forces of Jordan"),
    ("قوات حرس الحدود الأردنية", "Syria", 8, "Military Forces of Jordan"),
    ("قوات النظام السوري", "Lebanon", 8, "Military Forces of Syria"),
    ("الدرك التركي", "Syria", 8, "Military Forces of Turkey"),
])
def test_country_decides_name_and_inter(alias: str, country: str, inter: int, name: str) -> None:
    e = resolve(entries_for(alias), country, date(2015, 8, 1))
    assert e is not None
    assert (e.name_for(country), e.inter) == (name, inter)


# ------------------------------------------------------------------ matching real Arabic


@pytest.mark.parametrize(("text", "country", "day", "expected"), [
    ("شنت طائرات التحالف العربي غارات على مواقع ميليشيات الحوثي وصالح في صعدة، فيما تقدمت "
     "المقاومة الشعبية والجيش الوطني في مأرب.", "Yemen", date(2015, 8, 5),
     {"طائرات التحالف العربي": "Military Forces of Saudi Arabia",
      "ميليشيات الحوثي وصالح": "Ansar Allah",
      "المقاومة الشعبية": "Popular Resistance",
      "الجيش الوطني": "Military Forces of Yemen (2012-) Hadi Government"}),
    ("قصفت قوات النظام بالبراميل المتفجرة أحياء في حلب، واستهدف الطيران الروسي مقرات لجبهة فتح الشام "
     "وحركة أحرار الشام.", "Syria", date(2016, 10, 2),
     {"قوات النظام": "Military Forces of Syria", "الطيران الروسي": "Military Forces of Russia",
      "جبهة فتح الشام": "Jabhat Fateh al-Sham", "حركة أحرار الشام": "Ahrar al-Sham"}),
    ("استعادت القوات العراقية بمساندة الحشد الشعبي وطيران التحالف الدولي قرى من تنظيم داعش.",
     "Iraq", date(2016, 3, 1),
     {"القوات العراقية": "Military Forces of Iraq", "الحشد الشعبي": "Popular Mobilization Forces",
      "طيران التحالف الدولي": "International Coalition", "تنظيم داعش": "Islamic State (Iraq)"}),
    ("وقالت مصادر إن قوات الجيش الليبي اشتبكت مع مجلس شورى ثوار بنغازي، بينما هاجم تنظيم الدولة "
     "بوابة قرب أجدابيا.", "Libya", date(2015, 7, 31),
     {"قوات الجيش الليبي": "Military Forces of Libya (2014-) House of Representatives",
      "مجلس شورى ثوار بنغازي": "Benghazi Revolutionaries Shura Council",
      "تنظيم الدولة": "Islamic State (Libya)"}),
    ("قتل جنديان في هجوم لمسلحين من ولاية سيناء، وأعلنت الشرطة المصرية مقتل عناصر من حركة حسم.",
     "Egypt", date(2017, 1, 5),
     {"ولاية سيناء": "Islamic State (Egypt) - Sinai Province",
      "الشرطة المصرية": "Police Forces of Egypt", "حركة حسم": "Hasm Movement"}),
    ("اقتحمت قوات الاحتلال الإسرائيلي مخيم جنين واعتدى مستوطنون على مزارعين، وأطلقت كتائب القسام "
     "وسرايا القدس صواريخ.", "Palestine", date(2015, 7, 20),
     {"قوات الاحتلال الإسرائيلي": "Military Forces of Israel", "مستوطنون": "Settlers (Israel)",
      "مزارعين": "Civilians (Palestine)", "كتائب القسام": "Hamas Movement",
      "سرايا القدس": "Palestinian Islamic Jihad"}),
    ("قتل ثلاثة من عناصر الدرك في هجوم تبناه حزب العمال الكردستاني جنوب شرق تركيا.",
     "Turkey", date(2015, 7, 26),
     {"عناصر الدرك": "Military Forces of Turkey", "حزب العمال الكردستاني": "PKK: Kurdistan Workers Party"}),
    ("هاجم مقاتلو حركة الشباب قاعدة لقوات أميصوم، وردت القوات الحكومية الصومالية.", "Somalia",
     date(2015, 9, 1),
     {"مقاتلو حركة الشباب": "Al Shabaab", "قوات أميصوم": "AMISOM: African Union Mission in Somalia",
      "القوات الحكومية الصومالية": "Military Forces of Somalia"}),
    ("اشتبكت قوات الدعم السريع مع متمردي حركة العدل والمساواة في دارفور.", "Sudan", date(2015, 4, 26),
     {"قوات الدعم السريع": "Rapid Support Forces",
      "حركة العدل والمساواة": "JEM: Justice and Equality Movement"}),
    ("أعلن الجيش النيجيري مقتل عشرات من مسلحي بوكو حرام قرب مايدوغوري.", "Nigeria", date(2015, 8, 1),
     {"الجيش النيجيري": "Military Forces of Nigeria", "مسلحي بوكو حرام": "Boko Haram"}),
    ("قتلت وحدات الحرس الوطني عنصرين من كتيبة عقبة بن نافع في جبل الشعانبي.", "Tunisia",
     date(2015, 7, 11),
     {"وحدات الحرس الوطني": "Police Forces of Tunisia", "كتيبة عقبة بن نافع": "Uqba Ibn Nafi Battalion"}),
    ("هاجم مسلحو طالبان مركزا للشرطة الأفغانية في هلمند.", "Afghanistan", date(2015, 8, 1),
     {"مسلحو طالبان": "Taliban", "شرطة الأفغانية": "Police Forces of Afghanistan"}),
])
def test_realistic_sentences_resolve(text: str, country: str, day: date, expected: dict[str, str]) -> None:
    hits = found(text, country, day)
    for words, name in expected.items():
        assert hits.get(words) == name, (words, hits)


# Phrases that must occur in the shared corpus, with the canonical each resolves to there.
CORPUS_PHRASES = [
    ("ميليشيات الحوثي وصالح", "Yemen", "Ansar Allah"),
    ("الميليشيات الحوثية", "Yemen", "Ansar Allah"),
    ("القوات الموالية للرئيس عبد ربه منصور هادي", "Yemen", "Military Forces of Yemen (2012-) Hadi Government"),
    ("القوات الموالية للرئيس السابق", "Yemen", "Ansar Allah"),
    ("قوات صالح", "Yemen", "Ansar Allah"),
    ("المقاومة الشعبية", "Yemen", "Popular Resistance"),
    ("قوات النظام", "Syria", "Military Forces of Syria"),
    ("جبهة النصرة", "Syria", "Jabhat al-Nusra"),
    ("جيش الفتح", "Syria", "Jaish al-Fatah"),
    ("تنظيم داعش", "Iraq", "Islamic State (Iraq)"),
    ("الحشد الشعبي", "Iraq", "Popular Mobilization Forces"),
    ("قوات البيشمركة", "Iraq", "Military Forces of Iraq (2014-) Kurdistan Regional Government - Peshmerga"),
    ("حزب العمال الكردستاني", "Turkey", "PKK: Kurdistan Workers Party"),
    ("حركة طالبان", "Afghanistan", "Taliban"),
    ("بوكو حرام", "Nigeria", "Boko Haram"),
    ("قوات الطوارئ الخاصة", "Saudi Arabia", "Police Forces of Saudi Arabia"),
]


@lru_cache(maxsize=1)
def corpus() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _sentence_with(phrase: str) -> tuple[str, date | None]:
    key = normalize_key(phrase)
    for art in corpus():
        text = art["text"]
        nt = normalize(text)
        i = nt.norm.find(key)
        if i < 0:
            continue
        span = nt.orig_span(i, i + len(key))
        left = max(text.rfind(".", 0, span.start), text.rfind("\n", 0, span.start)) + 1
        ends = [p for p in (text.find(".", span.end), text.find("\n", span.end)) if p >= 0]
        right = min(ends) if ends else len(text)
        day = date.fromisoformat(art["published"]) if art.get("published") else None
        return text[left:right], day
    raise AssertionError(f"{phrase!r} not in the corpus")


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not found beside the repo")
@pytest.mark.parametrize(("phrase", "country", "canonical"), CORPUS_PHRASES)
def test_corpus_sentences_resolve(phrase: str, country: str, canonical: str) -> None:
    sentence, day = _sentence_with(phrase)
    nt = normalize(sentence)
    key = normalize_key(phrase)
    ms = [m for m in matcher().find(nt.norm) if key in nt.norm[m.start:m.end]]
    assert ms, (phrase, sentence)
    m = max(ms, key=lambda m: m.end - m.start)
    same = [x.payload for x in matcher().find(nt.norm) if (x.start, x.end) == (m.start, m.end)]
    best = resolve(same, country, day)
    assert best is not None and best.name_for(country) == canonical, (phrase, sentence)
    # the evidence span points at the words in the original sentence
    words = nt.orig_span(m.start, m.end).text_of(sentence)
    assert normalize_key(phrase) in normalize_key(words)


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not found beside the repo")
def test_corpus_coverage_of_common_actor_phrases() -> None:
    """Most of the words the press puts before an armed group are followed by a known name."""
    heads = re.compile(r"(?:^|\s)[وبلف]?(?:ال)?(?:مليشيات|ميليشيات|مليشيا|ميليشيا|تنظيم|جماعه|حركه|قوات)\s+(\S+(?:\s\S+)?)")
    total = known = 0
    for art in corpus():
        nt = normalize(art["text"])
        spans = [(m.start, m.end) for m in matcher().find(nt.norm)]
        for h in heads.finditer(nt.norm):
            total += 1
            s = h.start(1)
            if any(a <= s < b for a, b in spans):
                known += 1
    assert total > 1000
    assert known / total >= 0.6, (known, total)


@pytest.mark.parametrize("text,name", [
    ("قصفت مقاتلات تركية مواقع للحزب", "Military Forces of Turkey"),
    ("انتشرت قوات سعودية على الحدود", "Military Forces of Saudi Arabia"),
])
def test_a_state_force_is_named_indefinite_too(text, name):
    names = {m.payload.canonical for m in matcher().find(normalize(text).norm)}
    assert name in names


def test_only_all_definite_names_have_an_indefinite_form():
    from marsad.lexicon import indefinite
    assert indefinite("الطائرات الحربية التركية") == "طائرات حربية تركية"
    assert indefinite("الجيش الحر") is None  # a short word: no bare form
    assert indefinite("قوات الجيش التركي") is None
    assert indefinite("الجيش") is None


def test_nations_of_planes_are_read_from_the_state_rows():
    from marsad.lexicon import nation_forces
    nations = nation_forces()["aircraft"]
    assert {r.canonical for r in nations["امريكيه"]} == {"Military Forces of the United States"}
    assert {r.canonical for r in nations["تركي"]} == {"Military Forces of Turkey"}
    # words that name one conflict's planes only, or planes of no nation, are no nation
    assert "معادي" not in nations and "حربيه" not in nations and "مروحيه" not in nations


def test_groups_called_by_a_group_noun():
    organisations = groups_called("تنظيم")
    assert {"Islamic State ({country})", "Al Qaeda", "AQAP: Al Qaeda in the Arabian Peninsula"} <= organisations
    assert "Taliban" not in organisations and "Taliban" in groups_called("حركه")
    assert not any(name.startswith("Military Forces") for name in organisations)
    # a name with its country filled is called by the noun of its row
    assert called("Islamic State (Syria)", "تنظيم") and not called("Taliban", "تنظيم")


@pytest.mark.parametrize("canonical,home,country", [
    ("Military Forces of Iraq", "Iraq", "Iraq"),
    ("Military Forces of Yemen (2012-) Hadi Government", "Yemen", "Yemen"),
    ("Police Forces of Saudi Arabia", "Saudi Arabia", "Saudi Arabia"),
    ("Opposition Rebels (Syria)", None, "Syria"),
    ("Islamic State (Libya)", None, "Libya"),
    # brackets that hold no country, and names of no country
    ("SLM/A (Minni Minawi Faction)", None, None),
    ("Ansar Allah", None, None),
    ("Military Forces of {country}", None, None),
])
def test_the_country_a_canonical_name_is_of(canonical, home, country):
    assert home_of(canonical) == home
    assert country_in_name(canonical) == country
