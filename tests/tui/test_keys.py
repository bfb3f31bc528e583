"""Every key is listed twice over: in the command palette of its screen and in the help."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static

from tests.tui.conftest import dashboard, loaded, until
from tests.tui.scenario import World
from tui.app import SitrepApp
from tui.screens.detail import EventScreen, TallyScreen
from tui.screens.feeds import FeedFormModal, FeedManagerScreen
from tui.screens.keys import bindings_of, sections
from tui.screens.logs import AlertsScreen, AuditScreen, HealthScreen, HelpScreen
from tui.screens.reason import ConfirmModal, ReasonModal
from tui.screens.story import StoryScreen
from tui.widgets.map import MapPanel
from tui.widgets.table import PanelTable
from tui.widgets.tallies import TallyPanel


def screens(app: SitrepApp) -> list[Screen[Any]]:
    """One of each screen that has keys of its own."""
    rows = list(app.dashboard.query_one(TallyPanel).rows.values())
    assert app.dashboard.data is not None
    return [
        EventScreen(7),
        TallyScreen(rows[0], app.dashboard.data.tally),
        StoryScreen(rows[1], app.dashboard.data.tally),
        AuditScreen(),
        HealthScreen(),
        AlertsScreen(),
        FeedManagerScreen(),
        FeedFormModal(None, set()),
        ReasonModal("Why?"),
        ConfirmModal(Text("Sure?")),
    ]


def titles(app: SitrepApp) -> set[str]:
    return {command.title for command in app.get_system_commands(app.screen)}


async def test_every_key_of_every_screen_is_in_its_command_palette(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        everywhere = {b.description for b in bindings_of(SitrepApp)}
        assert everywhere == {"Quit", "Feed health", "Alerts", "Audit log", "Feeds", "Help"}
        on_board = titles(app)
        expected = {b.description for b in bindings_of(app.dashboard)} | everywhere
        assert expected <= on_board
        assert {"Search", "Window", "Copy citation", "Dispute item", "Clear filters"} <= on_board
        assert {f"Window: {w}" for w in ("1h", "6h", "24h", "7d", "all")} <= on_board
        # the focused list's own keys (Home, End) too
        assert isinstance(app.focused, PanelTable)
        assert {b.description for b in bindings_of(PanelTable)} == {"First row", "Last row"}
        assert {"First row", "Last row"} <= on_board
        covered: set[type[object]] = {type(app.dashboard), PanelTable}
        await pilot.press("6")  # the map: its keys while it has the focus
        await until(pilot, lambda: isinstance(app.focused, MapPanel))
        assert {b.description for b in bindings_of(MapPanel)} <= titles(app)
        covered.add(MapPanel)
        for screen in screens(app):
            await app.push_screen(screen)
            await pilot.pause()
            own = {b.description for b in bindings_of(screen)}
            assert own, type(screen).__name__
            assert own | everywhere <= titles(app), type(screen).__name__
            covered.add(type(screen))
            app.pop_screen()
            await pilot.pause()
        assert covered | {SitrepApp} == {cls for _, cls in sections()}


async def test_a_palette_command_runs_its_action(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        await pilot.press("ctrl+p", *"Window: 1h")
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: app.dashboard.query_state.window == "1h")
        await pilot.press("ctrl+p", *"Alerts")
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AlertsScreen))


async def test_the_help_lists_every_key_with_its_description(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        lines = str(app.screen.query_one("#help-text", Static).render()).splitlines()
        for heading, cls in sections():
            start = lines.index(heading)
            block = lines[start + 1 : start + 1 + len(bindings_of(cls))]
            expected = [f"  {app.get_key_display(b):<10}{b.description}" for b in bindings_of(cls)]
            assert block == expected, heading
        assert "  ?         Help" in lines
        assert "  /         Search" in lines
