"""Fatality and injury rules of the codebook (rule 4), on real Arabic sentences."""

from datetime import date

import pytest

from marsad.events.fatalities import Counts, counts_in, gapped_counts
from marsad.mentions.finder import MentionFinder
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.text import normalize
from marsad.text.segment import Segment


@pytest.fixture(scope="module")
def finder():
    return MentionFinder()


def _extract(text, published=date(2015, 8, 10)):
    return Pipeline.default().extract(Article(id="t", text=text, published=published, outlet="t"))


def _counts(finder, text):
    nt = normalize(text)
    return counts_in(Segment(0, len(nt.norm), 0), nt.norm, finder.find(nt)), text


@pytest.mark.parametrize("text,killed,injured", [
    ("قضى 35 مقاتلاً على الأقل من فصائل المعارضة، و17 عنصراً من قوات النظام", 52, None),
    # "الاثنين" is Monday here, not the number two
    ("ارتفعت حصيلة قتلى الانفجار اليوم الاثنين إلى 47 قتيلا وأكثر من 100 جريح", 47, 100),
    # a word of adding joins two death counts
    ("أسفرت المعارك عن استشهاد 17 مقاتلاً من الفصائل بالإضافة إلى ستة مدنيين بينهم ثلاثة أطفال", 23, None),
    ("نتج عن التفجير مقتل عشرة من رجال الأمن إضافة إلى ثلاثة من العمال وإصابة تسعة آخرين", 13, 9),
    # a head count of people takes a death verb from further back
    ("قضى خلال هذه المعارك والقصف العنيف والمتبادل في المعمل ومحيطه، 35 مقاتلاً على الأقل", 35, None),
    # ... but not across another number
    ("قتل خلال الهجوم على الحاجز الأمني 15 عنصرا واعتقلت القوات في اليوم التالي 12 عنصرا", 15, None),
    # a head count of people takes the death verb after the side they belong to
    ("إن 12 عنصرا من قوات النظام والمسلحين الموالين لها قتلوا في اشتباكات مع الفصائل", 12, None),
    ("وأوضحت المصادر أن 21 فرداً من المسلحين الحوثيين وقوات صالح قتلوا في مواجهات مع المقاومة", 21, None),
    # parts of the dead listed on after "هم", past a comma, while they fit the whole ...
    ("انتهى الهجوم على الفندق بمقتل 11 شخصا هم ثلاثة جنود وأربعة موظفين في شركة أمنية خاصة، وأربعة مهاجمين", 11, None),
    # ... and not past it: a count that does not fit is of another place
    ("سقط 6 قتلى بينهم 4 أطفال في بلدة دارة عزة، و5 قتلى في مدينة الباب", 11, None),
    # those a verb of capture counts are neither dead nor wounded
    ("ما رفع خسائر المسلحين إلى 9 قتلى و14 جريحا، كما أسروا 6 آخرين", 9, 14),
    # the count right after a verb of meeting death takes its word of death however far it stands
    ("لقي تسعة من مقاتلي تنظيم «أنصار بيت المقدس» المسلحين في شمال سيناء مصرعهم وأصيب 4 آخرون", 9, 4),
    # a count shared out between the dead and the wounded: dead among them (3, as "قتلى وجرحى");
    # the captured counted after are neither dead nor wounded
    ("معلنة عن سقوط أكثر من 145 من ميليشيات الحوثي بين قتيل وجريح وأسر 11 آخرين", 3, None),
    ("أشاروا إلى سقوط العشرات من الحوثيين مابين قتيل وجريح", 3, None),
    # a woman and two children: the civilians named after the word of death are its dead, not its killers
    ("ما أدى إلى مقتل امرأة وطفلين", 3, None),
    # ... not across a comma
    ("وصل 12 عنصرا من قوات النظام والمسلحين الموالين لها، وقتل مدني في القصف", 1, None),
    ("أسفر الانفجار عن مقتل خمسة أشخاص وإصابة 12 آخرين بجروح", 5, 12),
    ("لقي ثلاثة جنود حتفهم في الهجوم", 3, None),
    ("سقط عشرات القتلى في القصف", 12, None),
    ("أدى القصف إلى سقوط قتلى وجرحى", 3, None),
    ("قتل جندي وأصيب اثنان آخران", 1, 2),
    ("قتل متظاهران وأصيب العشرات برصاص قوات الأمن", 2, 12),
    ("قتل مسعف وأصيب طبيبان بقصف استهدف المستشفى", 1, 2),
    ("أسفر الهجوم عن مقتل جنديين", 2, None),
    ("قتل 51 شخصا وجرح مئات آخرون في كابل", 51, 100),
    ("قتل ٢٣ مدنياً بينهم ٧ أطفال في الغارة", 23, None),
    ("أسفرت الاشتباكات عن خسائر بشرية في صفوف الطرفين", None, None),
    ("أصيب عشرة أشخاص بجروح في الانفجار", None, 10),
    ("قتل خمسة وعشرون شخصا", 25, None),
    # hundreds or thousands of dead are a tally over a long period, not one event's toll
    ("أدت الهجمات إلى مقتل 15 ألف شخص ونزوح مليون آخرين", None, None),
    ("بلغ عدد القتلى 1000 قتيل ونحو 9000 جريح", None, None),
    ("ويعد التفجير الأحدث في سلسلة الهجمات التي أودت بحياة 300 شخص الشهر الحالي", None, None),
    # ... but hundreds killed in one bombing or attack are its toll
    ("قتل أكثر من 300 شخص في انفجار شاحنة مفخخة في مقديشو", 300, None),
    ("استشهد 305 مصلين وأصيب 128 في هجوم إرهابي استهدف مسجدا", 305, 128),
    ("قتل 50 شخصا وأصيب أكثر من 200 آخرين في انفجار سيارة مفخخة", 50, 200),
    # a number in a name is no count, nor is a rate
    ("شنت هجوما على نقطة تفتيش بشارع الخمسين، ما أسفر عن مقتل أربعة وإصابة اثنين آخرين", 4, 2),
    ("هاجمت جبهة النصرة مقر الفرقة 30 وقتل خمسة من عناصرها", 5, None),
    ("دمرت غارة طقما عسكريا على متنه مضاد طيران عيار 23 وقتل 3 من طاقمه", 3, None),
    # the pronoun of "مصرعه"/"مصرعهما" says how many died
    ("لقي أمين شرطة من قوة المركز مصرعه إثر إطلاق النار عليه", 1, None),
    ("لقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين", 2, None),
    ("لقي خمسة أشخاص مصرعهم في الانفجار", 5, None),
    ("أطلقوا قذيفة على المسلحين أسفرت عن مصرعهم جميعا", 3, None),
    ("تستهدفهم القوات الأمنية إذ إن عدد قتلاهم يتجاوز 100 إرهابي يوميا", None, None),
    ("قتل 150 شخصا في التفجير", 150, None),
    # the verb of a count told before it is not the verb of a count after it: missing, not dead
    ("قال مسؤول إن خمسة جنود قتلوا، وفقد 15 آخرون عندما هاجم المسلحون الحاجز", 5, None),
    # ... a count joined to it by "و" still is
    ("قتل ثلاثة جنود و4 مدنيين في الهجوم", 7, None),
    # the lives a blast took are its dead, the others it hurt its wounded
    ("أودى انفجار سيارة مفخخة بحياة 14 شخصا وأصاب 30 آخرين بجروح", 14, 30),
    ("حصد الهجوم أرواح 12 جنديا", 12, None),
    # the one an execution was carried out against ("بحق") died
    ("نفذ التنظيم حكم الإعدام بحق شاب بتهمة الردة", 1, None),
])
def test_counts(finder, text, killed, injured):
    c, _ = _counts(finder, text)
    assert c.killed == killed
    assert c.injured == injured


