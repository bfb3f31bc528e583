"""Each event's all-time tally, stored at write time so that panels read instead of recompute.

An event's tally over a window depends only on its own figures, on which of them lie before the
window, and on which short-period tolls began before it (those are context then). So the value
computed over all time holds for every window that opens at or before the event's first figure
and at or before the start of each of its short-period tolls: the row keeps that moment as
`valid_until`, and readers use the row only for windows opening no later.

Migration 006's triggers list in `event_dirty` every event whose figures, items' disputes or
outlets' names changed, whoever wrote them. Writers call `refresh_dirty` before they commit, so
the stored values change in the same transaction as the figures; a reader treats an event still
listed there as unknown and computes it from its figures.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from extract.events import event_type
from extract.tally import RULES_VERSION, TallyFigure, Verdicts, event_value
from extract.tally_country import EventTally, EventValue
from extract.tally_story import KindTally
from storage.db import Storage
from storage.tallies import CHUNK, figures_where

_COLUMNS = (
    "event_id, first_at, last_at, first_figure, valid_until, as_of, label, rank, country, place, "
    "killed, killed_low, killed_high, civilians, injured, injured_low, injured_high, "
    "injured_civilians, broad, killed_kind, injured_kind, figure_ids, context_ids"
)


REFRESH_STEP = 32
"""Events recomputed per transaction by `refresh_in_steps` (a few hundred milliseconds at
most), so that the writer never holds the lock for long."""


def refresh_in_steps(
    store: Storage, *, step: int = REFRESH_STEP, between: Callable[[], None] | None = None
) -> int:
    """Recompute every event listed as changed, `step` events per transaction; returns how
    many. Between two transactions the rest are still listed, and readers compute them from
    their figures, so no reader ever sees a stale number. `between` runs between them."""
    done = 0
    while True:
        with store.transaction():
            count = refresh_dirty(store, limit=step)
        done += count
        if count < step:
            return done
        if between is not None:
            between()


def refresh_dirty(store: Storage, *, limit: int | None = None) -> int:
    """Recompute the stored tally of every event listed as changed (the first `limit` of
    them, when given); returns how many.

    Call it inside the writer's transaction, after the figures changed, so that readers never
    see new figures beside an old stored value.
    """
    stored = store.scalar("SELECT value FROM meta WHERE key = 'tally_rules'")
    if stored != str(RULES_VERSION):
        store.execute(
            "INSERT INTO event_dirty (event_id) SELECT event_id FROM event_tallies "
            "WHERE event_id NOT IN (SELECT event_id FROM event_dirty)"
        )
        store.execute(
            "INSERT INTO meta (key, value) VALUES ('tally_rules', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(RULES_VERSION),),
        )
    query = "SELECT event_id FROM event_dirty ORDER BY event_id"
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    ids = [int(r[0]) for r in store.execute(query)]
    for chunk in _batches(store, ids):
        by_event: dict[int, list[TallyFigure]] = defaultdict(list)
        for t in figures_where(store, "f.event_id", chunk):
            by_event[t.event_id].append(t)
        marks = ",".join("?" * len(chunk))
        store.execute(f"DELETE FROM event_points WHERE event_id IN ({marks})", chunk)
        store.execute(f"DELETE FROM event_tallies WHERE event_id IN ({marks})", chunk)
        for event_id in chunk:
            if by_event.get(event_id):
                _save(store, event_id, by_event[event_id])
        store.execute(f"DELETE FROM event_dirty WHERE event_id IN ({marks})", chunk)
    if ids:
        _trim_changes(store)
    return len(ids)


CHANGES_KEPT = 100_000
"""Entries of `event_changes` kept: a reader further behind reads every stored tally again."""


def _trim_changes(store: Storage) -> None:
    """Keep the newest `CHANGES_KEPT` entries of the change log (migration 011)."""
    if store.scalar("SELECT 1 FROM sqlite_master WHERE name = 'event_changes'") is None:
        return
    store.execute(
        "DELETE FROM event_changes WHERE seq <= (SELECT MAX(seq) FROM event_changes) - ?",
        (CHANGES_KEPT,),
    )


FIGURE_BUDGET = 4000
"""Figures of the events recomputed together at most (unless one event has more): in a
busy week the events being refreshed hold tens of thousands of figures, all in memory at once
if read together."""


def _batches(store: Storage, ids: Sequence[int]) -> Iterator[list[int]]:
    """`ids` in order, in runs of at most `CHUNK` events and `FIGURE_BUDGET` figures."""
    sizes: dict[int, int] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        sizes.update(
            store.execute(
                f"SELECT event_id, COUNT(*) FROM figures WHERE event_id IN ({marks}) "
                "GROUP BY event_id",
                chunk,
            ).fetchall()
        )
    batch: list[int] = []
    held = 0
    for event_id in ids:
        size = sizes.get(event_id, 0)
        if batch and (len(batch) >= CHUNK or held + size > FIGURE_BUDGET):
            yield batch
            batch, held = [], 0
        batch.append(event_id)
        held += size
    if batch:
        yield batch


def rules_current(store: Storage) -> bool:
    """Were the stored tallies computed under the tally rules of this version of sitrep?

    True as well while nothing is stored: there is nothing stale to read around.
    """
    value = store.scalar("SELECT value FROM meta WHERE key = 'tally_rules'")
    if value == str(RULES_VERSION):
        return True
    return store.scalar("SELECT 1 FROM event_tallies LIMIT 1") is None


def _ts(value: datetime | None) -> float | None:
    return value.timestamp() if value is not None else None


def _ids(ids: Sequence[int]) -> str:
    return ",".join(str(i) for i in ids)


def _kind_json(k: KindTally) -> str:
    return json.dumps(
        {
            "total": k.total,
            "civilians": k.civilians,
            "counted": k.counted,
            "broad": k.broad,
            "country": k.country,
            "place": k.place,
            "as_of": _ts(k.as_of),
            "first": _ts(k.first),
            "victims": k.victims,
            "period_start": _ts(k.period_start),
            "area_report": k.area_report,
        }
    )


def _save(store: Storage, event_id: int, figures: Sequence[TallyFigure]) -> None:
    """Store one event's tally over all time (`figures` in canonical order)."""
    verdicts = Verdicts()
    value = event_value(figures, since=None, verdicts=verdicts)
    assert value is not None  # every figure is inside the all-time window
    first = figures[0]
    starts = [
        t.figure.period_start.timestamp()
        for t in figures
        if t.figure.period_start is not None and event_type(t.figure, t.published) == "running"
    ]
    k, i, event = value.killed, value.injured, value.event
    store.execute(
        f"INSERT INTO event_tallies ({_COLUMNS}) VALUES ({','.join('?' * 23)})",
        (
            event_id,
            first.published.timestamp(),
            figures[-1].published.timestamp(),
            first.id,
            min([first.published.timestamp(), *starts]),
            _ts(event.as_of),
            event.label,
            first.rank_key,
            event.country,
            event.place,
            *k.total,
            k.civilians,
            *i.total,
            i.civilians,
            int(k.covers or i.covers),
            _kind_json(k),
            _kind_json(i),
            _ids(event.figure_ids),
            _ids(verdicts.context),
        ),
    )
    store.conn.executemany(
        "INSERT INTO event_points (event_id, figure_id, effective, tallied) VALUES (?,?,?,?)",
        [
            (event_id, t.id, t.published.timestamp(), verdicts.tallied[t.id])
            for t in figures
            if t.figure.kind == "killed"
            and verdicts.reasons.get(t.id, "") is None
            and verdicts.tallied.get(t.id, 0) > 0
        ],
    )


