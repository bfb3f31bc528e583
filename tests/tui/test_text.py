"""Small pieces of what the panels print: short feed names and an actor's change."""

from __future__ import annotations

from typing import Any

import pytest

from tui.data import mark_new_actors
from tui.text import change_text, short_names


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            ["DEMO - Northern Desk Wire (synthetic)", "DEMO - Coastal Strip Bulletin (synthetic)"],
            ["Northern Desk Wire", "Coastal Strip Bulletin"],
        ),
        (["Reuters: World", "Reuters: Africa"], ["World", "Africa"]),
        (["BBC World", "BBC Africa"], ["BBC World", "BBC Africa"]),  # no separator: kept
        (["Desk - A", "Wire - B"], ["Desk - A", "Wire - B"]),  # prefixes differ
        (["Only - one feed"], ["Only - one feed"]),
        (["X - Wire (a)", "X - Wire (b)"], ["Wire (a)", "Wire (b)"]),  # must stay distinct
        (["X - A", "X - A", "X - B"], ["A", "A", "B"]),
    ],
)
def test_short_names_drop_only_what_every_feed_shares(
    names: list[str], expected: list[str]
) -> None:
    short = short_names(names)
    assert [short[n] for n in names] == expected


def actor(mentions: int, change: float) -> dict[str, Any]:
    return {"actor": "Hamas", "mentions": mentions, "change": change}


def test_an_actor_is_new_only_when_the_previous_window_had_no_mentions() -> None:
    since = 1_000_000.0
    rows = [actor(12, 12.0), actor(12, 11.0), actor(2, 1.0), actor(1, 0.0), actor(3, -0.25)]
    #        previous 0        previous 1      previous 1     previous 1    previous 4
    assert [a["new"] for a in mark_new_actors(rows, since)] == [True, False, False, False, False]
    assert [a["new"] for a in mark_new_actors([actor(5, 0.0)], None)] == [False]


def test_change_reads_new_or_a_signed_percentage() -> None:
    assert change_text(12.0, new=True).plain == "new"
    assert change_text(11.0).plain == "+1100%"
    assert change_text(-0.25).plain == "-25%"
    assert change_text(0.0).plain == "="
