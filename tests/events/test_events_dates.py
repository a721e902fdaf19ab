"""Date rules of the codebook (rule 3), on real Arabic date phrases."""

from datetime import date

import pytest

from marsad.events.dates import default_date, listed_days, resolve
from marsad.mentions.finder import MentionFinder
from marsad.text import normalize


@pytest.fixture(scope="module")
def finder():
    return MentionFinder()


def _resolve(finder, text, pub):
    nt = normalize(text)
    return resolve(finder.find(nt).dates, pub, nt.norm)


TUESDAY = date(2016, 8, 16)


@pytest.mark.parametrize("phrase,expected,precision", [
    ("أعلن الجيش أمس الإثنين سيطرته على البلدة", date(2016, 8, 15), 1),
    ("اندلعت اشتباكات يوم الأحد في المدينة", date(2016, 8, 14), 1),
    ("شنت الطائرات غارات فجر اليوم", date(2016, 8, 16), 1),
    ("قصفت المدفعية القرية مساء أمس", date(2016, 8, 15), 1),
    ("وقع الانفجار أمس الأول قرب السوق", date(2016, 8, 14), 1),
    ("قتل خمسة في غارة يوم الثلاثاء", date(2016, 8, 16), 1),
    ("وفي 12 أغسطس اندلعت المعارك", date(2016, 8, 12), 1),
    ("شهدت المنطقة اشتباكات خلال الأسبوع الماضي", date(2016, 8, 9), 2),
    ("قتل العشرات في يونيو", date(2016, 6, 15), 3),
    ("أقدم التنظيم الشهر قبل الماضي على إعدام عنصرين", date(2016, 6, 17), 3),
    ("قتل الجنديان في الأسبوع قبل الماضي", date(2016, 8, 2), 2),
    # days or weeks ago, counted back from publication
    ("شنت القوات هجوما على المدينة قبل أسبوع", date(2016, 8, 9), 2),
    ("اندلعت الاشتباكات بين الطرفين قبل أربعة أيام", date(2016, 8, 12), 1),
    ("قتل العشرات في يونيو 2014", date(2014, 6, 15), 3),
    ("وفي 12 أغسطس 2015 اندلعت المعارك", date(2015, 8, 12), 1),
    ("سيطر التنظيم على المدينة في أغسطس من عام 2014", date(2014, 8, 15), 3),
    # a day said as an ordinal, and a month named twice ("آذار/مارس") with its year
    ("منذ دخل الحوثيون المدينة في السادس والعشرين من مارس", date(2016, 3, 26), 1),
    ("قتل في الحادي عشر من يوليو", date(2016, 7, 11), 1),
    ("وقع الهجوم في الأول من أغسطس", date(2016, 8, 1), 1),
    ("قتل في المعارك في آذار/مارس 2014", date(2014, 3, 15), 3),
    # the other name of the month in brackets, then the year ("يوليو (تموز) 1956")
    ("تصدت المقاومة للعدوان بعد تأميم القناة في 26 يوليو (تموز) 1956", date(1956, 7, 26), 1),
    ("اندلعت المعارك في 3 يوليو (تموز) الماضي", date(2016, 7, 3), 1),
])
def test_date_words(finder, phrase, expected, precision):
    r = _resolve(finder, phrase, TUESDAY)
    assert r is not None and r.day == expected and r.precision == precision


def test_weekday_is_on_or_before_publication(finder):
    # published on a Sunday: "يوم الأحد" is that Sunday, "السبت" the day before
    sunday = date(2015, 8, 9)
    assert _resolve(finder, "اشتباكات يوم الأحد", sunday).day == sunday
    assert _resolve(finder, "غارات يوم السبت", sunday).day == date(2015, 8, 8)


def test_no_date_word_falls_back_to_publication_with_precision_2(finder):
    assert _resolve(finder, "قتل جنديان في هجوم مسلح", TUESDAY) is None
    d = default_date(TUESDAY)
    assert d.day == TUESDAY and d.precision == 2 and not d.explicit


def test_bare_weekday_forms_are_not_dates(finder):
    # "أحد" means "one of": it must not become Sunday
    assert _resolve(finder, "قتل أحد عناصر الشرطة", TUESDAY) is None


def test_evidence_points_at_the_date_words(finder):
    text = "قصفت المدفعية القرية أمس الإثنين"
    nt = normalize(text)
    r = resolve(finder.find(nt).dates, TUESDAY, nt.norm)
    assert {text[s.start:s.end] for s in r.spans} == {"أمس", "الإثنين"}


