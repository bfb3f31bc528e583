"""Victim phrases by class: group nouns, lists, named people, singular victims and idioms.

Every sentence is our own, written in the style of wire copy and conflict-data event notes;
each test gives the exact death and injury totals a desk editor would quote.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract.api import extract

PUBLISHED = datetime(2024, 12, 5, 12, 0, tzinfo=UTC)


def totals(text: str) -> tuple[int, int]:
    ex = extract(text, published=PUBLISHED)
    return ex.killed, ex.injured


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine members of a family were killed in an overnight strike on Rafah.", (9, 0)),
        ("Four members of a vigilante group died in the ambush near Gusau.", (4, 0)),
        ("Six members of the same clan were shot dead at a market in Jonglei.", (6, 0)),
        ("Three more of its employees were killed on Monday, the agency said.", (3, 0)),
        ("Two more people were killed when the second drone hit the crowd.", (2, 0)),
        ("Five of the wounded later died in hospital.", (5, 0)),
        ("Twelve relatives of the militia leader were killed in the bombing.", (12, 0)),
        ("The shelling killed eleven members of one family in Kherson.", (11, 0)),
    ],
)
def test_numbers_that_quantify_a_group_noun(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman and three children were among those killed in the strike.", (4, 0)),
        ("Three rebels and a police officer were killed in the fighting.", (4, 0)),
        ("A soldier and two civilians were killed by shelling in Toretsk.", (3, 0)),
        ("Two women, a child and an elderly man were killed when the shell landed.", (4, 0)),
        ("A paramedic and a journalist were killed in the double-tap strike.", (2, 0)),
        ("A father and his two sons were shot dead at a checkpoint near Kidal.", (3, 0)),
        ("A woman and her son were killed when a mortar round hit their home.", (2, 0)),
        ("Gunmen killed two herders and a teenage boy near Bokkos.", (3, 0)),
    ],
)
def test_enumerated_victims_add_up(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_listed_victim_among_a_larger_count_is_a_part() -> None:
    text = (
        "A strike on the camp killed 14 people. A nurse and two children were among those killed."
    )
    assert totals(text) == (14, 0)
