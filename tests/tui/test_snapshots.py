"""What the editor sees, at the smallest supported terminal and a wide one (fixed clock, UTC)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from tests.tui.conftest import dashboard, until
from tests.tui.scenario import World
from tui.app import SitrepApp
from tui.screens.detail import EventScreen

Snap = Callable[..., bool]


def _loaded(app: SitrepApp) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await until(pilot, lambda: app.dashboard.refreshes >= 1)
        await pilot.pause()

    return run_before


def test_dashboard_80x24(world: World, snap_compare: Snap) -> None:
    app = dashboard(world)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_loaded(app))


def test_dashboard_80x24_tallies_tab(world: World, snap_compare: Snap) -> None:
    app = dashboard(world)

    async def run_before(pilot: Pilot[Any]) -> None:
        await _loaded(app)(pilot)
        app.dashboard.query_one("#panel-tabs").active = "tab-tallies"  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_dashboard_160x48(world: World, snap_compare: Snap) -> None:
    app = dashboard(world)
    assert snap_compare(app, terminal_size=(160, 48), run_before=_loaded(app))


def test_event_screen_80x24(world: World, snap_compare: Snap) -> None:
    app = dashboard(world)

    async def run_before(pilot: Pilot[Any]) -> None:
        await _loaded(app)(pilot)
        app.open_item(7)  # the Omdurman report
        await until(
            pilot, lambda: isinstance(app.screen, EventScreen) and app.screen.item is not None
        )
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