def test_years_distances_and_dates_are_not_counts(finder):
    c, _ = _counts(finder, "قتل شخص في 23 يوليو 2015 على بعد 30 كيلومترا من المدينة")
    assert c.killed == 1


def test_toll_update_is_marked(finder):
    c, _ = _counts(finder, "ارتفعت حصيلة القتلى إلى 27 قتيلا")
    assert c.killed == 27 and c.updated


def test_evidence_spans_reproduce_the_text(finder):
    c, text = _counts(finder, "أسفر الانفجار عن مقتل خمسة أشخاص")
    assert {text[s.start:s.end] for s in c.killed_spans} == {"مقتل", "خمسة"}


@pytest.mark.parametrize("text,killed", [
    # the toll told is of the victims: the bomber is one more (codebook rule 4)
    ("قتل خمسة مدنيين أمس في عملية انتحارية بسيارة مفخخة على الطريق إلى مطار كابل.", 6),
    # two bombers (a dual)
    ("قتل ثلاثة جنود أمس في هجوم نفذه انتحاريان على حاجز للجيش في مدينة العريش.", 5),
    # ... also in the genitive, after a dual of bombings
    ("قتل 95 شخصا وأصيب 240 آخرون أمس في تفجيرين انتحاريين استهدفا تجمعا وسط العاصمة التركية أنقرة.", 97),
    # the toll says it holds the bomber
    ("قتل ستة أشخاص بينهم الانتحاري في تفجير انتحاري استهدف مركزا للشرطة في كابل أمس.", 6),
    ("قتل ستة أشخاص على الأقل، من بينهم انتحاري، وأصيب 21 آخرون أمس في تفجير انتحاري قرب مطار كابل.", 6),
    # nobody else died: the bomber alone
    ("أصيب عشرة أشخاص في هجوم انتحاري بسيارة مفخخة على مركز للشرطة في إسطنبول أمس.", 1),
])
def test_a_suicide_bomber_counts_among_the_dead(text, killed):
    evs = _extract(text)
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Suicide bomb", killed)]


