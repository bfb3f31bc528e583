"""The map panel's drawing, without Textual: markers from a tally, the view, the picture.

Every marker is a place of the tally's events with the deaths those events add (their
`killed`, the number of their tally rows), so a marker's number is the sum of the rows of that
place, and a country's markers with the deaths the map could not place add up to the
country's number. Events without a place sit at their country's centre, under the country's
name.

The outlines are Natural Earth's 1:110m coastlines and land borders
(`tui/data/natural_earth_110m.geojson`, public domain, written by `python -m tui.build_map`),
drawn in an equirectangular projection whose longitudes are shortened by the cosine of the
view's middle latitude, so that a country keeps its shape.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from extract.countries import once
from extract.tally import Tally
from storage.api import PlaceKey, Point
from tui.canvas import Canvas

DATA = "natural_earth_110m.geojson"
BORDER, COAST, MARKER, CURSOR, LABEL, CURSOR_LABEL = 1, 2, 3, 4, 5, 6
"""Canvas layers, lowest first (the widget styles each)."""
WORLD = (-170.0, -56.0, 180.0, 78.0)
"""What the map shows with nothing to show."""
PAD = 0.12
"""The share of the markers' extent left around it."""
MIN_SPAN = 6.0
"""Degrees of latitude a view spans at least: one town is shown with its surroundings."""

Box = tuple[float, float, float, float]
"""west, south, east, north in degrees."""


@dataclass(frozen=True, slots=True)
class Outline:
    kind: str
    box: Box
    lons: tuple[float, ...]
    lats: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Outlines:
    lines: tuple[Outline, ...]
    countries: dict[str, Box]


@once
def outlines() -> Outlines:
    """The bundled coastlines, borders and country extents, read once per process."""
    text = resources.files("tui").joinpath("data", DATA).read_text(encoding="utf-8")
    lines: list[Outline] = []
    countries: dict[str, Box] = {}
    for feature in json.loads(text)["features"]:
        props = feature["properties"]
        if props["kind"] == "country":
            w, s, e, n = feature["bbox"]
            countries[props["name"]] = (w, s, e, n)
            continue
        coords = feature["geometry"]["coordinates"]
        lons = tuple(float(c[0]) for c in coords)
        lats = tuple(float(c[1]) for c in coords)
        box = (min(lons), min(lats), max(lons), max(lats))
        lines.append(Outline(props["kind"], box, lons, lats))
    return Outlines(tuple(lines), countries)


@dataclass(frozen=True, slots=True)
class Marker:
    """One place on the map and the deaths its tally rows add."""

    key: PlaceKey
    name: str
    """The place, or the country for events that name no place."""
    country: str | None
    killed: int
    events: tuple[int, ...]
    lat: float
    lon: float

    @property
    def filter_name(self) -> str:
        """What Enter filters the dashboard by."""
        return self.key[0] or self.key[1] or self.name

    @property
    def label(self) -> str:
        return f"{self.name} {self.killed:,}"


@dataclass(frozen=True, slots=True)
class Markers:
    shown: tuple[Marker, ...]
    """Largest toll first."""
    unplaced: int
    """Deaths of events whose place has no known coordinates (or no place and no country)."""


def place_keys(result: Tally) -> set[PlaceKey]:
    """The (place, country) of every event that adds deaths."""
    return {(e.place, e.country) for e in result.events if e.killed > 0}


def markers_of(result: Tally, points: Mapping[PlaceKey, Point | None]) -> Markers:
    """A marker per place of the tally's events with deaths (see the module docstring)."""
    killed: dict[PlaceKey, int] = defaultdict(int)
    events: dict[PlaceKey, list[int]] = defaultdict(list)
    unplaced = 0
    for event in result.events:
        if event.killed <= 0:
            continue
        key = (event.place, event.country)
        if points.get(key) is None:
            unplaced += event.killed
            continue
        killed[key] += event.killed
        events[key].append(event.id)
    shown = []
    for key, total in killed.items():
        point = points[key]
        assert point is not None
        shown.append(
            Marker(
                key=key,
                name=key[0] or key[1] or "?",
                country=key[1],
                killed=total,
                events=tuple(events[key]),
                lat=point.lat,
                lon=point.lon,
            )
        )
    shown.sort(key=lambda m: (-m.killed, m.name, m.country or ""))
    return Markers(tuple(shown), unplaced)


@dataclass(frozen=True, slots=True)
class View:
    """The part of the world drawn on a canvas of `cols` x `rows` cells."""

    west: float
    south: float
    east: float
    north: float
    cols: int
    rows: int

    def dot(self, lon: float, lat: float) -> tuple[int, int]:
        """The canvas dot of a point (may lie outside the canvas)."""
        width, height = 2 * self.cols, 4 * self.rows
        x = (lon - self.west) / (self.east - self.west) * (width - 1)
        y = (self.north - lat) / (self.north - self.south) * (height - 1)
        return round(x), round(y)


