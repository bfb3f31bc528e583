"""Retention: prune old items, but never one that a tally or the audit log still cites.

An item older than the retention period is kept when its story or one of its figures' events
is still running (its figures are the earlier values a tally measures a rise from), when an
editor's decision names it or one of its figures, or when an alert cites it. Everything else
old goes, with its versions, figures and mentions (ON DELETE CASCADE).
"""

from __future__ import annotations

from storage.db import Storage
from storage.event_tallies import refresh_dirty


def prune(store: Storage, *, older_than: float) -> int:
    """Delete uncited items whose effective time is before `older_than`; returns the count."""
    with store.transaction():
        cursor = store.execute(
            """DELETE FROM items WHERE effective < :cutoff
               AND (story_id IS NULL OR story_id NOT IN (
                    SELECT id FROM stories WHERE last_seen >= :cutoff))
               AND id NOT IN (SELECT f.item_id FROM figures f JOIN event_tallies e
                              ON e.event_id = f.event_id WHERE e.last_at >= :cutoff)
               AND id NOT IN (SELECT target_id FROM audit WHERE target = 'item')
               AND id NOT IN (SELECT f.item_id FROM figures f JOIN audit a
                              ON a.target = 'figure' AND a.target_id = f.id)
               AND id NOT IN (SELECT item_id FROM alerts_log WHERE item_id IS NOT NULL)""",
            {"cutoff": older_than},
        )
        removed = cursor.rowcount
        store.execute(
            "UPDATE feeds SET items = (SELECT COUNT(*) FROM items WHERE feed_id = feeds.id)"
        )
        store.execute("DELETE FROM actor_hours WHERE hour < ?", (int(older_than // 3600),))
        store.execute(
            "DELETE FROM stories WHERE last_seen < ? AND id NOT IN "
            "(SELECT story_id FROM items WHERE story_id IS NOT NULL)",
            (older_than,),
        )
        store.execute("DELETE FROM fetch_log WHERE at < ?", (older_than,))
        refresh_dirty(store)
    return removed
