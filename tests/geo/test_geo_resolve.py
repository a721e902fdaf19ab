"""Place finding and resolution on real Arabic news sentences."""

from __future__ import annotations

import time

import pytest

from marsad.geo import Gazetteer, Location, PlaceMention
from marsad.geo.places import distance_km, lies_toward
from marsad.text.normalize import normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _resolve_all(gaz: Gazetteer, text: str) -> list[tuple[PlaceMention, Location | None]]:
    nt = normalize(text)
    ms = gaz.find_places(nt)
    return [(m, gaz.resolve(m, ms)) for m in ms]


def _loc(gaz: Gazetteer, text: str, words: str) -> Location:
    for m, loc in _resolve_all(gaz, text):
        if words in m.text or m.text in words:
            assert loc is not None, f"{words} found but not resolved"
            return loc
    raise AssertionError(f"{words!r} not found in {[m.text for m, _ in _resolve_all(gaz, text)]}")


def test_spans_point_into_the_original_text(gaz: Gazetteer) -> None:
    text = "وقصفت الطائرات الحربية بلدة تلبيسة بريف حمص الشمالي، وقُتل ثلاثة مدنيين في مدينة إدلب."
    for m, loc in _resolve_all(gaz, text):
        assert text[m.span.start:m.span.end] == m.text
        if loc is not None:
            assert text[loc.span.start:loc.span.end] == loc.location_ar


def test_town_in_countryside_of_a_province(gaz: Gazetteer) -> None:
    text = "وقصفت الطائرات الحربية بلدة تلبيسة بريف حمص الشمالي وسط اشتباكات عنيفة."
    loc = _loc(gaz, text, "تلبيسة")
    assert loc.country == "Syria" and loc.admin1 == "Homs" and loc.geo_precision == 1
    assert distance_km(loc.latitude, loc.longitude, 34.838, 36.731) < 3


def test_countryside_is_precision_two_and_shifted_by_its_direction(gaz: Gazetteer) -> None:
    text = "دارت اشتباكات عنيفة في ريف حلب الشمالي بين تنظيم داعش وفصائل المعارضة."
    loc = _loc(gaz, text, "حلب")
    assert loc.geo_precision == 2 and loc.country == "Syria"
    assert loc.latitude > 36.25  # north of the city of Aleppo (36.20)
    assert distance_km(loc.latitude, loc.longitude, 36.45, 37.1) < 32


def test_a_place_told_as_a_side_of_a_town_keeps_the_side_and_the_town(gaz: Gazetteer) -> None:
    """"جنوب العاصمة كابل" is near Kabul, a little south of it; which side of which town is kept, so
    that a place named later can be found on that side (Pul-e Alam lies south of Kabul, not north)."""
    loc = _loc(gaz, "قتل ستة أشخاص في عملية انتحارية جنوب العاصمة كابل.", "كابل")
    assert loc.side_of is not None and loc.side_of[0] == "S"
    _, lat, lon = loc.side_of
    assert distance_km(lat, lon, 34.53, 69.17) < 5 and loc.latitude < lat
    assert lies_toward(lat, lon, "S", 33.99, 69.02) and not lies_toward(lat, lon, "N", 33.99, 69.02)
    assert _loc(gaz, "قتل ستة أشخاص في عملية انتحارية في العاصمة كابل.", "كابل").side_of is None


def test_a_quarter_keeps_the_town_it_lies_in(gaz: Gazetteer) -> None:
    """"منطقة الشعب شمال بغداد" lies in Baghdad: the town holds the quarter, not another quarter."""
    shaab = _loc(gaz, "انفجرت عبوة ناسفة قرب مسجد في منطقة الشعب شمال بغداد.", "الشعب")
    baghdad = _loc(gaz, "قتل ثلاثة أشخاص اليوم في بغداد.", "بغداد")
    karrada = _loc(gaz, "انفجرت عبوة ناسفة في منطقة الكرادة وسط بغداد.", "الكرادة")
    assert shaab.town == "Baghdad" and baghdad.town == ""
    assert baghdad.holds(shaab) and not shaab.holds(baghdad)
    assert not karrada.holds(shaab) and not shaab.holds(karrada)


@pytest.mark.parametrize("text,words", [
    ("قصفت طائرات التحالف مواقع للتنظيم في الريف الغربي لمدينة الرقة.", "الرقة"),
    ("قصفت طائرات التحالف مواقع للتنظيم بالريف الغربي للرقة.", "رقة"),
])
def test_the_countryside_on_one_side_of_a_town_said_before_it(gaz: Gazetteer, text: str, words: str) -> None:
    """"الريف الغربي لمدينة الرقة" is the countryside west of the town, as "ريف الرقة الغربي" is."""
    loc = _loc(gaz, text, words)
    assert (loc.location, loc.geo_precision) == ("Raqqa", 2)
    assert loc.longitude < 39.0  # west of the town of Raqqa (39.01)


