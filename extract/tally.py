"""Casualty tallies across items: the numbers editors quote, and every figure behind them.

The rules (docs/counting.md) in the order they apply:

1. figures an editor excluded, figures of an item's earlier versions, deaths that are not
   conflict violence and figures without a count are listed but never counted;
2. within an event (`extract.events`: one incident or one running toll), figures of one scope
   form a series that counts its latest value; concurrent differing claims from different
   sources disagree and the lower is tallied (`extract.tally_series`, grouped by
   `extract.tally_grouping`);
3. within an event, parts never add to their whole and a whole is raised to the sum of its
   disjoint parts (`extract.tally_tree`);
4. with a window, an event counts only what rose inside it: its value at the end minus its
   value just before the window; a long-run toll seen only once is context
   (`extract.tally_story`);
5. events add up per country (`extract.tally_country`, which also keeps an area's toll over a
   period from being added to the incidents it already contains); the total is the sum of
   countries. Injuries are tallied the same way, apart, and never enter a death toll.

The rules are written for editors in docs/counting.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from extract.long_run import wounded_who_died
from extract.model import Figure, SetAside, aside_target
from extract.scope import PlaceContains, default_contains
from extract.tally_country import CountryTally, EventTally, EventValue, combine
from extract.tally_story import KindTally, Verdicts, tally_story
from extract.times import iso
from extract.verdicts import Reason, Verdict

__all__ = [
    "CountryTally",
    "EventTally",
    "TalliedFigure",
    "Tally",
    "TallyFigure",
    "Verdict",
    "Verdicts",
    "assemble",
    "event_value",
    "figure_to_json",
    "tallied_figure",
    "tally",
    "tally_to_json",
]


RULES_VERSION = 4
"""Bump whenever a rule change can alter any event's tally: stored tallies computed under an
older version are recomputed by the next writer, and read around until then."""


@dataclass(frozen=True, slots=True)
class TallyFigure:
    """One stored figure with its provenance: the input of `tally`."""

    id: int
    figure: Figure
    item_id: int
    item_title: str
    item_link: str | None
    feed: str
    """The outlet's name."""
    published: datetime
    """The item's effective time in UTC: published, or first seen when missing or future."""
    event_id: int
    """The event the figure reports (`extract.events`): the unit every tally rule works in."""
    latest_version: bool
    """Only an item's latest version counts; earlier versions are listed as such."""
    excluded: bool = False
    excluded_reason: str | None = None
    """Why an editor excluded the figure or marked its item disputed."""
    disputed: bool = False
    """The exclusion comes from the item being marked disputed, not from the figure."""
    order: tuple[str, str, int, int] = ("", "", 0, 0)
    """(outlet, item key, version, position in the item): with `published`, the canonical
    order that breaks every tie, so that the same figures always give the same tally."""

    @property
    def rank(self) -> tuple[datetime, str, str, int, int, int]:
        return (self.published, *self.order, self.id)

    @property
    def rank_key(self) -> str:
        """`rank` as one string that sorts the same way: what an event keeps of its first
        figure, stored and compared without decoding."""
        outlet, item, version, position = self.order
        return (
            f"{self.published.timestamp():020.6f}\x1f{outlet}\x1f{item}\x1f{version:010d}"
            f"\x1f{position:06d}\x1f{self.id:012d}"
        )


@dataclass(frozen=True, slots=True)
class TalliedFigure:
    """A figure in the window and what the tally made of it."""

    source: TallyFigure
    counted: bool
    verdict: Verdict | None
    """Why it was not counted (`Reason.PART` of figure 12, `Reason.SUPERSEDED` by 9, ...)."""
    party_claim: bool
    """Reported by a party to the fighting: counted, but to be shown apart."""
    tallied: int
    """What it adds to its event's tally of its kind (its rise inside the window); 0 if not
    counted."""

    @property
    def excluded_reason(self) -> str | None:
        """The verdict as a phrase ("part of figure 12"), or None when counted."""
        return self.verdict.text() if self.verdict is not None else None


