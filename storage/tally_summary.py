"""The tally panels read: every number of `compute_tally`, from the stored event tallies.

`tally_summary` returns the same `Tally` as `storage.tallies.compute_tally` - the same totals,
countries, events, context tolls and sparkline points - except `figures`, which is empty: the
verdict of every figure is what the JSON output and the tally detail screen show, and they ask
`compute_tally` for it.

Events whose figures all lie inside the window are read from `event_tallies`
(`storage.event_tallies` says when a stored value holds). Only the events the window's start
cuts through and events changed since their value was stored are computed from their figures.
Events add up per country as usual; a country is combined event by event only when one of its
events is an area toll that may contain the others, and is otherwise a plain sum, which is what
`extract.tally_country.combine` makes of it too.

With a filter (desk, place or actor) the stored values, which count every outlet and every
figure, do not apply: the summary is then `compute_tally`'s result itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from extract.scope import default_contains
from extract.tally import TalliedFigure, Tally, TallyFigure, Verdicts, assemble, event_value
from extract.tally_country import CountryTally, EventTally, EventValue, combine
from extract.verdicts import Reason, Verdict
from storage.db import Storage
from storage.event_tallies import event_tally_of, event_value_of, rules_current
from storage.tallies import compute_tally, figures_where

_FRESH = """et.first_at >= :lo AND +et.last_at <= :now AND et.valid_until >= :lo
    AND et.event_id NOT IN (SELECT event_id FROM event_dirty)"""
"""A stored event value that holds for the window: every figure inside it, no short-period
toll begun before it, nothing changed."""

_EVENTS = f"""SELECT * FROM event_tallies et WHERE {_FRESH}"""

_BROAD = f"""SELECT DISTINCT et.country FROM event_tallies et
    WHERE et.broad = 1 AND et.country IS NOT NULL AND {_FRESH}"""

_LIVE = """SELECT event_id FROM event_tallies
    WHERE last_at > :now AND first_at <= :now AND last_at >= :lo
    UNION SELECT event_id FROM event_tallies
    WHERE valid_until < :lo AND first_at >= :lo AND first_at <= :now
    UNION SELECT d.event_id FROM event_dirty d WHERE EXISTS (
        SELECT 1 FROM figures f
        WHERE f.event_id = d.event_id AND f.effective BETWEEN :lo AND :now)"""
"""Events in the window whose stored value does not hold: figures after `now`, a short-period
toll begun before the window's start, or changed since stored."""

_CUT = """SELECT event_id FROM event_tallies WHERE last_at >= :lo AND first_at < :lo"""
"""Events the window's start cuts through."""

_POINTS = """SELECT event_id, figure_id, effective, tallied FROM event_points
    WHERE effective BETWEEN :lo AND :now"""


@dataclass(slots=True)
class _Sum:
    """A country without an area toll: the plain sum of its events."""

    killed: list[int] = field(default_factory=lambda: [0, 0, 0])
    civilians: int = 0
    injured: int = 0

    def add(self, killed: Sequence[int], civilians: int, injured: int) -> None:
        for n in range(3):
            self.killed[n] += killed[n]
        self.civilians += civilians
        self.injured += injured


def has_event_tallies(store: Storage) -> bool:
    """False for a database written before stored tallies (opened read-only, not migrated)."""
    found = store.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", ["event_tallies"]
    )
    return found is not None


def tally_summary(
    store: Storage,
    *,
    since: float | None,
    now: float,
    feed_ids: Sequence[int] | None = None,
    place: str | None = None,
    actor: str | None = None,
) -> Tally:
    """`compute_tally`'s numbers without the figures' verdicts (`figures` is empty).

    Fast with no filter: the stored event tallies are read and only the events the window
    cuts through are computed. With a filter, on a database without stored tallies, or while
    some figures wait for their event, it is `compute_tally` itself (figures included).
    """
    if (
        feed_ids is not None
        or place
        or actor
        or not has_event_tallies(store)
        or not rules_current(store)
        or store.scalar("SELECT 1 FROM meta WHERE key = 'events_unassigned'")
    ):
        return compute_tally(
            store, since=since, now=now, feed_ids=feed_ids, place=place, actor=actor
        )
    since_dt = datetime.fromtimestamp(since, UTC) if since is not None else None
    first = store.scalar("SELECT MIN(effective) FROM figures")
    if first is None or first > now:
        return assemble([], [], since=since_dt, context=(), figures=(), points=[])
    params = {"lo": since if since is not None else float("-inf"), "now": now}
    return _Summary(store, since, now, params).run()


