"""Normalisation keeps an exact map back to the original characters."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text import clauses, normalize, normalize_key, sentences


def test_folds_letters_diacritics_tatweel_and_digits():
    nt = normalize("قُتِلَ ٣٥ مقاتلاً في مدينـــة إدلب وأعلنت الهيئة")
    assert nt.norm == "قتل 35 مقاتلا في مدينه ادلب واعلنت الهيئه"


def test_every_normalised_char_maps_back_to_its_original():
    text = "استشهد «١٢» مدنياً بقصفٍ على حيّ الشّعار في حلب\u200f أمس"
    nt = normalize(text)
    assert len(nt.to_orig) == len(nt.norm)
    i = nt.norm.index("12")
    span = nt.orig_span(i, i + 2)
    assert text[span.start:span.end] == "١٢"
    j = nt.norm.index("حي الشعار")
    span = nt.orig_span(j, j + len("حي الشعار"))
    assert text[span.start:span.end] == "حيّ الشّعار"


def test_presentation_forms_fold_through_nfkc():
    assert normalize("\ufefb").norm == "لا"


def test_key_normalisation_collapses_spaces():
    assert normalize_key("  جبهة   النصرة ") == "جبهه النصره"


@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئـًٌٍَُِّْ٠١٢٣ 12,.\n«»")), max_size=200))
def test_offset_map_is_monotonic_and_in_range(text):
    nt = normalize(text)
    assert all(0 <= i < len(text) for i in nt.to_orig)
    assert nt.to_orig == sorted(nt.to_orig)


def test_sentences_and_clauses():
    norm = normalize("اشتباكات في حلب\nقال المرصد إن 5 قتلوا، فيما قصفت الطائرات إدلب. وانفجرت عبوة 2.5 كلم").norm
    sents = sentences(norm)
    assert [norm[s.start:s.end].strip() for s in sents][0] == "اشتباكات في حلب"
    assert len(sents) == 3
    assert "2.5" in norm[sents[2].start:sents[2].end]  # a decimal point is no sentence end
    cls = clauses(norm, sents[1])
    assert len(cls) == 2


@pytest.mark.parametrize("text,word,count", [
    ("ما أدى إلى مقتل20 وإصابة 45 آخرين", "مقتل", "20"),
    ("أفاد مسؤول أمني بمقتل18 من عناصر التنظيم", "بمقتل", "18"),
])
def test_a_count_glued_to_the_word_before_it_is_read_apart_and_maps_back(text, word, count):
    nt = normalize(text)
    words = nt.norm.split()
    assert count in words and normalize(word).norm in words
    at = nt.norm.index(count)
    span = nt.orig_span(at, at + len(count))
    assert text[span.start:span.end] == count


@pytest.mark.parametrize("text", ["طائرة ف16 قصفت المدينة", "خلال الـ24 ساعة الماضية"])
def test_a_model_letter_or_an_article_glued_to_digits_is_left_as_written(text):
    assert normalize(text).norm.split()[1] == normalize(text.split()[1]).norm


@pytest.mark.parametrize("text,count", [
    # the dots of an abbreviation end no sentence
    ("شنت المقاتلات التركية غارات على مواقع حزب «بي.كي.كي» في شمال العراق. وقال مسؤول إن الغارات مستمرة", 2),
    ("قالت المصادر لوكالة الأنباء الألمانية (د. ب. أ) إن القصف استمر. وأضافت أن الطيران شارك", 2),
    ("ألقت الشرطة القبض على عناصر من «ب.ك.ك» في أنقرة", 1),
    # a dot glued to the next word after a longer word does
    ("قتل ستة أشخاص في ولاية زابل.وأكد حاكم المقاطعة الحصيلة", 2),
    # so does the dot after a number that no digit follows (a year, a count): no decimal point
    ("سيطر التنظيم على المدينة في صيف عام 2014. وقال المتحدث إن القوات تتقدم", 2),
    ("أدى الانفجار إلى مقتل 14 شخصا وإصابة 23. كما نصب المسلحون كمينا للقوات", 2),
    ("بلغت المسافة 2.5 كلم", 1),
])
def test_abbreviations_end_no_sentence(text, count):
    assert len(sentences(normalize(text).norm)) == count
