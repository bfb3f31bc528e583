"""The database and its WAL stay bounded: incremental vacuum, idle checkpoints."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from storage import maintenance
from storage.db import Storage
from storage.feeds import sync_feeds
from storage.schema import migrate
from storage.write import mark_listed, store_items
from tests.storage.test_storage import NOW, record

DAY = 86400.0


def fill(store: Storage, count: int, *, days_ago: float, text: str = "x" * 2000) -> None:
    sync_feeds(store, [("https://a.example/rss", "A", [], True)], NOW)
    fid = int(store.scalar("SELECT id FROM feeds"))
    with store.transaction():
        items = [record(f"k{n}", f"Item {n}", f"{text} {n}") for n in range(count)]
        store_items(store, fid, items, NOW - days_ago * DAY)
        mark_listed(store, fid, [])


def test_a_new_database_vacuums_incrementally_and_gives_pruned_pages_back(
    tmp_path: Path,
) -> None:
    store = Storage.open(tmp_path / "n.db")
    assert maintenance.auto_vacuum(store) == "incremental"
    fill(store, 400, days_ago=100)
    maintenance.checkpoint(store)
    full = maintenance.database_bytes(store)
    report = maintenance.upkeep(store, now=NOW, retention_days=90)
    assert report.items == 400
    assert maintenance.database_bytes(store) < full / 2
    assert int(store.scalar("PRAGMA freelist_count")) <= maintenance.RECLAIM_BEYOND


def test_an_existing_database_is_converted_once_when_small(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)  # as sitrep made them before
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(sqlite_utils.Database(conn))
    conn.close()
    store = Storage.open(path)
    assert maintenance.auto_vacuum(store) == "none"
    assert not maintenance.ensure_incremental_vacuum(store, limit=1024)  # too big: left alone
    assert maintenance.auto_vacuum(store) == "none"
    assert maintenance.ensure_incremental_vacuum(store)
    assert maintenance.auto_vacuum(store) == "incremental"
    assert store.scalar("PRAGMA integrity_check") == "ok"


def test_an_idle_checkpoint_empties_the_wal_or_gives_way_to_a_reader(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    store = Storage.open(path)
    fill(store, 50, days_ago=0)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM items").fetchone()  # holds a snapshot
    fill(store, 5, days_ago=0)  # a later commit the reader does not see
    result = maintenance.checkpoint(store, wait=0.05)
    assert not result.done  # it waited a moment for the reader, then gave way
    reader.execute("COMMIT")
    assert maintenance.checkpoint(store).done
    assert wal.stat().st_size == 0
    reader.close()
