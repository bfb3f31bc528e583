"""Claim series: figures with the same scope, and the value a series stands at.

Rule 4 of the tally: figures of one scope form a series whichever outlet reports them, and the
series counts its latest value. Rule 5: concurrent claims from different sources that differ,
without update language, disagree, and the lower one is tallied. `replay` walks a series in time
order and keeps the set of *live* claims - the ones nothing later has replaced - saying for every
other figure why it no longer counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from extract.scope import PlaceContains, same_scope

if TYPE_CHECKING:
    from extract.tally import TallyFigure

CONCURRENT = timedelta(hours=6)
"""Claims from different sources this close in time are concurrent: when they differ they
disagree, rather than the later one updating the earlier."""


@dataclass(slots=True)
class SeriesScope:
    """The merged scope of a series: fields unknown in one figure are filled in by another."""

    kind: str
    victims: str
    country: str | None
    place: str | None
    period_start: datetime | None

    def absorb(self, other: SeriesScope) -> None:
        self.country = self.country or other.country
        self.place = self.place or other.place
        self.period_start = self.period_start or other.period_start


@dataclass(slots=True)
class Series:
    """Figures of one scope within one story, oldest first."""

    scope: SeriesScope
    members: list[TallyFigure] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SeriesState:
    """Where a series stands after some of its figures: the live claims and the reasons the
    others were dropped."""

    live: tuple[TallyFigure, ...]
    reasons: dict[int, str]

    @property
    def counted(self) -> TallyFigure:
        """The live claim that is tallied: the lowest (conservative when claims disagree)."""
        return min(self.live, key=lambda t: (t.figure.count, t.published, t.id))

    @property
    def count(self) -> int:
        return self.counted.figure.count

    @property
    def low(self) -> int:
        return min(min(t.figure.low, t.figure.count) for t in self.live)

    @property
    def high(self) -> int:
        return max(max(t.figure.high or 0, t.figure.count) for t in self.live)


def time_order(t: TallyFigure) -> tuple[datetime, bool, int]:
    """Oldest first; at one instant the figure with update language comes after the others."""
    return (t.published, t.figure.update, t.id)


def _scope_of(t: TallyFigure) -> SeriesScope:
    f = t.figure
    return SeriesScope(f.kind, f.victims, f.country, f.place, f.period_start)


def _specificity(a: SeriesScope, b: SeriesScope) -> int:
    """How many scope fields two compatible scopes share exactly (not through a wildcard)."""
    pairs = ((a.country, b.country), (a.place, b.place), (a.period_start, b.period_start))
    return sum(1 for x, y in pairs if x is not None and x == y)


def _linked(t: TallyFigure, s: Series, hints: Mapping[int, int]) -> bool:
    """True when `t` and a member of `s` are explicitly a part and its whole."""
    return any(hints.get(t.id) == m.id or hints.get(m.id) == t.id for m in s.members)


def build_series(
    figures: Sequence[TallyFigure], contains: PlaceContains, hints: Mapping[int, int]
) -> list[Series]:
    """Group one story's countable figures of one kind into series, in time order.

    A figure joins the compatible series it matches most exactly (a figure without a place may
    join a series about Ariha); ties go to the series updated last. A figure never joins the
    series of the whole its extraction says it is part of (`hints`: figure id -> whole's id).
    """
    series: list[Series] = []
    for t in sorted(figures, key=time_order):
        scope = _scope_of(t)
        best: Series | None = None
        best_key: tuple[int, datetime] | None = None
        for s in series:
            if not same_scope(scope, s.scope, contains) or _linked(t, s, hints):
                continue
            key = (_specificity(scope, s.scope), s.members[-1].published)
            if best_key is None or key > best_key:
                best, best_key = s, key
        if best is None:
            series.append(Series(scope, [t]))
        else:
            best.members.append(t)
            best.scope.absorb(scope)
    return series


def source_of(t: TallyFigure) -> str:
    """Who makes the claim: the named source, else the outlet that printed it."""
    source = t.figure.source
    return source.casefold() if source else f"outlet:{t.feed.casefold()}"


def replay(members: Sequence[TallyFigure]) -> SeriesState | None:
    """The state of a series after `members` (oldest first); None when there are none.

    - the same value again (any outlet) is a repeat of the claim already live;
    - update language ("rises to") replaces every live claim;
    - otherwise a claim replaces the earlier claims of its own source and any claim older
      than `CONCURRENT`; the claims left are concurrent and, if different, disagree.
    """
    live: list[TallyFigure] = []
    reasons: dict[int, str] = {}
    for t in members:
        same = next((g for g in live if g.figure.count == t.figure.count), None)
        if same is not None:
            reasons[t.id] = f"repeat of figure {same.id}"
            for g in [g for g in live if g is not same and source_of(g) == source_of(t)]:
                reasons[g.id] = f"superseded by figure {t.id}"
                live.remove(g)
            continue
        if t.figure.update:
            replaced, live = live, []
        else:
            replaced = [
                g
                for g in live
                if source_of(g) == source_of(t) or t.published - g.published > CONCURRENT
            ]
            live = [g for g in live if g not in replaced]
        for g in replaced:
            reasons[g.id] = f"superseded by figure {t.id}"
        live.append(t)
    if not live:
        return None
    state = SeriesState(tuple(live), reasons)
    counted = state.counted
    for g in live:
        if g is not counted:
            reasons[g.id] = f"disagrees with figure {counted.id}: lower value tallied"
    return state