def test_province_alone_is_precision_three(gaz: Gazetteer) -> None:
    text = "قتل خمسة جنود في هجوم شنه مسلحون على نقطة عسكرية في محافظة الأنبار غربي العراق."
    loc = _loc(gaz, text, "الأنبار")
    assert loc.geo_precision == 3 and loc.country == "Iraq" and loc.admin1 == "Anbar"


def test_unknown_neighbourhood_is_coded_at_its_city(gaz: Gazetteer) -> None:
    text = "وسقطت قذائف على حي الميسر في حلب مما أدى إلى مقتل طفلين."
    loc = _loc(gaz, text, "الميسر")
    assert loc.country == "Syria" and loc.location == "Aleppo"
    assert loc.geo_precision == 1
    assert loc.location_ar == "الميسر"


def test_country_with_direction(gaz: Gazetteer) -> None:
    text = "قتل قيادي في تنظيم داعش في غارة جوية قرب مدينة الحسكة في شمال شرق سوريا."
    locs = {m.text: loc for m, loc in _resolve_all(gaz, text)}
    assert locs["الحسكة"].geo_precision == 2  # قرب
    assert locs["سوريا"].geo_precision == 3
    assert gaz.country_of(gaz.find_places(normalize(text))) == "Syria"


def test_adjective_is_not_the_country(gaz: Gazetteer) -> None:
    text = "وقالت القوات السورية إنها استعادت السيطرة على التلال."
    assert [m.text for m in gaz.find_places(normalize(text))] == []


def test_a_family_name_after_a_given_name_is_no_place(gaz: Gazetteer) -> None:
    """"آرفين أحمد بور" is a man (Bor is a town of Turkey); the province named after him is the place."""
    text = "وقال آرفين أحمد بور، مسؤول العلاقات في المنظومة، إن اشتباكات اندلعت في محافظة كرمانشاه."
    assert [m.text for m in gaz.find_places(normalize(text))] == ["كرمانشاه"]
    assert [m.text for m in gaz.find_places(normalize("وصلت التعزيزات إلى بور أمس."))] == ["بور"]


def test_default_loads_fast_and_resolves_in_microseconds() -> None:
    from marsad.geo.gazetteer import _default

    _default.cache_clear()
    t = time.perf_counter()
    gaz = Gazetteer.default()
    assert time.perf_counter() - t < 2.0  # < 1 s on a quiet machine; CI machines are shared
    nt = normalize("قصفت الطائرات بلدة تلبيسة بريف حمص الشمالي وحي الوعر في مدينة حمص.")
    ms = gaz.find_places(nt)
    t = time.perf_counter()
    for _ in range(200):
        for m in ms:
            gaz.resolve(m, ms)
    per = (time.perf_counter() - t) / (200 * len(ms))
    assert per < 0.001


def test_one_name_two_places_resolved_by_the_city_beside_it(gaz: Gazetteer) -> None:
    aleppo = "استهدف الطيران المروحي حي الحمدانية في مدينة حلب بالبراميل المتفجرة."
    loc = _loc(gaz, aleppo, "الحمدانية")
    assert loc.country == "Syria" and loc.location == "Aleppo - Hamdaniyeh"
    nineveh = "وفجر تنظيم داعش كنيسة في قضاء الحمدانية شرقي الموصل في محافظة نينوى شمال العراق."
    loc = _loc(gaz, nineveh, "الحمدانية")
    assert loc.country == "Iraq" and loc.admin1 == "Ninewa"


def test_a_metropolis_outweighs_its_smaller_namesake_abroad(gaz: Gazetteer) -> None:
    # "طرابلس" alone is Libya's capital (a city of a million), not Lebanon's Tripoli ...
    text = "قتل ثلاثة أشخاص في اشتباكات بين مسلحين في طرابلس أمس."
    assert _loc(gaz, text, "طرابلس").country == "Libya"
    assert gaz.country_of(gaz.find_places(normalize(text))) == "Libya"
    # ... unless a quarter named beside it is Lebanon's
    text = "قتل شخصان في اشتباكات بين جبل محسن وباب التبانة في طرابلس."
    assert _loc(gaz, text, "طرابلس").country == "Lebanon"


