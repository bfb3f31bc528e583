"""Headlines are what editors read: the title column takes what the other columns leave, at
every size, and the highlighted event's whole headline is on screen even at 80x24."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tui.conftest import dashboard, loaded, screen_lines, until
from tests.tui.scenario import World, ago
from tui.widgets.events import EventsPanel, EventsTable

LONG: dict[str, Any] = {
    "title": "Armed groups take control of Aleppo outskirts after a surprise offensive, "
    "residents and monitors say",
    "guid": "two-long",
    "link": "https://wire-two.test/aleppo",
    "description": "Fighting spread to the western outskirts overnight.",
    "pubDate": ago(0.1),
}


@pytest.fixture
def long_world(world: World) -> World:
    """The day's items and one headline longer than any title column."""
    world.serve(extra=[LONG])
    world.poll()
    return world


def title_width_left_over(table: EventsTable) -> tuple[int, int]:
    """(the title column's width, what the table's width leaves after the other columns,
    two cells of padding per column and the scroll bar)."""
    widths = {str(c.key.value): c.width for c in table.ordered_columns}
    others = sum(w for key, w in widths.items() if key != "title")
    return widths["title"], table.size.width - others - 2 * len(widths) - 1


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 48), (220, 50)])
async def test_the_title_takes_the_width_the_other_columns_leave(
    long_world: World, size: tuple[int, int]
) -> None:
    app = dashboard(long_world)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot, app)
        table = app.dashboard.query_one(EventsTable)
        title, left_over = title_width_left_over(table)
        assert title == left_over
        # The longest headline is cut exactly at the column's edge, not before it.
        row = next(line for line in screen_lines(app) if "Armed groups take control" in line)
        shown = row.split("Armed groups", 1)[1].split("…", 1)[0]
        assert len("Armed groups" + shown) == title - 1


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_highlighted_headline_is_shown_whole(
    long_world: World, size: tuple[int, int]
) -> None:
    app = dashboard(long_world)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot, app)
        table = app.dashboard.query_one(EventsTable)
        assert table.current_item() == next(e.id for e in table.events if e.title == LONG["title"])
        lines = screen_lines(app)
        cut = next(line for line in lines if "Armed groups take control" in line)
        assert "…" in cut  # the table row is cut at either size...
        # ...and the preview under the table wraps the whole headline, then the places.
        start = next(i for i, line in enumerate(lines) if line.startswith("│ Armed groups"))
        wrapped = " ".join(line.strip("│ ") for line in lines[start : start + 3])
        assert LONG["title"] in wrapped
        assert "Aleppo" in lines[start + 1] + lines[start + 2]

        await pilot.press("down")  # the preview follows the cursor
        panel = app.dashboard.query_one(EventsPanel)
        await until(pilot, lambda: "[/]" in str(panel.query_one("#event-preview").render()))
        assert any(line.startswith("│ [/]") for line in screen_lines(app))
