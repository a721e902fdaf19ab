"""Fusion rules on events built by hand from short Arabic texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.fuse import Fuser, confidence_of, fatalities_of, match, merge_reports
from marsad.model import Article, Event, Span
from marsad.store import ArticleRecord, EventQuery, Store, content_hash

# Three outlets tell one clash in Taiz (texts invented for the test, not copied news).
TEXTS = {
    "a": "قتل خمسة مسلحين حوثيين في اشتباكات مع المقاومة الشعبية في مدينة تعز أمس الأحد.",
    "b": "أفادت مصادر محلية بمقتل سبعة من الحوثيين خلال مواجهات عنيفة مع المقاومة في تعز يوم الأحد.",
    "c": "اشتباكات في تعز بين المقاومة ومسلحي الحوثي أسفرت عن سقوط قتلى.",
    "d": "غارات جوية للتحالف على مواقع الحوثيين في صنعاء مساء الأحد.",
}
TAIZ = (13.5795, 44.0209)


def _article(key: str, outlet: str, day: str = "2015-07-20") -> Article:
    return Article(id=f"art-{key}", text=TEXTS[key], published=date.fromisoformat(day), outlet=outlet)


def _clash(art: Article, day: str = "2015-07-19", fatalities: int = 0, lat: float = TAIZ[0],
           lon: float = TAIZ[1], actor1: str = "Popular Resistance", actor2: str = "Ansar Allah",
           confidence: float = 0.6, sub: str = "Armed clash") -> Event:
    ev = Event(article_id=art.id, event_type="Battles", sub_event_type=sub, event_date=day,
               time_precision=1, actor1=actor1, inter1=3, actor2=actor2, inter2=2, country="Yemen",
               admin1="Taiz", location="Taiz", location_ar="تعز", latitude=lat, longitude=lon,
               geo_precision=1, fatalities=fatalities, confidence=confidence)
    i = art.text.index("تعز")
    ev.add_evidence("location", Span(i, i + 3), art.text)
    for word in ("اشتباكات", "مواجهات"):
        if word in art.text:
            j = art.text.index(word)
            ev.add_evidence("event_type", Span(j, j + len(word)), art.text)
    return ev


def test_same_type_day_place_actors_match() -> None:
    a, b = _article("a", "X"), _article("b", "Y")
    m = match(_clash(b), _clash(a))
    assert m is not None and m.days == 0 and m.km == pytest.approx(0.0)
    assert "the same" in m.actors


def test_one_day_apart_matches_two_days_do_not() -> None:
    a, b = _article("a", "X"), _article("b", "Y")
    assert match(_clash(b, day="2015-07-20"), _clash(a, day="2015-07-19")) is not None
    assert match(_clash(b, day="2015-07-21"), _clash(a, day="2015-07-19")) is None


def test_places_farther_than_a_few_km_do_not_match() -> None:
    a, b = _article("a", "X"), _article("b", "Y")
    near = _clash(b, lat=TAIZ[0] + 0.02)  # about 2 km north
    far = _clash(b, lat=TAIZ[0] + 0.2)  # about 22 km north
    assert match(near, _clash(a)) is not None
    assert match(far, _clash(a)) is None


def test_actor_conflict_blocks_but_swapped_or_unknown_sides_are_compatible() -> None:
    a, b = _article("a", "X"), _article("b", "Y")
    assert match(_clash(b, actor1="Islamic State (Yemen)"), _clash(a)) is None
    swapped = match(_clash(b, actor1="Ansar Allah", actor2="Popular Resistance"), _clash(a))
    assert swapped is not None and swapped.actors.startswith("swapped")
    assert match(_clash(b, actor2=""), _clash(a)) is not None
    assert match(_clash(b, actor1="Unidentified Armed Group (Yemen)"), _clash(a)) is not None


def test_other_event_type_never_matches() -> None:
    a, d = _article("a", "X"), _article("d", "Y")
    strike = Event(article_id=d.id, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                   event_date="2015-07-19", latitude=TAIZ[0], longitude=TAIZ[1], location="Taiz")
    assert match(strike, _clash(a)) is None


def test_fatalities_are_the_lowest_reported_figure() -> None:
    a, b, c = _article("a", "X"), _article("b", "Y"), _article("c", "Z")
    reports = [_clash(a, fatalities=5), _clash(b, fatalities=7), _clash(c, fatalities=0)]
    assert fatalities_of(reports) == 5  # 0 = "nothing said" does not disagree
    assert fatalities_of([_clash(c, fatalities=0)]) == 0
    assert merge_reports("f1", reports, ["X", "Y", "Z"]).fatalities == 5


def test_confidence_grows_with_independent_sources_only() -> None:
    a, b, c = _article("a", "X"), _article("b", "Y"), _article("c", "Z")
    one = confidence_of([_clash(a)], ["X"])
    two = confidence_of([_clash(a), _clash(b)], ["X", "Y"])
    three = confidence_of([_clash(a), _clash(b), _clash(c)], ["X", "Y", "Z"])
    same_outlet = confidence_of([_clash(a), _clash(b)], ["X", "X"])
    assert one == pytest.approx(0.6)
    assert one < two < three <= 0.99
    assert same_outlet == pytest.approx(one)


def test_merge_keeps_evidence_of_every_source() -> None:
    a, b = _article("a", "X"), _article("b", "Y")
    merged = merge_reports("f1", [_clash(a), _clash(b)], ["X", "Y"])
    spans = merged.evidence["location"]
    assert {s["article_id"] for s in spans} == {"art-a", "art-b"}
    for s in spans:
        assert TEXTS[s["article_id"][-1]][s["start"]:s["end"]] == s["text"] == "تعز"
    assert merged.event_id == "f1" and merged.article_id == "art-a"


def test_named_actor_beats_unnamed_in_the_vote() -> None:
    a, b, c = _article("a", "X"), _article("b", "Y"), _article("c", "Z")
    merged = merge_reports("f", [_clash(a, actor1="Unidentified Armed Group (Yemen)"),
                                 _clash(b, actor1="Unidentified Armed Group (Yemen)"), _clash(c)],
                           ["X", "Y", "Z"])
    assert merged.actor1 == "Popular Resistance"


def _ingest(store: Store, fuser: Fuser, art: Article, events: list[Event]) -> list:
    with store.transaction():
        store.add_article(ArticleRecord(art, content_hash(art), "test", len(events)))
        return fuser.add(art, events)


def test_incremental_fusion_in_the_store(store: Store) -> None:
    fuser = Fuser(store)
    a, b, c, d = (_article("a", "Okaz"), _article("b", "Al-Riyadh"), _article("c", "Al-Yaum"),
                  _article("d", "Sabq"))
    [d1] = _ingest(store, fuser, a, [_clash(a, fatalities=5, confidence=0.5)])
    assert not d1.joined
    [d2] = _ingest(store, fuser, b, [_clash(b, fatalities=7, day="2015-07-20", confidence=0.5)])
    assert d2.joined and d2.fused_id == d1.fused_id
    strike = Event(article_id=d.id, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                   event_date="2015-07-19", country="Yemen", location="Sanaa", latitude=15.35, longitude=44.2)
    [d4] = _ingest(store, fuser, d, [strike])
    assert not d4.joined
    [d3] = _ingest(store, fuser, c, [_clash(c, confidence=0.5)])
    assert d3.joined and d3.fused_id == d1.fused_id

    assert store.count_events() == 2
    fused = store.event(d1.fused_id)
    assert fused is not None
    assert fused["n_sources"] == 3
    assert [s["article_id"] for s in fused["sources"]] == ["art-a", "art-b", "art-c"]
    assert fused["fatalities"] == 5
    assert fused["confidence"] == pytest.approx(1 - 0.5 ** 3)
    assert fused["event_date"] == "2015-07-19"  # two of three reports say Sunday the 19th
    assert {s["article_id"] for s in fused["evidence"]["location"]} == {"art-a", "art-b", "art-c"}
    reasons = [s["reason"] for s in fused["sources"]]
    assert reasons[0] == "first report of this event"
    assert reasons[1].startswith("joined: same event type (Battles)")
    assert "0.0 km apart" in reasons[1] and "1 day apart" in reasons[1]
    assert store.events(EventQuery(min_sources=3))[0]["outlets"] == ["Okaz", "Al-Riyadh", "Al-Yaum"]


def test_two_events_of_one_article_stay_two(store: Store) -> None:
    fuser = Fuser(store)
    a = _article("a", "Okaz")
    decisions = _ingest(store, fuser, a, [_clash(a, fatalities=5), _clash(a, sub="Government regains territory")])
    assert [d.joined for d in decisions] == [False, False]
    assert store.count_events() == 2


def test_show_explains_each_source(store_url: str, store: Store) -> None:
    fuser = Fuser(store)
    a, b = _article("a", "Okaz"), _article("b", "Al-Riyadh")
    [d1] = _ingest(store, fuser, a, [_clash(a, fatalities=5)])
    _ingest(store, fuser, b, [_clash(b, fatalities=7)])
    result = CliRunner().invoke(main, ["show", d1.fused_id, "--db", store_url])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "sources (2):" in out
    assert "art-b  Al-Riyadh" in out
    assert "why: joined: same event type (Battles); dates 2015-07-19 / 2015-07-19 (0 days apart)" in out
    assert "fatalities      5" in out
    assert "[art-b " in out and "تعز" in out
    report_id = store.event(d1.fused_id)["sources"][1]["report_id"]  # art-b's own coding
    assert report_id != d1.fused_id and store.fused_id_of(report_id) == d1.fused_id
    via_report = CliRunner().invoke(main, ["show", report_id, "--db", store_url])
    assert via_report.exit_code == 0 and f"report of the fused event {d1.fused_id}" in via_report.output
    assert "sources (2):" in via_report.output
    missing = CliRunner().invoke(main, ["show", "mrs-nothing", "--db", store_url])
    assert missing.exit_code != 0 and "no event" in missing.output
