"""The worked example of the codebook (../shared/seed) scores F1 >= 0.8 with no bad evidence span
(issue 3): a guard against a rule that helps the gold sets and breaks the seed."""

import json
from pathlib import Path

import pytest

from marsad.evaluate import load_gold, score_files
from marsad.model import Article
from marsad.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/seed is not there")
def test_the_seed_scores_at_least_0_8_with_every_span_exact(tmp_path):
    pipeline = Pipeline.default()
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for aid, gold in load_gold(SEED).items():
            record = {"id": aid, "text": (SEED / f"{aid}.txt").read_text(encoding="utf-8"),
                      "published": gold["published"], "outlet": gold["outlet"]}
            for ev in pipeline.run(Article.from_record(record)).events:
                fh.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
    result = score_files(SEED, pred, SEED)
    assert result["f1"] >= 0.8, result
    assert result["bad_evidence_spans"] == 0
