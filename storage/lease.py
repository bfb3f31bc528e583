"""The poller lease: at most one process polls and fires alerts for a database.

A row (holder, heartbeat) in `lease`. A process takes the lease when it is free, when the
holder's heartbeat is older than `ttl`, or when the holder was a process on this machine that
no longer exists (killed); the holder renews it every pass.
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


def _holder_is_dead(holder_id: str) -> bool:
    """A holder on this machine whose process is gone (killed, crashed) holds nothing.

    Holder ids read `role@host:pid:nonce`; a holder on another host is judged by its
    heartbeat alone.
    """
    _, _, rest = holder_id.partition("@")
    host, _, tail = rest.partition(":")
    pid_text = tail.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def acquire(
    store: Storage, holder: str, now: float, *, ttl: float = LEASE_TTL, name: str = "poller"
) -> bool:
    """Take or renew the lease; True if `holder` holds it afterwards.

    A lease whose holder's heartbeat is older than `ttl`, or whose holder was a process on
    this machine that no longer runs, is free.
    """
    with store.transaction():
        current = store.scalar("SELECT holder FROM lease WHERE name = ?", (name,))
        if current is not None and current != holder and _holder_is_dead(str(current)):
            store.execute("DELETE FROM lease WHERE name = ?", (name,))
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