def _when(ts: float | None) -> datetime | None:
    return datetime.fromtimestamp(ts, UTC) if ts is not None else None


def _split(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",")) if text else ()


def kind_of(text: str) -> KindTally:
    """One kind of a stored event (`killed_kind`, `injured_kind`) back into its `KindTally`."""
    fields: dict[str, Any] = json.loads(text)
    for key in ("as_of", "first", "period_start"):
        fields[key] = _when(fields[key])
    fields["total"] = tuple(fields["total"])
    fields["counted"] = tuple(fields["counted"])
    return KindTally(**fields)


def event_value_of(row: dict[str, Any]) -> EventValue:
    """The stored `EventValue` of one `event_tallies` row (for events `combine` needs)."""
    return EventValue(
        event_tally_of(row), kind_of(row["killed_kind"]), kind_of(row["injured_kind"])
    )


def event_tally_of(row: dict[str, Any]) -> EventTally:
    """The stored `EventTally` of one `event_tallies` row."""
    return EventTally(
        id=row["event_id"],
        label=row["label"],
        country=row["country"],
        place=row["place"],
        killed=row["killed"],
        injured=row["injured"],
        figure_ids=_split(row["figure_ids"]),
        civilians_killed=row["civilians"],
        killed_low=row["killed_low"],
        killed_high=row["killed_high"],
        as_of=_when(row["as_of"]),
        rank=row["rank"],
    )
