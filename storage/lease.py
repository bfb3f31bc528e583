"""The poller lease: at most one process polls and fires alerts for a database.

A row (holder, heartbeat) in `lease`. A process takes the lease when it is free or when the
holder's heartbeat is older than `ttl` (the holder died); the holder renews it every pass.
Dashboards that do not hold it only read, and take over when the holder goes quiet.
"""

from __future__ import annotations

import os
import socket
import uuid

from storage.db import Storage

LEASE_TTL = 30.0
"""Seconds without a heartbeat after which a lease is considered abandoned."""


def new_holder_id(role: str) -> str:
    """A holder name that says who holds the lease (shown in `feeds list` and the dashboard)."""
    return f"{role}@{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def acquire(
    store: Storage, holder: str, now: float, *, ttl: float = LEASE_TTL, name: str = "poller"
) -> bool:
    """Take or renew the lease; True if `holder` holds it afterwards."""
    with store.transaction():
        store.execute(
            """INSERT INTO lease (name, holder, heartbeat) VALUES (?, ?, ?)
               ON CONFLICT(name) DO UPDATE SET holder = excluded.holder,
               heartbeat = excluded.heartbeat
               WHERE lease.holder = excluded.holder OR lease.heartbeat < ?""",
            (name, holder, now, now - ttl),
        )
        current = store.scalar("SELECT holder FROM lease WHERE name = ?", (name,))
    return bool(current == holder)


def release(store: Storage, holder: str, *, name: str = "poller") -> None:
    """Give the lease up at a clean exit so another process can take over at once."""
    with store.transaction():
        store.execute("DELETE FROM lease WHERE name = ? AND holder = ?", (name, holder))


def holder(
    store: Storage, now: float, *, ttl: float = LEASE_TTL, name: str = "poller"
) -> str | None:
    """Who holds a live lease, if anyone."""
    row = store.execute("SELECT holder, heartbeat FROM lease WHERE name = ?", (name,)).fetchone()
    if row is None or row[1] < now - ttl:
        return None
    return str(row[0])
