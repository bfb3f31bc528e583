"""One answer to "who polls?" and one to "is this feed healthy?": the header, the status line,
the notices, the health summary and the health screen all say the same."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.builders import rss, write_config
from tests.feedserver import FeedServer
from tests.tui.conftest import dashboard, loaded, screen_lines, until
from tests.tui.scenario import IDLIB_11, NOW, NOW_DT, OMDURMAN, World
from tui.messages import LeaseChanged
from tui.screens.logs import HealthScreen
from tui.widgets.activity import ActorsTable
from tui.widgets.status import HealthSummary


async def test_header_status_line_and_notices_agree_on_who_polls(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot, app)
        app.post_message(LeaseChanged(True, "dashboard-desk-1"))
        await until(pilot, lambda: app.sub_title == "polling")
        await pilot.pause()
        header, status = screen_lines(app)[:2]
        assert header.strip().endswith("sitrep — polling")
        assert status.strip() == "Window 24h · polling"

        actors = app.dashboard.query_one(ActorsTable)
        actors.focus()
        await pilot.press("enter")  # filter by an actor: the notice says the filter only
        await until(pilot, lambda: any(n.title == "Filter" for n in app._notifications))
        (note,) = [n for n in app._notifications if n.title == "Filter"]
        assert note.message == "Window 24h · actor Syrian Observatory for Human Rights"
        await until(pilot, lambda: app.dashboard.refreshes >= 2)
        text = "\n".join(screen_lines(app))
        assert "reading only" not in text and "poller: none" not in text

        app.post_message(LeaseChanged(False, "poll-desk-2"))
        await until(pilot, lambda: app.sub_title == "reading only")
        await pilot.pause()
        header, status = screen_lines(app)[:2]
        assert header.strip().endswith("sitrep — reading only")
        assert status.strip().endswith("· reading only (poller: poll-desk-2)")


@pytest.fixture
def old_world(feed_server: FeedServer, tmp_path: Path) -> World:
    """Wire One as in the news day, a feed whose newest item is two years old, and a feed
    that fails."""
    old = {
        "title": "Archive: talks in Geneva",
        "guid": "old-1",
        "link": "https://archive.test/1",
        "pubDate": NOW_DT - timedelta(days=730),
    }
    server, tmp = feed_server, tmp_path
    server.route("/one.xml", rss("Wire One", [IDLIB_11, OMDURMAN]))
    server.route("/old.xml", rss("Old Wire", [old]))
    server.route("/down.xml", "gone fishing", status=500)
    config = write_config(
        tmp / "feeds.yaml",
        [server.url(p) for p in ("/one.xml", "/old.xml", "/down.xml")],
        names=["Wire One", "Old Wire", "Down Wire"],
    )
    world = World(server, config, tmp / "sitrep.db")
    world.poll()
    return world


async def test_the_health_summary_and_screen_count_the_same_stale_feeds(old_world: World) -> None:
    app = dashboard(old_world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        summary = str(app.dashboard.query_one(HealthSummary).render()).splitlines()[0]
        assert summary == "Feeds: 1 ok · 1 failing · 1 stale"
        assert "Feeds: 1 ok · 1 failing · 1 stale" in "\n".join(screen_lines(app))

        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, HealthScreen) and bool(app.screen.rows))
        await pilot.pause()
        rows = {
            name: line
            for line in screen_lines(app)
            for name in ("Wire One", "Old Wire", "Down Wire")
            if line.startswith(f" {name}")
        }
        words = {name: line.split()[2] for name, line in rows.items()}
        assert words == {"Wire One": "ok", "Old Wire": "stale", "Down Wire": "failing"}
        assert "newest item 2 years old" in rows["Old Wire"]
        assert "HTTP 500" in rows["Down Wire"]
        assert list(words.values()).count("stale") == 1  # as many as the summary says
        assert NOW  # the fixed clock both read
