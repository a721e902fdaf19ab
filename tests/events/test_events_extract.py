"""The event stage end to end on Arabic news sentences: sub-types, sides, rules, evidence."""

from dataclasses import replace
from datetime import date

import pytest

from marsad.model import Article, Span
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.default()


def _events(pipeline, text, published=date(2015, 8, 4), outlet="test"):
    return pipeline.extract(Article(id="t1", text=text, published=published, outlet=outlet))


def _one(pipeline, text, **kw):
    evs = _events(pipeline, text, **kw)
    assert len(evs) == 1, [(e.sub_event_type, e.location) for e in evs]
    return evs[0]


@pytest.mark.parametrize("text,sub", [
    ("اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في مدينة درعا", "Armed clash"),
    ("شنت طائرات التحالف العربي غارات جوية أمس على مواقع الحوثيين في صعدة", "Air/drone strike"),
    ("قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على مدينة دوما أمس", "Shelling/artillery/missile attack"),
    ("انفجرت عبوة ناسفة أمس بدورية للشرطة في مدينة العريش", "Remote explosive/landmine/IED"),
    ("فجر انتحاري نفسه أمس في مسجد بمدينة أبها ما أدى إلى مقتل 15 شخصا", "Suicide bomb"),
    ("اختطف مسلحون مجهولون أمس صحفيا في مدينة بنغازي", "Abduction/forced disappearance"),
    ("تظاهر آلاف المواطنين أمس في مدينة البصرة احتجاجا على انقطاع الكهرباء", "Peaceful protest"),
    ("اعتقلت الشرطة التركية أمس 20 شخصا في مدينة إسطنبول", "Arrests"),
    ("سيطرت المقاومة الشعبية أمس على مدينة الحوطة بعد معارك مع الحوثيين", "Non-state actor overtakes territory"),
    ("استعادت القوات العراقية أمس السيطرة على مدينة بيجي من تنظيم داعش", "Government regains territory"),
    # the accusative of an air bombardment, and a country's air force named as the one that shelled
    ("وقال شهود إن قصفا جويا طال أمس أحياء سكنية في مدينة الرطبة", "Air/drone strike"),
    ("قصفت إحدى طائرات سلاح الجو الليبي أمس مركبا محملا بالذخيرة قبالة ميناء درنة", "Air/drone strike"),
])
def test_sub_event_types(pipeline, text, sub):
    ev = _one(pipeline, text)
    assert ev.sub_event_type == sub
    assert ev.event_date == "2015-08-03"


def test_sides_dates_toll_and_source(pipeline):
    text = ("قال المرصد السوري لحقوق الإنسان إن اشتباكات عنيفة اندلعت أمس الإثنين بين قوات النظام "
            "وفصائل المعارضة في مدينة الزبداني، أسفرت عن مقتل 12 عنصراً من قوات النظام على الأقل.")
    ev = _one(pipeline, text)
    assert ev.event_type == "Battles"
    assert ev.actor1 == "Military Forces of Syria" and ev.inter1 == 1
    assert ev.actor2 == "Opposition Rebels (Syria)" and ev.inter2 == 2
    assert ev.event_date == "2015-08-03" and ev.time_precision == 1
    assert ev.fatalities == 12
    assert ev.source == "Syrian Observatory for Human Rights"
    assert ev.country == "Syria"
    for spans in ev.evidence.values():
        for s in spans:
            assert text[s["start"]:s["end"]] == s["text"]
    assert {s["text"] for s in ev.evidence["actor1"]} == {"قوات النظام"}


def test_negated_advance_leaves_an_armed_clash(pipeline):
    ev = _one(pipeline, "هاجمت قوات المعارضة أمس مواقع قوات النظام في مدينة درعا، إلا أن الهجوم "
                        "لم يسفر عن أي تقدم يذكر")
    assert ev.sub_event_type == "Armed clash"


def test_threats_and_plans_are_not_events(pipeline):
    assert _events(pipeline, "هدد تنظيم داعش بشن هجمات انتحارية على مدينة بغداد خلال الأيام المقبلة") == []
    assert _events(pipeline, "تستعد القوات العراقية لشن عملية عسكرية لاستعادة مدينة الموصل") == []
    # an attempt that the text does not say succeeded ("سعى ... إلى اعتقال") is no arrest
    assert _events(pipeline, "وتفجرت الأحداث عندما سعى المسلحون الحوثيون أمس إلى اعتقال عدد من أبناء "
                             "قرية في محافظة أرحب") == []
    # what efforts or forces are for ("لأجل"، "بغية") has not happened yet
    assert _events(pipeline, "وهناك جهود مركزة في لحج لأجل اعتقال عناصر الميليشيات الفارين من مدينة الحوطة") == []
    assert _events(pipeline, "وتحركت قوات من صنعاء إلى ميناء المخا بغية اقتحام مدينة الضالع") == []
    # what forces intend or stand ready to do ("تنوي"، "تأهبا") has not happened yet
    assert _events(pipeline, "وتنوي القوات طرد الانقلابيين أمس من طريق عدن الذي سيطروا عليه") == []
    assert _events(pipeline, "وصلت طلائع قوات الجيش أمس إلى مدينة خنفر تأهبا لطرد الحوثيين من المحافظة") == []
    # what a side made ready for ("استعدادهم لاقتحام") has not happened yet
    evs = _events(pipeline, "تقدم الثوار\nكما بسط الثوار أمس سيطرتهم على مواقع مهمة في تعز، وواصلوا استعدادهم "
                            "لاقتحام مدينة زنجبار عاصمة أبين.")
    assert [e.location for e in evs] == ["Taiz"]
    # words of intent take a pronoun ("اعتزامهم"، "يمكنها"): what they govern has not happened
    evs = _events(pipeline, "وأوقفت قوات الأمن ستة أشخاص في إسطنبول، للاشتباه في اعتزامهم شن هجوم على مديرية "
                            "أمن المنطقة.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    assert _events(pipeline, "وأعلنت واشنطن وأنقرة أمس عزمهما طرد تنظيم داعش من الشريط الحدودي، إذ أصبح من "
                             "الممكن أن تنطلق المقاتلات الأمريكية من قواعد في تركيا لشن ضربات.") == []


def test_fighting_told_as_near_daily_is_background(pipeline):
    text = ("يذكر أن مدينة درنة تشهد معارك عديدة بين شباب المدينة وتنظيم داعش، وتقوم الطائرات الحربية "
            "بغارات شبه يومية على عدة مواقع للتنظيم.")
    assert _events(pipeline, text) == []
    text = ("وتشهد أطراف مدينة الضالع مواجهات مسلحة بين فترة وأخرى بين الحوثيين والمقاومة الشعبية منذ عدة "
            "أشهر، حيث يحاول الحوثيون إعادة سيطرتهم على المدينة.")
    assert _events(pipeline, text) == []


def test_what_went_on_over_the_past_two_years_is_background(pipeline):
    text = ("وخلال العامين الماضيين صعّد المسلحون هجماتهم على نقاط الجيش في ريف إدلب وقتلوا مئات الجنود، كما لقي "
            "مئات المسلحين حتفهم في حملات الجيش.")
    assert _events(pipeline, text) == []


def test_planes_a_side_shelled_with_made_an_air_strike(pipeline):
    ev = _one(pipeline, "قصف الجيش بطائرات الأباتشي أمس ثلاث سيارات للمسلحين في قرية جنوب مدينة رفح المصرية.",
              published=date(2015, 8, 6))
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Egypt")


def test_a_series_of_bombings_lately_is_background(pipeline):
    # a series of bombings "lately" is a tally, not an event of a day
    text = ("ولم تعلن أي جهة مسؤوليتها، لكن مسلحي تنظيم داعش نفذوا في الآونة الأخيرة سلسلة من التفجيرات "
            "في مدينة كركوك أودت بحياة أكثر من 40 شخصا.")
    assert _events(pipeline, text) == []


def test_a_rising_tally_is_background(pipeline):
    # the dead "rising" to a sum over weeks, and strikes told as the cause of a rising toll, are tallies
    text = ("وأفادت مصادر أن حالة من التململ بدأت تظهر في صفوف مقاتلي حزب الله في الزبداني، بعد ازدياد أعداد القتلى "
            "التي وصلت إلى 120 قتيلا، بينهم قيادات.")
    assert _events(pipeline, text, published=date(2015, 8, 4)) == []
    text = ("ونظرا لتزايد عدد القتلى بغارات طائرات الدرون، دعا أبناء المكلا تنظيم القاعدة لتسليم المدينة التي "
            "يسيطر عليها إلى مجلس أهلي.")
    assert _events(pipeline, text, published=date(2015, 8, 1)) == []


def test_a_suicide_bombing_in_a_battle_told_by_clashes_is_part_of_the_battle(pipeline):
    text = ("وفي ريف حلب الشمالي، قتل 17 عنصرا على الأقل من فصائل المعارضة وتنظيم داعش إثر اشتباكات بين "
            "الطرفين وتفجير انتحاري نفذه التنظيم قرب بلدة مارع، وفق المرصد السوري.")
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 17)
    # a bombing days apart from the exchange of fire stays a bombing
    text = ("وجاء تبادل إطلاق النار بين الجيش التركي ومسلحي داعش قرب بلدة كيليس بعد أربعة أيام من هجوم "
            "انتحاري في بلدة سوروتش أسفر عن مقتل 32 شخصا.")
    bombs = [e for e in _events(pipeline, text, published=date(2015, 7, 24)) if e.location == "Suruc"]
    assert bombs and bombs[0].sub_event_type == "Suicide bomb"


def test_the_base_the_aircraft_set_off_from_is_not_the_place_struck(pipeline):
    ev = _one(pipeline, "قصفت طائرات سلاح الجو الليبي أمس من قاعدة طبرق الجوية مركبا محملا بمسلحين، "
                        "في عرض البحر قبالة ميناء درنة شمال شرق ليبيا.")
    assert ev.location == "Darna"


@pytest.mark.parametrize("text,published,expected", [
    # where the rockets were fired from is not where they fell; the factions of Gaza are Hamas's
    ("أطلقت فصائل المقاومة عشرات الصواريخ من قطاع غزة على مدينة عسقلان.", date(2021, 5, 12),
     ("Hamas Movement", "Ashkelon", "Israel")),
    ("أطلق الحوثيون صاروخا باليستيا من محافظة صعدة على مدينة جازان السعودية.", date(2017, 5, 12),
     ("Ansar Allah", "Jizan", "Saudi Arabia")),
])
def test_the_place_missiles_were_fired_from_is_not_the_place_struck(pipeline, text, published, expected):
    ev = _one(pipeline, text, published=published)
    assert (ev.actor1, ev.location, ev.country) == expected


def test_a_tally_over_a_week_is_no_event(pipeline):
    # GOLD-GUIDE: a cumulative tally over a long period is not one event
    text = "وأسفرت الغارات التركية خلال أسبوع عن مقتل 60 عنصرا من حزب العمال الكردستاني في جبال قنديل."
    assert _events(pipeline, text, published=date(2015, 8, 10)) == []


def test_names_change_over_time(pipeline):
    text = "سيطرت جبهة النصرة أمس على بلدة جسر الشغور بعد اشتباكات مع قوات النظام"
    assert _one(pipeline, text, published=date(2015, 4, 26)).actor1 == "Jabhat al-Nusra"
    assert _one(pipeline, text, published=date(2017, 3, 1)).actor1 == "Hayat Tahrir al-Sham"


def test_unnamed_aircraft_are_those_that_fly_there(pipeline):
    ev = _one(pipeline, "قتل خمسة مسلحين حوثيين في غارات جوية استهدفت أمس مواقعهم في محافظة صعدة")
    assert ev.actor1 == "Military Forces of Saudi Arabia"
    assert ev.actor2 == "Ansar Allah"
    assert ev.fatalities == 5


def test_headline_repeats_the_main_event(pipeline):
    text = ("مقتل 7 جنود في هجوم على حاجز للجيش في العريش\n"
            "قتل سبعة جنود أمس في هجوم شنه مسلحون على حاجز للجيش المصري في مدينة العريش بشمال سيناء.")
    evs = _events(pipeline, text)
    assert len(evs) == 1
    assert evs[0].fatalities == 7 and evs[0].event_type == "Battles"


def test_a_headline_repeats_the_body_event_of_its_own_sub_type(pipeline):
    """The headline's air strike is the body's air strike, not the suicide bombing told first."""
    text = ("مقاتلات تركية تقصف مواقع لداعش في سوريا\n"
            "قتل 30 شخصا في هجوم انتحاري استهدف مركزا ثقافيا في بلدة سوروج التركية الاثنين الماضي. "
            "وقتل تسعة عناصر من تنظيم داعش في غارات جوية نفذتها مقاتلات تركية أمس على مواقع للتنظيم "
            "في ريف حلب الشمالي.")
    evs = _events(pipeline, text, published=date(2015, 7, 25))
    strike = [(e.actor1, e.actor2, e.fatalities) for e in evs if e.sub_event_type == "Air/drone strike"]
    bomb = [e.actor2 for e in evs if e.sub_event_type == "Suicide bomb"]
    assert strike == [("Military Forces of Turkey", "Islamic State (Syria)", 9)]
    assert bomb and "Islamic State" not in bomb[0]


def test_a_headline_in_the_present_tells_the_event(pipeline):
    """Headlines tell the news in the present ("تغتال"، "يعدم"، "تختطف"): the body's weak words are
    the headline's event told again, at the town the headline names."""
    text = ("حركة الشباب تغتال نائبا في البرلمان الصومالي في مقديشو\n"
            "قتل مسلحون نائبا في البرلمان الصومالي مع حارسيه. وقال شاهد إن المسلحين أطلقوا النار على سيارته.")
    evs = _events(pipeline, text, published=date(2015, 7, 26))
    assert [(e.sub_event_type, e.actor1, e.location) for e in evs] == [("Attack", "Al Shabaab", "Mogadishu")]


def test_a_headline_at_a_province_takes_no_event_of_a_town_in_it(pipeline):
    """The headline's killing, placed at the province its other clause names, is the one at the
    town of its toll told below, not the bigger one at a town of that province (which stays its own)."""
    text = ("القوات العراقية تتقدم في الأنبار وإعدام أربعة سائقين على يد داعش\n"
            "أعدم تنظيم داعش 22 شخصا من أبناء العشائر في مدينة الفلوجة. وفي قضاء الشرقاط أعدم التنظيم "
            "أربعة سائقين بتهمة التعاون مع الجيش.")
    evs = _events(pipeline, text, published=date(2015, 7, 20))
    assert sorted((e.location, e.fatalities) for e in evs if e.sub_event_type == "Attack") == \
        [("Falluja", 22), ("Sharqat", 4)]


def test_a_headline_of_two_sentences_repeats_the_main_event(pipeline):
    """"..": the headline holds two sentences; its undated taking of the town is the body's, told
    the day before publication, not a second event on the day of publication."""
    text = ("الجيش والمقاومة يعلنان تحرير زنجبار.. ويدخلان مدينة شقرة\n"
            "سيطرت القوات الموالية للحكومة اليمنية أمس على مدينة زنجبار عاصمة محافظة أبين بعد طرد "
            "الحوثيين منها.")
    evs = [e for e in _events(pipeline, text, published=date(2015, 8, 10)) if e.location == "Zinjibar"]
    assert [(e.sub_event_type, e.event_date) for e in evs] == [("Government regains territory", "2015-08-09")]


def test_an_undated_event_at_the_place_of_a_dated_one_is_that_event_told_again(pipeline):
    """A new paragraph with no date word tells the taking of النادرة again: one event, dated by the
    paragraph that said "أمس", not a second one on the day of publication."""
    text = ("المقاومة تتقدم في إب\n"
            "دخلت القوات الموالية للشرعية مدينة زنجبار عاصمة محافظة أبين. وكانت المدينة خالية من الحوثيين.\n"
            "وتمكنت المقاومة أمس من بسط سيطرتها على مديرية النادرة في محافظة إب.\n"
            "وطردت القوات الداعمة للشرعية مسلحي الحوثي من مديرية النادرة، بعد سيطرتهم على مديرية حزم العدين.")
    evs = [e for e in _events(pipeline, text, published=date(2015, 8, 10))
           if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [(e.location, e.event_date) for e in evs] == [("An Nadirah", "2015-08-09")]
    # told again as fighting (same type, Battles): still the one event of the day before
    text = text.replace("، بعد سيطرتهم على مديرية حزم العدين", " بعد معارك عنيفة")
    evs = [e for e in _events(pipeline, text, published=date(2015, 8, 10)) if e.location == "An Nadirah"]
    assert [(e.event_type, e.event_date) for e in evs] == [("Battles", "2015-08-09")]


def test_event_ids_are_stable(pipeline):
    text = "شنت طائرات التحالف العربي غارات جوية أمس على مواقع الحوثيين في صعدة"
    a = [e.event_id for e in _events(pipeline, text)]
    b = [e.event_id for e in _events(pipeline, text)]
    assert a == b and all(x.startswith("mrs-") for x in a)


def test_every_field_with_a_value_has_evidence(pipeline):
    ev = _one(pipeline, "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على مدينة دوما أمس")
    for field in ("event_type", "event_date", "actor1", "location", "fatalities"):
        assert ev.evidence.get(field), field
    assert ev.notes.endswith(".") and "Douma" in ev.notes or "دوما" in ev.location_ar


@pytest.mark.parametrize("text,sub", [
    # a shell or a casualty "falls": no town fell
    ("قتل ثلاثة مدنيين أمس جراء سقوط قذائف هاون على حي الميدان في دمشق", "Shelling/artillery/missile attack"),
    ("شهدت مدينة تعز أمس اشتباكات عنيفة أدت إلى سقوط قتلى وجرحى", "Armed clash"),
])
def test_falling_shells_and_casualties_are_no_fall_of_a_town(pipeline, text, sub):
    assert [e.sub_event_type for e in _events(pipeline, text)] == [sub]


def test_a_town_held_by_a_side_is_no_capture(pipeline):
    """"التي تسيطر عليها المعارضة" says who holds the town, not that anyone took it."""
    text = ("قتل 12 شخصا على الأقل أمس حينما سقطت مقاتلة سورية على سوق مزدحم في بلدة أريحا "
            "التي تسيطر عليها المعارضة في محافظة إدلب")
    subs = {e.sub_event_type for e in _events(pipeline, text)}
    assert not subs & {"Non-state actor overtakes territory", "Government regains territory"}


def test_verb_first_abduction_makes_the_named_group_the_abductor(pipeline):
    ev = _one(pipeline, "خطفت جبهة النصرة أمس ثمانية مقاتلين من الفرقة 30 قرب مدينة أعزاز في ريف حلب")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor1 == "Jabhat al-Nusra"


def test_shelling_of_a_side_with_clitic_lam_is_shelling_by_it(pipeline):
    """"في قصف للحوثيين": the ل of the name's word marks who shelled, not who was shelled."""
    ev = _one(pipeline, "قتل مدنيان اثنان أمس في قصف للحوثيين استهدف الأحياء السكنية في مدينة تعز")
    assert ev.actor1 == "Ansar Allah"
    assert ev.actor2 == "Civilians (Yemen)"


def test_the_battles_mentioned_again_fold_into_the_battle_told(pipeline):
    """"المعارك" later in the article points back at the clash already told: one event."""
    text = ("اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في مدينة الزبداني.\n"
            "وقال ناشطون إن المعارك أسفرت عن مقتل خمسة عناصر من قوات النظام في مدينة داريا.")
    evs = _events(pipeline, text)
    assert [e.event_type for e in evs] == ["Battles"]
    assert evs[0].fatalities == 5


def test_a_protest_takes_no_toll_from_a_killing_told_in_its_sentence(pipeline):
    text = ("قال متحدث خلال وقفة احتجاجية أمس أمام مكتب الأمم المتحدة في مدينة أربيل إن التنظيم "
            "أعدم أكثر من 700 شخص في الموصل.")
    protests = [e for e in _events(pipeline, text) if e.event_type == "Protests"]
    assert protests and all(e.fatalities == 0 for e in protests)


def test_the_member_of_a_coalition_is_the_actor_and_the_coalition_its_associate(pipeline):
    text = ("أعلنت جبهة فتح الشام، وهي فصيل منضو في جيش الفتح، أمس عن تمكن قواتها من السيطرة على "
            "بلدة خان طومان بعد انسحاب قوات النظام منها.")
    ev = _one(pipeline, text, published=date(2016, 8, 16))
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1 == "Jabhat Fateh al-Sham"
    assert "Jaish al-Fatah" in ev.assoc_actor_1
    assert ev.actor2 == "Military Forces of Syria"


@pytest.mark.parametrize("text, actor1, actor2", [
    # factions named only as factions: the coalition they fight in is the more precise name
    ("سيطرت فصائل المعارضة المنضوية في غرفة عمليات جيش الفتح أمس على قرية الزيارة بريف حماة الغربي "
     "بعد اشتباكات مع القوات النظامية.", "Jaish al-Fatah", "Military Forces of Syria"),
    # a named group and the front it belongs to: the front is no other side
    ("هاجمت حركة الشباب المنضوية في إطار تنظيم القاعدة أمس قاعدة للجيش الصومالي في بلدة جنالي.",
     "Al Shabaab", "Military Forces of Somalia"),
])
def test_the_coalition_a_side_is_part_of_is_no_other_side(pipeline, text, actor1, actor2):
    evs = _events(pipeline, text)
    assert evs and evs[0].actor1 == actor1
    assert evs[0].actor2 == actor2


def test_the_side_named_in_an_earlier_clause_is_the_one_that_took_the_ground(pipeline):
    text = ("شنت قوات النظام هجوما معاكسا فجر أمس على معمل الإسمنت جنوب حلب، "
            "نجحت فيه بطرد قوات المعارضة من النقاط التي سيطرت عليها.")
    evs = _events(pipeline, text, published=date(2016, 8, 16))
    regained = [e for e in evs if e.sub_event_type == "Government regains territory"]
    assert regained and regained[0].actor1 == "Military Forces of Syria"
    assert regained[0].actor2 == "Opposition Rebels (Syria)"


def test_civilians_are_those_of_the_event_s_country_across_a_border(pipeline):
    # an article about Yemen; the residents told of in a sentence with no place of their own are
    # those of the Saudi village the shells hit, not of the article's country
    text = ("الحوثيون يقصفون تعز ومأرب وقرية سعودية\n"
            "واصلت ميليشيات الحوثي أمس قصف الأحياء السكنية في مدينة تعز اليمنية. وقصف الحوثيون مواقع "
            "المقاومة الشعبية في مأرب وصنعاء وعدن. وتعرضت قرية المجزعة التابعة لمحافظة الطوال جنوب منطقة "
            "جازان أمس لقذائف أطلقها الحوثيون من داخل الأراضي اليمنية. وقال عدد من السكان إن القذائف "
            "سقطت على قريتهم صباحا وألحقت أضرارا ببعض المنازل.")
    saudi = [e for e in _events(pipeline, text) if e.country == "Saudi Arabia"]
    assert saudi and saudi[0].actor1 == "Ansar Allah"
    assert saudi[0].actor2 == "Civilians (Saudi Arabia)"


def test_a_battle_told_with_one_side_takes_the_article_s_main_enemy_as_the_other(pipeline):
    text = ("معارك في ريفي حماة وإدلب\n"
            "اندلعت اشتباكات أمس بين قوات النظام وفصائل المعارضة في مدينة مورك بريف حماة.\n"
            "ودارت اشتباكات عنيفة أمس في محيط مدينة جسر الشغور بريف إدلب تكبدت فيها قوات النظام خسائر كبيرة.")
    battles = [e for e in _events(pipeline, text) if e.event_type == "Battles"]
    assert len(battles) == 2
    assert all({e.actor1, e.actor2} == {"Military Forces of Syria", "Opposition Rebels (Syria)"} for e in battles)


def test_protesters_have_no_civilian_second_side(pipeline):
    ev = _one(pipeline, "تظاهر مئات من أهالي مدينة البصرة أمس احتجاجا على انقطاع الكهرباء")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor2 == ""


def test_a_capital_that_speaks_is_not_the_place_of_the_event(pipeline):
    text = "أعلنت دمشق أمس أن الطيران الروسي شن غارات على مواقع تنظيم داعش في ريف حمص الشرقي"
    ev = _one(pipeline, text, published=date(2016, 8, 16))
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.admin1 == "Homs" and ev.location != "Damascus"


def test_one_toll_for_the_battles_of_two_days_at_one_place_is_split_evenly(pipeline):
    """Codebook rule 4: the remainder goes to the earliest event."""
    text = ("معارك كر وفر على معمل الإسمنت في حلب\n"
            "تمكنت جبهة فتح الشام مساء الأحد من السيطرة على معمل إسمنت الشيخ سعيد جنوب حلب.\n"
            "ونجحت قوات النظام فجر أمس الإثنين في استعادة السيطرة على معمل إسمنت الشيخ سعيد.\n"
            "وقال المرصد إنه قضى خلال هذه المعارك في المعمل ومحيطه 35 مقاتلاً من المعارضة و18 عنصراً من قوات النظام.")
    evs = sorted((e for e in _events(pipeline, text, published=date(2016, 8, 16)) if e.event_type == "Battles"),
                 key=lambda e: e.event_date)
    assert [e.sub_event_type for e in evs] == ["Non-state actor overtakes territory", "Government regains territory"]
    assert [e.fatalities for e in evs] == [27, 26]


def test_a_town_freed_from_a_side_s_grip_is_no_arrest(pipeline):
    text = "حررت المقاومة الشعبية أمس مدينة الضالع من قبضة الحوثيين بعد معارك عنيفة"
    subs = [e.sub_event_type for e in _events(pipeline, text)]
    assert "Arrests" not in subs and subs == ["Non-state actor overtakes territory"]


def test_army_forces_with_a_clitic_resolve_by_the_country(pipeline):
    """"بقوات الجيش" in Iraq is Iraq's army, not the Libyan army of a Libya-only spelling."""
    ev = _one(pipeline, "اشتبك مسلحو تنظيم داعش أمس بقوات الجيش في مدينة الرمادي غرب العراق")
    assert {ev.actor1, ev.actor2} == {"Islamic State (Iraq)", "Military Forces of Iraq"}


def test_a_list_of_villages_is_one_event_at_each_with_the_toll_shared(pipeline):
    """Codebook rules 1 and 4: "قرى X وY وZ" gives an event per village; 5 dead → 3, 1, 1 (text order)."""
    text = ("قصف على ريف حماة\n"
            "قتل خمسة مدنيين أمس بقصف مدفعي لقوات النظام على قرى الحواش والعنكاوي وقسطون بسهل الغاب في ريف حماة.")
    evs = _events(pipeline, text)
    by_place = {e.location: e for e in evs}
    assert set(by_place) == {"Hawash", "Ankawi", "Qastun"}
    assert {e.sub_event_type for e in evs} == {"Shelling/artillery/missile attack"}
    assert [by_place[p].fatalities for p in ("Hawash", "Ankawi", "Qastun")] == [3, 1, 1]
    assert len({e.event_id for e in evs}) == 3


def test_a_list_of_provinces_stays_one_event(pipeline):
    """"في صعدة وحجة ومأرب" with no plural village word before it: one event at the first place."""
    evs = _events(pipeline, "غارات على اليمن\nقصفت قوات التحالف أمس مواقع الحوثيين في صعدة وحجة ومأرب.")
    assert [(e.sub_event_type, e.location) for e in evs] == [("Air/drone strike", "Sa'da")]


def test_the_battles_at_a_place_not_told_yet_are_a_new_event(pipeline):
    """"المعارك" with a place of its own that no event has yet is news, not a pointer back."""
    text = ("معارك في ريف دمشق\n"
            "اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في مدينة الزبداني. "
            "وتستمر المعارك منذ أمس في محيط مدينة درعا بين الطرفين.")
    assert sorted(e.location for e in _events(pipeline, text)) == ["Dar'a", "Zabadani"]
    same = ("معارك في ريف دمشق\n"
            "اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في مدينة الزبداني. "
            "وأسفرت المعارك عن مقتل ثلاثة عناصر من قوات النظام في الزبداني.")
    evs = _events(pipeline, same)
    assert [(e.location, e.fatalities) for e in evs] == [("Zabadani", 3)]


def test_air_strikes_on_a_province_are_not_folded_into_a_battle_at_one_of_its_towns(pipeline):
    """Remote violence joins a battle only at the same spot, not anywhere in its province."""
    text = ("معارك في مأرب\n"
            "اندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية والحوثيين في منطقة المخدرة بمحافظة مأرب. "
            "وشنت مقاتلات التحالف أمس غارات على مواقع الحوثيين في محافظة مأرب.")
    evs = _events(pipeline, text)
    assert sorted((e.sub_event_type, e.location) for e in evs) == [
        ("Air/drone strike", "Marib"), ("Armed clash", "Makhdara")]


def test_strikes_told_for_a_province_then_a_town_in_it_are_one_event_at_the_town(pipeline):
    text = ("غارات على مأرب\n"
            "شنت مقاتلات التحالف أمس غارات على مواقع الحوثيين في محافظة مأرب. "
            "ودمرت غارة منها آلية عسكرية للحوثيين في منطقة الجفينة.")
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, ev.location, ev.geo_precision) == ("Air/drone strike", "Jufaina", 2)


@pytest.mark.parametrize(("side", "where"), [("جنوب", ["Mahmudiya"]), ("شمال", ["Baghdad", "Mahmudiya"])])
def test_a_bombing_on_a_side_of_a_town_then_at_a_place_there_is_one_event_at_the_place(pipeline, side, where):
    """The next sentence tells where the bombing told south of Baghdad was (al-Mahmudiya lies south of
    it): one event there, with the toll told first. A place on another side is another event."""
    text = (f"قتل خمسة من رجال الشرطة أمس في هجوم انتحاري {side} بغداد. "
            "وقال مصدر أمني إن انتحاريا فجر سيارته المفخخة عند حاجز للشرطة في مدينة المحمودية.")
    evs = sorted(_events(pipeline, text), key=lambda e: e.location)
    assert [e.location for e in evs] == where
    assert all(e.sub_event_type == "Suicide bomb" for e in evs) and evs[0].fatalities == 6


def test_another_strike_is_not_the_strike_told_before(pipeline):
    """"غارة أخرى": another strike than the ones told before, with its own toll, at a district of the province
    they were told in (cue list another_event): two events, each with its toll."""
    text = ("شنت مقاتلات التحالف أمس غارات على مواقع الحوثيين في محافظة الحديدة أدت إلى مقتل 11 حوثيا. كما استهدفت "
            "غارة أخرى لطيران التحالف مزرعة يتجمع فيها الحوثيون في مديرية الدريهمي ما أسفر عن مقتل ثمانية حوثيين.")
    evs = _events(pipeline, text, published=date(2015, 8, 8))
    assert sorted((e.location, e.fatalities) for e in evs) == [("Al Hudaydah", 11), ("Durayhimi", 8)]


def test_a_bombing_and_a_shelling_told_by_sure_words_are_two_events(pipeline):
    """Mortars fired at a position and a bomb blown up in a building, at one place and day, each with
    its toll: two events, the second not the first told again (it names no place of its own)."""
    text = ("أطلق مقاتلو المقاومة أمس قذائف هاون على موقع للحوثيين في محافظة البيضاء ما أدى إلى مقتل تسعة "
            "متمردين. وفجر مقاتلو المقاومة عبوة ناسفة داخل مبنى يتخذه الحوثيون مقرا، ما تسبب في مقتل 14 متمردا.")
    evs = {e.sub_event_type: e.fatalities for e in _events(pipeline, text)}
    assert evs == {"Shelling/artillery/missile attack": 9, "Remote explosive/landmine/IED": 14}


@pytest.mark.parametrize(("text", "sub", "sides", "toll"), [
    # shelling that kills civilians
    ("معارك في تعز\nتحتدم المعارك أمس بين المقاومة الشعبية والحوثيين في مدينة تعز. وقصف الحوثيون أمس أحياء "
     "سكنية في مدينة تعز ما أدى إلى مقتل خمسة مدنيين.",
     "Shelling/artillery/missile attack", ("Ansar Allah", "Civilians (Yemen)"), 5),
    # a roadside bomb told by sure words, with its own toll in its sentence
    ("اندلعت اشتباكات عنيفة أمس بين قوات الجيش العراقي ومسلحي تنظيم داعش في مدينة الرمادي. وانفجرت عبوة ناسفة "
     "زرعها مسلحو التنظيم بعربة للجيش في مدينة الرمادي ما أسفر عن مقتل أربعة جنود.",
     "Remote explosive/landmine/IED", ("Islamic State (Iraq)", "Military Forces of Iraq"), 4),
])
def test_remote_violence_beside_a_battle_with_a_toll_of_its_own_is_an_event_of_its_own(pipeline, text, sub, sides,
                                                                                        toll):
    """Shelling or bombs at the place and day of a battle are the battle's, unless they killed civilians
    or a bomb's sentence tells its own toll: an event of its own, the battle with no toll."""
    evs = {e.sub_event_type: e for e in _events(pipeline, text)}
    assert set(evs) == {"Armed clash", sub}
    assert ((evs[sub].actor1, evs[sub].actor2), evs[sub].fatalities) == (sides, toll)
    assert evs["Armed clash"].fatalities == 0


def test_civilians_wounded_after_the_clause_of_a_shelling_are_its_target(pipeline):
    """The shelling's clause names only who shelled; the clause after it counts civilians among the
    wounded: they are the side struck (codebook rule 5). Fighters counted there are not civilians."""
    text = ("قصف على ريف حمص\n"
            "جددت قوات النظام أمس قصفها، بقذائف الهاون، على مدينة تلبيسة، ما أسفر عن إصابة العديد من "
            "المدنيين بجروح.")
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)")
    assert ev.evidence["actor2"][0]["text"] == "المدنيين"
    text = ("قصف على ريف حمص\n"
            "جددت قوات النظام أمس قصفها، بقذائف الهاون، على مدينة تلبيسة، ما أسفر عن إصابة عدد من "
            "مقاتلي المعارضة.")
    assert _one(pipeline, text).actor2 != "Civilians (Syria)"


def test_gunmen_who_shot_civilians_dead_attacked_them(pipeline):
    """"بنيران مسلحين": the gunmen fired, though a death word stands right before their name."""
    ev = _one(pipeline, "ولقي مدرس وزوجته مصرعهما أمس بنيران مسلحين مجهولين في قضاء المدائن جنوبي بغداد.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", 2)


