"""Panel data, loaded through the read API (`storage.api.Archive`) off the UI thread.

The dashboard never touches SQLite on its event loop: every read runs in a thread worker
through one `Reader`, whose single read-only archive is serialised by a lock (sqlite3
connections must not be used by two threads at once). The archive's signature tells the app
whether anything it shows changed since the last load. Nothing here writes SQL: what the
panels show is what `sitrep events`, `tally`, `actors` and `places` print, from the same
methods.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from extract.tally import Tally
from ingest.config import Config
from ingest.health import FeedHealth, feed_health
from storage.api import (
    Archive,
    Filters,
    PlaceKey,
    Point,
    PruneReport,
    Signature,
    Timeline,
    Window,
    locate_without_database,
    window_start,
)
from storage.db import StorageError
from storage.records import ActorActivity, Alert, AuditEntry, Item, ItemDetail, PlaceActivity

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

    def filters(self, now: float) -> Filters:
        """The same question for the read API, with the window's start as of `now`."""
        return Filters(
            since=window_start(self.window, now),
            tag=self.tag,
            search=self.search or None,
            actor=self.actor,
            place=self.place,
        )


@dataclass(slots=True)
class PanelData:
    """Everything the main screen shows, loaded in one go so the panels always agree."""

    query: Query
    now: float
    events: list[Item]
    tally: Tally
    killed_trend: list[int]
    actors: list[ActorActivity]
    places: list[PlaceActivity]
    health: list[FeedHealth]
    lease_holder: str | None
    alerts: list[Alert] = field(default_factory=list)
    """The alerts panel: the latest, newest first."""
    new_alerts: list[Alert] = field(default_factory=list)
    """Every alert logged after the one the app notified last, oldest first."""
    last_alert_id: int = 0
    """The newest alert id seen by this load: where the next one starts notifying."""
    last_prune: PruneReport | None = None
    """The last retention prune (`storage.retention`), None before the first."""


