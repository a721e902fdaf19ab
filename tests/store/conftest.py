"""Store fixtures (both backends) for tests/store."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marsad_test_stores import store, store_url  # noqa: E402, F401
