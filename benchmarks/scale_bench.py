"""Parallel extraction speed: N articles on 1 process, on all cores, and on a 2-worker Dask LocalCluster.

    .venv/bin/python benchmarks/scale_bench.py [--n 50000] [--workers all] [--dask-workers 2] [--no-dask]

The input is the shared corpus (../shared/corpus/articles.jsonl) repeated until it holds N
articles, streamed (never all in memory). For each configuration it prints articles/s,
articles/s per core, the peak resident memory of the largest worker, the time to start the
workers (not counted in the rate), and the speed-up over one process; then checks the targets
of the scale issue: >= 200 articles/s per core, speed-up >= 1.7 on 2 cores, < 500 MB per worker.

Wall-clock figures are only fair on an otherwise idle machine (the load average is printed
before and after). So the CPU seconds the workers and the coordinating process really used are
measured too: "art/cpu-s" is articles per CPU second of the workers (what one core does when
it is not shared), and the "CPU-based" speed-up is what the run would reach on its own cores:
single-process CPU time / ((workers' CPU + coordinator's CPU) / cores).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_bench import CORPUS, MB, load_corpus  # noqa: E402

from marsad.model import Article  # noqa: E402
from marsad.scale import ExtractionRun, default_workers  # noqa: E402
from marsad.scale.local import InProcessBackend  # noqa: E402

TARGET_PER_CORE = 200.0
TARGET_SPEEDUP = 1.7
TARGET_RSS_MB = 500.0


def repeated(articles: list[Article], n: int) -> Iterator[Article]:
    """``n`` articles cycling through ``articles``; copies after the first pass get a distinct id."""
    for i in range(n):
        article = articles[i % len(articles)]
        rnd = i // len(articles)
        yield article if rnd == 0 else replace(article, id=f"{article.id}~{rnd}")


@dataclass
class Measure:
    """One configuration's run."""

    label: str
    cores: int
    articles: int
    events: int
    skipped: int
    startup: float
    wall: float
    peak_rss: int
    worker_cpu: float  # CPU seconds the workers spent on the articles
    parent_cpu: float  # CPU seconds this process spent feeding them (0 when it is the worker)

    @property
    def rate(self) -> float:
        return self.articles / self.wall

    @property
    def per_core(self) -> float:
        return self.rate / self.cores

    @property
    def per_cpu_second(self) -> float:
        return self.articles / self.worker_cpu if self.worker_cpu else 0.0

    @property
    def cpu_wall(self) -> float:
        """The wall time on ``cores`` cores of its own: all CPU used, spread over them."""
        return (self.worker_cpu + self.parent_cpu) / self.cores


def measure(label: str, corpus: list[Article], n: int, workers: int, dask: str | None) -> Measure:
    """Extract ``n`` articles with ``workers`` processes (on Dask when ``dask``), timed."""
    run = ExtractionRun(workers=workers, dask=dask)
    t0 = time.perf_counter()
    backend = run.start()
    startup = time.perf_counter() - t0
    in_process = isinstance(backend, InProcessBackend)
    count = events = skipped = 0
    before = backend.worker_usage()
    t1, parent0 = time.perf_counter(), time.process_time()
    try:
        for result in run.results(repeated(corpus, n)):
            count += 1
            events += len(result.events)
            skipped += result.skipped is not None
        wall, parent = time.perf_counter() - t1, time.process_time() - parent0
        after = backend.worker_usage()
    finally:
        run.close()
    worker_cpu = sum(u.cpu_seconds - before[k].cpu_seconds for k, u in after.items() if k in before)
    rss = max((u.peak_rss for u in after.values()), default=0)
    m = Measure(label, backend.workers, count, events, skipped, startup, wall, rss, worker_cpu,
                0.0 if in_process else parent)
    print(f"{m.label:<26} {m.rate:7,.0f} {m.per_core:10,.0f} {m.per_cpu_second:9,.0f} {m.peak_rss / MB:7,.0f} "
          f"{m.startup:7.1f} {m.wall:7.1f} {m.worker_cpu:7.1f} {m.parent_cpu:7.1f} {m.events:>8,} {m.skipped:>7,}",
          flush=True)
    return m


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--n", type=int, default=50_000, help="articles per run (default 50,000)")
    parser.add_argument("--workers", type=int, default=default_workers(), help="processes (default: all cores)")
    parser.add_argument("--dask-workers", type=int, default=2, help="workers of the Dask LocalCluster")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    args = parser.parse_args()

    corpus = load_corpus(args.corpus)
    print(f"{args.n:,} articles from {len(corpus)} distinct ({args.corpus.resolve()}); "
          f"{os.cpu_count()} cores, load average before: {os.getloadavg()[0]:.2f}")
    print(f"{'configuration':<26} {'art/s':>7} {'art/s/core':>10} {'art/cpu-s':>9} {'peak MB':>7} "
          f"{'start s':>7} {'wall s':>7} {'cpu s':>7} {'feed s':>7} {'events':>8} {'skipped':>7}")
    one = measure("1 process", corpus, args.n, 1, None)
    runs = [one]
    if args.workers > 1:
        runs.append(measure(f"{args.workers} processes", corpus, args.n, args.workers, None))
    if not args.no_dask:
        runs.append(measure(f"dask LocalCluster x{args.dask_workers}", corpus, args.n, args.dask_workers,
                            "local"))
    print()
    for m in runs[1:]:
        print(f"speed-up of {m.label} over 1 process: {m.rate / one.rate:.2f} wall-clock, "
              f"{one.cpu_wall / m.cpu_wall:.2f} CPU-based, on {m.cores} cores")
        if m.events != one.events or m.skipped != one.skipped:
            print(f"  MISMATCH: {m.label} found {m.events} events / {m.skipped} skips, "
                  f"1 process {one.events} / {one.skipped}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")

    print("\ntargets:")
    checks = [(f"extraction >= {TARGET_PER_CORE:.0f} articles/s per core (1 process, wall-clock)",
               one.per_core >= TARGET_PER_CORE, f"{one.per_core:,.0f}"),
              (f"extraction >= {TARGET_PER_CORE:.0f} articles per CPU second (1 process)",
               one.per_cpu_second >= TARGET_PER_CORE, f"{one.per_cpu_second:,.0f}")]
    for m in runs[1:]:
        if m.cores == 2:
            speedup = m.rate / one.rate
            checks.append((f"speed-up >= {TARGET_SPEEDUP} on 2 cores ({m.label}, wall-clock)",
                           speedup >= TARGET_SPEEDUP, f"{speedup:.2f}"))
            speedup = one.cpu_wall / m.cpu_wall
            checks.append((f"speed-up >= {TARGET_SPEEDUP} on 2 cores ({m.label}, CPU-based)",
                           speedup >= TARGET_SPEEDUP, f"{speedup:.2f}"))
    worst = max(m.peak_rss for m in runs) / MB
    checks.append((f"peak memory < {TARGET_RSS_MB:.0f} MB per worker", worst < TARGET_RSS_MB, f"{worst:.0f} MB"))
    for what, ok, value in checks:
        print(f"  [{'ok' if ok else 'MISSED'}] {what}: {value}")
    per_day = one.per_cpu_second * 86_400
    print(f"\nestimate: {per_day:,.0f} articles per core per day at the 1-process CPU rate")


if __name__ == "__main__":
    main()
