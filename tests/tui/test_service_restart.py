"""The poll service inside the dashboard dies: the editor is told once, polling restarts with
backoff, and a service that cannot recover stops and lets another process take the lease."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from ingest.restart import RestartPolicy
from storage import lease
from storage.db import Storage
from tests.ingest.test_supervise import failing_passes
from tests.tui.conftest import dashboard, until
from tests.tui.scenario import World
from tui.app import SitrepApp

HOSTILE = "\x1b]52;c;aGk=\x07[bold]boom[/]"


def notes(app: SitrepApp, title: str) -> list[Any]:
    return [n for n in app._notifications if n.title == title]


def polling_app(world: World, policy: RestartPolicy) -> SitrepApp:
    app = dashboard(world, executor=ThreadPoolExecutor(1))
    app.poll = True
    app.restart_policy = policy
    return app


async def test_a_crash_is_told_once_and_polling_restarts(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = failing_passes(monkeypatch, lambda n: n <= 2)
    monkeypatch.setattr("ingest.poller.Poller.run_pass", _with_text(HOSTILE, monkeypatch))
    app = polling_app(world, RestartPolicy(first=0.05, most=0.1, attempts=5))
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await until(pilot, lambda: len(started) >= 3 and app.polling and app.crashed is None)
        (note,) = notes(app, "Poll service restarting")  # two crashes, one notification
        assert note.severity == "error" and note.markup is False
        assert "\x1b" not in note.message and "\x07" not in note.message
        assert "[bold]boom[/]" in note.message  # literal text, never markup
        assert "restarts in 0.05 s" in note.message
        assert notes(app, "Poll service stopped") == []
        assert app.sub_title.startswith("polling")
        with Storage.open(world.db_path, readonly=True) as store:
            assert (lease.holder(store, time.time()) or "").startswith("dashboard@")


async def test_a_service_that_cannot_recover_stops_and_frees_the_lease(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = failing_passes(monkeypatch, lambda n: True)
    app = polling_app(world, RestartPolicy(first=0.02, most=0.05, attempts=2))
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await until(pilot, lambda: bool(notes(app, "Poll service stopped")))
        assert len(started) == 3  # the first run and two restarts
        assert len(notes(app, "Poll service restarting")) == 1
        (stopped,) = notes(app, "Poll service stopped")
        assert "failed 3 times in a row" in stopped.message
        assert app.sub_title == "poll service stopped: reading only"
        assert not app.polling
        with Storage.open(world.db_path) as store:
            assert lease.holder(store, time.time()) is None
            assert lease.acquire(store, "dashboard@other:1:x", time.time())  # it passes on


def _with_text(text: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The patched run_pass, raising with `text` in its message instead."""
    from ingest.poller import Poller

    patched = Poller.run_pass

    async def run_pass(self: Poller, **kwargs: Any) -> Any:
        try:
            return await patched(self, **kwargs)
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}: {text}") from None

    return run_pass
