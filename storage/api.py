"""The one read API every front end calls: an `Archive` opened on a sitrep database.

The dashboard (`tui.data`) and the command line (`cli/`) ask an `Archive` for windows, desks,
events, tallies, actors, places, alerts, the audit log, feeds and story timelines, and get
typed records back (`storage.records`, `extract.tally.Tally`, `storage.timeline.Timeline`),
each with its one JSON encoder. Neither front end writes SQL or reads a column name, so both
show the same numbers under the same names; a new query is a method here, a new record a
class in `storage.records`. The editorial decisions (exclude, dispute, verify, undo) are here
too, on an archive opened for writing.

The archive is a thin layer: the queries live in `storage.queries`, the tallies in
`storage.tallies`, `storage.tally_summary` and `storage.verification`, one story in
`storage.timeline`, and the rules in `extract`. An archive is one SQLite connection: use it
from one thread at a time (the dashboard's `tui.data.Reader` holds a lock around it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from extract.actors import ActorDictionary
from extract.gazetteer import curated
from extract.tally import Tally
from storage import alerts, audit, geo, lease, queries, retention
from storage.audit import AuditError
from storage.db import Storage
from storage.export import export_records
from storage.geo import PlaceKey, Point, country_of
from storage.records import (
    MARKS,
    ActorActivity,
    Alert,
    AuditEntry,
    FeedState,
    FigureMark,
    Item,
    ItemDetail,
    PlaceActivity,
    Step,
    TallyReport,
    Timeline,
)
from storage.retention import PruneReport
from storage.stored_events import StoredEvents
from storage.tallies import (
    actor_candidates,
    compute_tally,
    killed_by_place,
    known_place,
)
from storage.tally_summary import tally_summary
from storage.timeline import not_counted, story_timeline
from storage.verification import confirmed_tally, marks
from storage.window import WINDOWS, Window, window_start

__all__ = [
    "MARKS",
    "WINDOWS",
    "Archive",
    "AuditError",
    "Filters",
    "PlaceKey",
    "Point",
    "PruneReport",
    "Signature",
    "Step",
    "Timeline",
    "Window",
    "country_of",
    "locate_without_database",
    "window_start",
]

Signature = tuple[tuple[Any, ...], tuple[Any, ...]]
"""(content, health): what a dashboard compares to know whether to load its panels again."""

_CONTENT = """SELECT (SELECT MAX(id) FROM item_versions), (SELECT MAX(id) FROM audit),
    (SELECT MAX(undone) FROM audit), (SELECT COUNT(*) FROM audit),
    (SELECT MAX(id) FROM alerts_log), (SELECT COUNT(*) FROM feeds)"""
_HEALTH = """SELECT (SELECT MAX(id) FROM fetch_log), (SELECT holder FROM lease LIMIT 1),
    (SELECT value FROM meta WHERE key = 'last_prune')"""


@dataclass(frozen=True, slots=True)
class Filters:
    """What to show: the window and the filters every panel and query command shares."""

    since: float | None = None
    """The window's start in epoch seconds (`window_start`), None for all time."""
    tag: str | None = None
    """One desk: only the feeds with this tag (`Archive.feed_ids`)."""
    search: str | None = None
    """Words in titles and summaries, taken literally (the events list only)."""
    actor: str | None = None
    """A canonical actor name (`Archive.actor_candidates` finds it)."""
    place: str | None = None
    """A canonical place or country (`Archive.known_place` finds it)."""


def locate_without_database(keys: Iterable[PlaceKey]) -> dict[PlaceKey, Point | None]:
    """`Archive.locate` before there is a database: the gazetteer alone answers."""
    return geo.locate(None, keys)