def test_bare_amman_is_jordans_capital_and_the_sultanate_is_oman(gaz: Gazetteer) -> None:
    # "عمان" alone is the city (Amman); the country is "سلطنة عمان"
    text = "أطلق مسلحون النار على دورية للشرطة في عمان فقتلوا شرطيا."
    assert _loc(gaz, text, "عمان").country == "Jordan"
    text = "وصل وفد الحوثيين إلى مسقط في سلطنة عمان أمس."
    assert _loc(gaz, text, "سلطنة عمان").country == "Oman"


def test_one_name_two_countries_resolved_by_the_article_country(gaz: Gazetteer) -> None:
    sinai = ("شن مسلحون هجوما على كمين للجيش المصري في الشيخ زويد بشمال سيناء، "
             "وأكدت مصادر أمنية أن الاشتباكات امتدت إلى قرية الجورة.")
    loc = _loc(gaz, sinai, "الجورة")
    assert loc.country == "Egypt"
    deir = "قصفت طائرات النظام السوري حي الجورة في مدينة دير الزور شرق سوريا."
    loc = _loc(gaz, deir, "الجورة")
    assert loc.country == "Syria" and loc.admin1 == "Deir-ez-Zor"


def test_village_in_a_district_and_a_yemeni_front(gaz: Gazetteer) -> None:
    text = "وتواصلت المعارك في مديرية صرواح غرب محافظة مأرب بين المقاومة الشعبية والحوثيين."
    loc = _loc(gaz, text, "صرواح")
    assert loc.country == "Yemen" and loc.admin1 == "Marib"
    assert distance_km(loc.latitude, loc.longitude, 15.447, 45.021) < 5


def test_village_missing_from_the_gazetteer_is_coded_at_the_place_named_beside_it(gaz: Gazetteer) -> None:
    text = "قتل ثلاثة مدنيين في قصف على قرية كفرعويد بريف إدلب الجنوبي."
    ms = gaz.find_places(normalize(text))
    village = next(m for m in ms if m.text == "كفرعويد")
    assert village.candidates == [] and village.context_word == "قريه"
    loc = gaz.resolve(village, ms)
    assert loc is not None and loc.country == "Syria" and loc.admin1 == "Idleb"
    assert loc.geo_precision >= 2 and loc.location_ar == "كفرعويد"


def test_unknown_name_with_no_parent_is_not_placed(gaz: Gazetteer) -> None:
    text = "وقالت المصادر إن الاشتباكات اندلعت قرب قرية زعترانية صباح اليوم."
    ms = gaz.find_places(normalize(text))
    m = next(m for m in ms if m.text == "زعترانية")
    assert gaz.resolve(m, ms) is None


def test_unknown_village_is_placed_near_the_town_named_just_before_it(gaz: Gazetteer) -> None:
    """No larger place right after it: the town named shortly before gives rough coordinates
    (geo_precision 2), the name stays the village's; nothing named before it, nothing found."""
    text = "وقصف الطيران المروحي مدينة سراقب بالبراميل، كما قصفت قوات النظام مناطق في بلدة زعترانية."
    ms = gaz.find_places(normalize(text))
    village = next(m for m in ms if m.text == "زعترانية")
    town = _loc(gaz, text, "سراقب")
    loc = gaz.resolve(village, ms)
    assert loc is not None and loc.location_ar == "زعترانية" and loc.geo_precision == 2
    assert (loc.latitude, loc.longitude, loc.admin1) == (town.latitude, town.longitude, town.admin1)
    far = "وقصف الطيران المروحي مدينة سراقب بالبراميل." + " وقال مصدر إن الوضع الإنساني صعب جدا." * 12 \
        + " كما قصفت قوات النظام مناطق في بلدة زعترانية."
    ms = gaz.find_places(normalize(far))
    assert gaz.resolve(next(m for m in ms if m.text == "زعترانية"), ms) is None


def test_place_in_a_quoted_statement_is_marked(gaz: Gazetteer) -> None:
    text = 'وقال المتحدث: "قواتنا ستحرر الرمادي قريبا"، فيما تواصلت الاشتباكات في الفلوجة.'
    ms = {m.text: m for m in gaz.find_places(normalize(text))}
    assert ms["الرمادي"].in_quote is True
    assert ms["الفلوجة"].in_quote is False


def test_a_name_set_in_quotes_is_no_quoted_statement(gaz: Gazetteer) -> None:
    text = 'وأعلنت فصائل المعارضة سيطرتها على "تل القرقور" الاستراتيجي، وقال قائد: "سنحرر حماة قريبا بعون الله".'
    ms = {m.text: m for m in gaz.find_places(normalize(text))}
    assert ms["تل القرقور"].in_quote is False
    assert ms["حماة"].in_quote is True


