"""Score the extractor on the gold sets: dev-gold's develop and held-out parts, and our own codings.

    python benchmarks/gold_eval.py [--shared ../shared] [--json]

The develop/held-out split is fixed in tests/gold/dev_split.json. Our own codings
(tests/gold/own/*.gold.json) point at article ids of ../shared/corpus/articles.jsonl; their text is
the headline plus the body, as the extractor reads it. Texts are read from ../shared, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.evaluate import load_gold, score
from marsad.model import Article
from marsad.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("precision", "recall", "f1", "sub_event_type", "actor1", "actor2", "event_date", "location",
          "fatalities_exact", "fatalities_mae", "bad_evidence_spans")


def _records(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[r["id"]] = r
    return out


def evaluate(golds: dict, records: dict[str, dict], pipeline: Pipeline) -> dict:
    preds: dict[str, list[dict]] = {}
    texts: dict[str, str] = {}
    for aid in golds:
        rec = records.get(aid)
        if rec is None:
            continue
        art = Article.from_record(rec)
        texts[aid] = art.full_text()
        res = pipeline.run(art)
        preds[aid] = [e.to_dict() for e in res.events]
    return score({k: v for k, v in golds.items() if k in texts}, preds, texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if not (a.shared / "dev-gold").exists():
        print(f"no gold under {a.shared}", file=sys.stderr)
        return 1
    pipeline = Pipeline.default()
    split = json.loads((ROOT / "tests" / "gold" / "dev_split.json").read_text(encoding="utf-8"))
    dev_gold = load_gold(a.shared / "dev-gold" / "gold")
    dev_records = _records(a.shared / "dev-gold" / "articles.jsonl")
    results = {}
    for part in ("develop", "heldout"):
        golds = {k: v for k, v in dev_gold.items() if k in set(split[part])}
        results[f"dev-gold {part} ({len(golds)})"] = evaluate(golds, dev_records, pipeline)
    own = load_gold(ROOT / "tests" / "gold" / "own")
    if own:
        results[f"own codings ({len(own)})"] = evaluate(own, _records(a.shared / "corpus" / "articles.jsonl"),
                                                        pipeline)
    seed = load_gold(a.shared / "seed")
    seed_records = {}
    for aid, g in seed.items():
        seed_records[aid] = {"id": aid, "text": (a.shared / "seed" / f"{aid}.txt").read_text(encoding="utf-8"),
                             "published": g["published"], "outlet": g["outlet"]}
    results["seed (1)"] = evaluate(seed, seed_records, pipeline)
    if a.json:
        print(json.dumps({k: {f: v[f] for f in FIELDS} for k, v in results.items()}, indent=1))
        return 0
    print(f"{'set':<28}" + "".join(f"{f[:9]:>10}" for f in FIELDS))
    for name, r in results.items():
        print(f"{name:<28}" + "".join(f"{r[f]:>10}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
