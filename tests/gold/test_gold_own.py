"""Form checks for the hand-coded gold files in tests/gold/own (codebook types, dates, coordinates)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from marsad.model import EVENT_TYPES

OWN = Path(__file__).resolve().parent / "own"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CORPUS = SHARED / "corpus" / "articles.jsonl"
DEV_GOLD = SHARED / "dev-gold" / "gold"

ALL_SUBTYPES = {sub for subs in EVENT_TYPES.values() for sub in subs}
TOP_KEYS = {"article_id", "published", "outlet", "country", "comment", "events", "not_events"}
EVENT_KEYS = {"event_type", "sub_event_type", "event_date", "actor1", "actor2", "location", "fatalities", "notes"}
OPTIONAL_EVENT_KEYS = {"sub_event_alt", "date_tolerance_days", "optional"}
ARABIC = re.compile("[\u0600-\u06ff]")

FILES = sorted(OWN.glob("*.gold.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _corpus() -> dict[str, dict]:
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    arts = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            arts[rec["id"]] = rec
    return arts


def _full_text(rec: dict) -> str:
    return f"{rec['title']}\n{rec['text']}" if rec.get("title") else rec["text"]


def test_at_least_twenty_files() -> None:
    assert len(FILES) >= 20, f"only {len(FILES)} own gold files"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_form(path: Path) -> None:
    gold = _load(path)
    assert set(gold) == TOP_KEYS
    assert path.name == f"{gold['article_id']}.gold.json"
    date.fromisoformat(gold["published"])
    assert gold["events"], "every own coding holds at least one event"
    assert all(isinstance(n, str) and n for n in gold["not_events"])
    for i, ev in enumerate(gold["events"]):
        where = f"{path.name} event {i}"
        assert EVENT_KEYS <= set(ev) <= EVENT_KEYS | OPTIONAL_EVENT_KEYS, where
        assert ev["event_type"] in EVENT_TYPES, where
        assert ev["sub_event_type"] in EVENT_TYPES[ev["event_type"]], where
        assert set(ev.get("sub_event_alt", [])) <= ALL_SUBTYPES, where
        assert ev["sub_event_type"] not in ev.get("sub_event_alt", []), where
        assert len(ev["event_date"]) == 10, where
        day = date.fromisoformat(ev["event_date"])
        assert 0 <= (date.fromisoformat(gold["published"]) - day).days <= 21, where
        assert ev.get("date_tolerance_days", 1) in (1, 2, 3), where
        assert ev["actor1"] and all(isinstance(a, str) and a for a in ev["actor1"]), where
        assert all(isinstance(a, str) and a for a in ev["actor2"]), where
        loc = ev["location"]
        assert set(loc) == {"names", "lat", "lon", "tolerance_km"}, where
        assert loc["names"], where
        assert -90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180, where
        assert 0 < loc["tolerance_km"] <= 300, where
        assert isinstance(ev["fatalities"], int) and ev["fatalities"] >= 0, where
        assert ev["notes"].strip(), where


def test_readme_lists_every_coding() -> None:
    readme = (OWN / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([^`]+)` \|", readme, flags=re.MULTILINE))
    assert listed == {p.name.removesuffix(".gold.json") for p in FILES}


def test_articles_exist_and_are_dated() -> None:
    arts = _corpus()
    for path in FILES:
        gold = _load(path)
        rec = arts.get(gold["article_id"])
        assert rec is not None, f"{gold['article_id']} not in the corpus"
        assert rec["published"] == gold["published"], path.name
        assert rec["outlet"] == gold["outlet"], path.name


def test_not_in_dev_gold() -> None:
    if not DEV_GOLD.exists():
        pytest.skip(f"dev gold not found at {DEV_GOLD}")
    dev = {p.name for p in DEV_GOLD.glob("*.gold.json")}
    assert not dev & {p.name for p in FILES}


def test_arabic_aliases_are_words_of_the_text() -> None:
    arts = _corpus()
    for path in FILES:
        gold = _load(path)
        text = _full_text(arts[gold["article_id"]])
        for i, ev in enumerate(gold["events"]):
            names = ev["actor1"] + ev["actor2"] + ev["location"]["names"]
            for name in names:
                if ARABIC.search(name):
                    assert name in text, f"{path.name} event {i}: {name!r} not in the article"
