"""A writer waits for the lock with backoff instead of failing at once, and says how long its
transactions waited and held the lock; opening a database takes no write lock."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

import storage.db
from storage.db import Storage


def test_opening_takes_no_write_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "o.db"
    Storage.open(path).close()
    monkeypatch.setattr(storage.db, "BUSY_TIMEOUT", 0.05)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a long transaction of the poller
    try:
        with Storage.open(path) as store:  # an editor's exclusion opens the database
            assert store.scalar("SELECT COUNT(*) FROM items") == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_writer_waits_for_the_lock_with_backoff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "l.db"
    Storage.open(path).close()
    monkeypatch.setattr(storage.db, "BUSY_TIMEOUT", 0.02)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    store = Storage.open(path)
    outcome: list[object] = []

    def write() -> None:
        try:
            with store.transaction():
                store.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
            outcome.append("ok")
        except Exception as exc:  # pragma: no cover - what the test would report
            outcome.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        retried = threading.Event()
        for _ in range(2000):  # until the writer has waited past SQLite's own timeout
            if store.stats.retries >= 2:
                retried.set()
                break
            thread.join(0.005)
        assert retried.is_set()
    finally:
        holder.execute("COMMIT")
        holder.close()
    thread.join(30)
    assert outcome == ["ok"]
    assert store.stats.waited_max > 0


def test_a_writer_gives_up_after_its_patience(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.db"
    Storage.open(path).close()
    monkeypatch.setattr(storage.db, "BUSY_TIMEOUT", 0.01)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    store = Storage.open(path)
    store.lock_patience = 0.2
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"), store.transaction():
            pass
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.stats.retries >= 1
