"""Choosing what to see: every window, a place picked by keyboard or mouse, the theme, and
which links `o` will open."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from textual.color import Color
from textual.widgets import Static

from tests.builders import rss
from tests.tui.conftest import dashboard, loaded, until
from tests.tui.scenario import (
    HOSTILE,
    HOSTILE_ITEMS,
    IDLIB_11,
    IDLIB_14,
    IDLIB_18,
    OMDURMAN,
    World,
    ago,
)
from tui.app import SitrepApp
from tui.screens.detail import EventScreen
from tui.widgets.activity import PlacesTable
from tui.widgets.events import EventsTable
from tui.widgets.tallies import TallyPanel

TAIZ = {
    "title": "Sniper fire in Taiz kills 2",
    "guid": "two-taiz",
    "link": "https://wire-two.test/taiz",
    "description": "Two people were killed by sniper fire in Taiz, local medics said.",
    "pubDate": ago(10),
}
KHARKIV = {
    "title": "Shelling of Kharkiv kills 4",
    "guid": "two-kharkiv",
    "link": "https://wire-two.test/kharkiv",
    "description": "Four people were killed by shelling in Kharkiv, the regional governor said.",
    "pubDate": ago(72),
}
GOMA = {
    "title": "Clashes near Goma kill 6",
    "guid": "two-goma",
    "link": "https://wire-two.test/goma",
    "description": "Six people were killed in clashes near Goma, local officials said.",
    "pubDate": ago(240),
}


def titles(app: SitrepApp) -> list[str]:
    events = app.dashboard.query_one(EventsTable)
    return [events.get_cell(k, "title").plain for k in events.rows]


def shown(app: SitrepApp) -> tuple[str, int, int]:
    """(window, killed, events) of what the panels show now."""
    data = app.dashboard.data
    assert data is not None
    return data.query.window, data.tally.killed, len(titles(app))


async def test_the_window_selector_reaches_every_window(world: World) -> None:
    world.server.route("/two.xml", rss("Wire Two", [IDLIB_14, OMDURMAN, TAIZ, KHARKIV, GOMA]))
    await asyncio.to_thread(world.poll)
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        seen = [shown(app)]
        for _ in range(5):
            await pilot.press("w")
            window = app.dashboard.query_state.window
            await until(pilot, lambda w=window: shown(app)[0] == w)  # type: ignore[misc]
            seen.append(shown(app))
            status = str(app.dashboard.query_one("#status", Static).render())
            assert status.startswith(f"Window {window} · ")
        assert seen == [
            ("24h", 45, 8),  # Syria 18 + Sudan 25 + Yemen 2
            ("7d", 49, 9),  # + Kharkiv 4
            ("all", 55, 10),  # + Goma 6
            ("1h", 25, 4),  # Omdurman and the three hostile items
            ("6h", 43, 7),  # the whole Idlib series, Taiz is 10h old
            ("24h", 45, 8),
        ]


async def test_selecting_a_place_by_key_or_click_filters_events_and_tallies(
    world: World,
) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        places = app.dashboard.query_one(PlacesTable)
        places.focus()
        places.move_cursor(row=places.get_row_index("Omdurman"))
        await pilot.press("enter")
        await until(pilot, lambda: app.dashboard.query_state.place == "Omdurman")
        await until(pilot, lambda: titles(app) == [OMDURMAN["title"]])
        assert shown(app)[1] == 25
        await pilot.press("escape")  # clear the filters
        await until(
            pilot, lambda: app.dashboard.query_state.place is None and len(titles(app)) == 7
        )
        row = places.get_row_index("Idlib")
        offset = (4, 2 + row)  # inside the border, below the header
        await pilot.click(places, offset=offset)  # the first click highlights the row
        await pilot.pause()
        assert app.dashboard.query_state.place is None
        await pilot.click(places, offset=offset)  # a click on the highlighted row selects it
        await until(pilot, lambda: app.dashboard.query_state.place == "Idlib")
        await until(
            pilot,
            lambda: titles(app) == [IDLIB_18["title"], IDLIB_14["title"], IDLIB_11["title"]],
        )
        assert shown(app)[1] == 18
        assert app.dashboard.data is not None
        assert [c.country for c in app.dashboard.data.tally.by_country] == ["Syria"]


async def test_the_theme_switcher_restyles_the_dashboard(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        status = app.dashboard.query_one("#status", Static)
        dark = status.styles.background
        assert dark == Color.parse(app.theme_variables["panel"])
        await pilot.press("ctrl+p", *"theme", "enter")  # the palette's theme picker
        await pilot.pause()
        await pilot.press(*"textual-light", "enter")
        await until(pilot, lambda: app.theme == "textual-light")
        await pilot.pause()
        light = status.styles.background
        assert light == Color.parse(app.theme_variables["panel"])
        assert light != dark
        assert light.brightness > dark.brightness
        assert app.is_running


@pytest.mark.parametrize(
    ("title", "opened"),
    [
        (OMDURMAN["title"], ["https://wire-two.test/omdurman"]),
        (HOSTILE[0], []),  # a javascript: link
    ],
    ids=["https", "javascript"],
)
async def test_o_opens_only_web_links(
    world: World, monkeypatch: pytest.MonkeyPatch, title: str, opened: list[str]
) -> None:
    assert HOSTILE_ITEMS[0]["link"] == "javascript:alert(1)"
    app = dashboard(world)
    calls: list[Any] = []
    monkeypatch.setattr(app, "open_url", lambda url, **_: calls.append(url))
    monkeypatch.setattr("tui.screens.detail.browser_available", lambda: True)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        events = app.dashboard.query_one(EventsTable)
        events.focus()
        events.move_cursor(row=titles(app).index(title))
        await pilot.press("enter")
        await until(
            pilot, lambda: isinstance(app.screen, EventScreen) and app.screen.item is not None
        )
        await pilot.press("o")
        await pilot.pause()
        assert calls == opened
        refused = [n for n in app._notifications if n.message == "Only http(s) links are opened."]
        assert len(refused) == (0 if opened else 1)


async def test_number_keys_bring_each_panel_forward_on_a_narrow_terminal(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, app)
        board = app.dashboard
        shown_panels = []
        for key in "23451":
            await pilot.press(key)
            await pilot.pause()
            shown_panels.append([p.id for p in board.query(".panel") if p.display])
        assert shown_panels == [["tallies"], ["actors"], ["places"], ["side"], ["events"]]
        await pilot.press("2")
        await pilot.pause()
        assert board.focused is board.query_one(TallyPanel).table
