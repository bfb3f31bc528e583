"""The poller: fetch due feeds concurrently, process them off the loop, store each atomically.

One pass fetches every due feed with bounded concurrency (overall and per host), parses and
extracts in an executor (a process pool in production), then writes each feed's items,
figures and new fetch state in one transaction. Passes never overlap: the next is scheduled
when the previous ends. Failures stay on their feed (status, error, backoff); one bad feed
never stops the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from ingest.config import Config, FeedConfig
from ingest.fetch import FetchResult, fetch_feed, make_client
from ingest.schedule import backoff, next_interval, retry_after_delay
from ingest.workers import ParsePool, stop_forkserver
from storage.db import Storage
from storage.feeds import (
    FeedRow,
    FetchOutcome,
    feed_chunks,
    feed_rows,
    record_fetch,
    save_chunks,
    sync_feeds,
)

if TYPE_CHECKING:
    import httpx

    from ingest.process import ActorSpec
    from storage.item_record import Chunk

# Parsing, extraction and the writer's modules are imported by the first feed that brings a
# body to store (`_poll_feed`): a pass where every feed answers 304 never loads them, and that pass
# is most of a poller's day.

REFRESH_EVERY = 5.0  # at least; see `Poller._refresh_took`
"""Seconds between refreshes of the stored tallies while a pass stores feed after feed: each
feed's transaction would otherwise recompute the same busy events again and again. Readers
compute the events changed since from their figures, so no reader sees a stale number. Each
refresh recomputes at most REFRESH_STEP events, in a transaction of its own after a feed's, so
that no transaction holds the lock for long; the end of the pass refreshes the rest in
transactions of that size."""

IN_FLIGHT = 2
"""Feeds a pass may hold between fetching and storing, per fetch slot (`concurrency`): the
writer stores more slowly than the workers parse, and a pass that fetched and parsed every
feed ahead of it held them all in memory at once."""

CommitHook = Callable[[Storage, int, list[int], list[int]], None]
"""Called after a feed's transaction commits: (store, feed id, new item ids, changed ids)."""


class _FeedInfo(NamedTuple):
    """`ingest.process.FeedInfo`, as `ingest.parse_task` sends it back: the poller does not
    import the parser's modules to read it."""

    title: str | None
    ttl: int | None
    error: str | None
    note: str | None
    keys: tuple[str, ...]
    chunks: tuple[Chunk, ...] = ()
    """What each item of the body parsed to (`ingest.chunks`), kept for the next body."""
    places: tuple[tuple[str, Any], ...] = ()
    """The places of the feed's items and figures as the worker resolved them."""


@dataclass(frozen=True, slots=True)
class FeedReport:
    """What one feed's fetch did in a pass."""

    url: str
    name: str
    status: int | None
    error: str | None
    new: int = 0
    changed: int = 0


@dataclass(slots=True)
class PassReport:
    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.feeds)

    @property
    def failed(self) -> list[FeedReport]:
        return [f for f in self.feeds if f.error]


