"""Events add up per country; the total is the sum of the countries.

Rule 5 of the tally (`extract.tally`; docs/counting.md, section 4): figures of distinct events
(a different incident or place) add up, per country - a sum across unrelated wars means nothing,
so the top-level total is only ever the sum of per-country tallies. One exception keeps this
conservative: a toll over a dated period for an area ("the ministry says 80 were killed in Gaza
in the past day") already contains the incidents of that area and period, which are events of
their own. Such a toll covers another event when:

- the event's place lies inside the toll's area (or the toll is country-wide);
- the event was first reported after the toll's period began, and before the toll (with an
  hour's grace for reports that lag the event): yesterday's strike is not part of today's toll;
- its victims are among the toll's (an army's claim of 400 militants killed covers no report
  of soldiers or civilians killed).

An incident toll of a whole area ("at least 42 killed as strikes pound Gaza") is read the same
way over the hours around it: it covers the incidents in towns of its area first reported in
the twelve hours before it and up to its last report.

The area then counts the larger of the toll and the sum of the events it covers, never both.
Two such tolls for the same area, most of whose periods overlap, are one claim: the larger
counts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from extract.events import is_town
from extract.scope import PlaceContains, victims_within
from extract.tally_story import KindTally, Verdicts
from extract.tally_tree import ZERO, Triple
from extract.verdicts import Reason, Verdict

REPORTING_LAG = timedelta(hours=1)
AREA_REPORT_SPAN = timedelta(hours=12)
"""How long before an area's incident toll the town incidents it may contain were reported."""

if TYPE_CHECKING:
    from extract.tally import TallyFigure


@dataclass(frozen=True, slots=True)
class EventTally:
    """One event's tallies inside the window, with the figures behind them: one row of the
    tally panel."""

    id: int
    label: str
    """The headline of the item whose figure is counted (the largest contribution)."""
    country: str | None
    place: str | None
    killed: int
    injured: int
    figure_ids: tuple[int, ...]
    """Every figure of the event inside the window, counted or not, oldest first."""
    civilians_killed: int = 0
    """The civilian part of `killed` (never more than it)."""
    killed_low: int = 0
    """The lowest death toll the event's sources allow (`killed` is never below it)."""
    killed_high: int = 0
    """The highest death toll the event's sources claim, ranges and disagreements included."""
    as_of: datetime | None = None
    """When the latest figure counted in the event's tallies was published."""
    rank: str = ""
    """The canonical order of the event's first figure (`TallyFigure.rank_key`): breaks ties
    between events."""
    covered_by: int | None = None
    """The figure of another event's toll that contains this event's deaths (then `killed`
    and `injured` are 0: what the row adds to its country is what it shows)."""


@dataclass(frozen=True, slots=True)
class CountryTally:
    """One country's tallies: the sum of its events (see the module docstring)."""

    country: str | None
    killed: int
    injured: int
    civilians_killed: int
    killed_low: int = 0
    killed_high: int = 0


def _label(figures: Sequence[TallyFigure], killed: KindTally, injured: KindTally) -> str:
    """The headline behind the row's number: the item of its largest counted figure."""
    by_id = {t.id: t for t in figures}
    for figure_id in (*killed.counted, *injured.counted):
        if figure_id in by_id:
            return by_id[figure_id].item_title
    return figures[-1].item_title


@dataclass(frozen=True, slots=True)
class EventValue:
    """An event's tallies of both kinds, before events are combined per country."""

    event: EventTally
    killed: KindTally
    injured: KindTally
    whole_killed: KindTally | None = None
    """The event's tallies over all time, when `killed` and `injured` are of a window: what
    decides which area toll covers which event (None when the window is all time)."""
    whole_injured: KindTally | None = None

    @classmethod
    def of(
        cls,
        window: Sequence[TallyFigure],
        killed: KindTally,
        injured: KindTally,
        every: Sequence[TallyFigure] = (),
    ) -> EventValue:
        """`window`: the event's figures inside the window, any status; `every`: all its
        figures, earlier ones included (where the counted figure is looked up)."""
        window = sorted(window, key=lambda t: t.rank)
        ordered = sorted(every or window, key=lambda t: t.rank)
        first = window[0]
        countries = Counter(t.figure.country for t in window if t.figure.country)
        places = Counter(t.figure.place for t in window if t.figure.place)
        event = EventTally(
            id=first.event_id,
            label=_label(ordered, killed, injured),
            country=killed.country or injured.country or _top(countries),
            place=killed.place or injured.place or _top(places),
            killed=killed.total[0],
            injured=injured.total[0],
            figure_ids=tuple(t.id for t in window),
            civilians_killed=killed.civilians,
            killed_low=killed.total[1],
            killed_high=killed.total[2],
            as_of=max((k.as_of for k in (killed, injured) if k.as_of), default=None),
            rank=ordered[0].rank_key,
        )
        return cls(event, killed, injured)


