"""Fixtures for the dashboard tests: the sample store (SQLite), the API client, a live server."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marsad_serve_sample import Sample, build_store, sample_articles  # noqa: E402


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "sample.db"
    build_store(path)
    return path


@pytest.fixture(scope="session")
def samples() -> list[Sample]:
    return sample_articles()


@pytest.fixture(scope="session")
def api(sample_db: Path) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from marsad.serve.app import create_app

    with TestClient(create_app(sample_db)) as client:
        yield client


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(sample_db: Path) -> Iterator[str]:
    """``marsad serve`` over the sample store in a background thread; yields its base URL."""
    import uvicorn

    from marsad.serve.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(sample_db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
