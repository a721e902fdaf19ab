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


@main.command()
@click.option("--db", default="marsad.db", show_default=True,
              help="The event store: a SQLite file or a postgresql:// URL.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
@click.option("--allow-writes", is_flag=True, help="Allow POST /api/articles to add articles (off by default).")
def serve(db: str, host: str, port: int, allow_writes: bool) -> None:
    """Start the local dashboard and JSON API over the event store (no network needed)."""
    from marsad.serve.cli import run_server

    run_server(db, host, port, allow_writes)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default="marsad.db", show_default=True,
              help="The event store: a SQLite file, or a postgresql://user:pass@host/db URL (PostGIS).")
@click.option("--no-progress", is_flag=True, help="No progress bar (it is also off when stderr is no terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@_scale_options
def ingest(sources: tuple[str, ...], db: str, no_progress: bool, as_json: bool, workers: int | None,
           dask: str | None) -> None:
    """Read SOURCES (JSONL, .txt/.html files, folders, RSS/Atom, WARC; - for stdin JSONL), extract the
    events, fuse them with the stored ones and store everything; bad inputs are skipped with a reason."""
    from marsad.ingest.run import run_ingest
    from marsad.scale import extract_stream

    summary = run_ingest(sources, db, progress=not no_progress,
                         results=lambda items: extract_stream(items, workers=workers, dask=dask))
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        click.echo("\n".join(summary.lines()), err=True)


@main.command()
@click.argument("event_id")
@click.option("--db", default="marsad.db", show_default=True, help="The event store (SQLite file or postgresql:// URL).")
@click.option("--json", "as_json", is_flag=True, help="Print the event, its sources and evidence as JSON.")
def show(event_id: str, db: str, as_json: bool) -> None:
    """Show one fused event: its fields, every source and why it was fused, and the evidence."""
    from marsad.fuse.explain import explain
    from marsad.store import open_store

    with open_store(db) as store:
        fused_id = store.fused_id_of(event_id)
        event = store.event(fused_id) if fused_id else None
    if event is None:
        raise click.ClickException(f"no event {event_id!r} in {db}")
    if fused_id != event_id and not as_json:
        click.echo(f"{event_id} is one article's report of the fused event {fused_id}")
    if as_json:
        click.echo(json.dumps(event, ensure_ascii=False, indent=1))
    else:
        click.echo("\n".join(explain(event)))


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "geojson", "jsonl", "parquet"]), default="csv",
              show_default=True, help="csv has ACLED's columns in ACLED's order, then marsad's own.")
@click.option("-o", "--output", "output", default="-", help="Output file; - is stdout (not for parquet).")
@click.option("--db", default="marsad.db", show_default=True, help="The event store (SQLite file or postgresql:// URL).")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events on or after this day.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events on or before this day.")
@click.option("--country", help="Only this country (English name, e.g. Syria).")
@click.option("--admin1", help="Only this first-level region (e.g. Aleppo).")
@click.option("--event-type", help="Only this event type (e.g. Battles).")
@click.option("--sub-event-type", help="Only this sub-event type (e.g. 'Air/drone strike').")
@click.option("--actor", help="Events with an actor whose name contains this.")
@click.option("--text", help="Events whose notes, actors, places or source contain this.")
@click.option("--bbox", metavar="MINLON,MINLAT,MAXLON,MAXLAT", help="Only events inside this box (WGS84).")
@click.option("--min-confidence", type=float, help="Only events at least this confident (0..1).")
@click.option("--min-sources", type=int, help="Only events told by at least this many articles.")
def export_cmd(fmt: str, output: str, db: str, date_from: str | None, date_to: str | None, country: str | None,
               admin1: str | None, event_type: str | None, sub_event_type: str | None, actor: str | None,
               text: str | None, bbox: str | None, min_confidence: float | None, min_sources: int | None) -> None:
    """Export the stored (fused) events as CSV (ACLED columns), GeoJSON, JSON Lines or Parquet."""
    from marsad.export import export_events
    from marsad.store import EventQuery, open_store

    box = None
    if bbox:
        try:
            parts = tuple(float(v) for v in bbox.split(","))
        except ValueError as exc:
            raise click.BadParameter("four numbers: MINLON,MINLAT,MAXLON,MAXLAT", param_hint="--bbox") from exc
        if len(parts) != 4:
            raise click.BadParameter("four numbers: MINLON,MINLAT,MAXLON,MAXLAT", param_hint="--bbox")
        box = (parts[0], parts[1], parts[2], parts[3])
    if fmt == "parquet" and output == "-":
        raise click.BadParameter("parquet needs a file: -o events.parquet", param_hint="--output")
    query = EventQuery(date_from=date_from, date_to=date_to, country=country, admin1=admin1,
                       event_type=event_type, sub_event_type=sub_event_type, actor=actor, text=text, bbox=box,
                       min_confidence=min_confidence, min_sources=min_sources, limit=None)
    with open_store(db) as store:
        n = export_events(store, fmt, sys.stdout if output == "-" else output, query)
    click.echo(f"exported {n} events ({fmt})", err=True)


