"""A feed's items written together give the rows they give written one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.db import Storage
from storage.feeds import sync_feeds
from storage.write import ItemRecord, store_items
from tests.storage.test_storage import NOW, figure, record

TABLES = (
    "items",
    "item_versions",
    "figures",
    "mentions",
    "place_mentions",
    "actor_hours",
    "stories",
    "event_dirty",
)


def _open(path: Path) -> tuple[Storage, int]:
    store = Storage.open(path)
    sync_feeds(store, [("https://a.example/rss", "Alpha", ["world"], True)], NOW)
    return store, int(store.scalar("SELECT id FROM feeds"))


def _dump(store: Storage) -> dict[str, list[tuple[object, ...]]]:
    rows = {}
    for table in TABLES:
        keyed = table != "actor_hours"  # a table without rowid: its key orders it
        what, order = ("rowid, *", "rowid") if keyed else ("*", "1, 2, 3")
        rows[table] = [
            tuple(r) for r in store.execute(f"SELECT {what} FROM {table} ORDER BY {order}")
        ]
    return rows


def _passes() -> list[list[ItemRecord]]:
    strike = (figure(12, "At least 12 killed in the market strike."),)
    return [
        [
            record("1", "Strike on Idlib market kills 12", figures=strike, actors=("HTS",)),
            record("2", "Talks resume in Geneva", hours_ago=3),
            record("3", "Idlib market strike toll", figures=strike, actors=("HTS",)),
        ],
        [
            record("4", "Shelling near Idlib bakery", hours_ago=2, actors=("HTS",)),
            # a stored item changes between two new ones
            record("2", "Talks resume in Geneva on Monday", hours_ago=3),
            record("5", "Idlib bakery shelling kills 3", figures=(figure(3, "3 killed."),)),
            # one key twice in a body: its second text is a new version
            record("6", "Convoy hit on Aleppo road", hours_ago=5),
            record("6", "Convoy hit on Aleppo road, 4 dead", figures=(figure(4, "4 dead."),)),
            record("7", "Aleppo road convoy toll", hours_ago=4, figures=(figure(5, "5 dead."),)),
        ],
    ]


def test_items_written_together_give_the_rows_of_items_written_one_by_one(
    tmp_path: Path,
) -> None:
    together, fid = _open(tmp_path / "together.db")
    alone, fid_alone = _open(tmp_path / "alone.db")
    results_together, results_alone = [], []
    for n, items in enumerate(_passes()):
        with together.transaction():
            results_together.append(store_items(together, fid, items, NOW + n))
        new: list[int] = []
        changed: list[int] = []
        for item in items:
            with alone.transaction():
                a, b = store_items(alone, fid_alone, [item], NOW + n)
            new += a
            changed += b
        results_alone.append((new, changed))
    assert results_together == results_alone
    assert results_together[1][1] == [2, 6]  # the changed item and the repeated key
    rows = _dump(together)
    assert rows == _dump(alone)
    assert len(rows["figures"]) == 5
    story = {key: story_id for key, story_id in together.execute("SELECT key, story_id FROM items")}
    assert story["3"] == story["1"]  # joined a story started earlier in the same feed
    assert story["5"] == story["4"]


def test_a_rolled_back_feed_leaves_no_story_and_takes_no_id(tmp_path: Path) -> None:
    store, fid = _open(tmp_path / "t.db")
    first = _passes()[0]
    with pytest.raises(RuntimeError), store.transaction():
        store_items(store, fid, first, NOW)
        raise RuntimeError("the feed's transaction fails after its items")
    assert store.scalar("SELECT COUNT(*) FROM stories") == 0
    with store.transaction():
        new, _ = store_items(store, fid, first, NOW)
    assert new == [1, 2, 3]
    ids = [r[0] for r in store.execute("SELECT id FROM stories ORDER BY id")]
    assert ids == list(range(1, len(ids) + 1))
    orphans = "SELECT COUNT(*) FROM items LEFT JOIN stories s ON s.id = story_id WHERE s.id IS NULL"
    assert store.scalar(orphans) == 0
