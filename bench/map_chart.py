"""How long the map panel and a story's toll chart take to draw from a database of 1,000,000 items.

Uses the database of `bench.tui_refresh` (generated straight into SQLite, or `--db PATH` to
reuse one) and the real dashboard, headless, at 80x24 (the map as a tab) and 160x48 (the map
in the grid). Medians of several runs, in milliseconds:

- map: what the panel adds to the dashboard's load: the coordinates of the window's places
  (`storage.geo.locate`, done once per place and then kept by the panel) and the picture
  (`MapPanel._draw`: markers from the tally, outlines, discs, labels, styled strips), with
  the outlines drawn anew (a new view) and kept (an arrow key). The window's tally itself is
  the tally panel's (`tally_summary`), read once for both, and timed apart;
- chart: `storage.timeline.story_timeline` for a sample of events (median, max) and the
  largest ones, and the chart widget's picture of the window's largest event.

Target: <= 50 ms for each of map (places + picture) and chart (timeline + picture). A map of
many more places than the generated data has (500 markers) is timed too.

    .venv/bin/python -m bench.map_chart [--items N] [--db PATH]
"""

from __future__ import annotations

import asyncio
import random
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench.tui_refresh import FEEDS, NOW, run_on_generated, timed
from extract.gazetteer import curated
from ingest.config import Config, FeedConfig
from ingest.paths import ConfigLocation
from storage import geo
from storage.db import Storage
from storage.tally_summary import tally_summary
from storage.timeline import story_timeline
from storage.window import window_start
from tui import chartview, mapview
from tui.app import make_app
from tui.screens.story import StoryScreen
from tui.widgets.chart import TollChart
from tui.widgets.map import MapPanel

TARGET_MS = 50.0


def _ms(fn: Callable[[], object], runs: int = 7) -> float:
    return round(timed(fn, runs), 2)


def data_parts(path: Path, sample: int = 20) -> dict[str, Any]:
    """The reads: the window's tally, its places' coordinates, story timelines."""
    store = Storage.open(path, readonly=True)
    curated()  # loaded by extraction in any process that reads feeds; not timed here
    report: dict[str, Any] = {"items": store.scalar("SELECT COUNT(*) FROM items")}
    since = window_start("24h", NOW)
    result = tally_summary(store, since=since, now=NOW)
    keys = sorted(mapview.place_keys(result), key=lambda k: (k[0] or "", k[1] or ""))
    report["tally_summary_24h_ms"] = _ms(partial(tally_summary, store, since=since, now=NOW))
    report["places_24h"] = len(keys)
    report["locate_places_ms"] = _ms(partial(geo.locate, store, keys))
    ids = [int(r[0]) for r in store.execute("SELECT DISTINCT event_id FROM figures")]
    ordinary = random.Random(3).sample(ids, min(sample, len(ids)))
    per_event = sorted(_ms(partial(story_timeline, store, e, now=NOW), runs=3) for e in ordinary)
    largest = [
        (int(r[0]), int(r[1]))
        for r in store.execute(
            "SELECT event_id, COUNT(*) AS n FROM figures WHERE event_id IS NOT NULL "
            "GROUP BY event_id ORDER BY n DESC LIMIT 3"
        )
    ]
    report["story_timeline_ms"] = {
        "median": per_event[len(per_event) // 2],
        "max": per_event[-1],
        "largest_events": [
            {"figures": n, "ms": _ms(partial(story_timeline, store, e, now=NOW), runs=3)}
            for e, n in largest
        ],
    }
    store.close()
    return report


def many_markers(n: int = 500) -> dict[str, float]:
    """The picture of `n` places spread over the Middle East and Africa (no database)."""
    rng = random.Random(5)
    markers = [
        mapview.Marker(
            (f"P{i}", "X"),
            f"P{i}",
            "X",
            rng.randint(1, 900),
            (i,),
            rng.uniform(-10, 40),
            rng.uniform(-10, 50),
        )
        for i in range(n)
    ]
    markers.sort(key=lambda m: -m.killed)
    view = mapview.fit(mapview.extent(markers), 94, 17)
    outline = mapview.base(view)
    return {
        "outlines_ms": _ms(partial(mapview.base, view)),
        "markers_and_labels_ms": _ms(
            partial(mapview.draw, view, markers, 0, labels=5, outline=outline)
        ),
    }


async def widgets(path: Path, size: tuple[int, int]) -> dict[str, Any]:
    """The real panel and chart drawing in a headless dashboard of `size`."""
    config = Config(
        feeds=tuple(FeedConfig(url=f"https://feed{i}.test/rss") for i in range(1, FEEDS + 1))
    )
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(
            config_location=ConfigLocation(Path(tmp) / "feeds.yaml", "explicit"),
            config=config,
            db_path=path,
            clock=lambda: NOW,
            poll=False,
        )
        found: dict[str, Any] = {}
        async with app.run_test(size=size) as pilot:
            while app.dashboard.refreshes < 1:
                await pilot.pause(0.05)
            await pilot.press("6")
            panel = app.dashboard.query_one(MapPanel)
            while not panel.markers.shown or panel._pending:
                await pilot.pause(0.05)
            await pilot.pause()

            def fresh() -> None:
                panel._outline = None
                panel._draw()

            found["map_markers"] = len(panel.markers.shown)
            found["map_size"] = list(panel.size)
            found["map_picture_new_view_ms"] = _ms(fresh)
            found["map_picture_same_view_ms"] = _ms(panel._draw)

            data = app.dashboard.data
            assert data is not None
            event = max(data.tally.events, key=lambda e: len(e.figure_ids))
            rows = app.dashboard.query_one("#tallies").rows  # type: ignore[attr-defined]
            row = rows[f"event:{event.id}"]
            screen = StoryScreen(row, data.tally)
            await app.push_screen(screen)
            while screen.timeline is None:
                await pilot.pause(0.05)
            await pilot.pause()
            chart = screen.query_one(TollChart)

            def picture() -> None:
                chart._strips = None
                chart.render_line(0)

            found["chart_reports"] = len(chart.points)
            found["chart_steps"] = len(chart.steps)
            found["chart_size"] = list(chart.size)
            found["chart_picture_ms"] = _ms(picture)
            points = chartview.chart_points(screen.timeline, "killed")
            found["chart_points_ms"] = _ms(
                partial(chartview.chart_points, screen.timeline, "killed")
            )
            assert len(points) == len(chart.points)
        return found


def measure(path: Path) -> dict[str, Any]:
    report = data_parts(path)
    report["many_markers_500"] = many_markers()
    for size in ((80, 24), (160, 48)):
        report[f"{size[0]}x{size[1]}"] = asyncio.run(widgets(path, size))
    locate = report["locate_places_ms"]
    timeline = report["story_timeline_ms"]["median"]
    for name in ("80x24", "160x48"):
        part = report[name]
        part["map_total_ms"] = round(locate + part["map_picture_new_view_ms"], 2)
        part["chart_total_ms"] = round(timeline + part["chart_picture_ms"], 2)
        part["ok"] = max(part["map_total_ms"], part["chart_total_ms"]) <= TARGET_MS
    report["target_ms"] = TARGET_MS
    report["ok"] = all(report[s]["ok"] for s in ("80x24", "160x48"))
    return report


def main() -> None:
    run_on_generated(__doc__, measure)


if __name__ == "__main__":
    main()
