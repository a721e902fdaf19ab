"""The ingest loop on both store backends: summary, skips, idempotent re-ingest, pluggable extraction."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from marsad_test_stores import snapshot  # noqa: E402

from marsad.cli import main  # noqa: E402
from marsad.ingest.batch import ingest  # noqa: E402
from marsad.ingest.files import read_sources  # noqa: E402
from marsad.ingest.jsonl import Skipped  # noqa: E402
from marsad.model import Article  # noqa: E402
from marsad.store import EventQuery, Store, open_store  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "articles.jsonl"
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not found beside the repo")

# Invented for the tests (not copied news).
STORY = ("قتل ثلاثة مدنيين وأصيب خمسة آخرون أمس الإثنين في قصف مدفعي استهدف حي الشعار في مدينة حلب، "
         "بحسب ما أفاد المرصد السوري لحقوق الإنسان.")


def _corpus_slice(tmp_path: Path, n: int) -> Path:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:n]
    f = tmp_path / "day.jsonl"
    f.write_text("\n".join(lines) + "\n{not json}\n\n", encoding="utf-8")
    return f


def _bad_folder(root: Path) -> Path:
    root.mkdir()
    (root / "empty.html").write_bytes(b"")
    (root / "blob.bin").write_bytes(b"\x00\x01\x02\xff" * 500)
    (root / "feed.xml").write_text("<rss><channel><item>", encoding="utf-8")
    (root / "english.txt").write_text("This file has no Arabic text at all, only English words. " * 5,
                                      encoding="utf-8")
    (root / "story.txt").write_bytes(STORY.encode("cp1256"))
    return root


@needs_corpus
def test_ingest_summary_skips_and_idempotent_reingest(store: Store, tmp_path: Path) -> None:
    sources = [_corpus_slice(tmp_path, 30), _bad_folder(tmp_path / "bad")]
    first = ingest(read_sources(sources), store)
    assert first.read == 32 and first.stored == 31 and first.unchanged == 0
    assert first.skipped["broken JSON"] == 1
    assert first.skipped["empty file"] == 1
    assert first.skipped["binary or undecodable bytes"] == 1
    assert first.skipped["no Arabic text"] == 1
    assert first.skipped["broken feed XML"] == 1 and first.skipped["feed entry has no text"] == 1
    assert first.events > 0 and first.events == first.fused + first.new_events
    assert store.stats()["reports"] == first.events
    assert store.count_events() == first.new_events
    reasons = {r["reason"].split(" (")[0] for r in store.skipped(limit=None)}
    assert {"empty file", "no Arabic text", "binary or undecodable bytes"} <= reasons

    before = snapshot(store)
    again = ingest(read_sources(sources), store)
    # the article without Arabic was not stored, so it is checked (and skipped) again
    assert again.read == 32 and again.unchanged == 31 and again.stored == 0 and again.events == 0
    assert snapshot(store) == before  # re-ingesting changes nothing


def test_same_id_other_text_keeps_both(store: Store) -> None:
    a = Article(id="x1", text=STORY)
    b = Article(id="x1", text=STORY + " وقالت مصادر أخرى إن القصف استمر ساعتين.")
    summary = ingest([a, b, Skipped("in.jsonl:3", "broken JSON (Expecting value at column 1)")], store)
    assert summary.stored == 2 and summary.skipped == {"broken JSON": 1}
    ids = sorted(r["id"] for r in store.articles(limit=None))
    assert ids[0] == "x1" and ids[1].startswith("x1~")


@needs_corpus
def test_extraction_can_run_elsewhere(store_url: str, tmp_path: Path) -> None:
    """``results=`` takes any order-keeping extractor (here marsad.scale's); the store ends the same."""
    scale = pytest.importorskip("marsad.scale")
    src = [_corpus_slice(tmp_path, 12)]
    with open_store(store_url) as s:
        ingest(read_sources(src), s, results=lambda items: scale.extract_stream(items, workers=1))
        via_scale = snapshot(s)
    other = tmp_path / "other.db"
    with open_store(other) as s:
        ingest(read_sources(src), s)
        default = snapshot(s)
    assert via_scale["events"] == default["events"]
    assert via_scale["articles"] == default["articles"]


@needs_corpus
def test_cli_ingest_then_export(store_url: str, tmp_path: Path) -> None:
    src = _corpus_slice(tmp_path, 20)
    run = CliRunner().invoke(main, ["ingest", str(src), str(tmp_path / "nothing-here"), "--db", store_url,
                                    "--json"])
    assert run.exit_code == 0, run.output
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["read"] == 20 and summary["stored"] == 20
    assert summary["skipped"] == {"broken JSON": 1, "no such file or folder": 1}
    with open_store(store_url) as s:
        n = s.count_events()
        assert n == summary["new_events"]
        assert s.events(EventQuery(limit=1))[0]["sources"]
    out = tmp_path / "events.csv"
    exp = CliRunner().invoke(main, ["export", "--db", store_url, "--format", "csv", "-o", str(out)])
    assert exp.exit_code == 0, exp.output
    assert len(out.read_text(encoding="utf-8").splitlines()) >= n + 1  # notes may hold newlines? header + rows
