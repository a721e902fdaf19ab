"""Ingest throughput (articles/s) into SQLite and PostgreSQL + PostGIS, on the shared corpus.

    .venv/bin/python benchmarks/ingest_bench.py [--copies 3] [--pg postgresql://user:pass@host/db]

Two numbers per backend:
- ``ingest``: the whole ``marsad ingest`` loop in one process (hash check, extraction by the
  pipeline, storing the article and its reports, fusion, commits every 20 articles);
- ``store``: the same with the extraction done beforehand, i.e. what storing + fusion cost.
The corpus is read ``--copies`` times, each copy with other ids and a marker line so that every
article is new (and fuses with its twins of the other copies, as a day of feeds does).
PostgreSQL is used when ``--pg`` or MARSAD_TEST_PG is given; it runs in a throwaway schema.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from pathlib import Path

from marsad.ingest.batch import ingest
from marsad.ingest.jsonl import read_jsonl
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.store import open_store

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "articles.jsonl"


def corpus(copies: int) -> list[Article]:
    if not CORPUS.exists():
        raise SystemExit(f"corpus not found: {CORPUS}")
    with CORPUS.open("rb") as fh:
        base = [a for a in read_jsonl(fh, str(CORPUS)) if isinstance(a, Article)]
    out: list[Article] = []
    for c in range(copies):
        for a in base:
            out.append(Article(id=f"{a.id}#{c}", text=a.text + ("\n" + "." * c if c else ""),
                               published=a.published, outlet=f"{a.outlet} {c}" if c else a.outlet,
                               title=a.title, url=a.url))
    return out


def pg_url(base: str) -> tuple[str, str]:
    import psycopg

    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema},public", schema


def drop_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def run(url: str, articles: list[Article], pre: dict | None) -> tuple[float, int, int]:
    results = None
    if pre is not None:
        def results(items):  # extraction done beforehand: time only storing + fusion
            for it in items:
                yield pre[it.id] if isinstance(it, Article) else it
    with open_store(url) as store:
        t = time.perf_counter()
        summary = ingest(iter(articles), store, results=results)
        dt = time.perf_counter() - t
        return dt, summary.stored, summary.fused


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=3, help="how many times the corpus is read (default 3)")
    ap.add_argument("--pg", default=os.environ.get("MARSAD_TEST_PG"), help="PostgreSQL URL (PostGIS)")
    args = ap.parse_args()
    articles = corpus(args.copies)
    pipeline = Pipeline.default()
    t = time.perf_counter()
    pre = {a.id: pipeline.run(a) for a in articles}
    extract_s = time.perf_counter() - t
    print(f"{len(articles)} articles ({args.copies} × corpus); extraction alone: "
          f"{len(articles) / extract_s:.0f} articles/s")
    backends = ["sqlite"] + (["postgres"] if args.pg else [])
    print(f"{'backend':<10} {'mode':<8} {'articles/s':>11} {'seconds':>8} {'stored':>7} {'fused':>6}")
    for backend in backends:
        for mode in ("ingest", "store"):
            with tempfile.TemporaryDirectory() as tmp:
                schema = None
                if backend == "sqlite":
                    url = str(Path(tmp) / "bench.db")
                else:
                    url, schema = pg_url(args.pg)
                try:
                    dt, stored, fused = run(url, articles, pre if mode == "store" else None)
                finally:
                    if schema:
                        drop_schema(args.pg, schema)
            print(f"{backend:<10} {mode:<8} {len(articles) / dt:>11.0f} {dt:>8.2f} {stored:>7} {fused:>6}")
    if not args.pg:
        print("(PostgreSQL skipped: give --pg postgresql://... or set MARSAD_TEST_PG)")


if __name__ == "__main__":
    main()
