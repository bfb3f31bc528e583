"""Country names and demonyms: which countries a text is about, without loading the gazetteer.

Both actor resolution ("the army" means the Sudanese army in a text about Sudan) and place
disambiguation ("Homs" in a text about Syria) need to know the countries a text names. That
only takes the small bundled `countries.yaml`, so it lives apart from the town gazetteer and
costs nothing to load.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML

from extract.namematch import NameIndex, Tokens


def load_data(filename: str) -> Any:
    """Parse one bundled YAML file from `extract/data` (package data, so it works installed)."""
    text = resources.files("extract").joinpath("data", filename).read_text(encoding="utf-8")
    return YAML(typ="safe").load(text)


@dataclass(frozen=True, slots=True)
class Country:
    """A country by its English short name, with the other names a text may use for it."""

    name: str
    iso: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CountryRef:
    """One way of naming a country in text: its name or alias, or a demonym (not a place)."""

    country: str
    demonym: bool


class CountryTable:
    """The bundled countries, indexed by name, ISO code, alias and demonym."""

    def __init__(self, countries: list[Country]) -> None:
        self.by_name = {c.name: c for c in countries}
        self.by_iso = {c.iso: c for c in countries}
        self.index: NameIndex[CountryRef] = NameIndex()
        for c in countries:
            for name in (c.name, *c.aliases):
                self.index.add(name, CountryRef(c.name, demonym=False))
            for demonym in c.demonyms:
                self.index.add(demonym, CountryRef(c.name, demonym=True))

    def canonical(self, name: str) -> str | None:
        """The short name for any name, alias or demonym of a country ("Syrian" -> "Syria")."""
        refs = self.index.get(name)
        return refs[0].country if refs else None

    def scan(self, toks: Tokens) -> Iterator[tuple[str, bool, int, int]]:
        """(country, is_demonym, start, end) for every country name or demonym in the text."""
        for hit in self.index.scan(toks):
            ref = hit.values[0]
            yield ref.country, ref.demonym, hit.start, hit.end


@cache
def country_table() -> CountryTable:
    """The bundled country table, loaded once per process."""
    rows = load_data("countries.yaml")["countries"]
    countries = [
        Country(
            name=str(row["name"]),
            iso=str(row["iso"]),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            aliases=tuple(str(a) for a in row.get("aliases", ())),
            demonyms=tuple(str(d) for d in row.get("demonyms", ())),
        )
        for row in rows
    ]
    return CountryTable(countries)


def rank(counts: dict[str, int], first: dict[str, int]) -> tuple[str, ...]:
    """Keys by count, most first, ties broken by first appearance in the text."""
    return tuple(sorted(counts, key=lambda k: (-counts[k], first[k])))


def countries_named(text: str | Tokens) -> tuple[str, ...]:
    """Countries named in a text by name or demonym, most mentioned first.

    A light version of `extract.places.countries_in` that does not load the gazetteer: towns
    do not count here, only the country's own names.
    """
    toks = text if isinstance(text, Tokens) else Tokens.of(text)
    memo = toks.memo.get("countries_named")
    if isinstance(memo, tuple):
        return memo
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for country, _demonym, start, _end in country_table().scan(toks):
        counts[country] = counts.get(country, 0) + 1
        first.setdefault(country, start)
    named = rank(counts, first)
    toks.memo["countries_named"] = named
    return named
