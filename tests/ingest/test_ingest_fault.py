"""Fault test: ``marsad ingest`` killed with SIGKILL mid-batch, restarted, ends with the same tables as a
run that was never interrupted (nothing committed is lost, nothing is stored twice)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from marsad_test_stores import backend_url, snapshot  # noqa: E402

from marsad.store import open_store  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "articles.jsonl"
N_ARTICLES = 120


def _marsad(*args: str) -> list[str]:
    return [sys.executable, "-m", "marsad.cli", *args]


def _count(url: str) -> int:
    """Committed articles, read without taking any lock the writer needs."""
    try:
        if url.startswith("postgresql"):
            import psycopg

            with psycopg.connect(url) as conn:
                return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        with closing(sqlite3.connect(f"file:{url}?mode=ro", uri=True, timeout=1)) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except Exception:  # noqa: BLE001 - the store does not exist yet while the child starts
        return 0


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not found beside the repo")
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_sigkill_mid_batch_then_resume_equals_uninterrupted(backend: str, tmp_path: Path) -> None:
    try:
        from marsad.pipeline import Pipeline

        Pipeline.default()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"extraction pipeline not available: {exc}")
    src = tmp_path / "day.jsonl"
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:N_ARTICLES]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    killed_gen = backend_url(backend, tmp_path / "a")
    clean_gen = backend_url(backend, tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    killed_url, clean_url = next(killed_gen), next(clean_gen)
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    child: subprocess.Popen[bytes] | None = None
    try:
        # 1. the interrupted run: killed once at least two transactions are committed
        # its own process group, so that the kill takes its extraction workers too (as a crash does)
        child = subprocess.Popen(_marsad("ingest", str(src), "--db", killed_url, "--no-progress"),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                                 start_new_session=True)
        seen = 0
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and child.poll() is None:
            seen = _count(killed_url)
            if seen >= 40:
                break
            time.sleep(0.02)
        assert child.poll() is None, "ingest ended before it could be killed: " + child.stderr.read().decode()
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        after_kill = _count(killed_url)
        assert seen <= after_kill < N_ARTICLES  # nothing committed was lost; the batch was cut short

        # 2. restart: it resumes where it stopped
        resumed = subprocess.run(_marsad("ingest", str(src), "--db", killed_url, "--no-progress", "--json"),
                                 capture_output=True, text=True, env=env, timeout=300)
        assert resumed.returncode == 0, resumed.stderr
        assert f'"unchanged": {after_kill}' in resumed.stdout

        # 3. an uninterrupted run into another store
        clean = subprocess.run(_marsad("ingest", str(src), "--db", clean_url, "--no-progress"),
                               capture_output=True, text=True, env=env, timeout=300)
        assert clean.returncode == 0, clean.stderr

        with open_store(killed_url) as a, open_store(clean_url) as b:
            got, want = snapshot(a), snapshot(b)
        assert want["stats"]["articles"] > 0 and want["stats"]["events"] > 0
        assert got == want
    finally:
        if child is not None and child.stderr is not None:
            child.stderr.close()
        for gen in (killed_gen, clean_gen):
            gen.close()
