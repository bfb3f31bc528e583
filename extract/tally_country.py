"""Stories add up per country; the total is the sum of the countries.

Rule 6: figures from distinct stories (different incident or place) add up, per country - a sum
across unrelated wars means nothing, so the top-level total is only ever the sum of per-country
tallies. One exception keeps this conservative: a running toll over a dated period ("the
ministry says 80 were killed in the past day") already contains that day's incidents, which are
stories of their own. When a country has such a toll (for the whole country or one area of it),
the area counts the larger of the toll and the sum of its other stories, never both.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from extract.scope import PlaceContains
from extract.tally_story import KindTally, Verdicts
from extract.tally_tree import ZERO, Triple

REPORTING_LAG = timedelta(hours=1)

if TYPE_CHECKING:
    from extract.tally import TallyFigure


@dataclass(frozen=True, slots=True)
class StoryTally:
    """One story's tallies inside the window, with the figures behind them."""

    id: int
    label: str
    country: str | None
    place: str | None
    killed: int
    injured: int
    figure_ids: tuple[int, ...]
    """Every figure of the story inside the window, counted or not, oldest first."""
    civilians_killed: int = 0
    """The civilian part of `killed` (never more than it)."""
    killed_low: int = 0
    """The lowest death toll the story's sources allow (`killed` is never below it)."""
    killed_high: int = 0
    """The highest death toll the story's sources claim, ranges and disagreements included."""
    as_of: datetime | None = None
    """When the latest figure counted in the story's tallies was published."""


@dataclass(frozen=True, slots=True)
class CountryTally:
    """One country's tallies: the sum of its stories (see the module docstring)."""

    country: str | None
    killed: int
    injured: int
    civilians_killed: int
    killed_low: int = 0
    killed_high: int = 0


@dataclass(frozen=True, slots=True)
class StoryValue:
    """A story's tallies of both kinds, before stories are combined per country."""

    story: StoryTally
    killed: KindTally
    injured: KindTally

    @classmethod
    def of(cls, window: Sequence[TallyFigure], killed: KindTally, injured: KindTally) -> StoryValue:
        """`window`: the story's figures inside the window, any status."""
        window = sorted(window, key=lambda t: (t.published, t.id))
        first = window[0]
        countries = Counter(t.figure.country for t in window if t.figure.country)
        places = Counter(t.figure.place for t in window if t.figure.place)
        story = StoryTally(
            id=first.story_id,
            label=first.story_label,
            country=killed.country
            or injured.country
            or (countries.most_common(1)[0][0] if countries else None),
            place=killed.place
            or injured.place
            or (places.most_common(1)[0][0] if places else None),
            killed=killed.total[0],
            injured=injured.total[0],
            figure_ids=tuple(t.id for t in window),
            civilians_killed=killed.civilians,
            killed_low=killed.total[1],
            killed_high=killed.total[2],
            as_of=max((k.as_of for k in (killed, injured) if k.as_of), default=None),
        )
        return cls(story, killed, injured)


def _add(a: Triple, b: Triple) -> Triple:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _within(place: str | None, area: str | None, contains: PlaceContains) -> bool:
    """True when a story's place may lie in a toll's area (an unknown place may)."""
    if area is None or place is None or place.casefold() == area.casefold():
        return True
    return contains(area, place)


def _before(incident: KindTally, toll: KindTally) -> bool:
    """True when the incident was reported in time to be inside the toll (with an hour's grace
    for reports that lag the event)."""
    if incident.as_of is None or toll.as_of is None:
        return True
    return incident.as_of <= toll.as_of + REPORTING_LAG


def _country_kind(
    country: str | None,
    stories: Sequence[StoryValue],
    kind: str,
    verdicts: Verdicts,
    contains: PlaceContains,
) -> tuple[Triple, int]:
    """(value, civilians) of one kind for one country's stories; marks covered figures.

    Each area-wide toll, largest first, takes the other stories inside its area that were
    reported before it, and counts the larger of itself and their sum. Tolls for overlapping
    areas are one claim, not two. Stories of unknown country never cover one another: they may
    be from different wars.
    """

    def of(v: StoryValue) -> KindTally:
        return v.killed if kind == "killed" else v.injured

    def drop(v: StoryValue, reason: str) -> None:
        for i in of(v).counted:
            verdicts.drop(i, reason)

    broad = [v for v in stories if of(v).broad and country is not None]
    broad.sort(key=lambda v: (-of(v).total[0], v.story.id))
    broad_ids = {id(v) for v in broad}
    others = [v for v in stories if id(v) not in broad_ids]
    total, civilians = ZERO, 0
    taken: list[StoryValue] = []
    for b in broad:
        whole, rep = of(b), of(b).counted[0]
        area = whole.place
        over = next((t for t in taken if _within(area, of(t).place, contains)), None)
        over = over or next((t for t in taken if _within(of(t).place, area, contains)), None)
        if over is not None:
            drop(b, f"overlaps figure {of(over).counted[0]}")
            continue
        taken.append(b)
        parts = [
            v for v in others if _within(of(v).place, area, contains) and _before(of(v), whole)
        ]
        taken_ids = {id(v) for v in parts}
        others = [v for v in others if id(v) not in taken_ids]
        summed = ZERO
        for v in parts:
            summed = _add(summed, of(v).total)
        part_civilians = sum(of(v).civilians for v in parts)
        if whole.total[0] >= summed[0]:
            value = whole.total
            for v in parts:
                drop(v, f"part of figure {rep}")
        else:
            value = summed
            drop(b, "below the sum of the other stories in its area")
        total = _add(total, value)
        civilians += min(value[0], max(whole.civilians, part_civilians))
    for v in others:
        total = _add(total, of(v).total)
        civilians += of(v).civilians
    return total, min(total[0], civilians)


def combine(
    values: Sequence[StoryValue], verdicts: Verdicts, contains: PlaceContains
) -> list[CountryTally]:
    """Per-country tallies, largest death toll first."""
    by_country: dict[str | None, list[StoryValue]] = defaultdict(list)
    for v in values:
        by_country[v.story.country].append(v)
    out = []
    for country, stories in by_country.items():
        killed, civilians = _country_kind(country, stories, "killed", verdicts, contains)
        injured, _ = _country_kind(country, stories, "injured", verdicts, contains)
        if killed[0] == 0 and injured[0] == 0:
            continue
        out.append(CountryTally(country, killed[0], injured[0], civilians, killed[1], killed[2]))
    out.sort(key=lambda c: (-c.killed, -c.injured, c.country or "\uffff"))
    return out
