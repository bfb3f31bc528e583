"""Headline English drops the article: "Journalist shot dead in ..." is one victim.

Every headline is our own, in the style of wire and live-blog headlines; each test gives the
totals a desk editor would quote.
"""

from __future__ import annotations

import pytest

from extract.api import extract
from tests.extract.desk import PUBLISHED, totals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Journalist shot dead in Culiacan, Sinaloa", (1, 0)),
        ("Palestinian teen killed by Israeli fire near Tubas", (1, 0)),
        ("Soldier killed, two wounded in attack on checkpoint near Bannu", (1, 2)),
        ("Prominent clan elder killed in Baidoa roadside blast", (1, 0)),
        ("Police officer stabbed to death in Peshawar attack", (1, 0)),
        ("Village chief abducted and killed by gunmen in Djugu", (1, 0)),
        ("Kharkiv live: Rescuer killed as second drone hits the site", (1, 0)),
        ("Rebel Commander Shot Dead In Army Operation Near Cotabato", (1, 0)),
    ],
)
def test_a_bare_singular_victim_before_a_passive_death_is_one(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drone strike kills farmer in Zaporizhzhia region", (1, 0)),
        ("Airstrike kills paramedic in southern Lebanon", (1, 0)),
        ("Shelling kills woman, two children in Kherson", (3, 0)),
        ("Gunmen kill teacher outside school in Maiduguri", (1, 0)),
    ],
)
def test_a_bare_singular_victim_after_kills_is_one(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Soldiers killed in Donetsk as fighting intensifies", 0),  # plural, no number
        ("Police killed in clashes with protesters", 0),  # a collective is never one person
        ("Gunman killed three worshippers at a mosque in Herat", 3),  # active, with its object
        ("Commander killed the prisoners, witnesses say", 0),
        ("Teacher killed in 2014 school attack remembered", 0),  # recalled, not news
    ],
)
def test_what_is_not_a_bare_singular_victim(text: str, killed: int) -> None:
    assert extract(text, published=PUBLISHED).killed == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Strike on Jabalia home kills family of seven, civil defence says", 7),
        ("Town mayor shot dead days after taking office in Guerrero", 1),
    ],
)
def test_headline_families_and_time_after_the_verb(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


def test_a_headline_after_a_bar_separator() -> None:
    assert totals("Regime soldier killed | Clashes cut the M5 highway near Saraqeb")[0] == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six soldiers and the attacker dead after car bomb rams checkpoint in Beledweyne", (7, 0)),
        ("Two policemen and the gunman were killed in the shootout in Peshawar.", (3, 0)),
        ("Three civilians and the driver were wounded when the mine exploded.", (0, 4)),
        ("The soldiers and the attacker were killed.", (1, 0)),  # how many soldiers: not said
    ],
)
def test_the_last_member_of_a_listed_subject_with_the(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected
