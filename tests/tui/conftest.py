"""Dashboard fixtures: a database filled by a real poll of local feeds, a fixed clock and zone."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from ingest.paths import ConfigLocation
from tests.feedserver import FeedServer
from tests.tui.scenario import NOW, World, make_world
from tui.app import SitrepApp, make_app


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Times are shown in the local zone: make it UTC so expectations are fixed."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def world(feed_server: FeedServer, tmp_path: Path) -> World:
    return make_world(feed_server, tmp_path)


def dashboard(world: World, *, now: float = NOW, **kwargs: object) -> SitrepApp:
    """The app as the CLI builds it, with a fixed clock (NOW unless `now` says otherwise)
    and without its own poller."""
    return make_app(
        config_location=ConfigLocation(world.config_path, "explicit"),
        config=world.config,
        db_path=world.db_path,
        clock=lambda: now,
        poll=False,
        **kwargs,  # type: ignore[arg-type]
    )


async def until(pilot: Pilot[None], check: Callable[[], bool], limit: float = 30.0) -> None:
    """Let the app run until `check()` holds (workers finish, refreshes land)."""
    deadline = time.monotonic() + limit
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("the dashboard did not reach the expected state in time")
        await pilot.pause(0.02)


async def loaded(pilot: Pilot[None], app: SitrepApp, count: int = 1) -> None:
    """Wait for the dashboard's `count`th panel load."""
    await until(pilot, lambda: app.dashboard.refreshes >= count)
    await pilot.pause()


def screen_lines(app: SitrepApp) -> list[str]:
    """What the editor sees: the screen's text, line by line (toasts and modals included)."""
    screen = app.screen
    strips = screen._compositor.render_strips(screen.size)
    return ["".join(segment.text for segment in strip).rstrip() for strip in strips]


def screen_text(app: SitrepApp) -> str:
    return "\n".join(screen_lines(app))