def test_villages_with_tolls_of_their_own_leave_the_rest_to_the_strike_told():
    """"مخلفا ثلاثة قتلى بقرية الموزرة، وخمسة بقرية أرنبة، وستة بقرية جوزف": Arnaba and Jouzef are
    events with their own tolls; the strike on Jabal al-Zawiya keeps the three left, not all 14."""
    text = ("وقال ناشط إن الطيران الحربي شن أمس عدة غارات على قرى وبلدات جبل الزاوية بريف إدلب، مخلفا "
            "ثلاثة شهداء بقرية الموزرة، وخمسة شهداء بقرية أرنبة، وستة شهداء بقرية جوزف.")
    evs = _extract(text)
    assert sorted((e.location_ar, e.fatalities) for e in evs) == [("أرنبة", 5), ("جبل الزاوية", 3), ("جوزف", 6)]
    main = next(e for e in evs if e.location_ar == "جبل الزاوية")
    assert [sp["text"] for sp in main.evidence["fatalities"]] == ["ثلاثة", "شهداء"]


@pytest.mark.parametrize("lead,places", [
    # the countryside's toll is the sum of its towns' (5 + 7): a summary, no event of its own
    ("قتل 12 مدنيا", [("سراقب", 5), ("كفرنبل", 7)]),
    # not their sum: a toll of its own, kept
    ("قتل 20 مدنيا", [("إدلب", 20), ("سراقب", 5), ("كفرنبل", 7)]),
])
def test_a_toll_of_a_countryside_that_sums_its_towns_tolls_is_no_event(lead, places):
    text = (f"{lead} في غارات شنها الطيران الحربي السوري على عدد من القرى في ريف إدلب أمس. وقال ناشطون إن "
            "الطيران شن غارة على بلدة سراقب أدت إلى مقتل خمسة مدنيين، وغارة على بلدة كفرنبل قتلت سبعة مدنيين.")
    assert sorted((e.location_ar, e.fatalities) for e in _extract(text)) == places


def test_a_toll_of_two_listed_villages_is_split_also_when_one_is_unknown():
    text = "اندلعت اشتباكات أمس في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور أسفرت عن مقتل 30 عنصرا."
    evs = _extract(text)
    assert sorted((e.location_ar, e.fatalities) for e in evs) == [("الفريكة", 15), ("تل أعور", 15)]