def test_a_weak_frame_at_a_place_of_its_own_is_not_folded_into_the_strong_one_beside_it(pipeline):
    text = ("مداهمات في سيناء\n"
            "شنت قوات الأمن المصرية أمس حملة دهم واسعة في مدينة العريش واعتقلت عشرة مشتبه بهم. "
            "في المقابل، لقي أمين شرطة من قوة مركز أبوحماد بمحافظة الشرقية مصرعه أمس إثر قيام "
            "مجهولين بإطلاق النار عليه.")
    evs = {e.sub_event_type: e for e in _events(pipeline, text)}
    assert set(evs) == {"Arrests", "Armed clash"}
    clash = evs["Armed clash"]
    assert (clash.location, clash.fatalities) == ("Abu Hammad", 1)
    assert {clash.actor1, clash.actor2} == {"Unidentified Armed Group (Egypt)", "Police Forces of Egypt"}
    assert evs["Arrests"].location == "Arish"


@pytest.mark.parametrize("text", [
    "هجوم في بغداد\nأفادت الشرطة بأن ثلاثة أشخاص قتلوا اليوم في هجوم في بغداد.",
    "هجوم في بغداد\nوقالت الشرطة إن ثلاثة أشخاص قتلوا اليوم في هجوم مسلح في بغداد.",
])
def test_the_police_who_told_of_people_killed_did_not_kill_them(pipeline, text):
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")


def test_military_officials_who_told_of_soldiers_killed_are_no_side(pipeline):
    ev = _one(pipeline, "قتال في بنغازي\nوقال مسعفون ومسؤولون عسكريون إن عشرة جنود ليبيين قتلوا أمس خلال "
                        "قتال في مدينة بنغازي.", published=date(2015, 8, 9))
    assert ev.actor1 == "Unidentified Armed Group (Libya)" and ev.actor2.startswith("Military Forces of Libya")
    assert ev.fatalities == 10


def test_a_force_that_told_of_its_own_kills_is_still_the_side(pipeline):
    for text in ("اشتباكات في بيجي\nأعلن الجيش العراقي أنه قتل 20 من عناصر داعش في بيجي.",
                 "اشتباكات في بيجي\nقال الجيش العراقي إن قواته قتلت 20 من عناصر داعش في بيجي.",
                 "اشتباكات في بيجي\nوأوضحت قيادة العمليات المشتركة أن 20 عنصرا من داعش قتلوا في بيجي."):
        ev = _one(pipeline, text, published=date(2015, 8, 9))
        assert (ev.actor1, ev.actor2) == ("Military Forces of Iraq", "Islamic State (Iraq)"), text


def test_fighters_who_lay_in_ambush_for_crews_fought_them(pipeline):
    """"كمنوا لأطقم تابعة للمتمردين": the verb of lying in ambush is a clash, the crews ("أطقم") the side
    struck."""
    ev = _one(pipeline, "كمين في مقبنة\nوقال مصدر في المقاومة إن الثوار كمنوا أمس لأطقم تابعة للمتمردين "
                        "الحوثيين في مديرية مقبنة بتعز، ما أسفر عن مصرع 14 منهم.", published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location, ev.fatalities) == (
        "Armed clash", "Popular Resistance", "Ansar Allah", "Maqbanah", 14)


def test_fighters_named_before_a_plural_verb_of_taking_took_the_ground(pipeline):
    ev = _one(pipeline, "تقدم في عدن\nوقالت مصادر أمنية إن مقاتلي “المقاومة الشعبية” سيطروا أمس على منطقة "
                        "البساتين شمال مدينة عدن.", published=date(2015, 7, 30))
    assert (ev.sub_event_type, ev.actor1) == ("Non-state actor overtakes territory", "Popular Resistance")


def test_a_person_shot_dead_by_gunmen_is_a_civilian_attacked(pipeline):
    """"مقتل شخص في هجوم شنه عليه مسلحون": no armed side was struck, the person was a civilian."""
    ev = _one(pipeline, "هجوم في كركوك\nوأفاد مصدر أمني بمقتل شخص في هجوم شنه عليه مسلحون مجهولون "
                        "قرب مدينة كركوك.", published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", 1)


def test_an_event_word_inside_a_quoted_name_tells_no_event(pipeline):
    text = "مخيمات للتدريب\nافتتحت كتائب القسام أمس مخيمات للتدريب تحمل اسم \"طلائع التحرير\" في قطاع غزة."
    assert _events(pipeline, text, published=date(2015, 8, 9)) == []
    # the same words told plainly are news
    told = _events(pipeline, "تحرير في غزة\nأعلنت كتائب القسام أمس تحرير مواقع في قطاع غزة.", published=date(2015, 8, 9))
    assert [e.sub_event_type for e in told] == ["Non-state actor overtakes territory"]


def test_a_weak_frame_placed_in_its_own_sentence_at_another_quarter_keeps_off_the_next_bombing(pipeline):
    """The dead of a blast told with no sure word at one quarter are not the toll of the bombing told
    next at another quarter of the town (each place named in its own sentence)."""
    text = ("حوادث أمنية متفرقة في العراق\n"
            "وأفاد مصدر أمني بأن ثلاثة أشخاص قتلوا، بينما أصيب خمسة آخرون في انفجارقرب محال تجارية في "
            "منطقة الكرادة وسط بغداد.\n"
            "وأضاف المصدر أن الانفجار بعبوة ناسفة قرب مسجد في منطقة الشعب شمال بغداد أدى إلى مقتل شخص "
            "وإصابة ستة آخرين.")
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.location, ev.fatalities) == (
        "Remote explosive/landmine/IED", "Baghdad - Shaab", 1)


def test_a_clause_that_goes_on_at_another_town_is_an_event_there_too(pipeline):
    """", ومناطق أخرى في بلدة سراقب" has no trigger of its own: it goes on with the strike before it."""
    text = ("قصف على ريف إدلب\n"
            "قصف الطيران المروحي أمس بالبراميل المتفجرة مناطق في بلدة تفتناز، ومناطق أخرى في بلدة سراقب بريف إدلب.")
    evs = _events(pipeline, text)
    assert sorted((e.sub_event_type, e.location) for e in evs) == [
        ("Air/drone strike", "Saraqib"), ("Air/drone strike", "Taftanaz")]
    for e in evs:
        assert e.evidence["sub_event_type"][0]["text"] in ("الطيران", "قصف")
    said = _events(pipeline, "قصف على ريف إدلب\nقصف الطيران المروحي أمس مناطق في بلدة تفتناز، "
                             "لكن السكان في مدينة سراقب لم يسمعوا شيئا.")
    assert [e.location for e in said] == ["Taftanaz"]


@pytest.mark.parametrize("text", [
    # names joined by "و" are one side; the headline repeats the event
    "الجيش يستعيد مدينة زنجبار\nتمكنت المقاومة الشعبية وقوات الجيش الوطني أمس من استعادة مدينة زنجبار "
    "عاصمة محافظة أبين من مسلحي الحوثي بعد معارك استمرت يومين.",
    # a state force named beside the militia that took the place
    "سيطرت المقاومة الشعبية بمساندة قوات الجيش الوطني أمس على منطقة دوفس في محافظة أبين بعد طرد مسلحي "
    "الحوثي منها.",
])
def test_the_state_force_leads_the_side_of_its_militia(pipeline, text):
    evs = [e for e in _events(pipeline, text, published=date(2015, 8, 10)) if e.event_type == "Battles"]
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.sub_event_type, ev.event_date) == ("Government regains territory", "2015-08-09")
    assert ev.actor1 == "Military Forces of Yemen (2012-) Hadi Government"
    assert ev.assoc_actor_1 == ["Popular Resistance"]
    assert ev.actor2 == "Ansar Allah"


def test_the_aircraft_that_struck_stay_the_actor_beside_a_state_ally(pipeline):
    text = "شن طيران التحالف العربي أمس غارات على مواقع الحوثيين في مدينة مأرب دعما لقوات الجيش الوطني."
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 == "Military Forces of Saudi Arabia"
    assert ev.actor2 == "Ansar Allah"


def test_a_defused_bomb_is_disrupted_weapons_use_by_the_forces_that_defused_it(pipeline):
    text = "وأبطلت قوات الأمن مفعول عبوة ناسفة زرعها مجهولون قرب قسم شرطة في مدينة العريش أمس."
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.actor1 == "Police Forces of Egypt"
    assert ev.location == "Arish"
    # bombs cleared, a hedged count between the word of clearing and the bombs
    ev = _one(pipeline, "تمكنت القوات العراقية من إزالة أكثر من 450 عبوة ناسفة شرق مدينة الرمادي.",
              published=date(2015, 8, 1))
    assert (ev.sub_event_type, ev.actor1) == ("Disrupted weapons use", "Military Forces of Iraq")


def test_a_bomb_found_at_the_scene_is_at_the_place_of_the_blast(pipeline):
    text = ("انفجار في الفيوم\n"
            "قتل شرطي أمس في انفجار عبوة ناسفة أمام محكمة في مدينة الفيوم. "
            "وأبطلت قوات الأمن مفعول عبوة أخرى عثر عليها بمكان الحادث.")
    evs = _events(pipeline, text, published=date(2015, 8, 10))
    disrupted = [e for e in evs if e.sub_event_type == "Disrupted weapons use"]
    assert len(disrupted) == 1 and disrupted[0].location == "Fayyum"


def test_two_strikes_told_in_adjacent_clauses_at_two_towns_are_two_events(pipeline):
    text = ("شن الطيران الحربي أمس غارة على مشفى في مدينة سراقب، واستهدفت غارة أخرى مشفى "
            "في بلدة كفرنبل بريف إدلب.")
    evs = [e for e in _events(pipeline, text, published=date(2015, 8, 10)) if e.sub_event_type == "Air/drone strike"]
    assert sorted(e.location for e in evs) == ["Kafranbel", "Saraqib"]


@pytest.mark.parametrize("text", [
    "قضت محكمة جنايات القاهرة أمس بالحكم بالإعدام على سبعة متهمين في قضية اقتحام قسم شرطة.",
    "قررت محكمة الجنايات أمس إحالة أوراق ستة متهمين إلى المفتي لإبداء الرأي الشرعي في إعدامهم.",
    "تفجير المسجد\nويمثل أمام المحكمة 29 متهما في التفجير الانتحاري الذي تعرض له المسجد في منطقة الصوابر "
    "بالكويت العاصمة خلال صلاة الجمعة.",
    "أشاد قائد الجيش أمس بالأبطال الذين حرروا مدينة بنغازي من الإرهاب قبل عامين.",
])
def test_a_death_sentence_or_praise_of_heroes_is_no_event(pipeline, text):
    assert _events(pipeline, text, published=date(2015, 8, 10)) == []


def test_a_trigger_word_inside_a_place_name_of_several_words_is_no_trigger():
    from marsad.events.assemble import EventExtractor

    text = "وفي بغداد خرج مئات الشبان مساء أمس، في ساحة التحرير ببغداد، للمطالبة بتحسين الخدمات."
    ex = EventExtractor.build()
    drafts = ex.drafts(ex.context(Article(id="t", text=text, published=date(2015, 8, 1), outlet="test")))
    assert not [d for d in drafts if d.event_type == "Battles"]  # "التحرير" of the square is no taking


def test_a_battle_told_once_from_each_side_is_one_event(pipeline):
    # one sentence names the army, the next the Houthis: one battle at one place and day
    text = ("سيطرت قوات الجيش الوطني أمس على مدينة زنجبار عاصمة محافظة أبين. وقال شهود إن مسلحي "
            "الحوثي خاضوا معارك عنيفة في زنجبار أمس قبل انسحابهم.")
    evs = _events(pipeline, text, published=date(2015, 8, 10))
    assert len(evs) == 1
    assert (evs[0].actor1, evs[0].actor2) == ("Military Forces of Yemen (2012-) Hadi Government", "Ansar Allah")


def test_an_ally_on_the_other_side_keeps_two_events_apart(pipeline):
    # the army shells, and the rebels shell the army's militia: allies, but on opposite sides
    text = ("قصفت قوات النظام أمس بلدة جباتا الخشب في ريف القنيطرة. وفي القنيطرة أيضا قصفت الفصائل "
            "المعارضة أمس مواقع لقوات الدفاع الوطني في مدينة البعث.")
    evs = _events(pipeline, text, published=date(2015, 8, 10))
    assert sorted(e.actor1 for e in evs) == ["Military Forces of Syria", "Opposition Rebels (Syria)"]


def test_armed_men_attacking_civilians_is_an_attack_not_a_clash(pipeline):
    ev = _one(pipeline, "قتل 16 مدنيا أمس في هجوم شنته جماعة بوكو حرام على قرية بولاية يوبي شمال شرق نيجيريا.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Attack", "Boko Haram", "Civilians (Nigeria)")
    assert ev.fatalities == 16


def test_a_strike_and_a_bomb_by_allies_at_one_place_are_two_events(pipeline):
    # allies are one side of a battle, but an air strike and a bomb are each the act of their author
    text = ("شن طيران التحالف غارات جوية أمس على منطقة المسراخ بمحافظة تعز. وفي المسراخ أيضا فجرت "
            "المقاومة الشعبية أمس عبوة ناسفة.")
    evs = _events(pipeline, text, published=date(2015, 8, 10))
    assert sorted(e.sub_event_type for e in evs) == ["Air/drone strike", "Remote explosive/landmine/IED"]


def test_a_vague_period_in_another_clause_does_not_date_the_event(pipeline):
    # "خلال هذا الأسبوع" counts raids over the week; the raid told is of the publication day
    text = ("قصف الطيران الحربي مشفى في مدينة سراقب بريف إدلب، وهي الغارة الثالثة على المشفى "
            "خلال هذا الأسبوع.")
    ev = _one(pipeline, text, published=date(2016, 3, 10))
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.event_date == "2016-03-10"


def test_an_event_told_in_a_witness_quote_is_at_the_place_the_witness_names(pipeline):
    text = ('وقال ناشط إعلامي من المنطقة إن "الطيران الحربي شن غارات على بلدة كفرنبل بريف إدلب، '
            'مخلفا أربعة قتلى من المدنيين".')
    ev = _one(pipeline, text)
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.location_ar == "كفرنبل" and ev.location == "Kafranbel"
    assert ev.fatalities == 4


def test_a_town_that_undergoes_shelling_a_few_words_before_it_is_shelled(pipeline):
    # "تعرضت بلدتا X وY ... لقصف": the verb of undergoing stands before the subject, not next to
    # "لقصف"; both towns of the list are hit, the one the gazetteer lacks near the other
    text = "وتعرضت بلدتا قسطون والحويجة في سهل الغاب بريف حماة لقصف جوي عنيف أمس."
    evs = _events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"] * 2
    assert sorted(e.location_ar for e in evs) == ["الحويجة", "قسطون"]


def test_a_purpose_is_still_no_event(pipeline):
    assert _events(pipeline, "وقال المتحدث إن القوات تستعد لقصف مواقع المسلحين في البلدة.") == []


@pytest.mark.parametrize("text", [
    "وقال شيخ قبلي إن ألوية تحركت أمس من مدينة عتق لدعم المقاومة الشعبية وتحرير مدينة بيحان من الحوثيين.",
    "وأشار القائد إلى أنهم سينتقلون بعدها لملاحقة المسلحين وطرد الحوثيين من مديرية لودر.",
    # the aim with the pronoun of what it aims at
    "وتواصل القوات العراقية حصار مباني الجامعة جنوب مدينة الرمادي تمهيدا لاقتحامها وتحريرها.",
])
def test_an_event_word_joined_to_an_aim_is_an_aim_too(pipeline, text):
    assert _events(pipeline, text, published=date(2015, 8, 7)) == []


def test_the_side_named_after_ala_yad_is_the_one_that_acted(pipeline):
    # "على يد X": X did it (the role cues of cues.yaml are read in normalised form: على → علي)
    ev = _one(pipeline, "قتل ثلاثة جنود عراقيين على يد مسلحي تنظيم داعش في هجوم على حاجز في مدينة الرمادي.")
    assert ev.actor1 == "Islamic State (Iraq)" and ev.actor2 == "Military Forces of Iraq"
    assert ev.fatalities == 3


@pytest.mark.parametrize("text, actor1, actor2", [
    # men "belonging to" a side after a word that makes it the one that acts ("قيام"، "برصاص"): the side acted
    ("خطف في حلب\nأعلنت مصادر قيام عناصر تابعة لجبهة النصرة بخطف قائد الفرقة 30 في ريف حلب الشمالي أمس.",
     "Jabhat al-Nusra", "Division 30"),
    ("مقتل شاب\nقتل شاب برصاص عناصر تابعة لقوات النظام في مدينة درعا أمس.", "Military Forces of Syria",
     "Civilians (Syria)"),
    # a young man or a girl killed is a civilian: a bare "قتل" names the victims it attacked
    ("قتل شاب على يد مسلحين في تعز\nقتل شاب على يد مسلحين في مدينة تعز أمس.", "Unidentified Armed Group (Yemen)",
     "Civilians (Yemen)"),
    ("مقتل فتاة\nقتلت فتاة برصاص قناص تابع لقوات النظام في حي الوعر بمدينة حمص أمس.", "Military Forces of Syria",
     "Civilians (Syria)"),
])
def test_the_side_men_belong_to_acted_and_a_young_man_killed_is_a_civilian(pipeline, text, actor1, actor2):
    ev = _one(pipeline, text)
    assert (ev.actor1, ev.actor2) == (actor1, actor2)
    assert ev.fatalities == (0 if "خطف" in text else 1)


@pytest.mark.parametrize("text, actor1, actor2", [
    # the dead of two sides counted in a fight no side is said to start: the two sides that fought
    ("معارك في درنة\nقتل 7 من عناصر تنظيم داعش و3 من مقاتلي مجلس شورى مجاهدي درنة في اشتباكات اندلعت بين "
     "الطرفين في حي الفتائح بمدينة درنة.", "Islamic State (Libya)", "Mujahideen Shura Council of Derna"),
    ("اشتباكات في العريش\nقتل 5 جنود و8 مسلحين في اشتباكات في مدينة العريش أمس.", "Military Forces of Egypt",
     "Unidentified Armed Group (Egypt)"),
])
def test_two_sides_whose_dead_are_counted_in_a_fight_fought_each_other(pipeline, text, actor1, actor2):
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", actor1, actor2)
    assert ev.fatalities == (10 if "درنة" in text else 13)


def test_allies_whose_dead_are_counted_are_no_two_sides(pipeline):
    # the army and the Popular Mobilization fight beside each other (allies.tsv): not one against the other
    ev = _one(pipeline, "اشتباكات في بيجي\nقتل 7 جنود و3 من عناصر الحشد الشعبي في اشتباكات في مدينة بيجي أمس.",
              published=date(2015, 8, 9))
    assert "Military Forces of Iraq" in (ev.actor1, ev.actor2)
    assert "Popular Mobilization Forces" not in (ev.actor1, ev.actor2)


def test_a_protest_that_turns_violent_is_one_riot_by_rioters(pipeline):
    text = ("تظاهر مئات من أنصار الحزب في مدينة ديار بكر أمس. واستخدمت الشرطة الغاز المسيل للدموع "
            "لتفريق المتظاهرين الذين رشقوا عناصرها بالحجارة والزجاجات الحارقة.")
    ev = _one(pipeline, text)
    assert ev.event_type == "Riots" and ev.sub_event_type == "Violent demonstration"
    assert ev.actor1 == "Rioters (Turkey)" and ev.inter1 == 5


def test_a_crowd_that_threw_stones_rioted_against_the_forces_that_fired_to_disperse_it(pipeline):
    text = ("احتجاجات في البصرة\nخرج مئات المحتجين في مدينة البصرة للاحتجاج على انقطاع الكهرباء، ورشقوا مبنى "
            "المحافظة بالحجارة، فيما أطلقت قوات الأمن النار في الهواء لتفريقهم.")
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq")


def test_riot_police_dispersing_a_sit_in_is_no_riot(pipeline):
    text = "فرقت شرطة مكافحة الشغب اعتصاما سلميا أمام مبنى البرلمان في العاصمة بغداد أمس."
    ev = _one(pipeline, text)
    assert ev.event_type == "Protests", ev.sub_event_type


def test_a_trigger_word_inside_a_group_name_is_no_trigger(pipeline):
    # "تحرير" of "هيئة تحرير الشام" frees no town; the attack whose outcome is a toll is the event
    text = ("وأعلنت هيئة تحرير الشام مسؤوليتها عن الهجوم على حاجز لقوات النظام في ريف حماة الشمالي، "
            "ما أدى إلى مقتل خمسة جنود.")
    ev = _one(pipeline, text, published=date(2018, 3, 10))
    assert ev.event_type == "Battles" and ev.sub_event_type == "Armed clash"
    assert ev.actor1 == "Hayat Tahrir al-Sham" and ev.fatalities == 5


def test_clashes_that_go_on_are_news_not_a_pointer_back(pipeline):
    text = ("اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في حي جوبر بدمشق. "
            "وقصفت مروحيات النظام مدينة الزبداني بعشرين برميلا متفجرا، بالتزامن مع تواصل الاشتباكات "
            "في المدينة بين قوات النظام وحزب الله من جهة والفصائل المعارضة من جهة أخرى.")
    battles = {e.location_ar for e in _events(pipeline, text) if e.event_type == "Battles"}
    assert "الزبداني" in battles, battles


def test_a_date_long_past_dates_its_own_sentence_only(pipeline):
    text = ("وأفرج عن قائد المجموعة في الثامن من مايو من أحد سجون إسطنبول. "
            "وقتل أربعة عناصر من الشرطة في انفجار عبوة ناسفة وضعت بجانب طريق في منطقة سيلوبي بمحافظة شرناك.")
    ev = _one(pipeline, text, published=date(2015, 8, 11))
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.event_date == "2015-08-11" and ev.fatalities == 4


def test_a_denied_arrest_and_a_hostage_taking_are_no_arrests(pipeline):
    denied = "وشككت وزارة الدفاع الأمريكية في التقرير نافية أسر أو اعتقال أي من أفراد الفرقة 30 في بلدة أعزاز."
    assert _events(pipeline, denied) == []
    hostages = "قتل 12 شخصاً، بينهم خمسة عسكريين، في عملية احتجاز الرهائن في فندق في مدينة سيفاري في وسط مالي."
    ev = _one(pipeline, hostages)
    # (the hostage takers killed soldiers on duty: an Armed clash with the army, not an arrest)
    assert ev.sub_event_type == "Armed clash" and ev.fatalities == 12


@pytest.mark.parametrize("text", [
    "وتشهد أطراف مدينة الضالع مواجهات مسلحة بين الحوثيين والمقاومة الشعبية، وهي المدينة التي حررتها المقاومة الشعبية منهم.",
    "وقال المصدر إن الجنود ينتمون إلى لواء في صنعاء بضغط من المتمردين الحوثيين الذين سيطروا على مناطق واسعة في اليمن.",
])
def test_a_taking_told_in_a_relative_clause_is_no_taking(pipeline, text):
    subs = [e.sub_event_type for e in _events(pipeline, text)]
    assert not any("territory" in s for s in subs), subs


def test_the_plo_and_the_extent_of_control_take_no_ground(pipeline):
    text = ("وندد عضو اللجنة التنفيذية في منظمة التحرير الفلسطينية في رام الله بتوسيع الاحتلال رقعة "
            "سيطرته على الأراضي في الضفة الغربية.")
    assert _events(pipeline, text) == []


def test_an_armed_group_that_detains_abducts_and_the_police_arrest(pipeline):
    ev = _one(pipeline, "وكانت جبهة النصرة اعتقلت ثمانية مقاتلين من الفرقة 30 قرب مدينة أعزاز في ريف حلب الشمالي أمس.")
    assert ev.sub_event_type == "Abduction/forced disappearance" and ev.actor1 == "Jabhat al-Nusra"
    ev = _one(pipeline, "اعتقلت الشرطة خمسة من عناصر تنظيم داعش في مدينة الرمادي أمس.")
    assert ev.sub_event_type == "Arrests" and ev.actor1 == "Police Forces of Iraq"
    assert ev.actor2 == "Islamic State (Iraq)"


def test_a_peaceful_protest_has_no_second_side(pipeline):
    text = "تظاهر مئات الفلسطينيين في مدينة الخليل أمس احتجاجا على اعتداءات الاحتلال الإسرائيلي والمستوطنين."
    ev = _one(pipeline, text)
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor2 == "" and ev.actor2_ar == "" and "actor2" not in ev.evidence


def test_the_day_of_a_statement_does_not_date_the_events_told_after_it(pipeline):
    text = ("أعلنت فصائل المعارضة في بيان أصدرته أمس بدء معركة جديدة في ريف حماة.\n"
            "ودارت اشتباكات عنيفة بين قوات النظام والفصائل الإسلامية في بلدة اللطامنة.")
    ev = _one(pipeline, text, published=date(2015, 8, 8))
    assert ev.sub_event_type == "Armed clash"
    assert ev.event_date == "2015-08-08"  # no date word: the publication date, not the statement's
    dated = _one(pipeline, "ودارت أمس اشتباكات عنيفة بين قوات النظام والفصائل الإسلامية في بلدة اللطامنة.",
                 published=date(2015, 8, 8))
    assert dated.event_date == "2015-08-07"


def test_two_villages_the_gazetteer_lacks_are_two_events(pipeline):
    text = ("قصف الطيران المروحي التابع للنظام بالبراميل المتفجرة قرية الكريزات في ريف اللاذقية أمس، "
            "كما ألقى براميل متفجرة على قرية الحمبوشية القريبة.")
    evs = _events(pipeline, text)
    assert sorted(e.location_ar for e in evs) == ["الحمبوشية", "الكريزات"], [(e.location, e.location_ar) for e in evs]
    assert all(e.sub_event_type == "Air/drone strike" for e in evs)


def test_who_told_the_news_is_no_side_and_the_side_struck_beats_the_persons_counted(pipeline):
    ev = _one(pipeline, "وأفاد مصدر في قوات البيشمركة الكردية أمس بمقتل 18 من عناصر البيشمركة بقصف "
                        "للصواريخ على قضاء مخمور شرق الموصل.", published=date(2015, 8, 6))
    assert ev.actor2.endswith("Peshmerga") and "Peshmerga" not in ev.actor1
    ev = _one(pipeline, "قتل ستة أشخاص أمس في عملية انتحارية نفذتها طالبان واستهدفت مركزا للشرطة في "
                        "مدينة بولي علم عاصمة ولاية لوجار.", published=date(2015, 8, 6))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Suicide bomb", "Taliban", "Police Forces of Afghanistan")
    assert ev.fatalities == 7  # the six persons and the bomber (codebook rule 4)


def test_a_toll_belongs_to_one_event_of_its_sentence(pipeline):
    text = ("وشنت مقاتلات التحالف غارات عنيفة على مواقع الحوثيين في مدينة دمت، فيما سيطر الثوار على "
            "مديرية قعطبة وتمكنوا من قتل 66 حوثيا خلال المواجهات.")
    evs = {e.location: e for e in _events(pipeline, text, published=date(2015, 8, 9))}
    assert evs["Qatabah"].fatalities == 66
    assert evs["Damt"].sub_event_type == "Air/drone strike" and evs["Damt"].fatalities == 0


def test_an_attack_of_the_past_told_again_without_a_date_is_no_new_event(pipeline):
    text = ("أكدت الشرطة البريطانية اليوم وجود صلة بين الهجوم المتطرف على متحف باردو في تونس في 18 مارس، "
            "والذي استهدف فندقا في مرسى القنطاوي قرب سوسة.\n"
            "وقال رئيس خلية مكافحة الإرهاب إن الهجوم على متحف باردو الذي خلف 22 قتيلا مرتبط بهجوم سوسة "
            "الذي أسفر عن مقتل 38 سائحا.\n"
            "وكانت الجبهة تبنت تفجيرا انتحاريا عند السفارة الأمريكية في أنقرة عام 2013.")
    assert _events(pipeline, text, published=date(2015, 8, 5)) == []
    # a fresh event dated in its own sentence at such a place is news
    fresh = _events(pipeline, "انفجرت عبوة ناسفة اليوم قرب متحف باردو في تونس.", published=date(2015, 8, 5))
    assert [e.sub_event_type for e in fresh] == ["Remote explosive/landmine/IED"]


def test_fighting_that_flares_from_time_to_time_is_no_event(pipeline):
    told = "تدور اشتباكات بين الجماعتين في منطقة سراقب بريف إدلب"
    assert [e.location for e in _events(pipeline, told)] == ["Saraqib"]
    habitual = "تدور اشتباكات من حين لآخر بين الجماعتين في منطقة سراقب بريف إدلب"
    assert _events(pipeline, habitual) == []


@pytest.mark.parametrize("place,location,location_ar", [
    ("بلدة أسد آباد", "Asadabad", "أسد آباد"),
    ("منطقة (غاروكي)", "Afghanistan", "غاروكي"),  # a place the gazetteer lacks: its own Arabic name
])
def test_a_strike_whose_clause_names_only_a_foreign_country_takes_the_place_named_later(
        pipeline, place, location, location_ar):
    """The clause of the strike names only Pakistan (beside the border); the place where it hit is
    named further on in the sentence."""
    ev = _one(pipeline, "قتل 30 مسلحا من طالبان في غارات جوية نفذتها طائرات أميركية قرب الحدود مع باكستان، "
                        f"بينما كانوا مجتمعين في {place} شرق أفغانستان")
    assert ev.sub_event_type == "Air/drone strike"
    assert (ev.location, ev.location_ar, ev.country) == (location, location_ar, "Afghanistan")


def test_the_area_named_before_its_town_is_the_place(pipeline):
    """"بمنطقة باب المندب بمدينة تعز": the area, not the town named to say where it lies (and باب
    is no month آب)."""
    ev = _one(pipeline, "وقالت مصادر محلية إن غارات جوية نفذتها طائرات التحالف أمس على معسكر للحوثيين "
                        "بمنطقة باب المندب بمدينة تعز جنوب غرب اليمن")
    assert (ev.sub_event_type, ev.location, ev.event_date) == ("Air/drone strike", "Bab al-Mandab", "2015-08-03")


@pytest.mark.parametrize("text,location", [
    ("وقالت مصادر محلية في مديرية المخا إن طائرات التحالف شنت أمس غارات جوية على معسكر للحوثيين "
     "في منطقة باب المندب", "Bab al-Mandab"),
    ("وقالت مصادر في تعز إن الحوثيين قصفوا أمس مستشفى الثورة العام في المدينة", "Al-Thawra hospital (Taiz)"),
    ("وقالت مصادر محلية في مدينة تعز إن الحوثيين قصفوا أمس أحياء سكنية بالمدفعية", "Taiz"),
])
def test_the_place_of_the_sources_is_the_event_s_only_when_no_other_is_named(pipeline, text, location):
    ev = _one(pipeline, text)
    assert ev.location == location


def test_a_town_named_by_its_noun_alone_is_the_town_named_before(pipeline):
    """"على المدينة الواقعة في ريف إدلب": the town of the sentence before, not the province named
    to say where it lies."""
    evs = _events(pipeline, "قالت مصادر محلية إن فصائل المعارضة دخلت أمس مدينة سراقب.\n"
                            "وأضافت أن الطيران الحربي شن بعد ساعات غارات جوية على المدينة الواقعة في ريف إدلب الشرقي")
    strikes = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert [e.location for e in strikes] == ["Saraqib"]


def test_the_noun_of_a_town_after_a_province_stands_for_no_town(pipeline):
    """The last place named before "المدينة" is a province: which town is meant is not known, and
    the strike is not put in a town named further back."""
    evs = _events(pipeline, "قالت مصادر محلية إن فصائل المعارضة دخلت أمس مدينة سراقب.\n"
                            "وفي محافظة حماة شن الطيران الحربي غارات جوية.\n"
                            "وقال ناشطون إن الطيران قصف أيضا أحياء المدينة")
    assert "Saraqib" not in [e.location for e in evs if e.sub_event_type == "Air/drone strike"]


def test_where_a_place_the_gazetteer_lacks_lies_is_the_event_s_place(pipeline):
    ev = _one(pipeline, "قصف طيران التحالف أمس مزرعة خاصة تتجمع فيها عناصر الحوثيين الواقعة شمال غرب "
                        "مديرية الدريهمي بمحافظة الحديدة")
    assert (ev.sub_event_type, ev.location) == ("Air/drone strike", "Durayhimi")


def test_a_day_of_the_sentence_beats_a_vague_week_of_the_clause(pipeline):
    """"في الأيام القليلة الماضية" dates what was lost before; the clash is of Sunday dawn."""
    ev = _one(pipeline, "حاولت قوات النظام فجر الأحد التقدم في مدينة داريا لاستعادة مواقع خسرتها في الأيام "
                        "القليلة الماضية لتندلع إثر ذلك مواجهات عنيفة مع فصائل المعارضة",
              published=date(2015, 8, 10))
    assert (ev.sub_event_type, ev.event_date) == ("Armed clash", "2015-08-09")


def test_a_month_past_of_the_clause_is_not_replaced_by_yesterday(pipeline):
    evs = _events(pipeline, "زار رئيس الوزراء أمس موقعا عسكريا قرب مكان قتل فيه جندي في اشتباكات مع تنظيم "
                            "داعش الشهر الماضي", published=date(2015, 8, 10))
    assert all(e.event_date != "2015-08-09" for e in evs), [(e.sub_event_type, e.event_date) for e in evs]


def test_explosions_feared_are_no_event(pipeline):
    evs = _events(pipeline, "وقال ناشطون إن سكان مدينة اللاذقية يعيشون حالة خوف من سقوط الصواريخ أو حدوث انفجارات")
    assert evs == [], [(e.sub_event_type, e.location) for e in evs]


def test_what_was_only_tried_gives_way_to_what_happened(pipeline):
    """The abductions were only tried; the clash they set off is the event (codebook rule 2)."""
    ev = _one(pipeline, "وفي مديرية أرحب اندلعت مواجهات عنيفة أمس عقب محاولة مسلحين حوثيين تنفيذ حملة "
                        "اختطافات لأبناء المنطقة أسفرت عن مقتل 9 من الحوثيين")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 9)


def test_a_failed_advance_is_still_a_clash(pipeline):
    ev = _one(pipeline, "تصدت فصائل المعارضة أمس لمحاولة تقدم لقوات النظام في مدينة الزبداني")
    assert ev.sub_event_type == "Armed clash"


def test_the_martyrs_of_a_strike_that_names_no_target_are_civilians(pipeline):
    ev = _one(pipeline, "شن الطيران الحربي التابع لقوات النظام أمس غارات على بلدة سراقب بريف إدلب، مخلفا "
                        "خمسة شهداء وعشرات الجرحى")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Air/drone strike", "Civilians (Syria)", 5)


def test_an_operation_named_for_a_martyr_strikes_no_civilians(pipeline):
    evs = _events(pipeline, "وأضاف أن عملية الشهيد سالم بدأت أمس بقصف مواقع المسلحين بالمدفعية الثقيلة في "
                            "منطقة الصابري بمدينة بنغازي")
    assert evs and all(not e.actor2.startswith("Civilians") for e in evs), [(e.sub_event_type, e.actor2) for e in evs]


