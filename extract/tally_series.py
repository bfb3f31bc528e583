"""Claim series: figures with the same scope, and the value a series stands at.

Rule 2 of the tally (`extract.tally`; docs/counting.md, section 3): figures of one scope form a
series whichever outlet reports them, and the series counts its latest value; concurrent claims
from different sources that differ, without update language, disagree, and the lower one is
tallied. `replay` walks a series in time order and keeps the set of *live* claims - the ones
nothing later has replaced - saying for every other figure why it no longer counts.
`extract.tally_grouping` puts figures into series.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from extract.events import is_vague
from extract.verdicts import Reason, Verdict

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
    order: int = 0
    """Position among the story's series of its kind, in order of creation: breaks ties."""
    ids: set[int] = field(default_factory=set)
    """Ids of the members, so that asking whether a figure is linked to the series is O(1)."""
    targets: set[int] = field(default_factory=set)
    """Ids of the wholes the members' extraction names (`hints`) as theirs."""
    items: set[int] = field(default_factory=set)
    """Ids of the members' items."""

    def add(self, t: TallyFigure, hints: Mapping[int, int]) -> None:
        """Append a member (in time order) and remember its id and the whole it names."""
        self.members.append(t)
        self.ids.add(t.id)
        self.items.add(t.item_id)
        whole = hints.get(t.id)
        if whole is not None:
            self.targets.add(whole)

    def linked(self, t: TallyFigure, hints: Mapping[int, int]) -> bool:
        """True when `t` and a member are explicitly a part and its whole, or come from one
        item: an item's counted figures are claims apart ("killing a teacher and his wife"),
        never a series of one claim."""
        return (
            hints.get(t.id) in self.ids
            or t.id in self.targets
            or (t.figure.set_aside is not None and t.item_id in self.items)
        )


@dataclass(frozen=True, slots=True)
class SeriesState:
    """Where a series stands after some of its figures: the live claims and the reasons the
    others were dropped."""

    live: tuple[TallyFigure, ...]
    reasons: dict[int, Verdict]

    @property
    def counted(self) -> TallyFigure:
        """The live claim that is tallied: the lowest (conservative when claims disagree)."""
        return min(self.live, key=lambda t: (t.figure.count, t.rank))

    @property
    def count(self) -> int:
        return self.counted.figure.count

    @property
    def low(self) -> int:
        return min(min(t.figure.low, t.figure.count) for t in self.live)

    @property
    def high(self) -> int:
        return max(max(t.figure.high or 0, t.figure.count) for t in self.live)


def time_order(t: TallyFigure) -> tuple[datetime, bool, tuple[object, ...]]:
    """Oldest first; at one instant the figure with update language comes after the others."""
    return (t.published, t.figure.update, t.rank)


def scope_of(t: TallyFigure) -> SeriesScope:
    """The scope a figure opens a series with."""
    f = t.figure
    return SeriesScope(f.kind, f.victims, f.country, f.place, f.period_start)


def source_of(t: TallyFigure) -> str:
    """Who makes the claim: the named source, else the outlet that printed it."""
    source = t.figure.source
    return source.casefold() if source else f"outlet:{t.feed.casefold()}"


class _Replay:
    """A series walked one claim at a time (see `replay` for the rules)."""

    def __init__(self) -> None:
        self.live: list[TallyFigure] = []
        self.reasons: dict[int, Verdict] = {}

    def step(self, t: TallyFigure) -> None:
        live, reasons = self.live, self.reasons
        count = t.figure.count
        same = next((g for g in live if g.figure.count == count), None)
        if same is not None:
            reasons[t.id] = Verdict(Reason.REPEAT, same.id)
            source = source_of(t)
            for g in [g for g in live if g is not same and source_of(g) == source]:
                reasons[g.id] = Verdict(Reason.SUPERSEDED, t.id)
                live.remove(g)
            return
        if is_vague(t.figure):
            met = next(
                (g for g in live if not is_vague(g.figure) and g.figure.count >= count), None
            )
            if met is not None:
                reasons[t.id] = Verdict(Reason.VAGUE_WITHIN, met.id)
                return
        if t.figure.update:
            replaced, self.live = live, []
        else:
            source = source_of(t)
            replaced = [
                g
                for g in live
                if source_of(g) == source
                or t.published - g.published > CONCURRENT
                or (is_vague(g.figure) and g.figure.count <= count)
            ]
            gone = {g.id for g in replaced}
            self.live = [g for g in live if g.id not in gone]
        for g in replaced:
            reasons[g.id] = Verdict(Reason.SUPERSEDED, t.id)
        self.live.append(t)

    def lowest(self) -> int:
        return min(t.figure.count for t in self.live)

    def state(self) -> SeriesState | None:
        if not self.live:
            return None
        reasons = dict(self.reasons)
        state = SeriesState(tuple(self.live), reasons)
        counted = state.counted
        for g in self.live:
            if g is not counted:
                reasons[g.id] = Verdict(Reason.DISAGREES, counted.id)
        return state


def replay(members: Sequence[TallyFigure]) -> SeriesState | None:
    """The state of a series after `members` (oldest first); None when there are none.

    - the same value again (any outlet) is a repeat of the claim already live;
    - a vague amount ("dozens") that a live precise claim meets adds nothing, and a precise
      claim replaces the vague ones it meets;
    - update language ("rises to") replaces every live claim;
    - otherwise a claim replaces the earlier claims of its own source and any claim older
      than `CONCURRENT`; the claims left are concurrent and, if different, disagree.
    """
    walk = _Replay()
    for t in members:
        walk.step(t)
    return walk.state()


def peak(members: Sequence[TallyFigure]) -> SeriesState | None:
    """The highest state the series reached after any of `members` (oldest first).

    What a window's rise is measured from: a toll that stood at 12, was revised to 3 and
    reads 12 again has risen by nothing, and the wider the window the lower its baseline.
    """
    walk = _Replay()
    best: SeriesState | None = None
    for t in members:
        walk.step(t)
        if walk.live and (best is None or walk.lowest() > best.count):
            best = walk.state()
    return best