@dataclass(frozen=True, slots=True)
class Tally:
    """Conservative death and injury tallies for a window, with every figure behind them."""

    killed: int
    injured: int
    civilians_killed: int
    killed_low: int
    killed_high: int
    since: datetime | None
    by_country: tuple[CountryTally, ...]
    events: tuple[EventTally, ...]
    """One row per event with a figure in the window, largest death toll first."""
    context: tuple[TalliedFigure, ...]
    """Long-run tolls whose period starts before the window: shown, never added."""
    figures: tuple[TalliedFigure, ...]
    """Every figure inside the window with its verdict (empty in a summary, which has only
    the numbers: `storage.tallies.tally_summary`)."""
    points: tuple[tuple[datetime, int], ...] = ()
    """(published, deaths it adds) of every counted death figure inside the window, oldest
    first: what a sparkline of the window draws."""


def _editorial_reason(t: TallyFigure) -> Verdict | None:
    """Why a figure is out before any rule weighs it, or None when it may count."""
    if not t.latest_version:
        return Verdict(Reason.EARLIER_VERSION)
    if t.excluded:
        return Verdict(Reason.DISPUTED if t.disputed else Reason.EXCLUDED, note=t.excluded_reason)
    if not t.figure.conflict:
        return Verdict(Reason.NOT_CONFLICT)
    if t.figure.count <= 0:
        return Verdict(Reason.NO_VICTIMS)
    return None


def _set_aside(t: TallyFigure, positions: dict[tuple[int, int], TallyFigure]) -> Verdict | None:
    """What the figure's own text decided (`Figure.set_aside`): a repeat of another figure of
    the item, the higher of two accounts, a report taken back, a long-run toll, no conflict.
    Every tally follows it, so an event of one report gives that report's own total."""
    code = t.figure.set_aside
    if code is None or code == SetAside.COUNTED or code.startswith(SetAside.PART):
        return None  # a part: weighed against its whole (`_part_hints`)
    if code.startswith((SetAside.REPEAT, SetAside.ACCOUNT)):
        index = aside_target(code, SetAside.REPEAT, SetAside.ACCOUNT)
        other = positions.get((t.item_id, index)) if index is not None else None
        if other is not None and other.excluded:
            return None  # an editor left out the figure that stood for it: it counts again
        reason = Reason.REPEAT if code.startswith(SetAside.REPEAT) else Reason.SAME_CLAIM
        return Verdict(reason, other.id if other is not None and other is not t else None)
    return Verdict(_SET_ASIDE_REASONS.get(code, Reason.REPEAT))


_SET_ASIDE_REASONS: dict[str, Reason] = {
    SetAside.DISAGREES: Reason.DISAGREES,
    SetAside.RETRACTED: Reason.RETRACTED,
    SetAside.UNCONFIRMED: Reason.UNCONFIRMED,
    SetAside.CONTEXT: Reason.CONTEXT,
    SetAside.RECALLED: Reason.RECALLED,
    SetAside.NOT_CONFLICT: Reason.NOT_CONFLICT,
}


def _one_claim_per_scope(
    eligible: list[TallyFigure], verdicts: Verdicts
) -> tuple[list[TallyFigure], dict[int, int]]:
    """ "killing a retired teacher and his wife": the figures one report counts apart in the
    same scope (kind, victims, place, period) are its one claim of that scope, two dead, which
    another report's "two people were killed" repeats. The first stands for them with their
    sum; the others are counted with it."""
    groups: dict[tuple[object, ...], list[TallyFigure]] = defaultdict(list)
    for t in eligible:
        f = t.figure
        if (
            f.set_aside == SetAside.COUNTED
            and not f.cumulative
            and not f.update
            and f.part_of is None  # "one of the wounded later died" keeps its own link
        ):
            key = (t.item_id, f.kind, f.victims, f.country, f.place, f.period_start)
            groups[key].append(t)
    merged: dict[int, TallyFigure] = {}
    gone: dict[int, int] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        first, *rest = sorted(members, key=lambda t: t.rank)
        f = first.figure
        count = sum(t.figure.count for t in members)
        low = sum(t.figure.low for t in members)
        merged[first.id] = replace(first, figure=replace(f, count=count, low=low, high=None))
        for t in rest:
            gone[t.id] = first.id
            verdicts.reasons[t.id] = Verdict(Reason.WITH, first.id)
    if not merged:
        return eligible, {}
    return [merged.get(t.id, t) for t in eligible if t.id not in gone], gone


