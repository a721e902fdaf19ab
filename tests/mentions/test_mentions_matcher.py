"""The Aho-Corasick lexicon matcher handles Arabic clitics and suffixes."""

from marsad.mentions.matcher import LexiconMatcher
from marsad.text import normalize


def _found(matcher, text):
    nt = normalize(text)
    out = []
    for m in matcher.find(nt.norm):
        sp = nt.orig_span(m.start, m.end)
        out.append((text[sp.start:sp.end], m.payload))
    return out


def test_clitics_and_article():
    m = LexiconMatcher([("الموصل", "Mosul"), ("حلب", "Aleppo")])
    found = _found(m, "وصلت التعزيزات إلى الموصل وبالموصل وللموصل ثم لحلب وبحلب")
    assert [p for _, p in found] == ["Mosul"] * 3 + ["Aleppo"] * 2
    assert found[0][0] == "الموصل"
    assert found[2][0] == "موصل"  # in للموصل the article's alef is gone


def test_a_row_listed_with_the_article_needs_it_whatever_other_rows_list():
    # "البلدة" (the town told before) and "بلدة" (any town) in two rows: the bare word is only the
    # second's; with the article, and after a fused clitic, it is both
    m = LexiconMatcher([("البلدة", "the town"), ("بلدة", "a town")])
    assert _found(m, "وصلوا إلى بلدة الزيارة") == [("بلدة", "a town")]
    assert _found(m, "ثم انسحبوا من البلدة") == [("البلدة", "the town"), ("البلدة", "a town")]
    assert [p for _, p in _found(m, "وبالبلدة")] == ["the town", "a town"]
    # one row of each form alone keeps its own reading
    assert _found(LexiconMatcher([("البلدة", "the town")]), "وصلوا إلى بلدة الزيارة") == []
    assert _found(LexiconMatcher([("بلدة", "a town")]), "من البلدة") == [("البلدة", "a town")]


def test_word_boundaries_are_respected():
    m = LexiconMatcher([("حلب", "Aleppo")])
    assert _found(m, "حلبة السباق") == []


def test_inflection_suffixes_only_when_allowed():
    trig = LexiconMatcher([("اشتباك", "clash")], inflect=True)
    name = LexiconMatcher([("اشتباك", "clash")])
    assert _found(trig, "واندلعت الاشتباكات العنيفة") == [("الاشتباكات", "clash")]
    assert _found(name, "واندلعت الاشتباكات العنيفة") == []
    assert _found(trig, "اشتباكاتهما") == []  # not a listed suffix


def test_an_uninflected_entry_takes_no_suffix():
    # the verb "سيطر" is found bare and after clitics, never as the noun "سيطرة" (سيطر + ة)
    m = LexiconMatcher([("سيطر", "took"), ("اشتباك", "clash")], inflect=True, uninflected=["سيطر"])
    assert _found(m, "وسيطر مسلحو التنظيم على البلدة") == [("سيطر", "took")]
    assert _found(m, "مناطق سيطرة النظام وسيطرته") == []
    assert _found(m, "الاشتباكات") == [("الاشتباكات", "clash")]  # the other entries still inflect
    assert _found(LexiconMatcher([("سيطر", "took")], inflect=True), "مناطق سيطرة النظام") == [("سيطرة", "took")]


def test_longest_match_wins():
    m = LexiconMatcher([("قوات", "generic"), ("قوات النظام", "regime"), ("قوات النظام السوري", "regime-full")])
    assert [p for _, p in _found(m, "تقدمت قوات النظام السوري نحو المدينة")] == ["regime-full"]