@main.group()
def gazetteer() -> None:
    """The gazetteer: build a full one from GeoNames dump files, look places up."""


@gazetteer.command("build")
@click.argument("dumps", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="GEONAMES_DUMP... [ALTERNATE_NAMES]")
@click.option("--alternate-names", "alt", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="alternateNamesV2.txt (Arabic names); also recognised by its file name among the arguments.")
@click.option("--admin1", "admin1", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="admin1CodesASCII.txt (names of first-level areas).")
@click.option("--admin2", "admin2", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="admin2Codes.txt (names of second-level areas).")
@click.option("-o", "--output", default="gazetteer.sqlite", show_default=True, type=click.Path(path_type=Path),
              help="The index to write; use it with MARSAD_GAZETTEER=PATH.")
def gazetteer_build(dumps: tuple[Path, ...], alt: Path | None, admin1: Path | None, admin2: Path | None,
                    output: Path) -> None:
    """Build a gazetteer index from GeoNames dumps (allCountries.txt or SY.txt ..., plain or .zip)."""
    from marsad.geo.geonames import GeoNamesFormatError, build_index

    files: list[Path] = []
    for p in dumps:
        if not p.exists():
            raise click.BadParameter(f"{p}: no such file", param_hint="GEONAMES_DUMP")
        low = p.name.lower()
        if low.startswith("alternatenames"):
            alt = alt or p
        elif low.startswith("admin1codes"):
            admin1 = admin1 or p
        elif low.startswith("admin2codes"):
            admin2 = admin2 or p
        else:
            files.append(p)
    if not files:
        raise click.BadParameter("no GeoNames dump given (allCountries.txt, SY.txt ...)", param_hint="GEONAMES_DUMP")
    try:
        stats = build_index(files, output, alternate_names=alt, admin1_codes=admin1, admin2_codes=admin2)
    except GeoNamesFormatError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{output}: {stats.places} places, {stats.arabic_names} Arabic names "
               f"(read {stats.rows} rows, {stats.skipped_bad_rows} unreadable)")


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--gazetteer", "path", type=click.Path(exists=True, dir_okay=False),
              help="A built index (default: MARSAD_GAZETTEER or the embedded gazetteer).")
@click.option("-n", "limit", default=10, show_default=True, help="How many places to print.")
def gazetteer_lookup(name: str, path: str | None, limit: int) -> None:
    """Print the places an Arabic (or English) NAME may be."""
    from marsad.geo import Gazetteer

    gaz = Gazetteer.open(path) if path else Gazetteer.default()
    hits = gaz.lookup(name, limit=limit)
    if not hits:
        click.echo(f"no place named {name!r}", err=True)
        sys.exit(1)
    for p, score in hits:
        country = gaz.country_names.get(p.cc, p.cc)
        admin1 = gaz.admin1_names.get(p.admin1, "")
        click.echo(f"{score:5.1f}  {p.name}\t{p.kind}\t{country}\t{admin1}\t{p.lat:.4f},{p.lon:.4f}\tpop {p.population}")


if __name__ == "__main__":  # pragma: no cover
    main()
