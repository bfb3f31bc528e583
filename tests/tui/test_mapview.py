"""The map's drawing without a terminal: markers carry the tally's numbers, the view keeps
shapes, the arrows reach every marker, and the bundled outlines are whole."""

from __future__ import annotations

from datetime import UTC, datetime

from extract.tally import Tally
from extract.tally_country import CountryTally, EventTally
from storage.geo import PlaceKey, Point
from tui import mapview
from tui.canvas import Canvas

AT = datetime(2025, 6, 1, 12, tzinfo=UTC)


def _event(id: int, place: str | None, country: str | None, killed: int) -> EventTally:
    return EventTally(id, f"event {id}", country, place, killed, 0, (id,), as_of=AT)


def _tally(*events: EventTally) -> Tally:
    countries: dict[str | None, int] = {}
    for e in events:
        countries[e.country] = countries.get(e.country, 0) + e.killed
    by_country = tuple(CountryTally(c, k, 0, 0, k, k) for c, k in countries.items())
    total = sum(e.killed for e in events)
    return Tally(total, 0, 0, total, total, None, by_country, events, (), ())


POINTS: dict[PlaceKey, Point | None] = {
    ("Idlib", "Syria"): Point(35.93, 36.63, "city"),
    ("Aleppo", "Syria"): Point(36.2, 37.16, "city"),
    (None, "Syria"): Point(35.0, 38.5, "country"),
    ("Omdurman", "Sudan"): Point(15.64, 32.48, "city"),
    ("Atlantis", "Sudan"): None,
}


def test_a_marker_is_the_sum_of_its_place_s_rows_and_countries_add_up() -> None:
    result = _tally(
        _event(1, "Idlib", "Syria", 18),
        _event(2, "Idlib", "Syria", 4),
        _event(3, "Aleppo", "Syria", 30),
        _event(4, None, "Syria", 2),
        _event(5, "Omdurman", "Sudan", 25),
        _event(6, "Atlantis", "Sudan", 3),
        _event(7, "Aleppo", "Syria", 0),  # covered by an area's toll: adds nothing
    )
    assert mapview.place_keys(result) == set(POINTS)
    markers = mapview.markers_of(result, POINTS)
    assert [(m.name, m.killed, m.events) for m in markers.shown] == [
        ("Aleppo", 30, (3,)),
        ("Omdurman", 25, (5,)),
        ("Idlib", 22, (1, 2)),
        ("Syria", 2, (4,)),
    ]
    assert markers.unplaced == 3
    for country in result.by_country:
        on_map = sum(m.killed for m in markers.shown if m.country == country.country)
        assert on_map + (3 if country.country == "Sudan" else 0) == country.killed
    assert [m.filter_name for m in markers.shown] == ["Aleppo", "Omdurman", "Idlib", "Syria"]


def test_the_view_keeps_shapes_and_shows_everything_asked_for() -> None:
    box = (32.48, 15.64, 36.63, 35.93)
    view = mapview.fit(box, 78, 16)
    assert view.west <= box[0] and view.east >= box[2]
    assert view.south <= box[1] and view.north >= box[3]
    # a degree of latitude is as many dots as a degree of longitude times cos(latitude)
    import math

    per_lat = 4 * 16 / (view.north - view.south)
    per_lon = 2 * 78 / (view.east - view.west)
    squeeze = math.cos(math.radians((view.north + view.south) / 2))
    assert abs(per_lon - per_lat * squeeze) / per_lon < 0.01
    # one town is shown with its surroundings, and nothing at all means the world
    small = mapview.fit((36.63, 35.93, 36.63, 35.93), 40, 10)
    assert small.north - small.south >= mapview.MIN_SPAN
    assert mapview.extent([]) == mapview.WORLD


