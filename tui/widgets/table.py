"""A DataTable that is refilled in place: rows keyed by id, the cursor kept on its row.

Panels are reloaded whenever the database changes; an editor reading the fifth row must not be
thrown back to the first one because a new item arrived above it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable


class PanelTable(DataTable[Text]):
    """A row-cursor table whose cells are always `Text` (never markup strings).

    A column given no width takes what the others leave of the table's width (shared when
    there are several), and follows the table when the terminal is resized; Textual's own
    auto width would size it once, to the header, and cut every cell below it.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]
    """Home and End go to the first and last row (DataTable's own move sideways, which a
    table whose columns always fit has no use for)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=True)
        self._spec: list[tuple[str, str, int | None]] = []
        self._rows: list[tuple[str, Sequence[Text]]] = []
        self._height = 1
        self._keep: str | None = None

    def _resolve(
        self, columns: Sequence[tuple[str, str, int | None]]
    ) -> list[tuple[str, str, int | None]]:
        free = sum(1 for _, _, width in columns if width is None)
        if not free or not self.size.width:
            return list(columns)
        fixed = sum(width or 0 for _, _, width in columns)
        room = self.size.width - fixed - 2 * len(columns) - 1  # cell padding, scroll bar
        share = max(8, room // free)
        return [(label, key, share if width is None else width) for label, key, width in columns]

    def set_columns(self, columns: Sequence[tuple[str, str, int | None]]) -> bool:
        """(label, key, width) columns; only rebuilt (which drops the rows, to be filled
        again) when they differ from the current ones. True when they were rebuilt."""
        self._spec = list(columns)
        resolved = self._resolve(columns)
        wanted = [(key, width) for _, key, width in resolved]
        current = [
            (str(c.key.value), c.width if not c.auto_width else None) for c in self.ordered_columns
        ]
        if wanted == current:
            return False
        self._build(resolved)
        return True

    def _build(self, columns: Sequence[tuple[str, str, int | None]]) -> None:
        self._keep = self.current_key() or self._keep
        self.clear(columns=True)
        for label, key, width in columns:
            self.add_column(Text(label), key=key, width=width)

    def _widen_for_numbers(self, rows: list[tuple[str, Sequence[Text]]]) -> None:
        """A number is never cut: a right-aligned cell wider than its column widens it (a
        4100 shown in a 3-cell column would read 410)."""
        columns = list(self.ordered_columns)
        needed = [0 if c.auto_width else c.width for c in columns]
        for _, cells in rows:
            for index, cell in enumerate(cells[: len(columns)]):
                if cell.justify == "right" and needed[index]:
                    needed[index] = max(needed[index], cell.cell_len)
        if any(not c.auto_width and n > c.width for c, n in zip(columns, needed, strict=True)):
            self._build(
                [
                    (c.label.plain, str(c.key.value), None if c.auto_width else n)
                    for c, n in zip(columns, needed, strict=True)
                ]
            )

    def fill(self, rows: Iterable[tuple[str, Sequence[Text]]], *, height: int = 1) -> None:
        """Replace every row, keeping the cursor on the row with the same key if it is still
        there."""
        current = self.current_key() or self._keep
        self._keep = None
        self._rows, self._height = list(rows), height
        self.clear()
        self._widen_for_numbers(self._rows)
        for key, cells in self._rows:
            self.add_row(*cells, key=key, height=height)
        if current is not None and current in self.rows:
            self.move_cursor(row=self.get_row_index(current), animate=False, scroll=False)

    def on_resize(self) -> None:
        """Give the flexible columns their new share of the width."""
        if any(width is None for _, _, width in self._spec) and self.set_columns(self._spec):
            self.fill(self._rows, height=self._height)

    def current_key(self) -> str | None:
        """The key of the row under the cursor, or None for an empty table."""
        if not self.row_count:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        except Exception:
            return None
        return None if key.value is None else str(key.value)

    def cell_texts(self, key: str) -> list[str]:
        """The plain text of one row's cells (what the editor reads)."""
        return [cell.plain for cell in self.get_row(key)]
