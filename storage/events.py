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
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, TypeVar

from extract.events import (
    KEEP,
    LONG_GAP,
    VAGUE_VALUES,
    Base,
    Event,
    EventIndex,
    EventType,
    Facts,
    Report,
    distinctive_words,
    event_type,
    index_rules,
    match_words_rules,
)
from extract.model import Figure
from storage.db import Storage

PAGE = 5000
"""Figures read and placed at a time when assigning a long stretch of history."""
SETTLE_STEP = 2000
"""Figures moved to their canonical event per transaction by `settle_in_steps`."""
LEAN_AT = 20_000
"""Figures the index keeps in memory while placements are provisional. Past this, each
country with provisional placements keeps only its events and posting lists
(`extract.events._Partition.go_lean`), and `settle` replays the country's stored figures in
canonical order instead: a cold pass of a thousand feeds that each cover the same week is
provisional from its second feed to its last, and would otherwise hold every figure of the
week until it settles."""
_LOOKBACK = (KEEP + LONG_GAP).total_seconds()
_READ_AHEAD = 7 * 86400.0
BASE_LAG = 36 * 3600.0
"""How far before the newest stored figure a settling writer keeps its index (`Base`, table
`event_index`): the next writer reads the figures from there on, and falls back to reading the
last weeks when a new figure comes from before it (an item published earlier, or an edit of
one). A pass's items span about a day."""
BASE_VERSION = 1
"""Bumped whenever what `extract.events.Base` holds, or how events are built from their
figures, changes: a stored index of another version is not read."""
_LASTING = "(f.period_start IS NOT NULL OR f.cumulative = 1 OR f.victims = 'prisoners')"
"""Every stored figure `event_type` may call a running or long-run toll, as `figure_of` reads
it back: one with a period, or one `is_long_run` may call long (cumulative, or a captivity's
dead; `Figure.past` is not stored, so it is False for a figure read back). The rest are
incidents."""
_VAGUE_COUNTS = ", ".join(str(n) for n in sorted(VAGUE_VALUES))
_WITH_WORDS = """i.match_words, CASE WHEN i.match_words IS NULL THEN i.title END,
        CASE WHEN i.match_words IS NULL THEN i.places END,
        CASE WHEN i.match_words IS NULL THEN i.actors END"""
_WITHOUT_WORDS = "NULL, i.title, i.places, i.actors"


def _reports_query(stored_words: bool) -> str:
    """What `_reports` reads of each figure, in one query: only the columns matching reads; the
    sentence only where it can decide the figure's type or vagueness; the item's title, places
    and actors only where its words are not stored (all of them unless `stored_words`)."""
    return f"""SELECT f.id, f.event_id, f.effective, f.version, f.idx, f.kind, f.count,
        f.qualifier, f.victims, f.place, f.country, f.conflict, f.is_update, f.cumulative,
        f.period, f.period_start,
        CASE WHEN {_LASTING} OR (f.qualifier IS NULL AND f.count IN ({_VAGUE_COUNTS}))
            THEN f.sentence END,
        {_LASTING}, i.key, {_WITH_WORDS if stored_words else _WITHOUT_WORDS}, fe.url
    FROM figures f JOIN items i ON i.id = f.item_id JOIN feeds fe ON fe.id = i.feed_id"""


_UNSETTLED = "events_unsettled"
_UNASSIGNED = "events_unassigned"
_WORD_RULES = "match_words_of"
"""The `match_words_rules` the stored `items.match_words` were worked out by."""
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


def stored_words(words: frozenset[str]) -> str:
    """`item_words` as stored in `items.match_words` (no word holds a space)."""
    return " ".join(sorted(words))


@lru_cache(maxsize=4096)
def read_words(stored: str) -> frozenset[str]:
    """`stored_words` read back, each word shared with every other copy of it."""
    return frozenset(sys.intern(w) for w in stored.split())


