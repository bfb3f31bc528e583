"""Figures into claim series, without weighing every figure against every series.

A figure joins the compatible series it matches most exactly, ties going to the series updated
last and then to the oldest series (`build_series`). Said plainly that is a scan of every series
for every figure, and a story of tens of thousands of figures - a feed that republishes "N killed
in <town>" all day - made it the slowest step of storing items. The index here finds the same
series in about log n steps:

- only series of the figure's kind and victims can match (`same_scope` requires both);
- a figure without a period start matches every series of the same area (no place, or one
  place) in a compatible country.
  Series are grouped by their exact (country, place), which also fixes how exactly they match;
  in each group a heap keeps the series updated last on top (figures arrive in time order, so
  a series' last update only moves forward). One look per group is enough;
- a figure with a period start matches only series without one, and series whose start lies
  within `PERIOD_SLACK` of its own: a sorted list and two bisections find those.

A series' scope only ever fills in (a place, a country, a period start), so a series moves from
one group to another a few times at most; heap entries it leaves behind are skipped when seen.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from extract.scope import PERIOD_SLACK, PlaceContains, same_area, same_scope
from extract.tally_series import Series, SeriesScope, scope_of, time_order

if TYPE_CHECKING:
    from extract.tally import TallyFigure

Where = tuple[str | None, str | None]
"""A series' exact (country, place): what its group is keyed by."""
Rank = tuple[int, datetime, int]
"""How well a series suits a figure: (fields shared exactly, last update, -creation order)."""


def _where(scope: SeriesScope) -> Where:
    return (scope.country, scope.place)


def _shared(a: Where, b: Where) -> int:
    """Scope fields (country, place) the two share exactly, not through a missing value."""
    return sum(1 for x, y in zip(a, b, strict=True) if x is not None and x == y)


@dataclass(slots=True)
class _Group:
    """Series of one (kind, victims, country, place): the one updated last on top."""

    heap: list[tuple[int, int, int]] = field(default_factory=list)
    """(-tick of the last update, creation order, push count): stale entries stay until seen."""


@dataclass(slots=True)
class _Kind:
    """The series of one kind and victim group."""

    groups: dict[Where, _Group] = field(default_factory=dict)
    undated: dict[int, Series] = field(default_factory=dict)
    """Series without a period start, by creation order."""
    dated: list[tuple[datetime, int]] = field(default_factory=list)
    """(period start, creation order) of the series with one, sorted."""


