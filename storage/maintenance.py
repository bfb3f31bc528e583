"""Keeping the database and its WAL bounded: prune, reclaim free pages, checkpoint, optimize.

The writer calls `upkeep` after its first pass and every hour after (`sitrep poll --once`
after its one pass), and `checkpoint` when it is idle. Each step takes the write lock only
briefly, so readers and other writers hardly notice:

- retention deletes old items in small batches (`storage.retention`);
- the free pages that deleting leaves are given back to the file system a bounded chunk at
  a time (`PRAGMA incremental_vacuum`). That needs `auto_vacuum = INCREMENTAL`, which SQLite
  applies only to a database with no table yet, or through one VACUUM: a new database has it
  from the start, and an existing one up to `CONVERT_LIMIT` bytes is converted once by
  `ensure_incremental_vacuum`. A larger one keeps its mode (a VACUUM of it would hold the
  write lock for minutes): its free pages are reused by new items, so it does not grow past
  its high-water mark; `sitrep` never runs that VACUUM on its own;
- the WAL is checkpointed and truncated to zero bytes when the writer is idle (`TRUNCATE`,
  waiting at most a moment for readers, never failing when it cannot), and capped at
  `journal_size_limit` (`storage.db.WAL_LIMIT`) after every checkpoint SQLite runs by
  itself;
- `PRAGMA optimize`, with a bounded analysis, keeps the query planner's statistics current.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from storage.db import BUSY_TIMEOUT, Storage, is_busy
from storage.retention import PruneReport, prune

CONVERT_LIMIT = 256 * 1024 * 1024
"""The largest database converted to incremental vacuum with one VACUUM (a few seconds)."""
RECLAIM_CHUNK = 1024
"""Free pages given back per transaction (4 MB at the default page size)."""
RECLAIM_BEYOND = 256
"""Free pages kept for reuse: fewer than this are not worth a vacuum."""
CHECKPOINT_WAIT = 0.2
"""Seconds an idle checkpoint waits for readers still on an older snapshot."""


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """What an idle checkpoint did: `done` when every WAL frame reached the database."""

    done: bool
    frames: int


def upkeep(
    store: Storage,
    *,
    now: float,
    retention_days: int,
    between: Callable[[], None] | None = None,
) -> PruneReport:
    """Retention and housekeeping, the same for every way of polling; `between` is called
    between two of its transactions (to renew the poller's lease)."""
    ensure_incremental_vacuum(store)
    report = prune(store, now=now, retention_days=retention_days, between=between)
    reclaim(store, between=between)
    optimize(store)
    return report


def auto_vacuum(store: Storage) -> str:
    """The database's auto_vacuum mode: none, full or incremental."""
    mode = int(store.scalar("PRAGMA auto_vacuum"))
    return {0: "none", 1: "full", 2: "incremental"}.get(mode, str(mode))


def database_bytes(store: Storage) -> int:
    return int(store.scalar("PRAGMA page_count")) * int(store.scalar("PRAGMA page_size"))


def ensure_incremental_vacuum(store: Storage, *, limit: int = CONVERT_LIMIT) -> bool:
    """Convert a database made before incremental vacuum, once, when it is small enough.

    True when the database is in incremental mode afterwards. The VACUUM rewrites the file
    under the write lock; readers go on reading their snapshot meanwhile.
    """
    if store.path is None or auto_vacuum(store) == "incremental":
        return auto_vacuum(store) == "incremental"
    if database_bytes(store) > limit:
        return False
    store.execute("PRAGMA auto_vacuum = INCREMENTAL")
    try:
        store.execute("VACUUM")
    except Exception as exc:  # busy: another connection writes; the next upkeep tries again
        if is_busy(exc):
            return False
        raise
    return auto_vacuum(store) == "incremental"


def reclaim(
    store: Storage, *, keep: int = RECLAIM_BEYOND, between: Callable[[], None] | None = None
) -> int:
    """Give free pages back to the file system, RECLAIM_CHUNK pages per transaction;
    returns how many pages were freed."""
    if auto_vacuum(store) != "incremental":
        return 0
    freed = 0
    while (free := int(store.scalar("PRAGMA freelist_count"))) > keep:
        step = min(RECLAIM_CHUNK, free - keep)
        with store.transaction():
            store.execute(f"PRAGMA incremental_vacuum({step})").fetchall()
        after = int(store.scalar("PRAGMA freelist_count"))
        if after >= free:
            break
        freed += free - after
        if between is not None:
            between()
    return freed


def optimize(store: Storage) -> None:
    """Refresh the planner's statistics where they are stale, reading a bounded sample."""
    store.execute("PRAGMA analysis_limit = 400")
    store.execute("PRAGMA optimize").fetchall()


def checkpoint(store: Storage, *, wait: float = CHECKPOINT_WAIT) -> Checkpoint:
    """Copy the WAL into the database and truncate it, if readers allow it within `wait`.

    A reader still on an older snapshot makes it stop short (`done` is False); the next idle
    moment tries again. Never raises for a busy database.
    """
    if store.path is None:
        return Checkpoint(True, 0)
    store.set_busy_timeout(wait)
    try:
        busy, frames, _copied = store.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except Exception as exc:
        if is_busy(exc):
            return Checkpoint(False, -1)
        raise
    finally:
        store.set_busy_timeout(BUSY_TIMEOUT)
    return Checkpoint(not busy, int(frames))