def _less_the_dead_of_wounds(
    eligible: Sequence[TallyFigure],
    injured: KindTally,
    verdicts: Verdicts,
    event_figures: Sequence[TallyFigure] = (),
) -> KindTally:
    """ "Of the 9 people wounded, two have died": an item that counts the two dead takes them
    off its injured, and so does its event, from the injured figure they were told of (both
    counted, of one item); so are the wounded who died told as raising a counted toll ("the
    wounded passer-by has died, raising the toll to three"), from the item's first counted
    injured figure before them, as the item's own total takes them (`extract.totals`)."""
    if not injured.counted:
        return injured
    at = {(t.item_id, t.order[3]): t for t in eligible if t.figure.kind == "injured"}
    less = 0
    for t in eligible:
        f = t.figure
        if f.kind != "killed" or f.part_of is None or f.set_aside != SetAside.COUNTED:
            continue
        hurt = at.get((t.item_id, f.part_of))
        if hurt is None or t.id not in verdicts.tallied or hurt.id not in verdicts.tallied:
            continue
        taken = min(f.count, verdicts.tallied[hurt.id])
        verdicts.tallied[hurt.id] -= taken
        less += taken
    whole_at = {(t.item_id, t.order[3]): t for t in event_figures if t.latest_version}
    for t in event_figures:
        f = t.figure
        # the toll the wounded who died are part of: read with them, or the running toll told
        # after them that the item's totals made them part of ("... has died. Two dead.")
        target = aside_target(f.set_aside, SetAside.PART, SetAside.ACCOUNT)
        if target is None or _kind_of(whole_at.get((t.item_id, target))) != "killed":
            target = f.part_of
        if f.kind != "killed" or target is None or not t.latest_version:
            continue
        whole = whole_at.get((t.item_id, target))
        if whole is not None and not verdicts.tallied.get(whole.id):
            later = aside_target(whole.figure.set_aside, SetAside.ACCOUNT, SetAside.REPEAT)
            if later is not None:  # "Two dead" told again as "Toll now three": that one counts
                whole = whole_at.get((t.item_id, later), whole)
        of_hurt = at.get((t.item_id, f.part_of)) if f.part_of is not None else None
        if (
            whole is None
            or whole.figure.kind != "killed"
            or not verdicts.tallied.get(whole.id)
            or not (wounded_who_died(f.sentence) or of_hurt is not None)
            or (
                whole.figure.part_of is not None
                and _kind_of(whole_at.get((t.item_id, whole.figure.part_of))) == "injured"
            )  # "Seven of them died ..., including two children": the two are of the seven,
            # who left the wounded already
        ):
            continue  # the wounded who died: so told, or read as some of the wounded before
        if any(
            h.item_id == t.item_id
            and h.figure.kind == "injured"
            and h.figure.update
            and h.figure.span[0] > f.span[1]
            and verdicts.tallied.get(h.id)
            for h in eligible
        ):
            continue  # "the number of injured now stands at 10", told after: already net
        if any(
            o is not t
            and o.item_id == t.item_id
            and o.latest_version
            and o.figure.kind == "killed"
            and o.figure.span != f.span
            and o.figure.span[0] <= f.span[0]
            and f.span[1] <= o.figure.span[1]
            for o in event_figures
        ):
            continue  # "One of the wounded, Corporal X, 27, died": the named man is that one
        hurt_before = [
            h
            for h in eligible
            if h.item_id == t.item_id
            and h.figure.kind == "injured"
            and h.figure.span[0] < f.span[1]  # "One of the 16 people wounded ... died"
            and verdicts.tallied.get(h.id)
        ]
        if hurt_before:
            first = min(hurt_before, key=lambda h: h.figure.span[0])
            taken = min(f.count, verdicts.tallied[first.id])
            verdicts.tallied[first.id] -= taken
            less += taken
    if not less:
        return injured
    count, low, high = injured.total
    return replace(injured, total=(count - less, max(0, low - less), max(0, high - less)))


def _kind_of(t: TallyFigure | None) -> str | None:
    """The kind of a tallied figure, None for none."""
    return t.figure.kind if t is not None else None


def _part_hints(figures: Sequence[TallyFigure]) -> dict[int, int]:
    """Figure id -> id of the whole its extraction named through `part_of`.

    An item's figures are stored in extraction order, so ordering one item's latest figures by
    id recovers the index that `part_of` refers to.
    """
    by_item: dict[int, list[TallyFigure]] = defaultdict(list)
    for t in figures:
        if t.latest_version:
            by_item[t.item_id].append(t)
    hints: dict[int, int] = {}
    for group in by_item.values():
        group.sort(key=lambda t: t.rank)
        # the item's figures by their index in the item (`order[3]`), when stored: an event
        # may hold only some of them (the rest in another event), and positions then shift
        coded = all(t.order[0] for t in group)
        at = {t.order[3]: t for t in group} if coded else dict(enumerate(group))
        for t in group:
            index = aside_target(t.figure.set_aside, SetAside.PART)  # the whole its text
            if index is None:  # weighed it against, else the one its extraction named
                index = t.figure.part_of
            whole = at.get(index) if index is not None else None
            if whole is not None and whole is not t:
                whole = _told_first(at, whole)
                if whole.figure.kind == t.figure.kind and whole is not t:
                    hints[t.id] = whole.id
    return hints


