"""Parallel extraction (2 processes, a 2-worker Dask LocalCluster) gives the single-process output."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.ingest.jsonl import Skipped, read_jsonl
from marsad.model import Article
from marsad.pipeline import Pipeline, Result
from marsad.scale import ExtractionRun, extract_stream
from marsad.scale.local import WORKER_DIED, InProcessBackend, ProcessBackend

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "articles.jsonl"
N_ARTICLES = 120  # enough for many chunks and partitions, few enough for a 2-core CI machine

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"shared corpus missing: {CORPUS}")
needs_fork = pytest.mark.skipif(sys.platform != "linux", reason="patches the pipeline in forked workers (Linux)")


def corpus_lines() -> list[str]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [line for line in fh if line.strip()][:N_ARTICLES]


@pytest.fixture(scope="module")
def items() -> list[Article | Skipped]:
    """Real articles, with a broken line and an English text among them (they must be skipped)."""
    lines = corpus_lines()
    lines.insert(17, '{"id": "broken", "text": "unterminated\n')
    lines.insert(40, json.dumps({"id": "english", "text": "Nothing in this text is written in Arabic. " * 5,
                                 "published": "2015-08-01", "outlet": "test"}) + "\n")
    return list(read_jsonl(lines, "corpus"))


@pytest.fixture(scope="module")
def single(items: list[Article | Skipped]) -> list[Result | Skipped]:
    return list(extract_stream(items, workers=1))


def signature(results: list[Result | Skipped]) -> list[object]:
    """Everything the output holds: each article's skip reason or its events with their ids, in order."""
    out: list[object] = []
    for r in results:
        if isinstance(r, Skipped):
            out.append(("input skipped", r.where, r.reason))
        else:
            out.append((r.article_id, r.skipped, [ev.to_dict() for ev in r.events]))
    return out


def test_single_process_run_reads_the_corpus(single: list[Result | Skipped]) -> None:
    results = [r for r in single if isinstance(r, Result)]
    assert len(single) == N_ARTICLES + 2
    assert isinstance(single[17], Skipped) and "broken JSON" in single[17].reason
    assert single[40].article_id == "english" and single[40].skipped == "no Arabic text"
    assert sum(len(r.events) for r in results) > N_ARTICLES // 10, "the corpus is about conflict"


def test_two_processes_give_the_single_process_events(items, single) -> None:
    with ExtractionRun(workers=2, chunk_size=8) as run:
        parallel = list(run.results(items))
        pids = run.backend.worker_usage()
    assert len(pids) == 2 and f"pid {os.getpid()}" not in pids, "two worker processes did the work"
    assert signature(parallel) == signature(single)


def test_a_small_input_stays_in_process_and_a_large_one_gets_workers(items, single) -> None:
    with ExtractionRun(workers=2, chunk_size=8) as run:
        few = list(run.results(items[:5]))
        assert isinstance(run.backend, InProcessBackend)
        many = list(run.results(items[:40]))
        assert isinstance(run.backend, ProcessBackend)
    assert signature(few) == signature(single[:5])
    assert signature(many) == signature(single[:40])


def test_dask_local_cluster_gives_the_single_process_events(items, single) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with ExtractionRun(dask=cluster.scheduler_address, chunk_size=25) as run:
            parallel = list(run.results(items))
            rss = run.backend.worker_usage()
    assert len(rss) == 2
    assert signature(parallel) == signature(single)


@needs_fork
def test_a_worker_that_dies_costs_one_article_not_the_batch(items, single, monkeypatch) -> None:
    victim = next(r.article_id for r in single[30:] if isinstance(r, Result) and r.events)
    real_run = Pipeline.run

    def run_or_die(self: Pipeline, article: Article) -> Result:
        if article.id == victim:
            os._exit(7)  # what a segfault in a C extension or the OOM killer looks like from outside
        return real_run(self, article)

    monkeypatch.setattr(Pipeline, "run", run_or_die)  # forked workers inherit the patched class
    with ExtractionRun(workers=2, chunk_size=8) as run:
        parallel = list(run.results(items))
    expected = [r if not (isinstance(r, Result) and r.article_id == victim) else Result(victim, skipped=WORKER_DIED)
                for r in single]
    assert signature(parallel) == signature(expected)


@needs_fork
def test_an_article_that_never_ends_is_stopped_and_skipped(items, single, monkeypatch) -> None:
    victim = next(r.article_id for r in single[50:] if isinstance(r, Result) and r.events)
    real_run = Pipeline.run

    def run_or_hang(self: Pipeline, article: Article) -> Result:
        if article.id == victim:
            time.sleep(600)  # what a runaway regular expression looks like from outside
        return real_run(self, article)

    monkeypatch.setattr(Pipeline, "run", run_or_hang)
    started = time.monotonic()
    with ExtractionRun(workers=2, chunk_size=2, time_limit=2) as run:
        parallel = list(run.results(items))
    assert time.monotonic() - started < 120
    hung = next(r for r in parallel if isinstance(r, Result) and r.article_id == victim)
    assert hung.skipped and "longer than 2 s" in hung.skipped
    expected = [r if not (isinstance(r, Result) and r.article_id == victim) else hung for r in single]
    assert signature(parallel) == signature(expected)


def test_cli_extract_output_is_the_same_with_workers_and_dask(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(corpus_lines()[:60]), encoding="utf-8")
    outputs = {}
    for options in (["--workers", "1"], ["--workers", "2"], ["--dask", "local", "--workers", "2"]):
        out = tmp_path / f"events{len(outputs)}.jsonl"
        result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), *options])
        assert result.exit_code == 0, result.output
        assert "articles: 60" in result.output
        outputs[" ".join(options)] = out.read_text(encoding="utf-8")
    first = outputs["--workers 1"]
    assert first.count("\n") > 3
    assert {k: v == first for k, v in outputs.items()} == dict.fromkeys(outputs, True)
    ids = [json.loads(line)["event_id"] for line in first.splitlines()]
    assert all(i.startswith("mrs-") for i in ids)


def test_bad_options_are_refused_with_a_reason() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--workers", "0"])
    assert result.exit_code != 0 and "--workers" in result.output
    with pytest.raises(ValueError, match="at least 1"):
        ExtractionRun(workers=0)


def test_events_come_back_from_a_worker_unchanged(single: list[Result | Skipped]) -> None:
    """Workers send events pickled as field values: every field, evidence and id survive the trip."""
    import pickle

    events = [ev for r in single if isinstance(r, Result) for ev in r.events]
    assert len(events) > 50
    back = pickle.loads(pickle.dumps(events, protocol=5))
    assert back == events
    assert [ev.to_dict() for ev in back] == [ev.to_dict() for ev in events]
    assert all(type(ev).__name__ == "Event" and ev.evidence for ev in back)


def test_a_local_cluster_started_by_marsad_has_quiet_workers(items, single) -> None:
    """``--dask local`` workers run with the slower housekeeping timers and still give the same events."""
    import dask

    from marsad.scale.cluster import QUIET_WORKERS

    with ExtractionRun(dask="local", workers=2, chunk_size=40) as run:
        parallel = list(run.results(items))
        settings = run.backend.client.run(lambda: {k: dask.config.get(k) for k in QUIET_WORKERS})
    assert len(settings) == 2
    assert all(s == QUIET_WORKERS for s in settings.values())
    assert dask.config.get("distributed.admin.tick.interval") != QUIET_WORKERS["distributed.admin.tick.interval"]
    assert signature(parallel) == signature(single)