def _top(counter: Counter[str]) -> str | None:
    return min(counter, key=lambda v: (-counter[v], v)) if counter else None


def _add(a: Triple, b: Triple) -> Triple:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _within(place: str | None, area: str | None, contains: PlaceContains) -> bool:
    """True when an event's place may lie in a toll's area (an unknown place may)."""
    if area is None or place is None or place.casefold() == area.casefold():
        return True
    return contains(area, place)


def _start(toll: KindTally) -> datetime | None:
    """When the deaths a toll counts may have begun."""
    if toll.area_report and toll.first is not None:
        return toll.first - AREA_REPORT_SPAN
    return toll.period_start


def _end(toll: KindTally) -> datetime | None:
    """When the deaths a toll counts may have ended: its latest counted report, or for an
    area's incident toll its latest report of any kind (a recap the next morning still
    tells of the same day's strikes)."""
    if toll.area_report and toll.last is not None and toll.as_of is not None:
        return max(toll.as_of, toll.last)
    return toll.as_of


def _inside_period(incident: KindTally, toll: KindTally) -> bool:
    """True when the incident was reported during the toll's period, before the toll; an
    area's incident toll contains only incidents in towns."""
    if toll.area_report and not (incident.place is not None and is_town(incident.place)):
        return False
    end = _end(toll)
    if incident.first is None or end is None:
        return True
    start = _start(toll)
    if start is not None and incident.first < start:
        return False
    return incident.first <= end + REPORTING_LAG


def _victims_inside(incident: KindTally, toll: KindTally) -> bool:
    return victims_within(incident.victims or "people", toll.victims or "people")


def _same_claim(a: KindTally, b: KindTally, contains: PlaceContains) -> bool:
    """Two area tolls that count the same deaths: most of the shorter period shared, victims
    that may be the same people, one area inside the other (checked in that order: the
    gazetteer last)."""
    spans: list[tuple[datetime, datetime]] = []
    for t in (a, b):
        start = _start(t) or t.first
        end = t.as_of or t.first
        if start is None or end is None:
            spans = []
            break
        spans.append((start, max(end, start)))
    if spans:
        overlap = min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0])
        shorter = min(end - start for start, end in spans)
        if not (overlap > timedelta(0) and overlap >= shorter / 2):
            return False
    if not (_victims_inside(a, b) or _victims_inside(b, a)):
        return False
    return _within(a.place, b.place, contains) or _within(b.place, a.place, contains)


Added = dict[int, tuple[Triple, int, int | None]]
"""`id()` of an `EventValue` -> (what it adds, its civilians, the figure covering it)."""


_Claim = tuple[list["EventValue"], list["EventValue"]]
CLAIM_DAYS = 10
"""Days a toll's period may start before another's and still be the same claim (periods over
a week are long-run tolls, which are context and never cover anything)."""


def _span(t: KindTally) -> tuple[datetime | None, datetime | None]:
    start = _start(t) or t.first
    return start, t.as_of or t.first


def _day(when: datetime | None) -> int:
    return when.toordinal() if when is not None else 0


class _ByTime:
    """A country's events that no toll has taken yet, sorted by when they were first reported,
    so that a toll looks only at those reported during its period."""

    def __init__(self, events: Sequence[EventValue], shape: Callable[[EventValue], KindTally]):
        self.undated: list[EventValue] = []
        dated: list[tuple[datetime, str, EventValue]] = []
        for v in events:
            first = shape(v).first
            if first is None:
                self.undated.append(v)
            else:
                dated.append((first, v.event.rank, v))
        dated.sort(key=lambda d: (d[0], d[1]))
        self.dated = [v for _, _, v in dated]
        self.times = [first for first, _, _ in dated]
        self.taken: set[int] = set()

    def between(self, start: datetime | None, end: datetime | None) -> list[EventValue]:
        lo = 0 if start is None else bisect_left(self.times, start)
        hi = len(self.dated) if end is None else bisect_right(self.times, end + REPORTING_LAG)
        found = [v for v in self.dated[lo:hi] if id(v) not in self.taken]
        return [*found, *(v for v in self.undated if id(v) not in self.taken)]

    def take(self, events: Sequence[EventValue]) -> None:
        self.taken.update(id(v) for v in events)

    def left(self) -> list[EventValue]:
        return [v for v in (*self.dated, *self.undated) if id(v) not in self.taken]


