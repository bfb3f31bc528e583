"""Parts and wholes inside one story: the tree of series and the value it adds up to.

Rule 3 of the tally (`extract.tally`; docs/counting.md, section 3): parts never add to their
whole. The series of an event are arranged in a forest by scope ("20 civilians" under "277
people", "3 children" under "20 civilians"), or by the extraction's explicit `part_of` link. A
node is worth its own value, or the sum of its pairwise disjoint children when that is larger (a
whole raised to the sum of its parts). Children that overlap a chosen sibling are not added -
counting less is the conservative error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypeVar

from extract.scope import CIVILIAN_VICTIMS, PlaceContains, disjoint, is_part
from extract.tally_series import Series, SeriesState
from extract.verdicts import Reason, Verdict

Triple = tuple[int, int, int]
"""(count, low, high): the tallied value and its range."""
ZERO: Triple = (0, 0, 0)
Moment = Literal["end", "before"]
_V = TypeVar("_V")


@dataclass(slots=True)
class Node:
    """One series of the story, with its state at the window's end and just before it."""

    series: Series
    end: SeriesState
    before: SeriesState | None
    parent: int | None = None
    children: list[int] = field(default_factory=list)

    def own(self, moment: Moment) -> Triple:
        state = self.end if moment == "end" else self.before
        return (state.count, state.low, state.high) if state else ZERO


def _add(a: Triple, b: Triple) -> Triple:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


