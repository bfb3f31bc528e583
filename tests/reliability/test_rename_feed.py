"""Renaming a feed whose figures have events must not stop polling (migrations 006, 008)."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from ingest.config import Config, parse_config
from ingest.poller import Poller
from storage import schema
from storage.db import Storage
from storage.events import event_writer
from storage.tallies import compute_tally
from tests.builders import rss
from tests.feedserver import FeedServer

TEXT = "At least 12 people were killed in an air strike in Idlib, Syria, the civil defence said."


def _config(url: str, name: str | None) -> Config:
    entry = f"  - url: {url}\n" + (f"    name: {name}\n" if name else "")
    return parse_config("feeds:\n" + entry, Path("feeds.yaml"))


def _serve(feed_server: FeedServer, *titles: str) -> str:
    items = [
        {"title": t, "guid": t, "description": TEXT, "pubDate": datetime.now(UTC)} for t in titles
    ]
    feed_server.route("/wire.xml", rss("Wire", items))
    return feed_server.url("/wire.xml")


def _killed(store: Storage) -> int:
    return compute_tally(store, since=None, now=time.time()).killed


async def test_a_renamed_feed_keeps_polling_and_its_tallies(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    url = _serve(feed_server, "Strike in Idlib")
    poller = Poller(_config(url, None), tmp_path / "s.db")
    first = await poller.run_pass(force=True)
    assert first.new == 1 and not first.failed
    assert _killed(poller.store) == 12
    for name in ("Wire One", "Wire Two", None):  # add a name, change it, drop it
        poller.reload(_config(url, name))
        _serve(feed_server, "Strike in Idlib", f"Strike in Idlib ({name})")
        report = await poller.run_pass(force=True)
        assert not report.failed, report.failed
        assert report.feeds[0].name == (name or "127.0.0.1")
        assert _killed(poller.store) == 12
    stored = poller.store.scalar("SELECT name FROM feeds WHERE url = ?", (url,))
    assert stored is None
    poller.store.close()


def test_a_database_made_before_the_fix_is_repaired_on_open(tmp_path: Path) -> None:
    """Open a database migrated with the old triggers: the rename no longer conflicts."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied REAL)")
    for name, step in schema.MIGRATIONS:
        if name.startswith("006"):
            break
        step(db)
        db.execute("INSERT INTO _migrations VALUES (?, 0)", [name])
    db.execute("INSERT INTO feeds (id, url, name, created) VALUES (1, 'http://a.test/', 'A', 0)")
    db.execute("INSERT INTO stories (id, label, first_seen, last_seen) VALUES (7, 's', 0, 0)")
    db.execute(
        "INSERT INTO items (id, feed_id, key, title, summary, first_seen, effective, "
        "content_hash, story_id) VALUES (1, 1, 'k', 't', 's', 0, 0, 'h', 7)"
    )
    for idx in (0, 1):
        db.execute(
            "INSERT INTO figures (item_id, version, idx, story_id, effective, kind, count, low, "
            "victims, sentence, span_start, span_end) "
            "VALUES (1, 1, ?, 7, 0, 'killed', 3, 3, 'people', 's', 0, 1)",
            [idx],
        )
    conn.close()
    with Storage.open(path) as store:
        # the old story triggers are gone; the writer places the old figures in an event
        assert store.scalar("SELECT value FROM meta WHERE key = 'events_unassigned'") == "1"
        with store.transaction():
            event_writer(store).recover()
        event = store.scalar("SELECT DISTINCT event_id FROM figures")
        assert event is not None
        store.execute("DELETE FROM event_dirty")
        for _ in range(2):  # the second upsert finds the event already marked
            store.execute(
                "INSERT INTO feeds (url, name, tags, enabled, created) VALUES (?, ?, '[]', 1, 0) "
                "ON CONFLICT(url) DO UPDATE SET name = excluded.name",
                ("http://a.test/", f"Renamed {_}"),
            )
        store.execute("UPDATE items SET disputed = 'x' WHERE id = 1")
        assert [r["event_id"] for r in store.rows("SELECT event_id FROM event_dirty")] == [event]