def killed_trend(result: Tally, since: float | None, now: float) -> list[int]:
    """Deaths per time bucket over the window: what each counted figure added, and when."""
    points = [(when.timestamp(), added) for when, added in result.points if added > 0]
    start = since
    if start is None:
        start = min((t for t, _ in points), default=now - 3600.0)
    hours = max(1, int(-(-(now - start) // 3600)))
    size = 3600.0 * max(1, -(-hours // SPARK_BUCKETS))
    buckets = [0] * max(1, int(-(-(now - start) // size)))
    last = len(buckets) - 1
    for when, added in points:
        slot = int((when - start) // size)
        buckets[0 if slot < 0 else last if slot > last else slot] += added
    return buckets


class Reader:
    """The dashboard's read-only archive, shared by its workers one at a time.

    `tags` gives the feed list's tags by URL as the app knows them now (the feed list is
    reloaded while the dashboard runs), so a desk means the same as for `sitrep --tag`.
    """

    def __init__(
        self, db_path: Path, tags: Callable[[], Mapping[str, Sequence[str]]] | None = None
    ) -> None:
        self.db_path = db_path
        self._tags = tags or dict
        self._lock = threading.Lock()
        self._archive: Archive | None = None

    def _open(self) -> Archive | None:
        if self._archive is None and self.db_path.exists():
            try:
                self._archive = Archive.open(self.db_path)
            except StorageError:
                return None  # being created by the poller right now: next time
        return self._archive

    def use(self, read: Callable[[Archive], T], default: T) -> T:
        """Run `read` on the archive (`default` while the database does not exist)."""
        with self._lock:
            archive = self._open()
            if archive is None:
                return default
            archive.tags = self._tags()
            return read(archive)

    def close(self) -> None:
        with self._lock:
            if self._archive is not None:
                self._archive.close()
                self._archive = None

    def signature(self) -> Signature | None:
        """(content, health): changes only when items, edits, alerts or fetches changed."""
        return self.use(Archive.signature, None)

    def panels(
        self, query: Query, config: Config, now: float, *, alerts_after: int | None = None
    ) -> PanelData:
        """Every panel's data; `new_alerts` holds the alerts logged after `alerts_after`
        (none when it is None: a dashboard that just started notifies nothing older)."""
        return self.use(
            lambda a: load_panels(a, query, config, now, alerts_after=alerts_after),
            empty_panels(query, now, config),
        )

    def tally(self, query: Query, now: float) -> Tally:
        """The full tally, every figure with its verdict (the tally detail screen)."""
        return self.use(
            lambda a: a.tally(query.filters(now), now=now), empty_panels(query, now).tally
        )

    def item(self, item_id: int) -> ItemDetail | None:
        return self.use(lambda a: a.item(item_id), None)

    def audit_log(self) -> list[AuditEntry]:
        return self.use(Archive.audit_log, [])

    def alerts(self, limit: int = 200) -> list[Alert]:
        """The latest alerts, newest first."""
        return self.use(lambda a: a.alerts(limit), [])

    def story(self, event_id: int, now: float) -> Timeline | None:
        """One event's toll over time (the story screen), None when there is no such event."""
        return self.use(lambda a: a.story(event_id, now=now), None)

    def locate(self, keys: Sequence[PlaceKey]) -> dict[PlaceKey, Point | None]:
        """Coordinates for the map's places (the gazetteer alone before the first poll)."""
        found = self.use(lambda a: a.locate(keys), None)
        return found if found is not None else locate_without_database(keys)

    def health(self, config: Config, now: float) -> list[FeedHealth]:
        """Every configured feed with its verdict (never fetched before the first poll)."""
        return self.use(lambda a: load_health(a, config, now), feed_health(config, {}, now))


def empty_panels(query: Query, now: float, config: Config | None = None) -> PanelData:
    """What the panels show before the first poll has created the database: nothing, and
    the configured feeds as never fetched (so the events panel can say it is waiting)."""
    nothing = Tally(0, 0, 0, 0, 0, None, (), (), (), ())
    health = feed_health(config, {}, now) if config is not None else []
    return PanelData(query, now, [], nothing, [0], [], [], health, None)


def load_panels(
    archive: Archive,
    query: Query,
    config: Config,
    now: float,
    *,
    alerts_after: int | None = None,
) -> PanelData:
    """Every panel's data for one query, from one archive."""
    filters = query.filters(now)
    result = archive.tally_summary(filters, now=now, detail=DETAIL_STORIES)
    if alerts_after is None:
        new_alerts, last_alert = [], archive.last_alert_id()
    else:
        new_alerts = archive.alerts_after(alerts_after)
        last_alert = new_alerts[-1].id if new_alerts else alerts_after
    return PanelData(
        query=query,
        now=now,
        events=archive.events(filters, limit=EVENT_LIMIT),
        tally=result,
        killed_trend=killed_trend(result, filters.since, now),
        actors=archive.actors(filters, now=now),
        places=archive.places(filters, now=now, tally=result),
        health=load_health(archive, config, now),
        lease_holder=archive.lease_holder(now),
        alerts=archive.alerts(50),
        new_alerts=new_alerts,
        last_alert_id=last_alert,
        last_prune=archive.last_prune(),
    )


def load_health(archive: Archive, config: Config, now: float) -> list[FeedHealth]:
    return feed_health(config, archive.feeds(), now)


def _decisions(db_path: Path) -> Archive:
    """A writable archive for one decision (a separate connection, closed at once)."""
    return Archive.open(db_path, readonly=False)


def exclude_figure(db_path: Path, figure_id: int, reason: str) -> int:
    """Leave a figure out of every tally."""
    with _decisions(db_path) as archive:
        return archive.exclude_figure(figure_id, reason)


def dispute_item(db_path: Path, item_id: int, reason: str) -> int:
    with _decisions(db_path) as archive:
        return archive.dispute_item(item_id, reason)


def undo(db_path: Path, audit_id: int) -> None:
    with _decisions(db_path) as archive:
        archive.undo(audit_id)
