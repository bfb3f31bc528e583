"""The map panel: where the window's counted deaths are, on Natural Earth's coastlines.

A disc per place of the tally's events, sized by the deaths its rows add (one size step per
power of ten), the largest places labelled with their number; the highlighted place is
named, with its number and events, on the panel's last line. The arrow keys move to the
nearest place that way, Enter filters the dashboard by it (as Enter on the places panel does),
and `z` zooms to its country and back. With a place filter the map shows that place's
country. The numbers are the tally panel's (`tui.mapview`); coordinates are looked up off the
UI thread (`storage.api.Archive.locate`), once per place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from extract.tally import Tally
from storage.api import PlaceKey, Point, country_of
from tui import mapview
from tui.canvas import Canvas
from tui.panels import PanelView
from tui.text import safe
from tui.widgets.drawing import canvas_strips, text_strip

LABELS_PER_ROWS = 3
"""One label for every this many rows of map (the highlighted place is always labelled)."""


@dataclass(frozen=True, slots=True)
class Located:
    """What a lookup found: coordinates of places, and the country of place filters."""

    points: dict[PlaceKey, Point | None]
    countries: dict[str, str | None]


@dataclass(frozen=True, slots=True)
class Zoom:
    """What the map is zoomed to, for the panel's subtitle."""

    country: str | None
    box: mapview.Box


