"""A poll service that dies of any exception restarts with backoff; after too many crashes in a
row it stays down and its lease passes to another process."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ingest.config import load_config
from ingest.poller import PassReport, Poller
from ingest.restart import Crash, RestartPolicy
from ingest.service import ServiceEvents, supervise
from storage import lease
from storage.db import Storage
from tests.builders import rss, write_config
from tests.feedserver import FeedServer

FAST = RestartPolicy(first=0.01, most=0.04, attempts=3)


def failing_passes(monkeypatch: pytest.MonkeyPatch, fails: Callable[[int], bool]) -> list[int]:
    """Make the `n`th pass (from 1) raise when `fails(n)`; returns the passes started."""
    started: list[int] = []
    real = Poller.run_pass

    async def run_pass(self: Poller, **kwargs: Any) -> PassReport:
        started.append(len(started) + 1)
        if fails(len(started)):
            raise RuntimeError(f"injected failure of pass {len(started)}")
        return await real(self, **kwargs)

    monkeypatch.setattr(Poller, "run_pass", run_pass)
    return started


def world(feed_server: FeedServer, tmp_path: Path) -> tuple[Path, Path]:
    feed_server.route("/a.xml", rss("A", [{"title": "Aid convoy reaches Goma", "guid": "1"}]))
    return write_config(tmp_path / "feeds.yaml", [feed_server.url("/a.xml")]), tmp_path / "s.db"


def test_the_restart_pause_doubles_up_to_its_limit() -> None:
    policy = RestartPolicy(first=2, most=60, attempts=9)
    assert [policy.delay(n) for n in range(1, 8)] == [2, 4, 8, 16, 32, 60, 60]


async def test_a_crashed_service_restarts_and_polls_again(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg, db = world(feed_server, tmp_path)
    started = failing_passes(monkeypatch, lambda n: n <= 2)
    crashes: list[Crash] = []
    stop = asyncio.Event()
    polled: list[int] = []

    def on_pass(report: PassReport) -> None:
        polled.append(report.new)
        stop.set()

    task = asyncio.create_task(
        supervise(
            load_config(cfg),
            cfg,
            db,
            stop,
            events=ServiceEvents(on_pass=on_pass),
            on_crash=crashes.append,
            policy=FAST,
        )
    )
    async with asyncio.timeout(30):
        result = await task
    assert result is None  # stopped cleanly, not given up
    assert [(c.crashes, c.restart_in) for c in crashes] == [(1, 0.01), (2, 0.02)]
    assert str(crashes[0].error) == "injected failure of pass 1"
    assert started == [1, 2, 3] and polled == [1]
    with Storage.open(db, readonly=True) as store:
        assert store.scalar("SELECT COUNT(*) FROM items") == 1


async def test_a_service_that_cannot_recover_gives_up_and_its_lease_passes_on(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg, db = world(feed_server, tmp_path)
    started = failing_passes(monkeypatch, lambda n: True)
    crashes: list[Crash] = []
    held: list[bool] = []
    events = ServiceEvents(on_lease=lambda h, _holder: held.append(h))
    async with asyncio.timeout(30):
        last = await supervise(
            load_config(cfg),
            cfg,
            db,
            asyncio.Event(),
            events=events,
            on_crash=crashes.append,
            policy=FAST,
        )
    assert last is not None and last.restart_in is None
    assert [c.crashes for c in crashes] == [1, 2, 3, 4]  # three restarts, then it stopped
    assert len(started) == 4 and held == [True] * 4
    with Storage.open(db) as store:
        assert lease.holder(store, time.time()) is None  # nothing heartbeats any more
        assert lease.acquire(store, "dashboard@elsewhere:1:x", time.time())
