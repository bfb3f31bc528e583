"""An empty events panel says why: every feed failing (the first error, `h` for the rest), a new
database still waiting for its first poll, or a search that matches nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import write_config
from tests.feedserver import FeedServer
from tests.tui.conftest import dashboard, loaded, screen_text, until
from tests.tui.scenario import World
from tui.messages import LeaseChanged
from tui.screens.logs import HealthScreen
from tui.widgets.events import EventsTable


@pytest.fixture
def failing_world(feed_server: FeedServer, tmp_path: Path) -> World:
    """Two feeds, both answering 503: no item was ever stored."""
    feed_server.route("/one.xml", "down for maintenance", status=503)
    feed_server.route("/two.xml", "down for maintenance", status=503)
    config = write_config(
        tmp_path / "feeds.yaml",
        [feed_server.url("/one.xml"), feed_server.url("/two.xml")],
        names=["Wire One", "Wire Two"],
    )
    world = World(feed_server, config, tmp_path / "sitrep.db")
    world.poll()
    return world


@pytest.fixture
def new_world(feed_server: FeedServer, tmp_path: Path) -> World:
    """A feed list and no database yet: the first run."""
    config = write_config(
        tmp_path / "feeds.yaml",
        [feed_server.url("/one.xml"), feed_server.url("/two.xml")],
        names=["Wire One", "Wire Two"],
    )
    return World(feed_server, config, tmp_path / "new.db")


def flat(text: str) -> str:
    """Screen text without the panel borders and line breaks (a message may wrap)."""
    return " ".join(text.replace("│", " ").split())


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_every_feed_failing_is_said_with_the_first_error(
    failing_world: World, size: tuple[int, int]
) -> None:
    app = dashboard(failing_world)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot, app)
        await pilot.pause()
        seen = flat(screen_text(app))
        assert "No items: every feed is failing (2)." in seen
        assert "First error: Wire One: HTTP 503" in seen
        assert "Press h for every feed's error." in seen
        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, HealthScreen))


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_new_database_says_it_waits_for_the_first_poll(
    new_world: World, size: tuple[int, int]
) -> None:
    app = dashboard(new_world)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot, app)
        await pilot.pause()
        seen = flat(screen_text(app))
        assert "No items yet: 2 feeds not fetched." in seen
        assert "Nothing polls this database now (reading only (no poller running))." in seen

        app.post_message(LeaseChanged(True, "dashboard-desk-1"))  # this dashboard polls
        await until(pilot, lambda: app.polling)
        app.dashboard.reload()
        await until(pilot, lambda: "polling 2 feeds" in flat(screen_text(app)))
        seen = flat(screen_text(app))
        assert "No items yet: polling 2 feeds for the first time…" in seen
        assert "Events appear here as each feed answers." in seen


async def test_a_search_that_matches_nothing_says_how_to_clear_it(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, app)
        await pilot.press("slash", *"zanzibar")
        table = app.dashboard.query_one(EventsTable)
        await until(pilot, lambda: table.row_count == 0)
        await pilot.pause()
        seen = flat(screen_text(app))
        assert "Nothing in the last 24h matches search “zanzibar”." in seen
        assert "Escape clears the search and filters; w changes the window." in seen
        await pilot.press("escape")
        await until(pilot, lambda: table.row_count == 7)
        await pilot.pause()
        assert "Nothing in the last 24h" not in flat(screen_text(app))