def test_markers_are_sized_by_deaths_and_the_largest_labelled() -> None:
    result = _tally(_event(1, "Idlib", "Syria", 5), _event(3, "Omdurman", "Sudan", 250))
    markers = mapview.markers_of(result, POINTS).shown
    assert [mapview.radius(m.killed, 16) for m in markers] == [3, 1]
    view = mapview.fit(mapview.extent(markers), 78, 16)
    text = "\n".join(mapview.draw(view, markers, 0, labels=5).lines())
    assert "Omdurman 250" in text and "Idlib 5" in text
    text = "\n".join(mapview.draw(view, markers, 1, labels=0).lines())
    assert "Idlib 5" in text and "Omdurman 250" not in text  # the highlighted one, always


def test_arrows_go_the_nearest_way_and_reach_every_marker() -> None:
    result = _tally(
        _event(1, "Idlib", "Syria", 18),
        _event(3, "Aleppo", "Syria", 30),
        _event(5, "Omdurman", "Sudan", 25),
    )
    markers = mapview.markers_of(result, POINTS).shown
    names = [m.name for m in markers]
    assert names == ["Aleppo", "Omdurman", "Idlib"]
    view = mapview.fit(mapview.extent(markers), 78, 16)
    at = names.index("Omdurman")
    assert names[mapview.step(view, markers, at, "up")] in ("Idlib", "Aleppo")
    assert names[mapview.step(view, markers, names.index("Idlib"), "right")] == "Aleppo"
    assert names[mapview.step(view, markers, names.index("Aleppo"), "left")] == "Idlib"
    # nothing further south: the next marker by toll, round the list
    assert mapview.step(view, markers, at, "down") == (at + 1) % 3
    seen, at = set(), 0
    for _ in range(6):
        at = mapview.step(view, markers, at, "right")
        seen.add(at)
    assert seen == {0, 1, 2}


def test_two_places_on_the_same_spot_are_both_reachable() -> None:
    same: dict[PlaceKey, Point | None] = {
        ("A", "Syria"): Point(35.0, 36.0, "city"),
        ("B", "Syria"): Point(35.0, 36.0, "city"),
    }
    markers = mapview.markers_of(
        _tally(_event(1, "A", "Syria", 9), _event(2, "B", "Syria", 3)), same
    ).shown
    view = mapview.fit(mapview.extent(markers), 40, 10)
    assert mapview.step(view, markers, 0, "right") == 1
    assert mapview.step(view, markers, 1, "left") == 0


def test_the_bundled_outlines_cover_the_world_and_its_countries() -> None:
    data = mapview.outlines()
    kinds = {line.kind for line in data.lines}
    assert kinds == {"coastline", "border"}
    assert sum(len(line.lons) for line in data.lines) > 5000
    for country in ("Syria", "Sudan", "Palestine", "Ukraine", "DR Congo", "Russia", "Kosovo"):
        w, s, e, n = data.countries[country]
        assert -180 <= w < e <= 180 and -90 <= s < n <= 90, country
    w, s, e, n = data.countries["United States"]  # its largest piece, not Alaska
    assert w > -130
    # the Mediterranean's coast is drawn around Idlib
    view = mapview.fit(data.countries["Syria"], 40, 10)
    assert any(ch != " " for line in mapview.base(view).lines() for ch in line)


def test_the_canvas_draws_dots_lines_discs_and_text() -> None:
    canvas = Canvas(3, 1)
    canvas.line(0, 0, 5, 0, 1)
    assert list(canvas.lines()) == ["⠉⠉⠉"]
    canvas.text(1, 0, "x", 2)
    assert canvas.runs(0) == [("⠉", 1), ("x", 2), ("⠉", 1)]
    disc = Canvas(3, 2)
    disc.disc(2, 3, 1, 3)
    assert disc.layer_at(1, 0) == 3 and disc.layer_at(1, 1) == 3
    copy = disc.copy()
    copy.dot(0, 0, 1)
    assert list(disc.lines()) != list(copy.lines())
    # off-canvas drawing is clipped, never an error
    canvas.line(-50, -50, 500, 500, 1)
    canvas.text(-2, 0, "abcdef", 1)
    (line,) = canvas.lines()
    assert len(line) == 3
