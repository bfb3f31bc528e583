"""Alerts the editor sees: none for a feed's archive, one toast for a burst ("7 new alerts, a to
open"), and never a toast over a form."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from ingest.alerts import AlertEngine
from ingest.config import load_config
from ingest.poller import Poller
from storage.alerts import log_alert
from storage.db import Storage
from tests.builders import write_config
from tests.feedserver import FeedServer
from tests.tui.conftest import dashboard, loaded, screen_text, until
from tests.tui.scenario import LATE, NOW, World
from tui.app import SitrepApp
from tui.screens.feeds import FeedFormModal, FeedManagerScreen
from tui.screens.logs import AlertsScreen
from tui.widgets.status import AlertsTable

RULES = """alerts:
  - {name: Strikes, when: keyword, keywords: [strike]}
  - {name: Talks, when: keyword, keywords: [ceasefire]}
"""


def fire(world: World, count: int, start: int = 0) -> None:
    """Log alerts the way the poller does, from another connection."""
    with Storage.open(world.db_path) as store:
        for n in range(start, start + count):
            log_alert(store, at=NOW, rule="Strikes", item_id=None, message=f"Strike {n}", link=None)


def toasts(app: SitrepApp) -> list[str]:
    return [str(t.render()) for t in app.screen.query(Toast)]


@pytest.fixture
def watched(feed_server: FeedServer, tmp_path: Path) -> World:
    """The news day's feeds with keyword rules, polled by a poller that evaluates them."""
    config = write_config(
        tmp_path / "feeds.yaml",
        [feed_server.url("/one.xml"), feed_server.url("/two.xml")],
        names=["Wire One", "Wire Two"],
        extra=RULES,
    )
    world = World(feed_server, config, tmp_path / "sitrep.db")
    world.serve()
    return world


async def poll_with_alerts(world: World, now: float) -> None:
    def run() -> None:
        async def main() -> None:
            config = load_config(world.config_path)
            engine = AlertEngine(config, trusted=False, clock=lambda: now)
            poller = Poller(config, world.db_path, clock=lambda: now, on_commit=engine.hook)
            try:
                await poller.run_pass(force=True)
            finally:
                poller.store.close()

        asyncio.run(main())

    await asyncio.to_thread(run)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_feed_s_archive_fires_nothing_and_the_news_does(
    watched: World, size: tuple[int, int]
) -> None:
    await poll_with_alerts(watched, NOW)  # the first poll: the strikes of the day are history
    app = dashboard(watched)
    async with app.run_test(size=size, notifications=True) as pilot:
        await loaded(pilot, app)
        alerts = app.dashboard.query_one(AlertsTable)
        assert alerts.row_count == 0
        watched.serve(late=True)  # "Ceasefire talks resume in Doha"
        await poll_with_alerts(watched, NOW + 60)
        await until(pilot, lambda: bool(toasts(app)))
        assert toasts(app) == [f"Talks\n{LATE['title']}\n{LATE['link']}"]
        assert alerts.row_count == 1
        assert LATE["title"] in screen_text(app)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_burst_of_alerts_is_one_toast(
    world: World, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    app = dashboard(world)
    rings: list[None] = []
    monkeypatch.setattr(app, "bell", lambda: rings.append(None))
    async with app.run_test(size=size, notifications=True) as pilot:
        await loaded(pilot, app)
        fire(world, 1)
        await until(pilot, lambda: toasts(app) == ["Strikes\nStrike 0"])
        fire(world, 6, start=1)  # while the first toast is up: it becomes the count
        await until(pilot, lambda: toasts(app) == ["Alerts\n7 new alerts, a to open"])
        await pilot.pause()
        assert "7 new alerts, a to open" in screen_text(app)
        assert len(app.screen.query(Toast)) == 1
        assert len(rings) == 2  # once a burst, not once an alert
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AlertsScreen) and bool(app.screen.rows))
        assert isinstance(app.screen, AlertsScreen)
        assert len(app.screen.rows) == 7


async def test_no_toast_covers_a_form(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await loaded(pilot, app)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, FeedManagerScreen))
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, FeedFormModal))
        refreshes = app.dashboard.refreshes
        fire(world, 3)
        await until(pilot, lambda: app.dashboard.refreshes > refreshes)
        await pilot.pause(0.3)
        assert toasts(app) == []
        assert "new alerts" not in screen_text(app)
        assert "Add a feed" in screen_text(app)
        await pilot.press("escape")  # the form closes: the alerts wait no longer
        await until(pilot, lambda: toasts(app) == ["Alerts\n3 new alerts, a to open"])
        assert isinstance(app.screen, FeedManagerScreen)
