"""What the rules decide reaches the screen as data, not as words read back: a disagreement's
range and the figure the higher claim yields to travel from the tally to the tally row, the
event's toll over time, the figures behind it and the full tally the detail screen reloads.

Two outlets report the same shelling in Goma at the same time, 10 and 12 killed: the lower is
tallied, the row shows the range 10-12, and the higher figure says which figure it yields to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extract.tally import TalliedFigure
from extract.verdicts import Reason
from tests.builders import rss, write_config
from tests.feedserver import FeedServer
from tests.tui.conftest import dashboard, loaded, screen_text, until
from tests.tui.scenario import World, ago
from tui.screens.detail import TallyScreen
from tui.screens.story import StoryScreen
from tui.widgets.table import PanelTable
from tui.widgets.tallies import TallyPanel

GOMA_10: dict[str, Any] = {
    "title": "Shelling in Goma kills 10",
    "guid": "one-1",
    "link": "https://wire-one.test/goma-10",
    "description": "Ten people were killed when shells hit a camp for displaced people in "
    "Goma, the provincial governor said.",
    "pubDate": ago(2),
}
GOMA_12: dict[str, Any] = {
    "title": "Goma camp shelling kills 12, aid group says",
    "guid": "two-1",
    "link": "https://wire-two.test/goma-12",
    "description": "Twelve people were killed when shells hit a camp for displaced people in "
    "Goma, Doctors Without Borders said.",
    "pubDate": ago(2),
}


@pytest.fixture
def goma(feed_server: FeedServer, tmp_path: Path) -> World:
    feed_server.route("/one.xml", rss("Wire One", [GOMA_10]))
    feed_server.route("/two.xml", rss("Wire Two", [GOMA_12]))
    config = write_config(
        tmp_path / "feeds.yaml",
        [feed_server.url("/one.xml"), feed_server.url("/two.xml")],
        names=["Wire One", "Wire Two"],
    )
    world = World(feed_server, config, tmp_path / "sitrep.db")
    world.poll()
    return world


def disagreement(figures: tuple[TalliedFigure, ...]) -> tuple[TalliedFigure, TalliedFigure]:
    """(the higher claim that disagrees, the figure it yields to)."""
    by_id = {f.source.id: f for f in figures}
    (higher,) = [
        f for f in figures if f.verdict is not None and f.verdict.reason is Reason.DISAGREES
    ]
    assert higher.verdict is not None and higher.verdict.other is not None
    return higher, by_id[higher.verdict.other]


async def test_a_disagreement_reaches_the_row_and_the_figures_behind_it(goma: World) -> None:
    app = dashboard(goma)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        assert app.dashboard.data is not None
        higher, lower = disagreement(app.dashboard.data.tally.figures)
        assert (higher.source.figure.count, lower.source.figure.count) == (12, 10)
        assert lower.counted and not higher.counted

        panel = app.dashboard.query_one(TallyPanel)
        (row,) = [r for r in panel.rows.values() if r.level == "event"]
        assert (row.killed, row.killed_high) == (10, 12)
        assert {higher.source.id, lower.source.id} <= set(row.figure_ids)
        assert panel.table.get_cell(row.key, "range").plain == "10-12"

        panel.table.focus()
        panel.table.move_cursor(row=list(panel.rows).index(row.key))
        await pilot.press("enter")  # the event's toll over time, from the same verdicts
        await until(
            pilot, lambda: isinstance(app.screen, StoryScreen) and app.screen.timeline is not None
        )
        story = app.screen
        assert isinstance(story, StoryScreen) and story.timeline is not None
        again, yields_to = disagreement(story.timeline.points)
        assert (again.source.id, yields_to.source.id) == (higher.source.id, lower.source.id)
        last = story.timeline.killed[-1]
        assert (last.value, last.low, last.high) == (10, 10, 12)

        await pilot.press("f")  # the figures and their sentences
        await until(pilot, lambda: isinstance(app.screen, TallyScreen))
        screen = app.screen
        assert isinstance(screen, TallyScreen)
        await pilot.pause()
        said = f"disagrees with figure {lower.source.id}: lower value tallied"
        figures = screen.query_one("#tally-figures", PanelTable)
        assert figures.get_cell(str(higher.source.id), "verdict").plain == said
        assert figures.get_cell(str(lower.source.id), "verdict").plain == "counted"
        assert said in screen_text(app)

        # The full tally the screen loads after an edit says the same.
        screen.reload()
        await until(pilot, lambda: screen.result is not app.dashboard.data.tally)  # type: ignore[union-attr]
        again, yields_to = disagreement(screen.result.figures)
        assert (again.source.id, yields_to.source.id) == (higher.source.id, lower.source.id)
        assert screen.row.killed_high == 12
        await pilot.pause()
        assert said in screen_text(app)
