"""What every screen shares: worker failures go to the app's single error handler."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen
from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from tui.app import SitrepApp


def report_failure(screen: Screen[Any], event: Worker.StateChanged) -> None:
    """Hand a failed worker to the app, which notifies the editor and keeps running (and a
    successful one, so that the app knows the failure is over)."""
    app: SitrepApp = screen.app  # type: ignore[assignment]
    if event.state == WorkerState.ERROR:
        app.report_failure(event.worker)
    elif event.state == WorkerState.SUCCESS:
        app.report_success(event.worker)


class BaseScreen(Screen[None]):
    """A full screen whose workers' failures are reported in one place."""

    @property
    def sitrep(self) -> SitrepApp:
        return self.app  # type: ignore[return-value]

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def on_screen_resume(self) -> None:
        """A form on top of this screen closed: the notices that waited for it show now."""
        self.sitrep.notices.release()
