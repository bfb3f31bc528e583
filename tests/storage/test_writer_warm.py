"""Reading ahead what the writer's first transaction reads (`storage.write.warm_writer`) stores
exactly what storing without it does, and leaves that transaction nothing of it to read."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from extract.model import Extraction, Figure, PlaceMention
from storage.db import Storage
from storage.event_tallies import refresh_in_steps
from storage.events import event_writer
from storage.feeds import sync_feeds
from storage.write import ItemRecord, store_items, warm_writer
from tests.builders import killed_at_least

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC).timestamp()
FEEDS: list[tuple[str, str | None, list[str], bool]] = [
    (f"https://{name}.example/rss", name, [], True) for name in ("a", "b", "c")
]
PLACES = {
    "Syria": ("Idlib", 35.9, 36.6),
    "Sudan": ("El Fasher", 13.6, 25.3),
    "Yemen": ("Taiz", 13.6, 44.0),
}


def item(key: str, country: str, count: int, hours_ago: float, theme: str) -> ItemRecord:
    place, lat, lon = PLACES[country]
    sentence = f"At least {count} people were killed in the {theme} strike in {place}."
    figure: Figure = replace(
        killed_at_least(count, sentence, place=place), country=country, place=place
    )
    title = f"{theme.capitalize()} strike in {place} kills {count}"
    return ItemRecord(
        key=key,
        guid=key,
        link=f"https://news.example/{key}",
        title=title,
        summary=sentence,
        author=None,
        published=datetime.fromtimestamp(NOW, UTC) - timedelta(hours=hours_ago),
        updated=None,
        content_hash=f"{title}|{sentence}",
        extraction=Extraction(
            figures=(figure,),
            places=(PlaceMention(place, country, lat, lon, "city", ((0, len(place)),)),),
            killed=count,
            countries=(country,),
        ),
    )


def store_pass(store: Storage, batches: list[tuple[int, list[ItemRecord]]], now: float) -> None:
    """One pass as the poller makes it: a transaction per feed, then settle and refresh."""
    for feed_id, items in batches:
        with store.transaction():
            store_items(store, feed_id, items, now, refresh=False)
    event_writer(store).settle_in_steps()
    refresh_in_steps(store)


def history(path: Path) -> dict[str, int]:
    """Four days of reports in three countries, settled: every country has a stored index."""
    store = Storage.open(path)
    ids = sync_feeds(store, FEEDS, NOW - 5 * 86400)
    feeds = [ids[url] for url, *_ in FEEDS]
    themes = ("market", "school", "bakery", "convoy", "camp", "hospital")
    batches = []
    for n in range(48):
        country = list(PLACES)[n % 3]
        hours = 96 - 2 * n
        theme = themes[(n // 3) % len(themes)]
        batches.append((feeds[n % 3], [item(f"h{n}", country, 5 + n % 7, hours, theme)]))
    store_pass(store, batches, NOW - 3600)
    assert store.scalar("SELECT COUNT(*) FROM event_index") == 3
    store.close()
    return {url: ids[url] for url, *_ in FEEDS}


def new_items(feeds: dict[str, int]) -> list[tuple[int, list[ItemRecord]]]:
    """The next pass: new reports of old and new incidents, in every country."""
    a, b, c = feeds.values()
    return [
        (a, [item("n1", "Syria", 9, 0.5, "camp"), item("n2", "Sudan", 12, 0.4, "market")]),
        (b, [item("n3", "Yemen", 8, 0.3, "hospital"), item("n4", "Syria", 10, 0.2, "camp")]),
        (c, [item("n5", "Sudan", 14, 0.1, "market"), item("n6", "Yemen", 3, 0.1, "bridge")]),
    ]


def stored(path: Path) -> dict[str, list[tuple[object, ...]]]:
    store = Storage.open(path)
    tables = {
        "items": "SELECT id, feed_id, key, story_id, killed FROM items ORDER BY id",
        "figures": "SELECT id, item_id, event_id, count, country FROM figures ORDER BY id",
        "stories": "SELECT id, label, first_seen, last_seen, items, sources, signature "
        "FROM stories ORDER BY id",
        "tallies": "SELECT event_id, killed, figure_ids FROM event_tallies ORDER BY event_id",
        "index": "SELECT country, until, state FROM event_index ORDER BY country",
    }
    found = {name: [tuple(row) for row in store.execute(sql)] for name, sql in tables.items()}
    store.close()
    return found


def test_a_warmed_writer_stores_what_a_cold_one_does(tmp_path: Path) -> None:
    feeds = history(tmp_path / "h.db")
    shutil.copy(tmp_path / "h.db", tmp_path / "cold.db")
    shutil.copy(tmp_path / "h.db", tmp_path / "warm.db")

    cold = Storage.open(tmp_path / "cold.db")
    store_pass(cold, new_items(feeds), NOW)
    cold.close()

    warm = Storage.open(tmp_path / "warm.db")
    steps = sum(1 for _ in warm_writer(warm, NOW))
    assert steps == 1 + 3  # the stories, then each country's index
    read: list[str] = []
    warm.conn.set_trace_callback(read.append)
    store_pass(warm, new_items(feeds), NOW)
    warm.conn.set_trace_callback(None)
    warm.close()
    # what it read ahead, the transactions did not read again
    assert not [sql for sql in read if "SELECT until, state FROM event_index" in sql]
    assert not [sql for sql in read if "FROM stories WHERE last_seen" in sql]

    assert stored(tmp_path / "warm.db") == stored(tmp_path / "cold.db")
    assert len(stored(tmp_path / "warm.db")["items"]) == 48 + 6


def test_a_writer_with_something_to_recover_is_not_warmed(tmp_path: Path) -> None:
    feeds = history(tmp_path / "h.db")
    for name in ("cold.db", "warm.db"):
        shutil.copy(tmp_path / "h.db", tmp_path / name)
        store = Storage.open(tmp_path / name)
        with store.transaction():  # as a writer that crashed before settling leaves it
            store.execute("INSERT INTO meta (key, value) VALUES ('events_unsettled', ?)", [NOW])
        store.close()

    cold = Storage.open(tmp_path / "cold.db")
    store_pass(cold, new_items(feeds), NOW)
    cold.close()

    warm = Storage.open(tmp_path / "warm.db")
    assert sum(1 for _ in warm_writer(warm, NOW)) == 1  # the stories only
    store_pass(warm, new_items(feeds), NOW)
    warm.close()
    assert stored(tmp_path / "warm.db") == stored(tmp_path / "cold.db")
