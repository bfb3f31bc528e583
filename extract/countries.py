"""Country names and demonyms: which countries a text is about, without loading the gazetteer.

Both actor resolution ("the army" means the Sudanese army in a text about Sudan) and place
disambiguation ("Homs" in a text about Syria) need to know the countries a text names. That
only takes the small bundled `countries.yaml`, so it lives apart from the town gazetteer and
costs nothing to load.

Loading is also the place for two rules every bundled dictionary follows. The YAML files are
the source people edit, but a pure-Python YAML parser takes most of a second over them, paid
by every process; so each ships with a JSON copy (written by `extract.build_gazetteer`) that
is used only while it carries the hash of the YAML text it was made from, and an edited YAML
file is simply parsed again. And every lazy table is built under a lock (`once`), because the
poller and the dashboard extract in several threads at once and each would otherwise build
its own copy on first use.
"""

from __future__ import annotations

import gc
import hashlib
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any, Generic, TypeVar

from extract.namematch import NameIndex, Tokens

R = TypeVar("R")


class Once(Generic[R]):
    """`build()` computed on the first call and shared by every thread from then on.

    Unlike `functools.cache`, threads that ask while the first is still building wait for
    its result instead of building their own (double-checked, so later calls take no lock).
    """

    def __init__(self, build: Callable[[], R]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._done: list[R] = []
        self.__doc__ = build.__doc__
        self.__name__ = build.__name__

    def __call__(self) -> R:
        if not self._done:
            with self._lock:
                if not self._done:
                    with _collector_paused():
                        self._done.append(self._build())
        return self._done[0]

    @property
    def loaded(self) -> bool:
        """Whether the value has been built in this process."""
        return bool(self._done)


def once(build: Callable[[], R]) -> Once[R]:
    """Decorator: a lazily built, thread-safe shared value (see `Once`)."""
    return Once(build)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector while a table is built, if it was running.

    A table is tens of thousands of small tuples without cycles; the collector would walk
    them again and again while they are made, which costs a third of the loading time.
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def source_hash(text: str) -> str:
    """The hash a compiled copy records of the YAML text it was made from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_data_text(filename: str) -> str | None:
    """The text of one file in `extract/data` (package data, so it works installed)."""
    path = resources.files("extract").joinpath("data", filename)
    return path.read_text(encoding="utf-8") if path.is_file() else None


def parse_yaml(text: str) -> Any:
    """Parse YAML text; ruamel is imported here so that the common path never loads it."""
    from ruamel.yaml import YAML  # only when a compiled copy is stale

    return YAML(typ="safe").load(text)


def load_data(filename: str) -> Any:
    """One bundled YAML file, read from its compiled JSON copy while that is up to date."""
    text = read_data_text(filename)
    if text is None:
        raise FileNotFoundError(f"extract/data/{filename} is missing")
    return decode_data(text, read_data_text(filename.removesuffix(".yaml") + ".json"))


def decode_data(yaml_text: str, compiled: str | None) -> Any:
    """The data of a YAML text: from its compiled copy if that was made from this very text."""
    if compiled is not None:
        copy = json.loads(compiled)
        if isinstance(copy, dict) and copy.get("source_sha256") == source_hash(yaml_text):
            return copy["data"]
    return parse_yaml(yaml_text)


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
        text = toks.text
        for hit in self.index.scan(toks):
            if after_lake(text, hit.start):
                continue  # "the shores of Lake Chad": a lake four countries share
            ref = hit.values[0]
            yield ref.country, ref.demonym, hit.start, hit.end


@once
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


def after_lake(text: str, start: int) -> bool:
    """A name at `start` told after "Lake" ("on the shores of Lake Chad"): the lake's, which
    several countries may share, not the country or town of its name."""
    return text.endswith("Lake ", 0, start)


def rank(counts: Mapping[str, float], first: Mapping[str, int]) -> tuple[str, ...]:
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
