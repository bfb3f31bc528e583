"""Latest events: newest first, with their figures, actors, places and how many outlets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from tui.text import cell, local_time, number
from tui.widgets.table import PanelTable

FRESH_SECONDS = 8.0
"""How long a newly arrived event keeps its marker."""
NEW_MARK = "●"


class EventsTable(PanelTable):
    """The events panel. Enter opens the highlighted event."""

    BORDER_TITLE = "Latest events"

    @dataclass
    class Opened(Message):
        """The editor asked to open an event."""

        item_id: int

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.events: list[dict[str, Any]] = []
        self._fresh: set[int] = set()
        self._now = 0.0
        self._compact = True

    def on_resize(self) -> None:
        if self.events:
            self.show(self.events, self._now)

    def _columns(self) -> list[tuple[str, str, int | None]]:
        width = self.size.width or 80
        fixed = [
            ("", "new", 1),
            ("Time", "time", 12 if width >= 110 else 6),
            ("Feed", "feed", 10),
            ("K", "killed", 4),
            ("I", "injured", 4),
            ("Src", "sources", 3),
        ]
        extra: list[tuple[str, str, int | None]] = []
        if width >= 110:
            extra = [("Actors", "actors", 16), ("Places", "places", 14)]
        used = sum(w or 0 for _, _, w in fixed + extra) + 2 * (len(fixed) + len(extra) + 1) + 2
        title = ("Title", "title", max(16, width - used))
        columns = [*fixed[:3], title, *fixed[3:5], *extra, fixed[5]]
        return columns

    def show(self, events: list[dict[str, Any]], now: float, fresh: set[int] | None = None) -> None:
        """Show `events` (newest first); ids in `fresh` are marked for a few seconds."""
        self.events = events
        self._now = now
        if fresh:
            self._fresh |= fresh
            self.set_timer(FRESH_SECONDS, lambda: self._unmark(set(fresh)))
        columns = self._columns()
        self._compact = (self.size.width or 80) < 110
        self.set_columns(columns)
        keys = [key for _, key, _ in columns]
        self.fill((str(e["id"]), self._cells(e, keys)) for e in events)

    def _cells(self, event: dict[str, Any], keys: list[str]) -> list[Text]:
        values: dict[str, Text] = {
            "new": Text(NEW_MARK, style="bold") if event["id"] in self._fresh else Text(""),
            "time": Text(local_time(event["effective"], self._now, compact=self._compact)),
            "feed": cell(event["feed"]),
            "title": cell(event["title"], "strike" if event.get("disputed") else ""),
            "killed": number(event["killed"], "bold"),
            "injured": number(event["injured"]),
            "actors": cell(", ".join(event["actors"])),
            "places": cell(", ".join(event["places"])),
            "sources": number(event["sources"]),
        }
        return [values[k] for k in keys]

    def _unmark(self, ids: set[int]) -> None:
        self._fresh -= ids
        for item_id in ids:
            if str(item_id) in self.rows:
                self.update_cell(str(item_id), "new", Text(""))

    def is_fresh(self, item_id: int) -> bool:
        return item_id in self._fresh

    def current_item(self) -> int | None:
        key = self.current_key()
        return int(key) if key is not None else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.Opened(int(event.row_key.value)))
