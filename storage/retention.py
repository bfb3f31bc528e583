"""Retention: prune what was stored long ago, never what the user still has.

An item goes when it was first stored (`items.first_seen`, not its published time) more than
`retention_days` ago, and never within a day of storing it: an archive imported today or a
feed of old items stays for the whole period. Even then it stays while

- its feed still lists it (`items.listed`, kept by the feed's transaction): pruned, it would
  come back as new at the feed's next change, fire its alerts again and be pruned again;
- its story, or the event of one of its figures, is still running (reported within the
  period): its figures are the earlier values a tally measures a rise from;
- an editor's decision names it or one of its figures (the audit log), or an alert cites it.

Everything else old goes, with its versions, figures and mentions (ON DELETE CASCADE), in
batches of `BATCH` items, each its own short transaction, so another writer never waits long;
the stored tallies of the events that lost figures are refreshed afterwards, a few at a time
(readers compute them from their figures meanwhile). The hourly actor counts lose exactly what
the pruned items had added. How many items each feed lost is kept (`feeds.pruned`), and the
last prune in `meta` (`last_prune`), for `sitrep feeds list` and the dashboard.
`retention_days: 0` keeps every item.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storage.db import Storage

DAY = 86400.0
MIN_AGE = DAY
"""No item is pruned within this long of being first stored, whatever the settings say."""
BATCH = 500
"""Items deleted per transaction."""
FETCH_LOG_DAYS = 30
"""How long the fetch log (diagnostics, not news) is kept when items are kept forever."""
LAST_PRUNE = "last_prune"
TALLY_RULES = 4
"""`extract.tally.RULES_VERSION`, which stored tallies computed under the current rules are
marked with (a test keeps the two equal). Knowing it here lets a prune find that no stored
tally needs refreshing without importing the extractor's modules (the tally, events and
stories), which `sitrep poll --once` would otherwise load only for this, in a pass where no
feed changed."""

_CANDIDATES = """
    SELECT id FROM items WHERE first_seen < :stored_before AND listed = 0
    AND (story_id IS NULL OR story_id NOT IN (SELECT id FROM stories WHERE last_seen >= :running))
    AND id NOT IN (SELECT f.item_id FROM figures f JOIN event_tallies e
                   ON e.event_id = f.event_id WHERE e.last_at >= :running)
    AND id NOT IN (SELECT item_id FROM alerts_log WHERE item_id IS NOT NULL)"""
_NOT_AUDITED = """
    AND id NOT IN (SELECT target_id FROM audit WHERE target = 'item')
    AND id NOT IN (SELECT f.item_id FROM figures f JOIN audit a
                   ON a.target = 'figure' AND a.target_id = f.id)"""


@dataclass(frozen=True, slots=True)
class PruneReport:
    """What one prune did: `items` deleted, at `at`, of those first stored before
    `stored_before` (None when the settings keep everything)."""

    items: int
    at: float
    stored_before: float | None


def prune(
    store: Storage,
    *,
    now: float,
    retention_days: int,
    between: Callable[[], None] | None = None,
) -> PruneReport:
    """Delete the items retention lets go (see the module docstring); returns what it did.

    `between` is called between two batches (the poll service renews its lease there).
    """
    if retention_days <= 0:
        _trim_fetch_log(store, now - FETCH_LOG_DAYS * DAY)
        return PruneReport(0, now, None)
    running = now - retention_days * DAY
    stored_before = min(running, now - MIN_AGE)
    _refresh_stale(store, between)  # "still running" is read from stored tallies
    store.execute("CREATE TEMP TABLE IF NOT EXISTS prune_candidates (id INTEGER PRIMARY KEY)")
    store.execute("DELETE FROM prune_candidates")
    # Only this writer changes what the candidates depend on, except an editor's decision:
    # that one is checked again as each batch is deleted.
    store.execute(
        f"INSERT INTO prune_candidates (id) {_CANDIDATES} {_NOT_AUDITED}",
        {"stored_before": stored_before, "running": running},
    )
    removed = 0
    while store.scalar("SELECT 1 FROM prune_candidates LIMIT 1"):
        with store.transaction():
            removed += _delete_batch(store)
        if between is not None:
            between()
    _refresh_stale(store, between)  # the events that lost figures
    with store.transaction():
        store.execute(
            "DELETE FROM stories WHERE last_seen < ? AND NOT EXISTS "
            "(SELECT 1 FROM items WHERE items.story_id = stories.id)",
            (running,),
        )
        report = PruneReport(removed, now, stored_before)
        store.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (LAST_PRUNE, json.dumps({"at": now, "items": removed, "stored_before": stored_before})),
        )
    _trim_fetch_log(store, running)
    if removed:
        from storage.events import event_writer
        from storage.stories import story_index

        # The writer's in-memory indexes may still hold what was deleted.
        story_index(store).forget()
        event_writer(store).forget()
    return report


def _refresh_stale(store: Storage, between: Callable[[], None] | None) -> None:
    """Refresh the stored tallies of the events listed as changed, and all of them when they
    were stored under other tally rules (`storage.event_tallies`)."""
    rules = store.scalar("SELECT value FROM meta WHERE key = 'tally_rules'")
    if rules == str(TALLY_RULES) and not store.scalar("SELECT 1 FROM event_dirty LIMIT 1"):
        return
    from storage.event_tallies import refresh_in_steps

    refresh_in_steps(store, between=between)


def _delete_batch(store: Storage) -> int:
    """Delete up to BATCH candidates (inside the caller's transaction); returns how many."""
    store.execute("CREATE TEMP TABLE IF NOT EXISTS prune_batch (id INTEGER PRIMARY KEY)")
    store.execute("DELETE FROM prune_batch")
    store.execute(
        f"INSERT INTO prune_batch (id) SELECT id FROM items WHERE id IN "
        f"(SELECT id FROM prune_candidates ORDER BY id LIMIT {BATCH}) {_NOT_AUDITED}"
    )
    store.execute(
        f"DELETE FROM prune_candidates WHERE id IN "
        f"(SELECT id FROM prune_candidates ORDER BY id LIMIT {BATCH})"
    )
    count = int(store.scalar("SELECT COUNT(*) FROM prune_batch"))
    if count == 0:
        return 0
    store.execute(
        """UPDATE actor_hours SET mentions = actor_hours.mentions - gone.mentions,
               items = actor_hours.items - gone.items
           FROM (SELECT m.actor AS actor, CAST(m.effective / 3600 AS INTEGER) AS hour,
                        i.feed_id AS feed_id, SUM(m.count) AS mentions, COUNT(*) AS items
                 FROM mentions m JOIN items i ON i.id = m.item_id
                 WHERE i.id IN (SELECT id FROM prune_batch) GROUP BY 1, 2, 3) AS gone
           WHERE actor_hours.actor = gone.actor AND actor_hours.hour = gone.hour
             AND actor_hours.feed_id = gone.feed_id"""
    )
    store.execute("DELETE FROM actor_hours WHERE items <= 0")
    store.execute(
        """UPDATE feeds SET items = MAX(0, feeds.items - gone.n), pruned = feeds.pruned + gone.n
           FROM (SELECT feed_id, COUNT(*) AS n FROM items
                 WHERE id IN (SELECT id FROM prune_batch) GROUP BY feed_id) AS gone
           WHERE feeds.id = gone.feed_id"""
    )
    store.execute("DELETE FROM items WHERE id IN (SELECT id FROM prune_batch)")
    return count


def _trim_fetch_log(store: Storage, before: float) -> None:
    """Drop fetch log rows older than `before`, a bounded batch per transaction."""
    while True:
        with store.transaction():
            cursor = store.execute(
                "DELETE FROM fetch_log WHERE id IN "
                "(SELECT id FROM fetch_log WHERE at < ? ORDER BY at LIMIT 5000)",
                (before,),
            )
        if cursor.rowcount < 5000:
            return


def last_prune(store: Storage) -> dict[str, Any] | None:
    """The last prune's {"at", "items", "stored_before"}, or None when none ran yet."""
    value = store.scalar("SELECT value FROM meta WHERE key = ?", (LAST_PRUNE,))
    if value is None:
        return None
    found = json.loads(str(value))
    return found if isinstance(found, dict) else None
