"""Panel data, loaded from storage off the UI thread.

The dashboard never touches SQLite on its event loop: every read runs in a thread worker
through one `Reader`, whose single read-only connection is serialised by a lock (sqlite3
connections must not be used by two threads at once). A cheap signature of the tables tells
the app whether anything it shows changed since the last load, because `PRAGMA data_version`
also moves for commits that change nothing visible (the poller's lease heartbeat).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from extract.tally import Tally, tally
from ingest.config import Config
from ingest.health import feed_health
from storage import audit, lease, queries
from storage.db import Storage, StorageError
from storage.retention import last_prune
from storage.tallies import compute_tally, figures_where, killed_by_place
from storage.tally_summary import tally_summary
from storage.window import Window, window_start

T = TypeVar("T")
EVENT_LIMIT = 200
SPARK_BUCKETS = 96
DETAIL_STORIES = 100
"""How many of the largest stories the tally panel shows with their figures' sources."""


@dataclass(frozen=True, slots=True)
class Query:
    """What the editor asked to see: the window and the filters shared by every panel."""

    window: Window = "24h"
    search: str = ""
    actor: str | None = None
    place: str | None = None
    tag: str | None = None


@dataclass(slots=True)
class PanelData:
    """Everything the main screen shows, loaded in one go so the panels always agree."""

    query: Query
    now: float
    events: list[dict[str, Any]]
    tally: Tally
    killed_trend: list[int]
    actors: list[dict[str, Any]]
    places: list[dict[str, Any]]
    health: list[dict[str, Any]]
    lease_holder: str | None
    alerts: list[dict[str, Any]] = field(default_factory=list)
    last_prune: dict[str, Any] | None = None
    """The last retention prune: {"at", "items", "stored_before"} (`storage.retention`)."""


