"""Casualty tallies across items: the numbers editors quote, and every figure behind them.

The rules (DESIGN.md, "Casualty tallies") in the order they apply:

1. figures an editor excluded, figures of an item's earlier versions, deaths that are not
   conflict violence and figures without a count are listed but never counted;
2. within a story, figures of one scope form a series that counts its latest value; concurrent
   differing claims from different sources disagree and the lower is tallied
   (`extract.tally_series`, grouped by `extract.tally_grouping`);
3. within a story, parts never add to their whole and a whole is raised to the sum of its
   disjoint parts (`extract.tally_tree`);
4. with a window, a story counts only what rose inside it: its value at the end minus its value
   just before the window; a long-run toll seen only once inside the window is context;
5. stories add up per country (`extract.tally_country`, which also keeps a country-wide running
   toll from being added to the incidents it already contains); the total is the sum of
   countries. Injuries are tallied the same way, apart, and never enter a death toll.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from extract.model import Figure
from extract.scope import PlaceContains, default_contains
from extract.tally_country import CountryTally, StoryTally, StoryValue, combine
from extract.tally_story import Verdicts, tally_story

__all__ = [
    "CountryTally",
    "StoryTally",
    "TalliedFigure",
    "Tally",
    "TallyFigure",
    "Verdicts",
    "assemble",
    "figure_to_json",
    "story_value",
    "tally",
    "tally_to_json",
]


RULES_VERSION = 2
"""Bump whenever a rule change can alter any story's tally: stored tallies computed under an
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
    story_id: int
    story_label: str
    latest_version: bool
    """Only an item's latest version counts; earlier versions are listed as such."""
    excluded: bool = False
    excluded_reason: str | None = None
    """Why an editor excluded the figure or marked its item disputed."""


@dataclass(frozen=True, slots=True)
class TalliedFigure:
    """A figure in the window and what the tally made of it."""

    source: TallyFigure
    counted: bool
    excluded_reason: str | None
    """Why it was not counted ("part of figure 12", "superseded by figure 9", ...)."""
    party_claim: bool
    """Reported by a party to the fighting: counted, but to be shown apart."""
    tallied: int
    """What it adds to its story's tally of its kind (its rise inside the window); 0 if not
    counted."""


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
    stories: tuple[StoryTally, ...]
    context: tuple[TalliedFigure, ...]
    """Long-run tolls whose period starts before the window: shown, never added."""
    figures: tuple[TalliedFigure, ...]
    """Every figure inside the window with its verdict (empty in a summary, which has only
    the numbers: `storage.tallies.tally_summary`)."""
    points: tuple[tuple[datetime, int], ...] = ()
    """(published, deaths it adds) of every counted death figure inside the window, oldest
    first: what a sparkline of the window draws."""


def _editorial_reason(t: TallyFigure) -> str | None:
    """Why a figure is out before any rule weighs it, or None when it may count."""
    if not t.latest_version:
        return "earlier version"
    if t.excluded:
        return (
            f"excluded by editor: {t.excluded_reason}"
            if t.excluded_reason
            else "excluded by editor"
        )
    if not t.figure.conflict:
        return "not conflict violence"
    if t.figure.count <= 0:
        return "vague, no victims"
    return None


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
        group.sort(key=lambda t: t.id)
        for t in group:
            index = t.figure.part_of
            if index is not None and 0 <= index < len(group) and group[index] is not t:
                whole = group[index]
                if whole.figure.kind == t.figure.kind:
                    hints[t.id] = whole.id
    return hints


def story_value(
    story_figures: Sequence[TallyFigure],
    *,
    since: datetime | None,
    horizon: datetime | None,
    verdicts: Verdicts,
    contains: PlaceContains = default_contains,
) -> StoryValue | None:
    """One story's tallies over the window, before stories are combined per country.

    `story_figures`: every figure of the story up to the window's end, earlier ones included.
    `horizon` is where long-run tolls are measured from: the window's start, or for all time
    the first stored figure. The story's verdicts go into `verdicts`. None when the story has
    no figure inside the window.

    A story's value depends on the window only through `since` (its figures before it) and
    through which period starts lie before `horizon`: that is what lets a store keep each
    story's value and recompute only the stories a window cuts through.
    """
    eligible = []
    for t in story_figures:
        reason = _editorial_reason(t)
        if reason is None:
            eligible.append(t)
        else:
            verdicts.reasons[t.id] = reason
    hints = _part_hints(story_figures)
    killed = tally_story(eligible, "killed", horizon, hints, contains, verdicts)
    injured = tally_story(eligible, "injured", horizon, hints, contains, verdicts)
    window = [t for t in story_figures if since is None or t.published >= since]
    return StoryValue.of(window, killed, injured) if window else None


