"""Location accuracy of the gazetteer on the development gold, independent of the event extractor.

For every gold event, the Arabic names of its location are looked up in the article text; the
first one (gold lists the most precise first) that the gazetteer finds and resolves is the
prediction, scored as the codebook does: right when within 2 km + tolerance_km of the gold
point, or when its English name is one of the gold names. Also prints the load time of the
default gazetteer and the time of one resolution.

    .venv/bin/python benchmarks/geo_gold.py [--gold DIR] [--gazetteer PATH] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.geo import Gazetteer  # noqa: E402
from marsad.geo.names import is_arabic_name  # noqa: E402
from marsad.geo.places import distance_km  # noqa: E402
from marsad.model import Article  # noqa: E402
from marsad.text.normalize import normalize, normalize_key  # noqa: E402

DEV = ROOT.parent / "shared" / "dev-gold"


def _mention_of(key: str, norm: str, ms: list) -> object | None:
    """The first place mention that overlaps an occurrence of ``key`` (or of it without ال)."""
    for k in (key, key[2:] if key.startswith("ال") else None):
        if not k:
            continue
        pos = norm.find(k)
        while pos >= 0:
            end = pos + len(k)
            for m in ms:
                if m.norm_start < end and pos < m.norm_end:
                    return m
            pos = norm.find(k, pos + 1)
    return None


def _ok(loc, loc_g: dict, tol: float, gold_names: set[str]) -> bool:
    return (distance_km(loc.latitude, loc.longitude, loc_g["lat"], loc_g["lon"]) <= tol
            or loc.location.lower() in gold_names)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEV,
                    help="a gold folder: dev-gold (gold/*.gold.json + articles.jsonl) or tests/gold/own")
    ap.add_argument("--articles", type=Path, action="append",
                    help="articles JSONL (default: the gold folder's, else ../shared corpus and dev-gold)")
    ap.add_argument("--gazetteer", default=None, help="a GeoNames index built by `marsad gazetteer build`")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    gold_files = sorted((a.gold / "gold").glob("*.gold.json")) or sorted(a.gold.glob("*.gold.json"))
    sources = a.articles or ([a.gold / "articles.jsonl"] if (a.gold / "articles.jsonl").exists()
                             else [DEV.parent / "corpus" / "articles.jsonl", DEV / "articles.jsonl"])
    sources = [p for p in sources if p.exists()]
    if not gold_files or not sources:
        print(f"no gold codings or articles at {a.gold}", file=sys.stderr)
        return 2

    t = time.perf_counter()
    gaz = Gazetteer.open(a.gazetteer) if a.gazetteer else Gazetteer.default()
    load_s = time.perf_counter() - t

    arts = {}
    for src in sources:
        for line in src.open(encoding="utf-8"):
            art = Article.from_record(json.loads(line))
            arts[art.id] = art

    n = hit = hit_any = found = 0
    n_res = 0
    res_s = 0.0
    find_s = 0.0
    docs: list[list] = []
    for gf in gold_files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        art = arts.get(gold["article_id"])
        if art is None:
            continue
        nt = normalize(art.full_text())
        t = time.perf_counter()
        ms = gaz.find_places(nt)
        find_s += time.perf_counter() - t
        docs.append(ms)
        for ev in gold["events"]:
            loc_g = ev.get("location") or {}
            if loc_g.get("lat") is None:
                continue
            n += 1
            tol = 2.0 + float(loc_g.get("tolerance_km") or 0)
            gold_names = {x.lower() for x in loc_g.get("names", [])}
            preds = []
            for name in loc_g.get("names", []):
                if not is_arabic_name(name.replace("«", "").replace("»", "")):
                    continue
                m = _mention_of(normalize_key(name), nt.norm, ms)
                if m is None:
                    continue
                t = time.perf_counter()
                loc = gaz.resolve(m, ms)
                res_s += time.perf_counter() - t
                n_res += 1
                if loc is not None:
                    preds.append((name, loc))
            if preds:
                found += 1

            good = bool(preds) and _ok(preds[0][1], loc_g, tol, gold_names)
            hit += good
            hit_any += any(_ok(p[1], loc_g, tol, gold_names) for p in preds)
            if a.verbose and not good:
                first = preds[0] if preds else None
                desc = (f"{first[0]} -> {first[1].location} ({first[1].latitude:.3f},{first[1].longitude:.3f})"
                        f" p{first[1].geo_precision} "
                        f"{distance_km(first[1].latitude, first[1].longitude, loc_g['lat'], loc_g['lon']):.0f} km"
                        if first else "not found")
                print(f"MISS {gold['article_id']}: gold {loc_g['names'][:4]} ({loc_g['lat']},{loc_g['lon']}) "
                      f"tol {tol:.0f}: {desc}")

    print(f"gold events with coordinates: {n}")
    print(f"a gold Arabic name found and resolved: {found} ({found / max(n, 1):.3f})")
    print(f"location accuracy (first resolved name, within 2 km + tolerance or same name): "
          f"{hit / max(n, 1):.3f}")
    print(f"location accuracy (any of the gold names): {hit_any / max(n, 1):.3f}")
    # warm timing: every mention of every article, resolved again (the first pass built lazy indexes)
    t = time.perf_counter()
    n_all = 0
    for ms in docs:
        for m in ms:
            gaz.resolve(m, ms)
            n_all += 1
    warm_s = time.perf_counter() - t
    print(f"gazetteer load: {load_s:.3f} s; places: {len(gaz.places)}")
    print(f"find_places: {1000 * find_s / max(len(docs), 1):.2f} ms per article")
    print(f"resolution: first call {1e6 * res_s / max(n_res, 1):.1f} µs per mention ({n_res}); "
          f"warm {1e6 * warm_s / max(n_all, 1):.1f} µs per mention ({n_all})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
