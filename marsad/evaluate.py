"""Scoring of extracted events against gold codings, by the rules of the codebook.

Behind ``marsad eval``. It implements the codebook's "Scoring" section and gives the same
figures as the reference scorer (``shared/eval/score.py``) on the same files: a test checks it.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

_DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u0640]")


def fold_name(s: str) -> str:
    """Fold case, Arabic letter variants, diacritics, bracketed parts and punctuation."""
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = _DIACRITICS.sub("", s)
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = re.sub(r"\(.*?\)", " ", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\b(al|el|the)\b", " ", s)
    return " ".join(s.split())


def names_agree(pred: str, aliases: Iterable[str]) -> bool:
    """A predicted name agrees with a gold alias when equal, or one holds the other (4+ chars)."""
    p = fold_name(pred)
    if not p:
        return False
    for alias in aliases:
        a = fold_name(alias)
        if a and (a == p or (len(a) >= 4 and a in p) or (len(p) >= 4 and p in a)):
            return True
    return False


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def _distance(pred: dict[str, Any], gloc: dict[str, Any]) -> float:
    try:
        return haversine_km(float(pred["latitude"]), float(pred["longitude"]), gloc["lat"], gloc["lon"])
    except (KeyError, TypeError, ValueError):
        return math.inf


def _name_ok(pred: dict[str, Any], gloc: dict[str, Any]) -> bool:
    return any(names_agree(pred.get(k) or "", gloc["names"]) for k in ("location", "location_ar"))


def _date_gap(pred: dict[str, Any], gold: dict[str, Any]) -> float:
    p, g = _day(pred.get("event_date")), _day(gold["event_date"])
    return math.inf if p is None or g is None else abs((p - g).days)


def _compatible(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return (pred.get("event_type") == gold["event_type"]
            and _date_gap(pred, gold) <= max(1, gold.get("date_tolerance_days", 0))
            and (_distance(pred, gold["location"]) <= 10.0 or _name_ok(pred, gold["location"])))


def _actor_ok(pred: dict[str, Any], gold: dict[str, Any], side: str) -> bool:
    aliases = gold.get(side) or []
    if not aliases:
        return not (pred.get(side) or pred.get(side + "_ar"))
    return any(names_agree(pred.get(k) or "", aliases) for k in (side, side + "_ar"))


def match_events(preds: list[dict[str, Any]], golds: list[dict[str, Any]]
                 ) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], set[int], set[int]]:
    """One-to-one matching of predicted to gold events of one article, closest pairs first."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if _compatible(p, g):
                pairs.append((_date_gap(p, g), _distance(p, g["location"]), i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((preds[i], golds[j]))
    return out, used_p, used_g


def bad_spans(pred: dict[str, Any], text: str) -> int:
    """How many evidence spans of an event do not reproduce ``text[start:end]``."""
    bad = 0
    for spans in (pred.get("evidence") or {}).values():
        for s in spans if isinstance(spans, list) else [spans]:
            try:
                if text[int(s["start"]):int(s["end"])] != s["text"]:
                    bad += 1
            except (KeyError, TypeError, ValueError):
                bad += 1
    return bad


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    golds = {}
    for f in sorted(gold_dir.glob("*.gold.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        golds[g["article_id"]] = g
    return golds


def load_predictions(pred_path: Path) -> dict[str, list[dict[str, Any]]]:
    preds: dict[str, list[dict[str, Any]]] = {}
    for line in pred_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            preds.setdefault(str(e.get("article_id")), []).append(e)
    return preds


def score(golds: dict[str, dict[str, Any]], preds: dict[str, list[dict[str, Any]]],
          texts: dict[str, str] | None = None) -> dict[str, Any]:
    """Event precision/recall/F1 and per-field accuracy of matched events (codebook 'Scoring')."""
    t = dict(tp=0, fp=0, fn=0, sub=0, a1=0, a2=0, date=0, loc=0, fat=0, fat_err=0.0, spans_bad=0)
    per_article = {}
    for aid, g in golds.items():
        ps = preds.get(aid, [])
        gs = g["events"]
        pairs, used_p, used_g = match_events(ps, gs)
        required = [j for j, ge in enumerate(gs) if not ge.get("optional")]
        tp = sum(1 for _, ge in pairs if not ge.get("optional"))
        fn = sum(1 for j in required if j not in used_g)
        fp = len(ps) - len(used_p)
        t["tp"] += tp
        t["fn"] += fn
        t["fp"] += fp
        per_article[aid] = dict(gold=len(required), pred=len(ps), tp=tp, fp=fp, fn=fn)
        for p, ge in pairs:
            if ge.get("optional"):
                continue
            t["sub"] += p.get("sub_event_type") in [ge["sub_event_type"], *ge.get("sub_event_alt", [])]
            t["a1"] += _actor_ok(p, ge, "actor1")
            t["a2"] += _actor_ok(p, ge, "actor2")
            t["date"] += _date_gap(p, ge) == 0
            t["loc"] += (_distance(p, ge["location"]) <= 2.0 + ge["location"].get("tolerance_km", 0)
                         or _name_ok(p, ge["location"]))
            try:
                err = abs(int(p.get("fatalities") or 0) - int(ge.get("fatalities", 0)))
            except (TypeError, ValueError):
                err = int(ge.get("fatalities", 0))
            t["fat"] += err == 0
            t["fat_err"] += err
        if texts is not None and aid in texts:
            for p in ps:
                t["spans_bad"] += bad_spans(p, texts[aid])
    tp, fp, fn = t["tp"], t["fp"], t["fn"]
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    m = max(tp, 1)
    return dict(articles=len(golds), gold_events=tp + fn,
                predicted=sum(len(v) for k, v in preds.items() if k in golds),
                precision=round(prec, 3), recall=round(rec, 3), f1=round(f1, 3),
                sub_event_type=round(t["sub"] / m, 3), actor1=round(t["a1"] / m, 3),
                actor2=round(t["a2"] / m, 3), event_date=round(t["date"] / m, 3),
                location=round(t["loc"] / m, 3), fatalities_exact=round(t["fat"] / m, 3),
                fatalities_mae=round(t["fat_err"] / m, 2), bad_evidence_spans=t["spans_bad"],
                per_article=per_article)


def score_files(gold_dir: Path, pred_path: Path, texts_dir: Path | None = None) -> dict[str, Any]:
    """Score a predictions file against a gold folder; texts from ``texts_dir/<id>.txt``."""
    golds = load_gold(gold_dir)
    texts = None
    if texts_dir is not None:
        texts = {}
        for aid in golds:
            f = texts_dir / f"{aid}.txt"
            if f.exists():
                texts[aid] = f.read_text(encoding="utf-8")
    return score(golds, load_predictions(pred_path), texts)
