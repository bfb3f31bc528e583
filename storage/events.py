"""The writer's side of events: every stored figure placed in an event, deterministically.

`extract.events` decides which figures report one incident or one running toll; this module
feeds it. The single writer keeps an `EventIndex` of recent figures in memory, loaded lazily
per country from the database (a country's figures of the last weeks, with the events they
were given), so placing a figure costs a few posting-list reads whatever the database holds.

A feed's figures are placed inside the feed's transaction. Where they arrive out of canonical
order (another feed's later items were stored first), the placement is provisional: the
`events_unsettled` mark in `meta` records from when, and `settle` - called at the end of each
poll pass, and on the writer's next start if a crash came first - replays that stretch in
canonical order. So the same stored figures always end in the same events, whatever order the
feeds arrived in.
"""

from __future__ import annotations

import json
import sys
import weakref
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from extract.events import (
    KEEP,
    LONG_GAP,
    EventIndex,
    Facts,
    Report,
    distinctive_words,
    event_type,
)
from extract.model import Figure
from storage.db import Storage
from storage.figure_rows import figure_of

_REPORTS = """SELECT f.*, i.key AS item_key, i.title AS item_title, i.places AS item_places,
        i.actors AS item_actors, fe.url AS feed_url
    FROM figures f JOIN items i ON i.id = f.item_id JOIN feeds fe ON fe.id = i.feed_id"""
PAGE = 5000
"""Figures read and placed at a time when assigning a long stretch of history."""
SETTLE_STEP = 2000
"""Figures moved to their canonical event per transaction by `settle_in_steps`."""
_LOOKBACK = (KEEP + LONG_GAP).total_seconds()
_READ_AHEAD = 7 * 86400.0
_UNSETTLED = "events_unsettled"
_UNASSIGNED = "events_unassigned"
_GENERATION = "events_generation"
"""Bumped whenever events are reassigned wholesale, so that another writer's index (a
dashboard's poller while `sitrep reextract` runs) knows to reload."""
_T = TypeVar("_T")
SHARED = 100_000
"""Distinct word sets, and distinct figure facts, kept for sharing (`_shared`) before the
table starts again."""
_WORDS: dict[frozenset[str], frozenset[str]] = {}
_FACTS: dict[Facts, Facts] = {}


def _shared(table: dict[_T, _T], value: _T) -> _T:
    """An equal value met before, else `value`. The writer keeps every figure of the last
    days in memory: most items' words and most figures' facts (kind, count, victims, place)
    repeat another's, and one copy of each serves them all."""
    found = table.get(value)
    if found is None:
        if len(table) >= SHARED:
            table.clear()
        found = table[value] = value
    return found


def item_words(title: str, names: Iterable[str]) -> frozenset[str]:
    """What an item's figures are matched on beyond their numbers: its title words particular
    to one incident. `names`: the item's places and actors, which are no evidence of one
    incident as headline words."""
    return _shared(_WORDS, distinctive_words(title, names))


def _report(
    figure_id: int,
    order: tuple[float, str, str, int, int],
    figure: Figure,
    published: datetime,
    item: str,
    words: frozenset[str],
) -> Report:
    """`Report.of`, with the figure's facts shared with any earlier figure's equal ones."""
    facts = _shared(_FACTS, Facts.of(figure))
    return Report(figure_id, order, facts, published, item, words, event_type(figure, published))


def reports_of(
    figure_ids: Sequence[int],
    figures: Sequence[Figure],
    *,
    effective: float,
    feed_url: str,
    item_key: str,
    version: int,
    words: frozenset[str],
) -> list[Report]:
    """The `Report`s of one stored item version's figures, in order; `words`: the item's
    `item_words`. What they have in common (the item's identity, time and words) they share:
    the writer keeps every figure of the last days in memory."""
    feed_url = sys.intern(feed_url)
    published = datetime.fromtimestamp(effective, UTC)
    item = f"{feed_url}\x1f{item_key}"
    return [
        _report(figure_id, (effective, feed_url, item_key, version, idx), f, published, item, words)
        for idx, (figure_id, f) in enumerate(zip(figure_ids, figures, strict=True))
    ]


_Item = tuple[tuple[str, str, int, float], datetime, str, frozenset[str]]
"""What the figures of one item version share: (feed URL, key, version, effective time),
published time, identity, words."""


