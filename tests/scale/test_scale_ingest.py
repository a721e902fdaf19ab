"""``marsad ingest --workers/--dask`` stores and fuses the same events as a single-process ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "articles.jsonl"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"shared corpus missing: {CORPUS}")


def ingest_and_export(tmp_path: Path, source: Path, name: str, options: list[str]) -> tuple[dict, list[dict]]:
    db = tmp_path / f"{name}.db"
    result = CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--no-progress", "--json",
                                       *options])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    out = tmp_path / f"{name}.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    for event in events:  # when the store wrote them, not what they say
        event.pop("created_at", None)
        event.pop("updated_at", None)
    return summary, sorted(events, key=lambda e: json.dumps(e, ensure_ascii=False, sort_keys=True))


def test_parallel_ingest_stores_and_fuses_the_same_events(tmp_path: Path) -> None:
    with CORPUS.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip()][:80]
    lines.insert(5, "{not json\n")
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(lines), encoding="utf-8")

    single_summary, single_events = ingest_and_export(tmp_path, source, "single", ["--workers", "1"])
    assert single_summary["stored"] + single_summary["unchanged"] == 80
    assert sum(single_summary["skipped"].values()) >= 1
    assert len(single_events) > 10
    for name, options in (("processes", ["--workers", "2"]), ("dask", ["--dask", "local", "--workers", "2"])):
        summary, events = ingest_and_export(tmp_path, source, name, options)
        assert summary == single_summary, name
        assert events == single_events, name
