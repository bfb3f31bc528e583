"""What runs inside a parse worker: the task loop, and the guard that ends the worker when the
process that started it dies.

A worker's parent is the fork server, not the poller, so ``PR_SET_PDEATHSIG`` (set here via
ctypes on Linux) only covers the fork server's death. A watchdog thread covers the poller's:
it waits on a pidfd of the poller (Linux 5.3+), or checks the poller's pid and its own parent
twice a second, and ends the worker at once, even in the middle of a parse. The fork server
and the resource tracker exit by themselves once no worker holds their pipes.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import signal
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

_PR_SET_PDEATHSIG = 1
_WATCH_EVERY = 0.5


def die_with(watched: int) -> None:
    """End this process when `watched` (the poller) or this process's parent dies.

    The parent of a fork-server worker is the fork server, so PR_SET_PDEATHSIG alone would
    not notice the poller's death; the watchdog thread does.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    parent = os.getppid()
    if parent == 1 or not _alive(watched):  # orphaned before the guard was set
        os._exit(1)
    thread = threading.Thread(target=_watch, args=(watched, parent), name="die-with", daemon=True)
    thread.start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch(watched: int, parent: int) -> None:
    """Exit at once when `watched` ends (pidfd), else check both pids twice a second."""
    pidfd = -1
    with contextlib.suppress(OSError, AttributeError):
        pidfd = os.pidfd_open(watched)
    while True:
        if pidfd >= 0:
            ready, _, _ = select.select([pidfd], [], [], _WATCH_EVERY)
            if ready:
                os._exit(1)
        else:
            time.sleep(_WATCH_EVERY)
            if not _alive(watched):
                os._exit(1)
        if os.getppid() != parent:
            os._exit(1)


def worker_main(conn: Connection, watched: int) -> None:
    """Run tasks from `conn` one at a time until told to stop or the pipe closes."""
    die_with(watched)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the poller's to handle
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        fn, args, kwargs = task
        try:
            reply: tuple[bool, Any] = (True, fn(*args, **kwargs))
        except BaseException as exc:
            reply = (False, exc)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return
        except Exception as exc:  # an unpicklable result or exception
            conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
