"""The stored event tallies (`event_tallies`, `event_points`) as a reader keeps them in memory.

A dashboard loads its panels again after every commit of the poller and once a minute, and
each load asks for the tally of its window. Reading and decoding every stored event of the
window each time costs more than the rest of the load together (30,000 events for `all` at a
million items), although a commit changes a handful of them. `StoredEvents` keeps the decoded
rows between loads and reads again only the events the writer's change log
(`event_changes`, migration 011) lists since the last load: every insert, update and delete of
a stored tally appends its event id there in the writer's own transaction, so after `sync`
the rows held are exactly the rows stored. A reader that finds a gap in the log (trimmed by
the writer, `storage.event_tallies.CHANGES_KEPT`) or no log at all reads everything again.

Only the events first reported at or after `bound` are held: a 24h window reads the last day
and `all` reads the rest when it is asked for. Each event's figures and their verdicts over
all time (what the tally panel's detail shows for its largest events) are computed on demand
and kept with the row, until the event changes.

`sync` must run inside the read transaction of the reads it serves (`Storage.reading`), so
that the rows it holds and what else the summary reads come from the same commit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from extract.scope import default_contains
from extract.tally import TallyFigure, Verdicts, event_value
from extract.tally_country import CountryTally, EventTally, EventValue, combine
from extract.verdicts import Verdict
from storage.db import Storage
from storage.event_tallies import kind_of
from storage.tallies import CHUNK, figures_where

_COLUMNS = """event_id, first_at, last_at, valid_until, as_of, label, rank, country, place,
    killed, killed_low, killed_high, civilians, injured, broad, figure_ids, context_ids"""

RELOAD_SHARE = 0.5
"""When more than this share of the held events changed, read them all again at once."""


@dataclass(frozen=True, slots=True)
class EventDetail:
    """One stored event's figures (canonical order) and what the tally rules made of them
    over all time, before events are combined per country."""

    figures: tuple[TallyFigure, ...]
    value: EventValue
    verdicts: Verdicts


@dataclass(slots=True)
class StoredEvent:
    """One row of `event_tallies`, decoded, with its points."""

    event_id: int
    first_at: float
    last_at: float
    valid_until: float | None
    country: str | None
    broad: bool
    rank: str
    context_ids: str
    killed: tuple[int, int, int]
    civilians: int
    injured: int
    tally: EventTally
    points: list[tuple[datetime, int, int]] = field(default_factory=list)
    """(published, figure id, deaths it adds) of each counted death figure."""
    value: EventValue | None = None
    """Decoded on demand: only events of a country whose tolls may cover others need it."""
    detail: EventDetail | None = None


def _when(ts: float | None) -> datetime | None:
    return datetime.fromtimestamp(ts, UTC) if ts is not None else None


def _split(text: str) -> tuple[int, ...]:
    return tuple(map(int, text.split(","))) if text else ()


def _event(row: Sequence[Any]) -> StoredEvent:
    (
        event_id,
        first_at,
        last_at,
        valid_until,
        as_of,
        label,
        rank,
        country,
        place,
        killed,
        killed_low,
        killed_high,
        civilians,
        injured,
        broad,
        figure_ids,
        context_ids,
    ) = row
    return StoredEvent(
        event_id=event_id,
        first_at=first_at,
        last_at=last_at,
        valid_until=valid_until,
        country=country,
        broad=bool(broad),
        rank=rank,
        context_ids=context_ids,
        killed=(killed, killed_low, killed_high),
        civilians=civilians,
        injured=injured,
        tally=EventTally(
            id=event_id,
            label=label,
            country=country,
            place=place,
            killed=killed,
            injured=injured,
            figure_ids=_split(figure_ids),
            civilians_killed=civilians,
            killed_low=killed_low,
            killed_high=killed_high,
            as_of=_when(as_of),
            rank=rank,
        ),
    )


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


@dataclass(frozen=True, slots=True)
class _Combined:
    """One country's events as `extract.tally_country.combine` took them, and what it made
    of them: the country's row, the events' rows and the figures it withdrew."""

    values: tuple[EventValue, ...]
    countries: tuple[CountryTally, ...]
    rows: tuple[EventTally, ...]
    dropped: tuple[tuple[int, Verdict | None], ...]


class StoredEvents:
    """The stored event tallies of one database, held between reads (module docstring).

    Use one per connection, from one thread at a time (as the connection itself)."""

    def __init__(self) -> None:
        self.events: dict[int, StoredEvent] = {}
        self.bound = float("inf")
        """Every stored event first reported at or after `bound` is held."""
        self.seq: int | None = None
        """The last entry of the change log applied; None before the first sync, or when
        the database keeps no log."""
        self.reads = 0
        """Rows read from the database so far (for tests and benchmarks)."""
        self.combined: dict[str | None, _Combined] = {}
        """The last combination of each country's events (`combine`)."""

    def _reset(self) -> None:
        self.events.clear()
        self.combined.clear()
        self.bound = float("inf")
        self.seq = None

    def sync(self, store: Storage, lo: float) -> None:
        """Bring the held rows up to date and hold every event first reported at or after
        `lo`. Call it inside a read transaction."""
        logged = (
            store.scalar("SELECT 1 FROM sqlite_master WHERE name = 'event_changes'") is not None
        )
        top = 0
        if logged:
            found = store.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'event_changes'")
            top = int(found) if found is not None else 0
        if not logged or self.seq is None:
            self._reset()
        elif top != self.seq:
            changed = [
                int(r[0])
                for r in store.execute(
                    "SELECT event_id FROM event_changes WHERE seq > ? ORDER BY seq", (self.seq,)
                )
            ]
            if len(changed) != top - self.seq:
                self._reset()  # entries this reader had not read were trimmed
            else:
                ids = sorted(set(changed))
                if len(ids) > RELOAD_SHARE * max(len(self.events), 1):
                    self._reset()
                else:
                    for event_id in ids:
                        self.events.pop(event_id, None)
                    self._read(store, ids)
        self.seq = top if logged else None
        if lo < self.bound:
            self._read_range(store, lo, self.bound)
            self.bound = lo

    def _read(self, store: Storage, ids: Sequence[int]) -> None:
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            self._add(
                store.execute(
                    f"SELECT {_COLUMNS} FROM event_tallies WHERE event_id IN ({marks})", chunk
                ),
                store.execute(
                    "SELECT event_id, figure_id, effective, tallied FROM event_points "
                    f"WHERE event_id IN ({marks})",
                    chunk,
                ),
            )

    def _read_range(self, store: Storage, lo: float, hi: float) -> None:
        params = {"lo": lo, "hi": hi}
        self._add(
            store.execute(
                f"SELECT {_COLUMNS} FROM event_tallies WHERE first_at >= :lo AND first_at < :hi",
                params,
            ),
            store.execute(
                """SELECT p.event_id, p.figure_id, p.effective, p.tallied
                   FROM event_tallies et JOIN event_points p ON p.event_id = et.event_id
                   WHERE et.first_at >= :lo AND et.first_at < :hi""",
                params,
            ),
        )

    def _add(self, rows: Iterable[Sequence[Any]], points: Iterable[Sequence[Any]]) -> None:
        events = self.events
        for row in rows:
            events[row[0]] = _event(row)
            self.reads += 1
        when = datetime.fromtimestamp
        for event_id, figure_id, effective, tallied in points:
            events[event_id].points.append((when(effective, UTC), figure_id, tallied))

    def values(self, store: Storage, events: Sequence[StoredEvent]) -> list[EventValue]:
        """Each event's stored `EventValue`, decoded once (read together for those not yet)."""
        missing = [e.event_id for e in events if e.value is None]
        for chunk in _chunks(missing):
            marks = ",".join("?" * len(chunk))
            for event_id, killed, injured in store.execute(
                "SELECT event_id, killed_kind, injured_kind FROM event_tallies "
                f"WHERE event_id IN ({marks})",
                chunk,
            ):
                event = self.events[event_id]
                event.value = EventValue(event.tally, kind_of(killed), kind_of(injured))
        return [e.value for e in events if e.value is not None]

    def details(self, store: Storage, events: Sequence[StoredEvent]) -> list[EventDetail]:
        """Each event's figures and their verdicts over all time (computed once)."""
        missing = [e.event_id for e in events if e.detail is None]
        if missing:
            by_event: dict[int, list[TallyFigure]] = {i: [] for i in missing}
            for t in figures_where(store, "f.event_id", missing):
                by_event[t.event_id].append(t)
            for event_id, figures in by_event.items():
                verdicts = Verdicts()
                value = event_value(figures, since=None, verdicts=verdicts)
                assert value is not None  # a stored event has figures
                self.events[event_id].detail = EventDetail(tuple(figures), value, verdicts)
        return [e.detail for e in events if e.detail is not None]

    def combine(
        self, values: Sequence[EventValue], verdicts: Verdicts
    ) -> tuple[list[CountryTally], list[EventTally]]:
        """`extract.tally_country.combine(values, verdicts, default_contains)`, country by
        country, reusing the last result of a country whose events are the same values in
        the same order (a combination depends on nothing else, and countries never affect
        one another). A country of a few thousand events takes a tenth of a second to
        combine, and most commits change none of its events."""
        by_country: dict[str | None, list[EventValue]] = defaultdict(list)
        for v in values:
            by_country[v.event.country].append(v)
        countries: list[CountryTally] = []
        rows: list[EventTally] = []
        kept: dict[str | None, _Combined] = {}
        for country, members in by_country.items():
            key = tuple(members)
            found = self.combined.get(country)
            if found is None or found.values != key:
                scratch = Verdicts()
                out, made = combine(key, scratch, default_contains)
                found = _Combined(key, tuple(out), tuple(made), tuple(scratch.reasons.items()))
            kept[country] = found
            countries.extend(found.countries)
            rows.extend(found.rows)
            for figure_id, reason in found.dropped:
                if reason is not None:
                    verdicts.drop(figure_id, reason)
        self.combined = kept
        countries.sort(key=lambda c: (-c.killed, -c.injured, c.country or "\uffff"))
        return countries, rows
