"""The scope of a casualty figure, and how two scopes relate.

A figure counts a kind of harm (killed or injured) done to a group of victims, in a place, over a
period. Two figures can only be added when their scopes are *disjoint*: "277 people killed" and
"20 civilians killed" in the same incident are one claim and a part of it, not 297 deaths. The
tally rules therefore ask three questions of every pair of figures, answered here:

- `same_scope`: the two measure the same thing (a series of values, or a disagreement);
- `is_part`: one lies strictly inside the other (parts never add to their whole);
- `disjoint`: they cannot share a single victim, so adding them is safe.

Unknown is never disjoint: a figure that does not say where it happened may be about the same
place as its neighbours. It is read as the wider figure - the whole country, of which a figure
naming a town is a part - so the two never add, and never pass for two values of one series.
That errs on the side of counting less, which is the side editors can defend.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache
from typing import Protocol

PlaceContains = Callable[[str, str], bool]
"""`contains(outer, inner)`: True when place `inner` lies within place `outer`."""

PERIOD_SLACK = timedelta(hours=36)
"""Period starts closer than this are the same period: "since Wednesday" resolved by two outlets
in different time zones, or "since October 7" against "since October"."""

CIVILIAN_VICTIMS = frozenset(
    {"civilians", "children", "women", "aid workers", "journalists", "medics"}
)
"""Victim groups that are civilians: the civilian part of a death toll."""

COMBATANTS = frozenset({"fighters", "militants", "soldiers", "police"})

_CONTAINS: dict[str, frozenset[str]] = {
    "civilians": CIVILIAN_VICTIMS - {"civilians"},
}

# Pairs of groups that cannot share a member. Anything not listed may overlap: a journalist may
# be a woman, a prisoner may be anyone, "fighters" covers militias on either side.
_DISJOINT: frozenset[frozenset[str]] = frozenset(
    {frozenset({civ, com}) for civ in CIVILIAN_VICTIMS for com in COMBATANTS}
    | {
        frozenset({"children", adult})
        for adult in ("women", "aid workers", "journalists", "medics")
    }
    | {frozenset({"journalists", other}) for other in ("aid workers", "medics")}
    | {
        frozenset({"soldiers", "police"}),
        frozenset({"soldiers", "militants"}),
        frozenset({"police", "militants"}),
    }
)


class Scoped(Protocol):
    """Anything with a figure's scope fields (a `Figure`, or a series' merged scope)."""

    @property
    def kind(self) -> str: ...
    @property
    def victims(self) -> str: ...
    @property
    def country(self) -> str | None: ...
    @property
    def place(self) -> str | None: ...
    @property
    def period_start(self) -> datetime | None: ...


@cache
def _gazetteer_contains() -> PlaceContains | None:
    try:
        module = importlib.import_module("extract.places")
    except ImportError:
        return None
    found: PlaceContains | None = getattr(module, "contains", None)
    return found


def default_contains(outer: str, inner: str) -> bool:
    """Place containment from the gazetteer when it is available, else plain equality.

    Looked up lazily so that scope rules work (conservatively) without the gazetteer loaded.
    """
    contains = _gazetteer_contains()
    if contains is None:
        return outer.casefold() == inner.casefold()
    return bool(contains(outer, inner))


def victims_within(part: str, whole: str) -> bool:
    """True when every victim of group `part` also belongs to group `whole`."""
    return part == whole or whole == "people" or part in _CONTAINS.get(whole, frozenset())


def victims_disjoint(a: str, b: str) -> bool:
    """True when no one can belong to both groups."""
    return frozenset({a, b}) in _DISJOINT


def _same_place(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def place_within(part: Scoped, whole: Scoped, contains: PlaceContains = default_contains) -> bool:
    """True when `part`'s place lies inside `whole`'s: a figure that names no place covers its
    whole country, so every place lies inside it, and it lies inside no named place."""
    if part.country and whole.country and part.country != whole.country:
        return False
    if whole.place is None:
        return True
    if part.place is None:
        return False
    return _same_place(part.place, whole.place) or contains(whole.place, part.place)


def same_area(a: Scoped, b: Scoped, contains: PlaceContains) -> bool:
    """Both name no place, or both name one place (or each other's)."""
    if (a.place is None) != (b.place is None):
        return False
    return place_within(a, b, contains) and place_within(b, a, contains)


def places_disjoint(a: Scoped, b: Scoped, contains: PlaceContains = default_contains) -> bool:
    """True when the two places are known and neither lies within the other."""
    if a.country and b.country and a.country != b.country:
        return True
    if a.place is None or b.place is None or _same_place(a.place, b.place):
        return False
    return not (contains(a.place, b.place) or contains(b.place, a.place))


def period_within(part: Scoped, whole: Scoped) -> bool:
    """True when `part`'s period may lie inside `whole`'s (a missing start matches anything)."""
    if part.period_start is None or whole.period_start is None:
        return True
    return part.period_start >= whole.period_start - PERIOD_SLACK


def same_scope(a: Scoped, b: Scoped, contains: PlaceContains = default_contains) -> bool:
    """True when both figures measure the same thing: values of one series, or a disagreement."""
    return (
        a.kind == b.kind
        and a.victims == b.victims
        and same_area(a, b, contains)
        and period_within(a, b)
        and period_within(b, a)
    )


def is_part(part: Scoped, whole: Scoped, contains: PlaceContains = default_contains) -> bool:
    """True when `part`'s scope lies strictly inside `whole`'s: narrower victims and/or place.

    "20 civilians killed" is part of "277 people killed" in the same incident; "12 killed in
    Ariha" is part of "30 killed across Idlib province", and "nine killed at a service station
    in Zaporizhzhia" of "11 killed across Ukraine". A narrower group of victims whose place is
    not written is taken to be of the whole's place ("over 20 civilians" of "277 killed in
    Aleppo"). Same-scope figures are not parts.
    """
    if part.kind != whole.kind or not victims_within(part.victims, whole.victims):
        return False
    narrower = part.victims != whole.victims
    inside = place_within(part, whole, contains) or (
        narrower
        and part.place is None
        and not (part.country and whole.country and part.country != whole.country)
    )
    return inside and period_within(part, whole) and not same_scope(part, whole, contains)


def disjoint(a: Scoped, b: Scoped, contains: PlaceContains = default_contains) -> bool:
    """True when no death or injury can be in both figures, so their counts may be added."""
    return (
        a.kind != b.kind
        or victims_disjoint(a.victims, b.victims)
        or places_disjoint(a, b, contains)
    )
