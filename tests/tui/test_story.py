"""A story's toll over time: Enter on a tally row charts its reports, its counted line and the
range where sources disagree, with long-run tolls apart; the figures list stays one key away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from storage.db import Storage
from storage.timeline import story_timeline
from tests.feedserver import FeedServer
from tests.tui.conftest import dashboard, loaded, screen_text, until
from tests.tui.scenario import NOW, World, ago, make_world
from tui.app import SitrepApp
from tui.screens.detail import EventScreen, TallyScreen
from tui.screens.story import StoryScreen
from tui.widgets.chart import TollChart
from tui.widgets.tallies import TallyPanel

Snap = Callable[..., bool]

IDLIB_21: dict[str, Any] = {
    "title": "Air strike on Idlib market kills 21, civil defence says",
    "guid": "two-9",
    "link": "https://wire-two.test/idlib-21",
    "description": "Rescuers said 21 people were killed in the strike on the Idlib market.",
    "pubDate": ago(1.5),
}
"""Another source, half an hour after Wire One's 18, with no word of a rise: they disagree."""
WAR_TOLL: dict[str, Any] = {
    "title": "Syria's war has killed more than 500,000 people since 2011, monitor says",
    "guid": "two-10",
    "link": "https://wire-two.test/war",
    "description": "The toll of the war.",
    "pubDate": ago(4),
}
"""A long-run toll: context, never added."""


@pytest.fixture
def story_world(feed_server: FeedServer, tmp_path: Path) -> World:
    world = make_world(feed_server, tmp_path)
    world.serve(extra=[IDLIB_21, WAR_TOLL])
    world.poll()
    return world


def story(app: SitrepApp) -> StoryScreen:
    assert isinstance(app.screen, StoryScreen)
    return app.screen


async def open_row(app: SitrepApp, pilot: Pilot[None], key: str) -> None:
    """Enter on the tally row `key` ("event:1", "country:Sudan", "context:11")."""
    await loaded(pilot, app)
    await pilot.press("2")
    panel = app.dashboard.query_one(TallyPanel)
    await until(pilot, lambda: app.focused is panel.table and key in panel.rows)
    panel.table.move_cursor(row=list(panel.rows).index(key))
    await pilot.press("enter")


async def open_story(app: SitrepApp, pilot: Pilot[None], key: str = "event:1") -> StoryScreen:
    await open_row(app, pilot, key)
    await until(pilot, lambda: isinstance(app.screen, StoryScreen))
    await until(pilot, lambda: story(app).timeline is not None)
    await pilot.pause()
    return story(app)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_chart_ends_on_the_tally_s_number(
    story_world: World, size: tuple[int, int]
) -> None:
    app = dashboard(story_world)
    async with app.run_test(size=size) as pilot:
        screen = await open_story(app, pilot)
        row = screen.row
        timeline = screen.timeline
        assert timeline is not None
        with Storage.open(story_world.db_path, readonly=True) as store:
            again = story_timeline(store, 1, now=NOW)
        assert again is not None
        # the line is `sitrep story`'s, and ends on the tally row's number and range
        assert [(s.value, s.low, s.high) for s in timeline.killed] == [
            (s.value, s.low, s.high) for s in again.killed
        ]
        assert [s.value for s in timeline.killed] == [11, 14, 18, 18]
        assert timeline.killed[-1].value == row.killed == timeline.event.killed == 18
        assert (
            (timeline.killed[-1].low, timeline.killed[-1].high) == (18, row.killed_high) == (18, 21)
        )
        # a point per report (a headline and its summary are one report)
        assert [(p.value, p.outlet, p.counted) for p in screen.points] == [
            (11, "Wire One", False),
            (14, "Wire Two", False),
            (18, "Wire One", True),
            (21, "Wire Two", False),
        ]
        text = screen_text(app)
        assert (
            "Idlib, Syria · incident · tally 18 killed · all time 18 killed (sources 18-21)" in text
        )
        assert "Killed over time · 4 reports from 2 outlets" in text
        assert "18-21" in text.split("Killed over time")[1]  # the range, on the chart
        assert "18 Wire One" in text  # the highlighted report: the counted one
        assert "● 18 killed · SOHR via Wire One · 12:00 · figure 4\n   counted" in text
        for label in ("11", "14", "21"):
            assert f"{label}" in text
        assert "Long-run tolls" not in text  # this incident has none


async def test_arrows_walk_the_reports_and_f_opens_the_figures(story_world: World) -> None:
    app = dashboard(story_world)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_story(app, pilot)

        def info() -> str:
            return " ".join(str(screen.query_one("#story-point").render()).split())

        await pilot.press("right")
        assert info() == (
            "○ 21 killed · civil defence via Wire Two · 12:30 · figure 9 "
            "disagrees with figure 4: lower value tallied"
        )
        await pilot.press("right")  # the last report: stays
        assert info().startswith("○ 21 killed")
        await pilot.press("left", "left")
        assert info() == "○ 14 killed · SOHR via Wire Two · 11:00 · figure 5 repeat of figure 6"
        await pilot.press("left", "left")
        assert info() == "○ 11 killed · SOHR via Wire One · 09:00 · figure 1 repeat of figure 2"
        await pilot.press("i")  # no injuries reported: the chart stays on the dead
        assert screen.kind == "killed"

        await pilot.press("f")  # the figures and sentences behind the row, as before
        await until(pilot, lambda: isinstance(app.screen, TallyScreen))
        tally = app.screen
        assert isinstance(tally, TallyScreen)
        assert {f.source.id for f in tally.figures()} == set(screen.row.figure_ids)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)

        await pilot.press("enter")  # the highlighted report's item
        await until(pilot, lambda: isinstance(app.screen, EventScreen))
        item = app.screen
        assert isinstance(item, EventScreen)
        assert item.item_id == screen.current().figure.source.item_id  # type: ignore[union-attr]


async def test_a_long_run_toll_is_charted_apart_and_never_added(story_world: World) -> None:
    app = dashboard(story_world)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_story(app, pilot, "context:11")
        assert screen.timeline is not None and screen.timeline.kind == "long"
        assert screen.timeline.killed == ()  # no counted line
        assert [(p.value, p.context) for p in screen.points] == [(500_000, True)]
        text = screen_text(app)
        assert "Syria · long-run toll · context: shown beside the tally, never added" in text
        assert "tally 500,000" not in text  # shown, never added
        assert "◇500,000 Wire Two" in text
        context = "500,000 killed since Jan 2011 (monitor via Wire Two, 10:00)"
        assert f"Long-run tolls, never added: {context}" in text
        assert (
            "◇ 500,000 killed · monitor via Wire Two · 10:00 · figure 11\n   long-run toll" in text
        )


async def test_a_country_row_still_opens_its_figures(story_world: World) -> None:
    app = dashboard(story_world)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_row(app, pilot, "country:Syria")
        await until(pilot, lambda: isinstance(app.screen, TallyScreen))


def _story(app: SitrepApp) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await open_story(app, pilot)
        await until(pilot, lambda: app.screen.query_one(TollChart).points != ())

    return run_before


def test_story_chart_80x24(story_world: World, snap_compare: Snap) -> None:
    app = dashboard(story_world)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_story(app))


def test_story_chart_160x48(story_world: World, snap_compare: Snap) -> None:
    app = dashboard(story_world)
    assert snap_compare(app, terminal_size=(160, 48), run_before=_story(app))
