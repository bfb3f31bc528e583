"""Stored tallies held in memory between reads give exactly the numbers computed from the
figures, whatever the writer changed in between (new items, edits, exclusions, pruning)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from extract.tally import Tally, tally
from storage import audit, event_tallies
from storage.db import Storage
from storage.event_tallies import refresh_dirty
from storage.stored_events import StoredEvents
from storage.tallies import compute_tally, figures_where
from storage.tally_summary import tally_summary
from tests.storage.test_event_tallies import HOUR, NOW, WINDOWS, _populate, _store

DETAIL = 5


def _detail(store: Storage, result: Tally, since: float | None, now: float) -> Tally:
    """What the panel's detail was before it was kept: the tally of the largest events'
    figures alone."""
    shown = [e.id for e in result.events[:DETAIL]]
    return tally(
        figures_where(store, "f.event_id", shown),
        since=datetime.fromtimestamp(since, UTC) if since is not None else None,
        now=datetime.fromtimestamp(now, UTC),
    )


def _check(store: Storage, held: StoredEvents, now: float = NOW) -> None:
    """The summary read through `held` equals the summary read afresh and the full tally in
    every window, and its detail is the tally of its largest events' figures."""
    for length in WINDOWS:
        since = now - length if length is not None else None
        kept = tally_summary(store, since=since, now=now, detail=DETAIL, stored=held)
        assert kept == tally_summary(store, since=since, now=now, detail=DETAIL)
        full = compute_tally(store, since=since, now=now)
        assert replace(kept, figures=()) == replace(full, figures=())
        assert kept.figures == _detail(store, kept, since, now).figures


def _write(store: Storage, rng: random.Random, first: int, items: int = 12) -> None:
    """A writer's commit: new items (some join earlier events) and their stored tallies."""
    with store.transaction():
        _populate(store, rng, items=items, first=first)
        refresh_dirty(store)


@pytest.mark.parametrize("seed", range(10))
def test_held_tallies_follow_every_commit(seed: int) -> None:
    rng = random.Random(seed)
    store = _store()
    _populate(store, rng)
    refresh_dirty(store)
    held = StoredEvents()
    _check(store, held)
    _write(store, rng, first=100)
    _check(store, held)
    assert held.seq is not None and held.seq > 0

    # an exclusion and its undoing, an edit straight into the tables, a pruned item
    counted = store.scalar("SELECT id FROM figures WHERE latest = 1 AND excluded IS NULL")
    entry = audit.exclude_figure(store, int(counted), "wrong town", now=NOW)
    _check(store, held)
    audit.undo(store, entry, now=NOW)
    _check(store, held)
    with store.transaction():
        store.execute("UPDATE figures SET count = count + 7, low = low + 7 WHERE item_id = 101")
        store.execute("DELETE FROM figures WHERE item_id = 3")
        refresh_dirty(store)
    _check(store, held)

    # figures not yet refreshed are read around, then the refresh is picked up
    _populate(store, rng, items=6, first=200)
    _check(store, held)
    refresh_dirty(store)
    _check(store, held)
    _check(store, held, now=NOW - 10 * HOUR)  # a clock before some figures


def test_a_narrow_window_first_then_a_wider_one_reads_the_rest() -> None:
    store = _store()
    _populate(store, random.Random(3), items=60)
    refresh_dirty(store)
    held = StoredEvents()
    tally_summary(store, since=NOW - 6 * HOUR, now=NOW, stored=held)
    narrow = held.reads
    assert 0 < narrow < store.scalar("SELECT COUNT(*) FROM event_tallies")
    _check(store, held)
    assert held.bound == float("-inf")
    assert len(held.events) == store.scalar("SELECT COUNT(*) FROM event_tallies")


def test_a_commit_reads_again_only_the_events_it_changed() -> None:
    store = _store()
    _populate(store, random.Random(4), items=60)
    refresh_dirty(store)
    held = StoredEvents()
    tally_summary(store, since=None, now=NOW, stored=held)
    before = held.reads
    tally_summary(store, since=None, now=NOW, stored=held)
    assert held.reads == before  # nothing changed: nothing read
    with store.transaction():
        store.execute("UPDATE figures SET count = count + 1, low = low + 1 WHERE item_id = 7")
        changed = store.scalar("SELECT COUNT(DISTINCT event_id) FROM event_dirty")
        refresh_dirty(store)
    _check(store, held)
    assert held.reads == before + changed


def test_a_stored_value_changed_by_hand_is_read_again() -> None:
    store = _store()
    _populate(store, random.Random(6))
    refresh_dirty(store)
    held = StoredEvents()
    first = tally_summary(store, since=None, now=NOW, stored=held)
    event = first.events[0]
    store.execute(
        "UPDATE event_tallies SET killed = killed + 1000, killed_low = killed_low + 1000 "
        "WHERE event_id = ?",
        (event.id,),
    )
    again = tally_summary(store, since=None, now=NOW, stored=held)
    assert again == tally_summary(store, since=None, now=NOW)
    assert again.events[0].id == event.id and again.events[0].killed == event.killed + 1000


def test_a_reader_behind_the_trimmed_log_reads_everything_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(event_tallies, "CHANGES_KEPT", 3)
    rng = random.Random(8)
    store = _store()
    _populate(store, rng)
    refresh_dirty(store)
    held = StoredEvents()
    _check(store, held)
    _write(store, rng, first=100, items=20)
    assert store.scalar("SELECT COUNT(*) FROM event_changes") <= 3
    _check(store, held)


def test_without_a_change_log_nothing_is_kept() -> None:
    store = _store()
    _populate(store, random.Random(9))
    refresh_dirty(store)
    for verb in ("insert", "update", "delete", "rekey"):
        store.execute(f"DROP TRIGGER event_tallies_{verb}_log")
    store.execute("DROP TABLE event_changes")
    held = StoredEvents()
    _check(store, held)
    store.execute("UPDATE event_tallies SET killed = killed + 5, killed_low = killed_low + 5")
    result = tally_summary(store, since=None, now=NOW, stored=held)
    assert result == tally_summary(store, since=None, now=NOW)