class Poller:
    """Polls the configured feeds into one database. Create and use it on one thread."""

    def __init__(
        self,
        config: Config,
        db_path: Path | Storage,
        *,
        executor: Executor | None = None,
        clock: Callable[[], float] = time.time,
        on_commit: CommitHook | None = None,
    ) -> None:
        self.config = config
        self.store = db_path if isinstance(db_path, Storage) else Storage.open(db_path)
        self.executor = executor
        self.clock = clock
        self.on_commit = on_commit
        self._refreshed = time.monotonic()
        self._refresh_took = 0.0
        """How long the last feed that refreshed the stored tallies took: a busy pass refreshes
        less often, so that refreshing never takes more than a tenth of the writer's time."""
        self._host_limits: dict[str, asyncio.Semaphore] = {}
        self._places: asyncio.Future[tuple[tuple[str, Any], ...]] | None = None
        """The stored stories' places, looked up by a parse worker in this pass."""
        self._warming: asyncio.Task[None] | None = None
        """The writer's read-ahead (`storage.write.warm_writer`), started by the pass's first
        body while the parse workers start."""
        self._feeds_by_url: dict[str, FeedConfig] = {}
        self.reload(config)

    def reload(self, config: Config) -> None:
        """Adopt a new configuration: feeds added, removed, enabled or disabled take effect
        at the next pass; stored items of removed feeds stay."""
        self.config = config
        self._feeds_by_url = {f.url: f for f in config.feeds}
        sync_feeds(
            self.store,
            ((f.url, f.name, f.tags, f.enabled) for f in config.feeds),
            self.clock(),
        )
        self._actors: tuple[ActorSpec, ...] = tuple(
            (a.name, a.kind, a.country, a.aliases) for a in config.actors
        )

    def due(self, *, force: bool = False) -> list[FeedRow]:
        """Enabled feeds whose next fetch time has come (all enabled ones with `force`)."""
        now = self.clock()
        return [
            row
            for row in feed_rows(self.store)
            if row.enabled
            and not row.gone
            and row.url in self._feeds_by_url
            and (force or row.next_fetch is None or row.next_fetch <= now)
        ]

    def seconds_until_due(self) -> float:
        """How long the loop may sleep before some feed is due."""
        now = self.clock()
        times = [r.next_fetch or now for r in feed_rows(self.store) if r.enabled and not r.gone]
        return max(0.0, min(times) - now) if times else self.config.settings.min_interval

    async def run_pass(self, *, force: bool = False, last: bool = False) -> PassReport:
        """Fetch, process and store every due feed once.

        With `last` (no pass follows: `poll --once`) the parse pool is shut down and its fork
        server stopped once every feed is parsed: settling the pass needs no parser, and its
        peak of memory then holds no idle worker."""
        settings = self.config.settings
        rows = self.due(force=force)
        report = PassReport()
        if not rows:
            return report
        self._places = None
        self._warming = None
        overall = asyncio.Semaphore(settings.concurrency)
        in_flight = asyncio.Semaphore(IN_FLIGHT * settings.concurrency)

        async def poll(client: httpx.AsyncClient, row: FeedRow) -> FeedReport:
            async with in_flight:
                return await self._poll_feed(client, overall, row)

        async with make_client(
            user_agent=settings.user_agent, max_redirects=settings.max_redirects
        ) as client:
            results = await asyncio.gather(*(poll(client, row) for row in rows))
        if self._warming is not None:  # every feed with a body failed before it was needed
            await self._warming
        if last and isinstance(self.executor, ParsePool):
            self.executor.shutdown(wait=True)
            stop_forkserver()
        report.feeds.extend(results)
        if any(f.new or f.changed for f in results) or self.store.scalar(
            "SELECT 1 FROM event_dirty LIMIT 1"
        ):
            self.settle()
        return report

    def settle(self) -> None:
        """Make the pass's event placements canonical (`storage.events`): feeds store their
        figures as they arrive, in whatever order; the same items must give the same
        tallies whatever that order was. Written in short transactions, as is the refresh
        of the stored tallies that follows, so that no other writer waits long."""
        from storage.event_tallies import refresh_in_steps
        from storage.events import event_writer

        event_writer(self.store).settle_in_steps()
        refresh_in_steps(self.store)
        self._refreshed = time.monotonic()

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        host = urlsplit(url).hostname or ""
        if host not in self._host_limits:
            self._host_limits[host] = asyncio.Semaphore(self.config.settings.per_host)
        return self._host_limits[host]

    async def _poll_feed(
        self, client: httpx.AsyncClient, overall: asyncio.Semaphore, row: FeedRow
    ) -> FeedReport:
        settings = self.config.settings
        async with overall, self._host_limit(row.url):
            result = await fetch_feed(
                client,
                row.url,
                etag=row.etag,
                last_modified=row.last_modified,
                deadline=settings.deadline,
                max_bytes=settings.max_bytes,
            )
        feed = self._feeds_by_url[row.url]
        name = feed.display_name
        now = self.clock()
        base = self.config.interval_for(feed)
        if result.error is not None or (result.body is None and not result.not_modified):
            return self._record_failure(row, result, name, now, base)
        if result.not_modified or result.body is None:
            outcome = self._outcome(result, None, now, base)
            with self.store.transaction():
                record_fetch(self.store, row.id, outcome, now)
            return FeedReport(row.url, name, result.status, None)
        if isinstance(self.executor, ParsePool):
            # The first body: the fork server loads the extractor while these imports run.
            self.executor.prestart()
        from extract.events import looked_up
        from ingest.parse_task import look_up, process
        from storage.event_tallies import REFRESH_STEP, refresh_dirty
        from storage.write import known_items, mark_listed, store_items

        if self._warming is None:
            self._warming = asyncio.create_task(self._warm_writer(now))
        if self._places is None and self.executor is not None:
            # the places of the stored stories, looked up by a worker, which has the towns
            # loaded: matching items to stories asks for them, and the writer need not read
            # the towns itself (`extract.events.looked_up`)
            from storage.stories import story_places

            self._places = asyncio.get_running_loop().run_in_executor(
                self.executor, look_up, story_places(self.store)
            )
        fetched_at = datetime.fromtimestamp(now, UTC)
        work = partial(
            process,
            result.body,
            result.final_url or row.url,
            fetched_at,
            result.content_type,
            self._actors,
            known_items(self.store, row.id),
            self.config.settings.max_items,
            feed_chunks(self.store, row.id),
        )
        try:
            if self.executor is None:
                info, records = await asyncio.to_thread(work)
            else:
                info, records = await asyncio.get_running_loop().run_in_executor(
                    self.executor, work
                )
            parsed = _FeedInfo(*info)
        except Exception as exc:  # a parser crash must stay on its feed
            error = f"could not process the feed ({exc.__class__.__name__}: {exc})"
            return self._record_failure(row, result, name, now, base, error=error)
        if parsed.error and not records:
            return self._record_failure(row, result, name, now, base, error=parsed.error)
        looked_up(parsed.places)
        if self._places is not None:
            with contextlib.suppress(Exception):  # else the writer reads the towns itself
                looked_up(await self._places)
        outcome = replace(
            self._outcome(result, parsed.ttl, now, base, title=parsed.title), note=parsed.note
        )
        await self._warming  # its steps, if any are left, before the first transaction
        refresh = time.monotonic() - self._refreshed >= max(REFRESH_EVERY, 10 * self._refresh_took)
        began = time.monotonic()
        with self.store.transaction():  # a full disk stops the pass: the service retries it
            new_ids, changed_ids = store_items(self.store, row.id, records, now, refresh=False)
            mark_listed(self.store, row.id, parsed.keys)
            save_chunks(self.store, row.id, parsed.chunks)
            record_fetch(self.store, row.id, outcome, now, len(new_ids), len(changed_ids))
        if refresh:  # in a transaction of its own, so that the feed's stays short
            with self.store.transaction():
                refresh_dirty(self.store, limit=REFRESH_STEP)
            self._refreshed = time.monotonic()
            self._refresh_took = self._refreshed - began
        if self.on_commit is not None and (new_ids or changed_ids):
            self.on_commit(self.store, row.id, new_ids, changed_ids)
        return FeedReport(row.url, name, result.status, None, len(new_ids), len(changed_ids))

    async def _warm_writer(self, now: float) -> None:
        """Read ahead what the first feed's transaction would read (`warm_writer`), a step at
        a time, letting the other feeds' fetches run between the steps: the parse workers
        take the better part of a second to start, and the writer had nothing to do
        meanwhile."""
        from storage.write import warm_writer

        with contextlib.suppress(Exception):  # a read that fails fails again where it counts
            for _ in warm_writer(self.store, now):
                await asyncio.sleep(0)

    def _outcome(
        self,
        result: FetchResult,
        ttl: int | None,
        now: float,
        base: float,
        title: str | None = None,
    ) -> FetchOutcome:
        s = self.config.settings
        interval = next_interval(
            base=base,
            ttl=float(ttl) if ttl else None,
            max_age=result.max_age,
            min_interval=s.min_interval,
            max_interval=s.max_interval,
        )
        return FetchOutcome(
            status=result.status,
            error=None,
            etag=result.etag,
            last_modified=result.last_modified,
            next_fetch=now + interval,
            interval=interval,
            title=title,
            bytes=len(result.body) if result.body else None,
            elapsed=result.elapsed,
        )

    def _record_failure(
        self,
        row: FeedRow,
        result: FetchResult,
        name: str,
        now: float,
        base: float,
        *,
        error: str | None = None,
    ) -> FeedReport:
        s = self.config.settings
        delay = backoff(row.error_count + 1, base=base, max_interval=s.max_interval)
        if result.status in (429, 503):
            delay = retry_after_delay(
                result.retry_after,
                fallback=delay,
                min_interval=s.min_interval,
                max_interval=s.max_interval,
            )
        error = error or result.error or f"HTTP {result.status}"
        if result.gone:
            error = "the feed is gone (HTTP 410): polling stopped; remove it or fix its URL"
        outcome = FetchOutcome(
            status=result.status,
            error=error,
            etag=row.etag,
            last_modified=row.last_modified,
            next_fetch=now + delay,
            interval=delay,
            gone=result.gone,
            elapsed=result.elapsed,
        )
        with self.store.transaction():
            record_fetch(self.store, row.id, outcome, now)
        return FeedReport(row.url, name, result.status, error)
