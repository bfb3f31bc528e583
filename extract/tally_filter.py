"""What a tally's `--place` and `--actor` name, the way an editor types them.

An editor asking for Gaza means the Gaza Strip and everything in it: "7 civilians killed in
Khan Younis" is a Gaza figure, and a Syria tally includes Raqqa's. Places are therefore matched
by containment in the gazetteer, not by spelling, and the name given is first resolved to the
gazetteer's own ("Gaza Strip" and "gaza" are "Gaza").

Actors are stored under their canonical names, so an alias ("RSF") is resolved through the actor
dictionary first. An alias that stands for several actors ("SNA": the Syrian National Army and
the Somali National Army) names them all; `known` callers can tell the editor to pick one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.actors import ActorDictionary
    from extract.scope import PlaceContains

__all__ = ["actor_names", "area_filter", "canonical_place"]


def canonical_place(name: str) -> str | None:
    """The gazetteer's name for a place or country ("Gaza Strip" -> "Gaza"), or None.

    Our own list answers first, so a conflict-zone name never resolves to a far-away namesake;
    the towns are loaded only for a name our list does not know.
    """
    from extract.gazetteer import curated, gazetteer  # the writer, which never asks, skips it

    place = curated().lookup(name) or gazetteer().lookup(name)
    return place.name if place is not None else None


def area_filter(area: str, contains: PlaceContains) -> Callable[[str | None, str | None], bool]:
    """`keep(place, country)`: True for a figure inside `area` (a canonical place name).

    A figure is inside when its place is the area or lies in it, or when its country is the
    area. A figure without a place is not inside a region or a town: it may be anywhere in
    its country, and a filtered tally must not claim it.
    """
    folded = area.casefold()
    inside: dict[str, bool] = {}

    def keep(place: str | None, country: str | None) -> bool:
        if place is not None:
            found = inside.get(place)
            if found is None:
                found = inside[place] = place.casefold() == folded or contains(area, place)
            if found:
                return True
        return country is not None and country.casefold() == folded

    return keep


def actor_names(name: str, dictionary: ActorDictionary | None = None) -> tuple[str, ...]:
    """The canonical actors `name` may stand for, sorted; () when the dictionary has none.

    A canonical name stands for itself (in any case); an alias for the actors it is listed
    under. A context word ("the paramilitary") counts only when it can mean a single actor:
    "the army" is a different army in every country.
    """
    if dictionary is None:
        from extract.actors import ActorDictionary  # the writer, which never asks, skips it

        dictionary = ActorDictionary.default()
    actors = dictionary
    if name in actors.entries:
        return (name,)
    folded = name.casefold()
    exact = sorted(n for n in actors.entries if n.casefold() == folded)
    if exact:
        return tuple(exact)
    refs = actors.index.get(name)
    direct = sorted({r.actor for r in refs if r.context is None})
    if direct:
        return tuple(direct)
    in_context = sorted({r.actor for r in refs})
    return tuple(in_context) if len(in_context) == 1 else ()
