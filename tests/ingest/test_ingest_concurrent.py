"""Two ``marsad ingest`` runs of a team writing to one store at the same time: every article is stored
once, every report once, and each of them belongs to exactly one fused event."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.store import EventQuery, open_store

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "articles.jsonl"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not found beside the repo")
def test_two_concurrent_ingests_store_everything_once(store_url: str, tmp_path: Path) -> None:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:60]
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_text("\n".join(lines[:45]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[15:]) + "\n", encoding="utf-8")  # 30 articles in both
    with open_store(store_url):
        pass  # the schema exists before the two start
    runs = [subprocess.Popen([sys.executable, "-m", "marsad.cli", "ingest", str(src), "--db", store_url,
                              "--no-progress", "--json", "--workers", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for src in (first, second)]
    summaries = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        summaries.append(json.loads(out.strip().splitlines()[-1]))
    with open_store(store_url) as s:
        stats = s.stats()
        articles = s.articles(limit=None)
        events = s.events(EventQuery(limit=None))
        skipped_articles = {r["where"] for r in s.skipped(limit=None)}
        reports_in_events = sum(len(s.event(e["event_id"])["reports"]) for e in events)
    assert len({a["id"] for a in articles}) == len(articles) == stats["articles"]
    assert stats["articles"] + len(skipped_articles) == 60
    assert sum(x["stored"] for x in summaries) == stats["articles"]  # none stored twice
    assert stats["reports"] == sum(a["n_events"] for a in articles) == stats["sources"]
    assert sum(len(e["sources"]) for e in events) <= stats["sources"]
    assert stats["events"] == len(events) and stats["events"] <= stats["reports"]
    assert reports_in_events == stats["reports"]  # each report is in exactly one fused event