def extent(markers: Sequence[Marker], country: Box | None = None) -> Box:
    """What to show: the country (when one is selected) and the markers, or the world."""
    boxes = [(m.lon, m.lat, m.lon, m.lat) for m in markers]
    if country is not None:
        boxes.append(country)
    if not boxes:
        return WORLD
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def fit(box: Box, cols: int, rows: int) -> View:
    """A view of `box` with some room around it, stretched to the canvas's shape."""
    west, south, east, north = box
    lon_span, lat_span = east - west, north - south
    west, east = west - lon_span * PAD, east + lon_span * PAD
    south, north = south - lat_span * PAD, north + lat_span * PAD
    if north - south < MIN_SPAN:
        middle = (north + south) / 2
        south, north = middle - MIN_SPAN / 2, middle + MIN_SPAN / 2
    squeeze = max(0.2, math.cos(math.radians((north + south) / 2)))
    width, height = max(2, 2 * cols), max(4, 4 * rows)
    # degrees of latitude per dot, and of longitude (a degree of longitude is shorter)
    per_dot = max((north - south) / height, (east - west) * squeeze / width)
    middle_lon, middle_lat = (west + east) / 2, (north + south) / 2
    half_lon = per_dot * width / squeeze / 2
    half_lat = per_dot * height / 2
    if half_lon > 180:
        half_lon, middle_lon = 180.0, 0.0  # the whole world, as wide as it goes
    return View(
        middle_lon - half_lon,
        middle_lat - half_lat,
        middle_lon + half_lon,
        middle_lat + half_lat,
        cols,
        rows,
    )


def base(view: View) -> Canvas:
    """The outlines of a view (coastlines over borders)."""
    canvas = Canvas(view.cols, view.rows)
    if canvas.width < 2 or canvas.height < 4:
        return canvas
    sx = (canvas.width - 1) / (view.east - view.west)
    sy = (canvas.height - 1) / (view.north - view.south)
    for line in outlines().lines:
        w, s, e, n = line.box
        if e < view.west or w > view.east or n < view.south or s > view.north:
            continue
        layer = COAST if line.kind == "coastline" else BORDER
        previous: tuple[int, int] | None = None
        last_lon = line.lons[0]
        for lon, lat in zip(line.lons, line.lats, strict=True):
            point = (round((lon - view.west) * sx), round((view.north - lat) * sy))
            if previous is not None and abs(lon - last_lon) < 180:
                canvas.line(*previous, *point, layer)
            previous, last_lon = point, lon
    return canvas


def radius(killed: int, rows: int) -> int:
    """A marker's radius in dots: one more for each power of ten of its deaths."""
    size = 1 if killed < 10 else 2 if killed < 100 else 3 if killed < 1000 else 4
    return max(1, size - 1) if rows < 10 else size


def draw(
    view: View,
    markers: Sequence[Marker],
    selected: int | None,
    *,
    labels: int,
    outline: Canvas | None = None,
) -> Canvas:
    """The map: outlines, a disc per marker sized by its deaths, the selected one under the
    cursor, and the labels of the largest markers (the selected one's always)."""
    canvas = outline.copy() if outline is not None else base(view)
    spots = [view.dot(m.lon, m.lat) for m in markers]
    for n, (marker, (x, y)) in enumerate(zip(markers, spots, strict=True)):
        if n != selected:
            canvas.disc(x, y, radius(marker.killed, view.rows), MARKER)
    if selected is not None and 0 <= selected < len(markers):
        x, y = spots[selected]
        canvas.disc(x, y, radius(markers[selected].killed, view.rows), CURSOR)
    order = list(range(len(markers)))
    if selected is not None and 0 <= selected < len(markers):
        order.remove(selected)
        order.insert(0, selected)
    placed = 0
    for n in order:
        if placed >= labels and n != selected:
            break
        x, y = spots[n]
        r = radius(markers[n].killed, view.rows)
        if _label(canvas, markers[n].label, x, y, r, CURSOR_LABEL if n == selected else LABEL):
            placed += 1
    return canvas


def _label(canvas: Canvas, text: str, x: int, y: int, r: int, layer: int) -> bool:
    """Write a marker's label beside it where it covers no other label or marker."""
    col, row = x // 2, y // 4
    width = len(text)
    right = (x + r) // 2 + 2
    left = (x - r) // 2 - 1 - width
    centred = col - width // 2
    for c, rw in ((right, row), (left, row), (centred, row - 1), (centred, row + 1)):
        if canvas.free(c, rw, width) and all(
            canvas.layer_at(c + i, rw) < MARKER for i in range(width)
        ):
            canvas.text(c, rw, text, layer)
            return True
    return False


DIRECTIONS = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}


def step(view: View, markers: Sequence[Marker], current: int, direction: str) -> int:
    """The marker an arrow key moves to: the nearest one that way on screen (a marker off
    the line of the arrow counts as twice as far), else the next one by toll (right and
    down) or the previous one (left and up), round the list."""
    if not markers:
        return 0
    current = min(max(current, 0), len(markers) - 1)
    vx, vy = DIRECTIONS[direction]
    x0, y0 = view.dot(markers[current].lon, markers[current].lat)
    forward = vx + vy > 0
    best: tuple[float, int] | None = None
    for n, marker in enumerate(markers):
        if n == current:
            continue
        x, y = view.dot(marker.lon, marker.lat)
        # a column is two dots wide and a row four high: weigh distance in cells
        dx, dy = (x - x0) / 2, (y - y0) / 4
        along = dx * vx + dy * vy
        across = abs(dx * vy - dy * vx)
        if along > 0:
            score = along + 2 * across
        elif along == 0 and across == 0 and (n > current) == forward:
            score = 0.25 + abs(n - current) / 1000  # the same spot: by toll order
        else:
            continue
        if best is None or score < best[0]:
            best = (score, n)
    if best is not None:
        return best[1]
    return (current + (1 if forward else -1)) % len(markers)