def test_the_terrorists_of_a_report_are_the_enemy_it_names_most(pipeline):
    text = ("أعلنت قوات الجيش اليمني والمقاومة الشعبية أمس تحرير مدينة زنجبار بمحافظة أبين من ميليشيات الحوثي.\n"
            "وقال مصدر عسكري إن قوات الجيش طردت أمس الإرهابيين من مديرية لودر بمحافظة أبين")
    evs = _events(pipeline, text)
    assert evs and all(e.actor2 in ("Ansar Allah", "") for e in evs), [(e.sub_event_type, e.actor1, e.actor2) for e in evs]
    assert any(e.actor2 == "Ansar Allah" and "الإرهابيين" in e.actor2_ar for e in evs)


def test_terrorists_with_no_group_named_stay_unidentified(pipeline):
    ev = _one(pipeline, "قتل خمسة جنود أمس في هجوم شنه إرهابيون على نقطة تفتيش للجيش في مدينة حمص")
    assert ev.actor1 == "Unidentified Armed Group (Syria)"


def test_a_strike_around_a_named_airbase_is_an_event_of_its_own(pipeline):
    # "في محيط مطار X": near a named place, as sure a place as a town (not dropped as too weak
    # beside the town struck in the same sentence)
    evs = _events(pipeline, "قال ناشطون إن طيران النظام قصف مناطق في محيط مطار أبو الضهور العسكري، الذي "
                            "تحاصره فصائل المعارضة منذ عامين، كما ألقت المروحيات براميل متفجرة على بلدة سراقب.",
                  published=date(2015, 8, 8))
    assert sorted(e.location for e in evs) == ["Abu az Zuhur", "Saraqib"]
    assert next(e for e in evs if e.location == "Abu az Zuhur").geo_precision == 2


def test_unnamed_aircraft_are_those_of_the_one_air_force_the_article_names(pipeline):
    # Turkish jets named once: the later strike with no aircraft named is theirs, not the
    # coalition's that usually flies over Iraq
    evs = _events(pipeline, "غارات تركية على شمال العراق\nقصفت الطائرات التركية فجر أمس مواقع لحزب العمال "
                            "الكردستاني في جبال قنديل شمال العراق.\nوقال مسؤول محلي إن أربعة مدنيين قتلوا في "
                            "غارات أمس على قرية زركلة في قضاء راوندوز.", published=date(2015, 8, 2))
    village = next(e for e in evs if e.fatalities == 4)
    assert village.actor1 == "Military Forces of Turkey"
    assert village.actor2 == "Civilians (Iraq)"


def test_unnamed_aircraft_over_iraq_are_the_coalition_s_when_no_air_force_is_named(pipeline):
    ev = _one(pipeline, "وقال مسؤول محلي إن أربعة مدنيين قتلوا في غارات أمس على قرية زركلة في قضاء راوندوز.",
              published=date(2015, 8, 2))
    assert ev.actor1 == "International Coalition"


def test_a_foreign_air_force_s_strike_with_no_target_named_struck_the_enemy_it_fights(pipeline):
    # the coalition's jets over Hajjah: the Houthis the article names; a government's own
    # helicopters over a town struck no side the text identifies (actor2 stays empty)
    evs = _events(pipeline, "اندلعت أمس اشتباكات عنيفة بين المقاومة الشعبية ومسلحي الحوثي في مديرية صرواح غرب "
                            "مأرب.\nوفي محافظة حجة، نفذت طائرات التحالف سلسلة غارات جوية أمس على مدينة حرض الحدودية.",
                  published=date(2015, 8, 6))
    strike = next(e for e in evs if e.sub_event_type == "Air/drone strike")
    assert (strike.actor1, strike.actor2) == ("Military Forces of Saudi Arabia", "Ansar Allah")
    evs = _events(pipeline, "اندلعت أمس اشتباكات عنيفة بين فصائل المعارضة وقوات النظام في بلدة مورك بريف حماة.\n"
                            "وفي ريف إدلب، ألقى الطيران المروحي أمس براميل متفجرة على بلدة سراقب.",
                  published=date(2015, 8, 6))
    strike = next(e for e in evs if e.sub_event_type == "Air/drone strike")
    assert (strike.actor1, strike.actor2) == ("Military Forces of Syria", "")


def test_the_side_named_after_a_word_of_the_target_is_struck_even_after_a_verb(pipeline):
    # "اقتحمت معقل مسلحي الحوثي": the Houthis own the stronghold stormed, they do not storm it
    ev = _one(pipeline, "وذكرت مصادر قبلية وفي المقاومة الشعبية أن المقاومة اقتحمت أمس معقل مسلحي الحوثي "
                        "في قرية الأقروض جنوب تعز وسيطرت على تلال استراتيجية.", published=date(2015, 7, 31))
    assert (ev.actor1, ev.actor2) == ("Popular Resistance", "Ansar Allah")
    # a word for a side's men between keeps it the verb's subject: "اقتحمت عناصر داعش"
    ev = _one(pipeline, "اقتحمت عناصر داعش أمس بلدة القريتين بريف حمص بعد معارك مع قوات النظام.",
              published=date(2015, 8, 6))
    assert (ev.actor1, ev.actor2) == ("Islamic State (Syria)", "Military Forces of Syria")


def test_armed_men_of_a_named_group_are_that_group(pipeline):
    ev = _one(pipeline, "أعلنت خلية الإعلام الحربي العراقية أمس مقتل 49 مسلحا من تنظيم داعش بقصف جوي استهدف "
                        "أوكارهم في منطقة مكيشيفة شمال سامراء.", published=date(2015, 8, 10))
    assert (ev.actor2, ev.fatalities) == ("Islamic State (Iraq)", 49)
    # loyal to is no member of: gunmen loyal to the government are not the government
    evs = _events(pipeline, "هاجم مسلحون موالون للحكومة أمس قرية في ريف درعا.", published=date(2015, 8, 10))
    assert all(e.actor1 != "Military Forces of Syria" for e in evs)


def test_a_toll_told_after_a_battle_belongs_to_the_battle_not_to_the_strike_told_next(pipeline):
    evs = _events(pipeline, "اندلعت أمس مواجهات عنيفة بين المقاومة الشعبية ومسلحي الحوثي في مديرية مجزر شمال "
                            "مأرب.\nوذكر المصدر أن نحو 15 من الحوثيين قتلوا خلال الهجوم. وكانت طائرات التحالف شنت "
                            "أمس غارة استهدفت دبابة للحوثيين في مديرية صرواح.", published=date(2015, 8, 10))
    tolls = {e.sub_event_type: e.fatalities for e in evs}
    assert tolls == {"Armed clash": 15, "Air/drone strike": 0}


def test_a_place_s_head_noun_stands_for_the_place_named_with_it(pipeline):
    """"في المطار" after "مطار كويرس" is that airbase; "المطار 2" is a place of its own number."""
    ex = pipeline.extractor
    told = ("اقتحم مسلحو تنظيم داعش أمس مطار كويرس العسكري شرق حلب. "
            "وفي مدينة الباب قصفت قوات النظام الأحياء السكنية. "
            "وقال المرصد إن 12 عنصرا من قوات النظام قتلوا في الاشتباكات داخل المطار{}.")

    def places(text):
        ctx = ex.context(Article(id="t1", text=text, published=date(2015, 8, 10), outlet="test"))
        return [(d.sub_event_type, d.location and d.location.location) for d in ex.drafts(ctx)]

    assert places(told.format("")) == [("Shelling/artillery/missile attack", "Al Bab"),
                                       ("Armed clash", "Kuweires airbase")]
    assert places(told.format(" 2"))[-1] == ("Armed clash", None)


def test_a_toll_told_at_a_place_s_head_noun_is_shared_by_its_two_days(pipeline):
    """"طرد ... من النقاط التي سيطروا عليها في المعمل" is at the cement plant named before, so the toll
    of "هذه المعارك في المعمل" is split between the two days; "السيطرة على هذه المناطق" points back
    at them and is no third event taking a share."""
    text = ("معارك كر وفر على معمل الإسمنت في حلب\n"
            "تمكنت جبهة فتح الشام مساء الأحد من السيطرة على معمل إسمنت الشيخ سعيد جنوب حلب.\n"
            "ونجحت قوات النظام فجر أمس الإثنين في طرد مقاتلي الجبهة من النقاط التي سيطروا عليها في المعمل.\n"
            "وقال المرصد إنه قضى خلال هذه المعارك في المعمل ومحيطه 35 مقاتلاً من المعارضة و18 عنصراً من قوات النظام.\n"
            "وتعد السيطرة على هذه المناطق بالنسبة لقوات النظام منطلقا لاستعادة ما خسرته جنوب حلب.")
    evs = sorted(_events(pipeline, text, published=date(2016, 8, 16)), key=lambda e: e.event_date)
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [
        ("Non-state actor overtakes territory", 27), ("Government regains territory", 26)]
    assert {e.location for e in evs} == {"Aleppo - Sheikh Saeed cement factory"}


def test_a_taking_pointed_at_by_a_demonstrative_is_no_new_event(pipeline):
    text = ("معارك في ريف حماة\n"
            "سيطرت فصائل المعارضة أمس على بلدة مورك في ريف حماة الشمالي بعد معارك مع قوات النظام.\n"
            "وقتل ثلاثة مدنيين بقصف مدفعي على مدينة حماة.\n"
            "وتعد السيطرة على هذه المناطق منطلقا لاستعادة ما خسرته الفصائل في ريف حماة.")
    assert sorted((e.sub_event_type, e.location) for e in _events(pipeline, text)) == [
        ("Non-state actor overtakes territory", "Murak"), ("Shelling/artillery/missile attack", "Hama")]


def test_gunmen_counted_are_of_the_side_named_as_struck(pipeline):
    """"خمسة مسلحين" killed in a strike on "تجمعات الحوثيين" are Houthis, not unidentified gunmen."""
    ev = _one(pipeline, "قتل خمسة مسلحين جراء قصف طائرات التحالف تجمعات الحوثيين في صعدة")
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Military Forces of Saudi Arabia", "Ansar Allah", 5)


def test_a_period_set_at_the_head_of_a_sentence_makes_all_of_it_a_tally(pipeline):
    """"وشهدت نفس الفترة، إحراق ... ومقتل 11 مسلحا خلال اشتباكات": a tally over weeks, no clash."""
    text = ("اعتقال مشتبهين في تركيا\n"
            "اعتقلت قوات الأمن التركية أمس 17 شخصا يشتبه في انتمائهم لتنظيم داعش في مدينة مانيسا.\n"
            "وشهدت نفس الفترة، إحراق المسلحين لأكثر من 100 عربة، ومقتل 11 مسلحا خلال اشتباكات مع قوات الأمن.")
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Arrests"]


@pytest.mark.parametrize("text,side", [
    ("اعتقلت قوات الأمن التركية أمس 17 شخصا، يشتبه في انتمائهم لتنظيم «داعش»، في مدينة مانيسا.",
     "Islamic State (Turkey)"),
    ("أعلنت خلية الإعلام الحربي عن مقتل 49 مسلحا من تنظيم / داعش /، بقصف جوي استهدف أوكارهم في مدينة سامراء.",
     "Islamic State (Iraq)"),
])
def test_persons_held_to_belong_to_a_group_are_that_group(pipeline, text, side):
    """Persons arrested as suspected members, gunmen "من تنظيم / داعش /": the group, not civilians
    or unidentified gunmen (punctuation and the noun "تنظيم" before the name do not part them)."""
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert ev.actor2 == side


