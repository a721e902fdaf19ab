"""``marsad ingest``: read the sources, extract, store and fuse, with a progress bar and a summary."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from pathlib import Path

from marsad.ingest.batch import IngestSummary, ResultsFn, ingest
from marsad.ingest.files import read_sources
from marsad.store import open_store


def run_ingest(sources: Iterable[str | Path], db: str, *, results: ResultsFn | None = None,
               progress: bool = True, commit_every: int = 20) -> IngestSummary:
    """Ingest every source into the store at ``db``; a rich progress line on stderr while it runs."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    store = open_store(db)
    try:
        if not progress or not sys.stderr.isatty():
            return ingest(read_sources(sources), store, results=results, commit_every=commit_every)
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=console, transient=True) as bar:
            task = bar.add_task("ingesting", total=None)
            start = time.monotonic()

            def tick(s: IngestSummary) -> None:
                rate = s.read / max(time.monotonic() - start, 1e-6)
                bar.update(task, description=(
                    f"read {s.read} · stored {s.stored} · unchanged {s.unchanged} · skipped {s.n_skipped}"
                    f" · events {s.events} · fused {s.fused} · {rate:.1f} articles/s"))

            return ingest(read_sources(sources), store, results=results, commit_every=commit_every,
                          on_item=tick)
    finally:
        store.close()
