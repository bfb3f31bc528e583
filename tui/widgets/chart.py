"""The toll chart widget: `tui.chartview` drawn in the theme's colours."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

from storage.api import Step
from tui import chartview
from tui.chartview import ChartPoint
from tui.widgets.drawing import canvas_strips


class TollChart(Widget):
    """An event's reports, counted line and ranges over time (see `tui.chartview`)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "chart--axis",
        "chart--line",
        "chart--range",
        "chart--point",
        "chart--other",
        "chart--cursor",
        "chart--label",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.points: Sequence[ChartPoint] = ()
        self.steps: Sequence[Step] = ()
        self.selected: int | None = None
        self.now = 0.0
        self._strips: list[Strip] | None = None

    def show(
        self,
        points: Sequence[ChartPoint],
        steps: Sequence[Step],
        selected: int | None,
        now: float,
    ) -> None:
        self.points, self.steps, self.selected, self.now = points, steps, selected, now
        self._strips = None
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips = None

    def on_resize(self) -> None:
        self._strips = None

    def render_line(self, y: int) -> Strip:
        if self._strips is None:
            width, height = self.size.width, self.size.height
            canvas = chartview.draw(
                self.points, self.steps, self.selected, width, height, now=self.now
            )
            self._strips = canvas_strips(canvas, self._styles(), width)
        if 0 <= y < len(self._strips):
            return self._strips[y]
        return Strip.blank(self.size.width, self.rich_style)

    def _styles(self) -> dict[int, Style]:
        style = self.get_component_rich_style
        return {
            0: self.rich_style,
            chartview.AXIS: style("chart--axis"),
            chartview.LINE: style("chart--line"),
            chartview.RANGE: style("chart--range"),
            chartview.POINT: style("chart--point"),
            chartview.MUTED_POINT: style("chart--other"),
            chartview.CURSOR: style("chart--cursor"),
            chartview.LABEL: style("chart--label"),
        }