@pytest.mark.parametrize("text,dead,hurt", [
    # a hedge before the number ("ما لا يقل عن"، "نحو") keeps it the count of the death word before it,
    # and "لا يقل" negates nothing
    ("قتل ما لا يقل عن 10 أشخاص وأصيب العشرات جراء قصف مدفعي استهدف أحياء سكنية في مدينة درنة.", 10, 12),
    ("قتل ما لا يقل عن 10 أشخاص جراء قصف مدفعي استهدف أحياء سكنية في مدينة درنة.", 10, 0),
    ("قتل نحو 30 وأصيب العشرات من المتمردين الحوثيين في مواجهات مع المقاومة الشعبية في مدينة تعز أمس.", 30, 12),
    # a hedge after the count's side does not set the count apart from its word of death
    ("لقي تسعة من عناصر الجيش الوطني على الأقل مصرعهم في مواجهات مع الحوثيين في مدينة تعز أمس.", 9, 0),
])
def test_hedged_counts(text, dead, hurt):
    evs = _extract(text, published=date(2016, 5, 10))
    assert len(evs) == 1, [(e.sub_event_type, e.fatalities) for e in evs]
    assert (evs[0].fatalities, evs[0].injuries or 0) == (dead, hurt)


@pytest.mark.parametrize("text,dead", [
    # "أحد" after a word of death is one dead; so is "اغتيال أحد"; "تصفية" is a word of death
    ("قتل أحد الجنود المصريين أمس في هجوم مسلح على نقطة أمنية في مدينة العريش.", 1),
    ("شهدت محافظة حجة أمس اغتيال أحد الأهالي على يد المسلحين الحوثيين بإطلاق الرصاص عليه أثناء عودته إلى منزله.", 1),
    ("أعلن الجيش المصري تصفية خمسة عناصر إرهابية في اشتباكات مع قواته قرب مدينة رفح أمس.", 5),
    # an assassination tried is no death
    ("نجا قائد عسكري من محاولة اغتيال أحد مرافقيه بإطلاق النار على موكبه في مدينة عدن أمس.", 0),
])
def test_one_dead_and_liquidations(text, dead):
    evs = _extract(text)
    assert evs and all(e.fatalities == dead for e in evs), [(e.sub_event_type, e.fatalities) for e in evs]


