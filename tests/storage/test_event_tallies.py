"""Stored event tallies give exactly the numbers computed from the figures, whatever changes."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from extract.tally import Tally
from storage import audit, event_tallies
from storage.db import Storage
from storage.event_tallies import refresh_dirty, rules_current
from storage.feeds import sync_feeds
from storage.reextract import reextract_items
from storage.retention import prune
from storage.tallies import compute_tally
from storage.tally_summary import tally_summary
from storage.write import mark_listed, store_items
from tests.storage.test_storage import NOW as WRITTEN
from tests.storage.test_storage import figure, record

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC).timestamp()
HOUR = 3600.0
DAY = 24 * HOUR
PLACES = [
    ("Syria", "Idlib"),
    ("Syria", "Ariha"),
    ("Syria", None),
    ("Sudan", "El Fasher"),
    (None, None),
]
VICTIMS = ["people", "people", "civilians", "children", "soldiers"]
SOURCES = [None, None, "SOHR", "civil defence", "the army"]


def _store() -> Storage:
    store = Storage.memory()
    store.db.conn.executemany(
        "INSERT INTO feeds (id, url, name, created) VALUES (?, ?, ?, ?)",
        [(i, f"https://feed{i}.example/rss", f"Wire {i}", NOW) for i in (1, 2, 3)],
    )
    return store


def _populate(
    store: Storage, rng: random.Random, items: int = 40, stories: int = 8, first: int = 1
) -> None:
    """Random items and figures written straight into the tables (triggers mark events):
    an item's figures are of its story's event, or of an event of their own. Items are
    numbered from `first` (more of them join the same stories)."""
    conn = store.db.conn
    conn.executemany(
        "INSERT OR IGNORE INTO stories (id, label, first_seen, last_seen) VALUES (?, ?, ?, ?)",
        [(s, f"Story {s}", NOW, NOW) for s in range(1, stories + 1)],
    )
    for item_id in range(first, first + items):
        when = NOW - rng.uniform(-4, 60) * HOUR
        story = rng.choice([*range(1, stories + 1), None])
        conn.execute(
            "INSERT INTO items (id, feed_id, key, title, summary, first_seen, effective, "
            "content_hash, story_id, disputed) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                item_id,
                rng.randint(1, 3),
                f"k{item_id}",
                f"Item {item_id}",
                "",
                when,
                when,
                "h",
                story,
                "unverified" if rng.random() < 0.05 else None,
            ),
        )
        for idx in range(rng.choice([1, 1, 2, 3])):
            country, place = rng.choice(PLACES)
            count = rng.randint(1, 60)
            period = rng.random()
            period_start = None if period < 0.7 else when - rng.uniform(1, 400) * HOUR
            source = rng.choice(SOURCES)
            conn.execute(
                "INSERT INTO figures (item_id, version, latest, idx, event_id, effective, kind, "
                "count, low, high, victims, cumulative, is_update, period, period_start, source, "
                "source_kind, country, place, conflict, part_of, sentence, span_start, span_end, "
                "excluded) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    item_id,
                    1,
                    int(rng.random() > 0.1),
                    idx,
                    story if story is not None else 1000 + item_id,
                    when,
                    rng.choice(["killed", "killed", "injured"]),
                    count,
                    count,
                    count + rng.choice([0, 0, 5]) or None,
                    rng.choice(VICTIMS),
                    int(period_start is not None or rng.random() < 0.2),
                    int(rng.random() < 0.3),
                    "since the war began" if period > 0.9 else None,
                    period_start,
                    source,
                    "party" if source == "the army" else None,
                    country,
                    place,
                    int(rng.random() > 0.05),
                    0 if idx and rng.random() < 0.2 else None,
                    f"Sentence {item_id}.{idx}.",
                    0,
                    5,
                    "wrong" if rng.random() < 0.05 else None,
                ),
            )


WINDOWS = [None, 6 * HOUR, 24 * HOUR, 30 * HOUR]


def _same(store: Storage, now: float = NOW) -> list[Tally]:
    """Assert that the summary equals the full tally (without figures) for every window."""
    out = []
    for length in WINDOWS:
        since = now - length if length is not None else None
        full = compute_tally(store, since=since, now=now)
        fast = tally_summary(store, since=since, now=now)
        assert fast == replace(full, figures=())
        out.append(fast)
    return out


@pytest.mark.parametrize("seed", range(12))
def test_summary_equals_the_full_tally_on_random_events(seed: int) -> None:
    store = _store()
    _populate(store, random.Random(seed))
    stale = _same(store)  # before any refresh: every event is computed from its figures
    events = store.scalar("SELECT COUNT(DISTINCT event_id) FROM figures")
    assert refresh_dirty(store) == events
    assert store.scalar("SELECT COUNT(*) FROM event_tallies") == events
    assert store.scalar("SELECT COUNT(*) FROM event_dirty") == 0
    assert _same(store) == stale
    _same(store, now=NOW - 10 * HOUR)  # a clock before some figures: those events are live


def test_events_refreshed_a_few_figures_at_a_time_store_the_same_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refreshed(budget: int) -> list[tuple[object, ...]]:
        monkeypatch.setattr(event_tallies, "FIGURE_BUDGET", budget)
        store = _store()
        _populate(store, random.Random(5), items=60)
        assert refresh_dirty(store) == store.scalar("SELECT COUNT(DISTINCT event_id) FROM figures")
        return [
            *store.execute("SELECT * FROM event_tallies ORDER BY event_id"),
            *store.execute("SELECT * FROM event_points ORDER BY event_id, figure_id"),
        ]

    assert refreshed(1) == refreshed(3) == refreshed(100_000)


def _stored(store: Storage) -> dict[int, int]:
    """event id -> stored killed."""
    return {
        int(r[0]): int(r[1]) for r in store.execute("SELECT event_id, killed FROM event_tallies")
    }


def _event(store: Storage) -> int:
    return int(store.scalar("SELECT event_id FROM figures ORDER BY id LIMIT 1"))


def test_the_stored_value_is_what_the_summary_reads(tmp_path: Path) -> None:
    store = Storage.open(tmp_path / "s.db")
    sync_feeds(store, [("https://a.example/rss", "Alpha", [], True)], WRITTEN)
    fid = int(store.scalar("SELECT id FROM feeds"))
    item = record("1", "Strike on Idlib market", figures=(figure(12, "At least 12 killed."),))
    with store.transaction():
        store_items(store, fid, [item], WRITTEN)
    assert tally_summary(store, since=WRITTEN - DAY, now=WRITTEN).killed == 12
    store.execute("UPDATE event_tallies SET killed = 1012, killed_low = 1012")
    assert tally_summary(store, since=WRITTEN - DAY, now=WRITTEN).killed == 1012
    assert compute_tally(store, since=WRITTEN - DAY, now=WRITTEN).killed == 12
    # A window that cuts through the event computes it from its figures.
    assert tally_summary(store, since=WRITTEN - 0.5 * HOUR, now=WRITTEN).killed == 0


def test_every_writer_keeps_stored_values_current(tmp_path: Path) -> None:
    store = Storage.open(tmp_path / "w.db")
    sync_feeds(store, [("https://a.example/rss", "Alpha", [], True)], WRITTEN)
    fid = int(store.scalar("SELECT id FROM feeds"))
    first = record("1", "Strike on Idlib market", figures=(figure(12, "At least 12 killed."),))
    with store.transaction():
        store_items(store, fid, [first], WRITTEN)
    story = _event(store)
    assert _stored(store) == {story: 12}
    assert tally_summary(store, since=WRITTEN - DAY, now=WRITTEN).killed == 12

    revised = replace(
        first,
        content_hash="revised",
        extraction=replace(first.extraction, figures=(figure(25, "At least 25 killed."),)),
    )
    with store.transaction():
        store_items(store, fid, [revised], WRITTEN + 60)
    assert _stored(store) == {story: 25}

    latest = int(store.scalar("SELECT id FROM figures WHERE latest = 1"))
    entry = audit.exclude_figure(store, latest, "wrong town", now=WRITTEN)
    assert _stored(store) == {story: 0}
    audit.undo(store, entry, now=WRITTEN)
    assert _stored(store) == {story: 25}
    entry = audit.dispute_item(store, 1, "unverified", now=WRITTEN)
    assert _stored(store) == {story: 0}
    audit.undo(store, entry, now=WRITTEN)

    reextract_items(store, lambda *_: replace(first.extraction, figures=(figure(30, "30."),)))
    assert _stored(store) == {story: 30}
    assert store.scalar("SELECT COUNT(*) FROM event_dirty") == 0
    assert _event(store) == story  # the event keeps its first figure's id
    assert _same(store, now=WRITTEN) and tally_summary(store, since=None, now=WRITTEN).killed == 30


def test_renaming_an_outlet_or_pruning_marks_its_events(tmp_path: Path) -> None:
    store = Storage.open(tmp_path / "r.db")
    sync_feeds(store, [("https://a.example/rss", "Alpha", [], True)], WRITTEN)
    fid = int(store.scalar("SELECT id FROM feeds"))
    with store.transaction():
        store_items(
            store,
            fid,
            [record("old", "Old", hours_ago=24 * 100, figures=(figure(5, "Five died."),))],
            WRITTEN - 100 * DAY,  # first stored then
        )
        mark_listed(store, fid, [])  # and the feed no longer lists it
    event = _event(store)
    sync_feeds(store, [("https://a.example/rss", "Alpha Wire", [], True)], WRITTEN)
    assert [r[0] for r in store.execute("SELECT event_id FROM event_dirty")] == [event]
    assert prune(store, now=WRITTEN, retention_days=90).items == 1
    assert _stored(store) == {}
    assert store.scalar("SELECT COUNT(*) FROM event_dirty") == 0
    assert tally_summary(store, since=None, now=WRITTEN).killed == 0


def test_tallies_stored_under_older_rules_are_read_around_then_recomputed(
    tmp_path: Path,
) -> None:
    store = Storage.open(tmp_path / "s.db")
    sync_feeds(store, [("https://a.example/rss", "Alpha", [], True)], WRITTEN)
    fid = int(store.scalar("SELECT id FROM feeds"))
    item = record("1", "Strike on Idlib market", figures=(figure(12, "At least 12 killed."),))
    with store.transaction():
        store_items(store, fid, [item], WRITTEN)
    assert rules_current(store)
    store.execute("UPDATE event_tallies SET killed = 1012, killed_low = 1012")
    store.execute("UPDATE meta SET value = '1' WHERE key = 'tally_rules'")
    assert not rules_current(store)
    assert tally_summary(store, since=WRITTEN - DAY, now=WRITTEN).killed == 12
    with store.transaction():
        assert refresh_dirty(store) == 1
    assert rules_current(store)
    assert _stored(store) == {_event(store): 12}


def test_an_event_of_five_thousand_figures_is_stored_and_read_exactly() -> None:
    # One outlet's running toll rising by one a minute: the event stands at its latest value,
    # and a day's window counts the rise from the last value before it (3559).
    store = _store()
    conn = store.db.conn
    conn.execute(
        "INSERT INTO stories (id, label, first_seen, last_seen) VALUES (1, 'T', ?, ?)", (NOW, NOW)
    )
    rows = [(i, NOW - (5000 - i) * 60.0) for i in range(1, 5001)]
    conn.executemany(
        "INSERT INTO items (id, feed_id, key, title, summary, first_seen, effective, "
        "content_hash, story_id) VALUES (?, 1, ?, 'Toll', '', ?, ?, 'h', 1)",
        [(i, f"k{i}", when, when) for i, when in rows],
    )
    conn.executemany(
        "INSERT INTO figures (item_id, version, idx, event_id, effective, kind, count, low, "
        "victims, country, place, sentence, span_start, span_end) "
        "VALUES (?, 1, 0, 1, ?, 'killed', ?, ?, 'people', 'Syria', 'Raqqa', 'Toll.', 0, 4)",
        [(i, when, i, i) for i, when in rows],
    )
    assert refresh_dirty(store) == 1
    assert _stored(store) == {1: 5000}
    assert [t.killed for t in _same(store)] == [5000, 361, 1441, 1801]


def test_a_stored_report_tallies_its_own_total(tmp_path: Path) -> None:
    """The texts' verdicts are stored with the figures, and every tally that reads them back
    gives the item's own total: the lower of two accounts, the headline told once."""
    from extract.api import extract

    store = Storage.open(tmp_path / "o.db")
    sync_feeds(store, [("https://a.example/rss", "Alpha", [], True)], WRITTEN)
    fid = int(store.scalar("SELECT id FROM feeds"))
    title = "Militants storm army base in Lower Shabelle, kill 17 soldiers"
    summary = (
        "Militants stormed the base at dawn; a military officer said 17 soldiers were killed, "
        "while the group claimed to have killed 40."
    )
    ex = extract(f"{title}.\n{summary}", published=datetime.fromtimestamp(WRITTEN, UTC))
    assert ex.killed == 17
    item = replace(record("1", title, summary), extraction=ex)
    with store.transaction():
        store_items(store, fid, [item], WRITTEN)
    codes = [r[0] for r in store.execute("SELECT set_aside FROM figures ORDER BY idx")]
    assert codes == [f.set_aside for f in ex.figures] and "disagrees" in codes
    assert compute_tally(store, since=None, now=WRITTEN).killed == 17
    assert tally_summary(store, since=WRITTEN - DAY, now=WRITTEN).killed == 17
