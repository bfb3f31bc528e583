"""What the dashboard tells the editor on its own: alerts (literal text, the bell, the log), a
broken feeds.yaml with its `file:line`, and a failing worker told once while the app runs on."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from textual.widgets import Static
from textual.widgets._toast import Toast

from ingest.config import ConfigError, load_config
from storage.alerts import log_alert
from storage.db import Storage
from tests.tui.conftest import dashboard, loaded, until
from tests.tui.scenario import NOW, World
from tui.app import SitrepApp
from tui.messages import ConfigFailed
from tui.widgets.status import AlertsTable


def notes(app: SitrepApp, title: str) -> list[Any]:
    return [n for n in app._notifications if n.title == title]


def fire(world: World, rule: str, message: str, link: str | None) -> int:
    """Log an alert the way the poller does, from another connection."""
    with Storage.open(world.db_path) as store:
        return log_alert(store, at=NOW, rule=rule, item_id=None, message=message, link=link)


@pytest.mark.parametrize(
    "message",
    ["Idlib toll rises to 18", "Strike [bold]x[/] in [@click=app.quit]Idlib[/]"],
    ids=["plain", "markup"],
)
async def test_an_alert_notifies_literally_rings_and_is_logged(
    world: World, monkeypatch: pytest.MonkeyPatch, message: str
) -> None:
    old = fire(world, "Before start", "Not notified: it fired before the dashboard ran", None)
    app = dashboard(world)
    rings: list[None] = []
    monkeypatch.setattr(app, "bell", lambda: rings.append(None))
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot, app)
        assert notes(app, "Before start") == []
        new = fire(world, "Idlib [red]rising[/]", message, "https://wire-one.test/idlib-18")
        await until(pilot, lambda: bool(notes(app, "Idlib [red]rising[/]")))
        (note,) = notes(app, "Idlib [red]rising[/]")
        assert note.message == f"{message}\nhttps://wire-one.test/idlib-18"
        assert note.markup is False
        assert note.severity == "warning"
        assert len(rings) == 1
        await until(pilot, lambda: bool(app.screen.query(Toast)))
        toasts = [str(t.render()) for t in app.screen.query(Toast)]
        assert f"Idlib [red]rising[/]\n{message}\nhttps://wire-one.test/idlib-18" in toasts
        assert app.is_running
        alerts = app.dashboard.query_one(AlertsTable)
        assert alerts.cell_texts(str(new))[1:] == ["Idlib [red]rising[/]", message]
        assert alerts.cell_texts(str(old))[1] == "Before start"


async def test_a_broken_feed_list_is_shown_with_its_line(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        broken = "feeds:\n  - url: ftp://wire-one.test/feed\n"
        world.config_path.write_text(broken, encoding="utf-8")  # an editor's mistake
        with pytest.raises(ConfigError) as caught:  # what the poll service reports
            load_config(world.config_path)
        error = str(caught.value)
        assert error == "feeds.yaml:2: 'url': 'ftp://wire-one.test/feed' is not an http(s) URL"
        app.post_message(ConfigFailed(error))
        await until(pilot, lambda: bool(notes(app, "feeds.yaml not reloaded")))
        (note,) = notes(app, "feeds.yaml not reloaded")
        assert note.message == error
        assert note.severity == "error"
        await pilot.pause()
        status = str(app.dashboard.query_one("#status", Static).render())
        assert status.endswith(f"config error: {error}")
        assert app.is_running


async def test_a_failing_worker_is_told_once_and_the_dashboard_runs_on(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        calls: list[None] = []

        def broken() -> None:
            calls.append(None)
            raise sqlite3.OperationalError("disk I/O error")

        real = app.reader.signature
        monkeypatch.setattr(app.reader, "signature", broken)
        await until(pilot, lambda: len(calls) >= 3)  # the refresh cycle keeps retrying
        (note,) = notes(app, "Something failed")
        # the sentence the command line prints for the same failure
        assert note.message == (
            "Loading the panels failed: the disk could not be read or written (I/O error)"
        )
        assert note.markup is False
        assert app.is_running
        monkeypatch.setattr(app.reader, "signature", real)
        refreshes = app.dashboard.refreshes
        app.dashboard.reload()
        await until(pilot, lambda: app.dashboard.refreshes > refreshes)
        assert app.dashboard.data is not None
        assert app.dashboard.data.tally.killed == 43
