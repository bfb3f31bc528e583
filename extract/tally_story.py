"""One event's tally of one kind: series, parts and wholes, and the rise inside the window.

An event's value is computed twice, from the same series and the same parts/wholes tree: at
the window's end (every figure) and just before it (only the figures published before `since`).
The difference is what happened inside the window, so a running toll that stood at 11 yesterday
and reads 18 today adds 7 to today's tally, and a detail published today about yesterday's
incident ("3 children among the 30 killed") adds nothing.

A long-run toll (`extract.events.event_type`: a war-long toll, or one over more than a week) is
context in every window - shown, never added. Its rise from one report to the next is not news
that can be counted: reports of one war's toll mix scopes (the strip, the territory, one group
of victims) and the rise repeats the incidents counted beside it. A short-period toll ("today",
"in the past 24 hours", "since Wednesday") counts whole when its period lies inside the window,
and otherwise only its rise since its last value before the window; with no such value it is
context too. Without a window (`all`) every short-period toll counts whole, so a wider window
never tallies less than a narrower one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from extract.events import event_type, is_town
from extract.scope import PlaceContains
from extract.tally_grouping import build_series
from extract.tally_series import Series, peak, replay
from extract.tally_tree import ZERO, Node, StoryTree, Triple
from extract.verdicts import Reason, Verdict

if TYPE_CHECKING:
    from extract.tally import TallyFigure


@dataclass(slots=True)
class Verdicts:
    """What the tally decided for each figure, filled in as the rules apply."""

    reasons: dict[int, Verdict | None] = field(default_factory=dict)
    """Figure id -> why it is not counted, or None when it is counted."""
    tallied: dict[int, int] = field(default_factory=dict)
    """Counted figure id -> what it adds to its event's tally."""
    context: list[int] = field(default_factory=list)
    """Ids of long-run tolls shown as context."""

    def drop(self, figure_id: int, reason: Verdict) -> None:
        """Withdraw a counted figure (a later rule found it covered by another)."""
        self.reasons[figure_id] = reason
        self.tallied.pop(figure_id, None)


@dataclass(frozen=True, slots=True)
class KindTally:
    """An event's tally of one kind inside the window."""

    total: Triple = ZERO
    civilians: int = 0
    counted: tuple[int, ...] = ()
    """Ids of the figures counted, largest contribution first."""
    broad: bool = False
    """Everything counted is a toll over a dated period ("since Wednesday", "in the past 24
    hours") for one area (`place`, or the whole country when None): it may contain the
    country's other events in that area and period."""
    country: str | None = None
    place: str | None = None
    as_of: datetime | None = None
    """When the latest counted figure was published: a toll cannot contain later incidents."""
    first: datetime | None = None
    """When the first figure of this kind was published: when the event was first reported."""
    last: datetime | None = None
    """When the last figure of this kind was published (a repeat or a part included): an area's
    incident toll still reported then may contain the town incidents reported until then."""
    victims: str | None = None
    """The victims of what is counted ("people" when the counted roots differ)."""
    period_start: datetime | None = None
    """For an area-wide toll (`broad`), when its period began."""
    area_report: bool = False
    """An incident toll of a whole area rather than a town ("at least 42 killed across Gaza",
    "Israeli strikes kill 50 in Gaza"): it may contain the town incidents reported around it."""

    @property
    def covers(self) -> bool:
        """It may contain other events of its country (`broad` or `area_report`)."""
        return self.broad or self.area_report


AREA_REPORT_MIN = 10
"""Deaths an area's incident toll must count to be read as the sum of that area's incidents."""


def _rise(end: Triple, before: Triple) -> Triple:
    count = max(0, end[0] - before[0])
    low = min(count, max(0, end[1] - before[1]))
    high = max(count, end[2] - before[2])
    return (count, low, high)


def _is_long(series: Series) -> bool:
    return any(event_type(m.figure, m.published) == "long" for m in series.members)


def _began_before(series: Series, since: datetime | None) -> bool:
    """A toll whose period began before the window: it needs an earlier value to count."""
    if since is None:
        return False
    return any(
        m.figure.period_start is not None and m.figure.period_start < since for m in series.members
    )


def _is_broad(roots: Sequence[Node]) -> bool:
    """True when the counted roots are area-wide tolls over a dated period, all of one area.

    An incident's running toll ("rises to 18") has no dated period and stays an incident.
    """
    places = {n.series.scope.place for n in roots}
    return bool(roots) and len(places) == 1 and all(n.series.scope.period_start for n in roots)


def _node(series: Series, since: datetime | None, verdicts: Verdicts) -> Node | None:
    """The series as a tree node, or None when it is context."""
    end = replay(series.members)
    assert end is not None  # a series has at least one member
    verdicts.reasons.update(end.reasons)
    if _is_long(series):
        for t in end.live:
            verdicts.reasons[t.id] = Verdict(Reason.CONTEXT)
            verdicts.context.append(t.id)
        return None
    prior = [m for m in series.members if since is not None and m.published < since]
    before = peak(prior)
    if before is None and _began_before(series, since):
        first = series.members[0].published
        before = replay([m for m in series.members if m.published <= first])
        assert before is not None
        if end.count <= before.count:
            for t in end.live:
                verdicts.reasons[t.id] = Verdict(Reason.CONTEXT)
                verdicts.context.append(t.id)
            return None
    return Node(series, end, before)


