"""One event's toll over time: every report as a point, the counted line, context apart.

What `sitrep story ID` prints and what a dashboard chart of a tally row draws. It reads the
same figures and applies the same rules as the tallies, so no point or step can disagree
with `sitrep tally --since all`:

- **points**: every figure of the event, oldest first, with its outlet, value, time, and the
  verdict the all-time tally gives it (counted, or why not and which figure it yields to).
  Verdicts that depend on other events (an incident inside an area's toll over a period) are
  decided, as in the tally, against the events of the same country reported within
  `SCOPE` of this one: the only events such a rule can relate to it. Their values are read
  from the stored event tallies (as the tally panel reads them), and none at all when no area
  toll is among them, so a story costs about one event's figures;
- **the counted line** of each kind: the event's own tally as it stood after each report
  (its running toll counts its latest value, a repeat adds nothing), a step wherever it
  changed, each with its range when sources disagree (`low`-`high`);
- **context**: the event's long-run tolls ("since October 2023"), shown apart and never on
  the line, as the tallies show them beside the total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from extract.events import EventType, event_type
from extract.scope import default_contains
from extract.tally import (
    EventTally,
    TalliedFigure,
    TallyFigure,
    Verdicts,
    event_value,
    tally,
)
from extract.tally_country import EventValue, combine
from extract.verdicts import Reason, Verdict
from storage.db import Storage
from storage.event_tallies import event_value_of, rules_current
from storage.records import Step, Timeline
from storage.tallies import figures_where
from storage.tally_summary import has_event_tallies
from storage.verification import marks

SCOPE = timedelta(days=30)
"""Events of the same country reported this close to the event are tallied beside it: an
area's toll over a period (at most a week before its report) or an incident it may contain."""
MAX_STEPS = 120
"""Points at which the counted line is worked out; a longer story is sampled at evenly spaced
reports (its last report always among them). A chart shows no more."""


def event_figures(store: Storage, event_id: int) -> list[TallyFigure]:
    """Every figure of the event, oldest first (a figure not yet placed in an event is an
    event of its own, under its own id)."""
    found = figures_where(store, "f.event_id", [event_id])
    if not found:
        found = [t for t in figures_where(store, "f.id", [event_id]) if t.event_id == event_id]
    return found


def _stored_usable(store: Storage) -> bool:
    """Do the stored event tallies hold for every event (`storage.tally_summary` asks the
    same)?"""
    return (
        has_event_tallies(store)
        and rules_current(store)
        and not store.scalar("SELECT 1 FROM meta WHERE key = 'events_unassigned'")
        and not store.scalar("SELECT 1 FROM figures WHERE event_id IS NULL LIMIT 1")
    )


def _beside(
    store: Storage, value: EventValue, figures: Sequence[TallyFigure], until: datetime
) -> list[EventValue] | None:
    """The other events of the event's country reported within `SCOPE`, as `combine` needs
    them: their stored values, or their figures' for an event changed since it was stored or
    reported after `until`. None when the stored tallies do not hold (an old database, other
    rules, events not yet assigned).

    Nothing when no event among them (nor this one) is an area's toll that may contain others:
    the country is then a plain sum, and the event's own figures decide everything."""
    country = value.event.country
    if country is None:
        return []  # events of unknown country never cover one another
    if not _stored_usable(store):
        return None
    lo = (figures[0].published - SCOPE).timestamp()
    hi = (figures[-1].published + SCOPE).timestamp()
    event_id = value.event.id
    params = {"country": country, "lo": lo, "hi": hi, "event": event_id}
    waiting = {
        int(r[0])
        for r in store.execute(
            """SELECT d.event_id FROM event_dirty d WHERE d.event_id != :event
               AND EXISTS (SELECT 1 FROM figures f WHERE f.event_id = d.event_id
                   AND f.country = :country AND f.effective BETWEEN :lo AND :hi)""",
            params,
        )
    }
    broad = value.killed.covers or value.injured.covers
    if not broad and not waiting:
        # a stored area toll, or an event reported after `until` too, whose value as of then
        # is not the stored one
        broad = bool(
            store.scalar(
                """SELECT 1 FROM event_tallies WHERE broad = 1 AND first_at <= :hi
                   AND country = :country AND last_at >= :lo AND event_id != :event
                   UNION ALL SELECT 1 FROM event_tallies WHERE last_at > :now
                   AND first_at <= :now AND last_at >= :lo AND event_id != :event
                   LIMIT 1""",
                {**params, "now": until.timestamp()},
            )
        )
    if not broad and not waiting:
        return []
    now = until.timestamp()
    # An event reported after `now` too is of the country its figures up to `now` give.
    rows = store.rows(
        """SELECT * FROM event_tallies WHERE country = :country AND last_at >= :lo
           AND first_at <= :hi AND event_id != :event
           UNION SELECT * FROM event_tallies WHERE last_at > :now AND first_at <= :hi
           AND last_at >= :lo AND event_id != :event""",
        {**params, "now": now},
    )
    live = waiting | {int(r["event_id"]) for r in rows if r["last_at"] > now}
    values = [event_value_of(r) for r in rows if r["event_id"] not in live and r["first_at"] <= now]
    by_event: dict[int, list[TallyFigure]] = defaultdict(list)
    for t in figures_where(store, "f.event_id", sorted(live)):
        if t.published <= until:
            by_event[t.event_id].append(t)
    for event_figures_ in by_event.values():
        found = event_value(event_figures_, since=None, verdicts=Verdicts())
        if found is not None:
            values.append(found)
    return values


