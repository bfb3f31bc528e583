"""The panels show the hand-computed numbers of the scenario, live, and feed text literally."""

from __future__ import annotations

import asyncio

from textual.widgets import Static

from tests.tui.conftest import dashboard, loaded, until
from tests.tui.scenario import HOSTILE, IDLIB_11, IDLIB_14, IDLIB_18, LATE, OMDURMAN, World
from tui.screens.detail import EventScreen
from tui.widgets.activity import ActorsTable, PlacesTable
from tui.widgets.events import NEW_MARK, EventsTable
from tui.widgets.status import HealthSummary
from tui.widgets.tallies import TallyPanel


def key_of(events: EventsTable, title: str) -> str:
    """The row key of the event with this title (ids depend on which feed was stored first)."""
    return next(str(e.id) for e in events.events if e.title == title)


async def test_tally_panel_shows_the_series_latest_value_per_country(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        panel = app.dashboard.query_one(TallyPanel)
        table = panel.table
        rows = list(panel.rows.values())
        assert [(r.level, r.label) for r in rows] == [
            ("country", "Sudan"),
            ("event", "Omdurman: Drone strike on Omdurman market kills 25"),
            ("country", "Syria"),
            # the row's label is the headline of the figure it counts
            ("event", IDLIB_18["title"]),
        ]
        assert [table.get_cell(r.key, "killed").plain for r in rows] == ["25", "25", "18", "18"]
        summary = str(panel.query_one("#tally-summary", Static).render())
        assert summary == "Killed 43 = Sudan 25 + Syria 18 · civilians 0 · injured 0"
        story = rows[3]
        assert story.source == "SOHR via Wire One"
        assert story.citation == "18 killed in Idlib (SOHR via Wire One, 12:00 UTC)"
        assert app.dashboard.data is not None
        assert sum(app.dashboard.data.killed_trend) == 43


async def test_events_actors_places_and_health(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        events = app.dashboard.query_one(EventsTable)
        titles = [events.get_cell(k, "title").plain for k in events.rows]
        assert titles == [
            *HOSTILE,
            OMDURMAN["title"],
            IDLIB_18["title"],
            IDLIB_14["title"],
            IDLIB_11["title"],
        ]
        omdurman, idlib_18 = key_of(events, OMDURMAN["title"]), key_of(events, IDLIB_18["title"])
        assert events.get_cell(omdurman, "killed").plain == "25"
        assert events.get_cell(idlib_18, "killed").plain == "18"
        assert events.get_cell(idlib_18, "sources").plain == "2"
        assert events.get_cell(omdurman, "sources").plain == "1"
        assert events.get_cell(omdurman, "time").plain == "13:00"
        assert events.get_cell(idlib_18, "feed").plain == "Wire One"
        actors = app.dashboard.query_one(ActorsTable)
        assert actors.cell_texts("Syrian Observatory for Human Rights")[2] == "3"
        places = app.dashboard.query_one(PlacesTable)
        assert places.cell_texts("Idlib")[2:] == ["6", "18"]  # title and summary each
        assert places.cell_texts("Omdurman")[2:] == ["2", "25"]
        health = str(app.dashboard.query_one(HealthSummary).render())
        assert health.startswith("Feeds: 2 ok · 0 failing · 0 stale")


async def test_hostile_titles_render_literally_and_do_nothing(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        events = app.dashboard.query_one(EventsTable)
        titles = [events.get_cell(key_of(events, t), "title").plain for t in HOSTILE]
        assert titles == list(HOSTILE)
        events.focus()
        events.move_cursor(row=events.get_row_index(key_of(events, HOSTILE[1])))
        await pilot.press("enter")
        await until(
            pilot, lambda: isinstance(app.screen, EventScreen) and app.screen.item is not None
        )
        head = str(app.screen.query_one("#event-head", Static).render())
        assert head.startswith("[@click=app.quit]x[/]\nWire One")
        await pilot.press("o")  # a javascript: link is never opened
        await pilot.pause()
        assert app.is_running
        assert any(n.message == "Only http(s) links are opened." for n in app._notifications)


async def test_a_new_item_appears_without_a_restart(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        events = app.dashboard.query_one(EventsTable)
        assert len(events.rows) == 7
        world.serve(late=True)
        await asyncio.to_thread(world.poll)
        await until(pilot, lambda: len(events.rows) == 8)
        late = key_of(events, LATE["title"])
        assert late == "8"
        assert events.get_cell(late, "new").plain == NEW_MARK
        assert events.get_cell(key_of(events, OMDURMAN["title"]), "new").plain == ""


def test_every_registered_panel_loads_from_the_view() -> None:
    """A panel the dashboard fills is a DataPanel: it shows its part of one load. Each has
    one entry, one id and one tab number."""
    from tui.panels import DataPanel
    from tui.screens.dashboard import PANELS

    assert PANELS and all(issubclass(p.make, DataPanel) for p in PANELS)  # type: ignore[arg-type]
    assert len({p.key for p in PANELS}) == len({p.tab for p in PANELS}) == len(PANELS)
    assert sorted(p.tab for p in PANELS) == list(range(1, len(PANELS) + 1))