class Archive:
    """Every read of a sitrep database, for every front end (see the module docstring)."""

    def __init__(self, store: Storage, *, tags: Mapping[str, Sequence[str]] | None = None):
        self.store = store
        self.tags: Mapping[str, Sequence[str]] = tags or {}
        """The feed list's tags by feed URL: a desk is the feeds tagged in the feed list now
        or when they were last polled. Set it again when the feed list changes."""
        self._seen: tuple[int, Signature] | None = None
        self._stored = StoredEvents()
        """The stored event tallies read so far, kept up to date at each summary."""

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        readonly: bool = True,
        tags: Mapping[str, Sequence[str]] | None = None,
    ) -> Archive:
        """The archive in an existing database: read-only, or for editorial decisions.
        Raises `storage.db.StorageError` (a `SitrepError`) when it cannot be opened."""
        return cls(Storage.open(path, readonly=readonly, create=False), tags=tags)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Changes -----------------------------------------------------------------------------

    def signature(self) -> Signature:
        """(content, health): changes only when items, edits, alerts, feeds or fetches do.

        `PRAGMA data_version` answers first, without reading a table: while no other
        connection has committed, the last signature still holds (the poller's lease
        heartbeat moves the version and nothing that is shown).
        """
        version = self.store.data_version()
        if self._seen is not None and self._seen[0] == version:
            return self._seen[1]
        content = tuple(self.store.execute(_CONTENT).fetchone())
        health = tuple(self.store.execute(_HEALTH).fetchone())
        self._seen = (version, (content, health))
        return content, health

    # Desks and names ---------------------------------------------------------------------

    def feed_ids(self, tag: str | None) -> list[int] | None:
        """The ids of one desk's feeds (tagged in the feed list or in the database, any
        case), or None when no tag is asked for: every feed."""
        if not tag:
            return None
        return queries.feeds_tagged(self.store, tag, self.tags)

    def known_place(self, name: str) -> str | None:
        """The canonical place or country `name` stands for ("gaza strip" -> "Gaza"), or a
        place stored on a figure in its stored spelling; None when unknown."""
        return known_place(name, self.store)

    def known_country(self, name: str) -> str | None:
        """The canonical name of a country ("syria", "Syrian Arab Republic" -> "Syria"), or
        None when `name` is no country (a town is not one)."""
        found = known_place(name, self.store)
        if found is None:
            return None
        place = curated().lookup(found)
        if place is not None and place.kind == "country":
            return found
        stored = self.store.scalar("SELECT 1 FROM figures WHERE country = ? LIMIT 1", [found])
        return found if stored is not None else None

    def actor_candidates(
        self, name: str, dictionary: ActorDictionary | None = None
    ) -> tuple[str, ...]:
        """Every canonical actor `name` may stand for: several for an ambiguous alias."""
        return actor_candidates(name, self.store, dictionary)

    # Items, actors, places ---------------------------------------------------------------

    def events(self, filters: Filters, *, limit: int = 50) -> list[Item]:
        """The latest items of the window, newest first."""
        return queries.events(
            self.store,
            since=filters.since,
            limit=limit,
            search=filters.search,
            feed_ids=self.feed_ids(filters.tag),
            actor=filters.actor,
            place=filters.place,
        )

    def item(self, item_id: int) -> ItemDetail | None:
        """One item with every figure of every version (None when it is no longer stored)."""
        return queries.item_detail(self.store, item_id)

    def actors(self, filters: Filters, *, now: float) -> list[ActorActivity]:
        """Actor activity in the window (of the desk), most mentioned first."""
        return queries.actors(
            self.store, since=filters.since, now=now, feed_ids=self.feed_ids(filters.tag)
        )

    def places(
        self, filters: Filters, *, now: float, tally: Tally | None = None
    ) -> list[PlaceActivity]:
        """Places mentioned in the window (of the desk), most mentioned first, each with the
        deaths tallied there: from `tally` when the caller has the window's tally already,
        else from the tally summary."""
        feed_ids = self.feed_ids(filters.tag)
        if tally is None:
            tally = tally_summary(
                self.store, since=filters.since, now=now, feed_ids=feed_ids, stored=self._stored
            )
        killed = killed_by_place(tally)
        return [
            replace(p, killed=killed.get(p.place, 0))
            for p in queries.places(self.store, since=filters.since, feed_ids=feed_ids)
        ]

    def locate(self, keys: Iterable[PlaceKey]) -> dict[PlaceKey, Point | None]:
        """Coordinates for each (place, country) of a tally's events (the map), or None where
        neither the gazetteer nor a stored figure knows the place."""
        return geo.locate(self.store, keys)

    # Tallies -----------------------------------------------------------------------------

    def tally(
        self,
        filters: Filters,
        *,
        now: float,
        dictionary: ActorDictionary | None = None,
        confirmed_only: bool = False,
    ) -> Tally:
        """The full tally of the window, desk, place and actor: every figure with its verdict.
        `confirmed_only` tallies the figures the desk confirmed, alone; `dictionary` names
        the actors (the bundled dictionary when None)."""
        compute = confirmed_tally if confirmed_only else compute_tally
        return compute(
            self.store,
            since=filters.since,
            now=now,
            feed_ids=self.feed_ids(filters.tag),
            place=filters.place,
            actor=filters.actor,
            dictionary=dictionary,
        )

    def tally_report(
        self,
        filters: Filters,
        *,
        now: float,
        dictionary: ActorDictionary | None = None,
        confirmed_only: bool = False,
    ) -> TallyReport:
        """The full tally with the desk's marks on its figures (`sitrep tally`)."""
        result = self.tally(filters, now=now, dictionary=dictionary, confirmed_only=confirmed_only)
        found = self.marks(f.source.id for f in (*result.figures, *result.context))
        return TallyReport(result, found, confirmed_only)

    def tally_summary(self, filters: Filters, *, now: float, detail: int = 0) -> Tally:
        """The tally's numbers, fast, from the stored event tallies (the panels read this).

        Its `figures` are those of the `detail` largest events (their sources and as-of
        times), not every figure's verdict: ask `tally` for that.
        """
        return tally_summary(
            self.store,
            since=filters.since,
            now=now,
            feed_ids=self.feed_ids(filters.tag),
            place=filters.place,
            actor=filters.actor,
            detail=detail,
            stored=self._stored,
        )

    def story(self, event_id: int, *, now: float) -> Timeline | None:
        """One event's toll over time, or None when there is no such event."""
        return story_timeline(self.store, event_id, now=now)

    def not_counted(self, figure_id: int, *, now: float) -> str | None:
        """Why the all-time tally does not count the figure, or None when it does."""
        return not_counted(self.store, figure_id, now=now)

    def marks(self, figure_ids: Iterable[int] | None = None) -> dict[int, FigureMark]:
        """The figures' current verification marks (every marked figure when None)."""
        return marks(self.store, figure_ids)

    def export(self, filters: Filters, *, now: float) -> list[dict[str, Any]]:
        """Every figure of the window (desk, place) as one flat record of
        `storage.export.COLUMNS`, with its verdict and the desk's mark."""
        result = self.tally(filters, now=now)
        found = self.marks(f.source.id for f in result.figures)
        return list(export_records(self.store, result, found))

    # Feeds, alerts, the audit log, the poller --------------------------------------------

    def feeds(self) -> dict[str, FeedState]:
        """What the database knows of every feed it has polled, by URL
        (`ingest.health.feed_health` joins it with the feed list)."""
        return queries.feeds_state(self.store)

    def alerts(self, limit: int = 200) -> list[Alert]:
        """The latest alerts, newest first."""
        return alerts.recent_alerts(self.store, limit)

    def alerts_after(self, after_id: int) -> list[Alert]:
        """Every alert logged after `after_id`, oldest first: what a dashboard has not
        notified yet, however many arrived since it last looked."""
        found: list[Alert] = []
        while batch := alerts.alerts_after(self.store, after_id):
            found += batch
            after_id = batch[-1].id
        return found

    def last_alert_id(self) -> int:
        """The newest alert's id (0 when none): where a new dashboard starts notifying."""
        return alerts.last_alert_id(self.store)

    def audit_log(self, limit: int = 200) -> list[AuditEntry]:
        """Editorial decisions, newest first."""
        return audit.log(self.store, limit)

    def last_prune(self) -> PruneReport | None:
        """What the last retention prune did, or None when none ran yet."""
        found = retention.last_prune(self.store)
        if found is None:
            return None
        return PruneReport(
            items=int(found.get("items") or 0),
            at=float(found.get("at") or 0),
            stored_before=found.get("stored_before"),
        )

    def lease_holder(self, now: float) -> str | None:
        """Who polls this database now (holds a live poller lease), if anyone."""
        return lease.holder(self.store, now)

    # Editorial decisions (an archive opened with readonly=False) ------------------------

    def exclude_figure(self, figure_id: int, reason: str, *, editor: str | None = None) -> int:
        """Leave a figure out of every tally; returns the audit entry's id."""
        return audit.exclude_figure(self.store, figure_id, reason, editor=editor)

    def dispute_item(self, item_id: int, reason: str, *, editor: str | None = None) -> int:
        """Mark an item disputed (its figures leave the tallies); returns the entry's id."""
        return audit.dispute_item(self.store, item_id, reason, editor=editor)

    def verify(self, figure_id: int, mark: str, *, editor: str, note: str | None = None) -> int:
        """Mark a figure confirmed, disputed or unverified; returns the entry's id."""
        return audit.verify_figure(self.store, figure_id, mark, editor=editor, note=note)

    def undo(self, audit_id: int) -> None:
        """Undo one decision (an id of `audit_log`)."""
        audit.undo(self.store, audit_id)