def test_country_names_are_places_at_precision_three(gaz: Gazetteer) -> None:
    for text, country in [("استمرت الغارات في اليمن.", "Yemen"), ("وصل الوفد إلى العراق أمس.", "Iraq"),
                          ("تتواصل الحرب في سورية منذ أربع سنوات.", "Syria")]:
        ms = gaz.find_places(normalize(text))
        assert len(ms) == 1
        loc = gaz.resolve(ms[0], ms)
        assert loc is not None and loc.country == country and loc.geo_precision == 3 and loc.admin1 == ""


def test_common_words_that_are_also_place_names_need_a_context_word(gaz: Gazetteer) -> None:
    text = "وقال إن التحالف كان قد أعلن أمس في بيان عن الحكومة."
    assert gaz.find_places(normalize(text)) == []
    # "على متنه" is "on board", not the Yemeni district Matnah
    text = "دمرت غارة طقما عسكريا على متنه مضاد طيران في مأرب"
    assert [normalize(text).norm[p.norm_start:p.norm_end] for p in gaz.find_places(normalize(text))] == ["مارب"]


def test_a_short_name_followed_by_a_direction_of_its_country_is_a_place(gaz: Gazetteer) -> None:
    # "إب" alone is too short to be read as a place; "وسط اليمن" after it says it is one
    loc = _loc(gaz, "شنت طائرات التحالف خمس غارات على إب وسط اليمن أمس.", "إب")
    assert (loc.location, loc.country) == ("Ibb", "Yemen")
    # ... not "أب" (a father) with no direction and country after it
    assert [m.text for m in gaz.find_places(normalize("قتل أب لثلاثة أطفال في القصف."))] == []


def test_latin_only_town_found_by_transliteration_after_a_context_word(gaz: Gazetteer) -> None:
    # Sulucem (Agri, Turkey) has no Arabic name in the gazetteer
    text = "قتل جنديان تركيان في هجوم لمسلحي حزب العمال الكردستاني على قرية سولوجم في ولاية آغري."
    ms = gaz.find_places(normalize(text))
    m = next(m for m in ms if m.text == "سولوجم")
    loc = gaz.resolve(m, ms)
    assert loc is not None and loc.country == "Turkey"
    assert distance_km(loc.latitude, loc.longitude, 39.69386, 43.81472) < 2


def test_part_of_the_country_the_article_is_about(gaz: Gazetteer) -> None:
    text = ("قتل جنديان تركيان في هجوم نسب إلى حزب العمال الكردستاني في ولاية شرناق، "
            "وتصاعدت الاشتباكات في جنوب شرق البلاد منذ أسبوعين.")
    ms = gaz.find_places(normalize(text))
    m = next(m for m in ms if m.text == "البلاد")
    loc = gaz.resolve(m, ms)
    assert loc is not None and loc.country == "Turkey" and loc.geo_precision == 3
    assert loc.latitude < 39.0 and loc.longitude > 37.0  # south-east of the centre of Turkey


def test_transliterated_town_without_arabic_name_in_a_turkish_article(gaz: Gazetteer) -> None:
    # Solhan (Bingöl) has only Latin names in the gazetteer
    text = ("قتل ثلاثة جنود أتراك في هجوم لحزب العمال الكردستاني على مركز للدرك في سولهان، "
            "وقالت الحكومة التركية في أنقرة إن العملية في تركيا لن تتوقف.")
    ms = gaz.find_places(normalize(text))
    m = next(m for m in ms if m.text == "سولهان")
    loc = gaz.resolve(m, ms)
    assert loc is not None and loc.country == "Turkey" and loc.admin1
    # and ordinary words after "في" are not taken for towns
    assert {m.text for m in ms} <= {"سولهان", "أنقرة", "تركيا"}


def test_distance_and_direction_from_a_town(gaz: Gazetteer) -> None:
    text = "وقع الهجوم على حاجز للجيش على بعد 20 كم شرق الرمادي غربي بغداد."
    ms = gaz.find_places(normalize(text))
    m = next(m for m in ms if m.text == "الرمادي")
    assert m.direction == "E" and m.km == 20
    loc = gaz.resolve(m, ms)
    assert loc is not None and loc.geo_precision == 2
    assert 17 < distance_km(loc.latitude, loc.longitude, 33.421, 43.308) < 23
    assert loc.longitude > 43.308


