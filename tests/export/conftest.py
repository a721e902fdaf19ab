"""Store fixtures (both backends), shared from tests/store/marsad_test_stores.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from marsad_test_stores import store, store_url  # noqa: E402, F401
