"""The long-running poll service shared by `sitrep poll` and the dashboard.

It holds the poller lease (so only one process polls and fires alerts per database), renews
it on a heartbeat, reloads feeds.yaml when it changes on disk (keeping the last good
configuration when the new one is invalid), and runs passes back to back without overlap.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ingest.alerts import AlertEngine
from ingest.config import Config, ConfigError, load_config
from ingest.failures import damage, environment_failure
from ingest.poller import CommitHook, PassReport, Poller
from ingest.restart import Crash, RestartPolicy
from ingest.workers import DEFAULT_DEADLINE, ParsePool, start_forkserver
from storage import lease
from storage.db import Storage
from storage.maintenance import checkpoint, upkeep
from storage.retention import PruneReport

HEARTBEAT = 10.0
RELOAD_CHECK = 2.0
RETRY_FIRST = 2.0
RETRY_MAX = 120.0
"""After a failure of the disk or the database, the service waits this long, doubling up to
RETRY_MAX while it repeats, and tries again."""
PRUNE_EVERY = 3600.0
"""Retention and housekeeping run after the first pass and then this often (clock seconds)."""
CHECKPOINT_EVERY = 60.0
IDLE = 5.0
"""The WAL is checkpointed and truncated when no feed is due for IDLE seconds, at most once
every CHECKPOINT_EVERY seconds."""


def make_executor(
    workers: int = 2, *, deadline: float = DEFAULT_DEADLINE, eager: bool = True
) -> ParsePool:
    """A process pool for parsing and extraction, each feed within `deadline` seconds.

    Its workers come from a fork server (safe in threaded programs) and die with this
    process (see ``ingest.workers``). Call it before a full-screen UI replaces the standard
    streams: starting the fork server needs their real file descriptors. A headless caller
    may pass `eager=False`: the fork server then starts with the first body to parse.
    """
    start_forkserver(now=eager)
    return ParsePool(max_workers=workers, deadline=deadline)


class ConfigWatcher:
    """Notices edits to feeds.yaml by modification time and size, and re-validates them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp = self._read_stamp()

    def _read_stamp(self) -> tuple[float, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def check(self) -> Config | ConfigError | None:
        """A new valid Config, the error of an invalid edit, or None when unchanged."""
        stamp = self._read_stamp()
        if stamp == self._stamp:
            return None
        self._stamp = stamp
        try:
            return load_config(self.path)
        except ConfigError as exc:
            return exc


@dataclass
class ServiceEvents:
    """Callbacks the owner of the service gets (the CLI prints them, the dashboard posts
    messages). All are called on the service's own thread."""

    on_pass: Callable[[PassReport], None] = lambda report: None
    on_reload: Callable[[Config], None] = lambda config: None
    on_config_error: Callable[[ConfigError], None] = lambda error: None
    on_lease: Callable[[bool, str | None], None] = lambda held, holder: None
    on_warning: Callable[[str], None] = lambda message: None
    on_prune: Callable[[PruneReport], None] = lambda report: None


async def serve(
    config: Config,
    config_path: Path | None,
    db_path: Path,
    stop: asyncio.Event,
    *,
    role: str = "poll",
    events: ServiceEvents | None = None,
    on_commit: CommitHook | None = None,
    executor: Executor | None = None,
    clock: Callable[[], float] = time.time,
    trusted: bool = False,
    run_commands: bool = True,
) -> None:
    """Poll until `stop` is set, while holding the lease; wait for it while another holds it.

    Alert rules are evaluated after each feed's commit by the lease holder only, so an alert
    fires once per database however many dashboards are open. Alert commands run only when
    the config is `trusted` (chosen by the user, not picked up from the working folder).
    """
    events = events or ServiceEvents()
    store = Storage.open(db_path)
    holder_id = lease.new_holder_id(role)
    watcher = ConfigWatcher(config_path) if config_path else None
    poller: Poller | None = None
    engine = AlertEngine(config, trusted=trusted, clock=clock, run_commands=run_commands)
    if isinstance(executor, ParsePool):
        executor.deadline = config.settings.parse_deadline

    def committed(store: Storage, feed_id: int, new: list[int], changed: list[int]) -> None:
        engine.hook(store, feed_id, new, changed)
        if on_commit is not None:
            on_commit(store, feed_id, new, changed)

    held = False
    last_prune: float | None = None
    last_checkpoint = 0.0
    retry = 0.0

    def beat() -> None:
        lease.acquire(store, holder_id, clock())

    try:
        while not stop.is_set():
            try:
                now = clock()
                was_held = held
                held = lease.acquire(store, holder_id, now)
                if held != was_held or not held:
                    events.on_lease(held, lease.holder(store, now))
                if watcher is not None:
                    change = watcher.check()
                    if isinstance(change, ConfigError):
                        events.on_config_error(change)
                    elif change is not None:
                        config = change
                        if isinstance(executor, ParsePool):
                            executor.deadline = config.settings.parse_deadline
                        if poller is not None:
                            poller.reload(config)
                        engine.reload(config)
                        events.on_reload(config)
                if held:
                    if poller is None:
                        poller = Poller(
                            config, store, executor=executor, clock=clock, on_commit=committed
                        )
                        engine.prime(store)
                        for warning in engine.warnings:
                            events.on_warning(warning)
                    report = await _pass_with_heartbeat(poller, store, holder_id, clock)
                    events.on_pass(report)
                    if last_prune is None or clock() - last_prune >= PRUNE_EVERY:
                        last_prune = clock()
                        days = config.settings.retention_days
                        events.on_prune(
                            upkeep(store, now=last_prune, retention_days=days, between=beat)
                        )
                    idle = poller.seconds_until_due()
                    if idle >= IDLE and time.monotonic() - last_checkpoint >= CHECKPOINT_EVERY:
                        last_checkpoint = time.monotonic()
                        checkpoint(store)
                    wait = min(idle, RELOAD_CHECK)
                else:
                    wait = HEARTBEAT
                retry = 0.0
            except (sqlite3.Error, OSError) as exc:
                # A full disk, a lock held too long, an I/O error: the environment's fault,
                # and it passes. Say so, wait, try again; never let the service die of it.
                reason = environment_failure(exc) or damage(exc) or str(exc)
                retry = min(RETRY_MAX, retry * 2 if retry else RETRY_FIRST)
                events.on_warning(f"polling paused: {reason}; trying again in {retry:g} s")
                wait = retry
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=max(wait, 0.2))
    finally:
        engine.wait_commands(timeout=5)
        if held:
            with contextlib.suppress(sqlite3.Error, OSError):
                lease.release(store, holder_id)
        store.close()