def _neighbours(store: Storage, figures: Sequence[TallyFigure]) -> list[TallyFigure]:
    """The figures of every event of the same countries reported within `SCOPE`: what the
    verdicts are decided on when the stored tallies cannot stand in for them."""
    lo = (figures[0].published - SCOPE).timestamp()
    hi = (figures[-1].published + SCOPE).timestamp()
    events: set[int] = set()
    loose: set[int] = set()
    for country in {t.figure.country for t in figures}:
        where = "country = ?" if country is not None else "country IS NULL AND ? IS NULL"
        for event_id, figure_id in store.execute(
            f"SELECT event_id, id FROM figures WHERE {where} AND effective BETWEEN ? AND ?",
            (country, lo, hi),
        ):
            if event_id is None:
                loose.add(int(figure_id))
            else:
                events.add(int(event_id))
    found = figures_where(store, "f.event_id", sorted(events))
    found += figures_where(store, "f.id", sorted(loose))
    return found


def _verdicts(
    store: Storage, event_id: int, own: Sequence[TallyFigure], until: datetime
) -> tuple[EventTally, list[TalliedFigure]]:
    """The event's row and its figures' verdicts in the all-time tally."""
    verdicts = Verdicts()
    value = event_value(own, since=None, verdicts=verdicts)
    assert value is not None  # every figure is inside the all-time window
    beside = _beside(store, value, own, until)
    if beside is None:
        result = tally(_neighbours(store, own), since=None, now=until)
        ids = {t.id for t in own}
        row = next(e for e in result.events if e.id == event_id)
        return row, [f for f in result.figures if f.source.id in ids]
    _, rows = combine([value, *beside], verdicts, default_contains)
    row = next(e for e in rows if e.id == event_id)
    return row, [_tallied(t, verdicts) for t in own]


def _tallied(t: TallyFigure, verdicts: Verdicts) -> TalliedFigure:
    """A figure with what the rules made of it (as `extract.tally.tally` lists it)."""
    reason = verdicts.reasons.get(t.id, Verdict(Reason.NOT_TALLIED))
    return TalliedFigure(
        source=t,
        counted=reason is None,
        verdict=reason,
        party_claim=t.figure.source_kind == "party",
        tallied=verdicts.tallied.get(t.id, 0) if reason is None else 0,
    )


def _line(figures: Sequence[TallyFigure], kind: str, times: Sequence[datetime]) -> list[Step]:
    """The event's own tally of `kind` after the reports up to each of `times`, where it
    changed."""
    steps: list[Step] = []
    for at in times:
        value = event_value(
            [t for t in figures if t.published <= at], since=None, verdicts=Verdicts()
        )
        if value is None:
            continue
        tallied = value.killed if kind == "killed" else value.injured
        total, low, high = tallied.total
        if not tallied.counted and not steps:
            continue  # nothing of this kind reported yet
        if steps and (steps[-1].value, steps[-1].low, steps[-1].high) == (total, low, high):
            continue
        steps.append(Step(at, total, low, high, tuple(tallied.counted)))
    return steps


def _times(figures: Sequence[TallyFigure]) -> tuple[list[datetime], bool]:
    times = sorted({t.published for t in figures})
    if len(times) <= MAX_STEPS:
        return times, False
    step = (len(times) - 1) / (MAX_STEPS - 1)
    return sorted({times[round(i * step)] for i in range(MAX_STEPS)} | {times[-1]}), True


def story_timeline(store: Storage, event_id: int, *, now: float) -> Timeline | None:
    """The event's toll over time as of `now`, or None when there is no such event."""
    until = datetime.fromtimestamp(now, UTC)
    own = [t for t in event_figures(store, event_id) if t.published <= until]
    if not own:
        return None
    row, verdicts = _verdicts(store, event_id, own, until)
    ids = {t.id for t in own}
    kinds = {t.id: event_type(t.figure, t.published) for t in own}
    times, sampled = _times(own)
    return Timeline(
        event=row,
        kind=_event_kind(own, kinds),
        points=tuple(f for f in verdicts if kinds[f.source.id] != "long"),
        context=tuple(f for f in verdicts if kinds[f.source.id] == "long"),
        killed=tuple(_line(own, "killed", times)),
        injured=tuple(_line(own, "injured", times)),
        marks=marks(store, ids),
        sampled=sampled,
    )


def not_counted(store: Storage, figure_id: int, *, now: float) -> str | None:
    """Why the all-time tally does not count the figure (as `sitrep story` shows it), or None
    when it does or there is no such figure."""
    event = store.scalar("SELECT COALESCE(event_id, id) FROM figures WHERE id = ?", [figure_id])
    found = story_timeline(store, int(event), now=now) if event is not None else None
    if found is None:
        return None
    mine = next((f for f in (*found.points, *found.context) if f.source.id == figure_id), None)
    return None if mine is None or mine.counted else mine.excluded_reason


def _event_kind(figures: Sequence[TallyFigure], kinds: Mapping[int, EventType]) -> EventType:
    """The event's type: that of its first figure which is no long-run toll, if any."""
    for t in figures:
        if kinds[t.id] != "long":
            return kinds[t.id]
    return "long"
