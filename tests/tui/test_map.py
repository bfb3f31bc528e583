"""The map panel: every marker is a place of the tally with the tally's number, at 80x24 (a
tab) and 160x48 (in the grid); arrows move between places, Enter filters by one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from storage.db import Storage
from storage.tallies import compute_tally
from storage.window import window_start
from tests.tui.conftest import dashboard, loaded, screen_text, until
from tests.tui.scenario import NOW, World
from tui.app import SitrepApp
from tui.widgets.activity import PlacesTable
from tui.widgets.map import MapPanel
from tui.widgets.tallies import TallyPanel

Snap = Callable[..., bool]


def the_map(app: SitrepApp) -> MapPanel:
    return app.dashboard.query_one(MapPanel)


def placed(app: SitrepApp, count: int) -> Callable[[], bool]:
    """The map shows `count` places, their coordinates found."""
    return lambda: len(the_map(app).markers.shown) == count and not the_map(app)._pending


def expected_places(world: World, place: str | None = None) -> dict[str, int]:
    """Deaths per place as the tally counts them: the sum of its event rows."""
    with Storage.open(world.db_path, readonly=True) as store:
        result = compute_tally(store, since=window_start("24h", NOW), now=NOW, place=place)
    found: dict[str, int] = defaultdict(int)
    for event in result.events:
        if event.killed:
            found[event.place or event.country or "?"] += event.killed
    return dict(found)


async def open_map(app: SitrepApp, pilot: Pilot[None], count: int = 2) -> MapPanel:
    await loaded(pilot, app)
    await pilot.press("6")
    await until(pilot, placed(app, count))
    await until(pilot, lambda: isinstance(app.focused, MapPanel))
    await pilot.pause()
    return the_map(app)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_every_marker_is_a_place_of_the_tally_with_its_number(
    world: World, size: tuple[int, int]
) -> None:
    app = dashboard(world)
    async with app.run_test(size=size) as pilot:
        panel = await open_map(app, pilot)
        shown = {m.name: m.killed for m in panel.markers.shown}
        assert shown == expected_places(world) == {"Omdurman": 25, "Idlib": 18}
        assert panel.markers.unplaced == 0
        # the tally panel's rows and the places panel say the same numbers
        tally = app.dashboard.query_one(TallyPanel).result
        assert tally is not None
        for country in tally.by_country:
            on_map = sum(m.killed for m in panel.markers.shown if m.country == country.country)
            assert on_map == country.killed
        assert app.dashboard.data is not None
        places = {p.place: p.killed for p in app.dashboard.data.places}
        assert all(places[name] == killed for name, killed in shown.items())
        assert app.dashboard.query_one(PlacesTable).row_count == 2
        # what the editor reads: both labels with their numbers, the highlighted place named
        text = screen_text(app)
        assert "Omdurman 25" in text and "Idlib 18" in text
        assert "▶ Omdurman, Sudan: 25 killed · 1 event" in text
        assert "2 places · window" in text


async def test_arrows_move_between_places_and_enter_filters_by_one(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await open_map(app, pilot)

        def names() -> str | None:
            current = panel.current()
            return current.name if current is not None else None

        assert names() == "Omdurman"  # the largest toll first
        await pilot.press("up")  # Idlib lies north (and east) of Omdurman
        assert names() == "Idlib"
        assert "▶ Idlib, Syria: 18 killed · 1 event" in screen_text(app)
        await pilot.press("down")
        assert names() == "Omdurman"
        await pilot.press("right")  # east: Idlib again
        assert names() == "Idlib"
        await pilot.press("right")  # nothing further east: the next place by toll, round
        assert names() == "Omdurman"
        await pilot.press("left")
        assert names() == "Idlib"

        await pilot.press("z")  # zoom to the highlighted place's country, and back
        await pilot.pause()
        assert "2 places · Syria" in screen_text(app)
        await pilot.press("z")
        await pilot.pause()
        assert "2 places · window" in screen_text(app)

        await pilot.press("enter")  # the dashboard's own place filter
        await until(pilot, lambda: app.dashboard.query_state.place == "Idlib")
        await until(pilot, placed(app, 1))
        await until(
            pilot, lambda: app.dashboard.data is not None and app.dashboard.data.tally.killed == 18
        )
        await pilot.pause()
        assert {m.name: m.killed for m in panel.markers.shown} == expected_places(world, "Idlib")
        text = screen_text(app)
        assert "Window 24h · place Idlib" in text
        assert "1 place · Syria" in text  # zoomed to the filter's country
        assert "▶ Idlib, Syria: 18 killed · 1 event" in text
        assert app.dashboard.data is not None
        titles = [e.title for e in app.dashboard.data.events]
        assert titles and all("Idlib" in t for t in titles)

        await pilot.press("escape")  # clears the filter: both places again
        await until(pilot, lambda: app.dashboard.query_state.place is None)
        await until(pilot, placed(app, 2))


async def test_a_window_without_deaths_shows_the_world_and_says_so(world: World) -> None:
    app = dashboard(world, now=NOW + 3 * 86400)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, app)
        await pilot.press("6")
        await until(pilot, lambda: isinstance(app.focused, MapPanel))
        await pilot.press("up", "enter", "z")  # nothing to move to, filter or zoom to
        await pilot.pause()
        text = screen_text(app)
        assert "No counted deaths in this window" in text
        assert "0 places · window" in text
        assert app.dashboard.query_state.place is None


def _map_tab(app: SitrepApp) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await open_map(app, pilot)

    return run_before


def test_map_80x24(world: World, snap_compare: Snap) -> None:
    app = dashboard(world)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_map_tab(app))


def test_map_160x48(world: World, snap_compare: Snap) -> None:
    app = dashboard(world)
    assert snap_compare(app, terminal_size=(160, 48), run_before=_map_tab(app))