class SeriesIndex:
    """The series of one story's figures, built one figure at a time in time order."""

    def __init__(self, contains: PlaceContains, hints: Mapping[int, int]) -> None:
        self.contains = contains
        self.hints = hints
        self.series: list[Series] = []
        self._kinds: dict[tuple[str, str], _Kind] = {}
        self._ticks: dict[int, int] = {}
        """Creation order -> tick (rank of the time) of the series' last update."""
        self._tick = 0
        self._last: datetime | None = None
        self._pushes = 0
        self._compatible: dict[tuple[Where, Where], bool] = {}

    def add(self, t: TallyFigure) -> None:
        """Put `t` (no older than any figure added before) into its series."""
        if self._last is None or t.published > self._last:
            self._tick, self._last = self._tick + 1, t.published
        scope = scope_of(t)
        kind = self._kinds.setdefault((scope.kind, scope.victims), _Kind())
        best = (
            self._best_undated(t, scope, kind)
            if scope.period_start is None
            else self._best_dated(t, scope, kind)
        )
        if best is None:
            series = Series(scope, order=len(self.series))
            self.series.append(series)
            series.add(t, self.hints)
            self._place(series, kind, was_dated=False)
        else:
            dated = best.scope.period_start is not None
            best.add(t, self.hints)
            best.scope.absorb(scope)
            self._place(best, kind, was_dated=dated)

    def _place(self, s: Series, kind: _Kind, *, was_dated: bool) -> None:
        """Record a series' last update, and its group and period after its scope filled in."""
        self._ticks[s.order] = self._tick
        where = _where(s.scope)
        self._pushes += 1
        entry = (-self._tick, s.order, self._pushes)
        heapq.heappush(kind.groups.setdefault(where, _Group()).heap, entry)
        start = s.scope.period_start
        if start is None:
            kind.undated[s.order] = s
        elif not was_dated:
            kind.undated.pop(s.order, None)
            insort(kind.dated, (start, s.order))

    def _fits(self, where: Where, group: Where) -> bool:
        """Whether the places and countries of two scopes allow them to be one scope."""
        key = (where, group)
        found = self._compatible.get(key)
        if found is None:
            a = SeriesScope("", "", where[0], where[1], None)
            b = SeriesScope("", "", group[0], group[1], None)
            found = same_area(a, b, self.contains)
            self._compatible[key] = found
        return found

    def _best_undated(self, t: TallyFigure, scope: SeriesScope, kind: _Kind) -> Series | None:
        """A figure without a period start: the best series of each compatible group."""
        where = _where(scope)
        best: tuple[Rank, Series] | None = None
        for group_where, group in kind.groups.items():
            if not self._fits(where, group_where):
                continue
            top = self._top(group, group_where, t)
            if top is None:
                continue
            rank = (_shared(where, group_where), top.members[-1].published, -top.order)
            if best is None or rank > best[0]:
                best = (rank, top)
        return best[1] if best else None

    def _top(self, group: _Group, where: Where, t: TallyFigure) -> Series | None:
        """The series of the group updated last (oldest first among equals) not linked to
        `t`; entries of series that moved on are dropped on the way."""
        held: list[tuple[int, int, int]] = []
        found: Series | None = None
        seen: set[int] = set()
        heap = group.heap
        while heap:
            entry = heap[0]
            neg_tick, order, _ = entry
            series = self.series[order]
            if self._ticks[order] != -neg_tick or _where(series.scope) != where or order in seen:
                heapq.heappop(heap)  # stale: updated since, moved group, or a duplicate
                continue
            seen.add(order)
            if series.linked(t, self.hints):
                held.append(heapq.heappop(heap))
                continue
            found = series
            break
        for entry in held:
            heapq.heappush(heap, entry)
        return found

    def _dated_candidates(self, scope: SeriesScope, kind: _Kind) -> Iterator[Series]:
        start = scope.period_start
        assert start is not None
        yield from kind.undated.values()
        lo = bisect_left(kind.dated, start - PERIOD_SLACK, key=lambda e: e[0])
        hi = bisect_right(kind.dated, start + PERIOD_SLACK, key=lambda e: e[0])
        for _, order in kind.dated[lo:hi]:
            yield self.series[order]

    def _best_dated(self, t: TallyFigure, scope: SeriesScope, kind: _Kind) -> Series | None:
        """A figure with a period start: the few series whose period may be the same."""
        best: tuple[Rank, Series] | None = None
        for s in self._dated_candidates(scope, kind):
            if not same_scope(scope, s.scope, self.contains) or s.linked(t, self.hints):
                continue
            shared = _shared(_where(scope), _where(s.scope))
            shared += scope.period_start == s.scope.period_start
            rank = (shared, s.members[-1].published, -s.order)
            if best is None or rank > best[0]:
                best = (rank, s)
        return best[1] if best else None


def build_series(
    figures: Sequence[TallyFigure], contains: PlaceContains, hints: Mapping[int, int]
) -> list[Series]:
    """Group one story's countable figures of one kind into series, in time order.

    A figure joins the compatible series it matches most exactly (a figure without a place may
    join a series about Ariha); ties go to the series updated last. A figure never joins the
    series of the whole its extraction says it is part of (`hints`: figure id -> whole's id).
    """
    index = SeriesIndex(contains, hints)
    for t in sorted(figures, key=time_order):
        index.add(t)
    return index.series
