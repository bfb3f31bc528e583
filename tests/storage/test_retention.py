"""Retention keeps every item a tally or the audit log still cites."""

from __future__ import annotations

from pathlib import Path

from storage import audit
from storage.db import Storage
from storage.feeds import sync_feeds
from storage.retention import prune
from storage.write import store_items
from tests.storage.test_storage import NOW, figure, record

DAY = 86400.0


def test_prune_keeps_cited_items(tmp_path: Path) -> None:
    store = Storage.open(tmp_path / "r.db")
    sync_feeds(store, [("https://a.example/rss", "A", [], True)], NOW)
    fid = int(store.scalar("SELECT id FROM feeds"))
    with store.transaction():
        store_items(
            store,
            fid,
            [
                record("old", "Old and uncited", hours_ago=24 * 100),
                record(
                    "audited",
                    "Old but excluded by an editor",
                    hours_ago=24 * 100,
                    figures=(figure(5, "Five were killed."),),
                ),
                record("disputed", "Old but disputed", hours_ago=24 * 100),
                record("new", "Recent", hours_ago=1),
            ],
            NOW,
        )
    ids = {r["title"]: r["id"] for r in store.rows("SELECT id, title FROM items")}
    fig = int(
        store.scalar(
            "SELECT id FROM figures WHERE item_id = ?", (ids["Old but excluded by an editor"],)
        )
    )
    audit.exclude_figure(store, fig, "double counted", now=NOW)
    audit.dispute_item(store, ids["Old but disputed"], "unverified", now=NOW)
    removed = prune(store, older_than=NOW - 90 * DAY)
    assert removed == 1
    left = sorted(r[0] for r in store.execute("SELECT title FROM items"))
    assert left == ["Old but disputed", "Old but excluded by an editor", "Recent"]
    assert store.scalar("SELECT items FROM feeds WHERE id = ?", (fid,)) == 3
    assert store.scalar("SELECT COUNT(*) FROM item_versions") == 3