def _reports(rows: Iterable[dict[str, Any]]) -> list[Report]:
    """The `Report`s of stored figures (rows of `_REPORTS`), sharing what each item's share
    (its identity, time and words, the strings and numbers of its order)."""
    out = []
    items: dict[tuple[str, str, int, float], _Item] = {}
    for row in rows:
        key = (row["feed_url"], row["item_key"], row["version"], row["effective"])
        shared = items.get(key)
        if shared is None:
            key = (sys.intern(key[0]), key[1], key[2], key[3])
            names = [
                *json.loads(row["item_places"] or "[]"),
                *json.loads(row["item_actors"] or "[]"),
            ]
            shared = items[key] = (
                key,
                datetime.fromtimestamp(row["effective"], UTC),
                f"{key[0]}\x1f{key[1]}",
                item_words(row["item_title"], names),
            )
        (feed_url, item_key, version, effective), published, item, words = shared
        order = (effective, feed_url, item_key, version, row["idx"])
        out.append(_report(row["id"], order, figure_of(row), published, item, words))
    return out


def _country_clause(country: str | None) -> tuple[str, list[Any]]:
    return ("f.country IS NULL", []) if country is None else ("f.country = ?", [country])


class EventWriter:
    """The event index of one writer's connection."""

    def __init__(self, store: Storage) -> None:
        self.store = store
        self.index = EventIndex()
        self._loaded_from: dict[str, float] = {}
        self._generation = self._current_generation()
        self._recover = False
        store.on_rollback(self.forget)

    def forget(self) -> None:
        """Drop the index: reloaded from the database when next needed.

        What the index knew and the database may not (placements still provisional) is
        recovered from the database's marks before the index is used again.
        """
        self.index = EventIndex()
        self._loaded_from = {}
        self._recover = True

    @property
    def recovering(self) -> bool:
        """Must the index be recovered from the stored figures before its next use?"""
        return self._recover

    def _recovered(self) -> None:
        if self._recover:
            self._recover = False
            self.recover()

    def _current_generation(self) -> str | None:
        found = self.store.scalar("SELECT value FROM meta WHERE key = ?", [_GENERATION])
        return str(found) if found is not None else None

    def _check_generation(self) -> None:
        current = self._current_generation()
        if current != self._generation:
            self.forget()
            self._generation = current

    def _ensure(self, country: str | None, earliest: float) -> None:
        """Have the country's figures in memory from far enough before `earliest`."""
        key = country or ""
        need = earliest - _LOOKBACK
        have = self._loaded_from.get(key)
        if have is not None and have <= need:
            return
        need -= _READ_AHEAD  # feeds out of order ask a little earlier each time
        clause, params = _country_clause(country)
        rows = self.store.rows(
            f"{_REPORTS} WHERE {clause} AND f.effective >= ? AND f.event_id IS NOT NULL",
            [*params, need],
        )
        reports = _reports(rows)
        assigned = {int(r["id"]): int(r["event_id"]) for r in rows}
        unsettled = self.index.partition(country).dirty_from if have is not None else None
        self.index.reset(country)
        self.index.seed(country, reports, assigned)
        if unsettled is not None:
            self.index.partition(country).mark_unsettled(unsettled)
        self._loaded_from[key] = need

    def add(self, reports: Sequence[Report]) -> None:
        """Place newly stored figures and record their events (inside the writer's
        transaction)."""
        if not reports:
            return
        self._recovered()
        self.record(self.place(reports))

    def place(self, reports: Sequence[Report]) -> dict[int, int]:
        """Place new figures in memory: the event of each, and of every earlier figure whose
        event changed, by figure id. `record` writes them; a caller about to insert the new
        figures' rows may give them their events itself. The figures need not be stored yet,
        unless `ready_writer` says this writer has something to recover first."""
        if not reports:
            return {}
        self._check_generation()
        earliest: dict[str | None, float] = {}
        for r in reports:
            t = r.order[0]
            c = r.figure.country
            earliest[c] = min(earliest.get(c, t), t)
        for country, t in earliest.items():
            self._ensure(country, t)
        return self.index.add(reports)

    def record(self, assigned: dict[int, int]) -> None:
        """Write the events `place` gave to figures already stored (inside the writer's
        transaction)."""
        self._write(assigned)
        self._mark_unsettled()

    def settle(self) -> int:
        """Replay every provisional placement in canonical order; returns how many figures
        changed event (inside the writer's transaction)."""
        self._recovered()
        changed = self.index.settle()
        self._write(changed)
        self._settled()
        return len(changed)

    def settle_in_steps(self, step: int = SETTLE_STEP) -> int:
        """`settle`, in short transactions: the replay is computed in memory first, then
        written `step` figures per transaction, and the unsettled mark is cleared last.

        A crash or an error between two steps leaves the mark, so the next writer (or this
        one, after `forget`) replays the stretch again; readers meanwhile see figures on
        their way to their canonical events, as they do during a pass.
        """
        if self._recover:
            with self.store.transaction():
                self._recovered()
        try:
            changed = list(self.index.settle().items())
            for start in range(0, len(changed), step):
                with self.store.transaction():
                    self._write(dict(changed[start : start + step]))
            with self.store.transaction():
                self._settled()
        except BaseException:
            self.forget()
            raise
        return len(changed)

    def _settled(self) -> None:
        self.store.execute("DELETE FROM meta WHERE key = ?", [_UNSETTLED])
        newest = self.store.scalar("SELECT MAX(effective) FROM figures")
        if newest is not None:
            self.index.evict(datetime.fromtimestamp(float(newest), UTC))

    def _write(self, assigned: dict[int, int]) -> None:
        self.store.db.conn.executemany(
            "UPDATE figures SET event_id = ? WHERE id = ? AND event_id IS NOT ?",
            [(event, figure, event) for figure, event in assigned.items()],
        )

    def _mark_unsettled(self) -> None:
        unsettled = self.index.unsettled
        if unsettled is None:
            return
        self.store.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
            "value = MIN(CAST(value AS REAL), CAST(excluded.value AS REAL))",
            [_UNSETTLED, str(unsettled[0])],
        )

    def reassign_from(self, since: float | None) -> int:
        """Place again, in canonical order, every figure from `since` on (all when None),
        keeping the events of earlier figures; returns how many figures changed event.

        Used after a crash between a provisional placement and `settle`, after re-extraction,
        and on the first open of a database stored before events existed. Reads and places
        `PAGE` figures at a time, so memory stays bounded on a large database.
        """
        start = since if since is not None else float("-inf")
        changed = 0
        countries = [
            r[0]
            for r in self.store.execute(
                "SELECT DISTINCT country FROM figures WHERE effective >= ?", [start]
            )
        ]
        self.index = EventIndex()
        self._loaded_from = {}
        for country in countries:
            if since is not None:
                self._ensure(country, since)
                self.index.partition(country).drop_from(since)
            clause, params = _country_clause(country)
            after: tuple[float, int] = (start, -1)
            while True:
                rows = self.store.rows(
                    f"{_REPORTS} WHERE {clause} AND (f.effective, f.id) > (?, ?) "
                    f"ORDER BY f.effective, f.id LIMIT {PAGE}",
                    [*params, *after],
                )
                if not rows:
                    break
                after = (rows[-1]["effective"], rows[-1]["id"])
                before = {int(r["id"]): r["event_id"] for r in rows}
                placed = self.index.add(_reports(rows))
                placed.update(self.index.settle())
                diff = {f: e for f, e in placed.items() if before.get(f) != e}
                self._write(diff)
                changed += len(diff)
                self.index.evict(datetime.fromtimestamp(float(after[0]), UTC))
            self._loaded_from[country or ""] = float("-inf")
        self.store.execute("DELETE FROM meta WHERE key IN (?, ?)", [_UNSETTLED, _UNASSIGNED])
        self.store.execute(
            "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET "
            "value = CAST(value AS INTEGER) + 1",
            [_GENERATION],
        )
        self._generation = self._current_generation()
        return changed

    def recover(self) -> int:
        """Finish what a previous writer left: events never assigned, or never settled."""
        if self.store.scalar("SELECT 1 FROM meta WHERE key = ?", [_UNASSIGNED]):
            return self.reassign_from(None)
        mark = self.store.scalar("SELECT value FROM meta WHERE key = ?", [_UNSETTLED])
        if mark is not None:
            return self.reassign_from(float(mark))
        return 0


_WRITERS: weakref.WeakKeyDictionary[Storage, EventWriter] = weakref.WeakKeyDictionary()


def ready_writer(store: Storage) -> EventWriter | None:
    """This connection's event writer when it exists and has nothing to recover: one that can
    `place` figures before their rows are written. None otherwise (`event_writer` then)."""
    writer = _WRITERS.get(store)
    return writer if writer is not None and not writer.recovering else None


def event_writer(store: Storage) -> EventWriter:
    """The event writer of this connection, created (and its leftovers recovered) on first
    use. Only the writer - the lease holder, or a one-off command - calls it."""
    writer = _WRITERS.get(store)
    if writer is None:
        writer = _WRITERS[store] = EventWriter(store)
        writer.recover()
    return writer
