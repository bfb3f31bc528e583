"""Hot reload of feeds.yaml: valid edits take effect while polling, invalid ones are reported
with their line and the last good configuration keeps running."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from pathlib import Path

from ingest.config import Config, ConfigError, load_config
from ingest.feedlist import add_feed
from ingest.service import ConfigWatcher, ServiceEvents, serve
from tests.builders import rss, write_config
from tests.feedserver import FeedServer

WAIT = 15.0  # generous bound for slow CI machines; the checks return as soon as they hold


async def until(condition: Callable[[], bool], what: str) -> None:
    """Poll `condition` until it holds, failing after WAIT seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def test_watcher_reports_nothing_until_the_file_changes(tmp_path: Path) -> None:
    path = write_config(tmp_path / "feeds.yaml", ["https://a.example/rss"])
    watcher = ConfigWatcher(path)
    assert watcher.check() is None
    assert watcher.check() is None


def test_watcher_reports_a_valid_edit_as_a_new_config(tmp_path: Path) -> None:
    path = write_config(tmp_path / "feeds.yaml", ["https://a.example/rss"])
    watcher = ConfigWatcher(path)
    add_feed(path, "https://b.example/rss", name="Bravo")
    change = watcher.check()
    assert isinstance(change, Config)
    assert [(f.url, f.name) for f in change.feeds] == [
        ("https://a.example/rss", None),
        ("https://b.example/rss", "Bravo"),
    ]
    assert watcher.check() is None


def test_watcher_reports_an_invalid_edit_with_its_line(tmp_path: Path) -> None:
    path = write_config(tmp_path / "feeds.yaml", ["https://a.example/rss"])
    current = load_config(path)
    watcher = ConfigWatcher(path)
    path.write_text(path.read_text() + "    intervall: 5m\n")
    change = watcher.check()
    assert isinstance(change, ConfigError)
    assert (change.line, change.message) == (
        7,
        "unknown key 'intervall' (did you mean 'interval'?)",
    )
    assert str(change) == "feeds.yaml:7: unknown key 'intervall' (did you mean 'interval'?)"
    # The caller keeps what it had: the watcher hands out errors, never a half config.
    assert current.feeds[0].url == "https://a.example/rss"
    assert watcher.check() is None


def test_watcher_reports_a_deleted_file(tmp_path: Path) -> None:
    path = write_config(tmp_path / "feeds.yaml", ["https://a.example/rss"])
    watcher = ConfigWatcher(path)
    path.unlink()
    change = watcher.check()
    assert isinstance(change, ConfigError)
    assert change.message == "no such file"


async def test_service_picks_up_edits_and_survives_a_broken_file(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.route("/a.xml", rss("A", [{"title": "a1", "guid": "a1"}]))
    feed_server.route("/b.xml", rss("B", [{"title": "b1", "guid": "b1"}]))
    path = write_config(tmp_path / "feeds.yaml", [feed_server.url("/a.xml")])
    reloads: list[Config] = []
    errors: list[ConfigError] = []
    events = ServiceEvents(on_reload=reloads.append, on_config_error=errors.append)
    stop = asyncio.Event()
    task = asyncio.create_task(
        serve(load_config(path), path, tmp_path / "db.sqlite", stop, events=events)
    )
    try:
        await until(lambda: feed_server.hits("/a.xml") >= 1, "the first feed's fetch")
        assert feed_server.hits("/b.xml") == 0

        add_feed(path, feed_server.url("/b.xml"), name="Bravo")
        await until(lambda: feed_server.hits("/b.xml") >= 1, "the added feed's fetch")
        assert [f.name for f in reloads[-1].feeds] == [None, "Bravo"]

        path.write_text(path.read_text() + "    intervall: 5m\n")
        await until(lambda: bool(errors), "the config error")
        assert errors[0].line == len(path.read_text().splitlines()) == 9
        assert "unknown key 'intervall'" in errors[0].message
        hits = feed_server.hits("/b.xml")
        await until(lambda: feed_server.hits("/b.xml") > hits, "polling to go on")
        assert len(reloads) == 1
        assert not task.done()
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=WAIT)