def test_future_prefix_does_not_cut_a_name(gaz: Gazetteer) -> None:
    # "سنورس" is no س + "نورس" (the Arabic name of Nevers in France)
    text = "قتل مسلحون شرطيا في قرية أبو ناعورة بمركز سنورس بالفيوم."
    ms = gaz.find_places(normalize(text))
    assert "نورس" not in {m.text for m in ms}
    m = next(m for m in ms if m.text == "سنورس")
    loc = gaz.resolve(m, ms)
    assert loc is not None and loc.country == "Egypt"


def test_the_capital_named_by_a_nationality_adjective(gaz: Gazetteer) -> None:
    text = "هز انفجار عنيف العاصمة الأفغانية فجر اليوم، فيما قصف التحالف مواقع في العاصمة اليمنية."
    ms = gaz.find_places(normalize(text))
    locs = [gaz.resolve(m, ms) for m in ms]
    assert [(loc.location, loc.country) for loc in locs if loc] == [("Kabul", "Afghanistan"), ("Sanaa", "Yemen")]
    assert [m.text for m in ms] == ["العاصمة الأفغانية", "العاصمة اليمنية"]


def test_unnamed_landmark_lies_in_the_town_named_after_it(gaz: Gazetteer) -> None:
    """"سوق الخضار في بلدة أريحا": the market is in the town that follows, not in the province the
    headline named before it."""
    text = "سقوط طائرة في إدلب\nسقطت طائرة حربية على سوق الخضار في بلدة أريحا في محافظة إدلب أمس."
    ms = gaz.find_places(normalize(text))
    market = next(m for m in ms if m.context_word == "سوق")
    loc = gaz.resolve(market, ms)
    assert loc is not None and loc.location == "Ariha" and loc.country == "Syria"


def test_an_adjective_after_a_landmark_word_is_no_name(gaz: Gazetteer) -> None:
    """"في شارع تجاري مزدحم": a commercial, crowded street names no place; the town after it does."""
    ms = gaz.find_places(normalize("انفجرت سيارة ملغومة في شارع تجاري مزدحم في بلدة مندلي أمس."))
    assert [m.text for m in ms] == ["مندلي"]


def test_a_province_word_makes_the_article_country_that_of_the_province(gaz: Gazetteer) -> None:
    """"ولاية يوبي" is Nigeria's Yobe state, not the Japanese town Ube that is spelt the same."""
    ms = gaz.find_places(normalize("هاجم مسلحون قرية في ولاية يوبي أمس وقتلوا 16 مدنيا."))
    assert gaz.country_of(ms) == "Nigeria"


def test_a_name_in_brackets_after_a_context_word_is_a_place(gaz: Gazetteer) -> None:
    text = "استهدفت الغارات مسلحين في منطقة (جورجوري) بولاية ننكرهار شرق أفغانستان"
    found = {m.text: m for m, _ in _resolve_all(gaz, text)}
    assert "جورجوري" in found, list(found)
    assert found["جورجوري"].context_kind == "area"
    loc = _loc(gaz, text, "جورجوري")
    assert loc.unlisted and loc.location_ar == "جورجوري" and loc.country == "Afghanistan"


def test_an_unknown_place_with_only_a_country_after_it_is_coded_by_its_own_name(gaz: Gazetteer) -> None:
    """Nothing known before "منطقة (غاروكي)": the country named right after it places it, and the
    name itself stays the location's Arabic name (the codebook's "most precise place the text gives")."""
    text = "وقعت اشتباكات في منطقة (غاروكي) بإقليم (سانغ تالا) شرق أفغانستان"
    loc = _loc(gaz, text, "غاروكي")
    assert loc.unlisted and loc.location_ar == "غاروكي" and loc.country == "Afghanistan"


@pytest.mark.parametrize("text,word", [
    ("قتل خمسة في اشتباكات قرب ميناء نفطي في شرق ليبيا", "نفطي"),
    ("وقتل ستة آخرون في هجوم انتحاري في جنوب العاصمة هو أول هجوم كبير تشنه الحركة", "هو"),
])
def test_an_adjective_or_a_pronoun_after_a_context_word_is_no_place(gaz: Gazetteer, text: str, word: str) -> None:
    assert word not in [m.text for m, _ in _resolve_all(gaz, text)]


@pytest.mark.parametrize("text,street,town", [
    ("انفجرت عبوة ناسفة بمدرعة للشرطة في شارع أسيوط وسط مدينة العريش", "أسيوط", "Arish"),
    ("أغلقت المحال التجارية في شارع بغداد بمدينة اللاذقية", "بغداد", "Latakia"),
])
def test_a_street_named_for_a_town_is_not_that_town(gaz: Gazetteer, text: str, street: str, town: str) -> None:
    """The street is a place the gazetteer lacks, in the town named after it."""
    loc = _loc(gaz, text, street)
    assert (loc.location, loc.location_ar, loc.unlisted) == (town, street, True)


