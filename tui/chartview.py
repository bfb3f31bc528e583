"""The toll chart of one event, without Textual: its reports, its counted line, its ranges.

Drawn from `storage.api.Timeline`, so every value is one `sitrep story ID` prints:

- each report is a point at its time and value: `●` when the tally counts it, `○` when it
  does not (a repeat, a superseded value, the higher of two disagreeing claims...), `◇` for a
  long-run toll, which is context and never on the line;
- the counted line steps through the event's tally after each report that changed it, and
  runs on to the right edge at its latest value;
- where sources disagree, the step's range (`low`-`high`) is a bar from the lower to the
  higher value.

The same report read twice in one item (headline and summary) is one point.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from extract.tally import TalliedFigure
from storage.api import Step, Timeline
from tui.canvas import Canvas
from tui.text import local_time, one_line

AXIS, LINE, RANGE, POINT, MUTED_POINT, CURSOR, LABEL = 1, 2, 3, 4, 5, 6, 7
"""Canvas layers, lowest first (the widget styles each)."""
COUNTED, OTHER, CONTEXT = "●", "○", "◇"


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One report on the chart."""

    figure: TalliedFigure
    context: bool
    source: str | None = None
    """Who gave the figure, where the item names it (its headline rarely does: a repeat in
    the summary that names the source lends it)."""

    @property
    def at(self) -> datetime:
        return self.figure.source.published

    @property
    def value(self) -> int:
        return self.figure.source.figure.count

    @property
    def counted(self) -> bool:
        return self.figure.counted

    @property
    def outlet(self) -> str:
        return one_line(self.figure.source.feed)

    @property
    def glyph(self) -> str:
        return CONTEXT if self.context else COUNTED if self.counted else OTHER


def kinds(timeline: Timeline) -> list[str]:
    """The kinds the event has reports of, deaths first."""
    every = [*timeline.points, *timeline.context]
    return [k for k in ("killed", "injured") if any(f.source.figure.kind == k for f in every)]


def chart_points(timeline: Timeline, kind: str) -> list[ChartPoint]:
    """The reports of one kind, oldest first; a figure repeated in the same item with the same
    value is one point (the counted one when either is)."""
    found: dict[tuple[int, int, bool], ChartPoint] = {}
    named: dict[tuple[int, int, bool], str] = {}
    for figures, context in ((timeline.points, False), (timeline.context, True)):
        for f in figures:
            if f.source.figure.kind != kind:
                continue
            key = (f.source.item_id, f.source.figure.count, context)
            if f.source.figure.source and key not in named:
                named[key] = f.source.figure.source
            if key not in found or (f.counted and not found[key].counted):
                found[key] = ChartPoint(f, context)
    points = [replace(p, source=named.get(key)) for key, p in found.items()]
    return sorted(points, key=lambda p: (p.at, p.figure.source.id))


def steps_of(timeline: Timeline, kind: str) -> tuple[Step, ...]:
    return timeline.killed if kind == "killed" else timeline.injured


def nice_top(value: int, ticks: int) -> tuple[int, int]:
    """(top of the axis, step between ticks): a round step (1, 2, 2.5 or 5 times a power of
    ten) with at most `ticks` steps up to a top that is at least `value`."""
    value = max(1, value)
    ticks = max(1, ticks)
    raw = value / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= raw and step == int(step):
            step = int(step)
            return step * math.ceil(value / step), step
    return value, value  # pragma: no cover - 10 * power always fits


@dataclass(frozen=True, slots=True)
class Frame:
    """Where the plot lies on the canvas and what its axes span."""

    left: int
    """The axis column; the plot starts one cell to its right."""
    cols: int
    rows: int
    top: int
    tick: int
    start: datetime
    end: datetime
    first: datetime
    """The first report (the time axis is labelled at it, the middle and the last)."""
    last: datetime

    def x(self, at: datetime) -> int:
        span = (self.end - self.start).total_seconds()
        share = (at - self.start).total_seconds() / span if span > 0 else 0.5
        return 2 * (self.left + 1) + round(share * (2 * self.cols - 1))

    def y(self, value: int) -> int:
        return round((1 - value / self.top) * (4 * self.rows - 1)) if self.top else 4 * self.rows