@pytest.mark.parametrize("text,killed,injured", [
    # persons joined by "و" after a word of death or wound are all counted
    ("قتل ضابط ومجند في انفجار عبوة ناسفة استهدفت مدرعة للجيش جنوب مدينة الشيخ زويد.", 2, None),
    ("قتل ضابط وجنديان في هجوم على حاجز أمني", 3, None),
    ("أصيب شرطي ومواطن بجروح في انفجار قنبلة قرب مركز للشرطة", None, 2),
    # a word of wound between them ends the list
    ("قتل جندي وأصيب مدني في انفجار عبوة ناسفة", 1, 1),
    # the feminine verb of wound, and kin named with a pronoun of two ("والدتهما")
    ("قتل طفلان وأصيبت والدتهما بجروح خطيرة برصاص قناص", 2, 1),
    # a part of the dead ("بينهم طفلان") ends at the word of wound: the count after it is the wounded's
    ("أسفر القصف عن مقتل خمسة مدنيين بينهم طفلان وإصابة 12 آخرين بجروح متفاوتة", 5, 12),
    ("قتل ستة من مليشيات الحوثي بينهم قيادات واصيب 20 اخرون في مواجهات مع المقاومة الشعبية", 6, 20),
])
def test_persons_joined_by_and(finder, text, killed, injured):
    c, _ = _counts(finder, text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize("text,killed", [
    # kin named with a pronoun and people named by their work are persons too
    ("قتلت امرأة وطفلها جراء سقوط قذيفة على منزلهما", 2),
    ("قتل مدرس وزوجته برصاص مسلحين مجهولين", 2),
    # a dual in the genitive ("امرأتين") counts two, and the person joined to it one more
    ("انفجر لغم أرضي بسيارة مدنية على طريق صرواح، ما أدى إلى مقتل امرأتين وطفل.", 3),
    ("قتلت سيدتان وأصيب ثلاثة آخرون في قصف على حي سكني", 2),
    # a person named by office, bare or with the article ("القاضي"، "السفير"، "المحافظ"), is one dead
    ("اغتال مسلحون القاضي محمد النعاس في مدينة بنغازي.", 1),
    ("قتل مسلحون السفير الأمريكي في هجوم على القنصلية.", 1),
    ("أسفر الانفجار عن مقتل محافظ المدينة ومرافقه.", 2),
    # words of time may stand between the verb of death and the dead
    ("استشهد فجر أمس الشاب محمد علاونة برصاص قوات الاحتلال.", 1),
])
def test_persons_counted_without_a_number(finder, text, killed):
    c, _ = _counts(finder, text)
    assert c.killed == killed


@pytest.mark.parametrize("text,killed", [
    # "one" after a noun of a group, a time or a place is its adjective, no head count
    ("قالت مصادر طبية إن ثمانية أشخاص من أسرة واحدة قتلوا في قصف تعرض له منزلهم", 8),
    ("قتل خمسة من أبناء الأسرة الواحدة في غارة على منزلهم", 5),
    # "one" after a word of death is the count
    ("قتل واحد من المسلحين في اشتباك مع الشرطة", 1),
])
def test_one_after_a_noun_is_no_count(finder, text, killed):
    c, _ = _counts(finder, text)
    assert c.killed == killed


@pytest.mark.parametrize("text,killed", [
    # persons joined by "و" to a count of the dead, before it or after its noun, are one more each
    ("أعلن المرصد مقتل امرأة وثلاثة أطفال في قصف على مخيم درعا", 4),
    ("قتل ثلاثة أطفال وامرأة في قصف على بلدة في ريف درعا", 4),
    ("قتل ضابط و3 جنود بالجيش المصري في انفجار عبوة ناسفة", 4),
    ("مما أدى إلى مقتل 10 مدنيين وجندي من تشاد المجاورة", 11),
    # the noun of a count is no person of its own
    ("مشيرا إلى سقوط ستة قتلى هم ثلاثة شرطيين وثلاثة مدنيين", 6),
])
def test_persons_joined_to_a_count(finder, text, killed):
    c, _ = _counts(finder, text)
    assert c.killed == killed


@pytest.mark.parametrize("text,killed,injured", [
    # a part of the dead ("بينهم") is not counted again, nor taken for the wounded told next
    ("قتل 14 شخصا بينهم خمسة أطفال وأصيب 30 آخرون في قصف جوي استهدف سوقا شعبيا", 14, 30),
    ("سقط 6 قتلى بينهم 4 أطفال في بلدة دارة عزة، و5 قتلى في مدينة الباب", 11, None),
])
def test_a_part_of_the_dead_is_not_counted_again(finder, text, killed, injured):
    c, _ = _counts(finder, text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize("text,killed", [
    # people named by their office are persons too
    ("اغتال مسلحون مجهولون إمام مسجد في حي المعلا", 1),
    ("أسفرت المعارك عن مقتل القائد العسكري للتنظيم في المنطقة", 1),
    # a governor of the group, a mayor, a priest
    ("أعلن مسؤول محلي مقتل “والي الصقلاوية” في تنظيم داعش بقصف لطيران التحالف", 1),
    ("اغتال مسلحون مجهولون رئيس بلدية البلدة أمام منزله", 1),
    ("قتل مسلحون كاهنا في هجوم على كنيسة بالمدينة", 1),
])
def test_people_named_by_their_office(finder, text, killed):
    c, _ = _counts(finder, text)
    assert c.killed == killed


def test_a_headline_s_words_do_not_take_the_toll_of_the_body_s_battle():
    """The headline's shelling joins the body's shelling told at another place; the dead counted
    in the battle's own clause stay the battle's, however near the headline's words stand."""
    text = ("سوريا: قتلى بالزبداني والمعارضة تمطر قرى شيعية بالقذائف\n"
            "لقي ستة من مقاتلي المعارضة مصرعهم في اشتباكات بين القوات النظامية وفصائل المعارضة في مدينة "
            "الزبداني، وذلك فيما أطلقت فصائل المعارضة أكثر من 300 قذيفة على قرى في ريف إدلب.")
    evs = _extract(text, published=date(2015, 8, 9))
    battle = next(e for e in evs if e.sub_event_type == "Armed clash")
    assert (battle.location, battle.fatalities) == ("Zabadani", 6)
    assert all(e.fatalities == 0 for e in evs if e is not battle)


def test_two_sources_figures_of_one_toll_give_the_lowest():
    """"21 مدنيا، لكن المتحدث باسم حاكم الولاية قال إن 22 مسلحا قتلوا": one toll told by two sources,
    not 43 dead (codebook rule 4: the lowest figure)."""
    text = ("وأضافت وزارة الداخلية أن الهجوم الانتحاري في مدينة خان آباد أسفر عن مقتل 18 مدنيا وجرح عشرة "
            "آخرين، لكن المتحدث باسم حاكم ولاية قندوز قال إن 20 مسلحا، بينهم ثلاثة قادة، قتلوا في الانفجار.")
    evs = _extract(text, published=date(2015, 8, 9))
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Suicide bomb", 19)]  # the bomber counts
    # two groups of dead joined as more dead still add up
    text = "قتل 18 مدنيا و20 مسلحا في الهجوم الانتحاري على مدينة خان آباد."
    assert [e.fatalities for e in _extract(text, published=date(2015, 8, 9))] == [39]


def test_the_same_toll_told_by_another_source_is_no_event_of_its_own():
    """"وأورد المرصد حصيلة القتلى ذاتها": the count told before, by another source; it neither makes
    an event nor adds its vague dead to the next one."""
    text = ("قتل خمسة أشخاص وأصيب 37 آخرون جراء سقوط قذائف صاروخية على حي باب توما في دمشق أمس.\n"
            "وأورد المرصد السوري لحقوق الإنسان حصيلة القتلى ذاتها.\n"
            "إلى ذلك قال المرصد إن شابا أقدم على قتل عقيد في الجيش أمام أولاده في مدينة اللاذقية أمس.")
    evs = _extract(text, published=date(2015, 8, 9))
    assert sorted((e.sub_event_type, e.fatalities) for e in evs) == [
        ("Attack", 1), ("Shelling/artillery/missile attack", 5)]


@pytest.mark.parametrize("text,dead", [
    # a person named right before the verb of death, none after it
    ("وذكرت تقارير تركية أن جنديا قتل في ولاية وان حينما انفجر لغم أرضي في عربة عسكرية.", 1),
    ("وأفاد مصدر أمني أن شرطيين قتلا في انفجار عبوة ناسفة في مدينة كركوك.", 2),
    # ... with the nation's adjective between them
    ("وقال مسعفون إن جنديين ليبيين قتلا وأصيب عشرة في قتال بين قوات الحكومة ومسلحين في مدينة بنغازي.", 2),
    ("وقالت مصادر أمنية إن شرطيا مصريا قتل في هجوم مسلح على كمين في مدينة العريش.", 1),
    # "مصرعهما" still counts two, whoever stands before it
    ("ولقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين في قضاء المدائن.", 2),
])
def test_a_person_named_before_the_verb_of_death(text, dead):
    evs = _extract(text, published=date(2015, 8, 9))
    assert [e.fatalities for e in evs] == [dead]


@pytest.mark.parametrize("text,killed,injured", [
    # people counted after a word of falling fell dead; the word of wound after them is the next count's
    ("فجر المقاومون عبوة ناسفة بحافلة للمسلحين، ما أدى إلى سقوط 15 مسلحا وإصابة سبعة آخرين", 15, 7),
    ("أسفرت الغارة عن سقوط ستة من عناصر الميليشيا في المديرية", 6, None),
    # a count shared out between dead and wounded, or a vague one, says nothing certain of the dead
    ("أسفر القصف عن سقوط 30 من المسلحين ما بين قتيل وجريح", 3, None),
    ("أسفرت المواجهات عن سقوط العشرات من المسلحين في المنطقة", None, None),
    # rockets that fell are no dead
    ("ما أدى إلى سقوط 10 صواريخ على المدينة وإصابة ثلاثة مدنيين", None, 3),
])
def test_a_count_of_people_after_a_word_of_falling(finder, text, killed, injured):
    c, _ = _counts(finder, text)
    assert (c.killed, c.injured) == (killed, injured)


def test_a_toll_glued_to_its_word_of_death_is_counted(finder):
    c, _ = _counts(finder, "فجر انتحاري سيارة مفخخة في سوق المدينة ما أدى إلى مقتل20 وإصابة 45")
    assert (c.killed, c.injured) == (20, 45)


@pytest.mark.parametrize("text,killed", [
    # a word of death whose pronoun is the people counted before it
    ("حاصرت القوات 4 عناصر مسلحة داخل إحدى المزارع، ونجحت في تصفيتهم بعد اشتباكات عنيفة", 4),
    ("وكان خمسة مسلحين من محافظة عمران لقوا مصرعهم في كمين للمقاومة", 5),
    # not across a word of wound: "أصيب 4 مسلحين ... ونقل بعضهم" counts no dead
    ("أصيب 4 عناصر من الشرطة في الهجوم، ونقلت سيارات الإسعاف جثثهم ومصابيهم", None),
])
def test_a_word_of_death_whose_pronoun_is_the_people_counted_before(finder, text, killed):
    c, _ = _counts(finder, text)
    assert c.killed == killed


@pytest.mark.parametrize("text,killed", [
    # the verb of death after the side the counted belong to, a comma at most right before it
    ("وكان 14 من المسلحين الحوثيين وقوات صالح، قتلوا في مواجهات مع المقاومة الشعبية في مدينة تعز", 14),
    ("وأكدت المصادر أن 10 من رجال المقاومة الشعبية في المدينة سقطوا قتلى", 10),
])
def test_a_count_of_a_side_takes_the_verb_of_death_after_the_side(finder, text, killed):
    c, _ = _counts(finder, text)
    assert c.killed == killed


@pytest.mark.parametrize("text,killed", [
    # a headline tells its toll in the present tense ("غارات تقتل"، "انفجار يقتل")
    ("غارات روسية تقتل 12 مدنيا في إدلب\nشنت طائرات روسية غارات على مدينة إدلب أمس.", 12),
    ("انفجار يقتل خمسة جنود في سيناء\nانفجرت عبوة ناسفة بمدرعة للجيش المصري في مدينة العريش أمس.", 5),
])
def test_a_headline_toll_in_the_present_tense(text, killed):
    assert [e.fatalities for e in _extract(text)] == [killed]


def test_an_event_on_days_named_side_by_side_is_one_on_each_day_its_toll_shared():
    """Codebook rule 1 (one event per date) and rule 4 (a toll of several events split evenly, the
    remainder to the earliest); the next sentence, with no day of its own, is told of both days."""
    text = ("قتل 5 من مسلحي الحوثي في غارات شنها طيران التحالف امس والخميس على مواقع في مديرية رازح. "
            "وتركز القصف الجوي على مديرية ساقين.")
    evs = _extract(text, published=date(2015, 8, 8))
    assert sorted((e.location, str(e.event_date), e.fatalities) for e in evs) == [
        ("Razih", "2015-08-06", 3), ("Razih", "2015-08-07", 2), ("Saqayn", "2015-08-06", 0), ("Saqayn", "2015-08-07", 0)]


@pytest.mark.parametrize("text,killed,injured", [
    # what a group was made of stands between the word of death and the count
    ("قصفت طائرات النظام مدينة دوما أمس، ما أدى لمقتل عائلة مكونة من خمسة أشخاص", 5, None),
    ("قصفت طائرات النظام مدينة دوما أمس، ما أدى لمقتل أسرة مؤلفة من 6 أفراد وإصابة 3 آخرين", 6, 3),
    ("سقطت قذيفة على منزل في الحي ما أسفر عن إصابة عائلة مكونة من أربعة أشخاص", None, 4),
])
def test_a_count_of_what_a_group_was_made_of(finder, text, killed, injured):
    c, _ = _counts(finder, text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize("clause,before,killed,injured", [
    ("، وخمسة في غارة على مدينة أريحا", Counts(killed=3), 5, None),
    ("، وامرأة وطفلها في قصف جوي على قرية كفرنبل", Counts(killed=2), 2, None),
    ("، وجنديين في كمين قرب البلدة", Counts(killed=1), 2, None),
    ("، واثنان في غارة على مدينة أريحا", Counts(injured=3), None, 2),
    # a distance, a clause with a death word of its own, a clause before that told both dead and
    # wounded, and a clause that does not open with a count: no gapped toll
    ("، وخمسة كيلومترات عن مدينة أريحا", Counts(killed=3), None, None),
    ("، وقتل خمسة في غارة على مدينة أريحا", Counts(killed=3), None, None),
    ("، وخمسة في غارة على مدينة أريحا", Counts(killed=3, injured=4), None, None),
    ("، واستهدفت غارة مدينة أريحا", Counts(killed=3), None, None),
])
def test_a_clause_that_leaves_out_the_word_of_death_counts_as_the_clause_before(finder, clause, before, killed, injured):
    nt = normalize(clause)
    got = gapped_counts(Segment(0, len(nt.norm), 0), nt.norm, finder.find(nt), before)
    assert ((got.killed, got.injured) if got is not None else (None, None)) == (killed, injured)


@pytest.mark.parametrize("text,killed,injured", [
    ("وأوضح المصدر أن القوات الأمنية فقدت 4 من عناصرها، وأصيب في المواجهات 12 آخرون", 4, 12),
    ("وقالت مصادر محلية إن المقاومة خسرت ثلاثة من مقاتليها وجرح سبعة آخرون", 3, 7),
    ("فقد التنظيم 27 من عناصره في المعارك قرب المصفاة", 27, None),
    # the missing are not dead, nor is what else a side lost
    ("قتل خمسة جنود وفقد 15 آخرون عندما هاجم المسلحون نقطة التفتيش", 5, None),
    ("وخسرت قوات النظام منذ نهاية مارس عددا من المدن الاستراتيجية", None, None),
    ("وفقدت الحكومة السيطرة على 3 من المعابر الحدودية", None, None),
])
def test_a_sides_own_men_it_lost_are_its_dead(finder, text, killed, injured):
    c, _ = _counts(finder, text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize("text,killed,injured", [
    # a range is its lower end (rule 4: the lowest figure), not the sum of its two ends
    ("قتل ما بين 10 و15 شخصا في قصف جوي على مدينة دوما", 10, None),
    ("قتل بين عشرة وخمسة عشر شخصا وأصيب ما بين 20 إلى 30 آخرين في القصف", 10, 20),
    ("لقي 10 إلى 15 شخصا حتفهم في القصف", 10, None),
    # two counts of two kinds of people joined by "و" are both dead
    ("قتل 10 جنود و15 مدنيا في القصف", 25, None),
])
def test_a_range_is_its_lower_end(finder, text, killed, injured):
    c, _ = _counts(finder, text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize("text,killed,injured", [
    # nobody died or was hurt: the words of death and wound are denied
    ("انفجرت عبوة ناسفة في العريش دون وقوع قتلى", None, None),
    ("انفجرت عبوة ناسفة في العريش ولم يسفر الانفجار عن مقتل أحد", None, None),
    ("قصفت المعارضة مطار الثعلة دون ورود معلومات عن قتلى أو جرحى", None, None),
    # a word of death denied does not deny the next one; an unrelated "لم" denies nothing
    ("قتل جندي وأصيب شرطي دون وقوع أضرار", 1, 1),
    ("لم تعلن أي جهة مسؤوليتها عن مقتل جندي", 1, None),
])
def test_a_death_denied_is_no_death(finder, text, killed, injured):
    c, _ = _counts(finder, text)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize("text,killed", [
    # a dual noun with a possessive pronoun ("her two children") is two dead
    ("قتلت امرأة وطفلاها في قصف على مدينة دوما", 3),
    ("قتل رجل وابناه في غارة على مدينة دوما", 3),
])
def test_a_dual_with_a_possessive_is_two(finder, text, killed):
    c, _ = _counts(finder, text)
    assert c.killed == killed
