"""The toll chart's drawing without a terminal: axes that fit the values, a point per report,
the counted line and the disagreements' range."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from extract.model import Figure, Kind
from extract.tally import TalliedFigure, TallyFigure
from extract.tally_country import EventTally
from extract.verdicts import Reason, Verdict
from storage.records import Step, Timeline
from tui import chartview

START = datetime(2025, 6, 1, 9, tzinfo=UTC)
NOW = (START + timedelta(hours=5)).timestamp()


def _figure(
    id: int,
    item: int,
    hours: float,
    count: int,
    feed: str,
    *,
    counted: bool,
    kind: Kind = "killed",
    source: str | None = None,
) -> TalliedFigure:
    figure = Figure(
        kind=kind,
        count=count,
        low=count,
        high=None,
        qualifier=None,
        victims="people",
        sentence="s",
        span=(0, 1),
        source=source,
    )
    return TalliedFigure(
        source=TallyFigure(
            id, figure, item, "t", None, feed, START + timedelta(hours=hours), 1, True
        ),
        counted=counted,
        verdict=None if counted else Verdict(Reason.SUPERSEDED, other=3),
        party_claim=False,
        tallied=count if counted else 0,
    )


def _timeline() -> Timeline:
    points = (
        _figure(1, 1, 0, 11, "Wire One", counted=False),
        _figure(2, 1, 0, 11, "Wire One", counted=False, source="SOHR"),  # the summary's repeat
        _figure(3, 2, 3, 18, "Wire One", counted=True),
        _figure(4, 3, 3.5, 21, "Wire Two", counted=False),
    )
    steps = (
        Step(START, 11, 11, 11, (1,)),
        Step(START + timedelta(hours=3), 18, 18, 18, (3,)),
        Step(START + timedelta(hours=3.5), 18, 18, 21, (3,)),
    )
    event = EventTally(1, "label", "Syria", "Idlib", 18, 0, (1, 2, 3, 4), 0, 18, 21)
    return Timeline(event, "incident", points, (), steps, (), {}, False)


def test_nice_axis_tops() -> None:
    assert chartview.nice_top(18, 4) == (20, 5)
    assert chartview.nice_top(21, 4) == (30, 10)
    assert chartview.nice_top(500_000, 3) == (600_000, 200_000)
    assert chartview.nice_top(0, 3)[0] >= 1
    for value in (1, 7, 99, 101, 12_345):
        top, step = chartview.nice_top(value, 4)
        assert top >= value and top % step == 0 and top // step <= 4


def test_a_report_read_twice_in_one_item_is_one_point_with_its_source() -> None:
    timeline = _timeline()
    assert chartview.kinds(timeline) == ["killed"]
    points = chartview.chart_points(timeline, "killed")
    assert [(p.value, p.outlet, p.source, p.glyph) for p in points] == [
        (11, "Wire One", "SOHR", "○"),
        (18, "Wire One", None, "●"),
        (21, "Wire Two", None, "○"),
    ]
    assert chartview.chart_points(timeline, "injured") == []


def test_the_chart_draws_points_line_range_and_axes() -> None:
    timeline = _timeline()
    points = chartview.chart_points(timeline, "killed")
    canvas = chartview.draw(points, timeline.killed, 1, 60, 14, now=NOW)
    lines = list(canvas.lines())
    text = "\n".join(lines)
    assert lines[0].startswith("30 ┤")
    assert lines[4].startswith("20 ┤")
    assert lines[11].startswith(" 0 ┤")
    assert lines[12].startswith("   └──")
    assert "09:00" in lines[13] and "12:30" in lines[13]
    assert "18 Wire One" in text  # the highlighted report, named
    assert "18-21" in text  # sources disagree
    assert "11" in text and "21" in text
    assert "●" in text and text.count("○") == 2
    assert any(ch in text for ch in "⠉⠒⠤⣀")  # the counted line
    # nothing to draw: an empty canvas
    assert set("".join(chartview.draw([], (), None, 20, 5, now=NOW).lines())) == {" "}
