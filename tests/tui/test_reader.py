"""The dashboard's change check: PRAGMA data_version first, the tables only after a commit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import storage.api
from cli.context import Context
from ingest.config import Config, load_config
from storage.alerts import log_alert
from storage.db import Storage
from storage.feeds import sync_feeds
from tests.builders import write_config
from tui.data import Query, Reader


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


def test_a_burst_of_alerts_larger_than_the_panel_is_read_whole(tmp_path: Path) -> None:
    """The dashboard notifies by id: every alert logged since the last one it saw, however
    many arrived between two refreshes (the panel itself shows the newest 50)."""
    db = tmp_path / "alerts.db"
    writer = Storage.open(db)
    first = log_alert(writer, at=1.0, rule="seen", item_id=None, message="m0", link=None)
    for n in range(1, 1201):  # more than the panel and more than one read of the log
        log_alert(writer, at=1.0 + n, rule="burst", item_id=None, message=f"m{n}", link=None)
    reader = Reader(db)
    started = reader.panels(Query(window="all"), Config(), 2000.0)
    assert started.new_alerts == [] and started.last_alert_id == first + 1200
    panels = reader.panels(Query(window="all"), Config(), 2000.0, alerts_after=first)
    assert [a.message for a in panels.new_alerts] == [f"m{n}" for n in range(1, 1201)]
    assert panels.last_alert_id == first + 1200
    assert len(panels.alerts) == 50 and panels.alerts[0].message == "m1200"
    reader.close()
    writer.close()


def test_a_desk_is_the_same_feeds_in_the_dashboard_and_the_command_line(tmp_path: Path) -> None:
    """A desk is the feeds tagged in feeds.yaml now or when they were last polled, merged the
    same way by both front ends: B was tagged `world` after its last poll, A before it."""
    a, b, c = (f"https://{n}.example/rss" for n in "abc")
    db = tmp_path / "desk.db"
    writer = Storage.open(db)
    ids = sync_feeds(writer, [(a, "A", ["World"], True), (b, "B", [], True), (c, "C", [], True)], 1)
    writer.close()
    config_path = write_config(tmp_path / "feeds.yaml", [a, b, c], tags=["local", "world", "x"])
    config = load_config(config_path)

    reader = Reader(db, tags=config.tags_by_url)
    dashboard = reader.use(lambda archive: archive.feed_ids("WORLD"), None)
    reader.close()
    ctx = Context(config_opt=str(config_path), db_opt=str(db))
    with ctx.archive() as archive:
        assert ctx.desk(archive, "WORLD") == "WORLD"
        command_line = archive.feed_ids("WORLD")
    assert dashboard == command_line == [ids[a], ids[b]]