def tally(
    figures: Sequence[TallyFigure],
    *,
    since: datetime | None,
    now: datetime,
    contains: PlaceContains = default_contains,
) -> Tally:
    """Tally `figures` over the window [since, now] (all time when `since` is None).

    Pass every figure of every story that has a figure in the window, including those before
    it: a series' values before `since` are what its rise inside the window is measured from.
    Figures published after `now` are ignored.
    """
    verdicts = Verdicts()
    by_story: dict[int, list[TallyFigure]] = defaultdict(list)
    for t in figures:
        if t.published <= now:
            by_story[t.story_id].append(t)
    values: list[StoryValue] = []
    # For all time, the window opens with the first figure: a war-long toll whose period
    # began before anything was stored is context there too, never added.
    horizon = since or min((t.published for ts in by_story.values() for t in ts), default=None)
    for story_figures in by_story.values():
        value = story_value(
            story_figures, since=since, horizon=horizon, verdicts=verdicts, contains=contains
        )
        if value is not None:
            values.append(value)
    countries = combine(values, verdicts, contains)
    listed = sorted(
        (t for ts in by_story.values() for t in ts if since is None or t.published >= since),
        key=lambda t: (t.published, t.id),
    )
    out = {t.id: _tallied(t, verdicts) for t in listed}
    return assemble(
        countries,
        [v.story for v in values],
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
    stories: Sequence[StoryTally],
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
        stories=tuple(sorted(stories, key=lambda s: (-s.killed, -s.injured, s.label, s.id))),
        context=context,
        figures=figures,
        points=tuple(sorted(points)),
    )


def _tallied(t: TallyFigure, verdicts: Verdicts) -> TalliedFigure:
    reason = verdicts.reasons.get(t.id, "not tallied")
    counted = reason is None
    return TalliedFigure(
        source=t,
        counted=counted,
        excluded_reason=reason,
        party_claim=t.figure.source_kind == "party",
        tallied=verdicts.tallied.get(t.id, 0) if counted else 0,
    )


def _iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC to the second, as every JSON time of sitrep (`2024-12-01T10:00:00Z`)."""
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def figure_to_json(t: TalliedFigure) -> dict[str, object]:
    """One FIGURE of DESIGN.md's JSON shapes, with its item and the tally's verdict."""
    src, f = t.source, t.source.figure
    return {
        "id": src.id,
        "kind": f.kind,
        "count": f.count,
        "low": f.low,
        "high": f.high,
        "qualifier": f.qualifier,
        "victims": f.victims,
        "cumulative": f.cumulative,
        "period_start": _iso(f.period_start),
        "source": f.source,
        "source_kind": f.source_kind,
        "perpetrator": f.perpetrator,
        "country": f.country,
        "place": f.place,
        "conflict": f.conflict,
        "sentence": f.sentence,
        "span": [f.span[0], f.span[1]],
        "counted": t.counted,
        "excluded_reason": t.excluded_reason,
        "party_claim": t.party_claim,
        "tallied": t.tallied,
        "story_id": src.story_id,
        "item": {
            "id": src.item_id,
            "title": src.item_title,
            "link": src.item_link,
            "feed": src.feed,
            "published": _iso(src.published),
        },
    }


def tally_to_json(t: Tally) -> dict[str, object]:
    """The `sitrep tally --json` document (DESIGN.md's shape; keys are only ever added)."""
    return {
        "killed": t.killed,
        "injured": t.injured,
        "civilians_killed": t.civilians_killed,
        "killed_low": t.killed_low,
        "killed_high": t.killed_high,
        "since": _iso(t.since),
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
                "id": s.id,
                "label": s.label,
                "country": s.country,
                "place": s.place,
                "killed": s.killed,
                "injured": s.injured,
                "figure_ids": list(s.figure_ids),
            }
            for s in t.stories
        ],
        "context": [figure_to_json(f) for f in t.context],
        "figures": [figure_to_json(f) for f in t.figures],
    }
