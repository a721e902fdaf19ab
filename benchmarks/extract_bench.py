"""Single-process extraction speed on the shared corpus: articles/s per core, peak memory, hot spots.

    .venv/bin/python benchmarks/extract_bench.py [--passes 3] [--profile]

Prints the time to build the pipeline (once per process), then articles per second of wall
time and per CPU second (one process = one core; CPU seconds are not inflated when other
programs share the machine), the same for each pass (the first one fills the per-word caches,
so it shows the speed on words never seen before), events found, skips, and the process's
peak resident memory.
``--profile`` runs one pass under cProfile and prints where the time goes, summed per module
of marsad (i.e. per stage), then the slowest functions.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from pathlib import Path

from marsad.ingest.jsonl import read_jsonl
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.scale.usage import peak_rss

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "articles.jsonl"
MB = 1024 * 1024


def load_corpus(path: Path = CORPUS) -> list[Article]:
    """The readable articles of a JSONL corpus (SystemExit with a reason when it is missing)."""
    if not path.exists():
        raise SystemExit(f"corpus not found: {path} (the shared folder beside the repository)")
    with path.open("rb") as fh:
        articles = [a for a in read_jsonl(fh, str(path)) if isinstance(a, Article)]
    if not articles:
        raise SystemExit(f"no readable article in {path}")
    return articles


def stage_times(profile: cProfile.Profile) -> dict[str, float]:
    """Own (not cumulative) seconds per marsad module, plus 'other' for everything else."""
    stats = pstats.Stats(profile)
    per_module: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        path = filename.replace("\\", "/")
        key = "other (stdlib, C extensions)"
        if "/marsad/" in path:
            key = "marsad/" + path.split("/marsad/", 1)[1]
        per_module[key] += own
    return dict(sorted(per_module.items(), key=lambda kv: -kv[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--passes", type=int, default=3, help="times the corpus is read (default 3)")
    parser.add_argument("--profile", action="store_true", help="profile one pass and print hot spots")
    args = parser.parse_args()

    articles = load_corpus(args.corpus)
    t0 = time.perf_counter()
    pipeline = Pipeline.default()
    build = time.perf_counter() - t0
    print(f"corpus: {len(articles)} articles ({args.corpus.resolve()})")
    print(f"pipeline build: {build:.2f} s (once per process)")

    n = events = skipped = 0
    per_pass: list[float] = []
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for _ in range(max(1, args.passes)):
        pass0 = time.process_time()
        for article in articles:
            result = pipeline.run(article)
            n += 1
            events += len(result.events)
            skipped += result.skipped is not None
        per_pass.append(time.process_time() - pass0)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    print(f"articles: {n}, events: {events}, skipped: {skipped}")
    print(f"wall: {wall:.2f} s -> {n / wall:,.0f} articles/s on 1 core")
    print(f"cpu:  {cpu:.2f} s -> {n / cpu:,.0f} articles per CPU second")
    # the first pass fills the per-word caches (clitic forms, one-word lexicon entries)
    print("per pass: " + ", ".join(f"{len(articles) / t:,.0f}" for t in per_pass) + " articles per CPU second")
    print(f"peak RSS: {peak_rss() / MB:.0f} MB")

    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for article in articles:
            pipeline.run(article)
        profile.disable()
        total = sum(stage_times(profile).values())
        print(f"\nprofile of one pass ({len(articles)} articles, {total:.2f} s under cProfile), own time per module:")
        for module, secs in list(stage_times(profile).items())[:15]:
            print(f"  {secs:7.3f} s  {100 * secs / total:5.1f}%  {module}")
        print("\nslowest functions (own time):")
        pstats.Stats(profile).sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()
