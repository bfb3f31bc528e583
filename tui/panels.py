"""What a data panel of the dashboard is: a widget that shows its part of one load.

The dashboard loads every panel's data at once (`tui.data.PanelData`, from the read API) and
hands each registered panel the same `PanelView`. A new panel is its widget, with a `load`
method, plus one entry in `tui.screens.dashboard.PANELS` (and its place in `app.tcss`);
it never queries anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from rich.text import Text

from tui.data import PanelData


@dataclass(frozen=True, slots=True)
class PanelView:
    """One load as the panels show it: the data, and what the dashboard adds to it."""

    data: PanelData
    fresh: set[int]
    """Events that arrived since the last load (marked for a few seconds)."""
    feeds: dict[str, str]
    """Feed names shortened for narrow columns (`tui.text.short_names`)."""
    empty: Text
    """Why the events panel is empty, when it is."""


@runtime_checkable
class DataPanel(Protocol):
    """A panel the dashboard fills from each load."""

    def load(self, view: PanelView) -> None: ...
