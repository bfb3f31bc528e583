"""The main screen: every panel, the search box, and the refresh cycle that keeps them live.

The screen checks for new data twice a second in a thread worker (a cheap signature query
on a read-only connection) and reloads the panels only when something they show changed, or
once a minute so that the window moves on. The next check is scheduled when the previous one
ends, so loads never overlap and a slow load never queues more.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.widget import Widget
from textual.widgets import Header, Input, Static, Tab, Tabs
from textual.worker import Worker, WorkerState

from storage.api import WINDOWS, Signature
from tui.data import PanelData, Query
from tui.messages import FilterRequested
from tui.panels import DataPanel, PanelView
from tui.screens.base import BaseScreen
from tui.text import citation, item_citation, short_names
from tui.widgets.activity import ActorsTable, PlacesTable
from tui.widgets.events import EventsPanel, EventsTable, why_empty
from tui.widgets.footer import KeyFooter
from tui.widgets.map import MapPanel
from tui.widgets.status import AlertsTable, HealthSummary, filter_text, status_text
from tui.widgets.table import PanelTable
from tui.widgets.tallies import TallyPanel

CHECK_EVERY = 0.5
FULL_RELOAD_EVERY = 60.0


class SidePanel(Container):
    """Feed health above the alerts, as one panel."""

    BORDER_TITLE = "Feed health & alerts"

    def compose(self) -> ComposeResult:
        yield HealthSummary(id="health")
        yield AlertsTable(id="alerts")

    def load(self, view: PanelView) -> None:
        self.query_one(HealthSummary).load(view)
        self.query_one(AlertsTable).load(view)


@dataclass(frozen=True, slots=True)
class Panel:
    """One panel of the dashboard: its id, its tab's label and key, and how to make it."""

    key: str
    label: str
    tab: int
    """Its number key and place among the tabs (on a narrow terminal)."""
    make: Callable[..., Widget]
    """The widget class (a `tui.panels.DataPanel`), made with its id and the `panel` class."""


PANELS: tuple[Panel, ...] = (
    Panel("events", "Events", 1, EventsPanel),
    Panel("tallies", "Tallies", 2, TallyPanel),
    Panel("actors", "Actors", 3, ActorsTable),
    Panel("map", "Map", 6, MapPanel),
    Panel("places", "Places", 4, PlacesTable),
    Panel("side", "Health & alerts", 5, SidePanel),
)
"""Every panel, in layout order; each load fills them all. A new panel is its widget (with a
`load` method, `tui.panels`) plus one entry here, and its place in `app.tcss`."""
TABS = sorted(PANELS, key=lambda p: p.tab)


@dataclass(frozen=True, slots=True)
class Loaded:
    """A refresh worker's result: the signature it saw and the panels, if reloaded."""

    signature: Signature | None
    data: PanelData | None


