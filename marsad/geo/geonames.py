"""Builds and reads a local gazetteer index (SQLite + R*Tree) from GeoNames dump files.

Input, as downloaded from https://download.geonames.org/export/dump/ (CC BY 4.0):
``allCountries.txt`` or per-country ``SY.txt`` (or their .zip), optionally ``alternateNamesV2.txt``
(Arabic names: isolanguage ``ar``), ``admin1CodesASCII.txt`` and ``admin2Codes.txt``.
The index keeps populated places, administrative areas and the kinds of spots, areas and
terrain that war reporting names (airports, bases, camps, border posts, bridges, dams, oil
fields, mountains, plains, wadis), with their Arabic names and a transliteration skeleton of
their English name; an R*Tree gives the places within a box for fuzzy search near a parent.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.geo.names import is_arabic_name, latin_name, latin_skeleton, news_name, without_type_word
from marsad.geo.places import Place
from marsad.text.normalize import normalize_key

SCHEMA_VERSION = "1"

# GeoNames feature class/code -> kind of place in the gazetteer. Class P is always kept.
_KIND_BY_CODE: dict[str, str] = {
    "ADM1": "admin1", "ADM2": "admin2", "ADM3": "area", "ADM4": "area", "ADMD": "area",
    "PPLX": "neighbourhood",
    "AIRP": "airport", "AIRB": "airport", "AIRF": "airport", "AIRH": "airport",
    "MILB": "base", "INSM": "base", "CMPRF": "camp", "CMP": "camp", "CMPMN": "camp",
    "PSTB": "crossing", "PSTC": "crossing", "BDG": "landmark", "DAM": "landmark", "HSP": "landmark",
    "PRN": "landmark", "OILR": "landmark", "PS": "landmark", "STDM": "landmark", "SQR": "landmark",
    "PRT": "landmark", "OILF": "area", "GASF": "area", "RGN": "area", "AREA": "area", "RGNL": "area",
    "MT": "area", "MTS": "area", "HLL": "area", "HLLS": "area", "PLN": "area", "VAL": "area",
    "PLAT": "area", "DSRT": "area", "ISL": "area", "WAD": "area", "OAS": "area", "FRST": "area",
}
_SKIPPED_P = frozenset(["PPLQ", "PPLH", "PPLW"])  # abandoned, historical, destroyed


class _IdSet:
    """A set of GeoNames ids as a bitmap (allCountries.txt keeps millions of places)."""

    def __init__(self) -> None:
        self.bits = bytearray(1 << 21)
        self.count = 0

    def add(self, i: int) -> None:
        byte = i >> 3
        if byte >= len(self.bits):
            self.bits.extend(bytearray(max(byte + 1 - len(self.bits), len(self.bits))))
        mask = 1 << (i & 7)
        if not self.bits[byte] & mask:
            self.bits[byte] |= mask
            self.count += 1

    def __contains__(self, i: object) -> bool:
        if not isinstance(i, int) or i < 0:
            return False
        byte = i >> 3
        return byte < len(self.bits) and bool(self.bits[byte] & (1 << (i & 7)))

    def __len__(self) -> int:
        return self.count


class GeoNamesFormatError(ValueError):
    """A dump file that is not in the GeoNames tab-separated format."""


@dataclass(slots=True)
class BuildStats:
    """What ``build_index`` read and kept."""

    rows: int = 0
    places: int = 0
    arabic_names: int = 0
    skipped_bad_rows: int = 0


def _open_text(path: Path) -> Iterator[str]:
    """Lines of a GeoNames file, plain or zipped (the .zip holds one .txt of the same name)."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not names:
                raise GeoNamesFormatError(f"{path}: no .txt inside the zip")
            with zf.open(names[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as fh:
        yield from fh


def _kind_of(fclass: str, fcode: str) -> str | None:
    if fclass == "P":
        if fcode in _SKIPPED_P:
            return None
        return _KIND_BY_CODE.get(fcode, "town")
    if fclass in ("A", "S", "L", "T", "H"):
        return _KIND_BY_CODE.get(fcode)
    return None


def read_codes(path: Path | None) -> dict[str, str]:
    """``admin1CodesASCII.txt`` / ``admin2Codes.txt``: code -> ASCII name."""
    out: dict[str, str] = {}
    if path is None:
        return out
    for line in _open_text(path):
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 3 or "." not in cells[0]:
            continue
        out[cells[0]] = cells[2] or cells[1]
    return out


def read_arabic_names(path: Path | None, wanted: _IdSet | set[int] | None = None) -> dict[int, list[str]]:
    """Arabic names (isolanguage ``ar``) of ``alternateNamesV2.txt`` (or the v1 format), by geonameid."""
    out: dict[int, list[str]] = {}
    if path is None:
        return out
    for line in _open_text(path):
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 4 or cells[2] != "ar":
            continue
        try:
            gid = int(cells[1])
        except ValueError:
            continue
        if wanted is not None and gid not in wanted:
            continue
        if len(cells) > 7 and cells[7] == "1":  # historic name
            continue
        name = cells[3].strip()
        if is_arabic_name(name):
            out.setdefault(gid, []).append(name)
    return out


def build_index(dumps: Sequence[Path], out: Path, alternate_names: Path | None = None,
                admin1_codes: Path | None = None, admin2_codes: Path | None = None) -> BuildStats:
    """Read GeoNames dump files and write the SQLite index ``out`` (replacing it)."""
    stats = BuildStats()
    a1_names = read_codes(admin1_codes)
    a2_names = read_codes(admin2_codes)
    tmp = out.with_suffix(out.suffix + ".tmp")
    if tmp.exists():
        tmp.unlink()
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE place(id INTEGER PRIMARY KEY, kind TEXT, name TEXT, cc TEXT, admin1 TEXT,
                           admin2 TEXT, lat REAL, lon REAL, population INTEGER, fcode TEXT, skel TEXT);
        CREATE TABLE name_ar(key TEXT, place_id INTEGER);
        CREATE VIRTUAL TABLE place_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
        """
    )
    kept = _IdSet()
    inline_ar: dict[int, list[str]] = {}
    batch: list[tuple] = []
    for dump in dumps:
        for n, line in enumerate(_open_text(dump), 1):
            cells = line.rstrip("\n").split("\t")
            stats.rows += 1
            if len(cells) < 15:
                if n == 1:
                    raise GeoNamesFormatError(
                        f"{dump}: line 1 has {len(cells)} tab-separated fields, a GeoNames dump has 19")
                stats.skipped_bad_rows += 1
                continue
            try:
                gid = int(cells[0])
                lat, lon = float(cells[4]), float(cells[5])
                pop = int(cells[14] or 0)
            except ValueError:
                if n == 1:
                    raise GeoNamesFormatError(f"{dump}: line 1 is not a GeoNames record") from None
                stats.skipped_bad_rows += 1
                continue
            kind = _kind_of(cells[6], cells[7])
            if kind is None:
                continue
            cc = cells[8]
            a1 = f"{cc}.{cells[10]}" if cells[10] and cells[10] != "00" else ""
            a2 = a2_names.get(f"{a1}.{cells[11]}", "") if a1 and cells[11] else ""
            name = news_name(cells[1], cells[3].split(",")) if cells[3] else latin_name(cells[2] or cells[1])
            if kind == "admin1" and a1 in a1_names:
                name = latin_name(a1_names[a1])
            batch.append((gid, kind, name, cc, a1, a2, lat, lon, pop, cells[7], latin_skeleton(name)))
            kept.add(gid)
            ar = [a for a in cells[3].split(",") if is_arabic_name(a)] if cells[3] else []
            if ar:
                inline_ar[gid] = ar
            if len(batch) >= 20000:
                _flush(db, batch)
    _flush(db, batch)
    stats.places = len(kept)
    names = read_arabic_names(alternate_names, kept)
    for gid, ar in inline_ar.items():
        names.setdefault(gid, []).extend(ar)
    rows = []
    for gid, ar in names.items():
        for key in dict.fromkeys(without_type_word(normalize_key(a)) for a in ar):
            if len(key) >= 2:
                rows.append((key, gid))
    db.executemany("INSERT INTO name_ar VALUES (?, ?)", rows)
    stats.arabic_names = len(rows)
    db.executescript(
        """
        CREATE INDEX name_ar_key ON name_ar(key);
        CREATE INDEX place_skel ON place(cc, skel);
        """
    )
    db.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("schema", SCHEMA_VERSION), ("sources", " ".join(p.name for p in dumps)),
        ("licence", "GeoNames, CC BY 4.0, https://www.geonames.org/"),
    ])
    db.commit()
    db.close()
    tmp.replace(out)
    return stats


def _flush(db: sqlite3.Connection, batch: list[tuple]) -> None:
    if not batch:
        return
    db.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", batch)
    db.executemany("INSERT OR REPLACE INTO place_rtree VALUES (?,?,?,?,?)",
                   [(r[0], r[6], r[6], r[7], r[7]) for r in batch])
    batch.clear()


class GeoNamesIndex:
    """A built index, opened read-only."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise FileNotFoundError(f"no gazetteer index at {path} (build one with `marsad gazetteer build`)")
        self.path = path
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            ver = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ValueError(f"{path} is not a marsad gazetteer index: {exc}") from exc
        if not ver or ver[0] != SCHEMA_VERSION:
            raise ValueError(f"{path}: gazetteer index schema {ver and ver[0]}, expected {SCHEMA_VERSION}; rebuild it")

    @staticmethod
    def _place(row: tuple, names: tuple[str, ...] = ()) -> Place:
        gid, kind, name, cc, a1, a2, lat, lon, pop = row[:9]
        return Place(f"G{gid}", kind, name, names, cc, a1, a2, lat, lon, pop or 0)

    def arabic_places(self) -> list[Place]:
        """Every place with an Arabic name, its names normalised (for the name matcher)."""
        names: dict[int, list[str]] = {}
        for key, gid in self.db.execute("SELECT key, place_id FROM name_ar"):
            names.setdefault(gid, []).append(key)
        out: list[Place] = []
        cols = "id, kind, name, cc, admin1, admin2, lat, lon, population"
        for row in self.db.execute(f"SELECT {cols} FROM place WHERE id IN (SELECT place_id FROM name_ar) "
                                   "OR kind = 'admin1'"):
            out.append(self._place(row, tuple(names.get(row[0], ()))))
        return out

    def near(self, lat: float, lon: float, km: float, kinds: Sequence[str] = ()) -> list[tuple[Place, str]]:
        """(place, skeleton) of every place within a box of ``km`` around (lat, lon), by the R*Tree."""
        import math

        dlat = km / 111.0
        dlon = km / (111.0 * max(0.2, math.cos(math.radians(lat))))
        sql = ("SELECT p.id, p.kind, p.name, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.population, p.skel "
               "FROM place_rtree r JOIN place p ON p.id = r.id "
               "WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ? AND r.max_lon <= ?")
        rows = self.db.execute(sql, (lat - dlat, lat + dlat, lon - dlon, lon + dlon)).fetchall()
        return [(self._place(r), r[9]) for r in rows if not kinds or r[1] in kinds]

    def by_skeleton(self, skel: str, ccs: Sequence[str]) -> list[Place]:
        """Places of the countries ``ccs`` whose English name has this transliteration skeleton."""
        out: list[Place] = []
        for cc in ccs:
            rows = self.db.execute(
                "SELECT id, kind, name, cc, admin1, admin2, lat, lon, population FROM place "
                "WHERE cc = ? AND skel = ?", (cc, skel)).fetchall()
            out.extend(self._place(r) for r in rows)
        return out


def load_index(path: Path) -> list[Place]:
    """The places of a built index that have Arabic names (added to the default gazetteer)."""
    return GeoNamesIndex(path).arabic_places()