def test_bombs_a_word_of_defusing_governs_did_not_go_off(pipeline):
    """"تفكيك 21 عبوة ناسفة" is a disrupted weapons use by the state's forces, not an IED attack."""
    ev = _one(pipeline, "تم أمس تفكيك 21 عبوة ناسفة في مدينة الفلوجة.", published=date(2015, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.location) == ("Disrupted weapons use", "Military Forces of Iraq",
                                                           "Falluja")


def test_a_sentence_that_adds_to_the_one_before_is_at_its_town(pipeline):
    """"كما تم تفكيك 21 عبوة ناسفة" names no place: the town of the sentence before, not the
    article's main place."""
    text = ("معارك في الأنبار\n"
            "اندلعت اشتباكات عنيفة أمس بين القوات العراقية وتنظيم داعش في مدينة الرمادي.\n"
            "وقتل سبعة عناصر من التنظيم في قصف مدفعي على مواقعهم في مدينة الفلوجة. كما تم تفكيك 21 عبوة ناسفة.")
    evs = _events(pipeline, text, published=date(2015, 8, 10))
    assert [e.location for e in evs if e.sub_event_type == "Disrupted weapons use"] == ["Falluja"]


@pytest.mark.parametrize("text,author", [
    ("انفجار في قندوز\nانفجرت سيارة مفخخة أمس في سوق مدينة قندوز ما أسفر عن مقتل 15 مدنيا. "
     "وتبنت حركة طالبان هذا الهجوم.", "Taliban"),
    ("قتل تسعة جنود أمس في هجوم بسيارة مفخخة في مدينة المكلا، على ما أعلن مصدر عسكري محملا تنظيم "
     "القاعدة المسؤولية.", "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("انفجار في قندوز\nانفجرت سيارة مفخخة أمس في سوق مدينة قندوز ما أسفر عن مقتل 15 مدنيا. ولم تعلن "
     "أي جهة مسؤوليتها عن الهجوم حتى الآن، رغم أنه يحمل بصمات حركة طالبان.", "Unidentified Armed Group (Afghanistan)"),
    # the group's spokesman claims it (who speaks is no side elsewhere, but here he speaks for the author)
    ("قتل خمسة مدنيين على الأقل في عملية انتحارية بسيارة مفخخة أمس على الطريق إلى مطار كابل. وتبنى "
     "المتحدث باسم حركة طالبان الاعتداء.", "Taliban"),
    # the source ascribes it ("ونسب المصدر الهجوم إلى")
    ("واقتحم انتحاري بسيارة مفخخة أمس نقطة تفتيش في بلدة القطن في محافظة حضرموت، ما أدى إلى مقتل 9 جنود. "
     "ونسب المصدر الهجوم إلى تنظيم القاعدة في شبه جزيرة العرب.", "AQAP: Al Qaeda in the Arabian Peninsula"),
])
def test_a_bombing_is_by_the_group_that_claimed_it_or_is_blamed(pipeline, text, author):
    """"وتبنت حركة طالبان هذا الهجوم"، "محملا تنظيم القاعدة المسؤولية": that group set the bomb; a
    claim nobody made ("لم تعلن أي جهة مسؤوليتها") leaves the bombers unidentified."""
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert ev.event_type == "Explosions/Remote violence" and ev.actor1 == author


def test_bombs_defused_by_state_forces_were_the_article_s_enemy_s(pipeline):
    text = ("قصف على الفلوجة\n"
            "قتل عشرة من مسلحي تنظيم داعش أمس في اشتباكات مع القوات العراقية في مدينة الفلوجة.\n"
            "وفككت القوات العراقية أمس 21 عبوة ناسفة في مدينة الرمادي.")
    got = [(e.actor1, e.actor2) for e in _events(pipeline, text) if e.sub_event_type == "Disrupted weapons use"]
    assert got == [("Military Forces of Iraq", "Islamic State (Iraq)")]


def test_a_strike_told_again_in_its_sentence_borrows_no_place(pipeline):
    """"وتم قصف مواقعها" names no place of its own: the sentence's strike told again, not a
    second strike at the canal named in another clause."""
    evs = _events(pipeline, "أعلن الجيش المصري مقتل خمسة مسلحين إثر قصف جوي لمروحيات الأباتشي في جنوب "
                            "رفح بشمال سيناء أمس، بعد ورود معلومات عن خلية تعد لهجمات على حواجز الأمن "
                            "مع احتفالات قناة السويس، وعلى الفور تحركت المروحيات وتم قصف مواقعها.",
                  published=date(2015, 8, 6))
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Air/drone strike", 5)]
    assert evs[0].admin1 == "North Sinai"


def test_a_capital_that_backs_a_side_and_a_taking_left_unsaid_make_no_event(pipeline):
    """"مسلحين تساندهم طهران" is the government that backs them, not a place of fighting, and
    "استعادة السيطرة على بعض المناطق" names no ground taken: it points back at the battle told."""
    text = ("معارك في شمال العراق\n"
            "اندلعت أمس معارك بين القوات العراقية وتنظيم داعش في قضاء بيجي.\n"
            "وتمكنت هذه القوات، بدعم من الغارات ومسلحين تساندهم طهران، من استعادة السيطرة على بعض المناطق.\n"
            "وقتل أمس 12 من عناصر التنظيم بانفجار سيارة مفخخة عند مدخل مدينة الموصل.")
    assert sorted((e.sub_event_type, e.location, e.fatalities) for e in _events(pipeline, text)) == [
        ("Armed clash", "Bayji", 0), ("Remote explosive/landmine/IED", "Mosul", 12)]


@pytest.mark.parametrize("text,a1,backer", [
    # the backer named in a clause of its own: the side backed is named in the clause before
    ("تمكن مقاتلو المقاومة الشعبية، وبإسناد كثيف وفرته طائرات التحالف أمس من استعادة معسكر العند في "
     "محافظة لحج، بعد معارك أسفرت عن مقتل 20 حوثيا.", "Popular Resistance", "Military Forces of Saudi Arabia"),
    ("سيطرت قوات المعارضة أمس بدعم من طائرات التحالف على بلدة مارع في ريف حلب بعد معارك مع تنظيم داعش.",
     "Opposition Rebels (Syria)", "International Coalition"),
])
def test_a_side_named_as_backing_is_an_ally_not_the_actor(pipeline, text, a1, backer):
    """"بدعم من"، "بإسناد ... وفرته": the aircraft back the side that takes the ground."""
    ev = _one(pipeline, text)
    assert ev.event_type == "Battles" and ev.sub_event_type != "Armed clash"
    assert ev.actor1 == a1 and backer in ev.assoc_actor_1 and ev.actor2 != backer


@pytest.mark.parametrize("text,a1", [
    # the shelling told in a clause of its own ("حيث قصفتها"): by the side named in the clause before
    ("قال ناشطون إن قوات النظام خرقت الهدنة في بلدة معضمية الشام أمس، حيث قصفتها بمدافع الهاون مما "
     "أسفر عن جرح عدد من الأشخاص.", "Military Forces of Syria"),
    # "قصف نسب إلى الحوثيين": attributed to them, they shelled
    ("قتل 20 مدنيا على الأقل أمس في قصف نسب إلى الحوثيين على أحياء مدينة عدن.", "Ansar Allah"),
])
def test_the_shelling_side_is_found_beyond_the_clause_and_in_attributions(pipeline, text, a1):
    ev = _one(pipeline, text)
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.actor1 == a1 and ev.actor2.startswith("Civilians")


@pytest.mark.parametrize("text,a1,a2", [
    # a verbal noun of attack, the side, then what was struck: the side struck it
    ("قتل ثلاثة مدنيين أمس جراء استهداف قوات النظام قرية المكرمية قرب تلبيسة بقذائف الهاون.",
     "Military Forces of Syria", "Civilians (Syria)"),
    ("قتل ثلاثة من عناصر قوات النظام أمس في قصف قوات المعارضة على مواقعهم في بلدة كفرنبل.",
     "Opposition Rebels (Syria)", "Military Forces of Syria"),
])
def test_the_side_after_a_verbal_noun_of_attack_struck_what_follows(pipeline, text, a1, a2):
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Shelling/artillery/missile attack", a1, a2)


@pytest.mark.parametrize("text", [
    "وتخشى السلطات أن يثير إعدام الرهينة خوفا أكبر لدى السياح في القاهرة.",  # a fear
    "نشر عنصر من تنظيم داعش أمس فيديو يدعو إلى اغتيال رئيس الجمهورية، وهو من مدينة المهدية.",  # a call
    # a time after publication, after the event word: planned
    "وحدد ناشطون موعد تنظيم تظاهرة في ساحة التحرير وسط العاصمة بغداد مساء غد للمطالبة بتحسين الخدمات.",
    # protests as the topic of a meeting
    "وعقد رئيس البرلمان أمس اجتماعا في بغداد مع قادة الكتل تناول بحث التظاهرات الشعبية المطالبة بالخدمات.",
    # a taking celebrated, or a time after one
    "شهد عدد من القرى القريبة من مدينة الحوطة في لحج يوم أمس احتفالات شعبية بتحريرها من قبضة ميليشيا الحوثي.",
    "وطالب المجلس بضمانات أمنية دولية لمناطق سهل نينوى لمرحلة ما بعد تحريرها من داعش.",
    # what an event would do, in the future tense
    "كما سيكشف إعدام الرهينة محدودية تأثير الحملة العسكرية على الجهاديين في معقلهم بسيناء.",
    # what happened long since, or habitually
    "ويمارس رئيس الوزراء عمله من الشرق منذ أن سيطرت جماعة منافسة على العاصمة طرابلس.",
    "وهي الأساليب التي طالما استخدمها التنظيم في هجمات انتحارية ضد القوات العراقية في مدينة الرمادي.",
])
def test_fears_and_calls_for_violence_are_no_events(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_capital_that_launched_strikes_is_no_place_of_them(pipeline):
    """"شنت القاهرة غارات جوية على مواقع في ليبيا": Cairo is the government that struck."""
    evs = _events(pipeline, "شنت القاهرة أمس غارات جوية على مواقع الجهاديين في مدينة درنة الليبية.")
    assert [(e.sub_event_type, e.location, e.country) for e in evs] == [("Air/drone strike", "Darna", "Libya")]


def test_a_trend_of_attacks_lends_no_toll(pipeline):
    """"وتصاعدت الهجمات ... حيث قتل مئات": a tally over months, not the toll of the attack told."""
    text = ("هجوم في سيناء\nقتل جنديان أمس في هجوم مسلح على حاجز أمني في مدينة العريش.\n"
            "وتصاعدت الهجمات على قوات الأمن في شمال سيناء، حيث قتل مئات من رجال الجيش والشرطة.")
    assert [(e.sub_event_type, e.fatalities) for e in _events(pipeline, text)] == [("Armed clash", 2)]


def test_sides_of_a_neighbour_s_war_do_not_move_an_article_whose_places_are_elsewhere(pipeline):
    """Two names of Syria's Kurdish units in a report on Turkey and Iran, which names no place in
    Syria: the article stays in Turkey, and Kermanshah (Iran, where Turkey's Kurdish war spills
    over) is a place of its events."""
    text = ("اشتباكات في تركيا وإيران\n"
            "اشتبك مقاتلو حزب العمال الكردستاني مع الجيش التركي أمس في ولاية شرناخ جنوب شرقي تركيا.\n"
            "وقال مسؤول في قوات حماية الشعب إن مقاتلي وحدات حماية الشعب قتلوا 12 جنديا إيرانيا أمس خلال "
            "اشتباكات في محافظة كرمانشاه غرب إيران.")
    evs = _events(pipeline, text)
    assert sorted((e.country, e.location, e.fatalities) for e in evs) == [
        ("Iran", "Kermanshah", 12), ("Turkey", "Sirnak", 0)]
    assert all(e.actor2 != "Military Forces of Syria" for e in evs)


def test_a_toll_after_a_list_of_places_split_at_wa_fi_is_the_attack_s(pipeline):
    """"هجومان ... في اسطنبول وفي جنوب شرق البلاد أسفرا عن مقتل ستة": the clause cut at "وفي"
    still tells the outcome of the weak word "هجوم" before it."""
    ev = _one(pipeline, "ووقع أمس هجومان نفذهما مسلحون في اسطنبول وفي جنوب شرق البلاد أسفرا عن مقتل ستة "
                        "من رجال الأمن الأتراك.")
    assert (ev.event_type, ev.location, ev.fatalities) == ("Battles", "Istanbul", 6)


def test_a_failed_assault_with_a_toll_is_an_armed_clash(pipeline):
    """Codebook rule 2: "قتل 25 مقاتلا خلال محاولة هجوم فاشلة" is a battle that happened."""
    ev = _one(pipeline, "قتل 25 مقاتلا من المعارضة أمس خلال محاولة هجوم فاشلة قاموا بها على مطار كويرس "
                        "العسكري شرق حلب.")
    assert (ev.sub_event_type, ev.location, ev.fatalities) == ("Armed clash", "Kuweires airbase", 25)


def test_where_a_person_comes_from_is_not_where_it_happened(pipeline):
    ev = _one(pipeline, "قالت مصادر إن رجل الأعمال الذي ينتمي إلى مدينة الزنتان تعرض أمس للخطف من قبل "
                        "مسلحين مجهولين في طرابلس.")
    assert (ev.sub_event_type, ev.location) == ("Abduction/forced disappearance", "Tripoli")


def test_armed_men_of_a_group_killed_in_a_list_of_places_are_a_clash_at_each(pipeline):
    """"7 عناصر من تنظيم / داعش / قتلوا في مناطق البوشجل والملاحمة": the group's men are the side
    struck (the name set between slashes), a bare "قتلوا" of armed men is fighting with the state's
    forces named, and the village the gazetteer lacks, listed with Malahma, is an event of its own."""
    evs = _events(pipeline, "وأوضحت قيادة العمليات المشتركة أن 7 عناصر من تنظيم / داعش / قتلوا أمس في مناطق "
                            "البوشجل والملاحمة في محافظة الأنبار.")
    assert sorted((e.sub_event_type, e.actor1, e.actor2, e.location_ar, e.fatalities) for e in evs) == [
        ("Armed clash", "Military Forces of Iraq", "Islamic State (Iraq)", "البوشجل", 4),
        ("Armed clash", "Military Forces of Iraq", "Islamic State (Iraq)", "الملاحمة", 3)]


def test_a_security_operation_with_a_toll_is_a_clash(pipeline):
    ev = _one(pipeline, "لقي 22 مسلحا من تنظيم داعش مصرعهم أمس في عملية أمنية نفذتها قوات عراقية مشتركة شمال "
                        "مدينة الرمادي.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Military Forces of Iraq", "Islamic State (Iraq)", 22)


@pytest.mark.parametrize("text,sub", [
    # bombs the state's forces found and blew up were disrupted
    ("فجرت قوات الأمن أمس سبع عبوات ناسفة عثرت عليها خلال الحملة الأمنية جنوب الشيخ زويد.",
     "Disrupted weapons use"),
    # a bomb that went off against them is a bombing of them
    ("انفجرت عبوة ناسفة مزروعة أمس في مدرعة لقوات الأمن في العريش ما أسفر عن مقتل مجندين.",
     "Remote explosive/landmine/IED"),
])
def test_bombs_the_state_found_and_blew_up_are_disrupted(pipeline, text, sub):
    assert [e.sub_event_type for e in _events(pipeline, text)] == [sub]


def test_a_state_of_explosion_is_a_metaphor(pipeline):
    assert _events(pipeline, "قالت هيئة الأسرى إن سجن نفحة يشهد أمس حالة من الانفجار والغليان بعد نقل عدد من "
                             "الأسرى إلى أقسام أخرى.") == []


def test_a_field_of_work_is_no_event(pipeline):
    """"قدرات القوات في مجال نزع الألغام": demining as a field of work, not mines cleared."""
    assert _events(pipeline, "وقال الوزير إن المساعدة الكندية ترمي لتعزيز قدرات القوات العراقية في مجال نزع "
                             "الألغام في محافظة الأنبار.") == []


@pytest.mark.parametrize("text,subs", [
    ("رفعت الشرطة حالة التأهب أمس قبل أسبوع من الذكرى الثانية لفض اعتصام الميدان في مدينة الإسكندرية.", []),
    ("أقام مستوطنون أمس صلوات في باحات المسجد الأقصى بمدينة القدس لإحياء ذكرى تدمير الهيكل.", []),
    # an anniversary in another clause leaves the event told
    ("في الذكرى الثانية للثورة، تظاهر آلاف المواطنين أمس في مدينة الإسكندرية.", ["Peaceful protest"]),
])
def test_an_event_remembered_on_its_anniversary_is_no_event(pipeline, text, subs):
    assert [e.sub_event_type for e in _events(pipeline, text)] == subs


@pytest.mark.parametrize("text", [
    "وشدد القيادي أمس على أن استعادة مدينة الرمادي من تنظيم داعش يبقى هدفا استراتيجيا للحكومة العراقية.",
    "وأعلن رئيس الأركان أمس أن استعادة السيطرة على مدينة صعدة على رأس أولويات القوات الحكومية.",
    "وقال المتحدث إن قوات الجيش باتت أمس على وشك السيطرة على مدينة سرت.",
    # a thing to come ("ستكون")
    "وقال التحالف الدولي أمس إن استعادة مدينة الرقة ستكون ضربة قاصمة لتنظيم داعش.",
    # a taking named as a time ("بعد أيام من تحريرها"), a verbal noun with a pronoun
    "وهبطت طائرة عسكرية في مطار عدن أمس لتكون أول طائرة تحط في المطار بعد أيام من تحريرها من المتمردين الحوثيين.",
])
def test_a_goal_or_a_taking_about_to_happen_is_no_event(pipeline, text):
    assert _events(pipeline, text) == []


def test_a_vow_is_no_event(pipeline):
    """"توعدت وزارة الداخلية بملاحقة منفذي الهجوم": a vow (cue list irrealis), not an attack."""
    assert _events(pipeline, "وتوعدت قيادة الجيش أمس بشن هجوم واسع على مواقع المسلحين في مدينة درنة.") == []


def test_what_may_follow_is_no_event_what_has_followed_is(pipeline):
    """"ما قد يؤدي إلى اشتباكات": "قد" before a present verb says may (cue list irrealis); before a
    past one ("ما قد أدى") it says has, and the clashes happened."""
    may = "توتر في الأنبار\nوتتصاعد التوترات في مدينة الرمادي بين العشائر والجيش، ما قد يؤدي إلى اشتباكات مسلحة بين الطرفين."
    has = may.replace("قد يؤدي", "قد أدى")
    assert _events(pipeline, may) == []
    assert [e.sub_event_type for e in _events(pipeline, has)] == ["Armed clash"]


def test_the_pages_tags_after_the_text_tell_nothing(pipeline):
    text = ("مسيرة في إسطنبول\nتظاهر آلاف الأشخاص أمس في مدينة إسطنبول احتجاجا على الغلاء. "
            "سمات تركيا تفجير انتحاري اسطنبول")
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Peaceful protest"]


def test_a_capital_that_goes_on_striking_is_its_government_not_the_place(pipeline):
    """"وواصلت أنقرة قصفها": Ankara stands for Turkey's government (cue list speaker_before)."""
    ev = _one(pipeline, "وواصلت أنقرة أمس قصفها العنيف لقواعد حزب العمال الكردستاني في جبال قنديل.",
              published=date(2015, 8, 4))
    assert (ev.location, ev.country) == ("Qandil mountains", "Iraq")


def test_who_did_it_named_in_a_later_clause_after_a_word_of_agency(pipeline):
    ev = _one(pipeline, "شهدت محافظة حجة أمس اغتيال أحد الأهالي، يدعى محمد وابل، على يد المسلحين الحوثيين.",
              published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Attack", "Ansar Allah", "Civilians (Yemen)")
    assert ev.evidence["actor1"][0]["text"] == "المسلحين الحوثيين"


def test_whom_the_accused_served_is_no_side(pipeline):
    """"بإعدام ثمانية رجال بتهمة العمالة للنظام": the regime is in the charge, not the executioner."""
    ev = _one(pipeline, "وذكر المرصد أن القضاء أعدم أمس رجلين، وأعقبه بإعدام ثمانية رجال بتهمة العمالة للنظام في "
                        "مدينة الرقة.", published=date(2015, 8, 1))
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Syria)")
    assert ev.actor1 != "Military Forces of Syria"


def test_the_side_after_a_verb_of_carrying_it_out_acts(pipeline):
    """"عمليات اختطاف يقوم بها عناصر الجبهة": the front abducts (role_agent_before rows يقوم بها ...)."""
    ev = _one(pipeline, "وتحدث ناشطون أمس عن عمليات اختطاف يقوم بها عناصر جبهة النصرة في مدينة إدلب.",
              published=date(2015, 8, 1))
    assert (ev.sub_event_type, ev.actor1) == ("Abduction/forced disappearance", "Jabhat al-Nusra")


def test_who_the_news_is_attributed_to_is_no_side(pipeline):
    """"بحسب الشرطة": the police told it; the persons killed by the bomb are the side struck."""
    ev = _one(pipeline, "انفجرت عبوة ناسفة أمس في سوق مدينة قندوز ما أدى إلى مقتل خمسة أشخاص بحسب الشرطة الأفغانية.")
    assert (ev.actor2, ev.fatalities) == ("Civilians (Afghanistan)", 5)


def test_a_claim_is_read_in_the_country_of_the_attack(pipeline):
    """"حركة طالبان" claiming a bombing in Kabul is the Afghan Taliban, though the article goes on to
    Pakistan's Taliban."""
    text = ("تفجير في كابل\nقتل خمسة مدنيين على الأقل أمس في عملية انتحارية بسيارة مفخخة على الطريق إلى مطار كابل. "
            "وتبنى المتحدث باسم حركة طالبان الاعتداء.\n"
            "وفي باكستان، سلم 12 عنصرا من حركة طالبان باكستان أسلحتهم لقوات الأمن في بلدة هانجو بإقليم خيبر باختونخوا.")
    evs = [e for e in _events(pipeline, text) if e.event_type == "Explosions/Remote violence"]
    assert [(e.location, e.actor1) for e in evs] == [("Kabul airport", "Taliban")]


def test_a_soldier_word_after_a_thing_is_its_adjective(pipeline):
    """"طقما عسكريا": a military vehicle, not Yemen's army as a side of the strike."""
    ev = _one(pipeline, "وفي منطقة صرواح غربي محافظة مأرب دمرت غارة جوية أمس طقما عسكريا على متنه مضاد طيران "
                        "وقتل 3 من طاقمه.")
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Saudi Arabia")


def test_the_other_side_of_a_ground_battle_is_named_on_the_ground(pipeline):
    """The coalition's aircraft are named against the Houthis most often, but a clash on the ground
    told with the Houthis only was fought by the side that fights them on the ground."""
    text = ("مواجهات في مأرب\nشنت طائرات التحالف أمس غارات على مواقع الحوثيين في مديرية صرواح.\n"
            "وقصفت مقاتلات التحالف تجمعات الحوثيين في مديرية مجزر.\n"
            "وهاجمت المقاومة الشعبية مواقع الحوثيين في منطقة الجفينة.\n"
            "واندلعت مواجهات عنيفة أمس في مديرية حريب قتل خلالها 4 من مسلحي الحوثي.")
    ev = next(e for e in _events(pipeline, text) if e.location == "Harib")
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Popular Resistance", "Ansar Allah", 4)


def test_a_canal_or_a_channel_named_for_a_town_is_no_place(pipeline):
    """"افتتاح قناة السويس": the canal, not the town of Suez; the village the gazetteer lacks is
    coded near Sheikh Zuweid, named before it."""
    text = ("قتل 6 من عناصر جماعة أنصار بيت المقدس أمس في قصف جوي نفذته مروحيات الجيش جنوب الشيخ زويد. "
            "وأوضحت مصادر أمنية أن خلية كانت تخطط لهجوم بالتزامن مع افتتاح قناة السويس الجديدة، فقامت "
            "المروحيات بقصف الخلية بمنطقة الجغيني.")
    evs = _events(pipeline, text)
    assert evs and all(e.admin1 == "North Sinai" for e in evs), [(e.location, e.admin1) for e in evs]


def test_fighting_still_going_is_news_of_the_day(pipeline):
    """"لا تزال الاشتباكات مستمرة" negates nothing, and fighting "ما زالت تدور" with no date word of its
    own is dated by publication, not by the day the article told first."""
    ev = _one(pipeline, "ولا تزال الاشتباكات العنيفة مستمرة أمس في مدينة الزبداني بين قوات النظام والمعارضة.")
    assert ev.sub_event_type == "Armed clash" and ev.location == "Zabadani"
    text = ("تطورات الوضع في جنوب اليمن\nاستعادت القوات الموالية للشرعية قاعدة العند الجوية أول من أمس بعد "
            "مواجهات عنيفة.\n"
            "وأضاف المصدر أن مواجهات عنيفة بين المقاومة والحوثيين ما زالت تدور في أماكن متفرقة من مدينة زنجبار.")
    evs = {e.location: e for e in _events(pipeline, text, published=date(2015, 8, 6))}
    assert str(evs["Zinjibar"].event_date) == "2015-08-06"


def test_casualties_that_fell_are_no_fall_of_a_town(pipeline):
    """"ما أدى إلى سقوط خمسة قتلى وسط ميليشيا التمرد": casualties fell; armed men of a group killed by
    the side named is fighting, not a taking of ground."""
    ev = _one(pipeline, "استهدف الثوار أمس طقما عسكريا للحوثيين في مدينة رداع بمحافظة البيضاء، ما أدى إلى سقوط "
                        "خمسة قتلى وسط ميليشيا التمرد.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Popular Resistance", "Ansar Allah", 5)


def test_a_weapons_cache_struck_from_the_air_is_no_seizure(pipeline):
    evs = _events(pipeline, "شنت طائرات التحالف أمس غارات جوية على مواقع للحوثيين شمال محافظة مأرب، استهدفت مخزن "
                            "أسلحة بمعسكر ماس ما أدى إلى اشتعاله.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_a_risen_toll_of_the_attack_is_the_bombing_s(pipeline):
    """"عدد الذين قتلوا في الاعتداء ... ارتفع إلى 15": "the attack" is the truck bomb told before, its
    toll risen, not a new attack on civilians."""
    text = ("تفجير في كابل\nانفجرت شاحنة مفخخة صباح أمس في العاصمة الأفغانية كابل ما أسفر عن مقتل 8 أشخاص.\n"
            "وقالت الشرطة إن القنبلة انفجرت بمنطقة سكنية في شرق المدينة.\n"
            "وأدى الانفجار إلى تحطم زجاج المنازل المجاورة.\n"
            "وقال مسؤول إن عدد الذين قتلوا في الاعتداء صباح أمس في كابل ارتفع إلى 15 قتيلا.")
    assert [(e.sub_event_type, e.fatalities) for e in _events(pipeline, text)] == [("Remote explosive/landmine/IED", 15)]


def test_a_court_appeal_is_no_stabbing(pipeline):
    assert _events(pipeline, "قضت المحكمة أمس برفض قبول طعن قادة الجماعة على قرار إدراجهم على قائمة الإرهاب في القاهرة.") == []


def test_gunshots_fired_at_a_security_force_are_a_clash(pipeline):
    """"أطلق مجهولان أعيرة نارية تجاه القوة": unnamed gunmen who fire on the police make an armed
    clash (codebook rule 5), its toll told in the sentence after."""
    text = ("هجوم على قوة أمنية\nأطلق مجهولان أمس أعيرة نارية تجاه قوة أمنية على طريق مصر - الفيوم الزراعي "
            "قرب القاهرة، فقامت القوة بمبادلتهما إلا أنهما فرا هاربين. ونتج عن الحادث مقتل رقيب شرطة.")
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Armed clash", "Unidentified Armed Group (Egypt)", "Police Forces of Egypt")


def test_an_attack_with_small_arms_and_shells_is_a_clash(pipeline):
    """"شنوا هجوما ... استخدم خلاله أسلحة متوسطة فضلا عن قذائف، ما تسبب بمقتل جنديين": a ground
    attack (small arms), its toll told by "ما تسبب"."""
    ev = _one(pipeline, "وأوضحت أن مسلحين من تنظيم داعش شنوا أمس هجوما استهدف تجمعا لقوات الجيش العراقي "
                        "في منطقة الطاش جنوبي الرمادي استخدم خلاله أسلحة متوسطة فضلا عن قذائف، ما تسبب "
                        "بمقتل جنديين وجرح ثلاثة آخرين.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Islamic State (Iraq)", "Military Forces of Iraq", 2)


def test_fire_from_machine_guns_is_a_clash(pipeline):
    ev = _one(pipeline, "وأشار إلى أن قوات البيشمركة قصفت أمس بالمدافع الرشاشة مواقع داعش في محور ناوران شمال "
                        "شرقي الموصل.")
    assert (ev.sub_event_type, ev.actor2) == ("Armed clash", "Islamic State (Iraq)")


def test_places_each_with_a_word_of_their_own_are_each_a_place(pipeline):
    """"في جبل صبر ومنطقة الضباب": two places named each with its own noun, no list word before them."""
    evs = _events(pipeline, "وتمكن مسلحو المقاومة أمس من السيطرة على عدد من المواقع في جبل صبر ومنطقة الضباب "
                            "غرب مدينة تعز.")
    assert sorted(e.location for e in evs) == ["Dhabab", "Jabal Sabir"]


@pytest.mark.parametrize("text,a1,a2", [
    # the people a bomb killed, named by no side, are civilians (codebook rule 5)
    ("انفجرت عبوة ناسفة قرب سوق شعبي في مدينة بعقوبة أمس، ما أدى إلى مقتل شخص وإصابة ستة آخرين بجروح.",
     "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    ("وقع انفجار بعبوة ناسفة أمس في مدينة الفلوجة، وأسفر عن مقتل ثلاثة وإصابة عشرة.",
     "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    ("ارتفعت حصيلة قتلى الانفجار الذي وقع في سوق مدينة بعقوبة أمس إلى 20 قتيلا و40 جريحا.",
     "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    # the group that claimed it struck; the dead are still its victims
    ("انفجرت سيارة مفخخة أمس في سوق مدينة بعقوبة، ما أسفر عن سقوط 20 قتيلا، وتبنى تنظيم داعش التفجير.",
     "Islamic State (Iraq)", "Civilians (Iraq)"),
    # a bomb that hurt nobody has no second side; nor has a suicide bombing whose one dead is the bomber
    ("فجر انتحاري نفسه أمس قرب حاجز أمني في مدينة بعقوبة ولقي مصرعه.",
     "Unidentified Armed Group (Iraq)", ""),
    ("انفجرت عبوة ناسفة أمس قرب مبنى البلدية في مدينة بعقوبة دون وقوع إصابات.",
     "Unidentified Armed Group (Iraq)", ""),
    # police it struck are the side struck, not civilians
    ("انفجرت عبوة ناسفة أمس بدورية للشرطة في مدينة العريش ما أدى إلى إصابة ثلاثة من أفراد الشرطة.",
     "Unidentified Armed Group (Egypt)", "Police Forces of Egypt"),
])
def test_bomb_victims_unnamed_are_civilians(pipeline, text, a1, a2):
    ev = _one(pipeline, text)
    assert ev.event_type == "Explosions/Remote violence"
    assert (ev.actor1, ev.actor2) == (a1, a2)
    if a2.startswith("Civilians"):
        assert ev.inter2 == 7 and ev.evidence["actor2"], ev.evidence


@pytest.mark.parametrize("text,sub", [
    # the dead of the attack the suspects are held for are no toll of the arrest
    ("اعتقلت الشرطة التونسية أمس خمسة أشخاص يشتبه في تورطهم في الهجوم على فندق في سوسة الذي خلف 38 قتيلا.",
     "Arrests"),
    ("اعتقلت قوات الأمن المصرية أمس ثلاثة عناصر في مدينة العريش متهمين بالتخطيط لهجوم أسفر عن مقتل سبعة جنود.",
     "Arrests"),
])
def test_strategic_developments_carry_no_toll(pipeline, text, sub):
    ev = next(e for e in _events(pipeline, text) if e.sub_event_type == sub)
    assert ev.event_type == "Strategic developments"
    assert ev.fatalities == 0 and not ev.evidence.get("fatalities"), ev.evidence.get("fatalities")


@pytest.mark.parametrize("text,sides", [
    # "مسلح" after an ambush or a clash is its adjective (armed), not unnamed gunmen
    ("لقي أربعة حوثيين حتفهم أمس جراء كمين مسلح نصبته المقاومة الشعبية على نقطة تفتيش في مدينة الحديدة.",
     ("Popular Resistance", "Ansar Allah")),
    # and a Houthi patrol ("دورية حوثية") is the Houthis'
    ("نصبت المقاومة الشعبية أمس كمينا مسلحا لدورية حوثية في مدينة تعز.", ("Popular Resistance", "Ansar Allah")),
])
def test_armed_as_adjective_is_no_side(pipeline, text, sides):
    ev = _one(pipeline, text)
    assert (ev.actor1, ev.actor2) == sides


def test_armed_attack_with_no_author_is_by_gunmen(pipeline):
    # "هجوم مسلح" names no author: the gunmen are its side
    ev = _one(pipeline, "استهدف هجوم مسلح أمس دورية للشرطة في مدينة الرمادي.")
    assert {ev.actor1, ev.actor2} == {"Police Forces of Iraq", "Unidentified Armed Group (Iraq)"}


@pytest.mark.parametrize("text,sub,sides,dead", [
    # protesters the police dispersed with live fire, one killed: lethal force (codebook)
    ("تظاهر المئات أمس في البصرة احتجاجا على انقطاع الكهرباء، وفرقت الشرطة المتظاهرين بالرصاص الحي مما أدى "
     "إلى مقتل متظاهر.", "Excessive force against protesters", ("Protesters (Iraq)", "Police Forces of Iraq"), 1),
    # dispersed with tear gas, nobody killed: a protest with intervention, the forces its second side
    ("تظاهر مئات الفلسطينيين أمس في مدينة الخليل، وفرقت قوات الاحتلال الإسرائيلي المتظاهرين بالغاز المسيل للدموع.",
     "Protest with intervention", ("Protesters (Palestine)", "Military Forces of Israel"), 0),
    # what a protest is against is no event of its own at the protest's place
    ("تظاهر مئات الأكراد أمس في مدينة السليمانية احتجاجا على الغارات الجوية التركية على مواقع حزب العمال.",
     "Peaceful protest", ("Protesters (Iraq)", ""), 0),
    # a crowd fired on is met with force, lethal when the clause counts its dead
    ("أطلقت الشرطة السودانية النار على متظاهرين في مدينة الأبيض أمس، ما أدى إلى مقتل اثنين منهم.",
     "Excessive force against protesters", ("Protesters (Sudan)", "Police Forces of Sudan"), 2),
    ("أطلق عناصر الأمن الرصاص الحي على المحتجين في مدينة البصرة أمس فقتلوا ثلاثة منهم.",
     "Excessive force against protesters", ("Protesters (Iraq)", "Police Forces of Iraq"), 3),
    ("أطلقت قوات الأمن النار على المعتصمين أمام مبنى المحافظة في مدينة البصرة أمس لتفريقهم.",
     "Protest with intervention", ("Protesters (Iraq)", "Police Forces of Iraq"), 0),
    # gunfire the protest is about is not force met by the protest
    ("اعتصم المئات في مدينة اللاذقية أمس احتجاجا على قتل ضابط بإطلاق النار عليه أمام منزله.",
     "Peaceful protest", ("Protesters (Syria)", ""), 0),
    # the dead counted "during" a protest fell to force against it; the people killed were the
    # crowd, the forces who fired its second side
    ("قتل ثلاثة محتجين برصاص الشرطة أثناء تظاهرة في مدينة البصرة أمس.",
     "Excessive force against protesters", ("Protesters (Iraq)", "Police Forces of Iraq"), 3),
    ("استشهد 12 فلسطينيا برصاص قوات الاحتلال أمس في مدينة خان يونس خلال مسيرات على السياج.",
     "Excessive force against protesters", ("Protesters (Palestine)", "Military Forces of Israel"), 12),
    # ... words of taking part may stand between "during" and the protest
    ("قتل ثلاثة فلسطينيين برصاص الاحتلال أمس قرب السياج شرق خان يونس خلال مشاركتهم في مسيرات العودة.",
     "Excessive force against protesters", ("Protesters (Palestine)", "Military Forces of Israel"), 3),
])
def test_protests_met_with_force_and_their_topics(pipeline, text, sub, sides, dead):
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, (ev.actor1, ev.actor2), ev.fatalities) == (sub, sides, dead)


@pytest.mark.parametrize("text,sub,sides,dead", [
    # captives a group executes are civilians (codebook rule 5), and the executed are dead
    ("أعدم تنظيم داعش أمس 12 جنديا عراقيا في مدينة الموصل.", "Attack", ("Islamic State (Iraq)", "Civilians (Iraq)"), 12),
    # an officer killed at home, off duty, is a civilian
    ("اغتال مسلحون مجهولون أمس ضابطا في الجيش اللبناني أمام منزله في مدينة طرابلس شمال لبنان.",
     "Attack", ("Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)"), None),
    ("قتل مسلحون مجهولون أمس عقيدا في الشرطة بإطلاق النار عليه أمام منزله في مدينة طرابلس شمال لبنان.",
     "Attack", ("Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)"), 1),
    # an armed side struck on duty, or a commander of an armed group, is a fight: an armed clash
    ("اغتال مسلحون مجهولون أمس ضابطا في الجيش اللبناني عند حاجز في مدينة طرابلس شمال لبنان.",
     "Armed clash", ("Unidentified Armed Group (Lebanon)", "Military Forces of Lebanon"), None),
    ("اغتال مسلحون مجهولون أمس قياديا في حركة أحرار الشام بإطلاق النار عليه في مدينة إدلب.",
     "Armed clash", ("Unidentified Armed Group (Syria)", "Ahrar al-Sham"), None),
])
def test_killings_of_armed_men_by_duty(pipeline, text, sub, sides, dead):
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == (sub, sides)
    if dead is not None:
        assert ev.fatalities == dead


@pytest.mark.parametrize("text,sub,sides", [
    # ground handed over without a fight: the side that enters takes it
    ("انسحبت قوات المعارضة من بلدة خان شيخون بريف إدلب الجنوبي أمس ودخلتها قوات النظام دون قتال.",
     "Non-violent transfer of territory", ("Military Forces of Syria", "Opposition Rebels (Syria)")),
    # protesters who set a building on fire riot
    ("أحرق محتجون غاضبون أمس مقر المجلس البلدي في مدينة الناصرية جنوب العراق احتجاجا على تردي الخدمات.",
     "Violent demonstration", ("Rioters (Iraq)", "")),
])
def test_handovers_and_arson(pipeline, text, sub, sides):
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == (sub, sides)


@pytest.mark.parametrize("text,sub,a1,place", [
    # drones shot down and missiles intercepted were stopped: no strike; the sides named place
    # "القنيطرة" in Syria (Quneitra), not in Morocco (Kenitra)
    ("أسقطت الدفاعات الجوية السورية طائرة مسيرة إسرائيلية في سماء القنيطرة أمس.",
     "Disrupted weapons use", "Military Forces of Syria", "Qunaytirah"),
    # ... also where the town's word names the smaller of the two (a town of Syria, a city of Morocco)
    ("قصفت قوات النظام بلدة القنيطرة بقذائف المدفعية.",
     "Shelling/artillery/missile attack", "Military Forces of Syria", "Qunaytirah"),
    ("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته جماعة الحوثي باتجاه مدينة جازان أمس.",
     "Disrupted weapons use", "Military Forces of Saudi Arabia", "Jizan"),
    # a quarter the gazetteer lacks, named like a city abroad ("حي الميدان": not Medan), says
    # nothing of the country
    ("قتل طفلان وأصيبت والدتهما بقذيفة هاون سقطت على منزلهم في حي الميدان بدمشق صباح اليوم.",
     "Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Damascus"),
])
def test_intercepted_weapons_and_country_ties(pipeline, text, sub, a1, place):
    ev = _one(pipeline, text, published=date(2019, 3, 10))
    assert (ev.sub_event_type, ev.actor1, ev.location) == (sub, a1, place)


def test_gunfire_at_a_bus_of_christians(pipeline):
    # "أطلق مسلحون النار على": the shooters named between the verb and its object; Christians on a
    # bus are civilians
    ev = _one(pipeline, "أطلق مسلحون النار على حافلة تقل مسيحيين في محافظة المنيا فقتلوا سبعة منهم.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Unidentified Armed Group (Egypt)", "Civilians (Egypt)", 7)


@pytest.mark.parametrize("text,dead", [
    ("هاجم مسلحون يعتقد أنهم من حركة الشباب مركزا للشرطة في مدينة مانديرا الكينية وقتلوا أربعة من رجال الشرطة.", 4),
    ("هاجم مسلحون يشتبه بأنهم ينتمون إلى حركة الشباب مركزا للشرطة في مدينة مانديرا الكينية أمس.", 0),
])
def test_gunmen_believed_to_be_of_a_group_are_its_men(pipeline, text, dead):
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Al Shabaab", "Police Forces of Kenya", dead)


def test_ramming_attack_and_a_settlement_is_no_settler(pipeline):
    # "عملية دهس": a car-ramming attack; "مستوطنة" (a settlement) names no settlers; soldiers struck
    # on duty make it a fight (codebook rule 5)
    ev = _one(pipeline, "أصيب ثلاثة جنود إسرائيليين بجروح في عملية دهس نفذها فلسطيني قرب مستوطنة كريات أربع أمس.")
    assert (ev.sub_event_type, ev.actor2) == ("Armed clash", "Military Forces of Israel")
    assert ev.actor1 != "Settlers (Israel)"


def test_where_a_minister_spoke_to_the_press_is_no_place_of_the_event(pipeline):
    # "أمام الصحافيين في أنقرة": where the prime minister spoke, not where the bomb went off (cue list
    # speech_place)
    text = ("شهدت مدينة سوروتش التركية أمس هجوما انتحاريا أوقع 30 قتيلا. وقال رئيس الوزراء أمام الصحافيين في "
            "أنقرة إن التفجير ناجم عن اعتداء انتحاري قام به تنظيم داعش.")
    assert {e.location for e in _events(pipeline, text, published=date(2015, 7, 21))} == {"Suruc"}


def test_sources_of_the_press_are_no_journalist(pipeline):
    # "مصادر صحفية": sources of the press; "صحفية" is no journalist struck by the strikes (cue list
    # not_actors)
    ev = _one(pipeline, "وقالت مصادر صحفية إن طائرات التحالف كثفت غاراتها أمس على قاعدة العند الجوية في محافظة لحج.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Air/drone strike", "Military Forces of Saudi Arabia", "")


def test_patrol_fired_on_wounding_two_soldiers(pipeline):
    # "إصابة جنديين": two wounded said with a dual noun; soldiers fired on by men not named: an
    # armed clash with an Unidentified Armed Group
    ev = _one(pipeline, "تعرضت دورية للجيش اللبناني لإطلاق نار في بلدة عرسال، ما أدى إلى إصابة جنديين بجروح طفيفة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.injuries) == (
        "Armed clash", "Unidentified Armed Group (Lebanon)", "Military Forces of Lebanon", 2)


def test_raid_whose_dead_name_the_other_side(pipeline):
    # an airborne raid that killed "a leader in" a group fought that group ("قيادي في" of a dead man
    # is no informant)
    ev = _one(pipeline, "نفذت القوات الأمريكية عملية إنزال جوي في ريف دير الزور الشرقي أسفرت عن مقتل قيادي في "
                        "تنظيم داعش.", published=date(2023, 5, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Military Forces of the United States", "Islamic State (Syria)", 1)


def test_what_an_event_answers_is_no_event_here(pipeline):
    # "ردا على الهجوم الانتحاري في سروج": the bombing answered is told of elsewhere, not an event at
    # the place of the reply
    evs = _events(pipeline, "قصفت المدفعية التركية أمس مواقع حزب العمال الكردستاني في شمال العراق ردا على الهجوم "
                            "الانتحاري الذي استهدف ناشطين في مدينة سروج.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"], [
        (e.sub_event_type, e.location) for e in evs]


def test_abducted_by_unknown_men_are_civilians(pipeline):
    # the unknown men and the unknown place they took him to are one side; the man taken is a civilian
    ev = _one(pipeline, "خطف مسلحون مجهولون أمس ناشطا حقوقيا من منزله في مدينة البصرة واقتادوه إلى جهة مجهولة.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Abduction/forced disappearance", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")


def test_killing_of_an_officer_off_duty_and_a_call_for_execution(pipeline):
    # "أقدم على قتل": a killing committed; the colonel's army ("عقيد في الجيش") is whom he served, not
    # who killed him; killed before his children, off duty: a civilian; "مطالبات بإعدام الجاني" is a call
    evs = _events(pipeline, "قال المرصد إن أحد أقرباء الرئيس أقدم على قتل عقيد في الجيش أمام أولاده مساء أمس في "
                            "مدينة اللاذقية، ما أثار مطالبات بإعدام الجاني.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in evs] == [
        ("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 1)]
    assert [s["text"] for s in evs[0].evidence["sub_event_type"]] == ["أقدم على قتل"]


def test_checkpoint_in_a_town_votes_for_its_country(pipeline):
    # "حاجز في العريش": a checkpoint's word before "في" does not make al-Arish a landmark abroad
    ev = _one(pipeline, "قتل ثلاثة جنود في هجوم على حاجز في العريش يوم 3 أغسطس الجاري.")
    assert (ev.location, ev.country, ev.event_date, ev.fatalities) == ("Arish", "Egypt", "2015-08-03", 3)


def test_gunmen_in_the_nominative_after_a_verb_struck(pipeline):
    # "استهدف مسلحو داعش ... مواقع للجيش": the nominative plural is the verb's subject
    ev = _one(pipeline, "استهدف مسلحو داعش بقذائف الهاون مواقع للجيش العراقي في ناحية البغدادي غربي الأنبار.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Shelling/artillery/missile attack", "Islamic State (Iraq)", "Military Forces of Iraq")


@pytest.mark.parametrize("text,a1,a2", [
    # a side between a verb and the noun of what it struck is the verb's subject; the side that
    # holds the position struck ("موقعا للجيش") is struck
    ("استهدف حزب الله أمس موقعا للجيش الإسرائيلي في مزارع شبعا بصاروخين موجهين.",
     "Hezbollah", "Military Forces of Israel"),
    ("استهدفت حركة الشباب أمس مقرا للجيش الصومالي في مدينة مقديشو بقذائف الهاون.",
     "Al Shabaab", "Military Forces of Somalia"),
    # ... an instrument may stand between the side and what it struck
    ("استهدفت الفصائل الإسلامية بقذائف الهاون مناطق في حي المزة بدمشق، ما أدى لإصابة 4 مواطنين بجراح.",
     "Opposition Rebels (Syria)", "Civilians (Syria)"),
    # ... or a gun or a vehicle of the other side
    ("استهدفت الفصائل المعارضة بصاروخ موجه مدفعا رشاشا لقوات النظام في بلدة الزيارة.",
     "Opposition Rebels (Syria)", "Military Forces of Syria"),
    # ... a ship is what was struck, not the group's own words ("جماعة الحوثي سفينة")
    ("استهدفت جماعة الحوثي سفينة تجارية في خليج عدن بصاروخ باليستي.", "Ansar Allah", ""),
])
def test_the_side_between_a_verb_and_what_it_struck_struck(pipeline, text, a1, a2):
    ev = _one(pipeline, text)
    assert (ev.actor1, ev.actor2) == (a1, a2)


def test_two_civilians_killed_told_with_a_dual(pipeline):
    ev = _one(pipeline, "قُتل مدنيان وجُرح خمسة آخرون بقصف صاروخي لقوات النظام على مدينة دوما في الغوطة الشرقية اليوم.")
    assert (ev.actor2, ev.fatalities, ev.injuries) == ("Civilians (Syria)", 2, 5)


def test_a_drone_is_no_negation(pipeline):
    # "طائرة بدون طيار": "بدون" names a drone; it negates nothing after it
    ev = _one(pipeline, "نفذت طائرة أمريكية بدون طيار غارة على سيارة تقل عناصر من تنظيم القاعدة في محافظة شبوة ما "
                        "أسفر عن مقتل ثلاثة منهم.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula", 3)


@pytest.mark.parametrize("text,sides,dead", [
    # "قتلت الشرطة 3 مسلحين": the police killed; a count after them says so
    ("قتلت الشرطة المصرية 3 مسلحين في تبادل لإطلاق النار خلال مداهمة وكر لهم في محافظة الفيوم.",
     ("Police Forces of Egypt", "Unidentified Armed Group (Egypt)"), 3),
    # "أوقع قتيلين": two dead told with a dual noun
    ("شهدت مدينة القامشلي تفجيرا بسيارة مفخخة استهدف حاجزا لقوات الأسايش الكردية أوقع قتيلين.",
     ("Unidentified Armed Group (Syria)", "Asayish"), 2),
])
def test_killers_before_their_count_and_dual_dead(pipeline, text, sides, dead):
    ev = _one(pipeline, text, published=date(2016, 8, 10))
    assert ((ev.actor1, ev.actor2), ev.fatalities) == (sides, dead)


def test_clash_of_police_with_protesters_is_a_riot(pipeline):
    # "مواجهات بين قوات الأمن ومحتجين": a crowd that fought the police, not a battle of two armed sides
    ev = _one(pipeline, "أسفرت المواجهات بين قوات الأمن ومحتجين غاضبين في مدينة البصرة عن مقتل متظاهر وإصابة 12 من "
                        "عناصر الشرطة.")
    assert (ev.event_type, ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Riots", "Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq", 1)


def test_forces_a_struck_base_houses_are_struck(pipeline):
    # "قاعدة ... التي تضم قوات أمريكية": the forces the base houses were struck; who fired is unnamed
    ev = _one(pipeline, "سقط صاروخ كاتيوشا على قاعدة عين الأسد الجوية التي تضم قوات أمريكية في الأنبار دون وقوع إصابات.",
              published=date(2019, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)", "Military Forces of the United States")


@pytest.mark.parametrize("text,sides,dead", [
    # "قضت على عشرات": wiped out dozens, a fight with its toll
    ("ذكرت وكالة سانا أن وحدات من الجيش العربي السوري قضت على عشرات الإرهابيين في ريف حماة الشمالي.",
     ("Military Forces of Syria", "Unidentified Armed Group (Syria)"), 12),
    # "عناصر متشددة": militants, no civilians of the refugees' camp's name
    ("شهد مخيم عين الحلوة للاجئين الفلسطينيين اشتباكات عنيفة بين حركة فتح وعناصر متشددة أمس.",
     ("Fatah Movement", "Unidentified Armed Group (Lebanon)"), 0),
])
def test_wiped_out_and_militant_elements(pipeline, text, sides, dead):
    ev = _one(pipeline, text, published=date(2017, 8, 10))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2), ev.fatalities) == ("Armed clash", sides, dead)


def test_forces_that_killed_a_person_named_after_them(pipeline):
    # "قتلت قوات الاحتلال شابا فلسطينيا": the forces between the verb and the one they killed killed
    ev = _one(pipeline, "قتلت قوات الاحتلال الإسرائيلي شابا فلسطينيا قرب الحرم الإبراهيمي في الخليل أمس.",
              published=date(2016, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Military Forces of Israel", "Civilians (Palestine)", 1)


def test_withdrawal_after_a_taking_is_ground_changing_hands(pipeline):
    # "انسحبت قوات النظام من المطار بعد سيطرة جيش الفتح عليه": one side left, the other took it; the
    # side between "سيطرة" and "عليه" took it
    ev = _one(pipeline, "انسحبت قوات النظام من مطار أبو الظهور العسكري بعد سيطرة جيش الفتح عليه.")
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Non-state actor overtakes territory", "Jaish al-Fatah", "Military Forces of Syria")


def test_a_nominative_plural_after_a_preposition_is_no_subject():
    # "استهدف مسلحو داعش" names the subject; after "على" (normalised "علي") the side is what was struck
    from marsad.events.actors import Actor, assign_roles
    from marsad.text.normalize import normalize

    norm = normalize("شن الجيش هجوما على مسلحو داعش").norm
    start = norm.index("مسلحو")
    army = Actor("Military Forces of Iraq", 1, "named", "الجيش", Span(3, 8), 3, 8)
    gunmen = Actor("Islamic State (Iraq)", 2, "named", "مسلحو داعش", Span(start, len(norm)), start, len(norm))
    roles = assign_roles([army, gunmen], norm, norm.index("هجوما"), 0)
    assert (roles.actor1.name, roles.actor2.name) == ("Military Forces of Iraq", "Islamic State (Iraq)")


@pytest.mark.parametrize("text,sides", [
    # "في هجوم لتنظيم داعش": the attack is the group's, though a count of the dead stands before it
    ("قتل 4 جنود في هجوم لتنظيم داعش على نقطة تفتيش في قضاء الطارمية شمال بغداد.",
     ("Islamic State (Iraq)", "Military Forces of Iraq")),
    ("أصيب ستة جنود بجروح في هجوم لحزب العمال الكردستاني في ولاية شرناق التركية.",
     ("PKK: Kurdistan Workers Party", "Military Forces of Turkey")),
    # "صد هجوم لـ": the side that repelled it is the sentence's subject, and comes first
    ("تمكن الجيش الصومالي من صد هجوم لحركة الشباب على قاعدة عسكرية في إقليم شبيلي السفلى.",
     ("Military Forces of Somalia", "Al Shabaab")),
])
def test_the_side_an_attack_belongs_to(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2017, 8, 10))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == ("Armed clash", sides)


@pytest.mark.parametrize("text,side,dead", [
    # one dual names both sides; the persons killed are the toll, not a side
    ("اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية الليبية مساء أمس أسفرت عن مقتل خمسة أشخاص.",
     "Unidentified Armed Group (Libya)", 5),
    ("قتل شخصان في مواجهات بين عشيرتين في محافظة البصرة جنوب العراق أمس.", "Tribal Militia (Iraq)", 2),
])
def test_a_dual_names_both_sides_of_a_fight(pipeline, text, side, dead):
    ev = _one(pipeline, text, published=date(2017, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == ("Armed clash", side, side, dead)


def test_a_side_at_home_in_one_country_reads_a_shared_place_name_there(pipeline):
    # "الجوف" is a province of Yemen and a region of Saudi Arabia; the Houthis (who also strike
    # Saudi Arabia) are at home in Yemen
    ev = _one(pipeline, "قتل أربعة جنود في هجوم للحوثيين على موقع عسكري في محافظة الجوف أمس.",
              published=date(2017, 8, 10))
    assert (ev.country, ev.actor1, ev.actor2) == ("Yemen", "Ansar Allah", "Military Forces of Yemen")


def test_a_struggle_or_an_aim_for_control_takes_no_ground(pipeline):
    evs = _events(pipeline, "تسعى قوات المعارضة للسيطرة على مطار أبو الظهور العسكري، وسط التنافس على السيطرة "
                            "على المنطقة بين الفصائل.", published=date(2017, 8, 10))
    assert not evs, [(e.sub_event_type, e.location) for e in evs]


@pytest.mark.parametrize("text,sub,sides", [
    # the crowd counted ("آلاف المتظاهرين") protested: it is actor1, the forces that met it actor2
    ("خرج آلاف المتظاهرين في مدينة أم درمان للمطالبة بالحكم المدني، وأطلقت قوات الأمن الغاز المسيل للدموع "
     "لتفريقهم.", "Protest with intervention", ("Protesters (Sudan)", "Police Forces of Sudan")),
    # "أضرم مئات المحتجين النار": the verb, the crowd, then the fire: a riot
    ("أضرم مئات المحتجين النار في مبنى مجلس المحافظة في مدينة الناصرية أمس.", "Violent demonstration",
     ("Rioters (Iraq)", "")),
])
def test_a_crowd_counted_is_the_one_that_protested(pipeline, text, sub, sides):
    ev = _one(pipeline, text, published=date(2017, 8, 10))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == (sub, sides)


@pytest.mark.parametrize("text", [
    # the side that foiled it stands between the word of foiling and the car bomb
    "أحبطت قوات الأمن العراقية تفجير سيارة مفخخة عند مدخل مدينة سامراء فجر أمس.",
    # an attempt foiled is what the word of foiling tells, not an attempt that failed of itself
    "أعلنت قيادة العمليات المشتركة إحباط محاولة لتفجير سيارة مفخخة في قضاء الطارمية أمس.",
    # "إحباط هجوم بسيارة مفخخة": the bomb of the foiled attack was stopped
    "تمكنت القوات الأمنية من إحباط هجوم بسيارة مفخخة على نقطة تفتيش في مدينة سامراء أمس.",
    # a workshop that rigs car bombs, seized
    "وضبطت الشرطة الاتحادية أمس ورشة لتفخيخ العجلات جنوبي مدينة تكريت.",
])
def test_a_foiled_bombing_is_disrupted_weapons_use(pipeline, text):
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, ev.country, ev.fatalities) == ("Disrupted weapons use", "Iraq", 0)


def test_a_foiled_attack_without_a_bomb_is_still_a_clash(pipeline):
    ev = _one(pipeline, "تمكنت القوات الأمنية من إحباط هجوم على نقطة تفتيش في مدينة سامراء أمس.")
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text,events", [
    # "اتفاقا لوقف إطلاق النار": what was agreed, not an aim; signed, it is an agreement
    ("وقع الطرفان اتفاقا لوقف إطلاق النار في مدينة غريان برعاية البعثة الأممية أمس.", ["Agreement"]),
    # called for, it is none
    ("دعت البعثة الأممية الطرفين إلى اتفاق لوقف إطلاق النار في مدينة غريان.", []),
    # a truce that took effect, the place between its words
    ("دخلت هدنة وقف إطلاق النار في مدينة تعز حيز التنفيذ منتصف ليل الأحد.", ["Agreement"]),
])
def test_an_agreement_for_a_ceasefire(pipeline, text, events):
    assert [e.sub_event_type for e in _events(pipeline, text)] == events


@pytest.mark.parametrize("text,sides", [
    # the fight was between the group and the army; the civilians counted died in it
    ("اشتبك مسلحو تنظيم داعش مع القوات العراقية في قضاء تلعفر أمس ما أدى إلى مقتل 9 مدنيين.",
     ("Islamic State (Iraq)", "Military Forces of Iraq")),
    # one side named: the civilians are still no side of the fight
    ("قتل 9 مدنيين في معارك عنيفة خاضها تنظيم داعش في قضاء تلعفر أمس.", ("Islamic State (Iraq)", "")),
])
def test_civilians_killed_in_a_battle_are_its_toll_not_a_side(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2017, 8, 10))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2), ev.fatalities) == ("Armed clash", sides, 9)


def test_civilians_attacked_by_men_not_named(pipeline):
    # "هاجموا حافلات ركاب": an attack on civilians by men the sentence does not name
    ev = _one(pipeline, "وقد هاجموا أمس حافلات ركاب قرب بلدة مبيكيتوني في مقاطعة لامو الكينية.",
              published=date(2015, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


@pytest.mark.parametrize("text", [
    "فتحت قوات الأمن المصرية النار على مشجعين في محيط استاد القاهرة أمس، ما أسفر عن مقتل ثلاثة.",
    "أطلق مسلحون الرصاص على المارة في سوق مدينة بعقوبة أمس فقتلوا ثلاثة.",
])
def test_fans_and_passers_by_fired_on_are_civilians(pipeline, text):
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, ev.actor2.startswith("Civilians"), ev.fatalities) == ("Attack", True, 3)


def test_villagers_attacked_are_civilians(pipeline):
    ev = _one(pipeline, "هاجم مسلحو بوكو حرام قرية في ولاية بورنو وقتلوا 15 قرويا.", published=date(2016, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Boko Haram", "Civilians (Nigeria)", 15)


@pytest.mark.parametrize("text,sides", [
    # "أعلن الجيش سيطرته الكاملة على": the side claims the ground taken
    ("أعلن الجيش الليبي سيطرته الكاملة على منطقة الصابري في مدينة بنغازي.",
     ("Government regains territory", "Military Forces of Libya (2014-) House of Representatives")),
    # "على الشوارع، وأن الثوار": a word of striking does not reach across a comma to the side
    ("قال شهود إن جثث عشرات الحوثيين تتناثر على الشوارع، وأن رجال المقاومة الشعبية أكملوا سيطرتهم الكاملة على "
     "مدينة الحوطة.", ("Non-state actor overtakes territory", "Popular Resistance")),
])
def test_full_control_claimed(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2016, 8, 10))
    assert (ev.sub_event_type, ev.actor1) == sides


def test_a_protest_dispersed_in_a_later_sentence(pipeline):
    # "تطالب" (a demand) does not reach across the comma; "لتفريقهم": they moved in and dispersed them;
    # the sentence with no place tells the protest of the sentence before, met with force
    evs = _events(pipeline, "خرج آلاف المحتجين الأحد في مسيرة بمدينة الناظور شمال المغرب.\nوردد المحتجون شعارات "
                            "تطالب بالتنمية، قبل أن تتدخل قوات الأمن لتفريقهم، ما أسفر عن إصابة عشرة أشخاص.",
                  published=date(2016, 9, 20))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.injuries) for e in evs] == [
        ("Protest with intervention", "Protesters (Morocco)", "Police Forces of Morocco", 10)]


@pytest.mark.parametrize("text,sides", [
    # the side that arrested was named in the clause before ("داهمت قوات الاحتلال ... واعتقلت")
    ("اقتحمت قوات الاحتلال بلدة عزون شرق قلقيلية فجر اليوم، واعتقلت ثلاثة مواطنين بعد مواجهات مع الأهالي.",
     ("Military Forces of Israel", "Civilians (Palestine)")),
    # a count right after a verb of arrest starts its object, not a counted subject
    ("اقتحمت قوات الاحتلال قرية كفر قدوم شرق قلقيلية واعتقلت أربعة شبان.",
     ("Military Forces of Israel", "Civilians (Palestine)")),
])
def test_the_side_that_arrested_in_the_clause_before(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2016, 8, 10))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == ("Arrests", sides)


@pytest.mark.parametrize("text,sub,sides", [
    # youths arrested where no riot is told are civilians (the word is a rioter's only in a riot)
    ("اعتقلت قوات الاحتلال الإسرائيلي خمسة شبان من بلدة بيت أمر شمال الخليل فجر اليوم.",
     "Arrests", ("Military Forces of Israel", "Civilians (Palestine)")),
    # settlers who attack Palestinians' homes attack civilians
    ("هاجم مستوطنون منازل فلسطينيين في قرية بورين جنوب نابلس أمس.",
     "Attack", ("Settlers (Israel)", "Civilians (Palestine)")),
])
def test_youths_and_palestinians_held_or_attacked_are_civilians(pipeline, text, sub, sides):
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == (sub, sides)


@pytest.mark.parametrize("text,dead", [
    ("قتل رجل على يد حشد من الأهالي في مدينة بنغازي بعد اتهامه بالسرقة.", 1),
    ("اعتدت جموع غاضبة على لاجئين في مدينة بنغازي، ما أدى إلى إصابة خمسة منهم.", 0),
])
def test_a_crowd_that_kills_or_beats_is_a_mob(pipeline, text, dead):
    ev = _one(pipeline, text)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Mob violence", "Rioters (Libya)", "Civilians (Libya)", dead)


@pytest.mark.parametrize("text,sides", [
    ("أصيب عشرة فلسطينيين خلال مواجهات مع قوات الاحتلال عند المدخل الشمالي لمدينة البيرة.",
     ("Rioters (Palestine)", "Military Forces of Israel")),
    ("اندلعت مواجهات بين الأهالي وقوات الأمن في مدينة الحسيمة أمس.", ("Rioters (Morocco)", "Police Forces of Morocco")),
])
def test_people_who_confront_the_forces_riot(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2016, 5, 10))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == ("Violent demonstration", sides)


def test_a_confrontation_of_two_armed_sides_stays_a_battle(pipeline):
    ev = _one(pipeline, "اندلعت مواجهات عنيفة بين قوات النظام وتنظيم داعش في محيط مدينة تدمر.",
              published=date(2016, 5, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", "Military Forces of Syria", "Islamic State (Syria)")


@pytest.mark.parametrize("text,side,place", [
    ("افتتح تنظيم داعش مقرا جديدا له في مدينة سرت الليبية.", "Islamic State (Libya)", "Sirte"),
    ("أقامت القوات التركية قاعدة عسكرية في بلدة بعشيقة شمال الموصل.", "Military Forces of Turkey", "Bashiqa"),
])
def test_a_base_set_up_after_a_verb_of_founding(pipeline, text, side, place):
    ev = _one(pipeline, text, published=date(2016, 5, 10))
    assert (ev.sub_event_type, ev.actor1, ev.location) == ("Headquarters or base established", side, place)


def test_a_base_struck_is_no_base_set_up(pipeline):
    evs = _events(pipeline, "قصفت الطائرات التركية قاعدة عسكرية في بلدة بعشيقة شمال الموصل.", published=date(2016, 5, 10))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


@pytest.mark.parametrize("text,side", [
    ("قصفت طائرة مسيرة أمريكية سيارة تقل عناصر من تنظيم القاعدة في محافظة شبوة، ما أدى إلى مقتل ثلاثة منهم.",
     "Military Forces of the United States"),
    ("قصفت مقاتلات حربية روسية بلدة كفرنبل في ريف إدلب أمس.", "Military Forces of Russia"),
    ("نفذت طائرات حربية يعتقد أنها روسية أكثر من 20 غارة على بلدة حريتان في ريف حلب الشمالي.",
     "Military Forces of Russia"),
])
def test_planes_followed_by_a_nation_are_its_air_force(pipeline, text, side):
    ev = _one(pipeline, text, published=date(2016, 5, 10))
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", side)
    assert "ة" in ev.evidence["actor1"][0]["text"][-1:]  # the evidence holds the nation's adjective


@pytest.mark.parametrize("text,sub,side,victim", [
    ("قتل ثلاثة عناصر من حزب الله في غارة إسرائيلية استهدفت سيارتهم في ريف دمشق.", "Air/drone strike",
     "Military Forces of Israel", "Hezbollah"),
    ("قتل خمسة مدنيين في غارات جوية روسية على مدينة إدلب.", "Air/drone strike", "Military Forces of Russia",
     "Civilians (Syria)"),
    ("قتل عشرة مسلحين من حركة الشباب في غارة أمريكية جنوب الصومال.", "Air/drone strike",
     "Military Forces of the United States", "Al Shabaab"),
    ("قتل مدنيان في قصف مدفعي تركي على قرية في ريف عفرين.", "Shelling/artillery/missile attack",
     "Military Forces of Turkey", "Civilians (Syria)"),
    # ... also when they are only believed to be the nation's
    ("قتل 11 مدنيا على الأقل جراء غارات جوية يرجح أنها روسية استهدفت بلدة كفرنبل في ريف إدلب.",
     "Air/drone strike", "Military Forces of Russia", "Civilians (Syria)"),
])
def test_a_nation_after_the_word_of_a_strike_struck(pipeline, text, sub, side, victim):
    # "غارة إسرائيلية"، "قصف مدفعي تركي": the nation's adjective names who struck
    ev = _one(pipeline, text, published=date(2016, 5, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (sub, side, victim)
    assert ev.evidence["actor1"][0]["text"] in text.split()


@pytest.mark.parametrize("text,dead", [
    # more dead told with a number in a later clause of the sentence are added
    ("قتل شرطيان في هجوم مسلح على نقطة تفتيش في مدينة بنغازي، وقتل أحد المهاجمين.", 3),
    ("أسفرت الاشتباكات بين الطرفين في بلدة قرقور عن سقوط 20 قتيلا في صفوف القوات النظامية، في حين سقط ثمانية "
     "قتلى من المعارضة.", 28),
    # the dead with no number are those counted before
    ("قتل تسعة عناصر من داعش في غارات جوية نفذتها مقاتلات تركية على مواقع للتنظيم في ريف حلب، وقد نقل القتلى "
     "والجرحى إلى مستشفى منبج.", 9),
])
def test_more_dead_told_in_a_later_clause(pipeline, text, dead):
    evs = _events(pipeline, text, published=date(2015, 7, 25))
    assert [e.fatalities for e in evs] == [dead]


@pytest.mark.parametrize("text,dead", [
    # bodies found are the dead of an attack by men the text does not name
    ("عثر على جثث 12 شخصا مجهولي الهوية مقتولين بالرصاص في منطقة الدورة جنوب بغداد.", 12),
    ("وعثرت شرطة المحافظة على جثتي رجلين مجهولي الهوية قضيا رميا بالرصاص قرب مدينة كركوك.", 2),
])
def test_bodies_found_are_an_attack(pipeline, text, dead):
    ev = _one(pipeline, text, published=date(2016, 5, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", dead)


@pytest.mark.parametrize("text", [
    # bodies handed over or pulled from a boat are no attack
    "سلمت السلطات جثة الشاب إلى ذويه في مدينة الخليل.",
    "ارتفع عدد الوفيات في حادث غرق مركب بمحافظة الجيزة إلى 29 شخصا بعد انتشال 11 جثة جديدة.",
    # a toll summed over separate incidents is no event of its own
    "لقي 6 أشخاص مصرعهم في حوادث أمنية منفصلة في بغداد.",
    # nor are deaths in an accident
    "لقي سبعة جنود مصرعهم أمس بحادث تحطم طائرة مروحية عسكرية في ولاية قندوز شمال أفغانستان.",
    # thousands taken are a tally of months, not one day's abduction or arrests
    "وقال المسؤول إن الجماعة اختطفت آلاف المدنيين بينهم نساء وأطفال في ولاية بورنو.",
    "وبحسب الحصيلة، فإن 3200 شخص خطفوا من قبل التنظيم في قضاء سنجار.",
    # mines that lie about are a danger, not a blast
    "وحذرت السلطات الأهالي من العودة إلى قراهم في ريف تعز نظرا لوجود الألغام المنتشرة في الحقول.",
    # jets deployed to a base have struck nothing
    "وأعلنت الولايات المتحدة أمس نشر مقاتلات من طراز ف-16 في قاعدة انجيرليك جنوب تركيا للمشاركة في الحرب على داعش.",
])
def test_what_tells_no_event_of_its_own(pipeline, text):
    assert _events(pipeline, text, published=date(2016, 5, 10)) == []


def test_arrests_breaking_up_a_protest_are_its_intervention(pipeline):
    text = ("خرج مئات الطلاب في مظاهرة بجامعة الخرطوم يوم الأحد احتجاجا على ارتفاع الأسعار، وفرقت الشرطة "
            "المتظاهرين بالغاز المسيل للدموع واعتقلت عشرين طالبا.")
    evs = _events(pipeline, text, published=date(2016, 3, 15))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Protest with intervention", "Protesters (Sudan)", "Police Forces of Sudan")]


@pytest.mark.parametrize("text,sub,dead", [
    # a raid that killed was a fight
    ("أعلن المتحدث العسكري مقتل 10 عناصر تكفيرية خلال مداهمات نفذتها قوات الجيش في مناطق جنوب الشيخ زويد.",
     "Armed clash", 10),
    # an arrest in a raid, beside a toll of the attack it follows, stays an arrest with no toll
    ("اعتقلت قوات الأمن خمسة أشخاص خلال مداهمات في مدينة العريش بعد الهجوم الذي خلف 27 قتيلا.", "Arrests", 0),
])
def test_a_raid_that_killed_was_a_fight(pipeline, text, sub, dead):
    ev = _one(pipeline, text, published=date(2016, 3, 15))
    assert (ev.sub_event_type, ev.fatalities) == (sub, dead)


def test_two_names_after_a_verb_of_exchange_are_the_two_sides(pipeline):
    ev = _one(pipeline, "تبادل الجيش الإسرائيلي وحزب الله القصف المدفعي على الحدود اللبنانية في منطقة مزارع شبعا.",
              published=date(2016, 6, 20))
    assert (ev.actor1, ev.actor2) == ("Military Forces of Israel", "Hezbollah")


@pytest.mark.parametrize("text,sides,allies", [
    # the names before "من جهة" are one side, the first after it the other
    ("دارت اشتباكات عنيفة أمس في بلدة الزيارة بسهل الغاب بين قوات النظام وحزب الله وقوات الدفاع الوطني من "
     "جهة، والفصائل الإسلامية من جهة أخرى.", ("Military Forces of Syria", "Opposition Rebels (Syria)"),
     {"Hezbollah", "NDF: National Defence Forces"}),
    ("تستمر المواجهات في محيط بلدة المنصورة بسهل الغاب بين تنظيم داعش من طرف، وقوات النظام والمسلحين الموالين "
     "لها من طرف آخر.", ("Islamic State (Syria)", "Military Forces of Syria"), set()),
    # "من جهة القلمون" is a direction, not the close of a side: the two sides are the two names after "بين"
    ("دارت اشتباكات أمس بين قوات النظام وتنظيم داعش في بلدة القريتين من جهة القلمون الشرقي.",
     ("Military Forces of Syria", "Islamic State (Syria)"), set()),
])
def test_words_that_close_a_side_of_a_fight(pipeline, text, sides, allies):
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.actor1, ev.actor2) == sides
    assert allies <= set(ev.assoc_actor_1)


def test_the_sides_of_a_fight_in_the_clause_after_it(pipeline):
    # the clause of the second fight names no side: they are those after its "بين", not the first fight's
    evs = _events(pipeline, "دارت أمس اشتباكات بين جبهة النصرة وقوات النظام في محيط قرية حندرات بريف حلب الشمالي، "
                            "بينما دارت اشتباكات على أطراف حي الخالدية شمال حلب، بين قوات النظام من طرف، "
                            "وغرفة عمليات فتح حلب من طرف آخر.", published=date(2015, 8, 9))
    sides = {e.location: (e.actor1, e.actor2) for e in evs}
    assert sides["Aleppo - Khalidiya"] == ("Military Forces of Syria", "Fatah Halab Operations Room")
    assert sides["Handarat"] == ("Jabhat al-Nusra", "Military Forces of Syria")


def test_a_second_between_opens_the_other_side(pipeline):
    ev = _one(pipeline, "استهدفت الفصائل المقاتلة آلية لقوات النظام في منطقة الزيارة، في حين دارت اشتباكات عنيفة في "
                        "محيط قرية المشيك، بين قوات النظام و«حزب الله» ومسلحين داعمين لهما، وبين مقاتلين تابعين "
                        "للفصائل الإسلامية.", published=date(2015, 8, 9))
    assert (ev.location, ev.actor1, ev.actor2) == ("Mushayk", "Military Forces of Syria", "Opposition Rebels (Syria)")


def test_the_side_places_are_loyal_to_is_acted_on(pipeline):
    # "بلدات موالية للنظام" says whom the towns side with: the regime is the side the taking was from
    ev = _one(pipeline, "وفي سهل الغاب -قرب بلدات موالية للنظام في ريف اللاذقية- استعاد جيش الفتح أمس قرية المشيك.",
              published=date(2015, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Non-state actor overtakes territory", "Jaish al-Fatah", "Military Forces of Syria")


@pytest.mark.parametrize("text,sides", [
    # "إثر قيام X بإطلاق النار": X shot
    ("في المقابل، لقي أمين شرطة من قوة مركز ديرب نجم بمحافظة الشرقية مصرعه إثر قيام مجهولين يستقلان دراجة "
     "نارية بإطلاق النار عليه، حسبما أفاد مدير أمن الشرقية.", ("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")),
    # "قذائف أطلقتها X": X fired them
    ("أصيب خمسة مدنيين جراء سقوط قذائف أطلقتها كتائب مقاتلة على حي الميدان في مدينة حلب.",
     ("Opposition Rebels (Syria)", "Civilians (Syria)")),
])
def test_the_side_that_did_it_after_a_verbal_noun_or_a_verb_with_its_object(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2015, 8, 6))
    assert (ev.actor1, ev.actor2) == sides


def test_hostage_takers_who_killed_soldiers_fought_them(pipeline):
    # men who took hostages in a hotel and killed soldiers on duty: an Armed clash with the army
    # (codebook rule 5), not an abduction of civilians
    ev = _one(pipeline, "قتل تسعة أشخاص، بينهم أربعة عسكريين، في عملية احتجاز الرهائن في فندق بمدينة موبتي وسط مالي "
                        "أمس الجمعة.", published=date(2015, 8, 8))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali", 9)


def test_a_verbal_noun_joined_to_a_plan_is_the_plan(pipeline):
    text = ("وقال قائد ميداني إن المقاومة تستعد لاقتحام معسكر الجيش في مديرية مقبنة، والسيطرة على الطريق الرابط "
            "بين تعز والحديدة.")
    assert _events(pipeline, text, published=date(2015, 8, 6)) == []
    # not after a clause of what happened
    text = "وقصفت طائرات التحالف مواقع الحوثيين في مدينة تعز، والسيطرة على مديرية السبرة."
    assert len(_events(pipeline, text, published=date(2015, 8, 6))) == 2


def test_a_note_of_protest_is_no_protest(pipeline):
    # a state lodges a protest over shelling: the shelling is the event, not a crowd
    ev = _one(pipeline, "قدمت وزارة الخارجية الباكستانية أمس مذكرة احتجاج بشأن القصف الذي شنته القوات الهندية على "
                        "قرى حدودية في إقليم البنجاب وأدى إلى مقتل ثلاثة مدنيين.", published=date(2016, 6, 20))
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Shelling/artillery/missile attack",
                                                             "Military Forces of India", 3)


def test_a_judge_killed_is_a_civilian(pipeline):
    # a bare "قتل" is violence against civilians when the text names who: a judge is one
    ev = _one(pipeline, "أعلنت حركة طالبان الباكستانية أمس المسؤولية عن قتل قاض في مدينة بيشاور.",
              published=date(2016, 6, 20))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "TTP: Tehrik-i-Taliban Pakistan", "Civilians (Pakistan)", 1)


def test_the_death_a_crowd_protests_is_not_its_toll(pipeline):
    ev = _one(pipeline, "أحرق متظاهرون مقر حزب المؤتمر الوطني في مدينة ود مدني احتجاجا على مقتل طالب.",
              published=date(2016, 6, 20))
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Violent demonstration", "Rioters (Sudan)", 0)


@pytest.mark.parametrize("text,sub,sides", [
    ("قنص مسلحو داعش جنديين عراقيين على أطراف مدينة الرمادي.", "Armed clash",
     ("Islamic State (Iraq)", "Military Forces of Iraq")),
    ("قتل خمسة مدنيين برصاص قناصة من الحوثيين في مدينة تعز.", "Attack", ("Ansar Allah", "Civilians (Yemen)")),
])
def test_sniping(pipeline, text, sub, sides):
    ev = _one(pipeline, text, published=date(2016, 5, 10))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == (sub, sides)


def test_the_police_of_no_named_side_in_jerusalem_is_israels(pipeline):
    ev = _one(pipeline, "اعتقلت الشرطة خمسة شبان من باحات المسجد الأقصى في القدس المحتلة.", published=date(2016, 5, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Arrests", "Police Forces of Israel", "Civilians (Palestine)")


@pytest.mark.parametrize("text,sides", [
    # the names joined by "و" are the two parties of an agreement; a cessation of hostilities is one
    ("وقعت الحركة الشعبية قطاع الشمال والقوات السودانية أمس اتفاقا لوقف الأعمال العدائية في جنوب كردفان.",
     ("SPLM-N: Sudan People's Liberation Movement-North", "Military Forces of Sudan")),
    # prisoners released in an exchange: an agreement carried out
    ("أفرج الحوثيون عن 25 أسيرا من القوات الموالية للحكومة في صفقة تبادل مع المقاومة الشعبية في تعز أمس.",
     ("Ansar Allah", "Military Forces of Yemen (2012-) Hadi Government")),
])
def test_agreements_made_and_their_parties(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2016, 4, 12))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == ("Agreement", sides)


def test_a_release_ends_a_captivity_told_after_it(pipeline):
    text = "أطلق تنظيم داعش سراح 40 مسيحيا آشوريا كان قد اختطفهم من قرى الخابور في ريف الحسكة."
    assert _events(pipeline, text, published=date(2016, 4, 12)) == []
    # an abduction told before the release is news
    ev = _one(pipeline, "اختطف مسلحون ثلاثة مهندسين في مدينة الناصرية ثم أطلقوا سراحهم بعد ساعات.",
              published=date(2016, 4, 12))
    assert ev.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("text,sub,sides,dead", [
    # a side between a verb of killing and a count killed them
    ("قتلت حركة طالبان 12 شرطيا أفغانيا في هجوم على مركز للشرطة في ولاية هلمند جنوب أفغانستان.",
     "Armed clash", ("Taliban", "Police Forces of Afghanistan"), 12),
    # also named as the group of unnamed men; an armed group that kills and burns is no crowd
    ("قتل مسلحون من بوكو حرام 30 قرويا وأحرقوا منازلهم في قرية دالوري قرب مايدوغوري أمس.",
     "Attack", ("Boko Haram", "Civilians (Nigeria)"), 30),
])
def test_the_side_that_killed_a_count(pipeline, text, sub, sides, dead):
    ev = _one(pipeline, text, published=date(2016, 2, 10))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2), ev.fatalities) == (sub, sides, dead)


def test_a_short_tail_that_tells_only_when_dates_the_frame(pipeline):
    ev = _one(pipeline, "قتل خمسة جنود في هجوم لتنظيم داعش على ثكنة للجيش في منطقة الشيخ زويد، الأسبوع الماضي.",
              published=date(2016, 8, 20))
    assert (ev.event_date, ev.time_precision) == ("2016-08-13", 2)


def test_the_quarters_of_a_city_are_in_the_city(pipeline):
    # "أحياء حلب الشرقية": the quarters of Aleppo, the city named (no quarter is called Aleppo)
    ev = _one(pipeline, "شن الطيران الروسي غارات على أحياء حلب الشرقية المحاصرة أوقعت 25 قتيلا بينهم أطفال.",
              published=date(2016, 9, 5))
    assert (ev.country, ev.location, ev.actor2) == ("Syria", "Aleppo", "Civilians (Syria)")


@pytest.mark.parametrize("text,events", [
    # one attack a verb of launching carried out, its side named between them
    ("شنت وحدات حماية الشعب الكردية هجوما على مواقع لفصائل درع الفرات قرب بلدة العريمة بريف حلب.",
     [("Armed clash", "YPG: People's Protection Units")]),
    # attacks over months are background
    ("وشن المتمردون في الأشهر الأخيرة هجمات دامية على الجزر في بحيرة تشاد.", []),
    # ... one repelled was fought, by who attacked
    ("صد الجيش العراقي هجوما لداعش على بلدة بعشيقة قرب الموصل.", [("Armed clash", "Islamic State (Iraq)")]),
    ("تصدى الجيش العراقي لهجوم شنه داعش على بلدة بعشيقة قرب الموصل.", [("Armed clash", "Islamic State (Iraq)")]),
])
def test_an_attack_launched(pipeline, text, events):
    evs = _events(pipeline, text, published=date(2016, 9, 5))
    assert [(e.sub_event_type, e.actor1) for e in evs] == events


def test_a_foreign_resident_killed_is_a_civilian(pipeline):
    ev = _one(pipeline, "سقطت قذائف أطلقها الحوثيون على قرى في منطقة جازان، ما أدى إلى مقتل مقيم يمني.",
              published=date(2016, 9, 5))
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Ansar Allah", "Civilians (Saudi Arabia)", 1)


def test_a_toll_of_several_attacks_is_not_one_attacks(pipeline):
    text = ("مقتل 7 من الشرطة في هجومين بالعراق\n"
            "قتل خمسة من عناصر الشرطة العراقية بهجوم انتحاري استهدف نقطة تفتيش في قضاء بيجي، بينما قتل شرطيان "
            "آخران بانفجار عبوة ناسفة في منطقة الطارمية شمال بغداد.")
    evs = _events(pipeline, text, published=date(2015, 8, 12))
    # five police and the bomber; two police: not the headline's seven for both
    assert sorted((e.sub_event_type, e.fatalities) for e in evs) == [
        ("Remote explosive/landmine/IED", 2), ("Suicide bomb", 6)]


@pytest.mark.parametrize("lead", [
    "قتل 14 شخصا في الصومال في هجومين منفصلين أمس.",
    "أدت تفجيرات في أنحاء الصومال أمس إلى مقتل 14 شخصا على الأقل.",
])
def test_a_sum_told_before_each_events_toll_is_no_events_toll(pipeline, lead):
    text = ("هجمات جديدة في الصومال\n" + lead + " وفجر انتحاري نفسه أمس في سوق مزدحمة في مدينة بيدوا ما أدى "
            "إلى مقتل خمسة أشخاص. ومن جهة أخرى، قتل تسعة مدنيين أمس في انفجار عبوة ناسفة في مدينة كسمايو.")
    evs = _events(pipeline, text, published=date(2015, 8, 12))
    # five and the bomber at Baidoa, nine at Kismayo: the lead's fourteen is their sum, neither's toll
    assert sorted((e.sub_event_type, e.fatalities) for e in evs) == [
        ("Remote explosive/landmine/IED", 9), ("Suicide bomb", 6)]


@pytest.mark.parametrize("text,actor2", [
    ("أعلن الجيش العراقي عن مقتل عشرة عناصر من تنظيم داعش وإصابة آخرين، إثر قصف جوي لطائرات سلاح الجو العراقي "
     "في قضاء الحويجة أمس.", "Islamic State (Iraq)"),
    ("أعلن الجيش المصري عن مقتل ثمانية عناصر تكفيرية، إثر قصف جوي لمروحيات الأباتشي جنوب الشيخ زويد أمس.",
     "Islamic State (Egypt) - Sinai Province"),
])
def test_the_side_counted_among_a_strikes_dead_before_its_clause_was_struck(pipeline, text, actor2):
    ev = _one(pipeline, text, published=date(2015, 8, 6))
    assert (ev.sub_event_type, ev.actor2) == ("Air/drone strike", actor2)


@pytest.mark.parametrize("text,killed", [
    ("قتل ثلاثة مدنيين وأصيب عشرة آخرون بجروح أمس جراء سقوط قذائف هاون على حي القصاع في دمشق، مصدرها مواقع "
     "الفصائل المقاتلة في حي جوبر.", 3),
    # the side named as where the shells came from, not the one named as the news agency, fired them
    ("سقطت قذائف صاروخية أمس على حي المحطة في مدينة درعا. وذكرت وكالة أنباء النظام أن أربعة أشخاص قتلوا جراء سقوط "
     "القذائف التي أطلقت من مواقع فصائل المعارضة شرق المدينة.", 4),
])
def test_the_side_shells_were_fired_from_fired_them(pipeline, text, killed):
    ev = _one(pipeline, text, published=date(2015, 8, 6))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Shelling/artillery/missile attack", "Opposition Rebels (Syria)", "Civilians (Syria)", killed)


def test_a_rocket_fired_from_a_land_no_side_named_is_its_gunmens_not_the_army_that_told_of_it(pipeline):
    ev = _one(pipeline, "سقط صاروخ أطلق من قطاع غزة على جنوب إسرائيل أمس من دون وقوع إصابات، بحسب ما أعلن الجيش الإسرائيلي.",
              published=date(2015, 8, 8))
    assert (ev.sub_event_type, ev.actor1, ev.actor1_ar) == (
        "Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)", "قطاع غزة")


@pytest.mark.parametrize("body,killed", [
    # the others killed in a later clause are more dead of the event told before them
    ("وقتل 7 جنود ليبيين أمس، عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش تحرسها قوات للجيش خارج مدينة أجدابيا، "
     "فيما قتل جنديان آخران عندما أرسلت الحكومة تعزيزات.", 9),
    # the sum told first, then its parts: five and two others are the seven told before
    ("قال مسؤولون عسكريون إن سبعة جنود ليبيين قتلوا أمس عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش قرب أجدابيا. "
     "وقال مسؤول عسكري إن خمسة جنود قتلوا عندما هاجم مقاتلو داعش نقطة التفتيش خارج مدينة أجدابيا، وقتل جنديان "
     "آخران عندما أرسلت الحكومة تعزيزات.", 7),
])
def test_others_killed_add_to_the_toll_they_follow(pipeline, body, killed):
    evs = _events(pipeline, "مقتل جنود في هجوم لداعش قرب أجدابيا\n" + body, published=date(2015, 8, 1))
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", killed)]


@pytest.mark.parametrize("body,killed", [
    # the other side's dead told in the next sentence, pointing back at the battle
    ("دارت اشتباكات عنيفة أمس في منطقة ماس بمحافظة مأرب، أسفرت عن مقتل 11 متمردا حوثيا وإصابة ثمانية آخرين. "
     "وقال المركز الإعلامي للمقاومة إن اثنين من مقاتلي المقاومة استشهدا خلال المواجهات.", 13),
    # ... in a clause after the first side's dead, both told after the battle's sentence
    ("شن الحوثيون هجوما على مواقع المقاومة في مديرية مجزر أمس. وذكر ان نحو 15 من الحوثيين قتلوا خلال الهجوم، "
     "فيما قتل احد رجال المقاومة واصيب اثنين آخرين.", 16),
    # ... as dead who fell in its ranks
    ("اندلعت مواجهات عنيفة، مساء أمس، بين الحوثيين والمقاومة الشعبية في منطقة سناح بمحافظة الضالع، قتل فيها 18 "
     "حوثيا.\nوسقط أربعة قتلى في صفوف المقاومة.", 22),
    # some of the dead told before, named as among them, are no more dead
    ("دارت اشتباكات عنيفة أمس في منطقة ماس بمحافظة مأرب، أسفرت عن مقتل 11 من عناصر المقاومة. "
     "وأشار المصدر إلى أن من بين قتلى المقاومة ثلاثة من القادة.", 11),
    # the same side's dead told again are the same dead
    ("دارت اشتباكات عنيفة أمس في منطقة ماس بمحافظة مأرب، أسفرت عن مقتل 11 متمردا حوثيا. "
     "وقال المصدر إن 11 من الحوثيين قتلوا خلال المواجهات.", 11),
])
def test_a_battles_dead_of_each_side_add_up(pipeline, body, killed):
    evs = _events(pipeline, "مواجهات بين المقاومة والحوثيين في اليمن\n" + body, published=date(2015, 8, 6))
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", killed)]


def test_militants_of_a_named_group_are_that_group_where_militants_alone_name_a_militia(pipeline):
    # in Libya "متشددون" alone are the Islamist militias; "متشددون من تنظيم الدولة الإسلامية" are the group
    ev = _one(pipeline, "قال مسؤولون عسكريون إن سبعة جنود ليبيين قتلوا أمس عندما اقتحم متشددون من تنظيم الدولة "
                        "الإسلامية نقطة تفتيش قرب مدينة أجدابيا.", published=date(2015, 8, 1))
    assert (ev.actor1, ev.fatalities) == ("Islamic State (Libya)", 7)


def test_the_day_of_an_aside_dates_its_own_sentence_only(pipeline):
    text = ("الجيش الليبي يتقدم في بنغازي\nأعلن الجيش الليبي أمس بدء عملية عسكرية في منطقة الصابري بمدينة بنغازي.\n"
            "يذكر أن قائد الكتيبة قتل في 15 يوليو الجاري في اشتباكات بمحور الليثي. وأكد المتحدث أن قوات الجيش تمكنت "
            "من السيطرة على الفندق البلدي في بنغازي.")
    ev = _one(pipeline, text, published=date(2015, 7, 25))
    assert (ev.sub_event_type, ev.event_date) == ("Government regains territory", "2015-07-24")


def test_strikes_carried_out_by_aircraft_are_air_strikes(pipeline):
    text = ("وقال المرصد إن 5 عناصر من تنظيم داعش قتلوا أمس، جراء تنفيذ طائرات التحالف الدولي عدة ضربات استهدفت "
            "مواقع التنظيم قرب مدينة الطبقة.")
    ev = _one(pipeline, text, published=date(2015, 8, 6))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "International Coalition", "Islamic State (Syria)", 5)


def test_an_event_named_as_a_point_in_time_is_not_the_sentences_event(pipeline):
    # "قبل ساعات من الغارة": the raid, told elsewhere, dates the rocket; the army that told of the
    # rocket did not fire it from Gaza
    ev = _one(pipeline, "وقبل ساعات من الغارة قال الجيش الإسرائيلي إن صاروخا أطلق من قطاع غزة سقط خارج تجمع سكاني "
                        "إسرائيلي قرب الحدود مع غزة.", published=date(2015, 8, 7))
    assert (ev.sub_event_type, ev.actor1) == ("Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)")
    assert _events(pipeline, "ودعا رئيس الوزراء العراقي الكتل السياسية إلى تأييد ورقة الإصلاح بعد أسابيع من "
                             "التظاهرات الشعبية في بغداد.", published=date(2015, 8, 10)) == []


def test_a_group_that_says_it_fired_the_rocket_claims_it(pipeline):
    text = ("سقط صاروخ أطلق من شمال قطاع غزة أمس قرب بلدة بيت حانون. وقالت جماعة سلفية صغيرة إنها "
            "أطلقت الصاروخ.")
    ev = _one(pipeline, text, published=date(2015, 8, 8))
    assert (ev.sub_event_type, ev.actor1) == ("Shelling/artillery/missile attack", "Salafist militants (Palestine)")


def test_bombers_counted_among_the_dead_tell_no_bombing(pipeline):
    text = ("أعلنت قيادة الشرطة الاتحادية العراقية أمس صد هجوم شنه تنظيم داعش في منطقة حصيبة شرقي الرمادي، وقتل 12 "
            "من عناصره بينهم ثلاثة انتحاريين.")
    ev = _one(pipeline, text, published=date(2015, 8, 8))
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 12)


@pytest.mark.parametrize("text", [
    "وفي محافظة الشرقية قالت مصادر أمنية إن مسلحين يستقلان دراجة نارية أطلقا النار على أمين شرطة فقتلاه أمس.",
    "وقام أحد عناصر الميليشيات بإطلاق النار على شرطي عند حاجز في مدينة الحوطة وأرداه قتيلا أمس.",
])
def test_a_verb_of_killing_with_the_pronoun_of_one_counts_one_dead(pipeline, text):
    ev = _one(pipeline, text, published=date(2015, 8, 6))
    assert ev.fatalities == 1


@pytest.mark.parametrize("text,published,tolls", [
    # the headline's toll sums the body's: no one event's
    ("مقتل 23 داعشيا بقصف على بيجي والرمادي\nوقال الناطق باسم الإعلام الحربي أمس إن طيران التحالف وجه ضربة جوية "
     "على تجمع لإرهابيي داعش، ما أسفر عن قتل 21 منهم قرب مصفى بيجي، وإن الطيران وجه ضربة أخرى في الرمادي أسفرت "
     "عن مقتل عنصرين من التنظيم.", date(2015, 7, 25), [("Bayji", 21), ("Ramadi", 2)]),
    # the body tells the headline's toll for another of its events: that event's, not the raid's
    ("سقوط مقاتلة سورية في إدلب ومقتل 12 على الأقل\nقال المرصد السوري لحقوق الإنسان إن 12 شخصا على الأقل قتلوا "
     "حينما سقطت مقاتلة سورية على سوق مزدحم في بلدة أريحا في محافظة إدلب أمس. وذكر مصدر من قوات المعارضة أن "
     "المقاتلة رصدت في وقت سابق خلال غارة على مدينة إدلب.", date(2015, 8, 4), [("Ariha", 12), ("Idlib", 0)]),
    # the lead's toll of strikes at no place is at least the sum of the body's: no one event's
    ("لقي 30 متمردا حوثيا مصرعهم أمس في غارات عنيفة شنتها طائرات التحالف على مواقع المتمردين. وشنت طائرات "
     "التحالف غارات على مواقع حوثية في مديرية مجزر أسفرت عن مقتل 12 منهم. كما شنت طائرات أخرى غارات على مواقع "
     "التمرد في مديرية صرواح ما أسفر عن مصرع سبعة متمردين.", date(2015, 8, 4),
     [("Majzar", 12), ("Sirwah district", 7)]),
])
def test_a_headlines_or_leads_toll_the_body_tells_otherwise_is_no_one_events(pipeline, text, published, tolls):
    evs = _events(pipeline, text, published=published)
    assert sorted((e.location, e.fatalities) for e in evs) == tolls


def test_a_group_said_to_have_carried_out_the_bombing_is_its_author(pipeline):
    text = ("قالت وزارة الداخلية التركية أمس إن انفجارا في بلدة سروج قرب الحدود مع سوريا أسفر عن مقتل 27 شخصا. "
            "وأكد مسؤولان تركيان كبيران أن أدلة تشير إلى أن الانفجار نفذه تنظيم داعش.")
    ev = _one(pipeline, text, published=date(2015, 7, 21))
    assert (ev.actor1, ev.fatalities) == ("Islamic State (Turkey)", 27)


def test_a_toll_told_right_after_a_word_of_earlier_attacks_is_theirs(pipeline):
    text = ("هجوم على معسكر للجيش في مالي\nهاجم مسلحون معسكرا للجيش المالي في بلدة سيفاري أمس. والهجوم على سيفاري "
            "هو الثالث من نوعه خلال أقل من أسبوع في مالي بعد هجومين أوقعا 11 قتيلا في صفوف العسكريين.")
    evs = _events(pipeline, text, published=date(2015, 8, 8))
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 0)]


def test_a_toll_told_after_the_word_of_one_event_is_its_own(pipeline):
    text = ("تفجيرات في بغداد\nوتأتي هذه الهجمات غداة تفجيرين في العاصمة. واستهدف أكثر التفجيرات دموية أمس منطقة "
            "الكرادة، حيث قتل 19 شخصا على الأقل في تفجير سيارة مفخخة استهدف سوقا تجارية.")
    evs = _events(pipeline, text, published=date(2015, 8, 8))
    assert max(e.fatalities for e in evs) == 19


@pytest.mark.parametrize("text,sub", [
    ("أعلنت قيادة الشرطة أمس إحباط محاولة لتنظيم داعش كانت تستهدف مبنى المحافظة في مدينة كركوك، بسيارة مفخخة "
     "يقودها انتحاري.", "Disrupted weapons use"),
    ("أعلن الجيش المصري أمس إحباط محاولة إرهابية لاستهداف معسكر للجيش في مدينة رفح، باستخدام قذائف الهاون.",
     "Armed clash"),
])
def test_the_weapons_of_an_attempt_foiled_did_not_strike(pipeline, text, sub):
    assert [e.sub_event_type for e in _events(pipeline, text, published=date(2015, 8, 6))] == [sub]


def test_an_attack_and_the_bomb_it_was_made_with_are_one_bombing(pipeline):
    ev = _one(pipeline, "نجا قاض من محاولة اغتيال أمس في مدينة المنصورة، عندما زرع مجهولون عبوة ناسفة أسفل سيارته.",
              published=date(2015, 8, 2))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Egypt)", "Civilians (Egypt)")
    # an assault on a hotel by the men who set off the bomb at its gate: one bombing, not a clash beside it
    ev = _one(pipeline, "هجوم على فندق\nهاجم مسلحون من حركة الشباب فندقا في العاصمة مقديشو، وفجروا سيارة مفخخة عند "
                        "مدخله، ما أسفر عن مقتل 15 شخصا بينهم نائب في البرلمان.", published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Remote explosive/landmine/IED", "Al Shabaab", "Civilians (Somalia)", 15)
    # ... and a raid on a village by the men who killed its people: the attack on them
    ev = _one(pipeline, "هجوم في دارفور\nهاجمت ميليشيات الدعم السريع قرية في محلية طويلة بشمال دارفور، وقتلت 6 من "
                        "سكانها ونهبت ممتلكاتهم.", published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Rapid Support Forces", "Civilians (Sudan)", 6)


def test_weapons_caches_planes_destroyed_were_struck(pipeline):
    ev = _one(pipeline, "دمرت مقاتلات التحالف العربي فجر اليوم مخازن أسلحة تابعة لميليشيات الحوثي في جبل نقم شرق صنعاء.",
              published=date(2015, 8, 12))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Air/drone strike", "Military Forces of Saudi Arabia", "Ansar Allah")


def test_roads_blocked_with_burning_tyres_are_a_riot(pipeline):
    ev = _one(pipeline, "أغلق محتجون غاضبون الطريق الرئيسي في مدينة ورقلة بالحجارة والإطارات المشتعلة.",
              published=date(2016, 11, 1))
    assert (ev.sub_event_type, ev.actor1) == ("Violent demonstration", "Rioters (Algeria)")


def test_people_named_right_after_a_word_of_protest_protested(pipeline):
    ev = _one(pipeline, "اعتصم عشرات العاطلين عن العمل أمام مقر ولاية القصرين للمطالبة بالتشغيل.",
              published=date(2016, 11, 1))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location) == (
        "Peaceful protest", "Protesters (Tunisia)", "", "Kasserine")
    assert ev.evidence["actor1"][0]["text"] == "العاطلين عن العمل"


def test_gunmen_named_by_their_group_as_an_adjective(pipeline):
    ev = _one(pipeline, "دارت اشتباكات عنيفة أمس بين رجال المقاومة الشعبية والمسلحين الحوثيين وقوات المخلوع علي "
                        "عبدالله صالح في مدينة يريم.", published=date(2015, 8, 10))
    assert (ev.actor1, ev.actor2) == ("Popular Resistance", "Ansar Allah")


def test_sides_at_home_in_one_country_set_it_when_no_place_is_known(pipeline):
    ev = _one(pipeline, "اشتبكت قوات الدعم السريع مع متمردي حركة تحرير السودان في منطقة جبل مرة وقتل 20 من المتمردين.",
              published=date(2016, 5, 10))
    assert (ev.country, ev.actor1) == ("Sudan", "Rapid Support Forces")
    assert "(Syria)" not in ev.actor2


@pytest.mark.parametrize("text,sub,dead", [
    # the killing is the event, the looting beside it is not
    ("هاجمت ميليشيات الجنجويد قرية في ولاية وسط دارفور وقتلت 7 من سكانها ونهبت مواشيهم.", "Armed clash", 7),
    # two guards are two dead
    ("فجر مسلحو حركة الشباب عبوة ناسفة استهدفت موكب مسؤول حكومي في مقديشو، ما أسفر عن مقتل حارسين.",
     "Remote explosive/landmine/IED", 2),
])
def test_killings_beside_looting_and_guards_killed(pipeline, text, sub, dead):
    ev = _one(pipeline, text, published=date(2016, 5, 10))
    assert (ev.sub_event_type, ev.fatalities) == (sub, dead)


@pytest.mark.parametrize("text,side,place", [
    # troops or police of no named state followed by a nation's adjective are that nation's, and
    # the nation's forces read a place name several countries share in their own land
    ("لقي 4 عناصر من الجيش العراقي مصرعهم بتفجير انتحاري بعربة مفخخة استهدف تجمعا لهم في منطقة الكرمة.",
     "Military Forces of Iraq", "Karmah"),
    ("أصيب ثلاثة مدنيين سوريين بأعيرة نارية أطلقها عناصر من الشرطة التركية على الحدود قرب بلدة جرابلس.",
     "Police Forces of Turkey", "Jarabulus"),
    # ... with the adjective in the plural of men ("جنود مصريين": Rafah in Egypt, not in Gaza)
    ("قتل ثلاثة جنود مصريين وأصيب آخران في هجوم بقذائف الهاون على معسكر للجيش في رفح.",
     "Military Forces of Egypt", "Rafa"),
])
def test_forces_followed_by_a_nation_are_its_forces(pipeline, text, side, place):
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert side in (ev.actor1, ev.actor2) and ev.location == place


def test_a_state_named_as_the_subject_of_a_strike_is_its_forces(pipeline):
    ev = _one(pipeline, "قصفت إسرائيل موقعا لحركة حماس في شمال قطاع غزة ردا على إطلاق صاروخ.",
              published=date(2016, 1, 15))
    assert (ev.actor1, ev.actor2, ev.location) == ("Military Forces of Israel", "Hamas Movement", "Gaza Strip")
    # a state named elsewhere is a place or a government, no side
    evs = _events(pipeline, "قتل 5 جنود أتراك في هجوم قرب الحدود مع إيران في ولاية هكاري.", published=date(2016, 1, 15))
    assert all("Iran" not in (e.actor1 + e.actor2) for e in evs)


@pytest.mark.parametrize("text", [
    "سقطت قذيفتان صاروخيتان على حي المزة في دمشق دون أن تسفر عن إصابات.",
    "سقطت قذيفة صاروخية على حي المزة في دمشق.",
])
def test_shells_that_fell_on_a_quarter_are_shelling(pipeline, text):
    # a shell (or two) that fell is shelling by men not named, also when it hurt no one
    ev = _one(pipeline, text, published=date(2017, 5, 14))
    assert (ev.sub_event_type, ev.actor1, ev.location) == (
        "Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Damascus - Mezzeh")


@pytest.mark.parametrize("published", [date(2015, 3, 1), date(2017, 5, 14), date(2019, 8, 1)])
def test_a_drone_that_strikes_al_qaeda_in_yemen_is_american(pipeline, published):
    # the drones that strike in Yemen unnamed are the United States' before and after 2016
    ev = _one(pipeline, "استهدفت طائرة بدون طيار سيارة كانت تقل عناصر من تنظيم القاعدة بمحافظة مأرب.",
              published=published)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Air/drone strike", "Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula")


@pytest.mark.parametrize("text,sides", [
    ("هاجم مسلحون دورية أمنية في مدينة الرطبة غربي الأنبار.",
     ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq")),
    ("هاجم مسلحون مجهولون دورية للشرطة في مدينة الرطبة غربي الأنبار.",
     ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq")),
])
def test_the_side_right_after_the_subject_of_a_verb_is_its_object(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2016, 1, 10))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == ("Armed clash", sides)


@pytest.mark.parametrize("text", [
    "خرج آلاف المحتجين إلى شوارع بيروت مساء أمس احتجاجا على أزمة النفايات، واشتبكوا مع قوات الأمن التي "
    "استخدمت خراطيم المياه.",
    "تظاهر مئات الشبان في وسط بيروت أمس احتجاجا على أزمة النفايات، ثم اشتبكوا مع قوات الأمن.",
])
def test_a_crowd_that_clashed_with_the_police_rioted(pipeline, text):
    # the clash names the police only; the crowd of the protest told before it is its other side
    ev = _one(pipeline, text, published=date(2016, 4, 12))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location) == (
        "Violent demonstration", "Rioters (Lebanon)", "Police Forces of Lebanon", "Beirut")


@pytest.mark.parametrize("text,sides", [
    # a side named right after a noun of attack is whose attack it was ("هجوم داعش"، "هجوم حوثي")
    ("قتل ثلاثة جنود في هجوم داعش على نقطة للجيش في مدينة بيجي.",
     ("Islamic State (Iraq)", "Military Forces of Iraq")),
    ("تصدت قوات الجيش الوطني لهجوم حوثي على مواقعها في مديرية نهم.",
     ("Ansar Allah", "Military Forces of Yemen (2012-) Hadi Government")),
])
def test_the_side_after_a_noun_of_attack_attacked(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2016, 4, 12))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == ("Armed clash", sides)


def test_soldiers_of_a_nation_in_the_plural_place_a_shared_name_in_their_land(pipeline):
    ev = _one(pipeline, "قتل ثلاثة جنود مصريين وأصيب آخران في هجوم بقذائف الهاون على معسكر للجيش في رفح.",
              published=date(2017, 2, 8))
    assert (ev.actor2, ev.country) == ("Military Forces of Egypt", "Egypt")


@pytest.mark.parametrize("text,side", [
    ("أحرق مستوطنون إسرائيليون منزلا لعائلة فلسطينية في قرية دوما جنوب نابلس فجر اليوم.", "Settlers (Israel)"),
    ("أحرق مسلحو جماعة الحوثي مبنى المجلس المحلي في مدينة تعز.", "Ansar Allah"),
])
def test_a_building_burned_by_an_armed_side_is_destruction(pipeline, text, side):
    # "أحرق" by settlers or armed men destroys property; by a crowd it is a riot (test_handovers_and_arson)
    ev = _one(pipeline, text, published=date(2016, 2, 15))
    assert (ev.sub_event_type, ev.actor1) == ("Looting/property destruction", side)


@pytest.mark.parametrize("text", [
    "فرقت الشرطة الجزائرية بالقوة اعتصاما للأطباء المقيمين أمام مستشفى في مدينة وهران.",
    "فرقت قوات الأمن اعتصاما لعمال النظافة أمام مقر المحافظة في مدينة البصرة.",
    "فضت الشرطة اعتصاما لعمال النظافة أمام مقر المحافظة في مدينة البصرة.",
    "قمعت قوات الأمن العراقية المتظاهرين أمام مقر المحافظة في مدينة البصرة.",
])
def test_a_sit_in_broken_up_was_met_with_force(pipeline, text):
    # the verb of dispersal (cue list dispersal_verbs) beats the protest word beside it
    ev = _one(pipeline, text, published=date(2016, 6, 20))
    assert ev.sub_event_type == "Protest with intervention"


def test_the_security_of_a_nation_named_by_the_masculine_adjective_is_its_police(pipeline):
    # "الأمن المصري" as "قوات الأمن المصرية": Egypt's police, even where no place names the country
    ev = _one(pipeline, "اعتقل الأمن المصري عشرة من العمال المعتصمين أمام مصنع في المحلة.",
              published=date(2018, 9, 9))
    assert (ev.sub_event_type, ev.actor1, ev.country) == ("Arrests", "Police Forces of Egypt", "Egypt")


@pytest.mark.parametrize("text,sub,place", [
    # a march a verb of taking part or setting out confirms is a protest ...
    ("شارك آلاف الأردنيين في مسيرة وسط العاصمة عمان تضامنا مع الفلسطينيين في القدس.", "Peaceful protest", "Amman"),
    ("خرجت مسيرة حاشدة في مدينة تعز للمطالبة برفع الحصار عن المدينة.", "Peaceful protest", "Taiz"),
    # ... a drone stays a drone
    ("استهدفت طائرة مسيرة سيارة تقل عناصر من تنظيم القاعدة في مأرب.", "Air/drone strike", "Ma'rib"),
])
def test_a_march_confirmed_by_a_verb_is_a_protest(pipeline, text, sub, place):
    ev = _one(pipeline, text, published=date(2016, 3, 10))
    assert (ev.sub_event_type, ev.location) == (sub, place)


def test_a_drone_launched_by_a_side_is_its_strike(pipeline):
    # an unnamed drone over Yemen is the United States'; one the Houthis launched is theirs
    ev = _one(pipeline, "استهدفت طائرة مسيرة سيارة تقل عناصر من تنظيم القاعدة في مأرب.", published=date(2018, 3, 10))
    assert (ev.actor1, ev.actor2) == ("Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula")
    for text in ("أطلق الحوثيون طائرة مسيرة على مواقع للجيش اليمني في مأرب.",
                 "قصفت طائرة مسيرة أطلقها الحوثيون مواقع للجيش اليمني في مأرب.",
                 # an attack with a drone carried out or owned by the side named after the verb
                 "شنت جماعة الحوثي هجوما بطائرة مسيرة على مواقع للجيش اليمني في مأرب.",
                 "تبنت جماعة الحوثي هجوما بطائرة مسيرة على مواقع للجيش اليمني في مأرب."):
        ev = _one(pipeline, text, published=date(2018, 3, 10))
        assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
            "Air/drone strike", "Ansar Allah", "Military Forces of Yemen (2012-) Hadi Government")


