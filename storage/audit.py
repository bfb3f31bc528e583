"""Editorial decisions: exclude a figure, mark an item disputed, mark a figure's verification;
each with a reason or note, who made it, and undoably.

Every decision is a row in `audit` (who did what to which figure or item, why, and when it
was undone); the figure or item carries the current state so tallies read it directly, and
the stored tallies of the events concerned change in the same transaction. That state is
worked out again from the entries not undone after every decision and every undo, so undoing
any entry, not only the latest, leaves the state the other entries say.

Desk verification (`verify_figure`): a figure is marked `confirmed`, `disputed` or
`unverified` by a named editor. A `disputed` mark takes the figure out of the tallies the way
an exclusion does (the figure's `excluded` column reads "disputed by NAME: NOTE"), so every
tally, stored or computed, leaves it out at once; a later `confirmed` or `unverified` mark, or
undoing the dispute, brings it back. An exclusion made with `x` stays until it is undone,
whatever the marks say.
"""

from __future__ import annotations

import time
from typing import Literal

from extract.errors import SitrepError
from storage.db import Storage
from storage.event_tallies import refresh_dirty
from storage.records import MARKS, AuditEntry

Target = Literal["figure", "item"]
_COLUMN = {"figure": ("figures", "excluded"), "item": ("items", "disputed")}


class AuditError(SitrepError, ValueError):
    """An editorial action that cannot be done (unknown id, nothing to undo)."""


def exclude_figure(
    store: Storage,
    figure_id: int,
    reason: str,
    *,
    now: float | None = None,
    editor: str | None = None,
) -> int:
    """Leave a figure out of every tally; returns the audit entry's id."""
    return _record(store, "exclude", "figure", figure_id, _required(reason), now, editor)


def dispute_item(
    store: Storage,
    item_id: int,
    reason: str,
    *,
    now: float | None = None,
    editor: str | None = None,
) -> int:
    """Mark an item disputed: its figures leave the tallies; returns the audit entry's id."""
    return _record(store, "dispute", "item", item_id, _required(reason), now, editor)


def verify_figure(
    store: Storage,
    figure_id: int,
    mark: str,
    *,
    editor: str,
    note: str | None = None,
    now: float | None = None,
) -> int:
    """Mark a figure confirmed, disputed or unverified; returns the audit entry's id.

    A dispute needs a note (like every decision that changes a tally, it must say why);
    confirming or clearing a mark may go without one.
    """
    if mark not in MARKS:
        raise AuditError(f"{mark!r} is not a verification mark (use {', '.join(MARKS)})")
    editor = " ".join(editor.split())
    if not editor:
        raise AuditError("an editor's name is required")
    text = " ".join((note or "").split()) or None
    if mark == "disputed" and text is None:
        raise AuditError("a disputed mark needs a note saying why")
    return _record(store, mark, "figure", figure_id, text, now, editor)


def disputed_text(editor: str | None, note: str | None) -> str:
    """What a disputed mark puts in the figure's `excluded` column (the verdict's note)."""
    who = f"disputed by {editor}" if editor else "disputed"
    return f"{who}: {note}" if note else who


def _required(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise AuditError("a reason is required")
    return reason


def _record(
    store: Storage,
    action: str,
    target: Target,
    target_id: int,
    reason: str | None,
    now: float | None,
    editor: str | None,
) -> int:
    table, _ = _COLUMN[target]
    with store.transaction():
        if store.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (target_id,)) is None:
            raise AuditError(f"there is no {target} {target_id}")
        cursor = store.execute(
            "INSERT INTO audit (at, action, target, target_id, reason, editor) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (now or time.time(), action, target, target_id, reason, editor),
        )
        _restore(store, target, target_id)
        refresh_dirty(store)
    return int(cursor.lastrowid or 0)


def _state(store: Storage, target: Target, target_id: int) -> str | None:
    """What the entries not undone say the figure's `excluded` or the item's `disputed`
    column holds: the latest exclusion's reason or dispute mark's text, or None."""
    rows = store.rows(
        "SELECT id, action, reason, editor FROM audit WHERE target = ? AND target_id = ? "
        "AND undone IS NULL ORDER BY id DESC",
        (target, target_id),
    )
    if target == "item":
        return next((r["reason"] for r in rows if r["action"] == "dispute"), None)
    excluded = next((r for r in rows if r["action"] == "exclude"), None)
    mark = next((r for r in rows if r["action"] in MARKS), None)
    disputed = mark is not None and mark["action"] == "disputed"
    if mark is not None and disputed and (excluded is None or mark["id"] > excluded["id"]):
        return disputed_text(mark["editor"], mark["reason"])
    return excluded["reason"] if excluded is not None else None


def _restore(store: Storage, target: Target, target_id: int) -> None:
    """Bring the figure's or item's column in line with the audit entries. An unchanged value
    is not written, so a confirmation leaves the stored tallies alone."""
    table, column = _COLUMN[target]
    store.execute(
        f"UPDATE {table} SET {column} = :value WHERE id = :id AND {column} IS NOT :value",
        {"value": _state(store, target, target_id), "id": target_id},
    )


def undo(store: Storage, audit_id: int, *, now: float | None = None) -> None:
    """Undo one decision; the figure or item returns to the state the other entries give."""
    with store.transaction():
        row = store.execute(
            "SELECT target, target_id, undone FROM audit WHERE id = ?", (audit_id,)
        ).fetchone()
        if row is None or row[2] is not None:
            raise AuditError(f"audit entry {audit_id} does not exist or was already undone")
        store.execute("UPDATE audit SET undone = ? WHERE id = ?", (now or time.time(), audit_id))
        _restore(store, row[0], int(row[1]))
        refresh_dirty(store)


def log(store: Storage, limit: int = 200) -> list[AuditEntry]:
    """The audit log, newest first."""
    return [
        AuditEntry(
            id=r["id"],
            at=r["at"],
            action=r["action"],
            target=r["target"],
            target_id=r["target_id"],
            reason=r["reason"],
            editor=r.get("editor"),  # a database from before verification has none
            undone=r["undone"],
        )
        for r in store.rows("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (limit,))
    ]