def test_a_village_the_gazetteer_lacks_listed_before_a_known_one_lies_near_it(gaz: Gazetteer) -> None:
    """"قريتي تل أعور والفريكة": the dual list word opens a name the gazetteer lacks, and the
    village is coded near the known one it is listed with (unlisted, its Arabic name kept)."""
    loc = _loc(gaz, "اندلعت اشتباكات أمس في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور.", "تل أعور")
    known = _loc(gaz, "اندلعت اشتباكات أمس في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور.", "الفريكة")
    assert loc.unlisted and loc.location_ar == "تل أعور" and loc.country == "Syria"
    assert distance_km(loc.latitude, loc.longitude, known.latitude, known.longitude) < 5


@pytest.mark.parametrize("text,words,place", [
    # two villages the gazetteer lacks, named in the larger place after them: there, not near the
    # place told before them in the sentence
    ("وقال القيادي في قاطع مخمور إن عناصر التنظيم قتلوا لدى قصف التحالف مقرات في قريتي دويزات والحود قرب الموصل.",
     "دويزات", "Mosul"),
    ("وقالت مصادر في مدينة عدن إن المقاومة صدت هجوما في حيي المناخ والمرور وسط مدينة تعز.", "المناخ", "Taiz"),
])
def test_the_first_of_two_villages_lies_in_the_place_both_are_named_in(gaz: Gazetteer, text: str, words: str,
                                                                       place: str) -> None:
    loc = _loc(gaz, text, words)
    assert (loc.location, loc.location_ar, loc.unlisted) == (place, words, True)


@pytest.mark.parametrize("text,words,country", [
    # a nationality adjective right after a name shared by two countries says whose it is
    ("اندلعت مواجهات بين قبيلتين في محافظة الجوف اليمنية.", "الجوف", "Yemen"),
    ("اندلعت مواجهات بين قبيلتين في منطقة الجوف السعودية.", "الجوف", "Saudi Arabia"),
    ("انفجرت سيارة مفخخة في مدينة طرابلس اللبنانية.", "طرابلس", "Lebanon"),
    ("انفجرت سيارة مفخخة في مدينة طرابلس الليبية.", "طرابلس", "Libya"),
])
def test_a_nationality_adjective_after_a_name_picks_its_country(gaz: Gazetteer, text: str, words: str,
                                                                 country: str) -> None:
    assert _loc(gaz, text, words).country == country


def test_a_quarter_the_gazetteer_lacks_is_in_the_town_named_before(gaz: Gazetteer) -> None:
    # "حي الروضة": no quarter of that name is known; towns called Rawdah elsewhere are not it
    text = "قتلت امرأة جراء قصف مدفعي على أحياء سكنية في مدينة تعز. وقالت مصادر طبية إن القذائف سقطت على حي الروضة."
    loc = _loc(gaz, text, "الروضة")
    assert (loc.location, loc.admin1) == ("Taiz", "Taizz")
    # a town named right after the quarter holds it
    text = "انفجرت عبوة ناسفة في حي اليرموك غربي بعقوبة. وقالت مصادر إن القذائف سقطت على حي الروضة في مدينة تعز."
    assert _loc(gaz, text, "الروضة").admin1 == "Taizz"


def test_a_town_word_also_names_a_quarter_of_a_city(gaz: Gazetteer) -> None:
    # "بلدة سلوان" is Silwan in Jerusalem (a quarter for the gazetteer), not the town Silvan in Turkey
    text = "هدمت جرافات الاحتلال منزلين في بلدة سلوان بالقدس المحتلة."
    assert _loc(gaz, text, "سلوان").country == "Palestine"



def test_countries_the_places_cannot_tell_apart(gaz: Gazetteer) -> None:
    # "القنيطرة" is a town of Syria and a city of Morocco: the places alone cannot choose ...
    ms = gaz.find_places(normalize("قصفت قوات النظام بلدة القنيطرة أمس."))
    assert gaz.countries_alike(ms, gaz.country_of(ms) or "") == {"Syria"}
    # ... but a town named only in Syria beside it can
    ms = gaz.find_places(normalize("قصفت قوات النظام بلدة القنيطرة وبلدة خان شيخون أمس."))
    assert gaz.country_of(ms) == "Syria"
    assert "Morocco" not in gaz.countries_alike(ms, "Syria")


