"""A braille canvas for the map and the toll chart: two by four dots per terminal cell.

Pure drawing, no Textual: dots and lines go into a bit per dot, and each cell keeps the
highest `layer` drawn into it (the coastline under a marker, a marker under the cursor), which
the widget turns into a style. Text (labels, axis numbers, point glyphs) is laid over whole
cells. `runs()` gives each row as (text, layer) runs, ready to become styled segments.

Braille dots are square on a terminal whose cells are twice as high as wide, so a degree of
longitude and of latitude can be drawn the same size.
"""

from __future__ import annotations

from collections.abc import Iterator

BLANK = 0
_BITS = ((0x01, 0x08), (0x02, 0x10), (0x04, 0x20), (0x40, 0x80))
"""The braille bit of the dot in row y % 4, column x % 2 of a cell."""

Run = tuple[str, int]


class Canvas:
    """`cols` x `rows` cells, `2 * cols` x `4 * rows` dots; (0, 0) is the top left dot."""

    def __init__(self, cols: int, rows: int) -> None:
        self.cols = max(0, cols)
        self.rows = max(0, rows)
        self.width = 2 * self.cols
        self.height = 4 * self.rows
        self._bits = bytearray(self.cols * self.rows)
        self._layers = bytearray(self.cols * self.rows)
        self._text: dict[int, tuple[str, int]] = {}

    def copy(self) -> Canvas:
        """A canvas with the same drawing, to draw more on (the outlines are drawn once)."""
        other = Canvas(self.cols, self.rows)
        other._bits[:] = self._bits
        other._layers[:] = self._layers
        other._text = dict(self._text)
        return other

    def dot(self, x: int, y: int, layer: int) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            at = (y >> 2) * self.cols + (x >> 1)
            self._bits[at] |= _BITS[y & 3][x & 1]
            if layer > self._layers[at]:
                self._layers[at] = layer

    def line(self, x0: int, y0: int, x1: int, y1: int, layer: int) -> None:
        """A straight line of dots (Bresenham), clipped to the canvas."""
        if (x0 < 0 and x1 < 0) or (y0 < 0 and y1 < 0):
            return
        if (x0 >= self.width and x1 >= self.width) or (y0 >= self.height and y1 >= self.height):
            return
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        steps = 0
        limit = 4 * (self.width + self.height) + dx - dy
        while steps <= limit:
            self.dot(x0, y0, layer)
            if x0 == x1 and y0 == y1:
                return
            twice = 2 * err
            if twice >= dy:
                err += dy
                x0 += sx
            if twice <= dx:
                err += dx
                y0 += sy
            steps += 1

    def disc(self, x: int, y: int, radius: int, layer: int) -> None:
        """A filled disc of dots around (x, y)."""
        r2 = radius * radius + radius  # a rounder disc than r * r for small radii
        for dy in range(-radius, radius + 1):
            for dx in range(-radius, radius + 1):
                if dx * dx + dy * dy <= r2:
                    self.dot(x + dx, y + dy, layer)

    def layer_at(self, col: int, row: int) -> int:
        return self._layers[row * self.cols + col]

    def text(self, col: int, row: int, value: str, layer: int) -> None:
        """Write `value` over the cells from (col, row), one character a cell, clipped."""
        if not 0 <= row < self.rows:
            return
        for offset, char in enumerate(value):
            at = col + offset
            if 0 <= at < self.cols:
                self._text[row * self.cols + at] = (char, layer)

    def empty(self, col: int, row: int) -> bool:
        """Nothing drawn or written in this cell."""
        at = row * self.cols + col
        return at not in self._text and not self._bits[at]

    def has_text(self, col: int, row: int) -> bool:
        return row * self.cols + col in self._text

    def free(self, col: int, row: int, width: int) -> bool:
        """These cells lie on the canvas and hold no text yet (room for a label)."""
        if not 0 <= row < self.rows or col < 0 or col + width > self.cols:
            return False
        base = row * self.cols
        return all(base + c not in self._text for c in range(col, col + width))

    def char(self, col: int, row: int) -> tuple[str, int]:
        at = row * self.cols + col
        if at in self._text:
            return self._text[at]
        bits = self._bits[at]
        return (chr(0x2800 + bits) if bits else " "), (self._layers[at] if bits else BLANK)

    def runs(self, row: int) -> list[Run]:
        """One row as runs of characters of the same layer."""
        out: list[Run] = []
        chars: list[str] = []
        current = -1
        for col in range(self.cols):
            char, layer = self.char(col, row)
            if layer != current and chars:
                out.append(("".join(chars), current))
                chars = []
            current = layer
            chars.append(char)
        if chars:
            out.append(("".join(chars), current))
        return out

    def lines(self) -> Iterator[str]:
        """The rows as plain text (for tests and the benchmark)."""
        for row in range(self.rows):
            yield "".join(text for text, _ in self.runs(row))
