"""A country's index that stops keeping its figures while a long pass is provisional
(`storage.events.LEAN_AT`) settles by replaying the stored figures, and stores exactly what
settling in memory does: the same events, tallies and stored index, then and on the next pass."""

from __future__ import annotations

from pathlib import Path

import pytest

import storage.events
from extract.events import Base
from storage.db import Storage
from storage.event_tallies import refresh_in_steps
from storage.events import event_writer
from storage.feeds import sync_feeds
from storage.write import ItemRecord, store_items
from tests.storage.test_writer_warm import FEEDS, NOW, PLACES, item, new_items, stored

THEMES = ("market", "school", "bakery", "convoy", "camp", "hospital")


def week(feed: int) -> list[ItemRecord]:
    """One outlet's reports of four days in three countries, each outlet's a little apart:
    every feed after the first reaches back before the last one's latest item."""
    out = []
    for n in range(16):
        country = list(PLACES)[(n + feed) % 3]
        theme = THEMES[(n // 3 + feed) % len(THEMES)]
        out.append(item(f"f{feed}-{n}", country, 5 + (n + feed) % 7, 96 - 6 * n - feed, theme))
    return out


def first_pass(path: Path, lean_at: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, ...]:
    """Store three feeds' weeks, a transaction each, then settle; returns how many countries
    were lean when the pass settled."""
    monkeypatch.setattr(storage.events, "LEAN_AT", lean_at)
    store = Storage.open(path)
    ids = sync_feeds(store, FEEDS, NOW - 5 * 86400)
    feeds = [ids[url] for url, *_ in FEEDS]
    for n, feed in enumerate(feeds):
        with store.transaction():
            store_items(store, feed, week(n), NOW - 3600, refresh=False)
    writer = event_writer(store)
    lean = len(writer.index.lean())
    unsettled = store.scalar("SELECT 1 FROM meta WHERE key = 'events_unsettled'")
    writer.settle_in_steps(step=7)
    refresh_in_steps(store)
    store.close()
    return lean, int(unsettled or 0)


def second_pass(path: Path, lean_at: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """The next pass: new reports, then a late one of the day before; returns how many
    countries were lean when it settled."""
    monkeypatch.setattr(storage.events, "LEAN_AT", lean_at)
    store = Storage.open(path)
    ids = {url: int(i) for url, i in store.execute("SELECT url, id FROM feeds")}
    late = [item(f"late-{c}", c, 6, 20, "convoy") for c in PLACES]
    for feed, items in [*new_items({url: ids[url] for url, *_ in FEEDS}), (ids[FEEDS[0][0]], late)]:
        with store.transaction():
            store_items(store, feed, items, NOW, refresh=False)
    writer = event_writer(store)
    lean = len(writer.index.lean())
    writer.settle_in_steps()
    refresh_in_steps(store)
    store.close()
    return lean


def same(a: Path, b: Path) -> dict[str, list[tuple[object, ...]]]:
    """`stored` of `a`, checked equal to `b`'s: the stored indexes decoded (their JSON lists
    a set's names in whatever order the set holds them)."""
    mine, theirs = stored(a), stored(b)
    assert [row[:2] for row in mine["index"]] == [row[:2] for row in theirs["index"]]
    for (_, _, x), (_, _, y) in zip(mine["index"], theirs["index"], strict=True):
        bx, by = Base.decode(str(x)), Base.decode(str(y))
        assert bx.events == by.events
        assert {k: [v] if isinstance(v, int) else list(v.ids) for k, v in bx.postings.items()} == {
            k: [v] if isinstance(v, int) else list(v.ids) for k, v in by.postings.items()
        }
    assert {k: v for k, v in mine.items() if k != "index"} == {
        k: v for k, v in theirs.items() if k != "index"
    }
    return mine


def canonical(path: Path) -> dict[int, int]:
    store = Storage.open(path)
    with store.transaction():
        event_writer(store).reassign_from(None)
    found = {int(f): int(e) for f, e in store.execute("SELECT id, event_id FROM figures")}
    store.close()
    return found


def test_a_lean_country_settles_and_stores_what_one_kept_in_memory_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full, lean = tmp_path / "full.db", tmp_path / "lean.db"
    assert first_pass(full, 10**9, monkeypatch) == (0, 1)
    assert first_pass(lean, 12, monkeypatch) == (3, 1)  # every country went lean, unsettled
    after = same(lean, full)
    assert len(after["index"]) == 3  # each country's index stored, as of the same time
    events = {row[2] for row in after["figures"]}
    assert 3 < len(events) < len(after["figures"])  # reports joined, incidents kept apart
    assert second_pass(full, 10**9, monkeypatch) == 0
    assert second_pass(lean, 12, monkeypatch) == 3  # from the index the first replay stored
    figures = {int(str(row[0])): int(str(row[2])) for row in same(lean, full)["figures"]}
    assert figures == canonical(lean)


def test_a_lean_country_keeps_no_figures_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage.events, "LEAN_AT", 12)
    store = Storage.open(tmp_path / "e.db")
    ids = sync_feeds(store, FEEDS, NOW - 5 * 86400)
    for n, (url, *_) in enumerate(FEEDS):
        with store.transaction():
            store_items(store, ids[url], week(n), NOW - 3600, refresh=False)
    index = event_writer(store).index
    parts = [index.partition(country) for country in index.lean()]
    assert parts and all(not p.reports and not p.assigned and p.events for p in parts)
    event_writer(store).settle_in_steps()
    assert index.lean() == [] and event_writer(store).index.lean() == []
    store.close()
