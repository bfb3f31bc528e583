"""A DataTable that is refilled in place: rows keyed by id, the cursor kept on its row.

Panels are reloaded whenever the database changes; an editor reading the fifth row must not be
thrown back to the first one because a new item arrived above it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.widgets import DataTable


class PanelTable(DataTable[Text]):
    """A row-cursor table whose cells are always `Text` (never markup strings)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=True)

    def set_columns(self, columns: Sequence[tuple[str, str, int | None]]) -> None:
        """(label, key, width) columns; only rebuilt when they differ from the current ones."""
        wanted = [(key, width) for _, key, width in columns]
        current = [
            (str(c.key.value), c.width if not c.auto_width else None) for c in self.ordered_columns
        ]
        if wanted == current:
            return
        self.clear(columns=True)
        for label, key, width in columns:
            self.add_column(Text(label), key=key, width=width)

    def fill(self, rows: Iterable[tuple[str, Sequence[Text]]], *, height: int = 1) -> None:
        """Replace every row, keeping the cursor on the row with the same key if it is still
        there."""
        current = self.current_key()
        self.clear()
        for key, cells in rows:
            self.add_row(*cells, key=key, height=height)
        if current is not None and current in self.rows:
            self.move_cursor(row=self.get_row_index(current), animate=False, scroll=False)

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
