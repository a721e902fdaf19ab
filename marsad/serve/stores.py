"""One store connection per server thread, opened lazily from the store's URL or path."""

from __future__ import annotations

import threading
from pathlib import Path

from marsad.store import Store, open_store


class StorePool:
    """Hands each worker thread its own ``Store`` (a DB connection is not shared across threads)."""

    def __init__(self, db: str | Path) -> None:
        self.db = str(db)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                try:
                    store.close()
                except Exception:  # noqa: BLE001 - closing at shutdown must not fail the shutdown
                    pass
            self._opened.clear()
        self._local = threading.local()
