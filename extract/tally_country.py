"""Stories add up per country; the total is the sum of the countries.

Rule 6: figures from distinct stories (different incident or place) add up, per country - a sum
across unrelated wars means nothing, so the top-level total is only ever the sum of per-country
tallies. One exception keeps this conservative: a country-wide running toll ("the ministry says
the toll rose by 80 in the past day") already contains that day's incidents, which are stories of
their own. When a country has such a toll, the country counts the larger of the toll and the sum
of its other stories, never both.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.tally_story import KindTally, Verdicts
from extract.tally_tree import ZERO, Triple

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
            figure_ids=tuple(t.id for t in sorted(window, key=lambda t: (t.published, t.id))),
        )
        return cls(story, killed, injured)


def _add(a: Triple, b: Triple) -> Triple:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _country_kind(
    country: str | None, stories: Sequence[StoryValue], kind: str, verdicts: Verdicts
) -> tuple[Triple, int]:
    """(value, civilians) of one kind for one country's stories; marks covered figures.

    Stories of unknown country never cover one another: they may be from different wars.
    """

    def of(v: StoryValue) -> KindTally:
        return v.killed if kind == "killed" else v.injured

    broad = [v for v in stories if of(v).broad and country is not None]
    others = [v for v in stories if not any(v is b for b in broad)]
    summed = ZERO
    for v in others:
        summed = _add(summed, of(v).total)
    civilians = max([of(v).civilians for v in broad] + [sum(of(v).civilians for v in others)])
    if not broad:
        return summed, min(summed[0], civilians)
    widest = max(broad, key=lambda v: (of(v).total[0], -v.story.id))
    whole = of(widest)
    if whole.total[0] >= summed[0]:
        for v in broad:
            if v is not widest:
                for i in of(v).counted:
                    verdicts.drop(i, f"overlaps figure {whole.counted[0]}")
        for v in others:
            for i in of(v).counted:
                verdicts.drop(i, f"part of figure {whole.counted[0]}")
        return whole.total, min(whole.total[0], civilians)
    for v in broad:
        for i in of(v).counted:
            verdicts.drop(i, "below the sum of the country's other stories")
    return summed, min(summed[0], civilians)


def combine(values: Sequence[StoryValue], verdicts: Verdicts) -> list[CountryTally]:
    """Per-country tallies, largest death toll first."""
    by_country: dict[str | None, list[StoryValue]] = defaultdict(list)
    for v in values:
        by_country[v.story.country].append(v)
    out = []
    for country, stories in by_country.items():
        killed, civilians = _country_kind(country, stories, "killed", verdicts)
        injured, _ = _country_kind(country, stories, "injured", verdicts)
        if killed[0] == 0 and injured[0] == 0:
            continue
        out.append(CountryTally(country, killed[0], injured[0], civilians, killed[1], killed[2]))
    out.sort(key=lambda c: (-c.killed, -c.injured, c.country or "\uffff"))
    return out
