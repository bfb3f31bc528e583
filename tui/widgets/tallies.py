"""Casualty tallies: killed and injured by country, then story and place, with their sources.

A summary line (the total only as the sum of its countries), a sparkline of deaths per hour
over the window, and a table in which every number shows its source and as-of time. Enter
opens the figures behind a row; the app's copy action takes the row's citation.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Sparkline, Static

from extract.tally import Tally
from tui.panels import PanelView
from tui.text import MUTED, cell, local_time, number
from tui.widgets.table import PanelTable
from tui.widgets.tally_rows import TallyRow, summary, tally_rows


def spread(row: TallyRow) -> str:
    """`14-18` where sources disagree about the row's deaths, else nothing."""
    return f"{row.killed}-{row.killed_high}" if row.killed_high > row.killed else ""


def columns(width: int, rows: list[TallyRow] | None = None) -> list[tuple[str, str, int | None]]:
    """The label column takes what the numbers leave (each column has 2 cells of padding);
    the number columns are as wide as their header or their widest value."""
    rows = rows or []

    def wide(header: str, values: list[str]) -> int:
        return max(len(header), *(len(v) for v in values)) if values else len(header)

    numbers: list[tuple[str, str, int | None]] = [
        ("Killed", "killed", wide("Killed", [str(r.killed) for r in rows])),
        ("Range", "range", wide("Range", [spread(r) for r in rows])),
        ("Civ", "civilians", wide("Civ", [str(r.civilians or "") for r in rows])),
        ("Inj", "injured", wide("Inj", [str(r.injured) for r in rows])),
    ]
    used = sum(w or 0 for _, _, w in numbers) + 2 * (len(numbers) + 1) + 1
    return [("Where / event · source, as of", "label", max(20, width - used)), *numbers]


class TallyPanel(Vertical):
    """The tally panel: summary, sparkline and the country / story table."""

    BORDER_TITLE = "Casualty tallies"

    @dataclass
    class Opened(Message):
        """The editor asked for the figures behind one tally row."""

        row: TallyRow

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: dict[str, TallyRow] = {}
        self.result: Tally | None = None
        self._now = 0.0
        self._trend: list[int] = [0]
        self._feeds: dict[str, str] = {}
        self._label_width = 20

    def compose(self) -> ComposeResult:
        yield Static(id="tally-summary", markup=False)
        yield Sparkline([0], id="tally-spark")
        yield PanelTable(id="tally-table")

    @property
    def table(self) -> PanelTable:
        return self.query_one("#tally-table", PanelTable)

    def load(self, view: PanelView) -> None:
        data = view.data
        self.show(data.tally, data.killed_trend, data.now, feeds=view.feeds)

    def show(
        self, result: Tally, trend: list[int], now: float, *, feeds: dict[str, str] | None = None
    ) -> None:
        """Fill the panel; `feeds` maps feed names to shorter ones for the source lines (the
        copied citation keeps the full name)."""
        if feeds is not None:
            self._feeds = feeds
        self.result = result
        rows = tally_rows(result, now)
        self.rows = {r.key: r for r in rows}
        self.query_one("#tally-summary", Static).update(Text(summary(result)))
        self.query_one("#tally-spark", Sparkline).data = trend or [0]
        self._now, self._trend = now, trend
        table = self.table
        spec = columns(table.size.width or 60, rows)
        self._label_width = spec[0][2] or 20
        table.set_columns(spec)
        table.fill(((r.key, self._cells(r, now)) for r in rows), height=2)

    def on_resize(self) -> None:
        if self.result is not None:
            self.show(self.result, self._trend, self._now)

    def _source(self, row: TallyRow) -> str:
        """The row's source with the outlet's short name (`SOHR via Northern Desk Wire`)."""
        for name, short in self._feeds.items():
            if name != short and row.source.endswith(name):
                return row.source[: -len(name)] + short
        return row.source

    def _cells(self, row: TallyRow, now: float) -> list[Text]:
        indent = {"country": "", "event": "  ", "context": "  "}[row.level]
        style = {"country": "bold", "event": "", "context": MUTED}[row.level]
        label = cell(indent + row.label, style)
        if row.party:
            label.append(" ⚑ party claim", style="italic")
        when = local_time(row.as_of, now) if row.as_of else "no time"
        label.append("\n" + indent + "  ")
        # The as-of time is never cut: a narrow column shortens the source before it.
        room = max(4, self._label_width - len(indent) - 2 - len(f" · {when}"))
        source = cell(self._source(row), MUTED)
        source.truncate(room, overflow="ellipsis")
        label.append_text(source)
        label.append(f" · {when}", style=MUTED)
        return [
            label,
            number(row.killed, "bold" if row.level != "context" else MUTED),
            Text(spread(row), justify="right"),
            number(row.civilians) if row.civilians is not None else Text(""),
            number(row.injured),
        ]

    def current(self) -> TallyRow | None:
        key = self.table.current_key()
        return self.rows.get(key) if key else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = event.row_key.value
        if key is not None and key in self.rows:
            self.post_message(self.Opened(self.rows[key]))
