"""`marsad eval` gives the same figures as the reference scorer on the same files."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.evaluate import names_agree, score_files
from marsad.model import Article
from marsad.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is not there")


@needs_shared
def test_eval_agrees_with_reference_scorer_on_dev_gold(tmp_path):
    pipeline = Pipeline.default()
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for line in (SHARED / "dev-gold" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:25]:
            for ev in pipeline.run(Article.from_record(json.loads(line))).events:
                fh.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
    gold, texts = SHARED / "dev-gold" / "gold", SHARED / "dev-gold" / "texts"
    ref = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred),
                          "--texts", str(texts), "--json"], capture_output=True, text=True, check=True)
    ours = subprocess.run([sys.executable, "-m", "marsad.cli", "eval", str(gold), str(pred),
                           "--texts", str(texts), "--json"], capture_output=True, text=True, check=True)
    assert json.loads(ours.stdout) == json.loads(ref.stdout)
    assert json.loads(ours.stdout)["predicted"] > 0
    assert score_files(gold, pred, texts) == json.loads(ref.stdout)


def test_bad_evidence_spans_are_counted(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.gold.json").write_text(json.dumps({"article_id": "a", "events": [{
        "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2015-08-01",
        "actor1": ["Military Forces of Syria"], "actor2": [], "fatalities": 2,
        "location": {"names": ["Deraa", "درعا"], "lat": 32.62, "lon": 36.10, "tolerance_km": 2}}]}),
        encoding="utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("اشتباكات في درعا", encoding="utf-8")
    pred = tmp_path / "p.jsonl"
    pred.write_text(json.dumps({"article_id": "a", "event_type": "Battles", "sub_event_type": "Armed clash",
                                "event_date": "2015-08-02", "location": "Daraa", "location_ar": "درعا",
                                "latitude": 32.62, "longitude": 36.1, "actor1": "Military Forces of Syria",
                                "fatalities": 2, "evidence": {"location": [{"start": 12, "end": 16, "text": "درعا"}],
                                                              "actor1": [{"start": 0, "end": 3, "text": "xyz"}]}}),
                    encoding="utf-8")
    r = score_files(gold, pred, texts)
    assert r["f1"] == 1.0 and r["event_date"] == 0.0 and r["fatalities_exact"] == 1.0
    assert r["bad_evidence_spans"] == 1


def test_name_agreement_folds_arabic_and_brackets():
    assert names_agree("Islamic State (Iraq)", ["Islamic State"])
    assert names_agree("قوات النظام السوري", ["قوات النظام"])
    assert names_agree("الرمادي", ["الرمادى"])
    assert not names_agree("Aden", ["Sanaa", "صنعاء"])
