"""Where a tally's places lie: coordinates for the dashboard's map.

The map draws the events of a tally (`extract.tally.Tally.events`) at their place, so it needs
coordinates for (place, country) pairs, never new numbers. A place is looked up where it is
cheapest and most certain first:

1. the bundled places and countries (`extract.gazetteer.curated`, loaded in a fraction of a
   second), when the entry lies in the event's country;
2. the coordinates the extractor stored when it read the place in an item (`place_mentions`,
   the same ones `sitrep places --json` and the export give), latest first;
3. the full gazetteer with geonames' towns (half a second to load, once per process).

An event without a place sits at its country's centre (`precision` "country"). A place none of
these know is None: the map says how many deaths it could not place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from extract.gazetteer import Place, curated, gazetteer
from storage.db import Storage

PlaceKey = tuple[str | None, str | None]
"""(place, country) as an event of the tally names them."""


@dataclass(frozen=True, slots=True)
class Point:
    lat: float
    lon: float
    precision: str
    """"city", "region" or "country" (the centre of the country: no place was named)."""


def _usable(found: Place | None, country: str | None) -> Point | None:
    if found is None or found.lat is None or found.lon is None:
        return None
    if country is not None and found.country is not None and found.country != country:
        return None
    return Point(found.lat, found.lon, found.kind)


def _stored(store: Storage, place: str, country: str | None) -> Point | None:
    row = store.execute(
        """SELECT lat, lon, place_kind FROM place_mentions
           WHERE place = ? AND (country = ? OR ? IS NULL) AND lat IS NOT NULL
           AND lon IS NOT NULL ORDER BY effective DESC LIMIT 1""",
        (place, country, country),
    ).fetchone()
    if row is None:
        return None
    return Point(float(row[0]), float(row[1]), str(row[2] or "city"))


def country_point(country: str) -> Point | None:
    """The centre of a country (the bundled one, else its capital's)."""
    found = _usable(curated().lookup(country), None)
    if found is None:
        found = _usable(gazetteer().lookup(country), None)
    return Point(found.lat, found.lon, "country") if found is not None else None


def locate(store: Storage | None, keys: Iterable[PlaceKey]) -> dict[PlaceKey, Point | None]:
    """Coordinates for each (place, country), or None where no source knows the place.

    `store` may be None (no database yet): the gazetteer alone answers then.
    """
    found: dict[PlaceKey, Point | None] = {}
    for key in keys:
        place, country = key
        if place is None:
            found[key] = country_point(country) if country is not None else None
            continue
        point = _usable(curated().lookup(place), country)
        if point is None and store is not None:
            point = _stored(store, place, country)
        if point is None:
            point = _usable(gazetteer().lookup(place), country)
        found[key] = point
    return found


def country_of(name: str) -> str | None:
    """The country a place filter names or lies in ("Idlib" -> "Syria", "Sudan" -> "Sudan"):
    what the map zooms to."""
    found = curated().lookup(name)
    return found.country if found is not None else None