def _most_common(values: Sequence[str | None]) -> str | None:
    known = Counter(v for v in values if v)
    if not known:
        return None
    return min(known, key=lambda v: (-known[v], v))


def _disagrees_with(verdict: Verdict | None, other: int) -> bool:
    """Whether a figure was set aside as a higher account than figure `other`."""
    return verdict is not None and verdict.reason is Reason.DISAGREES and verdict.other == other


def tally_story(
    eligible: Sequence[TallyFigure],
    kind: str,
    since: datetime | None,
    hints: Mapping[int, int],
    contains: PlaceContains,
    verdicts: Verdicts,
) -> KindTally:
    """Tally one event's countable figures of one kind; record every verdict in `verdicts`."""
    figures = [t for t in eligible if t.figure.kind == kind]
    if not figures:
        return KindTally()
    series = build_series(figures, contains, hints)
    nodes = [n for s in series if (n := _node(s, since, verdicts))]
    tree = StoryTree(nodes, hints, contains)
    verdicts.reasons.update(tree.marks())
    # Before the window, figures one report counted apart may not yet share a series with
    # another report's: the tree of that moment is built from the reports of that moment.
    then = tree
    if since is not None and any(m.published >= since for n in nodes for m in n.series.members):
        copies = [Node(n.series, n.end, n.before) for n in nodes]
        then = StoryTree(copies, hints, contains, until=since)
    total = _rise(tree.total("end"), then.total("before"))
    civilians = tree.total_civilians("end") - then.total_civilians("before")
    # what the reports before the window told beyond this tree's reading of them, taken off
    # the rises below so that the figures' rises add up to the total
    unread = max(0, then.total("before")[0] - tree.total("before")[0])
    counted: list[tuple[int, int]] = []
    for i, node in enumerate(nodes):
        rep = node.end.counted
        if verdicts.reasons.get(rep.id, "") is not None:
            continue
        rise = tree.value(i, "end")[0] - tree.value(i, "before")[0]
        taken = min(unread, max(0, rise))
        rise, unread = rise - taken, unread - taken
        if rise <= 0:
            earlier = node.before.counted.id if node.before else None
            verdicts.reasons[rep.id] = Verdict(Reason.NO_RISE, earlier)
            continue
        if since is not None and rep.published < since:
            # "1 dead" (A) and "2 dead" (B) before the window; A says 2 inside it: the rise is
            # the window's report that the claims now agree on, not B's from before it
            inside = [
                m
                for m in node.series.members
                if m.published >= since and m.figure.count == rep.figure.count
            ]
            if inside:
                verdicts.reasons[rep.id] = Verdict(Reason.REPEAT, inside[-1].id)
                rep = inside[-1]
                verdicts.reasons[rep.id] = None
            else:
                # "1 dead" (A) and "2 dead" (B) before the window; A says 3 inside it, higher
                # than B's: the window's rise (B's 2 over the 1 before) is told by A's report
                told = [
                    m
                    for m in figures
                    if m.published >= since and _disagrees_with(verdicts.reasons.get(m.id), rep.id)
                ]
                if told:
                    rep = told[-1]
                    verdicts.reasons[rep.id] = None
        verdicts.tallied[rep.id] = rise
        counted.append((rise, rep.id))
    ranks = {t.id: t.rank for t in figures}
    counted.sort(key=lambda c: (-c[0], ranks[c[1]]))
    times = [t.published for t in figures if t.id in verdicts.tallied]
    roots = [nodes[i] for i in tree.chosen_roots("end")]
    victims = {n.series.scope.victims for n in roots}
    broad = total[0] > 0 and _is_broad(roots)
    # The toll's period is that of all its reports, those shown as context included: a window
    # that sees only the toll's later reports still knows which incidents it contains.
    starts = [start for s in series if (start := s.scope.period_start) is not None]
    return KindTally(
        total=total,
        civilians=max(0, min(total[0], civilians)),
        counted=tuple(c[1] for c in counted),
        broad=broad,
        country=_most_common([n.series.scope.country for n in roots]),
        place=_most_common([n.series.scope.place for n in roots]),
        as_of=max(times, default=None),
        first=min(t.published for t in figures),
        last=max(t.published for t in figures),
        victims=victims.pop() if len(victims) == 1 else ("people" if victims else None),
        period_start=min(starts) if broad and starts else None,
        area_report=not broad
        and total[0] >= AREA_REPORT_MIN
        and bool(roots)
        and all(_area_incident(n) for n in roots),
    )


def _area_incident(node: Node) -> bool:
    """A plain incident toll ("50 killed in strikes on Gaza") of a named area that is no town;
    a running toll of one incident ("the toll rose to 18") is not."""
    place = node.series.scope.place
    if place is None or is_town(place):
        return False
    return not any(m.figure.cumulative or m.figure.update for m in node.series.members)
