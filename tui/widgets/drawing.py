"""Canvas rows and lines of text as Textual strips, for the map and the chart."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from tui.canvas import Canvas


def canvas_strips(canvas: Canvas, styles: Mapping[int, Style], width: int) -> list[Strip]:
    """Each row of the canvas, every run in its layer's style, `width` cells wide."""
    blank = styles[0]
    return [
        Strip([Segment(text, styles.get(layer, blank)) for text, layer in canvas.runs(row)])
        .extend_cell_length(width, blank)
        .crop(0, width)
        for row in range(canvas.rows)
    ]


def text_strip(text: Text, console: Console, width: int, style: Style) -> Strip:
    """One line of (untrusted, never markup) text, cut with an ellipsis to `width` cells."""
    line = text.copy()
    line.truncate(width, overflow="ellipsis")
    segments = [s for s in line.render(console) if s.text != "\n"]
    return Strip(segments).apply_style(style).extend_cell_length(width, style).crop(0, width)