@pytest.mark.parametrize("phrase,expected", [
    ("قصفت قوات النظام البلدة بعد منتصف ليل السبت - الأحد", date(2016, 8, 14)),
    ("اندلعت مواجهات مساء السبت وصباح الأحد في المدينة", date(2016, 8, 14)),
    ("اندلعت مواجهات يوم الجمعة، وتجددت يوم الأحد", date(2016, 8, 12)),
    # from one evening until the next morning, told in two phrases
    ("اندلعت مواجهات في وقت متأخر من مساء السبت واستمرت إلى صباح الأحد", date(2016, 8, 14)),
    ("قصفت الطائرات البلدة مساء السبت وحتى صباح الأحد", date(2016, 8, 14)),
])
def test_a_night_that_runs_into_the_next_day_is_dated_by_that_day(finder, phrase, expected):
    """Two weekdays in one phrase, one day apart: the later one; days apart in two phrases: the first."""
    r = _resolve(finder, phrase, TUESDAY)
    assert r is not None and r.day == expected and r.precision == 1


@pytest.mark.parametrize("phrase,pub,expected", [
    # after midnight of Thursday's night is Friday
    ("استهدفت طائرات التحالف الجسرين بعد منتصف ليل الخميس", date(2015, 8, 1), date(2015, 7, 31)),
    ("سقطت القذائف على البلدة بعيد منتصف ليلة الأحد", TUESDAY, date(2016, 8, 15)),
    # midnight alone, or "after midnight" of the publication day itself, is that day
    ("سقطت القذائف على البلدة منتصف ليل الأحد", TUESDAY, date(2016, 8, 14)),
    ("سقطت القذائف على البلدة بعد منتصف ليل الثلاثاء", TUESDAY, TUESDAY),
])
def test_after_midnight_of_a_weekday_is_the_next_day(finder, phrase, pub, expected):
    r = _resolve(finder, phrase, pub)
    assert r is not None and r.day == expected and r.precision == 1


def test_a_day_in_brackets_corrects_the_quoted_one(finder):
    """"أطلقوا اليوم (أمس) عشرات الصواريخ": the source said today, the paper printed a day later."""
    saturday = date(2015, 8, 8)
    r = _resolve(finder, "وقال المصدر إن عناصر التنظيم أطلقوا اليوم (أمس) عشرات الصواريخ على البلدة", saturday)
    assert r is not None and r.day == date(2015, 8, 7)
    # a month in brackets is the month's other name, not a correction
    r = _resolve(finder, "وقع الهجوم في 18 مارس (آذار) الماضي", saturday)
    assert r is not None and r.day == date(2015, 3, 18)


@pytest.mark.parametrize("phrase,expected,precision", [
    # a day written in figures, day first or year first
    ("قتل ثلاثة جنود في هجوم على حاجز يوم 8-8-2016.", date(2016, 8, 8), 1),
    ("وقع الانفجار في 14/08/2016 قرب السوق", date(2016, 8, 14), 1),
    ("وقع الانفجار بتاريخ 2016-08-13 قرب السوق", date(2016, 8, 13), 1),
    # a day of this month or of the month before, in figures or as an ordinal
    ("قتل الجنود في الـ7 من الشهر الجاري", date(2016, 8, 7), 1),
    ("اختطف الصحفي في السابع والعشرين من الشهر الماضي", date(2016, 7, 27), 1),
    # the month before without a day: about a month back, at month precision
    ("قتل العشرات الشهر الماضي", date(2016, 7, 17), 3),
])
def test_days_in_figures_and_of_this_or_last_month(finder, phrase, expected, precision):
    r = _resolve(finder, phrase, TUESDAY)
    assert r is not None and (r.day, r.precision) == (expected, precision)


def test_a_day_in_figures_after_publication_or_impossible_is_no_date(finder):
    assert _resolve(finder, "موعد الانتخابات في 20-10-2016", TUESDAY) is None
    assert _resolve(finder, "وقع الانفجار في 31/02/2016", TUESDAY) is None


@pytest.mark.parametrize("phrase,expected", [
    # days named side by side, joined by "و": each day (an event on each, codebook rule 1)
    ("شن طيران التحالف سلسلة غارات امس والخميس على مواقع الحوثيين", [date(2016, 8, 11), date(2016, 8, 15)]),
    ("شنت الطائرات غارات يومي الأحد والإثنين على المدينة", [date(2016, 8, 14), date(2016, 8, 15)]),
    ("قصفت قوات النظام مدينة داريا أمس وأمس الأول", [date(2016, 8, 14), date(2016, 8, 15)]),
    # one night that ran into the next day, or one day: no list
    ("اندلعت اشتباكات مساء الأحد وصباح الإثنين في المدينة", []),
    ("اندلعت اشتباكات ليل الأحد والإثنين في المدينة", []),
    ("قصفت المدفعية القرية مساء أمس", []),
    ("اندلعت اشتباكات يوم الأحد في المدينة، وقتل جندي أمس", []),
])
def test_days_named_side_by_side(finder, phrase, expected):
    nt = normalize(phrase)
    assert [r.day for r in listed_days(finder.find(nt).dates, TUESDAY, nt.norm)] == expected