def _told_first(at: dict[int, TallyFigure], whole: TallyFigure) -> TallyFigure:
    """The figure of the item that stands for `whole` when its text set it aside as a repeat
    ("kills 22" in the headline, "killing at least 22, including nine children" in the body):
    the part belongs to the figure that is counted."""
    seen = {whole.id}
    while (index := aside_target(whole.figure.set_aside, SetAside.REPEAT)) is not None:
        ahead = at.get(index)
        if ahead is None or ahead.id in seen:
            break
        whole = ahead
        seen.add(whole.id)
    return whole


def event_value(
    event_figures: Sequence[TallyFigure],
    *,
    since: datetime | None,
    verdicts: Verdicts,
    contains: PlaceContains = default_contains,
) -> EventValue | None:
    """One event's tallies over the window, before events are combined per country.

    `event_figures`: every figure of the event up to the window's end, earlier ones included.
    The event's verdicts go into `verdicts`. None when the event has no figure inside the
    window.

    An event's value depends on the window only through `since` (its figures before it, and
    which period starts lie before it): that is what lets a store keep each event's value for
    `all` and recompute only the events a window cuts through.
    """
    shown = len(verdicts.context)
    eligible = []
    positions: dict[tuple[int, int], TallyFigure] = {}
    if any(
        (t.figure.set_aside or SetAside.COUNTED).startswith((SetAside.REPEAT, SetAside.ACCOUNT))
        for t in event_figures
    ):
        positions = {(t.item_id, t.order[3]): t for t in event_figures if t.latest_version}
    for t in event_figures:
        reason = _editorial_reason(t) or _set_aside(t, positions)
        if reason is None:
            eligible.append(t)
        else:
            verdicts.reasons[t.id] = reason
            if reason.reason in (Reason.CONTEXT, Reason.RECALLED):
                verdicts.context.append(t.id)
    hints = _part_hints(event_figures)
    eligible, stand_ins = _one_claim_per_scope(eligible, verdicts)
    if stand_ins:  # a part of a figure counted with another belongs to that other
        hints = {part: stand_ins.get(whole, whole) for part, whole in hints.items()}
    killed = tally_story(eligible, "killed", since, hints, contains, verdicts)
    injured = tally_story(eligible, "injured", since, hints, contains, verdicts)
    injured = _less_the_dead_of_wounds(eligible, injured, verdicts, event_figures)
    _one_context_per_value(verdicts, shown, {t.id: t for t in event_figures})
    window = [t for t in event_figures if since is None or t.published >= since]
    if not window:
        return None
    value = EventValue.of(window, killed, injured, event_figures)
    if since is None:
        return value
    # Over all time too: which toll covers which event must not depend on the window.
    scratch = Verdicts()
    return replace(
        value,
        whole_killed=tally_story(eligible, "killed", None, hints, contains, scratch),
        whole_injured=tally_story(eligible, "injured", None, hints, contains, scratch),
    )


def _one_context_per_value(verdicts: Verdicts, shown: int, by_id: dict[int, TallyFigure]) -> None:
    """An event's long-run toll told twice (headline and body, 41,000 and "more than
    41,000") is shown once as context; the others repeat it."""
    seen: dict[tuple[str, int], int] = {}
    kept = verdicts.context[:shown]
    for i in verdicts.context[shown:]:
        figure = by_id[i].figure
        first = seen.setdefault((figure.kind, figure.count), i)
        if first == i:
            kept.append(i)
        else:
            verdicts.reasons[i] = Verdict(Reason.REPEAT, first)
    verdicts.context[:] = kept


