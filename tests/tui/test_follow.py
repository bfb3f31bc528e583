"""New events at the top: followed like `tail -f` from the first row, counted from further
down, and Home / End jump to the newest and the oldest."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.tui.conftest import dashboard, loaded, screen_lines, until
from tests.tui.scenario import LATE, World, ago
from tui.widgets.events import EventsPanel, EventsTable

FILLER: list[dict[str, Any]] = [
    {
        "title": f"Briefing {n}: aid convoys wait at the crossing",
        "guid": f"two-filler-{n}",
        "link": f"https://wire-two.test/briefing-{n}",
        "description": "Trucks are still waiting.",
        "pubDate": ago(6 + n / 10),
    }
    for n in range(14)
]


@pytest.fixture
def busy_world(world: World) -> World:
    """More events than an 80x24 panel shows at once."""
    world.serve(extra=FILLER)
    world.poll()
    return world


def rows_on_screen(lines: list[str]) -> list[str]:
    """The events panel's visible rows (80x24: the panel is the only one shown)."""
    start = next(i for i, line in enumerate(lines) if "Time   Feed" in line) + 1
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith("│───"))
    return [line for line in lines[start:end] if line.strip("│ ")]


async def arrive(world: World) -> None:
    """Ceasefire talks resume: a new item at the top of the list."""
    world.serve(late=True, extra=FILLER)
    await asyncio.to_thread(world.poll)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_on_the_first_row_the_panel_follows_the_newest(
    busy_world: World, size: tuple[int, int]
) -> None:
    app = dashboard(busy_world)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot, app)
        table = app.dashboard.query_one(EventsTable)
        assert table.cursor_row == 0
        await arrive(busy_world)
        await until(pilot, lambda: LATE["title"] in table.cell_texts(table.current_key() or ""))
        await pilot.pause()
        assert table.cursor_row == 0
        lines = screen_lines(app)
        assert LATE["title"] in rows_on_screen(lines)[0]
        assert "new above" not in "\n".join(lines)


async def test_further_down_the_row_stays_and_the_new_ones_are_counted(busy_world: World) -> None:
    app = dashboard(busy_world)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, app)
        table = app.dashboard.query_one(EventsTable)
        table.focus()
        await pilot.press(*["down"] * 16)  # past the bottom of the panel: it scrolls
        reading = table.current_key()
        assert reading is not None and table.cursor_row == 16
        await arrive(busy_world)
        panel = app.dashboard.query_one(EventsPanel)
        await until(pilot, lambda: panel.new_above == 1)
        await pilot.pause()
        assert table.current_key() == reading  # the editor's row did not move
        lines = screen_lines(app)
        assert "↑ 1 new above · Home" in lines[-2]  # on the panel's bottom border
        assert LATE["title"] not in "\n".join(lines)  # it is above, out of sight

        await pilot.press("home")
        await pilot.pause()
        assert table.cursor_row == 0
        lines = screen_lines(app)
        assert LATE["title"] in rows_on_screen(lines)[0]
        assert "new above" not in "\n".join(lines)

        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == table.row_count - 1
        assert "Briefing 13:" in rows_on_screen(screen_lines(app))[-1]  # the oldest
