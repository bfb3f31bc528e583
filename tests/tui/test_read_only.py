"""A read-only dashboard (`sitrep serve` without --allow-edits): every edit key is refused with
a notice, nothing is written, and the title says so."""

from __future__ import annotations

from typing import Any

from textual.notifications import Notify

from storage.db import Storage
from tests.tui.conftest import dashboard, loaded, until
from tests.tui.scenario import OMDURMAN, World
from tui.app import READ_ONLY, SitrepApp
from tui.screens.detail import TallyScreen
from tui.screens.logs import AuditScreen
from tui.screens.reason import ReasonModal
from tui.widgets.events import EventsTable
from tui.widgets.tallies import TallyPanel

_POSTED: dict[int, list[Any]] = {}


def record_notices(app: SitrepApp) -> SitrepApp:
    """Keep every notice the app posts, so a check does not race their expiry on a slow
    machine (a notice leaves the screen after a few seconds)."""
    posted: list[Any] = _POSTED.setdefault(id(app), [])
    original = app.post_message

    def post(message: Any) -> bool:
        if isinstance(message, Notify):
            posted.append(message.notification)
        return original(message)

    app.post_message = post  # type: ignore[method-assign]
    return app


def refusals(app: SitrepApp) -> list[Any]:
    return [n for n in _POSTED.get(id(app), []) if n.title == "Read-only"]


def audit_rows(world: World) -> int:
    with Storage.open(world.db_path, readonly=True) as store:
        return int(store.scalar("SELECT COUNT(*) FROM audit"))


async def test_edit_keys_are_refused_in_read_only_mode(world: World) -> None:
    app = record_notices(dashboard(world, editable=False))
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot, app)
        assert READ_ONLY in app.sub_title

        events = app.dashboard.query_one(EventsTable)
        events.focus()
        events.move_cursor(row=0)
        await pilot.press("d")  # dispute the selected item
        await until(pilot, lambda: len(refusals(app)) == 1)
        assert not isinstance(app.screen, ReasonModal)
        (note,) = refusals(app)
        assert note.message == (
            "Marking an item disputed is off: this dashboard is read-only "
            "(start it with `sitrep serve --allow-edits` to edit)"
        )

        await pilot.press("f")  # the feed manager
        await until(pilot, lambda: len(refusals(app)) == 2)
        assert refusals(app)[1].message.startswith("The feed manager is off:")
        assert app.screen is app.dashboard

        panel = app.dashboard.query_one(TallyPanel)
        panel.table.focus()
        panel.table.move_cursor(row=1)
        await pilot.press("enter", "f")  # its toll over time, then the figures behind it
        await until(pilot, lambda: isinstance(app.screen, TallyScreen))
        await pilot.press("x")  # exclude the selected figure
        await until(pilot, lambda: len(refusals(app)) == 3)
        assert isinstance(app.screen, TallyScreen)

        await pilot.press(
            "escape", "escape", "u"
        )  # the audit log opens (reading), its undo is refused
        await until(pilot, lambda: isinstance(app.screen, AuditScreen))
        app.undo(1)
        await until(pilot, lambda: len(refusals(app)) == 4)
        assert app.dashboard.data is not None and app.dashboard.data.tally.killed == 43
    assert audit_rows(world) == 0


async def test_an_editable_dashboard_still_asks_for_a_reason(world: World) -> None:
    app = record_notices(dashboard(world))
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot, app)
        assert READ_ONLY not in app.sub_title
        events = app.dashboard.query_one(EventsTable)
        events.focus()
        titles = [events.get_cell(k, "title").plain for k in events.rows]
        events.move_cursor(row=titles.index(OMDURMAN["title"]))
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ReasonModal))
        assert refusals(app) == []