class DashboardScreen(BaseScreen):
    """Latest events, tallies, actor activity, places, feed health and alerts."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search"),
        Binding("w", "cycle_window", "Window"),
        Binding("c", "copy", "Copy citation"),
        Binding("d", "dispute", "Dispute item"),
        Binding("escape", "clear_filters", "Clear filters", show=False),
        Binding("r", "reload", "Reload", show=False),
        *(
            Binding(str(n), f"panel('{key}')", f"Go to {label.lower()}", show=False)
            for n, key, label in ((p.tab, p.key, p.label) for p in TABS)
        ),
    ]

    def __init__(self, query: Query) -> None:
        super().__init__()
        self.query_state = query
        self.data: PanelData | None = None
        self.refreshes = 0
        self._signature: Signature | None = None
        self._dirty = True
        self._checking = False
        self._last_full = 0.0
        self._seen_events: set[int] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="status", markup=False)
        yield Input(
            placeholder="Search titles and summaries", id="search", classes="-hidden", disabled=True
        )
        yield Tabs(*(Tab(p.label, id=f"tab-{p.key}") for p in TABS), id="panel-tabs")
        with Container(id="dashboard"):
            for panel in PANELS:
                yield panel.make(id=panel.key, classes="panel")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(EventsTable).focus()
        self.show_status()
        self.check()

    # The refresh cycle -------------------------------------------------------------------

    def check(self) -> None:
        """Start one check-and-maybe-reload unless one is running."""
        if self._checking:
            return
        self._checking = True
        now = self.sitrep.clock()
        force = self._dirty or now - self._last_full >= FULL_RELOAD_EVERY
        self._dirty = False
        self._load(self.query_state, force)

    @work(thread=True, exit_on_error=False, group="refresh")
    def _load(self, query: Query, force: bool) -> Loaded:
        app = self.sitrep
        signature = app.reader.signature()
        if not force and signature == self._signature:
            return Loaded(signature, None)
        panels = app.reader.panels(query, app.config, app.clock(), alerts_after=app.alerts_seen)
        return Loaded(signature, panels)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.group != "refresh" or not event.worker.is_finished:
            return
        self._checking = False
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, Loaded):
            self._apply(event.worker.result)
        if self._dirty:
            self.call_later(self.check)
        else:
            self.set_timer(CHECK_EVERY, self.check)

    def _apply(self, loaded: Loaded) -> None:
        self._signature = loaded.signature
        data = loaded.data
        if data is None:
            return
        if data.query != self.query_state:
            self._dirty = True  # the editor changed the query meanwhile: load again at once
            return
        self._last_full = data.now
        ids = {e.id for e in data.events}
        fresh = set() if self._seen_events is None else ids - self._seen_events
        self._seen_events = (self._seen_events or set()) | ids
        self.data = data
        names = [f.display_name for f in self.sitrep.config.feeds]
        feeds = short_names([*names, *(e.feed for e in data.events)])
        empty = why_empty(data.query, data.health, self.sitrep.poller_state())
        view = PanelView(data, fresh, feeds, empty)
        for entry in PANELS:
            panel = self.query_one(f"#{entry.key}")
            assert isinstance(panel, DataPanel), entry.key
            panel.load(view)
        self.sitrep.on_panels_loaded(data)
        self.sitrep.note_lease_holder(data.lease_holder)
        self.refreshes += 1

    def reload(self) -> None:
        """Load again as soon as possible (the query or the data changed here)."""
        self._dirty = True
        self.check()

    def show_status(self) -> None:
        app = self.sitrep
        text = status_text(self.query_state, app.poller_state(), app.config_error)
        self.query_one("#status", Static).update(text)

    def set_query(self, **changes: Any) -> None:
        self.query_state = dataclasses.replace(self.query_state, **changes)
        self._seen_events = None
        self.query_one(EventsPanel).reset()
        self.show_status()
        self.reload()

    # Layout ------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self.set_class(self.size.width < 140, "-narrow")
        self._show_panel()

    @on(Tabs.TabActivated, "#panel-tabs")
    def _tab_changed(self) -> None:
        self._show_panel()

    def _show_panel(self) -> None:
        active = self.query_one("#panel-tabs", Tabs).active or "tab-events"
        for panel in PANELS:
            self.query_one(f"#{panel.key}").set_class(active == f"tab-{panel.key}", "-current")

    def action_panel(self, key: str) -> None:
        """Show one panel (the only one on a narrow terminal) and put the cursor in it."""
        self.query_one("#panel-tabs", Tabs).active = f"tab-{key}"
        self._show_panel()
        panel = self.query_one(f"#{key}")
        target = next(iter(panel.query(PanelTable)), None)
        self.call_after_refresh((target or panel).focus)

    # Messages from the panels -------------------------------------------------------------

    @on(EventsTable.Opened)
    def _open_event(self, event: EventsTable.Opened) -> None:
        self.sitrep.open_item(event.item_id)

    @on(TallyPanel.Opened)
    def _open_tally(self, event: TallyPanel.Opened) -> None:
        if self.data is not None:
            self.sitrep.open_tally(event.row, self.data.tally)

    @on(ActorsTable.Selected)
    def _actor(self, event: ActorsTable.Selected) -> None:
        self.post_message(FilterRequested(actor=event.actor, place=self.query_state.place))

    @on(PlacesTable.Selected)
    def _place(self, event: PlacesTable.Selected) -> None:
        self.post_message(FilterRequested(actor=self.query_state.actor, place=event.place))

    @on(MapPanel.Selected)
    def _map_place(self, event: MapPanel.Selected) -> None:
        self.post_message(FilterRequested(actor=self.query_state.actor, place=event.place))

    def on_filter_requested(self, event: FilterRequested) -> None:
        self.set_query(actor=event.actor, place=event.place)
        self.notify(filter_text(self.query_state).plain, markup=False, title="Filter")

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.set_query(search=event.value.strip())

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.query_one(EventsTable).focus()

    # Actions ------------------------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.disabled = False
        box.remove_class("-hidden")
        box.focus()

    def action_cycle_window(self) -> None:
        index = WINDOWS.index(self.query_state.window) if self.query_state.window in WINDOWS else 0
        self.set_window(WINDOWS[(index + 1) % len(WINDOWS)])

    def set_window(self, window: str) -> None:
        self.set_query(window=window)

    def action_clear_filters(self) -> None:
        box = self.query_one("#search", Input)
        box.value = ""
        box.add_class("-hidden")
        box.disabled = True
        self.query_one(EventsTable).focus()
        self.set_query(search="", actor=None, place=None)

    def action_reload(self) -> None:
        self.reload()

    def action_copy(self) -> None:
        """Copy the highlighted tally row's citation, or the highlighted event's."""
        focused = self.focused
        tallies = self.query_one(TallyPanel)
        if focused is tallies.table and (row := tallies.current()) is not None:
            self.sitrep.copy_citation(row.citation)
            return
        events = self.query_one(EventsTable)
        item_id = events.current_item()
        event = next((e for e in events.events if e.id == item_id), None)
        now = self.sitrep.clock()
        if event is None:
            self.notify("Nothing to copy here.", severity="warning")
            return
        if event.killed or event.injured:
            kind, count = ("killed", event.killed) if event.killed else ("injured", event.injured)
            where = event.places[0] if event.places else None
            text = citation(count, kind, where, None, event.feed, event.effective, now=now)
        else:
            text = item_citation(event.title, event.feed, event.effective, now)
        self.sitrep.copy_citation(text)

    def action_dispute(self) -> None:
        item_id = self.query_one(EventsTable).current_item()
        if item_id is not None:
            self.sitrep.ask_dispute(item_id)
