"""Editorial decisions: exclude a figure or mark an item disputed, with a reason, undoably.

Every decision is a row in `audit` (who did what to which figure or item, why, and when it
was undone); the figure or item carries the current state so tallies read it directly, and
the stored tallies of the stories concerned change in the same transaction.
"""

from __future__ import annotations

import time
from typing import Any, Literal

from extract.errors import SitrepError
from storage.db import Storage
from storage.event_tallies import refresh_dirty

Target = Literal["figure", "item"]
_COLUMN = {"figure": ("figures", "excluded"), "item": ("items", "disputed")}


class AuditError(SitrepError, ValueError):
    """An editorial action that cannot be done (unknown id, nothing to undo)."""


def _apply(store: Storage, target: Target, target_id: int, reason: str | None) -> None:
    table, column = _COLUMN[target]
    cursor = store.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (reason, target_id))
    if cursor.rowcount != 1:
        raise AuditError(f"there is no {target} {target_id}")


def exclude_figure(store: Storage, figure_id: int, reason: str, *, now: float | None = None) -> int:
    """Leave a figure out of every tally; returns the audit entry's id."""
    return _record(store, "exclude", "figure", figure_id, reason, now)


def dispute_item(store: Storage, item_id: int, reason: str, *, now: float | None = None) -> int:
    """Mark an item disputed: its figures leave the tallies; returns the audit entry's id."""
    return _record(store, "dispute", "item", item_id, reason, now)


def _record(
    store: Storage, action: str, target: Target, target_id: int, reason: str, now: float | None
) -> int:
    reason = " ".join(reason.split())
    if not reason:
        raise AuditError("a reason is required")
    with store.transaction():
        _apply(store, target, target_id, reason)
        cursor = store.execute(
            "INSERT INTO audit (at, action, target, target_id, reason) VALUES (?, ?, ?, ?, ?)",
            (now or time.time(), action, target, target_id, reason),
        )
        refresh_dirty(store)
    return int(cursor.lastrowid or 0)


def undo(store: Storage, audit_id: int, *, now: float | None = None) -> None:
    """Undo one decision; the figure or item returns to the state before it."""
    with store.transaction():
        row = store.execute(
            "SELECT target, target_id, undone FROM audit WHERE id = ?", (audit_id,)
        ).fetchone()
        if row is None or row[2] is not None:
            raise AuditError(f"audit entry {audit_id} does not exist or was already undone")
        target, target_id = row[0], int(row[1])
        store.execute("UPDATE audit SET undone = ? WHERE id = ?", (now or time.time(), audit_id))
        previous = store.execute(
            "SELECT reason FROM audit WHERE target = ? AND target_id = ? AND undone IS NULL "
            "ORDER BY id DESC LIMIT 1",
            (target, target_id),
        ).fetchone()
        _apply(store, target, target_id, previous[0] if previous else None)
        refresh_dirty(store)


def log(store: Storage, limit: int = 200) -> list[dict[str, Any]]:
    """The audit log, newest first."""
    return store.rows("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (limit,))
