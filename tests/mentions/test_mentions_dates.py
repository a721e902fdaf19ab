"""Date words the mention finder keeps and drops: month names that are also everyday words."""

from __future__ import annotations

import pytest

from marsad.mentions.finder import MentionFinder
from marsad.text.normalize import normalize


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder()


def _months(finder: MentionFinder, text: str) -> list[int]:
    nt = normalize(text)
    return [d.data["value"] for d in finder.find(nt).dates if d.data["type"] == "month"]


@pytest.mark.parametrize("text", [
    "شنت طائرات التحالف غارات على معسكر بمنطقة باب المندب",  # ب + آب reads "باب"
    "قتل أب لثلاثة أطفال بقذيفة سقطت على منزله",  # أب "father"
    "قصفت المدفعية حي باب النيرب في حلب",
])
def test_the_month_ab_is_no_date_in_a_gate_or_a_father(finder: MentionFinder, text: str) -> None:
    assert _months(finder, text) == []


@pytest.mark.parametrize("text", [
    "قتل خمسة مدنيين في 3 آب بقصف على دوما",
    "سيطرت الفصائل على البلدة في آب الماضي",
    "منذ آب تحاصر القوات المدينة",
    "وقع الهجوم في آب 2014",
    "في الرابع من آب/أغسطس قتل عشرة",
])
def test_the_month_ab_with_a_day_year_or_date_word_is_august(finder: MentionFinder, text: str) -> None:
    assert 8 in _months(finder, text)


def test_an_unambiguous_month_needs_no_context(finder: MentionFinder) -> None:
    assert _months(finder, "وصل الوفد في تموز لبحث الهدنة") == [7]


@pytest.mark.parametrize("text", [
    "قتل شخص في هجوم مسلح قرب حي واحد حزيران جنوبي مدينة كركوك",
    "تجمع المحتجون في ساحة 17 فبراير وسط المدينة",
    "قتل ثلاثة من عناصر كتيبة 17 فبراير في اشتباكات",
    "وانفجرت عبوة ناسفة بشارع 14 تموز في بغداد",
    "أحيا المصريون ذكرى ثورة 25 يناير",
])
def test_a_day_and_month_that_name_a_place_or_a_group_are_no_date(finder: MentionFinder, text: str) -> None:
    assert _months(finder, text) == []


@pytest.mark.parametrize("text,month", [
    ("قتل شخص في هجوم مسلح في 14 تموز قرب كركوك", 7),
    ("قتل جندي في كمين نصب له في الحي يوم 17 فبراير", 2),  # the quarter named before, the day after
])
def test_a_day_and_month_after_other_words_stay_a_date(finder: MentionFinder, text: str, month: int) -> None:
    assert _months(finder, text) == [month]


@pytest.mark.parametrize("text,dates", [
    ("وقالت قناة روسيا اليوم إن اشتباكات دارت في درعا", []),  # the outlet's name
    ("عين اليوم – بنغازي (ليبيا)", []),
    ("وقالت قناة روسيا اليوم إن اشتباكات دارت اليوم في درعا", ["اليوم"]),  # the second one is today
])
def test_a_date_word_inside_an_outlets_name_is_no_date(finder: MentionFinder, text: str, dates: list[str]) -> None:
    nt = normalize(text)
    assert [text[d.span.start:d.span.end] for d in finder.find(nt).dates] == dates
