"""What an editor does: search, change the window, filter by actor, open an event, copy a
citation, exclude a figure and undo it."""

from __future__ import annotations

from textual.widgets import Static

from tests.tui.conftest import dashboard, loaded, until
from tests.tui.scenario import HOSTILE, IDLIB_11, IDLIB_14, IDLIB_18, OMDURMAN, World
from tui.app import SitrepApp
from tui.screens.detail import FIGURE_STYLE, EventScreen, TallyScreen
from tui.screens.logs import AuditScreen
from tui.screens.reason import ReasonModal
from tui.widgets.activity import ActorsTable
from tui.widgets.events import EventsTable
from tui.widgets.table import PanelTable
from tui.widgets.tallies import TallyPanel


def titles(app: SitrepApp) -> list[str]:
    events = app.dashboard.query_one(EventsTable)
    return [events.get_cell(k, "title").plain for k in events.rows]


def killed(app: SitrepApp) -> int:
    assert app.dashboard.data is not None
    return app.dashboard.data.tally.killed


async def test_search_narrows_the_events(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        await pilot.press("slash", *"omdurman")
        await until(pilot, lambda: titles(app) == [OMDURMAN["title"]])
        assert app.dashboard.query_state.search == "omdurman"
        await pilot.press("escape")  # back to everything
        await until(pilot, lambda: len(titles(app)) == 7)


async def test_window_selector_changes_every_panel(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        assert killed(app) == 43
        await pilot.press("w", "w", "w")  # 24h -> 7d -> all -> 1h
        await until(pilot, lambda: app.dashboard.query_state.window == "1h" and killed(app) == 25)
        assert titles(app) == [*HOSTILE, OMDURMAN["title"]]
        assert [c.country for c in app.dashboard.data.tally.by_country] == ["Sudan"]  # type: ignore[union-attr]


async def test_selecting_an_actor_filters_events_and_tallies(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        actors = app.dashboard.query_one(ActorsTable)
        actors.focus()
        await pilot.press("enter")
        await until(pilot, lambda: killed(app) == 18)
        assert app.dashboard.query_state.actor == "Syrian Observatory for Human Rights"
        assert titles(app) == [IDLIB_18["title"], IDLIB_14["title"], IDLIB_11["title"]]


async def test_enter_opens_an_event_with_the_sentence_behind_its_figure(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        events = app.dashboard.query_one(EventsTable)
        events.focus()
        events.move_cursor(row=titles(app).index(OMDURMAN["title"]))
        await pilot.press("enter")
        await until(
            pilot, lambda: isinstance(app.screen, EventScreen) and app.screen.item is not None
        )
        sentence = str(app.screen.query_one("#figure-sentence", Static).render())
        assert sentence.startswith("Sentence: Drone strike on Omdurman market kills 25\n")
        app.screen.query_one("#event-figures", PanelTable).move_cursor(row=1)
        await pilot.pause()
        sentence = str(app.screen.query_one("#figure-sentence", Static).render())
        assert sentence.startswith(f"Sentence: {OMDURMAN['description']}\n")
        assert isinstance(app.screen, EventScreen)
        body = app.screen.body
        assert body.plain == f"{OMDURMAN['title']}\n{OMDURMAN['description']}"
        marked = {body.plain[s.start : s.end] for s in body.spans if s.style == FIGURE_STYLE}
        assert marked == {"kills 25", "killed 25"}


async def test_copy_puts_the_citation_on_the_clipboard(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        panel = app.dashboard.query_one(TallyPanel)
        panel.table.focus()
        panel.table.move_cursor(row=1)  # the Omdurman story
        await pilot.press("c")
        assert app.clipboard == "25 killed in Omdurman (local medics via Wire Two, 13:00 UTC)"


async def test_excluding_figures_changes_the_tally_and_undo_restores_it(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        panel = app.dashboard.query_one(TallyPanel)
        panel.table.focus()
        panel.table.move_cursor(row=1)
        await pilot.press("enter", "f")  # its toll over time, then the figures behind it
        await until(pilot, lambda: isinstance(app.screen, TallyScreen))
        screen = app.screen
        assert isinstance(screen, TallyScreen)
        assert [f.source.figure.count for f in screen.figures()] == [25, 25]
        for row in (0, 1):  # the headline's figure and the summary's repeat of it
            screen.query_one("#tally-figures").move_cursor(row=row)  # type: ignore[attr-defined]
            await pilot.press("x")
            await until(pilot, lambda: isinstance(app.screen, ReasonModal))
            await pilot.press(*"duplicate wire", "enter")
            await until(pilot, lambda: app.screen is screen)
            await app.workers.wait_for_complete()
        await until(pilot, lambda: killed(app) == 18)
        await pilot.press("escape", "escape", "u")
        await until(
            pilot, lambda: isinstance(app.screen, AuditScreen) and app.screen.table.row_count == 2
        )
        await pilot.press("u")  # undo the newest exclusion: the repeat counts again
        await until(pilot, lambda: killed(app) == 43)