@pytest.mark.parametrize("text,side", [
    # a sniper or gunmen belonging to a state force are that force ...
    ("قتل مدني برصاص قناص تابع لقوات النظام في حي الوعر بمدينة حمص.", "Military Forces of Syria"),
    # ... and a member of a group whose bullets killed is the group
    ("قتل مدني برصاص عنصر من تنظيم داعش في حي الوعر بمدينة حمص.", "Islamic State (Syria)"),
])
def test_the_gunman_of_a_side_killed_a_civilian(pipeline, text, side):
    ev = _one(pipeline, text, published=date(2016, 3, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == ("Attack", side, "Civilians (Syria)", 1)


def test_a_drone_belonging_to_a_side_is_that_side(pipeline):
    # "طائرة مسيرة تابعة لقوات حفتر": the drone shot down was Haftar's forces', not Libya's army at large
    ev = _one(pipeline, "أعلنت قوات الوفاق الوطني أنها أسقطت طائرة مسيرة تابعة لقوات حفتر جنوب طرابلس.",
              published=date(2019, 5, 3))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Disrupted weapons use", "Military Forces of Libya (2016-) Government of National Accord",
        "Military Forces of Libya (2014-) House of Representatives")


def test_the_side_whose_strike_killed_after_a_count_struck(pipeline):
    # the count before the coalition is of the dead; the army that announced them did not strike
    ev = _one(pipeline, "أعلن الجيش اليمني مقتل قياديين حوثيين اثنين في غارة للتحالف على مديرية نهم شرق صنعاء.",
              published=date(2016, 3, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Saudi Arabia", "Ansar Allah", 2)


@pytest.mark.parametrize("text", [
    # the gunmen after a verb only active are who killed, what they rode stands before the dead
    "اغتال مسلحان ضابطا في الأمن أمام منزله في مدينة عدن صباح اليوم.",
    "اغتال مسلحان ملثمان يستقلان دراجة نارية ضابطا في الأمن أمام منزله في مدينة عدن صباح اليوم.",
    "اغتال مسلحون مجهولون يستقلون دراجة نارية ضابطا في الجيش اليمني أمام منزله في مدينة عدن صباح اليوم.",
])
def test_one_officer_assassinated_by_gunmen_is_one_dead(pipeline, text):
    ev = _one(pipeline, text, published=date(2016, 5, 14))
    # killed at his home, off duty: a civilian (codebook rule 5)
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Attack", "Civilians (Yemen)", 1)


def test_the_organisation_is_the_group_named_before_it(pipeline):
    # "التنظيم" is the group called "تنظيم ..." named last before it; it took the town
    text = ("اندلعت اشتباكات أمس بين تنظيم داعش وقوات النظام في محيط مستودعات مهين بريف حمص.\n"
            "وكان التنظيم سيطر على كامل بلدة مهين شمال شرق بلدة القريتين، بعد اشتباكات مع قوات النظام.")
    evs = _events(pipeline, text, published=date(2015, 8, 9))
    assert ("Non-state actor overtakes territory", "Islamic State (Syria)", "Military Forces of Syria") in [
        (e.sub_event_type, e.actor1, e.actor2) for e in evs]
    # none named before it: no side
    ev = _one(pipeline, "قتل ثلاثة جنود في هجوم للتنظيم على حاجز للجيش في مدينة العريش.", published=date(2015, 8, 9))
    assert ev.actor1 != "Islamic State (Egypt) - Sinai Province" and ev.actor2 == "Military Forces of Egypt"


def test_a_side_named_among_the_dead_and_again_as_the_bomber(pipeline):
    text = ("قتل 28 عنصرا على الأقل من مقاتلي المعارضة وتنظيم داعش إثر اشتباكات بين الطرفين وتفجيرين "
            "انتحاريين نفذهما التنظيم في ريف حلب الشمالي.")
    evs = _events(pipeline, text, published=date(2015, 8, 9))
    # (the bombings told with the clashes are part of the battle)
    assert ("Armed clash", "Islamic State (Syria)", "Opposition Rebels (Syria)") in [
        (e.sub_event_type, e.actor1, e.actor2) for e in evs]


def test_the_movement_and_the_group_are_the_ones_named_before(pipeline):
    text = ("تبنت حركة طالبان الهجوم على أكاديمية الشرطة في كابول.\n"
            "وقتل 15 شرطيا عندما هاجم مسلحو الحركة أكاديمية الشرطة في كابول صباح أمس.")
    evs = _events(pipeline, text, published=date(2016, 6, 30))
    assert [(e.actor1, e.actor2) for e in evs] == [("Taliban", "Police Forces of Afghanistan")]


def test_sudans_forces_strike_at_home_in_darfur(pipeline):
    # Sudan's forces also fought in Yemen; at home they strike in Darfur (Jebel Marra, a curated area)
    ev = _one(pipeline, "قصفت طائرات سلاح الجو السوداني قرى في منطقة جبل مرة بدارفور، ما أدى إلى مقتل ستة مدنيين.",
              published=date(2016, 7, 20))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.country, ev.location, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Sudan", "Civilians (Sudan)", "Sudan", "Jebel Marra", 6)
    ev = _one(pipeline, "قصفت القوات السودانية بلدة لم يسمها المصدر أمس، ما أدى إلى مقتل ستة مدنيين.",
              published=date(2016, 7, 20))
    assert ev.country == "Sudan"


@pytest.mark.parametrize("text,sub", [
    # aircraft that shelled struck from the air ...
    ("قال الجيش التركي إن طائراته الحربية قصفت 12 هدفا لحزب العمال الكردستاني في جبال قنديل، وقتلت 20 مسلحا.",
     "Air/drone strike"),
    # ... strikes of missiles did not
    ("وجهت القوات العراقية ضربات صاروخية على مواقع داعش في منطقة الزنكورة، ما أدى لمقتل 30 إرهابيا.",
     "Shelling/artillery/missile attack"),
])
def test_aircraft_that_shelled_struck_from_the_air(pipeline, text, sub):
    ev = _one(pipeline, text, published=date(2016, 7, 20))
    assert ev.sub_event_type == sub


def test_the_side_that_entered_after_a_withdrawal_took_over(pipeline):
    ev = _one(pipeline, "انسحبت قوات النظام من بلدة مهين في ريف حمص الشرقي، ودخلها مقاتلو تنظيم داعش دون قتال.",
              published=date(2016, 7, 20))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Non-violent transfer of territory", "Islamic State (Syria)", "Military Forces of Syria")


@pytest.mark.parametrize("text,dead", [
    # the passengers gunmen fired on, named in the accusative, are civilians
    ("فتح مسلحون النار على حافلة تقل أقباطا في محافظة المنيا، ما أسفر عن مقتل 7 أشخاص وإصابة 13 آخرين.", 7),
    ("أطلق مسلحون النار على سيارة تقل عمالا في منطقة الشيخ زويد شمال سيناء، ما أدى إلى مقتل ثلاثة منهم.", 3),
])
def test_gunmen_who_fired_on_passengers_attacked_civilians(pipeline, text, dead):
    ev = _one(pipeline, text, published=date(2015, 10, 12))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Unidentified Armed Group (Egypt)", "Civilians (Egypt)", dead)


@pytest.mark.parametrize("text,sides", [
    # the side that fired or planted the weapon stopped is the other side, whoever is named first
    ("أعلنت قيادة التحالف العربي اعتراض صاروخ باليستي أطلقته ميليشيات الحوثي باتجاه مدينة مأرب.",
     ("Military Forces of Saudi Arabia", "Ansar Allah")),
    ("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته ميليشيات الحوثي باتجاه مدينة مأرب.",
     ("Military Forces of Saudi Arabia", "Ansar Allah")),
])
def test_the_side_whose_weapon_was_stopped(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2015, 10, 12))
    assert (ev.sub_event_type, (ev.actor1, ev.actor2)) == ("Disrupted weapons use", sides)


def test_property_destroyed_with_no_owner_named_is_the_civilians(pipeline):
    ev = _one(pipeline, "هدمت جرافات الاحتلال الإسرائيلي منزلين لعائلتين فلسطينيتين في بلدة سلوان بالقدس المحتلة.",
              published=date(2015, 10, 12))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Looting/property destruction", "Military Forces of Israel", "Civilians (Palestine)")


@pytest.mark.parametrize("text,published,expected", [
    # the spokesman's army: "قواته" are its forces, and they took the town
    ("أعلن المتحدث باسم الجيش الوطني الليبي أن قواته سيطرت على مدينة غريان جنوب طرابلس.", date(2019, 4, 8),
     ("Government regains territory", "Military Forces of Libya (2014-) House of Representatives", "")),
    # the resistance told of its own dead: they are the side that lost them
    ("أفادت مصادر في المقاومة الشعبية بأن 12 من عناصرها قتلوا في اشتباكات مع الحوثيين في مدينة تعز أمس.",
     date(2015, 8, 10), ("Armed clash", "Ansar Allah", "Popular Resistance")),
    # the regime is named after "مع": the raid's men are the group's that abducted
    ("خطف تنظيم داعش عشرين شخصا بتهمة التخابر مع النظام خلال عملية مداهمة نفذها عناصره في مدينة القريتين أمس.",
     date(2015, 8, 10), ("Abduction/forced disappearance", "Islamic State (Syria)", "Civilians (Syria)")),
])
def test_a_sides_own_forces_are_the_side_named_before_them(pipeline, text, published, expected):
    ev = _one(pipeline, text, published=published)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == expected


def test_own_forces_of_no_named_side_name_none(pipeline):
    ev = _one(pipeline, "قال مصدر عسكري إن قواته سيطرت على مدينة القريتين أمس.", published=date(2015, 8, 10))
    assert (ev.actor1, ev.actor2) == ("", "")


def test_a_count_of_members_after_a_verb_of_killing_is_its_object(pipeline):
    # "عددا من عناصر داعش" after "اغتالوا" are the dead, the tribesmen killed them
    ev = _one(pipeline, "انتفض أبناء العشائر في مدينة كبيسة أمس واغتالوا عددا من عناصر داعش.",
              published=date(2015, 8, 10))
    assert (ev.actor1, ev.actor2) == ("Tribal Militia (Iraq)", "Islamic State (Iraq)")


@pytest.mark.parametrize("text,published,expected", [
    # the verb with its subject between it and "على" (VSO)
    ("سيطر مسلحو تنظيم داعش على مدينة تكريت مساء الأربعاء بعد انسحاب قوات الجيش منها.", date(2014, 6, 12),
     ("Non-state actor overtakes territory", "Islamic State (Iraq)", "Tikrit")),
    ("وسيطر الجيش الوطني أمس على مثلث الكهرباء في مديرية لودر بمحافظة أبين.", date(2015, 8, 10),
     ("Government regains territory", "Military Forces of Yemen (2012-) Hadi Government", "Lawdar")),
])
def test_took_control_with_the_subject_after_the_verb(pipeline, text, published, expected):
    ev = _one(pipeline, text, published=published)
    assert (ev.sub_event_type, ev.actor1, ev.location) == expected


def test_control_as_a_noun_tells_no_taking_of_ground(pipeline):
    assert _events(pipeline, "تقع البلدة في مناطق سيطرة النظام في ريف حماة.", published=date(2015, 8, 10)) == []


@pytest.mark.parametrize("when", ["في ربيع 2013", "في أواخر 2013", "في صيف العام 2013"])
def test_a_season_or_part_of_a_past_year_is_history(pipeline, when):
    text = f"وقتل خمسة مدنيين أمس في قصف على مدينة تدمر. وسيطرت قوات النظام على مدينة القريتين {when}."
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert (ev.location, ev.fatalities) == ("Tadmur", 5)


def test_whom_a_named_side_belongs_to_is_no_other_side(pipeline):
    ev = _one(pipeline, "قتل أمس خمسة من عناصر جيش الفتح التابع للمعارضة السورية في اشتباكات مع قوات النظام "
                        "قرب بلدة الفوعة.", published=date(2015, 8, 10))
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Military Forces of Syria", "Jaish al-Fatah", 5)


def test_men_of_a_militia_who_raped_are_the_side_that_acted(pipeline):
    ev = _one(pipeline, "أفادت منظمة حقوقية بأن عناصر من ميليشيا مسلحة اغتصبوا عددا من النساء في بلدة تاورغاء الليبية.",
              published=date(2016, 1, 14))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.country) == (
        "Sexual violence", "Unidentified Armed Group (Libya)", "Civilians (Libya)", "Libya")
    # ... so are they named right after the verb
    ev = _one(pipeline, "اغتصب عناصر من ميليشيا الجنجويد نساء في قرية بشمال دارفور.", published=date(2016, 3, 3))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Sexual violence", "Rapid Support Forces", "Civilians (Sudan)")



@pytest.mark.parametrize("text,expected", [
    ("أعلنت عصائب أهل الحق مقتل اثنين من مقاتليها في هجوم لتنظيم داعش شمال ديالى أمس.",
     ("Islamic State (Iraq)", "Asaib Ahl al-Haq", 2)),
    ("أعلن الجيش العراقي مقتل ثلاثة من جنوده في هجوم لتنظيم داعش على حاجز قرب مدينة بعقوبة أمس.",
     ("Islamic State (Iraq)", "Military Forces of Iraq", 3)),
])
def test_a_side_that_told_of_its_own_dead_in_anothers_attack_lost_them(pipeline, text, expected):
    ev = _one(pipeline, text, published=date(2018, 8, 20))
    assert (ev.actor1, ev.actor2, ev.fatalities) == expected


@pytest.mark.parametrize("text,killed", [
    ("قتل جندي تركي وأصيب آخران في اشتباكات مع وحدات حماية الشعب الكردية في منطقة عفرين.", 1),
    # two soldiers named with the dual of the nation's adjective ("جنديان تركيان") are its forces too
    ("قتل جنديان تركيان وأصيب خمسة آخرون في اشتباكات مع وحدات حماية الشعب الكردية في منطقة عفرين.", 2),
    # ... and soldiers counted with the singular of the adjective ("33 جنديا تركيا")
    ("قتل 12 جنديا تركيا وأصيب خمسة آخرون في اشتباكات مع وحدات حماية الشعب الكردية في منطقة عفرين.", 12),
])
def test_a_soldier_of_a_state_fighting_abroad_is_its_forces(pipeline, text, killed):
    ev = _one(pipeline, text, published=date(2018, 8, 20))
    assert (ev.actor1, ev.actor2, ev.country, ev.fatalities) == (
        "YPG: People's Protection Units", "Military Forces of Turkey", "Syria", killed)


@pytest.mark.parametrize("text,published,sides", [
    ("قتل مسلحون مجهولون جنديا في مدينة الرمادي.", date(2015, 6, 10),
     ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")),
    ("أطلق مسلحون النار على دورية للشرطة في عمان فقتلوا شرطيا.", date(2017, 9, 10),
     ("Unidentified Armed Group (Jordan)", "Police Forces of Jordan")),
])
def test_a_bare_kill_of_an_armed_side_by_a_named_one_is_a_clash(pipeline, text, published, sides):
    # a weak "قتل" with both sides named in the clause: one armed side struck another (codebook rule 5)
    ev = _one(pipeline, text, published=published)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == ("Armed clash", *sides, 1)


@pytest.mark.parametrize("text,published,expected", [
    ("قتل جنديان من الحماية الرئاسية في هجوم نفذه مسلحون مجهولون في عدن.", date(2016, 3, 10),
     ("Unidentified Armed Group (Yemen)", "Military Forces of Yemen (2012-) Hadi Government", 2)),
    ("قتل ثلاثة جنود من قوات حفتر في هجوم لتنظيم داعش على بوابة أمنية جنوب مدينة سبها.", date(2019, 5, 10),
     ("Islamic State (Libya)", "Military Forces of Libya (2014-) House of Representatives", 3)),
])
def test_soldiers_of_a_named_state_force_are_that_force(pipeline, text, published, expected):
    ev = _one(pipeline, text, published=published)
    assert (ev.actor1, ev.actor2, ev.fatalities) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the clause that says what the dead counted before fell in is their event
    ("قتل أربعة جنود يمنيين وأصيب ستة آخرون، اليوم الثلاثاء، في هجوم شنه مسلحون يعتقد أنهم من تنظيم القاعدة "
     "على نقطة عسكرية في مدينة زنجبار.", date(2016, 3, 15),
     ("Armed clash", "AQAP: Al Qaeda in the Arabian Peninsula", "Military Forces of Yemen (2012-) Hadi Government", 4)),
    ("قتل 12 شخصا على الأقل بينهم أربعة أطفال أمس الأربعاء، في غارات جوية نفذها الجيش السوري على قرية "
     "يسيطر عليها تنظيم داعش في ريف حلب.", date(2015, 7, 30),
     ("Air/drone strike", "Military Forces of Syria", "Civilians (Syria)", 12)),
])
def test_the_cause_told_after_a_toll_is_its_event(pipeline, text, published, expected):
    ev = _one(pipeline, text, published=published)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == expected