def killed_trend(result: Tally, since: float | None, now: float) -> list[int]:
    """Deaths per time bucket over the window: what each counted figure added, and when."""
    points = [(when.timestamp(), added) for when, added in result.points if added > 0]
    start = since
    if start is None:
        start = min((t for t, _ in points), default=now - 3600.0)
    hours = max(1, int(-(-(now - start) // 3600)))
    size = 3600.0 * max(1, -(-hours // SPARK_BUCKETS))
    buckets = [0] * max(1, int(-(-(now - start) // size)))
    for when, added in points:
        slot = int((when - start) // size)
        buckets[min(max(slot, 0), len(buckets) - 1)] += added
    return buckets


def panel_tally(
    store: Storage,
    *,
    since: float | None,
    now: float,
    feed_ids: list[int] | None = None,
    place: str | None = None,
    actor: str | None = None,
) -> Tally:
    """The tally panel's numbers from the stored event tallies, with the figures behind the
    largest events (their sources and as-of times); the rest of the figures are left out so
    that a refresh stays fast on a large database."""
    summary = tally_summary(
        store, since=since, now=now, feed_ids=feed_ids, place=place, actor=actor
    )
    if summary.figures or not summary.events:
        return summary
    shown = [event.id for event in summary.events[:DETAIL_STORIES]]
    detail = tally(
        figures_where(store, "f.event_id", shown),
        since=datetime.fromtimestamp(since, UTC) if since is not None else None,
        now=datetime.fromtimestamp(now, UTC),
    )
    return replace(summary, figures=detail.figures)


class Reader:
    """The dashboard's read-only connection, shared by its workers one at a time."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lock = threading.Lock()
        self._store: Storage | None = None
        self._seen: tuple[int, Any] | None = None
        """(PRAGMA data_version, signature) of the last check."""

    def _open(self) -> Storage | None:
        if self._store is None and self.db_path.exists():
            try:
                self._store = Storage.open(self.db_path, readonly=True)
            except StorageError:
                return None  # being created by the poller right now: next time
        return self._store

    def use(self, read: Callable[[Storage], T], default: T) -> T:
        """Run `read` on the connection (`default` while the database does not exist)."""
        with self._lock:
            store = self._open()
            return default if store is None else read(store)

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
                self._seen = None

    def signature(self) -> tuple[tuple[Any, ...], tuple[Any, ...]] | None:
        """(content, health): change only when items, edits, alerts or fetches changed.

        `PRAGMA data_version` answers first, without reading a table: while no other
        connection has committed, the last signature still holds.
        """

        def check(store: Storage) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
            version = store.data_version()
            if self._seen is not None and self._seen[0] == version:
                return self._seen[1]  # type: ignore[no-any-return]
            found = _signature(store)
            self._seen = (version, found)
            return found

        return self.use(check, None)

    def panels(self, query: Query, config: Config, now: float) -> PanelData:
        return self.use(
            lambda s: load_panels(s, query, config, now), empty_panels(query, now, config)
        )

    def tally(self, query: Query, now: float) -> Tally:
        """The tally alone (the tally detail screen reloads it after an edit)."""
        return self.use(lambda s: _tally(s, query, now), empty_panels(query, now).tally)

    def item(self, item_id: int) -> dict[str, Any] | None:
        return self.use(lambda s: queries.item_detail(s, item_id), None)

    def audit_log(self) -> list[dict[str, Any]]:
        return self.use(audit.log, [])

    def alerts(self, after_id: int, limit: int = 100) -> list[dict[str, Any]]:
        """Alerts logged by the poller with an id above `after_id`, oldest first."""
        sql = "SELECT * FROM alerts_log WHERE id > ? ORDER BY id DESC LIMIT ?"
        return self.use(lambda s: list(reversed(s.rows(sql, (after_id, limit)))), [])


def _signature(store: Storage) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    content = store.execute(
        """SELECT (SELECT MAX(id) FROM item_versions), (SELECT MAX(id) FROM audit),
                  (SELECT MAX(undone) FROM audit), (SELECT COUNT(*) FROM audit),
                  (SELECT MAX(id) FROM alerts_log), (SELECT COUNT(*) FROM feeds)"""
    ).fetchone()
    health = store.execute(
        "SELECT (SELECT MAX(id) FROM fetch_log), (SELECT holder FROM lease LIMIT 1), "
        "(SELECT value FROM meta WHERE key = 'last_prune')"
    ).fetchone()
    return tuple(content), tuple(health)


def empty_panels(query: Query, now: float, config: Config | None = None) -> PanelData:
    """What the panels show before the first poll has created the database: nothing, and
    the configured feeds as never fetched (so the events panel can say it is waiting)."""
    nothing = Tally(0, 0, 0, 0, 0, None, (), (), (), ())
    health = feed_health(config, {}, now) if config is not None else []
    return PanelData(query, now, [], nothing, [0], [], [], health, None)


def _tally(store: Storage, query: Query, now: float) -> Tally:
    feed_ids = queries.feed_ids_for_tag(store, query.tag)
    return compute_tally(
        store,
        since=window_start(query.window, now),
        now=now,
        feed_ids=feed_ids,
        place=query.place,
        actor=query.actor,
    )


def load_panels(store: Storage, query: Query, config: Config, now: float) -> PanelData:
    """Every panel's data for one query, from one connection."""
    since = window_start(query.window, now)
    feed_ids = queries.feed_ids_for_tag(store, query.tag)
    events = queries.events(
        store,
        since=since,
        limit=EVENT_LIMIT,
        search=query.search or None,
        feed_ids=feed_ids,
        actor=query.actor,
        place=query.place,
    )
    result = panel_tally(
        store, since=since, now=now, feed_ids=feed_ids, place=query.place, actor=query.actor
    )
    places = queries.places(store, since=since, feed_ids=feed_ids)
    killed = killed_by_place(result)
    for row in places:
        row["killed"] = killed.get(row["place"], 0)
    return PanelData(
        query=query,
        now=now,
        events=events,
        tally=result,
        killed_trend=killed_trend(result, since, now),
        actors=mark_new_actors(
            queries.actors(store, since=since, now=now, feed_ids=feed_ids), since
        ),
        places=places,
        health=load_health(store, config, now),
        lease_holder=lease.holder(store, now),
        alerts=store.rows("SELECT * FROM alerts_log ORDER BY id DESC LIMIT 50"),
        last_prune=last_prune(store),
    )


def mark_new_actors(actors: list[dict[str, Any]], since: float | None) -> list[dict[str, Any]]:
    """Set `new` on actors with no mentions in the previous window of the same length.

    `change` is (this - previous) / max(previous, 1), so it equals the mention count exactly
    when, and only when, the previous window had none (with any earlier mention it is at most
    this / 1 - 1). A percentage of nothing means nothing, so the panel says "new" instead.
    The all-time window has no previous one: nothing is new there.
    """
    for actor in actors:
        actor["new"] = (
            since is not None and actor["mentions"] > 0 and (actor["change"] == actor["mentions"])
        )
    return actors


def load_health(store: Storage, config: Config, now: float) -> list[dict[str, Any]]:
    return feed_health(config, queries.feeds_state(store), now)


def _writable(db_path: Path) -> Storage:
    return Storage.open(db_path, create=False)


def exclude_figure(db_path: Path, figure_id: int, reason: str) -> int:
    """Leave a figure out of every tally (a separate writable connection, closed at once)."""
    with _writable(db_path) as store:
        return audit.exclude_figure(store, figure_id, reason)


def dispute_item(db_path: Path, item_id: int, reason: str) -> int:
    with _writable(db_path) as store:
        return audit.dispute_item(store, item_id, reason)


def undo(db_path: Path, audit_id: int) -> None:
    with _writable(db_path) as store:
        audit.undo(store, audit_id)