def tally(
    figures: Sequence[TallyFigure],
    *,
    since: datetime | None,
    now: datetime,
    contains: PlaceContains = default_contains,
) -> Tally:
    """Tally `figures` over the window [since, now] (all time when `since` is None).

    Pass every figure of every event that has a figure in the window, including those before
    it: a series' values before `since` are what its rise inside the window is measured from.
    Figures published after `now` are ignored.
    """
    verdicts = Verdicts()
    by_event: dict[int, list[TallyFigure]] = defaultdict(list)
    for t in sorted(figures, key=lambda t: t.rank):
        if t.published <= now:
            by_event[t.event_id].append(t)
    values: list[EventValue] = []
    for event_figures in by_event.values():
        value = event_value(event_figures, since=since, verdicts=verdicts, contains=contains)
        if value is not None:
            values.append(value)
    countries, rows = combine(values, verdicts, contains)
    listed = sorted(
        (t for ts in by_event.values() for t in ts if since is None or t.published >= since),
        key=lambda t: t.rank,
    )
    out = {t.id: tallied_figure(t, verdicts) for t in listed}
    return assemble(
        countries,
        rows,
        since=since,
        context=tuple(out[i] for i in verdicts.context if i in out),
        figures=tuple(out[t.id] for t in listed),
        points=[
            (f.source.published, f.tallied)
            for f in out.values()
            if f.counted and f.tallied > 0 and f.source.figure.kind == "killed"
        ],
    )


def assemble(
    countries: Sequence[CountryTally],
    events: Sequence[EventTally],
    *,
    since: datetime | None,
    context: tuple[TalliedFigure, ...],
    figures: tuple[TalliedFigure, ...],
    points: Sequence[tuple[datetime, int]],
) -> Tally:
    """The `Tally` of combined countries: totals are only ever the sum of the countries."""
    return Tally(
        killed=sum(c.killed for c in countries),
        injured=sum(c.injured for c in countries),
        civilians_killed=sum(c.civilians_killed for c in countries),
        killed_low=sum(c.killed_low for c in countries),
        killed_high=sum(c.killed_high for c in countries),
        since=since,
        by_country=tuple(countries),
        events=tuple(sorted(events, key=lambda e: (-e.killed, -e.injured, e.rank, e.id))),
        context=context,
        figures=figures,
        points=tuple(sorted(points)),
    )


def tallied_figure(t: TallyFigure, verdicts: Verdicts) -> TalliedFigure:
    """The figure with what `verdicts` decided for it."""
    reason = verdicts.reasons.get(t.id, Verdict(Reason.NOT_TALLIED))
    counted = reason is None
    return TalliedFigure(
        source=t,
        counted=counted,
        verdict=reason,
        party_claim=t.figure.source_kind == "party",
        tallied=verdicts.tallied.get(t.id, 0) if counted else 0,
    )


def figure_to_json(t: TalliedFigure) -> dict[str, object]:
    """One FIGURE of the JSON shapes (docs/design.md), with its item and the verdict."""
    src = t.source
    return {
        "id": src.id,
        **src.figure.to_json(),
        "counted": t.counted,
        "excluded_reason": t.excluded_reason,
        "verdict": t.verdict.to_json() if t.verdict is not None else None,
        "party_claim": t.party_claim,
        "tallied": t.tallied,
        "story_id": src.event_id,
        "event_id": src.event_id,
        "item": {
            "id": src.item_id,
            "title": src.item_title,
            "link": src.item_link,
            "feed": src.feed,
            "published": iso(src.published),
        },
    }


def tally_to_json(t: Tally) -> dict[str, object]:
    """The `sitrep tally --json` document (docs/design.md; keys are only ever added)."""
    return {
        "killed": t.killed,
        "injured": t.injured,
        "civilians_killed": t.civilians_killed,
        "killed_low": t.killed_low,
        "killed_high": t.killed_high,
        "since": iso(t.since),
        "by_country": [
            {
                "country": c.country,
                "killed": c.killed,
                "injured": c.injured,
                "civilians_killed": c.civilians_killed,
            }
            for c in t.by_country
        ],
        "stories": [
            {
                "id": e.id,
                "label": e.label,
                "country": e.country,
                "place": e.place,
                "killed": e.killed,
                "injured": e.injured,
                "figure_ids": list(e.figure_ids),
                "killed_low": e.killed_low,
                "killed_high": e.killed_high,
                "civilians_killed": e.civilians_killed,
                "as_of": iso(e.as_of),
            }
            for e in t.events
        ],
        "context": [figure_to_json(f) for f in t.context],
        "figures": [figure_to_json(f) for f in t.figures],
    }