def word_rules_current(store: Storage) -> bool:
    """Were the stored `items.match_words` worked out by this sitrep's rules
    (`extract.events.match_words_rules`)? Otherwise they are not read."""
    found = store.scalar("SELECT value FROM meta WHERE key = ?", [_WORD_RULES])
    return bool(found == match_words_rules())


def check_word_rules(store: Storage) -> None:
    """Before storing items' words: clear those another version of sitrep stored, so that
    they are worked out again, and record this one's rules (inside the writer's transaction;
    once after an upgrade, or when writers of two versions take turns)."""
    if word_rules_current(store):
        return
    store.execute("UPDATE items SET match_words = NULL WHERE match_words IS NOT NULL")
    store.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [_WORD_RULES, match_words_rules()],
    )


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


def _reports(rows: Iterable[Sequence[Any]]) -> list[Report]:
    """The `Report`s of stored figures (rows of `_reports_query`), sharing what each item's share.

    The facts are read from the columns directly; a `Figure` is built only for a figure that
    may be a running or long-run toll, whose type `event_type` decides."""
    out = []
    items: dict[tuple[str, str, int, float], tuple[datetime, str, frozenset[str]]] = {}
    same_facts: dict[tuple[Any, ...], Facts] = {}  # one copy of facts many figures share
    for row in rows:
        (figure_id, _event, effective, version, idx, kind, count, qualifier, victims, place,
         country, conflict, update, cumulative, period, period_start, sentence, lasting,
         item_key, stored, title, places, actors, feed_url) = row  # fmt: skip
        feed_url = sys.intern(feed_url)
        key = (feed_url, item_key, version, effective)
        shared = items.get(key)
        if shared is None:
            if stored is not None:
                words = read_words(stored)
            else:
                names = [*json.loads(places or "[]"), *json.loads(actors or "[]")]
                words = item_words(title, names)
            shared = items[key] = (
                datetime.fromtimestamp(effective, UTC),
                f"{feed_url}\x1f{item_key}",
                words,
            )
        published, item, words = shared
        start = datetime.fromtimestamp(period_start, UTC) if period_start is not None else None
        fkey = (kind, count, victims, qualifier, place, country, period_start, conflict,
                cumulative, update, sentence)  # fmt: skip
        facts = same_facts.get(fkey)
        if facts is None:
            facts = same_facts[fkey] = Facts.stored(
                kind,
                count,
                victims,
                qualifier,
                place,
                country,
                start,
                bool(conflict),
                bool(cumulative),
                bool(update),
                sentence,
            )
        type_: EventType = "incident"
        if lasting:
            whole = Figure(
                kind=kind,
                count=count,
                low=count,
                high=None,
                qualifier=qualifier,
                victims=victims,
                sentence=sentence,
                span=(0, 0),
                cumulative=bool(cumulative),
                update=bool(update),
                period=period,
                period_start=start,
                country=country,
                place=place,
                conflict=bool(conflict),
            )
            type_ = event_type(whole, published)
        order = (effective, feed_url, item_key, version, idx)
        out.append(Report(figure_id, order, facts, published, item, words, type_))
    return out


def _country_clause(country: str | None) -> tuple[str, list[Any]]:
    return ("f.country IS NULL", []) if country is None else ("f.country = ?", [country])


