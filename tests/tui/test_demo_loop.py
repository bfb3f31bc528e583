"""The demo stays live for as long as it runs: its live part plays again with new ids, and its
alerts come from the live part only, never from the history served at the start."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from demo.server import DemoServer
from demo.session import prepare_demo
from demo.timeline import FEED_LIMIT
from ingest.alerts import AlertEngine
from ingest.config import load_config
from ingest.paths import ConfigLocation
from ingest.poller import Poller
from storage.alerts import alerts_after
from storage.db import Storage
from tests.tui.conftest import loaded, screen_lines, until
from tui.app import make_app
from tui.screens.logs import AlertsScreen

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.moment = T0

    def __call__(self) -> datetime:
        return self.moment

    def seconds(self) -> float:
        return self.moment.timestamp()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[DemoServer]:
    with DemoServer(now=clock) as running:
        yield running


def guids(server: DemoServer, key: str) -> list[str]:
    import feedparser

    body = httpx.get(server.base_url + server.scenario.outlet(key).path, timeout=5).content
    return [entry.id for entry in feedparser.parse(body).entries]


def test_the_live_part_plays_again_with_new_ids(server: DemoServer, clock: Clock) -> None:
    period = server.timeline.period
    assert 95 < period < 130  # the ~95 s of the scenario, then a short pause
    clock.moment = T0 + timedelta(seconds=100)
    first = guids(server, "world")
    clock.moment = T0 + timedelta(seconds=period + 3)  # the second playing's first item
    second = guids(server, "world")
    assert second[0].endswith("-r1") and second[0].removesuffix("-r1") in first
    assert second[1:] == first  # nothing of the first playing is taken back
    clock.moment = T0 + timedelta(seconds=60 * period)  # an hour and more later
    late = guids(server, "northern")
    assert len(late) == FEED_LIMIT  # the newest only, as real feeds do
    assert late[0].endswith("-r59")


async def test_the_demo_keeps_bringing_news_and_alerts_only_for_the_live_part(
    tmp_path: Path, clock: Clock
) -> None:
    with prepare_demo(tmp_path, now=clock) as session:
        config = load_config(session.config_path)
        engine = AlertEngine(config, trusted=False, clock=clock.seconds, run_commands=False)
        poller = Poller(config, session.db_path, clock=clock.seconds, on_commit=engine.hook)
        period = session.server.timeline.period
        try:
            start = await poller.run_pass(force=True)  # history: served at the start
            assert start.new == 22
            assert alerts_after(poller.store, 0) == []
            for seconds in (50, 100, period + 50, period + 100):
                clock.moment = T0 + timedelta(seconds=seconds)
                await poller.run_pass(force=True)
            alerts = alerts_after(poller.store, 0)
            guids = {
                int(r["id"]): str(r["guid"])
                for r in poller.store.rows("SELECT id, guid FROM items")
            }
        finally:
            poller.store.close()
        fired = [(a.rule, guids.get(a.item_id or 0, "")) for a in alerts]
        truce = [guid for rule, guid in fired if rule == "Ceasefire or truce"]
        assert sorted(truce) == [
            "urn:sitrep-demo:horn:041",
            "urn:sitrep-demo:horn:041-r1",
            "urn:sitrep-demo:world:031",
            "urn:sitrep-demo:world:031-r1",
        ]  # the history's "ceasefire talks in Cairo" (item 5) never fired
        assert all(guid != "urn:sitrep-demo:world:005" for _, guid in fired)

        with Storage.open(session.db_path, readonly=True) as store:
            newest = store.scalar("SELECT MAX(effective) FROM items")
        assert newest > (T0 + timedelta(seconds=period + 90)).timestamp()

        app = make_app(
            config_location=ConfigLocation(session.config_path, "explicit"),
            config=config,
            db_path=session.db_path,
            clock=clock.seconds,
            poll=False,
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await loaded(pilot, app)
            await pilot.pause()
            lines = screen_lines(app)
            head = next(i for i, line in enumerate(lines) if re.search(r"Time +Feed", line))
            second_playing = (T0 + timedelta(seconds=period)).astimezone().strftime("%H:%M")
            assert lines[head + 1].split()[1] >= second_playing  # the top row is fresh
            await pilot.resize_terminal(160, 48)  # room for the alerts' messages
            await pilot.press("a")
            await until(
                pilot, lambda: isinstance(app.screen, AlertsScreen) and bool(app.screen.rows)
            )
            text = "\n".join(screen_lines(app))
            assert "Congolese army and M23 agree local truce" in text
            assert "Mediators resume Gaza ceasefire talks in Cairo" not in text
