"""Storage on real SQLite files: schema, versions, full-text search, transactions, lease."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from extract.model import ActorMention, Extraction, Figure, PlaceMention
from storage import lease, queries
from storage.db import CHECKPOINT_PAGES, Storage, StorageError
from storage.feeds import FetchOutcome, record_fetch, sync_feeds
from storage.schema import MIGRATIONS
from storage.write import ItemRecord, store_items
from tests.builders import killed_at_least

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC).timestamp()


def figure(count: int, sentence: str) -> Figure:
    """An Idlib toll; the other storage test modules import it from here."""
    return killed_at_least(count, sentence)


def record(
    key: str,
    title: str,
    summary: str = "",
    *,
    hours_ago: float = 1.0,
    figures: tuple[Figure, ...] = (),
    actors: tuple[str, ...] = (),
) -> ItemRecord:
    published = datetime.fromtimestamp(NOW, UTC) - timedelta(hours=hours_ago)
    return ItemRecord(
        key=key,
        guid=key,
        link=f"https://news.example/{key}",
        title=title,
        summary=summary,
        author=None,
        published=published,
        updated=None,
        content_hash=str(hash((title, summary))),
        extraction=Extraction(
            figures=figures,
            actors=tuple(ActorMention(a, "armed group", "Syria", 1) for a in actors),
            places=(PlaceMention("Idlib", "Syria", 35.9, 36.6, "region", ((0, 5),)),),
            killed=sum(f.count for f in figures),
            countries=("Syria",),
        ),
    )


@pytest.fixture
def store(tmp_path: Path) -> Storage:
    s = Storage.open(tmp_path / "t.db")
    sync_feeds(
        s,
        [
            ("https://a.example/rss", "Alpha", ["world"], True),
            ("https://b.example/rss", "Beta", ["africa"], True),
        ],
        NOW,
    )
    return s


def feed_id(store: Storage, url: str) -> int:
    return int(store.scalar("SELECT id FROM feeds WHERE url = ?", (url,)))


def test_open_creates_schema_in_wal_mode(tmp_path: Path) -> None:
    s = Storage.open(tmp_path / "new.db")
    assert s.scalar("PRAGMA journal_mode") == "wal"
    assert s.scalar("PRAGMA foreign_keys") == 1
    assert s.scalar("PRAGMA wal_autocheckpoint") == CHECKPOINT_PAGES
    names = [r[0] for r in s.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]
    s.close()
    again = Storage.open(tmp_path / "new.db")  # re-opening applies nothing twice
    assert again.scalar("SELECT COUNT(*) FROM _migrations") == len(MIGRATIONS)


def test_reader_of_missing_database_says_how_to_create_it(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match=r"no database at .*sitrep poll --once"):
        Storage.open(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_readonly_connection_cannot_write(store: Storage, tmp_path: Path) -> None:
    reader = Storage.open(tmp_path / "t.db", readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.execute("DELETE FROM feeds")
    assert reader.scalar("SELECT COUNT(*) FROM feeds") == 2


def test_new_items_are_stored_once(store: Storage) -> None:
    fid = feed_id(store, "https://a.example/rss")
    items = [
        record("1", "Strike on Idlib market", figures=(figure(12, "At least 12 killed."),)),
        record("2", "Talks resume in Geneva"),
    ]
    with store.transaction():
        new, changed = store_items(store, fid, items, NOW)
    assert len(new) == 2 and changed == []
    with store.transaction():
        new, changed = store_items(store, fid, items, NOW + 60)
    assert new == [] and changed == []
    assert store.scalar("SELECT COUNT(*) FROM items") == 2
    assert store.scalar("SELECT items FROM feeds WHERE id = ?", (fid,)) == 2
    row = store.rows("SELECT * FROM figures")[0]
    assert (row["count"], row["sentence"], row["latest"], row["version"]) == (
        12,
        "At least 12 killed.",
        1,
        1,
    )


def test_changed_item_keeps_its_earlier_version_and_figures(store: Storage) -> None:
    fid = feed_id(store, "https://a.example/rss")
    first = record("1", "Toll 10", figures=(figure(10, "At least 10 killed."),))
    second = record("1", "Toll rises to 25", figures=(figure(25, "At least 25 killed."),))
    with store.transaction():
        store_items(store, fid, [first], NOW)
    with store.transaction():
        new, changed = store_items(store, fid, [second], NOW + 60)
    assert new == [] and len(changed) == 1
    versions = store.rows("SELECT version, title FROM item_versions ORDER BY version")
    assert versions == [
        {"version": 1, "title": "Toll 10"},
        {"version": 2, "title": "Toll rises to 25"},
    ]
    figs = store.rows("SELECT count, version, latest FROM figures ORDER BY version")
    assert figs == [
        {"count": 10, "version": 1, "latest": 0},
        {"count": 25, "version": 2, "latest": 1},
    ]
    assert store.scalar("SELECT title FROM items") == "Toll rises to 25"


def test_fts_follows_text_changes_only(store: Storage) -> None:
    fid = feed_id(store, "https://a.example/rss")
    with store.transaction():
        store_items(store, fid, [record("1", "Shelling in Kharkiv overnight")], NOW)
    assert [r.title for r in queries.events(store, since=None, search="kharkiv")] == [
        "Shelling in Kharkiv overnight"
    ]
    with store.transaction():
        store_items(store, fid, [record("1", "Drone attack on Odesa port")], NOW + 5)
    assert queries.events(store, since=None, search="kharkiv") == []
    assert len(queries.events(store, since=None, search="Odesa")) == 1
    # Updating columns other than the text must not touch the index.
    store.execute("UPDATE items SET killed = 3")
    assert store.scalar("SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH 'odesa'") == 1


@pytest.mark.parametrize("query", ["al-Assad", 'say "no"', "NOT", "a OR", "(Idlib", "x:y", "*"])
def test_search_takes_words_literally(store: Storage, query: str) -> None:
    fid = feed_id(store, "https://a.example/rss")
    with store.transaction():
        store_items(store, fid, [record("1", "Al-Assad flees as rebels say no (Idlib) x:y")], NOW)
    found = queries.events(store, since=None, search=query)
    assert isinstance(found, list)  # never an FTS syntax error
    if query in ("al-Assad", "(Idlib", "x:y"):
        assert len(found) == 1


def test_failed_transaction_leaves_nothing(store: Storage) -> None:
    fid = feed_id(store, "https://a.example/rss")
    outcome = FetchOutcome(
        status=200, error=None, etag='"v2"', last_modified=None, next_fetch=NOW + 600, interval=600
    )
    with pytest.raises(RuntimeError), store.transaction():
        store_items(store, fid, [record("1", "Half-written")], NOW)
        record_fetch(store, fid, outcome, NOW, 1, 0)
        raise RuntimeError("crash between items and feed state")
    assert store.scalar("SELECT COUNT(*) FROM items") == 0
    assert store.scalar("SELECT etag FROM feeds WHERE id = ?", (fid,)) is None


def test_failure_keeps_validators_and_counts_errors(store: Storage) -> None:
    fid = feed_id(store, "https://a.example/rss")
    ok = FetchOutcome(
        status=200, error=None, etag='"v1"', last_modified="lm", next_fetch=NOW + 600, interval=600
    )
    bad = FetchOutcome(
        status=500,
        error="HTTP 500 Internal Server Error",
        etag=None,
        last_modified=None,
        next_fetch=NOW + 1200,
        interval=1200,
    )
    with store.transaction():
        record_fetch(store, fid, ok, NOW)
    for _ in range(2):
        with store.transaction():
            record_fetch(store, fid, bad, NOW + 10)
    row = store.rows("SELECT * FROM feeds WHERE id = ?", (fid,))[0]
    assert (row["etag"], row["last_modified"], row["error_count"], row["last_ok"]) == (
        '"v1"',
        "lm",
        2,
        NOW,
    )
    assert row["last_error"] == "HTTP 500 Internal Server Error"
    assert store.scalar("SELECT COUNT(*) FROM fetch_log WHERE feed_id = ?", (fid,)) == 3


def test_sync_disables_feeds_removed_from_config_but_keeps_items(store: Storage) -> None:
    fid = feed_id(store, "https://b.example/rss")
    with store.transaction():
        store_items(store, fid, [record("1", "Kept")], NOW)
    sync_feeds(store, [("https://a.example/rss", "Alpha", ["world"], True)], NOW)
    assert store.scalar("SELECT enabled FROM feeds WHERE id = ?", (fid,)) == 0
    assert store.scalar("SELECT COUNT(*) FROM items WHERE feed_id = ?", (fid,)) == 1


def test_events_window_tag_and_filters(store: Storage) -> None:
    a, b = feed_id(store, "https://a.example/rss"), feed_id(store, "https://b.example/rss")
    with store.transaction():
        store_items(
            store,
            a,
            [record("1", "Recent", hours_ago=1, actors=("HTS",)), record("2", "Old", hours_ago=48)],
            NOW,
        )
        store_items(store, b, [record("3", "Other desk", hours_ago=2)], NOW)
    day = NOW - 86400
    assert [e.title for e in queries.events(store, since=day)] == ["Recent", "Other desk"]
    assert [e.title for e in queries.events(store, since=None)] == [
        "Recent",
        "Other desk",
        "Old",
    ]
    world = queries.feeds_tagged(store, "world", {})
    assert [e.title for e in queries.events(store, since=None, feed_ids=world)] == [
        "Recent",
        "Old",
    ]
    assert [e.title for e in queries.events(store, since=None, actor="HTS")] == ["Recent"]
    assert queries.feeds_tagged(store, "nope", {}) == []
    # A tag given in the feed list now counts as much as the one stored at the last poll.
    now_tagged = {"https://b.example/rss": ("World",)}
    assert queries.feeds_tagged(store, "WORLD", now_tagged) == [a, b]


def test_future_published_time_uses_first_seen(store: Storage) -> None:
    fid = feed_id(store, "https://a.example/rss")
    with store.transaction():
        store_items(store, fid, [record("1", "From the future", hours_ago=-30)], NOW)
    assert store.scalar("SELECT effective FROM items") == NOW


def test_actor_activity_trend_and_change(store: Storage) -> None:
    fid = feed_id(store, "https://a.example/rss")
    with store.transaction():
        store_items(
            store,
            fid,
            [
                record("1", "a", hours_ago=1.5, actors=("HTS",)),
                record("2", "b", hours_ago=0.5, actors=("HTS", "SDF")),
                record("3", "c", hours_ago=4.5, actors=("HTS",)),
            ],
            NOW,
        )
    rows = queries.actors(store, since=NOW - 3 * 3600, now=NOW)
    assert [(r.actor, r.mentions, r.items) for r in rows] == [("HTS", 2, 2), ("SDF", 1, 1)]
    hts = rows[0]
    assert len(hts.trend) == 4 and sum(hts.trend) == 2
    assert hts.change == 1.0  # 2 now against 1 in the previous 3 hours


def test_lease_is_exclusive_until_the_heartbeat_stops(store: Storage) -> None:
    assert lease.acquire(store, "one", NOW)
    assert not lease.acquire(store, "two", NOW + 5)
    assert lease.holder(store, NOW + 5) == "one"
    assert lease.acquire(store, "one", NOW + 20)  # renewal
    assert lease.acquire(store, "two", NOW + 20 + lease.LEASE_TTL + 1)  # "one" went quiet
    lease.release(store, "two")
    assert lease.holder(store, NOW + 60) is None


def test_actor_trend_starts_with_the_data_for_a_window_reaching_far_back(store: Storage) -> None:
    fid = feed_id(store, "https://a.example/rss")
    with store.transaction():
        store_items(store, fid, [record("1", "a", hours_ago=2.5, actors=("HTS",))], NOW)
    year_one = datetime(1, 1, 1, tzinfo=UTC).timestamp()
    rows = queries.actors(store, since=year_one, now=NOW)
    assert [(r.actor, r.mentions) for r in rows] == [("HTS", 1)]
    assert rows[0].trend == (1, 0, 0, 0)  # 09:30 to 12:00: the hours 9, 10, 11 and 12
    assert rows[0].previous == 0


def test_search_matches_word_stems_and_accents(store: Storage) -> None:
    fid = feed_id(store, "https://a.example/rss")
    with store.transaction():
        store_items(
            store,
            fid,
            [record("1", "Shelling hits Kharkiv"), record("2", "Aid reaches Bouaké")],
            NOW,
        )
    assert [e.title for e in queries.events(store, since=None, search="shell")] == [
        "Shelling hits Kharkiv"
    ]
    assert [e.title for e in queries.events(store, since=None, search="Bouake")] == [
        "Aid reaches Bouaké"
    ]


def test_fts_migration_reindexes_existing_items(tmp_path: Path) -> None:
    import sqlite_utils

    from storage.schema import MIGRATIONS, migrate

    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "old.db", isolation_level=None))
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied REAL)")
    for name, step in MIGRATIONS[:4]:
        step(db)
        db.execute("INSERT INTO _migrations VALUES (?, 0)", [name])
    db.execute("INSERT INTO feeds (url, created) VALUES ('https://a.example/', 0)")
    db.execute(
        "INSERT INTO items (feed_id, key, title, summary, first_seen, effective, content_hash)"
        " VALUES (1, 'k', 'Shelling overnight', '', 0, 0, 'h')"
    )
    assert migrate(db) == [name for name, _ in MIGRATIONS[4:]]  # 005_fts_stems and later
    hits = db.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH 'shell'").fetchall()
    assert hits == [(1,)]


def test_lease_of_a_dead_process_on_this_host_is_taken_at_once(store: Storage) -> None:
    from storage.lease import new_holder_id

    # Above the kernel's largest process id: certainly no process runs under it.
    pid_max = int(Path("/proc/sys/kernel/pid_max").read_text())
    dead = new_holder_id("poll").replace(f":{os.getpid()}:", f":{pid_max + 1}:")
    assert lease.acquire(store, dead, NOW)
    assert lease.acquire(store, new_holder_id("poll-once"), NOW + 1)  # well within the TTL
    # A live holder on another host keeps its lease until its heartbeat stops.
    assert lease.acquire(store, "poll@another-host:1:abc", NOW + 100)
    assert not lease.acquire(store, new_holder_id("poll-once"), NOW + 101)


def test_an_actor_trend_over_a_long_window_is_bucketed_to_a_week_of_entries(
    store: Storage,
) -> None:
    fid = int(store.scalar("SELECT id FROM feeds LIMIT 1") or 0) or None
    if fid is None:
        sync_feeds(store, [("https://a.example/rss", "Alpha", [], True)], NOW)
        fid = int(store.scalar("SELECT id FROM feeds"))
    hour = int(NOW // 3600)
    store.db.conn.executemany(
        "INSERT INTO actor_hours (actor, hour, feed_id, mentions, items) VALUES (?,?,?,?,?)",
        [("Hamas", hour - 24 * 60, fid, 2, 2), ("Hamas", hour, fid, 3, 3)],
    )
    (hamas,) = queries.actors(store, since=NOW - 90 * 86400, now=NOW)
    assert len(hamas.trend) <= queries.TREND_SLOTS
    assert sum(hamas.trend) == 5 and hamas.trend[-1] == 3
    assert hamas.trend_hours == -(-(90 * 24 + 1) // queries.TREND_SLOTS)
    (week,) = queries.actors(store, since=NOW - 24 * 3600, now=NOW)
    assert week.trend_hours == 1 and len(week.trend) == 25