class EventWriter:
    """The event index of one writer's connection."""

    def __init__(self, store: Storage) -> None:
        self.store = store
        self.index = EventIndex()
        self._loaded_from: dict[str, float] = {}
        self._base_until: dict[str, float] = {}
        """Countries loaded from a stored `Base`: the figures they can take start there."""
        self._touched: set[str] = set()
        """Countries that took figures since their index was last stored."""
        self._saved: dict[str, Base] = {}
        """The `Base` last stored or read of each country: the next one is built on it while
        its row stands (a figure from before it would have deleted the row)."""
        self._replayed: dict[str, Base] = {}
        """The `Base` a replay of a lean country took on its way (`_replay`), to store."""
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
        self._base_until = {}
        self._touched = set()
        self._saved = {}
        self._replayed = {}
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
        """Have the country's figures in memory from far enough before `earliest`.

        Running and long-run tolls are read from `KEEP + LONG_GAP` before it (a long-run
        toll's next report may come a month after its last), incidents only from `KEEP`
        before it: every report of an incident comes within `UPDATE_SPAN` of its first, so an
        incident with a report older than that can take no figure from `earliest` on, and
        reading its reports back (most of a busy month's figures) changed nothing but the
        time a writer takes to start. Both read `_READ_AHEAD` further back.
        """
        key = country or ""
        need = earliest - _LOOKBACK
        have = self._loaded_from.get(key)
        until = self._base_until.get(key)
        if have is not None and (have <= need if until is None else until <= earliest):
            return
        if have is None and self._load_base(country, earliest):
            return
        self._base_until.pop(key, None)
        need -= _READ_AHEAD  # feeds out of order ask a little earlier each time
        incidents_from = need + LONG_GAP.total_seconds()
        clause, params = _country_clause(country)
        query = _reports_query(word_rules_current(self.store))
        rows = self.store.execute(
            f"{query} WHERE {clause} AND f.effective >= ? AND f.event_id IS NOT NULL "
            f"AND (f.effective >= ? OR {_LASTING})",
            [*params, need, incidents_from],
        ).fetchall()
        reports = [
            r for r in _reports(rows) if r.type != "incident" or r.order[0] >= incidents_from
        ]
        assigned = {int(r[0]): int(r[1]) for r in rows}
        unsettled = self.index.partition(country).dirty_from if have is not None else None
        self.index.reset(country)
        self.index.seed(country, reports, assigned)
        if unsettled is not None:
            self.index.partition(country).mark_unsettled(unsettled)
        self._loaded_from[key] = need

    def _load_base(self, country: str | None, earliest: float) -> bool:
        """Load the country from its stored `Base` and the figures since, when one is stored
        from no later than `earliest`; whether it was."""
        key = country or ""
        row = self.store.execute(
            "SELECT until, state FROM event_index WHERE country = ? AND version = ?",
            [key, _base_version()],
        ).fetchone()
        if row is None or float(row[0]) > earliest:
            return False
        base = Base.decode(str(row[1]))
        clause, params = _country_clause(country)
        query = _reports_query(word_rules_current(self.store))
        rows = self.store.execute(
            f"{query} WHERE {clause} AND f.effective >= ? AND f.event_id IS NOT NULL",
            [*params, base.until],
        ).fetchall()
        self.index.reset(country)
        self.index.partition(country).load(base)
        self.index.seed(country, _reports(rows), {int(r[0]): int(r[1]) for r in rows})
        self._loaded_from[key] = float("-inf")
        self._base_until[key] = base.until
        self._saved[key] = base
        return True

    def _save_bases(self, newest: float) -> None:
        """Store the index of each country that took figures, as of `BASE_LAG` before
        `newest` (inside the writer's transaction, once settled)."""
        until = newest - BASE_LAG
        version = _base_version()
        replayed, self._replayed = self._replayed, {}
        for key, taken in sorted(replayed.items()):
            if taken.until == until:
                self._store_base(key, taken)
        for key in sorted(self._touched):
            if key not in self._loaded_from:
                continue
            start = self._saved.get(key)
            if start is not None:
                stored = self.store.scalar(
                    "SELECT until FROM event_index WHERE country = ? AND version = ?",
                    [key, version],
                )
                if stored is None or float(stored) != start.until:
                    start = None  # gone: something before it changed
            base = self.index.partition(key or None).snapshot(until, _open_at(until), start)
            if base is None:
                continue
            self._store_base(key, base)
        self._touched.clear()

    def _store_base(self, key: str, base: Base) -> None:
        self._saved[key] = base
        self.store.execute(
            "INSERT INTO event_index (country, until, version, state) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(country) DO UPDATE SET until = excluded.until, "
            "version = excluded.version, state = excluded.state",
            [key, base.until, _base_version(), base.encode()],
        )

    def warm(self, now: float) -> Iterator[None]:
        """Load, one country per step, what placing a figure from `now` on reads first: each
        country's stored `Base` and the figures since (`_load_base`), as the country's first
        figure would. A country loaded already, or whose `Base` is from after `now`, is left
        to `_ensure`. Reads only: a poller runs the steps while it waits for its first parsed
        feed, so that the first feed's transaction does not read them."""
        countries = [
            str(row[0])
            for row in self.store.execute(
                "SELECT country FROM event_index WHERE version = ? AND until <= ? ORDER BY country",
                [_base_version(), now],
            )
        ]
        for key in countries:
            if self._recover or key in self._loaded_from:
                continue
            self._check_generation()
            self._load_base(key or None, now)
            yield

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
            self._touched.add(country or "")
        placed = self.index.add(reports)
        if self.index.held() > LEAN_AT:
            self.index.go_lean()
        return placed

    def record(self, assigned: dict[int, int]) -> None:
        """Write the events `place` gave to figures already stored (inside the writer's
        transaction)."""
        self._write(assigned)
        self._mark_unsettled()

    def settle(self) -> int:
        """Replay every provisional placement in canonical order; returns how many figures
        changed event (inside the writer's transaction)."""
        self._recovered()
        changed = self._replay_lean()
        changed.update(self.index.settle())
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
            replayed = self._replay_lean()
            replayed.update(self.index.settle())
            changed = list(replayed.items())
            for start in range(0, len(changed), step):
                with self.store.transaction():
                    self._write(dict(changed[start : start + step]))
            with self.store.transaction():
                self._settled()
        except BaseException:
            self.forget()
            raise
        return len(changed)

    def _replay_lean(self) -> dict[int, int]:
        """Settle each lean country by replaying its stored figures (`_replay`); returns the
        figures whose event changed."""
        lean = self.index.lean()
        newest = self.store.scalar("SELECT MAX(effective) FROM figures") if lean else None
        if newest is None:
            return {}
        changed: dict[int, int] = {}
        for country in lean:
            changed.update(self._replay(country, float(newest) - BASE_LAG))
        return changed

    def _replay(self, country: str | None, until: float) -> dict[int, int]:
        """Place again, in canonical order, a lean country's stored figures from its earliest
        provisional one (or from `until`, if earlier), keeping none of them in memory:
        the events before come from the stored `Base` or the stored figures of the weeks
        before, as a starting writer reads them (`_ensure`). Takes the country's `Base` as
        of `until` on the way (stored by `_settled`), then drops the country's index: the
        next figure reads it back from that `Base`. Returns the figures whose event
        changed."""
        key = country or ""
        dirty = self.index.partition(country).dirty_from
        start = until if dirty is None else min(dirty[0], until)
        self.index.reset(country)
        self._loaded_from.pop(key, None)
        self._base_until.pop(key, None)
        part = self.index.partition(country)
        part.go_lean()
        clause, params = _country_clause(country)
        query = _reports_query(word_rules_current(self.store))
        canonical = "ORDER BY f.effective, fe.url, i.key, f.version, f.idx"
        row = self.store.execute(
            "SELECT until, state FROM event_index WHERE country = ? AND version = ?",
            [key, _base_version()],
        ).fetchone()
        if row is not None and float(row[0]) <= start:
            base = Base.decode(str(row[1]))
            part.load(base)
            before, bounds = "f.effective >= ?", [base.until]
            incidents_from = base.until
        else:
            lower = start - _LOOKBACK - _READ_AHEAD
            incidents_from = lower + LONG_GAP.total_seconds()
            before = f"f.effective >= ? AND (f.effective >= ? OR {_LASTING})"
            bounds = [lower, incidents_from]
        settled = self.store.execute(
            f"{query} WHERE {clause} AND f.event_id IS NOT NULL AND {before} "
            f"AND f.effective < ? {canonical}",
            [*params, *bounds, start],
        )
        while rows := settled.fetchmany(PAGE):
            seeds = [
                r for r in _reports(rows) if r.type != "incident" or r.order[0] >= incidents_from
            ]
            part.seed(seeds, {int(r[0]): int(r[1]) for r in rows})
        captured: Base | None = None
        changed: dict[int, int] = {}
        replay = self.store.execute(
            f"{query} WHERE {clause} AND f.event_id IS NOT NULL AND f.effective >= ? {canonical}",
            [*params, start],
        )
        while rows := replay.fetchmany(PAGE):
            for r, stored in zip(_reports(rows), rows, strict=True):
                if captured is None and r.order[0] >= until:
                    captured = part.capture(until, _open_at(until))
                event = part.append(r)
                if event != stored[1]:
                    changed[r.figure_id] = event
        if part.dirty_from is not None:  # the query's order is the canonical one
            raise RuntimeError(f"stored figures of {key or 'no country'} read out of order")
        self._replayed[key] = captured or part.capture(until, _open_at(until))
        self._touched.discard(key)
        self.index.reset(country)
        return changed

    def _settled(self) -> None:
        self.store.execute("DELETE FROM meta WHERE key = ?", [_UNSETTLED])
        newest = self.store.scalar("SELECT MAX(effective) FROM figures")
        if newest is not None:
            self._save_bases(float(newest))
            self.index.evict(datetime.fromtimestamp(float(newest), UTC))

    def _write(self, assigned: dict[int, int]) -> None:
        self.store.conn.executemany(
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
        self._base_until = {}
        self._touched = set()
        self._saved = {}
        query = _reports_query(word_rules_current(self.store))
        for country in countries:
            if since is not None:
                self._ensure(country, since)
                self.index.partition(country).drop_from(since)
            clause, params = _country_clause(country)
            after: tuple[float, int] = (start, -1)
            while True:
                rows = self.store.execute(
                    f"{query} WHERE {clause} AND (f.effective, f.id) > (?, ?) "
                    f"ORDER BY f.effective, f.id LIMIT {PAGE}",
                    [*params, *after],
                ).fetchall()
                if not rows:
                    break
                after = (rows[-1][2], rows[-1][0])
                before = {int(r[0]): r[1] for r in rows}
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


def _base_version() -> str:
    return f"{BASE_VERSION}:{match_words_rules()}:{index_rules()}"


def _open_at(until: float) -> Callable[[Event], bool]:
    """Which events a `Base` as of `until` keeps: those a starting writer would read back
    for a figure from `until` on (`EventWriter._ensure`), as far as they can take one."""
    incidents = until - KEEP.total_seconds() - _READ_AHEAD
    lasting = until - _LOOKBACK - _READ_AHEAD

    def keep(e: Event) -> bool:
        return e.last.timestamp() >= (lasting if e.type == "long" else incidents)

    return keep


_WRITERS: weakref.WeakKeyDictionary[Storage, EventWriter] = weakref.WeakKeyDictionary()


def ready_writer(store: Storage) -> EventWriter | None:
    """This connection's event writer when it exists and has nothing to recover: one that can
    `place` figures before their rows are written. None otherwise (`event_writer` then)."""
    writer = _WRITERS.get(store)
    return writer if writer is not None and not writer.recovering else None


def warm_event_writer(store: Storage, now: float) -> Iterator[None]:
    """`EventWriter.warm` of this connection's writer, created for it, unless a previous
    writer left something to recover: the first transaction that places figures does that,
    and reads what it needs after."""
    writer = _WRITERS.get(store)
    if writer is None:
        marks = store.scalar(
            "SELECT COUNT(*) FROM meta WHERE key IN (?, ?)", [_UNASSIGNED, _UNSETTLED]
        )
        if marks:
            return
        writer = _WRITERS[store] = EventWriter(store)
    yield from writer.warm(now)


def event_writer(store: Storage) -> EventWriter:
    """The event writer of this connection, created (and its leftovers recovered) on first
    use. Only the writer - the lease holder, or a one-off command - calls it."""
    writer = _WRITERS.get(store)
    if writer is None:
        writer = _WRITERS[store] = EventWriter(store)
        writer.recover()
    return writer