def test_an_unknown_town_is_in_the_country_its_nationality_adjective_names(gaz: Gazetteer) -> None:
    # the adjective is no part of the name, and the article's country is the one it names
    text = "قتل خمسة أشخاص في انفجار سيارة مفخخة في بلدة زيزفون العراقية أمس."
    loc = _loc(gaz, text, "زيزفون")
    assert (loc.location_ar, loc.country, loc.geo_precision) == ("زيزفون", "Iraq", 3)
    assert gaz.country_of(gaz.find_places(normalize(text))) == "Iraq"



def test_the_capital_unnamed_is_that_of_the_article_s_country(gaz: Gazetteer) -> None:
    """"في العاصمة" with no name or adjective after it: the capital of the country the article is in;
    not "العاصمة الاقتصادية لتركيا", and not where the sentence names the place itself."""
    ms = gaz.find_places(normalize("خرج آلاف المحتجين في مدينة وهران. وخرجت مسيرات أخرى في العاصمة ومدن أخرى."))
    refs = [m for m in ms if m.context_kind == "capital_ref"]
    assert [m.text for m in refs] == ["العاصمة"]
    loc = gaz.resolve(refs[0], ms, country_hint="Algeria")
    assert loc is not None and (loc.location, loc.country) == ("Algiers", "Algeria")
    for text in ("هجومان في العاصمة الاقتصادية لتركيا وفي جنوب شرق البلاد.",
                 "تفجير انتحاري خارج أكاديمية الشرطة في مدينة كابول في العاصمة."):
        assert not [m for m in gaz.find_places(normalize(text)) if m.context_kind == "capital_ref"]


def test_a_country_named_as_a_side_says_little_of_where_the_article_is(gaz: Gazetteer) -> None:
    """"أن الولايات المتحدة نفذت"، "دربتها الولايات المتحدة": a side, said again and again; "في محافظة حلب"
    once is where the events are. "في الولايات المتحدة" is a place again, and so is "بسوريا"."""
    text = ("أكد البنتاغون أن الولايات المتحدة نفذت غارة للدفاع عن مقاتلين دربتهم الولايات المتحدة. وقالت "
            "الولايات المتحدة إن المقاتلين موجودون في محافظة حلب منذ يوليو، وإن الولايات المتحدة ستدافع عنهم.")
    ms = gaz.find_places(normalize(text))
    assert gaz.country_of(ms) == "Syria"
    sides = [m for m in ms if m.text == "الولايات المتحدة"]
    assert sides and not any(m.locative for m in sides)
    placed = gaz.find_places(normalize("اعتقلت الشرطة رجلا في الولايات المتحدة، وآخر بسوريا."))
    assert all(m.locative for m in placed)


def test_kabul_as_the_press_also_spells_it(gaz: Gazetteer) -> None:
    # "كابول" is Afghanistan's capital in Afghan news (GeoNames gives the name to a town in Israel only)
    text = "قتل 15 شخصا في هجوم بشاحنة مفخخة في العاصمة كابول، وانفجرت عبوة قرب مطار كابول الدولي."
    ms = gaz.find_places(normalize(text))
    locs = [gaz.resolve(m, ms) for m in ms]
    assert [(loc.location, loc.country) for loc in locs if loc] == [("Kabul", "Afghanistan"),
                                                                  ("Kabul airport", "Afghanistan")]


def test_quarters_of_baghdad(gaz: Gazetteer) -> None:
    text = "انفجرت عبوة ناسفة قرب محال تجارية في منطقة كمب سارة وسط بغداد، وأخرى في حي العامل."
    ms = gaz.find_places(normalize(text))
    names = [loc.location for loc in (gaz.resolve(m, ms) for m in ms) if loc]
    assert "Baghdad - Camp Sara" in names and "Baghdad - Amil" in names


@pytest.mark.parametrize("text,is_town", [
    # the two villages named just before: "القريتين" points back at them
    ("دارت معارك في قريتي المشيك والبحصة، ثم قصفت الطائرات القريتين بالبراميل", False),
    ("سيطر المسلحون على بلدتي كفريا والفوعة، وهجروا أهالي البلدتين", False),
    # no two places named before it: the town of al-Qaryatayn in Homs
    ("هاجم مسلحو التنظيم القريتين في ريف حمص الشرقي", True),
])
def test_a_dual_that_points_back_at_two_places_is_no_town_of_that_name(gaz: Gazetteer, text: str,
                                                                      is_town: bool) -> None:
    found = [m for m, _ in _resolve_all(gaz, text) if m.text in ("القريتين", "البلدتين")]
    assert bool(found) == is_town