def test_a_states_soldiers_place_a_town_in_their_country_whatever_its_government(pipeline):
    # "جنود يمنيين" are Yemen's forces under either government's name: Zinjibar in Yemen, not
    # Tanzania's larger Zanzibar
    ev = _one(pipeline, "قتل أربعة جنود يمنيين في هجوم شنه مسلحون على نقطة عسكرية في مدينة زنجبار.",
              published=date(2016, 3, 15))
    assert (ev.location, ev.country) == ("Zinjibar", "Yemen")


@pytest.mark.parametrize("text,killed", [
    # protesters shot dead by the state's forces, no fight told: lethal force against a protest
    ("قتل متظاهران برصاص قوات الأمن في بغداد.", 2),
    ("قتل متظاهر برصاص قوات الأمن في بغداد.", 1),
])
def test_protesters_shot_dead_met_excessive_force(pipeline, text, killed):
    ev = _one(pipeline, text, published=date(2019, 10, 2))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Excessive force against protesters", "Protesters (Iraq)", "Police Forces of Iraq", killed)


def test_a_bombing_told_again_as_a_suicide_bombing_is_one(pipeline):
    # the headline's "تفجير" and the body's "تفجير انتحاري" are one event, a suicide bombing
    text = ("مقتل 27 في تفجير مسجد بالكويت\nقتل 27 شخصا وأصيب 227 آخرون في تفجير انتحاري استهدف مسجد الإمام "
            "الصادق في منطقة الصوابر بالكويت خلال صلاة الجمعة، وتبنى تنظيم داعش الهجوم.")
    ev = _one(pipeline, text, published=date(2015, 6, 26))
    assert (ev.sub_event_type, ev.actor1, ev.injuries) == ("Suicide bomb", "Islamic State (Kuwait)", 227)


