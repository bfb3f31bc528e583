"""Retention never deletes what the user still has, and says what it pruned."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import audit, queries
from storage.alerts import log_alert
from storage.db import Storage
from storage.feeds import sync_feeds
from storage.retention import TALLY_RULES, last_prune, prune
from storage.write import ItemRecord, mark_listed, store_items
from tests.storage.test_storage import NOW, figure, record

DAY = 86400.0
URL = "https://a.example/rss"


@pytest.fixture
def store(tmp_path: Path) -> Storage:
    s = Storage.open(tmp_path / "r.db")
    sync_feeds(s, [(URL, "A", [], True)], NOW)
    return s


def fid(store: Storage) -> int:
    return int(store.scalar("SELECT id FROM feeds WHERE url = ?", (URL,)))


def stored(store: Storage, items: list[ItemRecord], *, days_ago: float) -> None:
    """Store `items` as first seen `days_ago` days before NOW; the feed lists nothing after."""
    with store.transaction():
        store_items(store, fid(store), items, NOW - days_ago * DAY)
        mark_listed(store, fid(store), [])


def titles(store: Storage) -> list[str]:
    return sorted(str(r[0]) for r in store.execute("SELECT title FROM items"))


def test_prune_keeps_cited_items(store: Storage) -> None:
    stored(
        store,
        [
            record("old", "Old and uncited", hours_ago=24 * 100),
            record(
                "audited",
                "Old but excluded by an editor",
                hours_ago=24 * 100,
                figures=(figure(5, "Five were killed."),),
            ),
            record("disputed", "Old but disputed", hours_ago=24 * 100),
            record("alerted", "Old but an alert cites it", hours_ago=24 * 100),
        ],
        days_ago=100,
    )
    stored(store, [record("new", "Recent", hours_ago=1)], days_ago=0)
    ids = {r["title"]: r["id"] for r in store.rows("SELECT id, title FROM items")}
    fig = int(
        store.scalar(
            "SELECT id FROM figures WHERE item_id = ?", (ids["Old but excluded by an editor"],)
        )
    )
    audit.exclude_figure(store, fig, "double counted", now=NOW)
    audit.dispute_item(store, ids["Old but disputed"], "unverified", now=NOW)
    log_alert(
        store, at=NOW, rule="r", item_id=ids["Old but an alert cites it"], message="m", link=None
    )
    report = prune(store, now=NOW, retention_days=90)
    assert report.items == 1
    assert titles(store) == [
        "Old but an alert cites it",
        "Old but disputed",
        "Old but excluded by an editor",
        "Recent",
    ]
    assert store.scalar("SELECT items FROM feeds") == 4
    assert store.scalar("SELECT pruned FROM feeds") == 1
    assert store.scalar("SELECT COUNT(*) FROM item_versions") == 4
    assert last_prune(store) == {"at": NOW, "items": 1, "stored_before": NOW - 90 * DAY}


def test_retention_goes_by_when_an_item_was_first_stored(store: Storage) -> None:
    """An archive of old news imported today is kept for the whole period."""
    stored(
        store,
        [record("archive", "Published long ago, stored today", hours_ago=24 * 900)],
        days_ago=0,
    )
    stored(store, [record("recent", "Published lately, stored long ago", hours_ago=2)], days_ago=91)
    assert prune(store, now=NOW, retention_days=90).items == 1
    assert titles(store) == ["Published long ago, stored today"]


def test_never_within_a_day_of_storing(store: Storage) -> None:
    stored(store, [record("a", "Stored 23 hours ago", hours_ago=24 * 50)], days_ago=23 / 24)
    stored(store, [record("b", "Stored 25 hours ago", hours_ago=24 * 50)], days_ago=25 / 24)
    assert prune(store, now=NOW, retention_days=1).items == 1
    assert titles(store) == ["Stored 23 hours ago"]


def test_an_item_its_feed_still_lists_is_kept(store: Storage) -> None:
    old = [record("a", "Still in the feed", hours_ago=24 * 200), record("b", "Gone from it")]
    with store.transaction():
        store_items(store, fid(store), old, NOW - 100 * DAY)
        mark_listed(store, fid(store), ["a"])
    assert prune(store, now=NOW, retention_days=90).items == 1
    assert titles(store) == ["Still in the feed"]
    with store.transaction():
        mark_listed(store, fid(store), [])  # the feed dropped it at last
    assert prune(store, now=NOW, retention_days=90).items == 1
    assert titles(store) == []
    assert store.scalar("SELECT pruned FROM feeds") == 2


def test_the_listing_follows_the_latest_body(store: Storage) -> None:
    with store.transaction():
        store_items(store, fid(store), [record("a", "A"), record("b", "B")], NOW)
    listed = "SELECT key FROM items WHERE listed = 1 ORDER BY key"
    assert [r[0] for r in store.execute(listed)] == ["a", "b"]  # new items are in their body
    with store.transaction():
        mark_listed(store, fid(store), ["b"])
    assert [r[0] for r in store.execute(listed)] == ["b"]
    with store.transaction():
        mark_listed(store, fid(store), ["a", "b"])  # a came back
    assert [r[0] for r in store.execute(listed)] == ["a", "b"]


def test_items_of_a_running_event_are_kept(store: Storage) -> None:
    stored(
        store,
        [record("old", "Idlib toll", hours_ago=24 * 100, figures=(figure(5, "Five died."),))],
        days_ago=100,
    )
    prune(store, now=NOW - 200 * DAY, retention_days=90)  # stores the event's tally
    store.execute("UPDATE event_tallies SET last_at = ?", (NOW - DAY,))  # reported again lately
    assert prune(store, now=NOW, retention_days=90).items == 0
    store.execute("UPDATE event_tallies SET last_at = ?", (NOW - 95 * DAY,))
    assert prune(store, now=NOW, retention_days=90).items == 1


def test_zero_days_keeps_everything(store: Storage) -> None:
    stored(store, [record("old", "Ten years old", hours_ago=24 * 3650)], days_ago=3650)
    report = prune(store, now=NOW, retention_days=0)
    assert (report.items, report.stored_before) == (0, None)
    assert titles(store) == ["Ten years old"]


def test_hourly_actor_counts_lose_exactly_the_pruned_items(store: Storage) -> None:
    same_hour = 24 * 100
    stored(store, [record("x", "Old", hours_ago=same_hour, actors=("HTS", "SDF"))], days_ago=100)
    stored(store, [record("y", "Kept", hours_ago=same_hour, actors=("HTS",))], days_ago=0)
    assert prune(store, now=NOW, retention_days=90).items == 1
    rows = store.rows("SELECT actor, mentions, items FROM actor_hours ORDER BY actor")
    assert rows == [{"actor": "HTS", "mentions": 1, "items": 1}]
    assert [a.actor for a in queries.actors(store, since=None, now=NOW)] == ["HTS"]


def test_pruning_many_items_goes_in_batches(
    store: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.retention as retention

    monkeypatch.setattr(retention, "BATCH", 7)
    stored(store, [record(f"k{n}", f"Item {n}") for n in range(30)], days_ago=100)
    before = store.stats.count
    assert prune(store, now=NOW, retention_days=90).items == 30
    assert store.stats.count - before >= 30 // 7 + 1  # one transaction per batch at least
    assert store.scalar("SELECT COUNT(*) FROM items") == 0
    assert store.scalar("SELECT COUNT(*) FROM items_fts") == 0


def test_retention_knows_the_tally_rules_version() -> None:
    # A prune skips refreshing the stored tallies by this number, without the extractor.
    from extract.tally import RULES_VERSION
    from storage.retention import TALLY_RULES

    assert TALLY_RULES == RULES_VERSION


def test_a_prune_refreshes_tallies_stored_under_older_rules(store: Storage) -> None:
    stored(store, [record("new", "Strike", figures=(figure(12, "At least 12 killed."),))],
           days_ago=0)  # fmt: skip
    store.execute("UPDATE event_tallies SET killed = 1012")
    store.execute("UPDATE meta SET value = '1' WHERE key = 'tally_rules'")
    prune(store, now=NOW, retention_days=30)
    assert store.scalar("SELECT value FROM meta WHERE key = 'tally_rules'") == str(TALLY_RULES)
    assert store.scalar("SELECT killed FROM event_tallies") == 12