def test_a_common_noun_that_names_a_town_abroad_is_no_place_without_a_context_word(gaz: Gazetteer) -> None:
    # "مساكن" (housing) is also Msaken in Tunisia: only after a context word (ambiguous.txt)
    assert not [m for m, _ in _resolve_all(gaz, "قصفت الطائرات مساكن الضباط في المطار العسكري") if m.text == "مساكن"]
    assert [m for m, _ in _resolve_all(gaz, "اعتقلت الشرطة ثلاثة شبان في مدينة مساكن التونسية") if m.text == "مساكن"]


@pytest.mark.parametrize("text,word", [
    # a short Persian town's Arabic spelling that is also a word ("فجره": he blew it up; "مكن": enabled)
    ("وسيطرت القوات العراقية على الملعب الأولمبي الذي فجره تنظيم داعش مؤخرا.", "جره"),
    ("وأكد المتظاهرون أن المالكي هو الذي مكن داعش من اعتقال الجنود.", "مكن"),
    # Israel's district names are also the plain words for a region of any land
    ('وسيطر "جيش الفتح" في المنطقة الجنوبية على سد كوكب في ريف درعا الغربي.', "المنطقة الجنوبية"),
])
def test_short_or_generic_names_abroad_are_no_place_without_a_context_word(gaz: Gazetteer, text: str,
                                                                          word: str) -> None:
    assert not [m for m, _ in _resolve_all(gaz, text) if word in m.text]


def test_a_big_town_abroad_with_a_short_name_is_still_found(gaz: Gazetteer) -> None:
    loc = _loc(gaz, "وانفجرت قنبلة أمس في يزد وسط إيران.", "يزد")
    assert (loc.location, loc.country) == ("Yazd", "Iran")


@pytest.mark.parametrize("text,word", [
    # a verb of a relative clause after a context word is no unknown village's name
    ("قصفت الدبابات التركية قرية تسيطر عليها القوات الكردية في شمال سوريا.", "تسيطر"),
    # nor is a word with the preposition "لل" ("a dam for irrigation"), nor "under construction"
    ("وأحرق المسلحون آليات في موقع لبناء سد للري في ولاية قارص.", "للري"),
    ("وفجر التنظيم الملعب، وهو مشروع قيد الإنشاء في المدينة.", "قيد"),
])
def test_words_after_a_context_word_that_are_no_name(gaz: Gazetteer, text: str, word: str) -> None:
    assert not [m for m, _ in _resolve_all(gaz, text) if word in m.text]


def test_an_unknown_village_after_a_context_word_is_still_a_place(gaz: Gazetteer) -> None:
    assert [m for m, _ in _resolve_all(gaz, "قصفت الطائرات قرية زعرورة في ريف اللاذقية") if m.text == "زعرورة"]


@pytest.mark.parametrize("text", [
    "ألقت قوات الأمن القبض على خمسة عناصر من خلية إرهابية في مدينة بن قردان جنوب تونس.",
    # the name written as one word, as Tunisian outlets often write it
    "ألقت قوات الأمن القبض على خمسة عناصر من خلية إرهابية في مدينة بنقردان جنوب تونس.",
])
def test_ben_guerdane_is_found_written_in_one_word_or_two(gaz: Gazetteer, text: str) -> None:
    loc = _loc(gaz, text, "قردان")
    assert (loc.location, loc.country) == ("Ben Guerdane", "Tunisia")


def test_a_quarter_the_gazetteer_lacks_is_of_the_town_named_soon_after_it(gaz: Gazetteer) -> None:
    """"في حي بي أوغلو وسط اسطنبول" in an article about Syria: the quarter is in Istanbul, not in the
    Syrian town named before it."""
    text = ("اندلعت احتجاجات في مدينة اللاذقية أمس. وأصيب رجل أمن تركي في اعتداء على مبنى في حي بي أوغلو "
            "وسط اسطنبول.")
    ms = gaz.find_places(normalize(text))
    quarter = next(m for m in ms if m.context_kind == "neighbourhood" and not m.candidates)
    loc = gaz.resolve(quarter, ms, country_hint="Syria")
    assert loc is not None and (loc.location, loc.country) == ("Istanbul", "Turkey")


def test_a_context_word_ending_a_line_names_nothing_on_the_next(gaz: Gazetteer) -> None:
    """A headline's last word "قاعدة" (a base) and the body's first word "هاجم" are no base named "هاجم"
    (whose span would hide the body's word of attack)."""
    text = "الشباب تهاجم قاعدة\nهاجم مسلحو حركة الشباب قاعدة عسكرية في بلدة جناله جنوب مقديشو أمس."
    found = [m.text for m in gaz.find_places(normalize(text))]
    assert "هاجم" not in found and "جناله" in found and "مقديشو" in found
