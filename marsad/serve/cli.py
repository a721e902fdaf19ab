"""``marsad serve``: check the store and the page's files, then run the app under uvicorn."""

from __future__ import annotations

from pathlib import Path

import click

from marsad.serve import assets


def run_server(db: str, host: str, port: int, allow_writes: bool) -> None:
    """Serve the dashboard over ``db``; a missing SQLite file is an error unless writes are on."""
    import uvicorn

    from marsad.serve.app import create_app

    is_url = db.startswith(("postgresql://", "postgres://"))
    if not is_url and not allow_writes and not Path(db.removeprefix("sqlite:///")).is_file():
        raise click.ClickException(f"no event store at {db!r} (give --db PATH, or --allow-writes to create one)")
    missing = assets.missing_assets()
    if missing:
        click.echo("warning: the web page's files are missing (run `npm ci` in web/): " + ", ".join(missing),
                   err=True)
    click.echo(f"marsad: http://{host}:{port}/  (API spec: /openapi.json; writes "
               f"{'ON' if allow_writes else 'off'})", err=True)
    uvicorn.run(create_app(db, allow_writes=allow_writes), host=host, port=port, log_level="warning")
