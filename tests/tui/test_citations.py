"""A citation carries its date unless it is today: a toll copied days later must not read as
today's. Every citation the dashboard makes (tally rows, events, figures) says it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.tui.conftest import dashboard, loaded, screen_text, until
from tests.tui.scenario import NOW, OMDURMAN, World
from tui.screens.detail import EventScreen, TallyScreen
from tui.screens.story import StoryScreen
from tui.text import citation, item_citation
from tui.widgets.events import EventsTable
from tui.widgets.tallies import TallyPanel

DAY = 86400.0
LATER = NOW + 3 * DAY
"""Three days after the news day (1 June 2025, 14:00 UTC)."""


def test_the_date_is_left_out_only_today() -> None:
    when = datetime(2025, 12, 4, 17, 52, tzinfo=UTC)
    args = (6, "killed", "Zamzam camp", "MSF", "Reuters", when)
    same_day = datetime(2025, 12, 4, 23, 0, tzinfo=UTC).timestamp()
    next_day = datetime(2025, 12, 5, 0, 30, tzinfo=UTC).timestamp()
    next_year = datetime(2026, 1, 2, tzinfo=UTC).timestamp()
    assert citation(*args, now=same_day) == "6 killed in Zamzam camp (MSF via Reuters, 17:52 UTC)"
    assert citation(*args, now=next_day) == (
        "6 killed in Zamzam camp (MSF via Reuters, 4 Dec 17:52 UTC)"
    )
    assert citation(*args, now=next_year) == (
        "6 killed in Zamzam camp (MSF via Reuters, 4 Dec 2025 17:52 UTC)"
    )
    assert item_citation("Talks resume", "Wire Two", when, next_day) == (
        "Talks resume (Wire Two, 4 Dec 17:52 UTC)"
    )


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_every_copy_days_later_carries_the_date(world: World, size: tuple[int, int]) -> None:
    app = dashboard(world, now=LATER)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot, app)
        app.dashboard.set_window("7d")
        panel = app.dashboard.query_one(TallyPanel)
        await until(pilot, lambda: len(panel.rows) == 4)
        await pilot.press("2")  # the tally panel (the only one shown at 80 columns)
        await until(pilot, lambda: app.focused is panel.table)
        panel.table.move_cursor(row=1)  # the Omdurman story
        await pilot.press("c")
        expected = "25 killed in Omdurman (local medics via Wire Two, 1 Jun 13:00 UTC)"
        assert app.clipboard == expected

        await pilot.press("enter")  # its toll over time
        await until(pilot, lambda: isinstance(app.screen, StoryScreen))
        await until(pilot, lambda: app.screen.timeline is not None)  # type: ignore[attr-defined]
        await pilot.press("c")  # the highlighted report's: its item names the source
        assert app.clipboard == expected
        await pilot.press("f")  # the figures behind it: the head shows the citation
        await until(pilot, lambda: isinstance(app.screen, TallyScreen))
        await pilot.pause()
        assert expected in " ".join(screen_text(app).split())  # wrapped at 80 columns
        await pilot.press("c")  # the highlighted figure's own: the headline names no source
        headline = "25 killed in Omdurman (Wire Two, 1 Jun 13:00 UTC)"
        assert app.clipboard == headline
        await pilot.press("escape", "escape")

        await pilot.press("1")
        events = app.dashboard.query_one(EventsTable)
        await until(pilot, lambda: app.focused is events)
        titles = [e.title for e in events.events]
        events.move_cursor(row=titles.index(OMDURMAN["title"]))
        await pilot.press("c")
        assert app.clipboard == headline
        events.move_cursor(row=0)  # a headline without a figure
        await pilot.press("c")
        assert app.clipboard == "[/] (Wire One, 1 Jun 13:30 UTC)"

        events.move_cursor(row=titles.index(OMDURMAN["title"]))
        await pilot.press("enter")
        await until(
            pilot, lambda: isinstance(app.screen, EventScreen) and app.screen.item is not None
        )
        await pilot.press("c")
        assert app.clipboard == headline
