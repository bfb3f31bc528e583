"""The dashboard's change check: PRAGMA data_version first, the tables only after a commit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import storage.api
from storage.db import Storage
from storage.feeds import sync_feeds
from tui.data import Reader


def test_signature_reads_tables_only_after_another_connection_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "r.db"
    writer = Storage.open(db)
    calls: list[int] = []
    real = Storage.execute

    def counting(store: Storage, sql: str, params: Any = ()) -> Any:
        if sql == storage.api._CONTENT:
            calls.append(1)
        return real(store, sql, params)

    monkeypatch.setattr(Storage, "execute", counting)
    reader = Reader(db)
    first = reader.signature()
    assert reader.signature() == first
    assert len(calls) == 1  # nothing committed since: no table was read
    sync_feeds(writer, [("https://a.example/rss", "A", [], True)], 1.0)
    second = reader.signature()
    assert len(calls) == 2
    assert second != first
    reader.close()
    writer.close()


def test_signature_is_none_before_the_database_exists(tmp_path: Path) -> None:
    assert Reader(tmp_path / "none.db").signature() is None
