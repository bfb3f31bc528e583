"""Actor activity and places: who and where, selectable to filter the other panels."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from storage.records import ActorActivity, PlaceActivity
from tui.panels import PanelView
from tui.text import MUTED, cell, change_text, number, sparkline
from tui.widgets.table import PanelTable


class ActorsTable(PanelTable):
    """Most active actors in the window: mentions, an hourly sparkline and the change against
    the previous window. Enter filters events and tallies to the actor."""

    BORDER_TITLE = "Actor activity"

    @dataclass
    class Selected(Message):
        actor: str

    def load(self, view: PanelView) -> None:
        self.show(view.data.actors)

    def show(self, actors: list[ActorActivity]) -> None:
        self.set_columns(
            [
                ("Actor", "actor", None),
                ("Kind", "kind", 12),
                ("Ment", "mentions", 5),
                ("Per hour", "trend", 12),
                ("Change", "change", 7),
            ]
        )
        self.fill(
            (
                a.actor,
                [
                    cell(a.actor),
                    cell(a.kind or "", MUTED),
                    number(a.mentions),
                    Text(sparkline(list(a.trend))),
                    change_text(a.change, new=a.new),
                ],
            )
            for a in actors[:50]
        )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.Selected(event.row_key.value))


class PlacesTable(PanelTable):
    """Places mentioned in the window with the deaths tallied there. Enter filters to it."""

    BORDER_TITLE = "Places"

    @dataclass
    class Selected(Message):
        place: str

    def load(self, view: PanelView) -> None:
        self.show(view.data.places)

    def show(self, places: list[PlaceActivity]) -> None:
        self.set_columns(
            [
                ("Place", "place", None),
                ("Country", "country", 12),
                ("Ment", "mentions", 5),
                ("Killed", "killed", 6),
            ]
        )
        seen: set[str] = set()
        rows = []
        for p in places[:50]:
            if p.place in seen:
                continue
            seen.add(p.place)
            rows.append(
                (
                    p.place,
                    [
                        cell(p.place),
                        cell(p.country or "", MUTED),
                        number(p.mentions),
                        number(p.killed, "bold"),
                    ],
                )
            )
        self.fill(rows)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.Selected(event.row_key.value))