async def supervise(
    config: Config,
    config_path: Path | None,
    db_path: Path,
    stop: asyncio.Event,
    *,
    events: ServiceEvents | None = None,
    on_crash: Callable[[Crash], None] = lambda crash: None,
    policy: RestartPolicy | None = None,
    **options: Any,
) -> Crash | None:
    """Run `serve` until `stop` is set, restarting it with backoff whenever it dies.

    Any exception ends a `serve` (it has caught those of the disk and the database already,
    and retries them itself); its `finally` released the lease, so another dashboard may
    take over while this one waits to restart. After `policy.attempts` crashes in a row
    with no pass completed between them, it gives up and returns the last crash: nothing
    renews the lease any more, and it passes on. Returns None after a clean stop.
    """
    policy = policy or RestartPolicy()
    events = events or ServiceEvents()
    crashes = 0
    latest = config
    passed = False

    def on_pass(report: PassReport) -> None:
        nonlocal passed
        passed = True
        events.on_pass(report)

    def on_reload(new: Config) -> None:
        nonlocal latest
        latest = new  # a restart keeps the configuration adopted last
        events.on_reload(new)

    watched = replace(events, on_pass=on_pass, on_reload=on_reload)
    while not stop.is_set():
        passed = False
        try:
            await serve(latest, config_path, db_path, stop, events=watched, **options)
            return None
        except Exception as exc:  # any failure at all: the service must not stay down
            crashes = 1 if passed else crashes + 1
            if crashes > policy.attempts:
                crash = Crash(exc, crashes, None)
                on_crash(crash)
                return crash
            delay = policy.delay(crashes)
            on_crash(Crash(exc, crashes, delay))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)
    return None


async def _pass_with_heartbeat(
    poller: Poller, store: Storage, holder_id: str, clock: Callable[[], float]
) -> PassReport:
    """Run one pass while renewing the lease, so a slow pass never lets it lapse."""

    async def beat() -> None:
        while True:
            await asyncio.sleep(HEARTBEAT)
            with contextlib.suppress(sqlite3.Error, OSError):  # the pass will say what failed
                lease.acquire(store, holder_id, clock())

    heart = asyncio.create_task(beat())
    try:
        return await poller.run_pass()
    finally:
        heart.cancel()


def upkeep_after_pass(store: Storage, holder_id: str, *, retention_days: int) -> PruneReport:
    """Retention and housekeeping after one pass (`sitrep poll --once`), as the poll service
    does after its first: prune, keeping the poller lease alive between batches, and
    checkpoint the WAL."""

    def beat() -> None:
        lease.acquire(store, holder_id, time.time())

    pruned = upkeep(store, now=time.time(), retention_days=retention_days, between=beat)
    checkpoint(store)
    return pruned


def serve_until_signalled(
    config: Config, config_path: Path | None, db_path: Path, **options: Any
) -> None:
    """Run the supervised service with a process pool until SIGINT or SIGTERM (the headless
    entry point). When it gives up after repeated crashes, the last error is raised."""

    async def run() -> Crash | None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        with make_executor(deadline=config.settings.parse_deadline) as executor:
            return await supervise(config, config_path, db_path, stop, executor=executor, **options)

    crash = asyncio.run(run())
    if crash is not None:
        raise crash.error
