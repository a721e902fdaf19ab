"""The one command line of marsad: ``marsad extract | eval | ...``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from marsad import __version__


def _open_out(path: str | None):
    if path in (None, "-"):
        return sys.stdout
    return open(path, "w", encoding="utf-8")  # noqa: SIM115


def _scale_options(command):
    """``--workers N`` and ``--dask ADDRESS``: where extraction runs (see marsad.scale, docs/scale.md)."""
    command = click.option("--dask", "dask", metavar="ADDRESS", default=None,
                           help="Extract on the dask.distributed scheduler at ADDRESS; "
                                "'local' starts a LocalCluster of --workers processes.")(command)
    return click.option("--workers", type=click.IntRange(min=1), default=None,
                        help="Worker processes on this machine (default: all cores; 1: this process).")(command)


@click.group()
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """marsad (مرصد): Arabic conflict news in, ACLED-style events with evidence out."""


@main.command()
@click.argument("input_path", metavar="INPUT.jsonl", default="-")
@click.option("-o", "--output", "output", default="-", help="Where to write events (JSONL); - is stdout.")
@click.option("--pretty", is_flag=True, help="Print a readable table of the events to stderr as well.")
@_scale_options
def extract(input_path: str, output: str, pretty: bool, workers: int | None, dask: str | None) -> None:
    """Extract coded events from articles, one JSON object a line ({"id","text","published","outlet"})."""
    from marsad.ingest.jsonl import Skipped, read_jsonl
    from marsad.scale import extract_stream

    stream = sys.stdin.buffer if input_path == "-" else open(input_path, "rb")  # noqa: SIM115
    name = "<stdin>" if input_path == "-" else input_path
    n_articles = n_events = n_skipped = 0
    out = _open_out(output)
    try:
        for result in extract_stream(read_jsonl(stream, name), workers=workers, dask=dask):
            if isinstance(result, Skipped):
                n_skipped += 1
                click.echo(f"skipped {result.where}: {result.reason}", err=True)
                continue
            if result.skipped:
                n_skipped += 1
                click.echo(f"skipped {result.article_id}: {result.skipped}", err=True)
                continue
            n_articles += 1
            for ev in result.events:
                out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
                n_events += 1
                if pretty:
                    click.echo(f"  {ev.event_date} {ev.sub_event_type:<36} {ev.actor1} vs {ev.actor2 or '-'}"
                               f" @ {ev.location} ({ev.fatalities} killed)", err=True)
            out.flush()
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
        if out is not sys.stdout:
            out.close()
    click.echo(f"articles: {n_articles}, events: {n_events}, skipped: {n_skipped}", err=True)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--texts", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of <article_id>.txt: every evidence span is checked against it.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def eval_cmd(gold_dir: Path, pred: Path, texts: Path | None, as_json: bool) -> None:
    """Score PRED.jsonl against the gold codings in GOLD_DIR (as the codebook's Scoring says)."""
    from marsad.evaluate import score_files

    result = score_files(gold_dir, pred, texts)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for k, v in result.items():
        if k != "per_article":
            click.echo(f"{k:>20}: {v}")


if __name__ == "__main__":  # pragma: no cover
    main()
