"""The tally panels read: every number of `compute_tally`, from the stored event tallies.

`tally_summary` returns the same `Tally` as `storage.tallies.compute_tally` - the same totals,
countries, events, context tolls and sparkline points - except `figures`, which is empty: the
verdict of every figure is what the JSON output and the tally detail screen show, and they ask
`compute_tally` for it.

Events whose figures all lie inside the window are read from `event_tallies`
(`storage.event_tallies` says when a stored value holds), through `storage.stored_events`,
which keeps them between calls. Only the events the window's start
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
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from extract.scope import default_contains
from extract.tally import (
    TalliedFigure,
    Tally,
    TallyFigure,
    Verdicts,
    assemble,
    event_value,
    tallied_figure,
)
from extract.tally_country import CountryTally, EventTally, EventValue, combine
from extract.verdicts import Reason, Verdict
from storage.db import Storage
from storage.event_tallies import rules_current
from storage.stored_events import StoredEvent, StoredEvents
from storage.tallies import compute_tally, figures_where

_LIVE = """SELECT event_id FROM event_tallies
    WHERE last_at > :now AND first_at <= :now AND last_at >= :lo
    UNION SELECT d.event_id FROM event_dirty d WHERE EXISTS (
        SELECT 1 FROM figures f
        WHERE f.event_id = d.event_id AND f.effective BETWEEN :lo AND :now)"""
"""Events in the window whose stored value does not hold: figures after `now`, or changed
since stored (`_BEGUN` adds those of a short-period toll begun before the window's start)."""

_BEGUN = """SELECT event_id FROM event_tallies
    WHERE valid_until < :lo AND first_at >= :lo AND first_at <= :now"""

_CUT = """SELECT event_id FROM event_tallies WHERE last_at >= :lo AND first_at < :lo"""
"""Events the window's start cuts through."""


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
    detail: int = 0,
    stored: StoredEvents | None = None,
) -> Tally:
    """`compute_tally`'s numbers without the figures' verdicts (`figures` is empty), except
    for the `detail` largest events: their figures, as `compute_tally` would list them if
    given those events alone (the sources and as-of times of the panel's rows).

    Fast with no filter: the stored event tallies are read and only the events the window
    cuts through are computed. With a filter, on a database without stored tallies, or while
    some figures wait for their event, it is `compute_tally` itself (figures included).
    `stored` keeps the stored tallies read between calls (a dashboard's archive passes the
    same one each time); without it they are read for this call alone.
    """
    with store.reading():
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
        lo = since if since is not None else float("-inf")
        if stored is None:
            stored = StoredEvents()
        stored.sync(store, lo)
        summary = _Summary(store, stored, since, now, {"lo": lo, "now": now})
        result = summary.run()
        if detail > 0 and result.events:
            result = replace(result, figures=summary.detail(result.events[:detail]))
        return result


