"""Logs and references: feed health per feed, the alerts log, the audit log (with undo), help."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from ingest.health import FeedHealth
from storage.records import Alert, AuditEntry
from tui.screens.base import BaseScreen
from tui.text import cell, local_time, number
from tui.widgets.footer import KeyFooter
from tui.widgets.table import PanelTable

R = TypeVar("R")


class _TableScreen(BaseScreen, Generic[R]):
    """A titled table loaded in a worker; subclasses say what to load and how to show it."""

    rows: list[R]

    TITLE_TEXT = ""
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        yield Static(Text(self.TITLE_TEXT, style="bold"), classes="screen-title")
        yield PanelTable(id="log-table")
        yield Static(id="log-detail", markup=False)
        yield KeyFooter()

    @property
    def table(self) -> PanelTable:
        return self.query_one("#log-table", PanelTable)

    @property
    def compact(self) -> bool:
        """Times without their date on narrow terminals, so the text columns keep room."""
        return self.table.size.width < 120

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._load()

    @work(thread=True, exit_on_error=False, group="log", exclusive=True)
    def _load(self) -> list[R]:
        return self.fetch()

    def fetch(self) -> list[R]:
        raise NotImplementedError

    def show(self, rows: list[R]) -> None:
        raise NotImplementedError

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.group == "log" and event.state == WorkerState.SUCCESS:
            self.rows = event.worker.result or []
            self.show(self.rows)


class HealthScreen(_TableScreen[FeedHealth]):
    """Each configured feed: its health (the word the dashboard's summary counts), last
    fetch, last success, items, and the error or the reason it is stale."""

    TITLE_TEXT = "Feed health"

    def fetch(self) -> list[FeedHealth]:
        app = self.sitrep
        return app.reader.health(app.config, app.clock())

    def show(self, rows: list[FeedHealth]) -> None:
        now, compact = self.sitrep.clock(), self.compact
        when = 6 if compact else 12
        self.table.set_columns(
            [
                ("Feed", "name", None),
                ("Status", "status", 13),
                ("Last fetch", "fetch", when),
                ("Last ok", "ok", when),
                ("Items", "items", 6),
                ("Error or why stale", "error", None),
            ]
        )
        self.table.fill(
            (
                f.url,
                [
                    cell(f.name),
                    Text(f.health, style="" if f.health == "ok" else "bold"),
                    Text(local_time(f.last_fetch, now, compact=compact)),
                    Text(local_time(f.last_ok, now, compact=compact)),
                    number(f.items),
                    cell(f.last_error or f.stale_reason or ""),
                ],
            )
            for f in rows
        )


class AlertsScreen(_TableScreen[Alert]):
    """Every alert the poller's rules fired, newest first."""

    TITLE_TEXT = "Alerts log"

    def fetch(self) -> list[Alert]:
        return self.sitrep.reader.alerts(500)

    def show(self, rows: list[Alert]) -> None:
        now, compact = self.sitrep.clock(), self.compact
        self.table.set_columns(
            [
                ("Time", "at", 6 if compact else 12),
                ("Rule", "rule", 20),
                ("Message", "message", None),
                ("Link", "link", None),
            ]
        )
        self.table.fill(
            (
                str(a.id),
                [
                    Text(local_time(a.at, now, compact=compact)),
                    cell(a.rule),
                    cell(a.message),
                    cell(a.link or ""),
                ],
            )
            for a in rows
        )


class AuditScreen(_TableScreen[AuditEntry]):
    """Exclusions and disputes, newest first; `u` undoes the highlighted one."""

    TITLE_TEXT = "Audit log"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("u", "undo", "Undo"),
    ]

    def fetch(self) -> list[AuditEntry]:
        return self.sitrep.reader.audit_log()

    def show(self, rows: list[AuditEntry]) -> None:
        now, compact = self.sitrep.clock(), self.compact
        self.table.set_columns(
            [
                ("Id", "id", 4),
                ("Time", "at", 6 if compact else 12),
                ("Action", "action", 8),
                ("Target", "target", 12),
                ("Reason", "reason", None),
                ("Undone", "undone", 12),
            ]
        )
        self.table.fill(
            (
                str(a.id),
                [
                    Text(str(a.id)),
                    Text(local_time(a.at, now, compact=compact)),
                    Text(a.action),
                    Text(f"{a.target} {a.target_id}"),
                    cell(a.reason or ""),
                    Text(local_time(a.undone, now, compact=compact) if a.undone else ""),
                ],
            )
            for a in rows
        )

    def action_undo(self) -> None:
        key = self.table.current_key()
        row = next((a for a in getattr(self, "rows", []) if str(a.id) == key), None)
        if row is None:
            return
        if row.undone:
            self.notify("Already undone.", severity="warning")
            return
        self.sitrep.undo(row.id)


class HelpScreen(BaseScreen):
    """Every key of the dashboard and what it does."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self._text(), markup=False, id="help-text")
        yield KeyFooter()

    def _text(self) -> Text:
        from tui.screens.keys import help_text

        return help_text(self.app)
