"""What `sitrep check` finds beyond the schema: alert rules naming places that do not exist.

A rule watching `place: Gazza` or `country: Narnia` is valid YAML and a valid rule, and it
would never fire. The names are looked up in the same gazetteer as `sitrep tally --place`
(`extract.tally_filter.canonical_place`), so a name that check accepts is one the tally
filters on.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from extract.countries import country_table
from extract.gazetteer import curated
from extract.tally_filter import canonical_place
from ingest.config import Config, ConfigError, key_line


def _suggestion(name: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.75)
    if not close:
        folded = {c.casefold(): c for c in candidates}
        close = [folded[c] for c in difflib.get_close_matches(name.casefold(), folded, n=1)]
    return f" (did you mean '{close[0]}'?)" if close else ""


def alert_place_problems(config: Config, path: Path) -> list[str]:
    """`file:line: message` for every alert rule naming an unknown place or country."""
    problems: list[str] = []
    for index, rule in enumerate(config.alerts):
        found: str | None = None
        message = ""
        if rule.place is not None and canonical_place(rule.place) is None:
            places = sorted({*curated().by_name, *country_table().by_name})
            message = f"unknown place '{rule.place}'{_suggestion(rule.place, places)}"
            found = "place"
        if rule.country is not None and found is None:
            canonical = canonical_place(rule.country)
            if canonical is None:
                hint = _suggestion(rule.country, sorted(country_table().by_name))
                message = f"unknown country '{rule.country}'{hint}"
                found = "country"
            elif canonical not in country_table().by_name:
                message = f"'{rule.country}' is a place, not a country"
                found = "country"
        if found is not None:
            line = key_line(path, ("alerts", index, found))
            error = ConfigError(f"alert '{rule.name}': {message}", path=path, line=line)
            problems.append(str(error))
    return problems