class StoryTree:
    """The parts/wholes forest of one story's series of one kind."""

    def __init__(
        self,
        nodes: Sequence[Node],
        hints: Mapping[int, int],
        contains: PlaceContains,
        until: datetime | None = None,
    ) -> None:
        """`hints` maps a figure id to the id of the whole its extraction says it is part of.
        `until`: the tree as it stood before that time (the window's start), by the reports
        published until then: which of them one report alone tells decides what counts apart."""
        self.nodes = list(nodes)
        self.contains = contains
        self.until = until
        self._link(hints)
        self.roots = [i for i, n in enumerate(self.nodes) if n.parent is None]
        self._values: dict[tuple[int, Moment], Triple] = {}
        self._civilians: dict[tuple[int, Moment], int] = {}
        self._disjoint_pairs: dict[tuple[int, int], bool] = {}

    def _link(self, hints: Mapping[int, int]) -> None:
        """Give every node its parent: the whole its extraction names, else its narrowest
        whole by scope (the one lying inside most of its other wholes).

        The "inside" relation is computed once per pair, as one bit set per node, so that
        ranking the wholes of every node costs no further scope comparison.
        """
        scopes = [n.series.scope for n in self.nodes]
        inside = [0] * len(scopes)
        """Bit j of inside[i]: series i is a part of series j."""
        for i, scope in enumerate(scopes):
            for j, other in enumerate(scopes):
                if j != i and not self._one_item(i, j) and is_part(scope, other, self.contains):
                    inside[i] |= 1 << j
        home = {t.id: i for i, n in enumerate(self.nodes) for t in n.series.members}
        for i, node in enumerate(self.nodes):
            hinted = [home[hints[t.id]] for t in node.series.members if hints.get(t.id) in home]
            hinted = [j for j in hinted if j != i]
            if hinted:
                node.parent = hinted[-1]
            elif inside[i]:
                wholes = [j for j in range(len(scopes)) if inside[i] >> j & 1]
                node.parent = max(wholes, key=lambda j: ((inside[j] & inside[i]).bit_count(), -j))
            if node.parent is not None and self._is_ancestor(i, node.parent):
                node.parent = None
        for i, node in enumerate(self.nodes):
            if node.parent is not None:
                self.nodes[node.parent].children.append(i)

    def _is_ancestor(self, ancestor: int, of: int) -> bool:
        seen: set[int] = set()
        current: int | None = of
        while current is not None and current not in seen:
            if current == ancestor:
                return True
            seen.add(current)
            current = self.nodes[current].parent
        return False

    def _one_item(self, i: int, j: int) -> bool:
        """Both series are told by one and the same item alone, which counted them apart
        ("6 men and 2 women killed"): no part, whole or overlap of each other by scope."""
        a, b = self.nodes[i].series, self.nodes[j].series
        if self.until is None:
            mine, theirs = a.members, b.members
            items_a, items_b = a.items, b.items
        else:
            mine = [t for t in a.members if t.published < self.until]
            theirs = [t for t in b.members if t.published < self.until]
            items_a, items_b = {t.item_id for t in mine}, {t.item_id for t in theirs}
        return (
            len(items_a) == 1
            and items_a == items_b
            and all(t.figure.set_aside is not None for t in (*mine, *theirs))
        )

    def _disjoint(self, i: int, j: int) -> bool:
        key = (i, j) if i < j else (j, i)
        found = self._disjoint_pairs.get(key)
        if found is None:
            a, b = self.nodes[i].series.scope, self.nodes[j].series.scope
            found = self._one_item(i, j) or disjoint(a, b, self.contains)
            self._disjoint_pairs[key] = found
        return found

    def _choose(self, members: Sequence[int], weight: Callable[[int], int]) -> list[int]:
        """Pairwise disjoint members, heaviest first (greedy, so never more than the best)."""
        chosen: list[int] = []
        for i in sorted(members, key=lambda i: (-weight(i), i)):
            if weight(i) <= 0:
                break
            if all(self._disjoint(i, j) for j in chosen):
                chosen.append(i)
        return chosen

    def _fill(
        self,
        top: int,
        moment: Moment,
        memo: dict[tuple[int, Moment], _V],
        compute: Callable[[int, Moment], _V],
    ) -> _V:
        """`compute` for `top` after its descendants, children first, without recursion: a
        story's tree can be hundreds of levels deep (daily tolls, each inside the last)."""
        stack = [top]
        while stack:
            i = stack[-1]
            pending = [c for c in self.nodes[i].children if (c, moment) not in memo]
            if pending:
                stack.extend(pending)
                continue
            stack.pop()
            if (i, moment) not in memo:
                memo[(i, moment)] = compute(i, moment)
        return memo[(top, moment)]

    def value(self, i: int, moment: Moment) -> Triple:
        """A node's worth: its own value, raised to the sum of its disjoint parts if larger."""
        found = self._values.get((i, moment))
        return found if found is not None else self._fill(i, moment, self._values, self._value)

    def _value(self, i: int, moment: Moment) -> Triple:
        own = self.nodes[i].own(moment)
        parts = self._choose(self.nodes[i].children, lambda c: self.value(c, moment)[0])
        total = ZERO
        for c in parts:
            total = _add(total, self.value(c, moment))
        if total[0] > own[0]:
            return (total[0], max(own[1], total[1]), max(own[2], total[2]))
        return own

    def total(self, moment: Moment) -> Triple:
        total = ZERO
        for i in self.chosen_roots(moment):
            total = _add(total, self.value(i, moment))
        return total

    def chosen_roots(self, moment: Moment) -> list[int]:
        return self._choose(self.roots, lambda i: self.value(i, moment)[0])

    def civilians(self, i: int, moment: Moment) -> int:
        """The civilian part of a node's worth, counted conservatively."""
        found = self._civilians.get((i, moment))
        if found is not None:
            return found
        self.value(i, moment)  # the worths first, so the civilians' walk never recurses
        return self._fill(i, moment, self._civilians, self._civilians_of)

    def _civilians_of(self, i: int, moment: Moment) -> int:
        worth = self.value(i, moment)[0]
        if self.nodes[i].series.scope.victims in CIVILIAN_VICTIMS:
            return worth
        parts = self._choose(self.nodes[i].children, lambda c: self.civilians(c, moment))
        return min(worth, sum(self.civilians(c, moment) for c in parts))

    def total_civilians(self, moment: Moment) -> int:
        parts = self._choose(self.roots, lambda i: self.civilians(i, moment))
        return min(self.total(moment)[0], sum(self.civilians(i, moment) for i in parts))

    def marks(self) -> dict[int, Verdict | None]:
        """For the tallied claim of every series at the window's end: None when it is counted,
        else why not (a part of a counted whole, a whole below its parts, an overlap).

        A walk of the forest from the roots, in the order a recursive walk would take, kept
        on an explicit stack for the deep trees `_fill` speaks of.
        """
        out: dict[int, Verdict | None] = {}
        stack: list[tuple[str, int, int | None]] = []
        self._push_level(self.roots, stack)
        while stack:
            task, i, other = stack.pop()
            node = self.nodes[i]
            rep = node.end.counted.id
            if task == "cover":
                out[rep] = Verdict(Reason.PART, other)
                self._push_cover(node.children, other, stack)
            elif task == "mark" and self.value(i, "end")[0] > node.own("end")[0]:
                out[rep] = Verdict(Reason.BELOW_PARTS)
                self._push_level(node.children, stack)
            elif task == "mark":
                out[rep] = None
                self._push_cover(node.children, rep, stack)
            else:
                out[rep] = Verdict(Reason.OVERLAPS, other)
                self._push_cover(node.children, rep, stack)
        return out

    def _push_level(self, members: Sequence[int], stack: list[tuple[str, int, int | None]]) -> None:
        """Members counted side by side: the chosen are marked, the others overlap one."""
        chosen = self._choose(members, lambda i: self.value(i, "end")[0])
        picked = set(chosen)
        for i in reversed(members):
            if i in picked:
                stack.append(("mark", i, None))
                continue
            over = next((j for j in chosen if not self._disjoint(i, j)), None)
            other = self.nodes[over].end.counted.id if over is not None else None
            stack.append(("overlap", i, other))

    def _push_cover(
        self, members: Sequence[int], whole: int | None, stack: list[tuple[str, int, int | None]]
    ) -> None:
        stack.extend(("cover", i, whole) for i in reversed(members))