def test_tribes_of_darfur_named_as_sides_are_their_ethnic_militias(pipeline):
    ev = _one(pipeline, "اندلعت اشتباكات قبلية بين الرزيقات والمعاليا في شرق دارفور أسفرت عن مقتل 40 شخصا.",
              published=date(2016, 4, 20))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Rizeigat Ethnic Militia (Sudan)", "Maaliya Ethnic Militia (Sudan)", 40)


def test_an_attack_foiled_was_fought_off(pipeline):
    # "أحبطت ... هجوما": the attack a word of foiling governs, its foiler named between, was a fight
    # (as "إحباط هجوم"); a car bomb foiled stays a weapon stopped
    ev = _one(pipeline, "أحبطت القوات الأمنية هجوما لتنظيم داعش على ناحية البغدادي وقتلت 20 من عناصره.",
              published=date(2015, 8, 5))
    assert (ev.sub_event_type, ev.location, ev.fatalities) == ("Armed clash", "Baghdadi", 20)
    assert {ev.actor1, ev.actor2} == {"Islamic State (Iraq)", "Military Forces of Iraq"}
    ev = _one(pipeline, "أحبطت قوات الأمن العراقية تفجير سيارة مفخخة في مدينة الرمادي.", published=date(2015, 8, 5))
    assert ev.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "تمكنت قوات الجيش الوطني من السيطرة على مديرية نهم بالكامل بعد معارك عنيفة مع الحوثيين.",
    "استعادت القوات العراقية السيطرة على حي الضباط في الرمادي بعد اشتباكات عنيفة مع تنظيم داعش.",
])
def test_ground_taken_after_a_battle_told_in_its_clause_is_the_battle_s_outcome(pipeline, text):
    # a taking of ground (0.8) beside a stronger battle word (0.9-1.0): the ground changed hands
    ev = _one(pipeline, text, published=date(2016, 2, 10))
    assert ev.sub_event_type == "Government regains territory"


def test_a_fight_since_a_taking_of_long_ago_is_no_taking(pipeline):
    ev = _one(pipeline, "وتشهد مدينة شبوة مواجهات مسلحة بين الحوثيين والمقاومة الشعبية منذ زحف الحوثيين إليها "
                        "والسيطرة على أجزاء واسعة منها.", published=date(2015, 8, 20))
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "بدأت القوات العراقية عملية تحرير مدينة الفلوجة من تنظيم داعش.",
    "أعلنت قيادة العمليات المشتركة انطلاق حملة تحرير مدينة الفلوجة من تنظيم داعش.",
])
def test_a_campaign_named_for_a_liberation_takes_no_ground(pipeline, text):
    evs = _events(pipeline, text, published=date(2016, 5, 23))
    assert not [e for e in evs if e.sub_event_type == "Government regains territory"]


def test_people_freed_are_no_ground_taken_and_hostages_freed_no_abduction(pipeline):
    text = ("القوات العراقية تحرر البغدادي\nأعلنت القوات العراقية تحرير ناحية البغدادي من تنظيم داعش. "
            "وأكد مصدر أمني أن المعارك أسفرت عن تحرير مئات المدنيين في الناحية.")
    ev = _one(pipeline, text, published=date(2015, 8, 6))
    assert (ev.sub_event_type, ev.actor2) == ("Government regains territory", "Islamic State (Iraq)")
    evs = _events(pipeline, "وباستمرار المفاوضات تمكنت الوحدات الأمنية من تحرير الرهائن في مدينة بنزرت.",
                  published=date(2015, 8, 1))
    assert not [e for e in evs if e.sub_event_type == "Abduction/forced disappearance"]


