"""Small pieces of what the panels print: short feed names and an actor's change."""

from __future__ import annotations

import pytest

from storage.records import ActorActivity
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


def actor(mentions: int, previous: int | None) -> ActorActivity:
    change = 0.0 if previous is None else (mentions - previous) / max(previous, 1)
    return ActorActivity("Hamas", None, None, mentions, mentions, None, (), 1, change, previous)


def test_an_actor_is_new_only_when_the_previous_window_had_no_mentions() -> None:
    rows = [actor(12, 0), actor(12, 1), actor(2, 1), actor(1, 1), actor(3, 4)]
    assert [a.new for a in rows] == [True, False, False, False, False]
    assert [a.new for a in [actor(5, None)]] == [False]  # all time: nothing before it


def test_change_reads_new_or_a_signed_percentage() -> None:
    assert change_text(12.0, new=True).plain == "new"
    assert change_text(11.0).plain == "+1100%"
    assert change_text(-0.25).plain == "-25%"
    assert change_text(0.0).plain == "="