class _Summary:
    """One summary's work: stored events, live events, then countries."""

    def __init__(self, store: Storage, since: float | None, now: float, params: dict[str, Any]):
        self.store = store
        self.since = since
        self.now = now
        self.params = params
        self.verdicts = Verdicts()
        self.live: list[tuple[EventValue, list[TallyFigure], list[int]]] = []

    def _live_values(self) -> None:
        """Compute the events a stored value does not cover, from their figures."""
        ids = [int(r[0]) for r in self.store.execute(_LIVE, self.params)]
        if self.since is not None:
            ids += [int(r[0]) for r in self.store.execute(_CUT, self.params)]
        figures = figures_where(self.store, "f.event_id", sorted(set(ids)))
        now = datetime.fromtimestamp(self.now, UTC)
        by_event: dict[int, list[TallyFigure]] = defaultdict(list)
        for t in figures:
            if t.published <= now:
                by_event[t.event_id].append(t)
        since = datetime.fromtimestamp(self.since, UTC) if self.since is not None else None
        for event_figures in by_event.values():
            before = len(self.verdicts.context)
            value = event_value(event_figures, since=since, verdicts=self.verdicts)
            if value is not None:
                self.live.append((value, event_figures, self.verdicts.context[before:]))

    def run(self) -> Tally:
        self._live_values()
        broad = {r[0] for r in self.store.execute(_BROAD, self.params)}
        broad |= {
            v.event.country
            for v, _, _ in self.live
            if any(k.covers for k in (v.killed, v.injured, v.whole_killed, v.whole_injured) if k)
            and v.event.country is not None
        }
        rows = self.store.rows(_EVENTS, self.params)
        sums: dict[str | None, _Sum] = defaultdict(_Sum)
        events: list[EventTally] = []
        combined: list[EventValue] = []
        for row in rows:
            if row["country"] in broad:
                combined.append(event_value_of(row))
            else:
                events.append(event_tally_of(row))
                sums[row["country"]].add(
                    (row["killed"], row["killed_low"], row["killed_high"]),
                    row["civilians"],
                    row["injured"],
                )
        for v, _, _ in self.live:
            if v.event.country in broad:
                combined.append(v)
            else:
                events.append(v.event)
                sums[v.event.country].add(v.killed.total, v.killed.civilians, v.injured.total[0])
        countries, combined_rows = combine(combined, self.verdicts, default_contains)
        events.extend(combined_rows)
        for country, s in sums.items():
            if s.killed[0] or s.injured:
                countries.append(
                    CountryTally(
                        country,
                        s.killed[0],
                        s.injured,
                        min(s.killed[0], s.civilians),
                        s.killed[1],
                        s.killed[2],
                    )
                )
        countries.sort(key=lambda c: (-c.killed, -c.injured, c.country or "\uffff"))
        return assemble(
            countries,
            events,
            since=datetime.fromtimestamp(self.since, UTC) if self.since is not None else None,
            context=self._context(rows),
            figures=(),
            points=self._points({r["event_id"] for r in rows}),
        )

    def _points(self, stored: set[int]) -> list[tuple[datetime, int]]:
        """Counted death figures with what they add: stored ones unless `combine` dropped
        them, and those of the live events inside the window."""
        reasons = self.verdicts.reasons
        points = [
            (datetime.fromtimestamp(effective, UTC), tallied)
            for event_id, figure_id, effective, tallied in self.store.execute(_POINTS, self.params)
            if event_id in stored and reasons.get(figure_id) is None
        ]
        lo = self.params["lo"]
        for _, figures, _ in self.live:
            for t in figures:
                if (
                    t.figure.kind == "killed"
                    and t.published.timestamp() >= lo
                    and reasons.get(t.id, "") is None
                    and self.verdicts.tallied.get(t.id, 0) > 0
                ):
                    points.append((t.published, self.verdicts.tallied[t.id]))
        return points

    def _context(self, rows: Sequence[dict[str, Any]]) -> tuple[TalliedFigure, ...]:
        """Long-run tolls shown as context, in the order `compute_tally` lists them: by the
        canonical order of each event's first figure."""
        ordered: list[tuple[str, list[int]]] = [
            (r["rank"], [int(x) for x in r["context_ids"].split(",")])
            for r in rows
            if r["context_ids"]
        ]
        for _, figures, context in self.live:
            if context:
                ordered.append((figures[0].rank_key, context))
        ordered.sort(key=lambda o: o[0])
        ids = [i for _, context in ordered for i in context]
        if not ids:
            return ()
        by_id = {t.id: t for t in figures_where(self.store, "f.id", ids)}
        lo = self.params["lo"]
        return tuple(
            TalliedFigure(
                source=by_id[i],
                counted=False,
                verdict=self.verdicts.reasons.get(i) or Verdict(Reason.CONTEXT),
                party_claim=by_id[i].figure.source_kind == "party",
                tallied=0,
            )
            for i in ids
            if i in by_id and lo <= by_id[i].published.timestamp() <= self.now
        )
