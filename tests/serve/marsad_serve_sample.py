"""The dashboard tests' sample: articles written for these tests (Arabic, invented, not copied news),
one of them an XSS attempt, and the events coded from them, written into a store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from marsad.model import Article, Event, Span
from marsad.store import ArticleRecord, FusedEvent, SourceLink, content_hash, open_store

XSS_TITLE = '<img src=x onerror="window.__xss=1">عاجل'
XSS_BODY = ("<script>window.__xss=2</script> قتل \u202eشخصان\u202c في اشتباك مسلح في حي الرمال بمدينة غزة "
            "<img src=x onerror=\"window.__xss=3\"> بحسب <b onmouseover=\"window.__xss=4\">مصدر محلي</b>.")


@dataclass
class Sample:
    """One written article and the events coded from it, with evidence found by the words themselves."""

    article: Article
    events: list[Event] = field(default_factory=list)


def _evidence(ev: Event, text: str, **fields: str) -> Event:
    for name, words in fields.items():
        start = text.index(words)
        ev.add_evidence(name, Span(start, start + len(words)), text)
    ev.event_id = ev.make_id()
    return ev


def sample_articles() -> list[Sample]:
    """The test corpus: seven articles, eight reports, one event told by two outlets."""
    out: list[Sample] = []

    a = Article("t-maarat-1", "شنت طائرات حربية روسية غارات جوية على مدينة معرة النعمان في ريف إدلب الجنوبي "
                "صباح اليوم الأحد، ما أسفر عن مقتل سبعة مدنيين بينهم طفلان، بحسب المرصد السوري لحقوق الإنسان.",
                date(2016, 8, 14), "Enab Baladi", "غارات روسية على معرة النعمان")
    t = a.full_text()
    out.append(Sample(a, [_evidence(Event(
        a.id, "Explosions/Remote violence", "Air/drone strike", "2016-08-14", 1,
        "Military Forces of Russia (2000-)", "طائرات حربية روسية", inter1=8,
        actor2="Civilians (Syria)", inter2=7, country="Syria", admin1="Idlib", admin2="Maarrat An Nu'man",
        location="Maarrat An Nu'man", location_ar="معرة النعمان", latitude=35.6476, longitude=36.6746,
        geo_precision=1, fatalities=7, source="Syrian Observatory for Human Rights",
        notes="Russian aircraft struck Maarrat An Nu'man, killing 7 civilians.", confidence=0.9),
        t, event_type="غارات جوية", actor1="طائرات حربية روسية", location="معرة النعمان",
        event_date="صباح اليوم الأحد", fatalities="مقتل سبعة مدنيين", source="المرصد السوري لحقوق الإنسان")]))

    a = Article("t-maarat-2", "قتل ستة مدنيين في غارات للطيران الروسي على معرة النعمان يوم الأحد، وفق الدفاع المدني.",
                date(2016, 8, 15), "Zaman al-Wasl")
    t = a.full_text()
    out.append(Sample(a, [_evidence(Event(
        a.id, "Explosions/Remote violence", "Air/drone strike", "2016-08-14", 1,
        "Military Forces of Russia (2000-)", "الطيران الروسي", inter1=8, actor2="Civilians (Syria)", inter2=7,
        country="Syria", admin1="Idlib", location="Maarrat An Nu'man", location_ar="معرة النعمان",
        latitude=35.6476, longitude=36.6746, geo_precision=1, fatalities=6, source="Syria Civil Defence",
        notes="Russian air strikes on Maarrat An Nu'man killed 6 civilians.", confidence=0.8),
        t, event_type="غارات", actor1="للطيران الروسي", location="معرة النعمان", fatalities="ستة مدنيين",
        source="الدفاع المدني")]))

    a = Article("t-aleppo", "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في حي الراموسة جنوب مدينة حلب "
                "أمس السبت، وقتل خلالها 12 عنصراً من الطرفين.", date(2016, 8, 7), "Orient News")
    t = a.full_text()
    out.append(Sample(a, [_evidence(Event(
        a.id, "Battles", "Armed clash", "2016-08-06", 1, "Military Forces of Syria (2000-2024)", "قوات النظام",
        inter1=1, actor2="Opposition Rebels (Syria)", actor2_ar="فصائل المعارضة", inter2=2, country="Syria",
        admin1="Aleppo", admin2="Jebel Saman", location="Aleppo - Ramouseh", location_ar="حي الراموسة",
        latitude=36.1657, longitude=37.1436, geo_precision=1, fatalities=12, source="Orient News",
        notes="Regime forces and rebels clashed in Ramouseh, Aleppo; 12 fighters killed.", confidence=0.85),
        t, event_type="اشتباكات عنيفة", actor1="قوات النظام", actor2="فصائل المعارضة", location="حي الراموسة",
        event_date="أمس السبت", fatalities="12 عنصراً")]))

    a = Article("t-mosul", "انفجرت عبوة ناسفة على طريق في حي الزهور شرقي الموصل، ما أدى إلى مقتل ثلاثة مدنيين "
                "وإصابة خمسة آخرين، وفق مصدر في الشرطة.", date(2016, 8, 10), "Alsumaria")
    t = a.full_text()
    out.append(Sample(a, [_evidence(Event(
        a.id, "Explosions/Remote violence", "Remote explosive/landmine/IED", "2016-08-10", 2,
        "Unidentified Armed Group (Iraq)", inter1=3, actor2="Civilians (Iraq)", inter2=7, country="Iraq",
        admin1="Ninewa", admin2="Mosul", location="Mosul - Zuhour", location_ar="حي الزهور",
        latitude=36.3621, longitude=43.1678, geo_precision=1, fatalities=3, injuries=5, source="Alsumaria",
        notes="An IED killed 3 civilians in Zuhour, eastern Mosul.", confidence=0.7),
        t, event_type="عبوة ناسفة", location="حي الزهور", fatalities="مقتل ثلاثة مدنيين",
        injuries="إصابة خمسة آخرين")]))

    a = Article("t-taiz", "قصفت جماعة الحوثي بالمدفعية أحياء سكنية في مدينة تعز يوم الثلاثاء، ما أدى إلى مقتل امرأة "
                "وإصابة أربعة أطفال.", date(2016, 8, 17), "Al-Masdar Online")
    t = a.full_text()
    out.append(Sample(a, [_evidence(Event(
        a.id, "Explosions/Remote violence", "Shelling/artillery/missile attack", "2016-08-16", 1,
        "Houthi Movement (Ansar Allah)", "جماعة الحوثي", inter1=2, actor2="Civilians (Yemen)", inter2=7,
        country="Yemen", admin1="Taizz", location="Taizz", location_ar="تعز", latitude=13.5795,
        longitude=44.0209, geo_precision=1, fatalities=1, injuries=4, source="Al-Masdar Online",
        notes="Houthi artillery shelled residential areas of Taizz, killing a woman.", confidence=0.75),
        t, event_type="قصفت", actor1="جماعة الحوثي", location="تعز", event_date="يوم الثلاثاء",
        fatalities="مقتل امرأة")]))

    a = Article("t-basra", "تظاهر مئات من أهالي البصرة أمام مبنى المحافظة احتجاجاً على انقطاع الكهرباء.",
                date(2016, 8, 12), "Alsumaria")
    t = a.full_text()
    out.append(Sample(a, [_evidence(Event(
        a.id, "Protests", "Peaceful protest", "2016-08-12", 2, "Protesters (Iraq)", "أهالي البصرة", inter1=6,
        country="Iraq", admin1="Basra", location="Basra", location_ar="البصرة", latitude=30.5085,
        longitude=47.7804, geo_precision=1, fatalities=0, source="Alsumaria",
        notes="Hundreds protested power cuts in front of the Basra governorate building.", confidence=0.6),
        t, event_type="تظاهر", actor1="أهالي البصرة", location="البصرة")]))

    a = Article("t-xss", XSS_BODY, date(2016, 8, 13), '<i onclick="window.__xss=5">Outlet</i>', XSS_TITLE)
    t = a.full_text()
    out.append(Sample(a, [_evidence(Event(
        a.id, "Battles", "Armed clash", "2016-08-13", 1, "<script>window.__xss=6</script>",
        "<img src=x onerror=window.__xss=7>", inter1=3, country="Palestine", admin1="Gaza Strip",
        location="\u202eGaza - Rimal", location_ar="حي الرمال", latitude=31.5246, longitude=34.4467,
        geo_precision=1, fatalities=2, source="<svg onload=window.__xss=8>",
        notes='<img src=x onerror="window.__xss=9"> two killed', confidence=0.55),
        t, event_type="اشتباك مسلح", location="حي الرمال", fatalities="\u202eشخصان\u202c",
        source='<b onmouseover="window.__xss=4">مصدر محلي</b>')]))
    return out


def build_store(path: Path | str) -> list[Sample]:
    """Write the sample into a SQLite store at ``path``; the two Maarrat reports are one fused event."""
    samples = sample_articles()
    with open_store(path) as store, store.transaction():
        for s in samples:
            store.add_article(ArticleRecord(s.article, content_hash(s.article), origin="tests/serve",
                                            n_events=len(s.events)))
        first, second = samples[0], samples[1]
        fused_event = Event.from_dict(first.events[0].to_dict())
        for name, spans in second.events[0].evidence.items():
            for sp in spans:
                fused_event.evidence.setdefault(name, []).append(dict(sp, article_id=second.article.id))
        for spans in fused_event.evidence.values():
            for sp in spans:
                sp.setdefault("article_id", first.article.id)
        fused_event.fatalities = 6  # the lower of the two reports
        links = [SourceLink(fused_event.event_id, s.article.id, s.events[0].event_id, s.article.outlet,
                            s.article.published.isoformat(), "", reason)
                 for s, reason in ((first, "first report"), (second, "same type, day and place (0 km)"))]
        store.save_fused(FusedEvent(fused_event, links, [first.events[0], second.events[0]]),
                         [first.events[0], second.events[0]], links)
        for s in samples[2:]:
            for ev in s.events:
                fe = Event.from_dict(ev.to_dict())
                for spans in fe.evidence.values():
                    for sp in spans:
                        sp["article_id"] = s.article.id
                link = SourceLink(fe.event_id, s.article.id, ev.event_id, s.article.outlet,
                                  s.article.published.isoformat(), "", "first report")
                store.save_fused(FusedEvent(fe, [link], [ev]), [ev], [link])
    return samples
