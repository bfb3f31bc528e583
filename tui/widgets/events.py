"""Latest events: newest first, with their figures, actors, places and how many outlets.

Headlines are what editors read, so the title column takes whatever the other columns leave,
and the highlighted event's whole headline is shown under the table (wrapped), so that a
narrow terminal never hides the end of the one being read.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Static

from ingest.health import FeedHealth
from storage.records import Item
from tui.data import Query
from tui.panels import PanelView
from tui.text import MUTED, cell, local_time, number, one_line, safe
from tui.widgets.status import PollerState
from tui.widgets.table import PanelTable

FRESH_SECONDS = 8.0
"""How long a newly arrived event keeps its marker."""
NEW_MARK = "●"
MIN_TITLE = 40
"""Actors and places columns are shown only when the title keeps this many characters."""

Columns = list[tuple[str, str, int | None]]


def _room(width: int, columns: Columns) -> int:
    """What a table `width` wide leaves for one more column (two cells of padding per column
    and one for the scroll bar)."""
    return width - sum(w or 0 for _, _, w in columns) - 2 * (len(columns) + 1) - 1


class EventsTable(PanelTable):
    """The events table. Enter opens the highlighted event."""

    @dataclass
    class Opened(Message):
        """The editor asked to open an event."""

        item_id: int

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.events: list[Item] = []
        self._fresh: set[int] = set()
        self._now = 0.0
        self._compact = True
        self._time_width = 5
        self._feeds: dict[str, str] = {}

    def on_resize(self) -> None:
        if self.events:
            self.show(self.events, self._now)

    def _columns(self) -> list[tuple[str, str, int | None]]:
        """The title takes what the other columns leave; actors and places come in only when
        a readable title still fits beside them."""
        width = self.size.width or 80
        wide = width >= 100
        left: Columns = [("", "new", 1), ("Time", "time", self._time_width)]
        left.append(("Feed", "feed", 18 if width >= 160 else 14 if wide else 12))
        numbers: Columns = [
            ("K", "killed", self._digits("killed")),
            ("I", "injured", self._digits("injured")),
        ]
        extra: Columns = []
        for actors, places in ((28, 22), (18, 16)):
            extra = [("Actors", "actors", actors), ("Places", "places", places)]
            if _room(width, [*left, *numbers, *extra]) >= MIN_TITLE:
                break
            extra = []
        right = [*numbers, *extra, ("Src", "sources", 3)]
        title = max(16, _room(width, left + right))
        return [*left, ("Title", "title", title), *right]

    def _digits(self, key: str) -> int:
        """A count column as wide as its largest number (never cut), at least 3 cells."""
        return max([3, *(len(str(getattr(e, key) or "")) for e in self.events)])

    def show(
        self,
        events: list[Item],
        now: float,
        fresh: set[int] | None = None,
        *,
        feeds: dict[str, str] | None = None,
    ) -> None:
        """Show `events` (newest first); ids in `fresh` are marked for a few seconds. `feeds`
        maps feed names to the shorter ones shown in the feed column."""
        self.events = events
        self._now = now
        if feeds is not None:
            self._feeds = feeds
        if fresh:
            self._fresh |= fresh
            self.set_timer(FRESH_SECONDS, lambda: self._unmark(set(fresh)))
        self._compact = (self.size.width or 80) < 100
        times = [local_time(e.effective, now, compact=self._compact) for e in events]
        self._time_width = max([4, *(len(t) for t in times)])  # "14:05", or with its date
        columns = self._columns()
        self.set_columns(columns)
        keys = [key for _, key, _ in columns]
        self.fill((str(e.id), self._cells(e, keys)) for e in events)

    def _cells(self, event: Item, keys: list[str]) -> list[Text]:
        values: dict[str, Text] = {
            "new": Text(NEW_MARK, style="bold") if event.id in self._fresh else Text(""),
            "time": Text(local_time(event.effective, self._now, compact=self._compact)),
            "feed": cell(self._feeds.get(one_line(event.feed), event.feed)),
            "title": cell(event.title, "strike" if event.disputed else ""),
            "killed": number(event.killed, "bold"),
            "injured": number(event.injured),
            "actors": cell(", ".join(event.actors)),
            "places": cell(", ".join(event.places)),
            "sources": number(event.sources),
        }
        return [values[k] for k in keys]

    def _unmark(self, ids: set[int]) -> None:
        self._fresh -= ids
        for item_id in ids:
            if str(item_id) in self.rows:
                self.update_cell(str(item_id), "new", Text(""))

    def current_item(self) -> int | None:
        key = self.current_key()
        return int(key) if key is not None else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.Opened(int(event.row_key.value)))


def preview(event: Item | None) -> Text:
    """The highlighted event's whole headline, then the places and actors it names (columns
    that a narrow table leaves out)."""
    if event is None:
        return Text("")
    text = safe(one_line(event.title), "bold")
    named = [*event.places, *event.actors]
    if named:
        text.append("\n")
        text.append_text(safe(one_line(" · ".join(named)), MUTED))
    return text


def why_empty(query: Query, health: list[FeedHealth], poller: PollerState) -> Text:
    """Why the events panel has nothing to show, and what the editor can do about it."""
    enabled = [f for f in health if f.health != "disabled"]
    stored = sum(f.items for f in health)
    text = Text()
    if not enabled:
        text.append("No feeds to poll.", style="bold")
        text.append("\nPress f to add one in the feed manager.")
        return text
    failing = [f for f in enabled if f.health == "failing"]
    if len(failing) == len(enabled):
        first = failing[0]
        text.append(f"No items: every feed is failing ({len(failing)}).", style="bold")
        text.append("\nFirst error: ")
        text.append_text(safe(one_line(f"{first.name}: {first.last_error}")))
        text.append("\nPress h for every feed's error.")
        return text
    waiting = [f for f in enabled if f.health == "never fetched"]
    if not stored and waiting:
        count = f"{len(waiting)} feed{'s' if len(waiting) != 1 else ''}"
        if poller.polling or poller.starting:
            text.append(f"No items yet: polling {count} for the first time…", style="bold")
            text.append("\nEvents appear here as each feed answers.")
        else:
            text.append(f"No items yet: {count} not fetched.", style="bold")
            text.append(f"\nNothing polls this database now ({poller.text}).")
        return text
    window = "stored" if query.window == "all" else f"in the last {query.window}"
    filters = [
        f"{label} “{one_line(value)}”"
        for label, value in (
            ("search", query.search),
            ("actor", query.actor),
            ("place", query.place),
            ("desk", query.tag),
        )
        if value
    ]
    if filters:
        text.append(f"Nothing {window} matches {', '.join(filters)}.", style="bold")
        text.append("\nEscape clears the search and filters; w changes the window.")
        return text
    text.append(f"No items {window}.", style="bold")
    text.append("\nPress w for a longer window.")
    return text


class EventsPanel(Vertical):
    """The events panel: the table, and under it the highlighted headline in full.

    Like `tail -f`, the panel follows the newest event while the cursor is on the first row;
    an editor reading further down keeps their row, and the panel counts the events that
    arrived above it until they go back to the top (Home).
    """

    BORDER_TITLE = "Latest events"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.new_above = 0

    def compose(self) -> ComposeResult:
        yield EventsTable(id="events-table")
        yield Static(id="events-empty", markup=False)
        yield Static(id="event-preview", markup=False)

    @property
    def table(self) -> EventsTable:
        return self.query_one(EventsTable)

    def load(self, view: PanelView) -> None:
        data = view.data
        self.show(data.events, data.now, view.fresh, feeds=view.feeds, empty=view.empty)

    def show(
        self,
        events: list[Item],
        now: float,
        fresh: set[int] | None = None,
        *,
        feeds: dict[str, str] | None = None,
        empty: Text | None = None,
    ) -> None:
        """Show `events`; when there are none, `empty` says why."""
        self.set_class(not events, "-empty")
        self.query_one("#events-empty", Static).update(empty or Text(""))
        table = self.table
        following = table.row_count == 0 or table.cursor_row <= 0
        table.show(events, now, fresh, feeds=feeds)
        if following:
            self.new_above = 0
            if table.row_count:
                table.move_cursor(row=0, animate=False)
        elif fresh:
            above = {e.id for e in events[: table.cursor_row]}
            self.new_above += len(above & fresh)
        self.show_count()
        self.show_preview()

    def reset(self) -> None:
        """A new query: nothing is new above, and the cursor starts at the top again."""
        self.new_above = 0
        self.show_count()

    def show_count(self) -> None:
        count = self.new_above
        self.border_subtitle = f"↑ {count} new above · Home" if count else ""

    def show_preview(self) -> None:
        table = self.table
        item_id = table.current_item()
        event = next((e for e in table.events if e.id == item_id), None)
        self.query_one("#event-preview", Static).update(preview(event))

    @on(DataTable.RowHighlighted, "#events-table")
    def _highlighted(self) -> None:
        # Where the cursor is now: a refill passes through row 0 on its way back to the
        # editor's row, and those messages arrive afterwards.
        if self.table.cursor_row == 0 and self.new_above:
            self.new_above = 0
            self.show_count()
        self.show_preview()
