"""Places the parse worker looked up answer as the writer's own gazetteer would."""

from __future__ import annotations

from itertools import product

from extract import events
from extract.gazetteer import contains, curated, gazetteer
from storage.stories import _contains

NAMES = [
    "Ukraine",
    "Russia",
    "Syria",
    "Kharkiv",
    "Rivne",
    "Simferopol",
    "Darnytsya",
    "Darfur",
    "El Fasher",
    "Gaza",
    "Khan Younis",
    "Idlib",
    "Nowhere Town",
]


def test_looked_up_places_answer_as_the_gazetteer() -> None:
    told = [(n, curated().lookup(n) or gazetteer().lookup(n)) for n in NAMES]
    saved = dict(events._LOOKED_UP)
    events.looked_up(told)
    try:
        for name in NAMES:
            expected = curated().lookup(name) or gazetteer().lookup(name)
            assert events.lookup(name) == expected
        for outer, inner in product(NAMES, NAMES):
            assert _contains(outer, inner) == contains(outer, inner), (outer, inner)
    finally:
        events._LOOKED_UP.clear()
        events._LOOKED_UP.update(saved)


def test_places_not_told_of_are_looked_up_here() -> None:
    for outer, inner in product(NAMES, NAMES):
        assert _contains(outer, inner) == contains(outer, inner), (outer, inner)