class MapPanel(Widget, can_focus=True):
    """The map of the window's counted deaths (see the module docstring)."""

    BORDER_TITLE = "Map of counted deaths"
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "map--border",
        "map--coast",
        "map--marker",
        "map--cursor",
        "map--label",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move('left')", "Place to the west", show=False),
        Binding("right", "move('right')", "Place to the east", show=False),
        Binding("up", "move('up')", "Place to the north", show=False),
        Binding("down", "move('down')", "Place to the south", show=False),
        Binding("enter", "select", "Filter by place"),
        Binding("z", "zoom", "Zoom to country"),
    ]

    @dataclass
    class Selected(Message):
        """The editor asked to see only this place's events and tallies."""

        place: str

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.result: Tally | None = None
        self.place_filter: str | None = None
        self.points: dict[PlaceKey, Point | None] = {}
        """Coordinates found so far (None: no source knows the place), kept across loads."""
        self.filter_country: dict[str, str | None] = {}
        self.markers = mapview.Markers((), 0)
        self.selected = 0
        self.zoomed: str | None = None
        """The country `z` zoomed to (None: the window's extent)."""
        self.view: mapview.View | None = None
        self.zoom = Zoom(None, mapview.WORLD)
        self._outline: tuple[mapview.View, Canvas] | None = None
        self._strips: list[Strip] | None = None
        self._pending: set[PlaceKey] = set()

    # Data ---------------------------------------------------------------------------------

    def load(self, view: PanelView) -> None:
        self.show(view.data.tally, view.data.query.place)

    def show(self, result: Tally, place_filter: str | None) -> None:
        """Draw a new tally (the dashboard's, for its window and filters)."""
        self.result = result
        if place_filter != self.place_filter:
            self.zoomed = None
        self.place_filter = place_filter
        missing = mapview.place_keys(result) - self.points.keys()
        names = [place_filter] if place_filter and place_filter not in self.filter_country else []
        if missing or names:
            self._pending = missing
            self._locate(sorted(missing, key=lambda k: (k[0] or "", k[1] or "")), names)
        self._rebuild()

    @work(thread=True, exit_on_error=False, group="map", exclusive=True)
    def _locate(self, keys: list[PlaceKey], names: list[str]) -> Located:
        reader = self.app.reader  # type: ignore[attr-defined]
        found: dict[PlaceKey, Point | None] = reader.locate(keys)
        return Located(found, {name: country_of(name) for name in names})

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "map" or event.state != WorkerState.SUCCESS:
            return
        if isinstance(located := event.worker.result, Located):
            self.points.update(located.points)
            self.filter_country.update(located.countries)
            self._pending = set()
            self._rebuild()

    def _rebuild(self) -> None:
        """New markers from the tally and the coordinates known; keep the highlighted place."""
        current = self.current()
        self.markers = (
            mapview.markers_of(self.result, self.points)
            if self.result is not None
            else mapview.Markers((), 0)
        )
        keys = [m.key for m in self.markers.shown]
        self.selected = keys.index(current.key) if current and current.key in keys else 0
        self._invalidate()

    def _invalidate(self) -> None:
        self.zoom = self._zoom()
        self.border_subtitle = self.subtitle()
        self._strips = None
        self.refresh()

    def current(self) -> mapview.Marker | None:
        shown = self.markers.shown
        return shown[self.selected] if 0 <= self.selected < len(shown) else None

    # Zoom ---------------------------------------------------------------------------------

    def _zoom(self) -> Zoom:
        """The selected country (`z`, or the place filter's), else the window's extent."""
        countries = mapview.outlines().countries
        shown = self.markers.shown
        country = self.zoomed
        if country is None and self.place_filter:
            country = self.filter_country.get(self.place_filter)
            if country is None and self.place_filter in countries:
                country = self.place_filter
            if country is None and shown:
                country = shown[0].country
        if country is not None and country in countries:
            inside = [m for m in shown if m.country == country]
            return Zoom(country, mapview.extent(inside, countries[country]))
        return Zoom(None, mapview.extent(shown))

    # Drawing ------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips = None  # a new theme: new colours

    def on_resize(self) -> None:
        self._strips = None

    def render_line(self, y: int) -> Strip:
        if self._strips is None:
            self._strips = self._draw()
        return self._strips[y] if 0 <= y < len(self._strips) else Strip.blank(self.size.width)

    def _draw(self) -> list[Strip]:
        width, height = self.size.width, self.size.height
        if width <= 0 or height <= 0:
            return []
        rows = max(0, height - 1)
        view = mapview.fit(self.zoom.box, width, rows)
        self.view = view
        if self._outline is None or self._outline[0] != view:
            self._outline = (view, mapview.base(view))
        shown = self.markers.shown
        canvas = mapview.draw(
            view,
            shown,
            self.selected if shown else None,
            labels=max(1, rows // LABELS_PER_ROWS),
            outline=self._outline[1],
        )
        styles = self._styles()
        strips = canvas_strips(canvas, styles, width)
        strips.append(text_strip(self.info(), self.app.console, width, styles[0]))
        return strips

    def _styles(self) -> dict[int, Style]:
        base = self.rich_style
        style = self.get_component_rich_style
        return {
            0: base,
            mapview.BORDER: style("map--border"),
            mapview.COAST: style("map--coast"),
            mapview.MARKER: style("map--marker"),
            mapview.CURSOR: style("map--cursor"),
            mapview.LABEL: style("map--label"),
            mapview.CURSOR_LABEL: style("map--cursor"),
        }

    def info(self) -> Text:
        """The last line: the highlighted place and its number, or why the map is empty."""
        marker = self.current()
        if marker is None:
            if self._pending:
                return Text("Placing the tally's places…")
            text = Text("No counted deaths in this window")
            if self.markers.unplaced:
                text = Text(f"{self.markers.unplaced:,} killed in places the map cannot place")
            return text
        text = Text("▶ ", style="bold")
        where = marker.name
        if marker.key[0] is not None and marker.country:
            where += f", {marker.country}"
        elif marker.key[0] is None:
            where += " (no place named)"
        text.append_text(safe(where, "bold"))
        n = len(marker.events)
        text.append(f": {marker.killed:,} killed · {n} event{'s' if n != 1 else ''}")
        if self.markers.unplaced:
            text.append(f" · {self.markers.unplaced:,} not on the map")
        return text

    def subtitle(self) -> str:
        n = len(self.markers.shown)
        where = self.zoom.country or "window"
        return f"{n} place{'s' if n != 1 else ''} · {where}"

    # Keys ---------------------------------------------------------------------------------

    def action_move(self, direction: str) -> None:
        if self.view is None or not self.markers.shown:
            return
        self.selected = mapview.step(self.view, self.markers.shown, self.selected, direction)
        self._invalidate()

    def action_select(self) -> None:
        if (marker := self.current()) is not None:
            self.post_message(self.Selected(marker.filter_name))

    def action_zoom(self) -> None:
        marker = self.current()
        if self.zoomed is not None or marker is None:
            self.zoomed = None
        else:
            self.zoomed = marker.country
        self._invalidate()