def _country_kind(
    country: str | None,
    events: Sequence[EventValue],
    kind: str,
    verdicts: Verdicts,
    contains: PlaceContains,
    added: Added,
) -> tuple[Triple, int]:
    """(value, civilians) of one kind for one country's events; marks covered figures and
    records in `added` what each event adds.

    Which toll covers which events is decided on the events' values over all time (the
    window would otherwise change what a toll contains, and a wider window could then count
    less); what each counts is its rise inside the window. Each area toll, largest first,
    takes the other events it covers (module docstring) and counts the larger of itself and
    their sum. Events of unknown country never cover one another: they may be from different
    wars.
    """

    def of(v: EventValue) -> KindTally:
        return v.killed if kind == "killed" else v.injured

    def shape(v: EventValue) -> KindTally:
        whole = v.whole_killed if kind == "killed" else v.whole_injured
        return whole if whole is not None else of(v)

    def drop(v: EventValue, reason: Verdict) -> None:
        for i in of(v).counted:
            verdicts.drop(i, reason)

    broad = [v for v in events if shape(v).covers and country is not None]
    broad.sort(key=lambda v: (-shape(v).total[0], v.event.rank))
    broad_ids = {id(v) for v in broad}
    others = _ByTime([v for v in events if id(v) not in broad_ids], shape)
    claims: list[tuple[list[EventValue], list[EventValue]]] = []
    """Tolls that are one claim (the largest over all time first), and the events inside it."""
    by_day: dict[int, list[tuple[datetime | None, datetime | None, _Claim]]] = defaultdict(list)
    for b in broad:
        whole = shape(b)
        start, end = _span(whole)
        nearby = (
            c
            for day in range(_day(start) - CLAIM_DAYS, _day(end) + 1)
            for c_start, c_end, c in by_day.get(day, ())
            if start is None
            or end is None
            or c_start is None
            or c_end is None
            or (c_start <= end and c_end >= start)
        )
        claim = next((c for c in nearby if _same_claim(whole, shape(c[0][0]), contains)), None)
        if claim is not None:
            claim[0].append(b)
            continue
        parts = [
            v
            for v in others.between(_start(whole), _end(whole))
            if _within(shape(v).place, whole.place, contains)
            and _inside_period(shape(v), whole)
            and _victims_inside(shape(v), whole)
        ]
        others.take(parts)
        claims.append(([b], parts))
        by_day[_day(start)].append((start, end, claims[-1]))
    total, civilians = ZERO, 0
    for tolls, parts in claims:
        # the claim's value is its highest toll in the window, or the sum of the events
        # inside it when that is more
        best = max(tolls, key=lambda t: of(t).total[0])
        rep = (of(best).counted or shape(best).counted)[0]
        for t in tolls:
            if t is not best:
                drop(t, Verdict(Reason.OVERLAPS, rep))
                added[id(t)] = (ZERO, 0, rep)
        summed = ZERO
        for v in parts:
            summed = _add(summed, of(v).total)
        own = of(best)
        part_civilians = sum(of(v).civilians for v in parts)
        if own.total[0] >= summed[0]:
            value = own.total
            for v in parts:
                drop(v, Verdict(Reason.COVERED, rep))
                added[id(v)] = (ZERO, 0, rep)
            added[id(best)] = (value, min(value[0], max(own.civilians, part_civilians)), None)
        else:
            value = summed
            drop(best, Verdict(Reason.BELOW_PARTS))
            added[id(best)] = (ZERO, 0, None)
            for v in parts:
                added[id(v)] = (of(v).total, of(v).civilians, None)
        total = _add(total, value)
        civilians += min(value[0], max(own.civilians, part_civilians))
    for v in others.left():
        total = _add(total, of(v).total)
        civilians += of(v).civilians
        added[id(v)] = (of(v).total, of(v).civilians, None)
    return total, min(total[0], civilians)


def combine(
    values: Sequence[EventValue], verdicts: Verdicts, contains: PlaceContains
) -> tuple[list[CountryTally], list[EventTally]]:
    """Per-country tallies, largest death toll first, and every event's row showing what it
    adds to its country (so that the rows of a country sum to it)."""
    by_country: dict[str | None, list[EventValue]] = defaultdict(list)
    for v in values:
        by_country[v.event.country].append(v)
    out = []
    rows: list[EventTally] = []
    for country, events in by_country.items():
        killed_added: Added = {}
        injured_added: Added = {}
        killed, civilians = _country_kind(
            country, events, "killed", verdicts, contains, killed_added
        )
        injured, _ = _country_kind(country, events, "injured", verdicts, contains, injured_added)
        rows.extend(_row(v, killed_added[id(v)], injured_added[id(v)]) for v in events)
        if killed[0] == 0 and injured[0] == 0:
            continue
        out.append(CountryTally(country, killed[0], injured[0], civilians, killed[1], killed[2]))
    out.sort(key=lambda c: (-c.killed, -c.injured, c.country or "\uffff"))
    return out, rows


def _row(
    v: EventValue, killed: tuple[Triple, int, int | None], injured: tuple[Triple, int, int | None]
) -> EventTally:
    e = v.event
    if (killed[0], injured[0][0]) == (v.killed.total, v.injured.total[0]):
        return e
    return replace(
        e,
        killed=killed[0][0],
        killed_low=killed[0][1],
        killed_high=killed[0][2],
        civilians_killed=killed[1],
        injured=injured[0][0],
        covered_by=killed[2] if killed[2] is not None else injured[2],
    )