class _Summary:
    """One summary's work: stored events, live events, then countries."""

    def __init__(
        self,
        store: Storage,
        stored: StoredEvents,
        since: float | None,
        now: float,
        params: dict[str, Any],
    ):
        self.store = store
        self.stored = stored
        self.since = since
        self.now = now
        self.params = params
        self.verdicts = Verdicts()
        self.live: list[tuple[EventValue, list[TallyFigure], list[int]]] = []
        self.fresh: dict[int, StoredEvent] = {}
        self.live_figures: dict[int, list[TallyFigure]] = {}

    def _live_values(self) -> set[int]:
        """Compute the events a stored value does not cover, from their figures; returns
        the events listed as changed."""
        ids = [int(r[0]) for r in self.store.execute(_LIVE, self.params)]
        if self.since is not None:
            ids += [int(r[0]) for r in self.store.execute(_BEGUN, self.params)]
            ids += [int(r[0]) for r in self.store.execute(_CUT, self.params)]
        figures = figures_where(self.store, "f.event_id", sorted(set(ids)))
        now = datetime.fromtimestamp(self.now, UTC)
        by_event: dict[int, list[TallyFigure]] = defaultdict(list)
        for t in figures:
            if t.published <= now:
                by_event[t.event_id].append(t)
        self.live_figures = by_event
        since = datetime.fromtimestamp(self.since, UTC) if self.since is not None else None
        for event_figures in by_event.values():
            before = len(self.verdicts.context)
            value = event_value(event_figures, since=since, verdicts=self.verdicts)
            if value is not None:
                self.live.append((value, event_figures, self.verdicts.context[before:]))
        return {int(r[0]) for r in self.store.execute("SELECT event_id FROM event_dirty")}

    def run(self) -> Tally:
        dirty = self._live_values()
        lo, now = self.params["lo"], self.now
        # the stored value holds: every figure inside the window, no short-period toll
        # begun before it, nothing changed since (inline: it runs over every held event)
        fresh = [
            e
            for e in self.stored.events.values()
            if e.first_at >= lo
            and e.last_at <= now
            and e.valid_until is not None
            and e.valid_until >= lo
            and e.event_id not in dirty
        ]
        self.fresh = {e.event_id: e for e in fresh}
        broad = {e.country for e in fresh if e.broad and e.country is not None}
        broad |= {
            v.event.country
            for v, _, _ in self.live
            if any(k.covers for k in (v.killed, v.injured, v.whole_killed, v.whole_injured) if k)
            and v.event.country is not None
        }
        sums: dict[str | None, _Sum] = defaultdict(_Sum)
        events: list[EventTally] = []
        combined: list[EventValue] = self.stored.values(
            self.store, [e for e in fresh if e.country in broad]
        )
        for e in fresh:
            if e.country not in broad:
                events.append(e.tally)
                s = sums[e.country]
                k = s.killed
                k[0] += e.killed[0]
                k[1] += e.killed[1]
                k[2] += e.killed[2]
                s.civilians += e.civilians
                s.injured += e.injured
        for v, _, _ in self.live:
            if v.event.country in broad:
                combined.append(v)
            else:
                events.append(v.event)
                sums[v.event.country].add(v.killed.total, v.killed.civilians, v.injured.total[0])
        countries, combined_rows = self.stored.combine(combined, self.verdicts)
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
            context=self._context(fresh),
            figures=(),
            points=self._points(fresh),
        )

    def _points(self, fresh: Sequence[StoredEvent]) -> list[tuple[datetime, int]]:
        """Counted death figures with what they add: stored ones unless `combine` dropped
        them, and those of the live events inside the window."""
        reasons = self.verdicts.reasons
        points = [
            (when, tallied)
            for e in fresh
            for when, figure_id, tallied in e.points
            if reasons.get(figure_id) is None
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

    def _context(self, fresh: Sequence[StoredEvent]) -> tuple[TalliedFigure, ...]:
        """Long-run tolls shown as context, in the order `compute_tally` lists them: by the
        canonical order of each event's first figure."""
        ordered: list[tuple[str, list[int]]] = [
            (e.rank, [int(x) for x in e.context_ids.split(",")]) for e in fresh if e.context_ids
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

    def detail(self, shown: Sequence[EventTally]) -> tuple[TalliedFigure, ...]:
        """The figures of the `shown` events inside the window with their verdicts: what
        `extract.tally.tally` gives for those events' figures alone.

        An event whose stored value holds for the window has the verdicts it has over all
        time (the window starts before its first figure and before any period it counts), so
        they are computed once and kept; the others are computed for the window. Their
        values are then combined per country, as `tally` does.
        """
        since = datetime.fromtimestamp(self.since, UTC) if self.since is not None else None
        verdicts = Verdicts()
        values: list[EventValue] = []
        figures: list[TallyFigure] = []
        stored = [self.fresh[e.id] for e in shown if e.id in self.fresh]
        for d in self.stored.details(self.store, stored):
            verdicts.reasons.update(d.verdicts.reasons)
            verdicts.tallied.update(d.verdicts.tallied)
            verdicts.context.extend(d.verdicts.context)
            values.append(d.value)
            figures.extend(d.figures)
        for e in shown:
            if e.id in self.fresh or e.id not in self.live_figures:
                continue
            event_figures = self.live_figures[e.id]
            value = event_value(event_figures, since=since, verdicts=verdicts)
            if value is not None:
                values.append(value)
            figures.extend(event_figures)
        combine(values, verdicts, default_contains)
        listed = sorted(
            (t for t in figures if since is None or t.published >= since), key=lambda t: t.rank
        )
        return tuple(tallied_figure(t, verdicts) for t in listed)
