"""The sitrep dashboard application and its factory (used by the CLI and the tests).

The app owns what outlives a screen: the configuration, the read-only `Reader`, the poll
service running on its own thread (only when this process holds the poller lease does it
actually poll), alerts, and editorial actions. Panels live on `DashboardScreen`.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from extract.tally import Tally
from ingest.config import Config
from ingest.failures import failure_sentence
from ingest.feedlist import RemovedFeed
from ingest.paths import ConfigLocation
from ingest.restart import Crash, RestartPolicy
from ingest.safe_text import terminal_text
from storage.api import WINDOWS, PruneReport
from tui import data, prefs, themes
from tui.data import PanelData, Query, Reader
from tui.messages import (
    ConfigFailed,
    ConfigReloaded,
    EditorialChanged,
    LeaseChanged,
    PassCompleted,
    ServiceCrashed,
    ServiceWarning,
)
from tui.notices import Notices
from tui.screens.dashboard import DashboardScreen
from tui.screens.detail import EventScreen, TallyScreen
from tui.screens.keys import binding_commands
from tui.screens.logs import AlertsScreen, AuditScreen, HealthScreen, HelpScreen
from tui.screens.reason import ReasonModal
from tui.screens.story import StoryScreen
from tui.text import local_time, one_line
from tui.widgets.status import PollerState
from tui.widgets.tally_rows import TallyRow

FAILED = {
    "poller": "The poll service",
    "refresh": "Loading the panels",
    "edit": "Saving the edit",
    "detail": "Loading the details",
    "map": "Placing the map's markers",
    "log": "Loading the log",
    "feeds": "Changing the feed list",
}
"""What each worker group does, for the one-line notice when it fails."""
READ_ONLY = "read-only: edits off"


class SitrepApp(App[None]):
    """Live conflict news for desk editors: events, tallies, actors, feed health, alerts."""

    CSS_PATH = "app.tcss"
    TITLE = "sitrep"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("h", "health", "Feed health"),
        Binding("a", "alerts", "Alerts"),
        Binding("u", "audit", "Audit log"),
        Binding("f", "feeds", "Feeds"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(
        self,
        *,
        config_location: ConfigLocation,
        config: Config,
        db_path: Path,
        tag: str | None = None,
        clock: Callable[[], float] | None = None,
        poll: bool = True,
        executor: Executor | None = None,
        editable: bool = True,
    ) -> None:
        super().__init__()
        themes.install(self)  # every theme at 4.5:1 text contrast at least
        self.editable = editable
        """False in a read-only dashboard (`sitrep serve` without --allow-edits, `sitrep
        --read-only`): exclusions, disputes, verification marks, undo and the feed manager
        are refused with a notice."""
        self.executor = executor
        self.config_location = config_location
        self.config = config
        self.db_path = db_path
        self.clock: Callable[[], float] = clock or time.time
        self.poll = poll
        self.reader = Reader(db_path, tags=lambda: self.config.tags_by_url())
        window = config.settings.window
        self.initial_query = Query(window=window, tag=tag)
        self.polling = False
        self.lease_holder: str | None = None
        self.config_error: str | None = None
        self.alerts_seen: int | None = None
        self._service_reported = False
        self.notices = Notices(self, lambda: self.bell())
        self.removed_feeds: list[RemovedFeed] = []
        """Feeds removed in the feed manager, last last: `u` there puts them back."""
        self._service_loop: asyncio.AbstractEventLoop | None = None
        self._service_stop: asyncio.Event | None = None
        self._stopping = threading.Event()
        self._failures: dict[str, str] = {}
        self.restart_policy = RestartPolicy()
        """How the poll service is restarted after a crash (tests shorten it)."""
        self.crashed: str | None = None
        """The crash the poll service is restarting from, until a pass completes again."""
        self.service_note: str | None = None
        """Shown instead of "polling" while the poll service restarts or after it stopped."""
        self.last_prune: PruneReport | None = None

    @property
    def dashboard(self) -> DashboardScreen:
        return self.get_screen("dashboard")  # type: ignore[return-value]

    def on_mount(self) -> None:
        if (theme := prefs.saved_theme()) in self.available_themes:
            self.theme = theme  # as the editor left it
        self.install_screen(DashboardScreen(self.initial_query), "dashboard")
        self.push_screen("dashboard")
        self.show_poller()
        if self.poll:
            self._run_service()

    def watch_theme(self, theme: str) -> None:
        prefs.save_theme(theme)

    def on_unmount(self) -> None:
        self.stop_service()
        self.reader.close()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification, from any screen or widget, passes the one sanitiser: messages
        carry server replies, config errors and feed names, and a terminal obeys escapes.
        None is shown over a form: it waits until the form closes (`tui.notices`)."""
        show = partial(
            super().notify,
            terminal_text(message),
            title=terminal_text(title),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )
        if not self.notices.hold(show):
            show()

    # The poll service ---------------------------------------------------------------------

    @work(thread=True, exit_on_error=False, group="poller")
    def _run_service(self) -> None:
        from ingest.service import ServiceEvents, make_executor, supervise

        def post(message: Any) -> None:
            if not self._stopping.is_set():
                self.post_message(message)

        events = ServiceEvents(
            on_pass=lambda r: post(PassCompleted(r.new, len(r.failed))),
            on_reload=lambda c: post(ConfigReloaded(c)),
            on_config_error=lambda e: post(ConfigFailed(str(e))),
            on_lease=lambda held, holder: post(LeaseChanged(held, holder)),
            on_warning=lambda text: post(ServiceWarning(text)),
        )

        def crashed(crash: Crash) -> None:
            error = f"{crash.error.__class__.__name__}: {crash.error}"
            post(ServiceCrashed(error, crash.crashes, crash.restart_in))

        async def main() -> None:
            self._service_stop = asyncio.Event()
            self._service_loop = asyncio.get_running_loop()
            if self._stopping.is_set():
                return
            with self.executor or make_executor() as executor:
                await supervise(
                    self.config,
                    self.config_location.path,
                    self.db_path,
                    self._service_stop,
                    role="dashboard",
                    events=events,
                    on_crash=crashed,
                    policy=self.restart_policy,
                    executor=executor,
                    trusted=self.config_location.trusted,
                )

        asyncio.run(main())

    def stop_service(self) -> None:
        """Ask the poll service to finish its pass and release the lease (thread-safe)."""
        self._stopping.set()
        loop, stop = self._service_loop, self._service_stop
        if loop is not None and stop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stop.set)

    def on_lease_changed(self, message: LeaseChanged) -> None:
        self.polling, self.lease_holder = message.held, message.holder
        self._service_reported = True
        self.service_note = None  # the service runs (again): it asked for the lease
        self.show_poller()

    def poller_state(self) -> PollerState:
        """Who polls: the header, the status line and every notice say it from here."""
        starting = self.poll and not self._service_reported
        return PollerState(
            self.polling, self.lease_holder, starting=starting, note=self.service_note
        )

    def note_lease_holder(self, holder: str | None) -> None:
        """The lease holder as the panels last read it (another process may have taken
        over or stopped since the poll service last said)."""
        if not self.polling:
            self.lease_holder = holder
        self.show_poller()

    def show_poller(self) -> None:
        """The header's second line (who polls, the last prune) and the status line."""
        sub_title = self.poller_state().short
        pruned = self.last_prune
        if pruned is not None and pruned.items:
            when = local_time(pruned.at, self.clock())
            sub_title += f" · {pruned.items} old item(s) pruned {when}"
        self.sub_title = sub_title if self.editable else f"{sub_title} · {READ_ONLY}"
        if self.is_screen_installed("dashboard") and self.dashboard.is_mounted:
            self.dashboard.show_status()

    def on_service_warning(self, message: ServiceWarning) -> None:
        self.notify(message.text, title="Poll service", severity="warning", markup=False)

    def on_service_crashed(self, message: ServiceCrashed) -> None:
        """Tell the editor once per run of crashes, and once more if polling gives up."""
        self.polling = False
        if message.restart_in is None:
            self.crashed = None
            self.service_note = "poll service stopped: reading only"
            self.notify(
                f"The poll service failed {message.crashes} times in a row and stopped "
                f"({one_line(message.error)}). This dashboard now only reads; another "
                "dashboard or `sitrep poll` takes over polling.",
                title="Poll service stopped",
                severity="error",
                markup=False,
                timeout=30,
            )
        else:
            self.service_note = f"poll service restarting in {message.restart_in:g} s"
            if self.crashed is None:
                self.crashed = message.error
                self.notify(
                    f"The poll service failed ({one_line(message.error)}); it restarts in "
                    f"{message.restart_in:g} s, and again with longer pauses while it fails.",
                    title="Poll service restarting",
                    severity="error",
                    markup=False,
                    timeout=15,
                )
        self.show_poller()

    def on_pass_completed(self, message: PassCompleted) -> None:
        self.crashed = None
        if self.is_screen_installed("dashboard"):  # not while the app is shutting down
            self.dashboard.check()

    def on_config_reloaded(self, message: ConfigReloaded) -> None:
        self.config = message.config
        self.config_error = None
        self.notify(f"feeds.yaml reloaded: {len(message.config.feeds)} feeds", title="Config")
        self.dashboard.reload()

    def on_config_failed(self, message: ConfigFailed) -> None:
        self.config_error = message.error
        self.notify(
            message.error,
            title="feeds.yaml not reloaded",
            severity="error",
            markup=False,
            timeout=10,
        )
        self.dashboard.show_status()

    # Data and alerts ----------------------------------------------------------------------

    def on_panels_loaded(self, panels: PanelData) -> None:
        """Ring and notify for every alert logged since the last load, read by id however
        many arrived (not those from before the dashboard started); show the last prune."""
        if panels.last_prune != self.last_prune:
            self.last_prune = panels.last_prune
            self.show_poller()
        if self.alerts_seen is not None and panels.new_alerts:
            self.notices.add_alerts(panels.new_alerts)  # one toast for a burst, none over a form
        self.alerts_seen = max(self.alerts_seen or 0, panels.last_alert_id)

    def report_failure(self, worker: Worker[Any]) -> None:
        """The single place where a failed worker ends up: tell the editor, keep running.

        A failure that repeats itself (the refresh cycle retries twice a second) is told once,
        until a worker of the same group succeeds again.
        """
        error = worker.error
        what = FAILED.get(worker.group, worker.name or worker.group)
        sentence = failure_sentence(error)[0] if error is not None else "unknown error"
        text = f"{what} failed: {one_line(sentence)}"
        if self._failures.get(worker.group) == text:
            return
        self._failures[worker.group] = text
        self.notify(text, title="Something failed", severity="error", markup=False, timeout=10)

    def report_success(self, worker: Worker[Any]) -> None:
        """A group that works again will have its next failure told."""
        self._failures.pop(worker.group, None)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.report_failure(event.worker)
        elif event.state == WorkerState.SUCCESS:
            self.report_success(event.worker)

    # Editorial actions -------------------------------------------------------------------

    def copy_citation(self, text: str) -> None:
        self.copy_to_clipboard(text)
        self.notify(text, title="Copied", markup=False)

    def refuse_edit(self, what: str) -> bool:
        """True (after telling the editor why) when this dashboard may not edit."""
        if self.editable:
            return False
        self.notify(
            f"{what} is off: this dashboard is read-only "
            "(start it with `sitrep serve --allow-edits` to edit)",
            title="Read-only",
            severity="warning",
            markup=False,
        )
        return True

    def ask_exclude(self, figure_id: int) -> None:
        if self.refuse_edit("Excluding a figure"):
            return

        def done(reason: str | None) -> None:
            if reason:
                self._edit("exclude", figure_id, reason)

        self.push_screen(ReasonModal(f"Exclude figure {figure_id} from every tally"), done)

    def ask_dispute(self, item_id: int) -> None:
        if self.refuse_edit("Marking an item disputed"):
            return

        def done(reason: str | None) -> None:
            if reason:
                self._edit("dispute", item_id, reason)

        self.push_screen(ReasonModal(f"Mark item {item_id} disputed"), done)

    @work(thread=True, exit_on_error=False, group="edit")
    def _edit(self, action: str, target: int, reason: str) -> None:
        if not self.editable:  # every edit passes here: refused whatever asked for it
            raise PermissionError("this dashboard is read-only")
        if action == "exclude":
            data.exclude_figure(self.db_path, target, reason)
            summary = f"Figure {target} excluded"
        elif action == "dispute":
            data.dispute_item(self.db_path, target, reason)
            summary = f"Item {target} marked disputed"
        else:
            data.undo(self.db_path, target)
            summary = f"Audit entry {target} undone"
        self.post_message(EditorialChanged(summary))

    def undo(self, audit_id: int) -> None:
        if self.refuse_edit("Undoing a decision"):
            return
        self._edit("undo", audit_id, "")

    def on_editorial_changed(self, message: EditorialChanged) -> None:
        self.notify(message.summary, title="Editorial")
        self.dashboard.reload()
        if isinstance(self.screen, AuditScreen | TallyScreen | EventScreen | StoryScreen):
            self.screen.reload()

    # Screens ------------------------------------------------------------------------------

    def open_item(self, item_id: int) -> None:
        self.push_screen(EventScreen(item_id))

    def open_tally(self, row: TallyRow, result: Tally) -> None:
        """An event's (or a long-run toll's) toll over time; a country's figures."""
        if row.event_id is not None:
            self.push_screen(StoryScreen(row, result))
        else:
            self.push_screen(TallyScreen(row, result))

    def action_health(self) -> None:
        self.push_screen(HealthScreen())

    def action_alerts(self) -> None:
        self.push_screen(AlertsScreen())

    def action_audit(self) -> None:
        self.push_screen(AuditScreen())

    def action_feeds(self) -> None:
        if self.refuse_edit("The feed manager"):
            return
        from tui.screens.feeds import FeedManagerScreen

        self.push_screen(FeedManagerScreen())

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's commands, then every key of the screen and of the app, then the windows
        by name (the `w` key only cycles through them)."""
        taken: set[str] = set()
        for command in super().get_system_commands(screen):
            taken.add(command.title)
            yield command
        yield from binding_commands(self, screen, taken)
        if isinstance(screen, DashboardScreen):
            for window in WINDOWS:
                yield SystemCommand(
                    f"Window: {window}",
                    f"Show the last {window}" if window != "all" else "Show everything stored",
                    partial(screen.set_window, window),
                )


def make_app(
    *,
    config_location: ConfigLocation,
    config: Config,
    db_path: Path,
    tag: str | None = None,
    clock: Callable[[], float] | None = None,
    poll: bool = True,
    executor: Executor | None = None,
    editable: bool = True,
) -> SitrepApp:
    """The dashboard, ready to `run()` (or `run_test()` with `poll=False` and a fixed clock).

    Pass the process pool for parsing and extraction from outside: it must be started before
    Textual takes over the terminal's file descriptors (`ingest.service.make_executor`).
    `editable=False` makes a read-only dashboard (`SitrepApp.editable`).
    """
    return SitrepApp(
        executor=executor,
        config_location=config_location,
        config=config,
        db_path=db_path,
        tag=tag,
        clock=clock,
        poll=poll,
        editable=editable,
    )