def frame(points: Sequence[ChartPoint], steps: Sequence[Step], cols: int, rows: int) -> Frame:
    """Axes for the reports and the line on a canvas of `cols` x `rows` cells (two rows are
    the time axis)."""
    plot_rows = max(1, rows - 2)
    high = max([*(p.value for p in points), *(s.high for s in steps), *(s.value for s in steps)])
    top, tick = nice_top(high, max(1, min(5, plot_rows // 3)))
    times = [p.at for p in points] + [s.at for s in steps]
    first, last = min(times), max(times)
    span = last - first
    pad = max(span * 0.04, timedelta(minutes=10)) if span else timedelta(minutes=30)
    left = len(f"{top:,}") + 1
    return Frame(
        left, max(1, cols - left - 1), plot_rows, top, tick, first - pad, last + pad, first, last
    )


def draw(
    points: Sequence[ChartPoint],
    steps: Sequence[Step],
    selected: int | None,
    cols: int,
    rows: int,
    *,
    now: float,
) -> Canvas:
    """The chart (see the module docstring) on `cols` x `rows` cells."""
    canvas = Canvas(cols, rows)
    if not points and not steps:
        return canvas
    f = frame(points, steps, cols, rows)
    _axes(canvas, f, now)
    right = 2 * (f.left + 1 + f.cols) - 1
    for n, step in enumerate(steps):
        x0, y0 = f.x(step.at), f.y(step.value)
        x1 = f.x(steps[n + 1].at) if n + 1 < len(steps) else right
        canvas.line(x0, y0, x1, y0, LINE)
        if n + 1 < len(steps):
            canvas.line(x1, y0, x1, f.y(steps[n + 1].value), LINE)
    for step in steps:
        if step.high > step.low:
            x = f.x(step.at) + 1
            canvas.line(x, f.y(step.high), x, f.y(step.low), RANGE)
            canvas.line(x - 1, f.y(step.high), x + 1, f.y(step.high), RANGE)
            _label(canvas, x // 2, f.y(step.high) // 4, f"{step.low}-{step.high}", RANGE)
    spots = [(f.x(p.at) // 2, f.y(p.value) // 4) for p in points]
    order = [n for n in range(len(points)) if points[n].counted] + [
        n for n in range(len(points)) if not points[n].counted
    ]
    for n in reversed(order):  # counted reports drawn last: on top
        col, row = spots[n]
        canvas.text(col, row, points[n].glyph, POINT if points[n].counted else MUTED_POINT)
    if selected is not None and 0 <= selected < len(points):
        col, row = spots[selected]
        point = points[selected]
        canvas.text(col, row, point.glyph, CURSOR)
        _label(canvas, col, row, f"{point.value:,} {point.outlet}", CURSOR)
    for n in order:
        if n != selected:
            col, row = spots[n]
            _label(canvas, col, row, f"{points[n].value:,}", LABEL)
    return canvas


def _label(canvas: Canvas, col: int, row: int, text: str, layer: int) -> None:
    """A point's label above it, else right, left or below: where it covers nothing drawn,
    else where it covers only lines (never another label or point)."""
    width = len(text)
    spots = (
        (col - width // 2, row - 1),
        (col + 1, row),
        (col - width, row),
        (col - width // 2, row + 1),
    )
    for tidy in (True, False):
        for c, r in spots:
            if r < 0 or c < 0 or c + width > canvas.cols or r >= canvas.rows:
                continue
            cells = range(c, c + width)
            if tidy and all(canvas.empty(i, r) for i in cells):
                canvas.text(c, r, text, layer)
                return
            if not tidy and all(not canvas.has_text(i, r) for i in cells):
                canvas.text(c, r, text, layer)
                return


def _axes(canvas: Canvas, f: Frame, now: float) -> None:
    """Values up the left, times along the bottom."""
    for row in range(f.rows):
        canvas.text(f.left, row, "│", AXIS)
    value = 0
    while value <= f.top:
        row = min(f.rows - 1, f.y(value) // 4)
        canvas.text(0, row, f"{value:,}".rjust(f.left - 1), AXIS)
        canvas.text(f.left, row, "┤", AXIS)
        value += f.tick
    canvas.text(f.left, f.rows, "└" + "─" * f.cols, AXIS)
    labels: list[tuple[int, str]] = []
    times = [f.first, f.first + (f.last - f.first) / 2, f.last] if f.last > f.first else [f.first]
    for at in times:
        labels.append((f.x(at) // 2, local_time(at, now)))
    used = -1
    for n, (col, text) in enumerate(labels):
        start = col - len(text) // 2  # a lone label and the middle one are centred
        if len(labels) > 1 and n == 0:
            start = col
        elif len(labels) > 1 and n == len(labels) - 1:
            start = col - len(text) + 1
        start = max(f.left, min(start, canvas.cols - len(text)))
        if start <= used + 1:
            continue
        canvas.text(col, f.rows, "┬", AXIS)
        canvas.text(start, f.rows + 1, text, AXIS)
        used = start + len(text)