def test_a_battle_s_second_side_is_no_civilians_when_the_article_names_its_enemy(pipeline):
    text = ("معارك في اليمن\nشنت ميليشيات الحوثي هجوما على مواقع المقاومة الشعبية في مدينة الضالع. وفي مدينة "
            "تعز، سيطرت المقاومة الشعبية على حي الجحملية وسط ترحيب المواطنين.")
    evs = _events(pipeline, text, published=date(2015, 8, 20))
    taken = [e for e in evs if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [(e.actor1, e.actor2) for e in taken] == [("Popular Resistance", "Ansar Allah")]


@pytest.mark.parametrize("text,killed", [
    ("استشهد رجل أمن إثر تعرضه لإطلاق نار من مجهولين في بلدة العوامية.", 1),
    ("استشهد رجلا أمن وأصيب ثالث في هجوم مسلح على نقطة تفتيش في بلدة العوامية بمحافظة القطيف.", 2),
])
def test_a_security_man_is_the_police(pipeline, text, killed):
    ev = _one(pipeline, text, published=date(2017, 5, 12))
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Armed clash", "Police Forces of Saudi Arabia", killed)


def test_fire_returned_is_a_clash_and_no_place(pipeline):
    # "بادله" (returned his fire) is also a village's name in Iran: no place without a word of place
    text = "قتل عنصر إرهابي بعد محاولته إطلاق النار تجاه الأمن الذي بادله إطلاق النار."
    ev = _one(pipeline, text, published=date(2015, 8, 1))
    assert (ev.sub_event_type, ev.country, ev.fatalities) == ("Armed clash", "", 1)
    ev = _one(pipeline, "تونس\n" + text.replace("الأمن", "الأمن في مدينة سجنان"), published=date(2015, 8, 1))
    assert (ev.actor1, ev.location) == ("Police Forces of Tunisia", "Sejenane")


@pytest.mark.parametrize("text,killed", [
    ("قتل 38 سائحا في هجوم مسلح شنه مسلح على فندق في مدينة سوسة التونسية.", 38),
    ("قتل سائحان بريطانيان برصاص مسلح في مدينة سوسة.", 2),
])
def test_tourists_shot_dead_were_attacked_civilians(pipeline, text, killed):
    ev = _one(pipeline, text, published=date(2015, 6, 26))
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Attack", "Civilians (Tunisia)", killed)


@pytest.mark.parametrize("text", [
    "أصيب عشرة فلسطينيين برصاص الاحتلال خلال مواجهات اندلعت في بلدة بيتا جنوب نابلس.",
    "أصيب شاب فلسطيني بالرصاص الحي خلال مواجهات مع قوات الاحتلال في بلدة بيتا جنوب نابلس.",
])
def test_people_hit_by_bullets_in_confrontations_with_the_state_rioted(pipeline, text):
    ev = _one(pipeline, text, published=date(2016, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel")


@pytest.mark.parametrize("text,struck", [
    ("قصفت طائرات مسيرة مجهولة مقرا للحشد الشعبي في منطقة القائم غرب الأنبار.", "Popular Mobilization Forces"),
    ("استهدفت طائرة مسيرة مجهولة مقرا لكتائب حزب الله في منطقة القائم.", "Kataib Hezbollah"),
])
def test_aircraft_of_unknown_owner_are_an_unidentified_side_not_the_air_force_that_flies_there(pipeline, text, struck):
    ev = _one(pipeline, text, published=date(2019, 9, 1))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Air/drone strike", "Unidentified Armed Group (Iraq)", struck)


def test_air_defences_that_repelled_a_missile_intercepted_it(pipeline):
    ev = _one(pipeline, "تصدت الدفاعات الجوية السعودية لصاروخ باليستي أطلقته الميليشيا الحوثية باتجاه مدينة جازان.",
              published=date(2018, 5, 20))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.location) == (
        "Disrupted weapons use", "Military Forces of Saudi Arabia", "Ansar Allah", "Jizan")
    ev = _one(pipeline, "تصدت قوات الجيش لهجوم شنه مسلحو الحوثي على مواقعها في جبهة نهم.", published=date(2018, 5, 20))
    assert ev.sub_event_type == "Armed clash"  # forces that repelled an assault fought it


def test_the_side_named_after_a_verb_of_looting_looted(pipeline):
    ev = _one(pipeline, "نهبت عناصر من قوات الدعم السريع مستشفى في أم درمان.", published=date(2023, 5, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Looting/property destruction", "Rapid Support Forces", "Civilians (Sudan)")


def test_forces_said_to_belong_to_the_government_of_national_accord_are_its_forces(pipeline):
    ev = _one(pipeline, "هاجمت قوات تابعة لحكومة الوفاق قاعدة براك الشاطئ الجوية وقتلت 141 شخصا.",
              published=date(2017, 5, 18))
    assert (ev.actor1, ev.location, ev.fatalities) == (
        "Military Forces of Libya (2016-) Government of National Accord", "Brak", 141)


def test_a_secretary_general_killed_is_one_dead(pipeline):
    ev = _one(pipeline, "اغتالت إسرائيل الأمين العام لحزب الله حسن نصر الله في غارة على الضاحية الجنوبية لبيروت.",
              published=date(2024, 9, 27))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Israel", "Hezbollah", 1)


def test_thousands_who_went_out_in_marches_in_the_capital_protested_there(pipeline):
    text = "الجزائر: مسيرات حاشدة\nخرج آلاف الجزائريين في مسيرات في العاصمة ومدن أخرى رفضا لترشح الرئيس بوتفليقة."
    ev = _one(pipeline, text, published=date(2019, 3, 10))
    assert (ev.sub_event_type, ev.actor1, ev.location) == ("Peaceful protest", "Protesters (Algeria)", "Algiers")


@pytest.mark.parametrize("text,sub,actor1", [
    ("بدأت عملية إجلاء مقاتلي المعارضة وعائلاتهم من درعا البلد إلى الشمال السوري بموجب اتفاق التسوية.",
     "Non-violent transfer of territory", "Opposition Rebels (Syria)"),
    ("غادر مسلحو تنظيم داعش مدينة القريتين في حافلات بموجب اتفاق مع قوات النظام.",
     "Non-violent transfer of territory", "Islamic State (Syria)"),
])
def test_fighters_who_left_or_were_evacuated_under_a_deal_handed_over_the_ground(pipeline, text, sub, actor1):
    ev = _one(pipeline, text, published=date(2018, 7, 15))
    assert (ev.sub_event_type, ev.actor1) == (sub, actor1)


def test_aircraft_that_pounded_positions_struck_from_the_air(pipeline):
    ev = _one(pipeline, "دكت طائرات التحالف العربي مواقع ميليشيا الحوثي وقوات المخلوع صالح في مديرية صرواح بمحافظة مأرب.",
              published=date(2015, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Air/drone strike", "Military Forces of Saudi Arabia", "Ansar Allah")


def test_houthi_infiltrators_on_the_saudi_border_are_the_houthis_and_a_number_of_them_is_three(pipeline):
    ev = _one(pipeline, "تصدت قوات حرس الحدود السعودية لمحاولة تسلل عناصر حوثية في منطقة جازان وقتلت عددا منهم.",
              published=date(2015, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.country, ev.fatalities) == (
        "Armed clash", "Military Forces of Saudi Arabia", "Ansar Allah", "Saudi Arabia", 3)


def test_a_side_that_fired_with_an_instrument_of_several_words_is_the_one_that_struck(pipeline):
    ev = _events(pipeline, "استهدفت الفصائل المقاتلة بعدة قذائف صاروخية مناطق في بلدتي الفوعة وكفريا المواليتين.",
                 published=date(2015, 8, 10))
    assert {(e.sub_event_type, e.actor1) for e in ev} == {("Shelling/artillery/missile attack", "Opposition Rebels (Syria)")}


def test_a_side_named_for_a_quarter_is_no_side_and_a_convoy_bombed_was_struck(pipeline):
    ev = _one(pipeline, "استهدفت سيارة مفخخة حي الشرطة الرابعة جنوب غربي بغداد.", published=date(2015, 5, 8))
    assert (ev.sub_event_type, ev.actor2) == ("Remote explosive/landmine/IED", "")
    ev = _one(pipeline, "انفجرت سيارة مفخخة عند مرور رتل لعناصر تنظيم داعش لدى دخوله بوابة مدينة الموصل ما أسفر عن "
                        "مقتل 42 منهم.", published=date(2015, 5, 8))
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Unidentified Armed Group (Iraq)", "Islamic State (Iraq)", 42)


def test_the_dead_told_before_the_clause_of_a_bombing_that_tells_its_wounded_are_its_dead(pipeline):
    ev = _one(pipeline, "أكدت مصادر طبية مقتل عشرين شخصا على الأقل، فيما جرح العشرات في تفجير سيارة مفخخة استهدف "
                        "شارعا تجاريا في حي البياع جنوب غربي بغداد، تبناه تنظيم داعش.", published=date(2015, 5, 8))
    assert (ev.sub_event_type, ev.actor1, ev.fatalities, ev.injuries) == (
        "Remote explosive/landmine/IED", "Islamic State (Iraq)", 20, 12)


def test_guns_and_vehicles_destroyed_are_a_strike_s_losses_not_shelling_or_looting(pipeline):
    text = ("واصلت طائرات التحالف العربي ضرب أهداف عسكرية للحوثي في منطقة الجفينة جنوب مأرب حيث لقي أكثر من 25 "
            "مسلحا حوثيا مصرعهم، ودمرت مجموعة من الدبابات العسكرية والمدفعية.")
    ev = _one(pipeline, text, published=date(2015, 8, 2))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Saudi Arabia", "Ansar Allah", 25)
    evs = _events(pipeline, "قصفت المقاومة تجمعات الحوثيين في منطقة القبة بالضالع، حيث تم تدمير وإحراق عدد من الأطقم "
                            "العسكرية التابعة لميليشيات الحوثي.", published=date(2015, 8, 2))
    assert "Looting/property destruction" not in {e.sub_event_type for e in evs}


def test_a_report_of_the_taking_by_a_side_tells_it_took_the_ground(pipeline):
    ev = _one(pipeline, "أفادت مصادر يمنية أمس الخميس بسيطرة المقاومة الشعبية على أجزاء من مدينة الحوطة عاصمة محافظة "
                        "لحج جنوبي البلاد.", published=date(2015, 7, 31))
    assert (ev.sub_event_type, ev.actor1, ev.event_date) == (
        "Non-state actor overtakes territory", "Popular Resistance", "2015-07-30")


def test_a_village_that_underwent_projectiles_from_yemen_was_shelled_by_the_houthis(pipeline):
    # "تعرضت ... لمقذوفات" a long way after the verb of undergoing is what happened, not an aim; fire
    # "من داخل الأراضي اليمنية" on Saudi border villages is the Houthis' (2015-)
    ev = _one(pipeline, "تعرضت قرية الخوجرة التابعة لمحافظة الطوال على الشريط الحدودي جنوب منطقة جازان أمس الجمعة "
                        "لمقذوفات من داخل الأراضي اليمنية.", published=date(2015, 8, 1))
    assert (ev.sub_event_type, ev.actor1, ev.country, ev.event_date) == (
        "Shelling/artillery/missile attack", "Ansar Allah", "Saudi Arabia", "2015-07-31")


def test_a_group_said_to_have_done_the_like_before_neither_claimed_this_attack_nor_fought_again(pipeline):
    text = ("هجوم في كويسنجق\nقتل 7 أشخاص وأصيب 15 بجروح في هجوم بالمتفجرات استهدف مقرا لحزب كردي في مدينة "
            "كويسنجق بمحافظة أربيل. ولم تتضح الجهة التي تقف وراء الهجوم، ولكن مسلحي تنظيم الدولة الإسلامية سبق "
            "لهم أن نفذوا هجمات مشابهة في إقليم كردستان.")
    ev = _one(pipeline, text, published=date(2016, 12, 21))
    assert (ev.actor1, ev.fatalities, ev.injuries) == ("Unidentified Armed Group (Iraq)", 7, 15)
    ev = _one(pipeline, text.replace("لحزب كردي", "للحزب الديمقراطي لكردستان الإيرانية"), published=date(2016, 12, 21))
    assert ev.actor2 == "KDPI: Kurdistan Democratic Party of Iran"  # the party whose seat was struck


def test_a_group_named_as_the_branch_of_another_is_no_side_of_its_own(pipeline):
    ev = _one(pipeline, "قالت مصادر إن جبهة النصرة -وهي ذراع تنظيم القاعدة في سوريا- اشتبكت مع مقاتلين معارضين قرب "
                        "بلدة اعزاز أمس.", published=date(2015, 8, 1))
    assert (ev.actor1, ev.actor2) == ("Jabhat al-Nusra", "Opposition Rebels (Syria)")


def test_forces_that_fell_on_a_sit_in_met_it_with_force(pipeline):
    ev = _one(pipeline, "هاجمت قوات الأمن البحرينية المعتصمين في دوار اللؤلؤة في المنامة فجر اليوم ما أدى إلى مقتل "
                        "ثلاثة وإصابة العشرات.", published=date(2011, 2, 17))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Excessive force against protesters", "Protesters (Bahrain)", "Police Forces of Bahrain", 3)


def test_crowds_who_went_out_into_the_streets_protested(pipeline):
    ev = _one(pipeline, "خرج ملايين المصريين إلى الشوارع في القاهرة للمطالبة برحيل الرئيس محمد مرسي.",
              published=date(2013, 6, 30))
    assert (ev.sub_event_type, ev.location) == ("Peaceful protest", "Cairo")
    ev = _one(pipeline, "دارت اشتباكات في الشوارع بين قوات النظام والمعارضة في حي جوبر بدمشق.", published=date(2013, 6, 30))
    assert ev.sub_event_type == "Armed clash"  # fighting in the streets is no protest


def test_a_checkpoint_of_a_side_is_no_place_named_for_it(pipeline):
    # "حاجز لوحدات حماية الشعب": the clitic and the side's name after a word of place name no place;
    # the event is in the town named after it, across the border from the article's country
    text = ("انفجار في بلدة سروج التركية\nقالت وزارة الداخلية التركية إن انفجارا في بلدة سروج أسفر عن مقتل 27 "
            "شخصا. وقال المرصد السوري إن انتحاريا فجر نفسه بسيارة مفخخة على حاجز لوحدات حماية الشعب في جنوب "
            "كوباني، ما أدى إلى مقتل عنصرين من الوحدات.")
    evs = _events(pipeline, text, published=date(2015, 7, 20))
    suicide = [e for e in evs if e.sub_event_type == "Suicide bomb"]
    assert [(e.location, e.actor2) for e in suicide] == [("Kobani", "YPG: People's Protection Units")]


def test_the_town_a_gathering_stood_with_is_not_where_it_was_bombed(pipeline):
    text = ("تفجير انتحاري في سروج\nاستهدف انتحاري تجمعا في مركز ثقافي بمدينة سروج التركية أمس ما أسفر عن مقتل 30 "
            "شخصا. وقالت مصادر كردية إن انتحاريين اثنين اخترقا تجمعا لطلاب جامعيين في المركز الثقافي بهدف التضامن "
            "مع مدينة كوباني.")
    evs = _events(pipeline, text, published=date(2015, 7, 21))
    assert [(e.sub_event_type, e.location) for e in evs] == [("Suicide bomb", "Suruc")]
    # "التضامن" (solidarity) is no quarter of Damascus without a word of place before it
    assert all(e.location != "Damascus - Tadamon" for e in evs)


def test_the_wounded_told_after_the_clause_of_the_dead_are_the_event_s_wounded(pipeline):
    text = ("انتحاري يقتل 15 في سوق\nفجر انتحاري نفسه داخل سوق في منطقة المار بولاية فارياب. وتابع الحاكم: «تشير "
            "معلوماتنا إلى مقتل 15 شخصا على الأقل في الهجوم»، مضيفا أن 38 شخصا آخرين أصيبوا بجروح.")
    ev = _one(pipeline, text, published=date(2015, 6, 24))
    assert (ev.sub_event_type, ev.injuries) == ("Suicide bomb", 38)


@pytest.mark.parametrize("text,actor1", [
    ("فجرت ميليشيات الحوثي منزل القيادي في المقاومة الشعبية في مديرية أرحب.", "Ansar Allah"),
    ("نسف تنظيم داعش منزلين لعناصر في الشرطة بقضاء الرطبة.", "Islamic State (Iraq)"),
])
def test_a_house_blown_up_by_a_side_was_razed(pipeline, text, actor1):
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert (ev.sub_event_type, ev.actor1) == ("Looting/property destruction", actor1)


def test_a_house_raided_at_dawn_was_not_razed(pipeline):
    evs = _events(pipeline, "اقتحمت قوات الاحتلال فجر اليوم منزل الأسير في بلدة بيت أمر واعتقلت شقيقه.",
                  published=date(2015, 8, 10))
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_the_city_of_a_police_chief_s_title_gives_way_to_the_place_he_names(pipeline):
    text = ("تفجير قرب مطار كابول\n"
            "قال نائب رئيس شرطة كابول إن انفجارا وقع عند أول حاجز أمني مؤد إلى مطار كابول الدولي ظهر اليوم.")
    evs = _events(pipeline, text, published=date(2015, 8, 10))
    assert [e.location for e in evs] == ["Kabul airport"]


def test_a_state_force_right_after_a_verbal_noun_of_arrest_made_the_arrest(pipeline):
    text = ("اعتقال مستوطنين\nأعلنت السلطات عن اعتقال الشرطة الإسرائيلية مستوطنين اثنين جنوب نابلس أمس "
            "للاشتباه في تورطهما في حرق منزل فلسطيني.")
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert (ev.sub_event_type, ev.actor1) == ("Arrests", "Police Forces of Israel")
    assert ev.actor2 != "Police Forces of Israel"


def test_the_quarter_the_shells_came_from_is_not_where_they_fell(pipeline):
    text = ("قذائف على حلب\nقتل خمسة مدنيين جراء سقوط قذائف صاروخية على حي الميدان مصدرها حي بني زيد، "
            "وفق وكالة سانا.")
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert ev.location != "Aleppo - Bani Zeid" and ev.admin1 == "Aleppo"


def test_the_town_fighters_came_from_is_not_where_they_fought(pipeline):
    text = "هجوم على قعطبة\nهاجم مقاتلو المقاومة الشعبية القادمين من مدينة الضالع مواقع الحوثيين في مدينة قعطبة أمس."
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert ev.location == "Qatabah"


def test_the_front_is_the_group_called_a_front_named_before(pipeline):
    # "الجبهة" stands for the Nusra Front named before it, as "التنظيم" for the Islamic State
    text = ("النصرة تخطف ناشطين\nوتتهم فصائل المعارضة جبهة النصرة بملاحقة قادة الفرقة 30 في ريف حلب.\n"
            "وقال ناشطون إن مسلحي الجبهة خطفوا أمس ثلاثة ناشطين في بلدة اعزاز.")
    ev = _one(pipeline, text, published=date(2015, 8, 1))
    assert (ev.sub_event_type, ev.actor1) == ("Abduction/forced disappearance", "Jabhat al-Nusra")


def test_a_strike_by_a_third_party_is_no_part_of_the_battle_beside_it(pipeline):
    text = ("اشتباكات قرب الراعي\nاندلعت اشتباكات عنيفة أمس بين تنظيم داعش وفصائل المعارضة قرب بلدة الراعي، "
            "بينما قصفت طائرات روسية مواقع التنظيم قرب بلدة الراعي.")
    evs = _events(pipeline, text, published=date(2016, 8, 1))
    assert sorted((e.sub_event_type, e.actor1) for e in evs) == [
        ("Air/drone strike", "Military Forces of Russia"), ("Armed clash", "Islamic State (Syria)")]
    # shelling by a side of the battle is the battle's
    text = ("اشتباكات قرب الراعي\nاندلعت اشتباكات عنيفة أمس بين تنظيم داعش وفصائل المعارضة قرب بلدة الراعي، "
            "بينما قصفت فصائل المعارضة مواقع التنظيم قرب بلدة الراعي بالمدفعية.")
    assert [e.sub_event_type for e in _events(pipeline, text, published=date(2016, 8, 1))] == ["Armed clash"]


def test_a_past_year_at_the_head_of_a_sentence_dates_all_of_it(pipeline):
    text = ("وفي العام 2013 تبنت هذه المجموعة المتطرفة التي صنفتها الولايات المتحدة والاتحاد الأوروبي إرهابية، "
            "هجوما انتحاريا على السفارة الأمريكية في أنقرة أدى إلى مقتل عنصر أمن تركي.")
    assert _events(pipeline, text, published=date(2015, 8, 11)) == []
    # this year's events told after it in another sentence are news
    text += "\nوأمس هاجم مسلحان القنصلية الأمريكية في إسطنبول وتبادلا إطلاق النار مع الشرطة."
    assert [e.location for e in _events(pipeline, text, published=date(2015, 8, 11))] == ["Istanbul"]


def test_fighting_a_town_has_seen_since_last_week_is_background(pipeline):
    text = "وتشهد مدينة جزرة اشتباكات متقطعة بين الشرطة والمسلحين الأكراد منذ الأسبوع الماضي."
    assert _events(pipeline, text, published=date(2015, 8, 10)) == []
    # clashes around a base besieged for days are news of the day
    text = ("وتواصلت الاشتباكات أمس على تخوم قاعدة العند بين المقاومة الشعبية والميليشيات التي تتحصن داخل "
            "القاعدة المحاصرة منذ عدة أيام.")
    assert [e.sub_event_type for e in _events(pipeline, text, published=date(2015, 8, 10))] == ["Armed clash"]


def test_a_raid_that_killed_is_a_fight_even_beside_a_weak_word_of_battle(pipeline):
    text = ("تمكنت قوات الشرطة من قتل 4 مسلحين من أعضاء خلية إرهابية بعد معركة وقعت أثناء مداهمة مخبأ "
            "الخلية في قرية بمركز ملوي بمحافظة المنيا.")
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 4)


def test_a_state_force_and_its_government_s_force_are_one_side(pipeline):
    # "الجنود" (the country's soldiers) and "الجيش" (the army of the government of the time) are one
    # side: no battle of the army against itself
    text = ("مقتل جنود في بنغازي\nقال مسعفون إن خمسة جنود قتلوا وإن ستة آخرين أصيبوا عندما تعرضوا لهجوم في "
            "محور بوعطني ببنغازي أمس، وقال الناطق باسم القوات الخاصة بالجيش إن قواته تصدت للهجوم.")
    ev = _one(pipeline, text, published=date(2015, 8, 4))
    assert ev.actor1.startswith("Military Forces of Libya") and not (ev.actor2 or "").startswith("Military Forces of Libya")


def test_bombs_blown_up_under_control_were_disrupted(pipeline):
    # (the group's men named in the clause as the dead are not who blew the bombs up)
    text = ("مقتل عناصر داعش\nأعلنت خلية الإعلام الحربي اليوم مقتل العشرات من عناصر تنظيم داعش في قواطع "
            "العمليات في محافظتي الأنبار وكركوك، مؤكدة تدمير عدة مخازن وأوكار تابعة للتنظيم وتفجير عبوات "
            "ناسفة وسيارات مفخخة تحت السيطرة.")
    subs = {e.sub_event_type for e in _events(pipeline, text, published=date(2015, 8, 6))}
    assert "Remote explosive/landmine/IED" not in subs and "Disrupted weapons use" in subs


def test_the_state_that_regained_ground_is_actor1_after_the_battle_told_before(pipeline):
    # the battle told first names the rebels first; the taking told after it is the state's
    text = ("معارك في ريف حماة\nاندلعت اشتباكات أمس بين فصائل المعارضة وقوات النظام في بلدة البحصة بسهل الغاب. "
            "واستعادت قوات النظام السيطرة على البلدة بعد المعارك.")
    ev = _one(pipeline, text, published=date(2015, 8, 8))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Government regains territory", "Military Forces of Syria", "Opposition Rebels (Syria)")


def test_the_side_struck_named_in_the_clause_after_the_victims_counted(pipeline):
    text = ("تفجير في ديار بكر\nأصيب ثمانية أشخاص أمس في هجوم انتحاري بشاحنة مفخخة، على ثكنة للجيش، في "
            "مدينة ديار بكر.")
    ev = _one(pipeline, text, published=date(2015, 8, 11))
    assert (ev.sub_event_type, ev.actor2) == ("Suicide bomb", "Military Forces of Turkey")


@pytest.mark.parametrize("opener", ["يذكر أن", "وتجدر الإشارة إلى أن"])
def test_what_is_worth_recalling_is_background(pipeline, opener):
    text = ("مقتل جنود في العريش\nقتل ثلاثة جنود أمس في انفجار عبوة ناسفة بمدينة العريش.\n"
            f"{opener} مسلحين هاجموا حاجزا للجيش في مدينة رفح وقتلوا 12 جنديا.")
    evs = _events(pipeline, text, published=date(2015, 8, 5))
    assert [(e.location, e.fatalities) for e in evs] == [("Arish", 3)]


@pytest.mark.parametrize("text, days", [
    # fighting told in the present as going on is of the publication day
    ("معارك في اليمن\nقتل خمسة من مسلحي الحوثي أمس في غارة جوية للتحالف على مدينة صعدة. وفي تعز، "
     "تتواصل المواجهات العنيفة بين المقاومة الشعبية والميليشيات الحوثية.",
     {"Sa'da": "2015-08-05", "Taiz": "2015-08-06"}),
    # another item of a report is not dated by the day told before it
    ("معارك في ريف دمشق\nقتل أربعة من مقاتلي المعارضة أمس في اشتباكات مع قوات النظام في مدينة الزبداني. "
     "وفي سياق متصل، تعرضت مدينة داريا لقصف عنيف بالبراميل المتفجرة من قبل قوات النظام.",
     {"Zabadani": "2015-08-05", "Darayya": "2015-08-06"}),
])
def test_an_undated_sentence_that_does_not_go_on_from_the_one_before_is_of_the_publication_day(pipeline, text, days):
    evs = {e.location: e.event_date for e in _events(pipeline, text, published=date(2015, 8, 6))}
    assert evs == days


def test_what_happened_meanwhile_is_of_the_day_told_before(pipeline):
    # "في غضون ذلك" (meanwhile) goes on at the time told before, unlike "في سياق متصل"
    text = ("معارك في اليمن\nاندلعت اشتباكات عنيفة أول من أمس بين المقاومة الشعبية وميليشيات الحوثي في مدينة تعز. "
            "وفي غضون ذلك، شنت طائرات التحالف غارات جوية على مواقع للحوثيين في مديرية صرواح.")
    evs = {e.location: e.event_date for e in _events(pipeline, text, published=date(2015, 8, 6))}
    assert evs == {"Taiz": "2015-08-04", "Sirwah district": "2015-08-04"}


def test_the_day_a_statement_was_made_gives_way_to_the_event_s_own_day(pipeline):
    text = ("تفجير في وان\nوأعلن مكتب حاكم ولاية وان بشرق تركيا أمس أن ثلاثة من أفراد الشرطة قتلوا في تفجير "
            "انتحاري استهدف مركزا للشرطة في الولاية ليل أول من أمس.")
    ev = _one(pipeline, text, published=date(2015, 8, 3))
    assert (ev.sub_event_type, ev.event_date) == ("Suicide bomb", "2015-08-01")
    # with no day of its own, the event keeps the day of the statement
    text = "تفجير في وان\nوأعلن مكتب حاكم ولاية وان أمس أن ثلاثة من أفراد الشرطة قتلوا في تفجير انتحاري."
    assert _one(pipeline, text, published=date(2015, 8, 3)).event_date == "2015-08-02"


def test_a_battle_told_with_no_side_is_fought_by_the_article_s_main_pair(pipeline):
    text = ("معارك في مأرب\nاندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية وميليشيات الحوثي في مديرية صرواح "
            "أسفرت عن مقتل 12 حوثيا.\nوتدور اشتباكات عنيفة مماثلة في الجبهة الشمالية بمديرية مجزر.")
    evs = _events(pipeline, text, published=date(2015, 8, 6))
    assert len(evs) == 2 and all((e.actor1, e.actor2) == ("Popular Resistance", "Ansar Allah") for e in evs)


def test_ground_taken_as_the_outcome_of_a_fight_is_the_fight_and_the_taker_is_actor1(pipeline):
    # "بين" names the rebels first; the clause of outcome says the regime took the villages
    text = ("معارك في ريف إدلب\nدارت أمس مواجهات عنيفة بين فصائل المعارضة وقوات النظام في بلدة البحصة "
            "بسهل الغاب، أسفرت عن سيطرة قوات النظام على البلدة.")
    ev = _one(pipeline, text, published=date(2015, 8, 8))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Government regains territory", "Military Forces of Syria", "Opposition Rebels (Syria)")


def test_a_plane_that_fell_as_an_outcome_took_no_ground(pipeline):
    text = ("تحطم طائرة\nاندلعت اشتباكات أمس بين فصائل المعارضة وقوات النظام في بلدة البحصة بسهل الغاب، "
            "أدت إلى سقوطها قرب البلدة.")
    subs = [e.sub_event_type for e in _events(pipeline, text, published=date(2015, 8, 8))]
    assert subs == ["Armed clash"]


@pytest.mark.parametrize("text,a1,a2", [
    ("قصف في ريف إدلب\nاستهدف الثوار أمس مساكن ضباط قوات النظام في مطار أبو الظهور العسكري بالمدفعية الثقيلة.",
     "Opposition Rebels (Syria)", "Military Forces of Syria"),
    ("هجوم في البيضاء\nهاجم رجال المقاومة الشعبية أمس دورية للحوثيين بقنبلة يدوية في مدينة البيضاء.",
     "Popular Resistance", "Ansar Allah"),
])
def test_the_side_between_a_verb_of_striking_and_what_it_struck_struck_it(pipeline, text, a1, a2):
    # (cue list role_struck_objects: "مساكن"، "دورية" after the side are what it struck)
    ev = _one(pipeline, text, published=date(2015, 8, 3))
    assert (ev.actor1, ev.actor2) == (a1, a2)


def test_an_attack_that_struck_no_armed_side_and_killed_people_was_on_civilians(pipeline):
    # the weak "قتل" that counts the dead folds into the attack told in the next sentence
    text = ("هجوم على قرية\nتواصلت هجمات الجماعة في ولاية بورنو، حيث قتل 11 شخصا ليل السبت في قرية مالاري. "
            "وقال علي، وهو مزارع من أهالي المنطقة، إن 11 شخصا قتلوا وأصيب 20 بجروح، حين هاجم مسلحو بوكو حرام "
            "القرية، الأحد.")
    ev = _one(pipeline, text, published=date(2015, 8, 4))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "Boko Haram", "Civilians (Nigeria)", 11)


@pytest.mark.parametrize("text,sub", [
    # armed men who burned houses, no crowd named: property destroyed
    ("حرق منازل\nدخل مسلحو بوكو حرام بلدة غامبورو أمس، وأضرموا النار في عشرات المنازل.",
     "Looting/property destruction"),
    # a crowd that burned houses rioted
    ("احتجاجات البصرة\nأضرم محتجون غاضبون النار في منازل مسؤولين في مدينة البصرة أمس.", "Violent demonstration"),
])
def test_houses_set_on_fire_by_armed_men_are_property_destroyed(pipeline, text, sub):
    assert [e.sub_event_type for e in _events(pipeline, text, published=date(2015, 8, 3))] == [sub]


def test_the_dead_of_an_armed_group_a_state_force_announces_fell_fighting_it(pipeline):
    text = ("عمليات الأنبار\nأعلنت قيادة عمليات بغداد في بيان أمس عن مقتل 11 داعشيا ضمن عمليات شمال "
            "مدينة الفلوجة.")
    ev = _one(pipeline, text, published=date(2015, 8, 10))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Armed clash", "Military Forces of Iraq", "Islamic State (Iraq)", 11)


@pytest.mark.parametrize("text", [
    # the dead of scattered incidents: a summary of events told one by one after it
    "حصيلة ديالى\nأعلنت قيادة عمليات ديالى أمس مقتل 9 من عناصر داعش و7 مدنيين في حوادث متفرقة في بعقوبة.",
    # no state's force announced them
    "حصيلة ديالى\nأعلنت مصادر طبية أمس مقتل 9 من عناصر داعش في بعقوبة.",
])
def test_announced_dead_of_several_incidents_or_by_no_state_force_tell_no_fight(pipeline, text):
    assert not [e for e in _events(pipeline, text, published=date(2015, 8, 10)) if e.sub_event_type == "Armed clash"]


def test_a_province_s_toll_that_sums_its_places_tolls_is_no_one_event_s(pipeline):
    text = ("غارات على ريف حلب\nقتل 30 مدنيا في غارات جوية لطائرات النظام على محافظة حلب أمس. "
            "وأفاد المرصد بأن طائرات النظام الحربية شنت غارات على مدينة منبج، مما أدى إلى مقتل 22 مدنيا. "
            "وقتل 8 آخرون في غارات جوية لطائرات النظام على بلدة دير حافر.")
    tolls = {e.location: e.fatalities for e in _events(pipeline, text, published=date(2015, 8, 2))}
    assert tolls == {"Manbij": 22, "Dayr Hafir": 8}


def test_a_state_force_that_told_of_the_blow_its_enemy_took_dealt_it(pipeline):
    # (told by "a source in" the command: no side by the words, the one that struck by what it told)
    text = ("قصف في الفلوجة\nأعلن مصدر في قيادة عمليات الأنبار، أمس، عن مقتل خمسة من قادة تنظيم داعش "
            "بقصف مدفعي استهدف سيارتهم في حي نزال وسط مدينة الفلوجة.")
    ev = _one(pipeline, text, published=date(2015, 8, 2))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Shelling/artillery/missile attack", "Military Forces of Iraq", "Islamic State (Iraq)", 5)


@pytest.mark.parametrize("text,sub,a1,a2", [
    # who held what was taken is the side acted on
    ("سيطرة في إب\nفرض مقاتلو دعم الشرعية أمس سيطرتهم على المكاتب الحكومية التي كانت تسيطر عليها "
     "ميليشيات الحوثي في مديرية القفر بمحافظة إب.",
     "Government regains territory", "Military Forces of Yemen (2012-) Hadi Government", "Ansar Allah"),
    ("جبل التركمان\nسيطرت الفصائل الإسلامية أمس على منطقة كانت تسيطر عليها قوات النظام في جبل التركمان.",
     "Non-state actor overtakes territory", "Opposition Rebels (Syria)", "Military Forces of Syria"),
])
def test_the_side_that_held_the_ground_taken_is_acted_on(pipeline, text, sub, a1, a2):
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (sub, a1, a2)


def test_men_of_al_qaeda_struck_in_yemen_are_aqap(pipeline):
    # "القاعدة" alone is also "the base": a side only with a word of its men before it
    text = ("غارة في شبوة\nأدت غارة شنتها طائرة أميركية بدون طيار في محافظة شبوة أمس إلى مقتل ثلاثة عناصر "
            "من القاعدة.")
    ev = _one(pipeline, text, published=date(2015, 8, 1))
    assert (ev.actor1, ev.actor2) == ("Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula")


def test_known_places_after_one_word_of_them_in_the_singular_are_each_a_place(pipeline):
    text = ("غارات على صعدة\nشن طيران التحالف أمس سلسلة غارات على مواقع الحوثيين، وتركز القصف الجوي على "
            "مديرية رازح وساقين.")
    assert sorted(e.location for e in _events(pipeline, text, published=date(2015, 8, 7))) == ["Razih", "Saqayn"]


def test_a_toll_read_for_a_list_of_places_and_another_event_goes_to_the_nearer(pipeline, corpus_article):
    # (the fighters freed "مديرية قطعبة ومريس"، a list of places that shares one toll; the 66 killed
    # in the storming are not the air strikes' told with it)
    art = corpus_article("snn_alwatan_27143")
    evs = pipeline.extract(replace(art, published=date(2015, 8, 9)))
    assert [e.fatalities for e in evs if e.sub_event_type == "Air/drone strike"] == [0]
    assert 66 in [e.fatalities for e in evs if e.sub_event_type == "Non-state actor overtakes territory"]


def test_an_exchange_of_bullets_that_ended_a_wanted_man_is_a_clash_not_his_past_riots(pipeline):
    # "تبادل إطلاق الرصاص" is an exchange of fire; "القضاء على أحد" a death; what he was involved in
    # before ("بعد تورطه في أعمال الشغب") is an accusation, no riot
    text = ("مقتل مطلوب\nنجحت أجهزة الأمن بالجيزة أمس في القضاء على أحد العناصر المسلحة، بعد تبادل إطلاق "
            "الرصاص في قرية بمركز البدرشين، بعد تورطه في العديد من أعمال العنف والشغب.")
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Armed clash", "Police Forces of Egypt", 1)


@pytest.mark.parametrize("body,tolls", [
    # the word of death said once for two clauses, each at its own town: each its own dead
    ("قتل ثلاثة مدنيين في غارة على بلدة سراقب، وخمسة في غارة على مدينة أريحا",
     {"Saraqib": 3, "Ariha": 5}),
    ("قتل طفلان في غارة على مدينة معرة النعمان، وامرأة وطفلها في قصف جوي على قرية كفرنبل",
     {"Maarrat al-Numan": 2, "Kafranbel": 2}),
    # (the clause after tells its own dead: nothing left out)
    ("قتل ثلاثة مدنيين في غارة على بلدة سراقب، وقتل خمسة في غارة على مدينة أريحا",
     {"Saraqib": 3, "Ariha": 5}),
    # (the wounded said before: the five are wounded, not dead)
    ("أصيب ثلاثة مدنيين في غارة على بلدة سراقب، وخمسة في غارة على مدينة أريحا",
     {"Saraqib": 0, "Ariha": 0}),
])
def test_the_dead_of_a_clause_that_leaves_out_the_word_of_death(pipeline, body, tolls):
    evs = _events(pipeline, body, published=date(2015, 8, 6))
    assert {e.location: e.fatalities for e in evs} == tolls


def test_another_strike_at_the_same_place_adds_its_dead_and_the_next_town_is_its_own_event(pipeline):
    # "في الجبهة ذاتها": the place of the strike told before, not the town named in the next clause;
    # two strikes at one place and day are one event (rule 1) whose dead add up
    evs = _events(pipeline, "مقتل ثمانية حوثيين بغارات للتحالف في مأرب\n"
                            "قالت مصادر قبلية إن غارة للتحالف على جبهة الجفينة دمرت مدرعة للحوثيين وقتل أربعة من طاقمها.\n"
                            "كما دمرت غارة ثانية في الجبهة ذاتها سيارة عسكرية وقتل 4 من ركابها، وفي منطقة صرواح "
                            "دمرت غارة جوية مخزنا للأسلحة.", published=date(2015, 8, 6))
    got = {e.location: e.fatalities for e in evs}
    assert got.get("Jufaina") == 8 and "Sirwah" in got


@pytest.mark.parametrize("text,sides", [
    # only one side's dead are told, and no side is the subject of the fight's verb: the other
    # side killed them, and acted (actor1)
    ("وفي مديرية أرحب شمال صنعاء اندلعت مواجهات عنيفة أمس عقب محاولة المسلحين الحوثيين اقتحام قرية تسيطر "
     "عليها المقاومة الشعبية، أسفرت عن مقتل 12 من الحوثيين", ("Popular Resistance", "Ansar Allah")),
    ("اندلعت اشتباكات عنيفة أمس في بلدة بحصا بسهل الغاب عقب محاولة قوات النظام التقدم نحو مواقع الفصائل "
     "الإسلامية، أسفرت عن مقتل خمسة من عناصر قوات النظام", ("Opposition Rebels (Syria)", "Military Forces of Syria")),
    # (the side that attacked acts, whoever died; the first of "بين X وY" acts; the dead of both
    # sides say nothing of the order)
    ("قال المرصد السوري إن اشتباكات عنيفة اندلعت أمس بين قوات النظام وفصائل المعارضة في مدينة الزبداني، "
     "أسفرت عن مقتل 12 عنصرا من قوات النظام", ("Military Forces of Syria", "Opposition Rebels (Syria)")),
    ("هاجم مسلحو الحوثي مواقع المقاومة الشعبية في جبل صبر بمحافظة تعز أمس، وقتل خلال المواجهات 15 من مسلحي الحوثي",
     ("Ansar Allah", "Popular Resistance")),
    ("اندلعت اشتباكات بين قوات النظام والفصائل الإسلامية في بلدة بحصا بسهل الغاب أسفرت عن مقتل خمسة من الفصائل "
     "وثلاثة من قوات النظام", ("Military Forces of Syria", "Opposition Rebels (Syria)")),
])
def test_the_side_whose_dead_alone_are_told_is_the_side_struck(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.actor1, ev.actor2) == sides


@pytest.mark.parametrize("text,sides", [
    # "المتمردون" where no country row names them: the armed group the article names (the enemy word)
    ("حزب العمال الكردستاني يصعد\nوفي هجوم بإقليم أغري شرقي تركيا قتل المتمردون جنديين، وتبنى حزب العمال "
     "الكردستاني الهجوم.", ("PKK: Kurdistan Workers Party", "Military Forces of Turkey")),
    # a verb of killing, its subject, then its object counted in the dual at the sentence's end
    ("هجوم على الجنود\nوفي هجوم بمدينة أغري شرقي تركيا قتل المسلحون جنديين.",
     ("Unidentified Armed Group (Turkey)", "Military Forces of Turkey")),
])
def test_rebels_and_gunmen_who_killed_soldiers_act(pipeline, text, sides):
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.actor1, ev.actor2) == sides
    assert ev.fatalities == 2


def test_dead_counted_in_an_attack_confirm_the_weak_word(pipeline):
    # a bare "هجوم" at a province is weak; the two killed "في هجوم" confirm that it happened
    ev = _one(pipeline, "هجمات على الجنود\nقتل جنديان في هجوم بإقليم أغري.", published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Armed clash", "Military Forces of Turkey", 2)
    assert ev.confidence >= 0.65
    # an attack told as what happened before ("كما حصل ... عندما قتل") is not confirmed by this rule
    assert not _events(pipeline, "تقرير عن الإعلام\nوتعرضت حياتهم للخطر كما حصل في محافظة ذمار عندما قتل ثلاثة "
                                 "إعلاميين.", published=date(2015, 8, 9))


def test_rockets_palestinian_factions_fired_at_a_town_are_an_event(pipeline):
    ev = _one(pipeline, "صواريخ على عسقلان\nأطلقت فصائل فلسطينية صاروخين من قطاع غزة على مدينة عسقلان دون وقوع "
                        "إصابات.", published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.location) == ("Shelling/artillery/missile attack", "Ashkelon")
    assert ev.actor1.startswith("Unidentified Armed Group") and ev.actor1_ar == "فصائل فلسطينية"


@pytest.mark.parametrize("text,a1,a2", [
    # "مسلح" right after a noun of attack says the attack was armed; the conscripts are the state's
    ("هجوم في العريش\nقتل مجندان في هجوم مسلح على كمين في مدينة العريش.",
     "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
    # a police officer is of the police
    ("اغتيال في العريش\nقتل مسلحون ضابط شرطة أثناء خدمته عند كمين في مدينة العريش.",
     "Unidentified Armed Group (Egypt)", "Police Forces of Egypt"),
    # "مسلح" as a noun (a gunman) is still a side
    ("هجوم في العريش\nقتل مسلح جنديا عند كمين في مدينة العريش.",
     "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
    # a side named as the subject of the armed attack made it
    ("هجوم في الحديدة\nنفذت المقاومة الشعبية بإقليم تهامة هجوما مسلحا على عناصر الحوثيين في مدينة الحديدة.",
     "Popular Resistance", "Ansar Allah"),
    ("هجوم في الحديدة\nقتل حوثيان في هجوم مسلح للمقاومة الشعبية على نقطة تابعة للمتمردين بمدينة الحديدة.",
     "Popular Resistance", "Ansar Allah"),
    # the armed side whose dead are counted in an attack on another side's base made the attack
    ("هجوم على قاعدة\nقتل 12 من مقاتلي حركة الشباب في هجوم شنوه على قاعدة للجيش الصومالي في مدينة مقديشو.",
     "Al Shabaab", "Military Forces of Somalia"),
    ("هجوم في تعز\nمقتل 4 جنود يمنيين في هجوم على مواقع للحوثيين في مدينة تعز.",
     "Military Forces of Yemen (2012-) Hadi Government", "Ansar Allah"),
    # an ambush is a noun of attack: the side after "كمين لـ" set it ...
    ("كمين في البيضاء\nقتل 18 مسلحا حوثيا في كمين للمقاومة الشعبية في مدينة البيضاء.",
     "Popular Resistance", "Ansar Allah"),
    # ... but not where "كمين" ends another word ("محكمين": well laid): the ambush "for" the Houthis
    ("كمين في تعز\nنصب الثوار كمينين محكمين للانقلابيين الحوثيين في مدينة تعز أسفرا عن مصرع 11 منهم.",
     "Popular Resistance", "Ansar Allah"),
])
def test_the_sides_of_an_armed_attack(pipeline, text, a1, a2):
    # (conscripts and police officers struck by an armed attack; the side whose dead fell attacking)
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", a1, a2)


def test_a_bare_headline_word_of_another_type_is_the_body_s_fight(pipeline):
    # the headline says "assassination" and names no one; the body tells a clash at the same town
    evs = _events(pipeline, "اغتيال في العريش\nقتل مسلحون ضابط شرطة عند كمين في مدينة العريش.",
                  published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in evs] == [("Armed clash", "Arish", 1)]
    # a headline at another town is not folded
    evs = _events(pipeline, "اغتيال في العريش\nقتل مسلحون ضابط شرطة عند كمين في مدينة رفح.",
                  published=date(2015, 8, 9))
    assert len(evs) == 2 and "Arish" in {e.location for e in evs}


def test_two_tribes_named_after_a_dual_noun_are_the_two_sides(pipeline):
    ev = _one(pipeline, "اشتباكات قبلية\nقتل 20 شخصا في اشتباكات قبلية بين قبيلتي الرزيقات والمعاليا في ولاية شرق "
                        "دارفور.", published=date(2015, 8, 9))
    assert (ev.actor1, ev.actor2, ev.fatalities) == (
        "Rizeigat Ethnic Militia (Sudan)", "Maaliya Ethnic Militia (Sudan)", 20)


@pytest.mark.parametrize("text,a1", [
    # the police found the dead: no side of the attack (the headline's "مقتل" counts no one of the body)
    ("مقتل\nعثرت الشرطة العراقية على جثث 6 أشخاص مجهولي الهوية مصابين بطلقات نارية في منطقة الدورة جنوب بغداد.",
     "Unidentified Armed Group (Iraq)"),
    # ... and the side named after a verb of killing with its object as a pronoun killed them
    ("جثث\nعثرت قوات الأمن على جثتي رجلين قتلهما تنظيم داعش في مدينة الرمادي.", "Islamic State (Iraq)"),
])
def test_bodies_found_are_the_dead_of_an_attack_by_whom_the_text_names(pipeline, text, a1):
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Attack", a1, "Civilians (Iraq)")


def test_a_taking_after_a_withdrawal_without_a_fight_is_a_handover(pipeline):
    ev = _one(pipeline, "الحوثيون يسيطرون على عتق\nسيطر مسلحو جماعة الحوثي على مدينة عتق مركز محافظة شبوة بعد "
                        "انسحاب قوات الجيش منها دون قتال.", published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.location) == (
        "Non-violent transfer of territory", "Ansar Allah", "Ataq")
    # with a fight it stays a taking
    ev = _one(pipeline, "الحوثيون يسيطرون على عتق\nسيطر مسلحو جماعة الحوثي على مدينة عتق مركز محافظة شبوة بعد "
                        "معارك عنيفة مع قوات الجيش.", published=date(2015, 8, 9))
    assert ev.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text,sub,a1,a2", [
    # theft and arson by armed men are Looting/property destruction, with the verb's subject as actor1
    ("سرقة في درعا\nسرق مسلحون سيارة إسعاف في مدينة درعا أمس.",
     "Looting/property destruction", "Unidentified Armed Group (Syria)", "Civilians (Syria)"),
    ("حريق في الحديدة\nأضرم مسلحون النار في منزل صحفي في مدينة الحديدة أمس.",
     "Looting/property destruction", "Unidentified Armed Group (Yemen)", "Civilians (Yemen)"),
    # protesters who burnt a police station rioted against the police, not against themselves
    ("متظاهرون يحرقون مركزا للشرطة\nأحرق متظاهرون غاضبون مركزا للشرطة في مدينة كربلاء بعد مقتل شاب برصاص قوات "
     "الأمن خلال احتجاجات ليلة أمس.", "Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq"),
])
def test_theft_arson_and_a_burnt_police_station(pipeline, text, sub, a1, a2):
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (sub, a1, a2)


def test_theft_as_a_word_of_politics_is_no_event(pipeline):
    # "سرقة الأراضي" (the theft of land) in a statement: no looting
    assert _events(pipeline, "بيان\nأدانت الحكومة الفلسطينية سرقة الأراضي في القدس الشرقية.",
                   published=date(2015, 8, 9)) == []


def test_a_definite_weapon_after_a_word_of_attack_is_the_attack_told_here(pipeline):
    # "بالبراميل المتفجرة" after "قصف" is the weapon of this strike, not a pointer back at the
    # headline's shelling: the body's barrel-bomb strike by the regime is the one event
    ev = _one(pipeline, "قصف على حلب\nقتل 12 مدنيا، بينهم ثلاثة أطفال، في قصف بالبراميل المتفجرة على حي الشعار في "
                        "حلب.", published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.location, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Syria", "Aleppo - Shaar", 12)


def test_the_dead_of_the_side_that_acted_are_its_toll_not_the_other_side(pipeline):
    # the soldiers killed are the army's own: the side it fought is the Shura Council named with "مع"
    ev = _one(pipeline, "الجيش الليبي يستعيد منطقة في بنغازي\nأعلن الجيش الليبي أمس سيطرته الكاملة على منطقة الليثي "
                        "في مدينة بنغازي بعد معارك عنيفة مع مسلحي مجلس شورى ثوار بنغازي أسفرت عن مقتل 8 جنود.",
              published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Government regains territory", "Military Forces of Libya (2014-) House of Representatives",
        "Benghazi Revolutionaries Shura Council", 8)


@pytest.mark.parametrize("text,place", [
    # barrel bombs in the dual and the accusative are dropped from the air, not shelled
    # (the shelling told right after them is no stronger word of the sub-type)
    ("براميل على اللطامنة\nألقى الطيران المروحي برميلين متفجرين على مناطق في بلدة اللطامنة بريف حماة الشمالي، "
     "عقبه قصف من قبل قوات النظام على أماكن في البلدة.", "Latamneh"),
    ("براميل على داريا\nألقى الطيران المروحي 14 برميلاً متفجراً على مدينة داريا، عقبه قصف من قبل قوات النظام على "
     "أماكن في المدينة.", "Darayya"),
])
def test_barrel_bombs_in_the_dual_and_the_accusative_are_air_strikes(pipeline, text, place):
    ev = _one(pipeline, text, published=date(2015, 8, 9))
    assert (ev.sub_event_type, ev.actor1, ev.location) == ("Air/drone strike", "Military Forces of Syria", place)


def test_a_bombing_named_besides_the_next_one_is_not_its_place(pipeline):
    """"والى جانب التفجير الذي وقع في بغداد الجديدة، قتل شخصان آخران ... في حي الزعفرانية": the
    blast named after "besides" was told before; the two dead are the Zafaraniya bombs'."""
    text = ("تفجيرات في بغداد\nانفجرت أمس سيارة ملغومة في حي بغداد الجديدة شمال شرق العاصمة، ما تسبب في "
            "مقتل 16 شخصا. والى جانب التفجير الذي وقع في بغداد الجديدة، قتل شخصان آخران في هجمات "
            "بقنابل في حي الزعفرانية في جنوب بغداد.")
    evs = _events(pipeline, text)
    assert sorted((e.location, e.fatalities) for e in evs) == [("Baghdad - Zafaraniya", 2), ("New Baghdad", 16)]


def test_an_adjective_after_a_street_word_is_no_place(pipeline):
    """"في شارع تجاري مزدحم في بلدة مندلي": "تجاري" (commercial) names no street of the town the
    article is about; the blast is Mandali's."""
    text = ("تفجيرات في العراق\nانفجرت سيارة ملغومة في بغداد. وقتل ثمانية أشخاص أمس عندما انفجرت سيارة "
            "ملغومة في شارع تجاري مزدحم في بلدة مندلي على بعد نحو 100 كيلومتر الى الشمال الشرقي من العاصمة.")
    evs = _events(pipeline, text)
    assert ("Mandali", 8) in [(e.location, e.fatalities) for e in evs]
    assert all(e.fatalities == 0 for e in evs if e.location != "Mandali")


def test_a_month_s_tally_in_the_headline_makes_no_event_of_its_parts(pipeline):
    """Under "مقتل 1332 عراقيا خلال يوليو الماضي", "174 من المدنيين قتلوا جراء القتال الدائر" is a
    part of the month's tally (no day of its own), not an event; a blast dated yesterday still is."""
    text = ("مقتل 1332 عراقياً خلال يوليو الماضي\nقالت البعثة إن 174 من المدنيين قتلوا جراء القتال الدائر "
            "بين القوات الامنية وتنظيم داعش في الأنبار. وقتل أمس 5 جنود في هجوم على حاجز في الرمادي.")
    evs = _events(pipeline, text)
    assert [(e.location, e.fatalities) for e in evs] == [("Ramadi", 5)]


@pytest.mark.parametrize("text,sub", [
    # a cell broken up is arrests, no bomb defused; bombs dismantled still are
    ("تفكيك خلية إرهابية في المغرب\nفككت السلطات المغربية أمس خلية إرهابية في مدينة فاس واعتقلت 5 من أعضائها.",
     "Arrests"),
    ("تفكيك خلية في بغداد\nتمكنت القوات الأمنية أمس من تفكيك خلية إرهابية في حي الأعظمية ببغداد.", "Arrests"),
    ("تفكيك عبوات\nفككت القوات الأمنية أمس 3 عبوات ناسفة في الرمادي.", "Disrupted weapons use"),
])
def test_a_cell_dismantled_is_an_arrest(pipeline, text, sub):
    assert _one(pipeline, text).sub_event_type == sub


@pytest.mark.parametrize("text,sub,a1,a2", [
    # "اعتقل" is active and passive alike: a group and then a count after it took them ...
    ("اعتقالات في الرقة\nاعتقل تنظيم داعش أمس 5 ناشطين في مدينة الرقة.",
     "Abduction/forced disappearance", "Islamic State (Syria)", "Civilians (Syria)"),
    # ... with no count, the group's man was taken
    ("اعتقالات في الرقة\nاعتقل عنصر من تنظيم داعش أمس في مدينة الرقة.",
     "Arrests", "Police Forces of Syria", "Islamic State (Syria)"),
    # a group named right after a verbal noun of arrest is the one arrested
    ("اعتقال داعشي\nاعتقلت الشرطة أمس عنصرا في تنظيم داعش في مدينة طنجة.",
     "Arrests", "Police Forces of Morocco", "Islamic State (Morocco)"),
])
def test_who_took_whom_in_an_arrest(pipeline, text, sub, a1, a2):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in _events(pipeline, text)] == [(sub, a1, a2)]


@pytest.mark.parametrize("text,sub", [
    # feminine verbs the matcher's suffixes do not reach ("ت" is no suffix of it)
    ("عدن: ثلاثة مسلحين في قبضة الشرطة\nقبضت الشرطة أمس على 3 مسلحين في مدينة عدن.", "Arrests"),
    ("البصرة: غضب من انقطاع الكهرباء\nتظاهرت حشود أمس في مدينة البصرة.", "Peaceful protest"),
])
def test_feminine_verbs_of_arrest_and_protest(pipeline, text, sub):
    assert _one(pipeline, text).sub_event_type == sub


def test_a_grip_tightened_is_no_arrest(pipeline):
    """"أحكمت المقاومة الشعبية قبضتها على عدن": a side's grip on a town, nobody arrested."""
    text = "المقاومة تحكم قبضتها على عدن\nأحكمت المقاومة الشعبية أمس قبضتها تماما على عدن بدخولها القصر الجمهوري."
    assert all(e.sub_event_type != "Arrests" for e in _events(pipeline, text))


def test_a_crowd_of_a_group_s_supporters_met_by_the_police(pipeline):
    """"فرقت قوات الأمن المصرية مظاهرة لأنصار جماعة الإخوان": the protesters met the police; the
    group whose supporters marched is no side against them."""
    e = _one(pipeline, "مظاهرات في القاهرة\nفرقت قوات الأمن المصرية أمس مظاهرة لأنصار جماعة الإخوان المسلمين "
                       "في حي المطرية بالقاهرة واعتقلت 12 منهم.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Protest with intervention", "Protesters (Egypt)",
                                                      "Police Forces of Egypt")


@pytest.mark.parametrize("text,a1,a2", [
    # an ambush in the accusative is what was attacked or set against the side after its لـ ...
    ("هجوم في سيناء\nهاجم مسلحون مجهولون فجر اليوم كمينا للجيش في مدينة الشيخ زويد ما أدى إلى مقتل 3 جنود.",
     "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
    # ... after "في" it is the side's own ambush
    ("كمين في تعز\nقتل 5 من الحوثيين أمس في كمين للمقاومة الشعبية في مدينة تعز.", "Popular Resistance", "Ansar Allah"),
])
def test_whose_ambush(pipeline, text, a1, a2):
    e = _one(pipeline, text)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", a1, a2)


@pytest.mark.parametrize("text,sub,a1,a2", [
    # a fight told with "بين", then the side that managed to take ground: that side took it
    ("معارك عنيفة في ريف حماة\nدارت معارك عنيفة بين قوات النظام وفصائل المعارضة في ريف حماة أمس وتمكنت "
     "الفصائل من السيطرة على قرية الزيارة.",
     "Non-state actor overtakes territory", "Opposition Rebels (Syria)", "Military Forces of Syria"),
    ("معارك في الحسكة\nاندلعت اشتباكات بين وحدات حماية الشعب الكردية وتنظيم داعش في ريف الحسكة ونجح التنظيم "
     "في السيطرة على قرية تل براك.",
     "Non-state actor overtakes territory", "Islamic State (Syria)", "YPG: People's Protection Units"),
])
def test_the_side_that_managed_to_take_ground_took_it(pipeline, text, sub, a1, a2):
    e = _one(pipeline, text)
    assert (e.sub_event_type, e.actor1, e.actor2) == (sub, a1, a2)


def test_a_fight_of_one_country_s_sides_is_not_at_another_country_s_main_place(pipeline):
    """A review of the press: the Syrian fight told at no place of its own is not at the Istanbul the
    article names first."""
    text = ("اهتمامات الصحف\nأخبرت الصحف عن إصابة رجل أمن تركي في اعتداء قام به مسلحون أكراد على مبنى وسط "
            "اسطنبول أمس.\nوواصلت الصحف رصدها للمعارك التي دارت بين جيش النظام السوري ومقاتلي المعارضة وتمكن "
            "المعارضة من السيطرة على عدة قرى شمال غرب سوريا.")
    assert [(e.sub_event_type, e.actor1, e.location) for e in _events(pipeline, text)] == [
        ("Armed clash", "PKK: Kurdistan Workers Party", "Istanbul")]


def test_a_headline_ending_with_a_context_word_leaves_the_body_s_first_word_alone(pipeline):
    """"الشباب تهاجم قاعدة" then "هاجم مسلحو حركة الشباب ...": the body's attack is an event."""
    e = _one(pipeline, "الشباب تهاجم قاعدة\nهاجم مسلحو حركة الشباب قاعدة عسكرية لقوات الاتحاد الأفريقي في بلدة "
                       "جناله جنوب مقديشو أمس، ما أدى لمقتل 19 جنديا.")
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (
        "Armed clash", "Al Shabaab", "AMISOM: African Union Mission in Somalia", 19)


@pytest.mark.parametrize("text,killed", [
    # a guard of no force named is a civilian
    ("هجوم في العريش\nقتل مسلحون مجهولون حارس كنيسة في مدينة العريش أمس.", 1),
    # a verb of killing whose object pronoun is the one dead
    ("هجوم في العريش\nهاجم مسلحون مجهولون كنيسة في مدينة العريش أمس وأطلقوا النار على حارسها فقتلوه.", 1),
    ("هجوم في الزقازيق\nأطلق مسلحان يستقلان دراجة نارية النار على مواطن في مدينة الزقازيق أمس فأردياه قتيلا.", 1),
])
def test_a_civilian_killed_told_by_a_guard_or_a_pronoun(pipeline, text, killed):
    e = _one(pipeline, text)
    assert (e.sub_event_type, e.actor2, e.fatalities) == ("Attack", "Civilians (Egypt)", killed)


@pytest.mark.parametrize("text,a1,a2", [
    # an attack on a place of civilians, no armed side named against it: violence against civilians
    ("هجوم على كنيسة\nهاجم مسلحون مجهولون كنيسة في مدينة العريش أمس.",
     "Unidentified Armed Group (Egypt)", "Civilians (Egypt)"),
    ("هجوم في دارفور\nهاجمت قوات الدعم السريع أمس سوق بلدة كتم في ولاية شمال دارفور.",
     "Rapid Support Forces", "Civilians (Sudan)"),
    # with the article too
    ("هجوم على كنيسة\nهاجم مسلحون الكنيسة الوحيدة في مدينة العريش أمس.",
     "Unidentified Armed Group (Egypt)", "Civilians (Egypt)"),
])
def test_an_attack_on_a_place_of_civilians(pipeline, text, a1, a2):
    e = _one(pipeline, text)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", a1, a2)


def test_an_attack_on_a_military_post_stays_a_clash(pipeline):
    e = _one(pipeline, "هجوم في العريش\nهاجم مسلحون موقعا للجيش في مدينة العريش أمس.")
    assert (e.sub_event_type, e.actor2) == ("Armed clash", "Military Forces of Egypt")


def test_two_rockets_from_gaza_are_placed_where_they_fell_and_keep_their_side(pipeline):
    """"صاروخين من قطاع غزة": Gaza is where the two rockets set off from, Ashkelon where they fell; the
    Palestinian factions that fired them stay Palestinian across the border."""
    e = _one(pipeline, "صواريخ من غزة\nأطلقت فصائل فلسطينية صاروخين من قطاع غزة سقطا في منطقة مفتوحة قرب مدينة "
                       "عسقلان دون وقوع إصابات.")
    assert (e.sub_event_type, e.actor1, e.location, e.country, e.fatalities) == (
        "Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)", "Ashkelon", "Israel", 0)
