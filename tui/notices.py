"""Alert notices: one toast per burst, and none over a form.

Adding a feed or a busy hour can log many alerts at once; a toast for each would cover the
panels (at 80x24 two toasts hide half the screen) and ring the bell again and again. Alerts
that arrive together, or while the last alert toast is still up, become one toast
("7 new alerts, a to open") that replaces it. While a form or a question is open (a modal
screen) no toast is shown at all: notices wait and appear when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.notifications import Notification, Notify
from textual.screen import ModalScreen

from ingest.safe_text import terminal_text
from storage.records import Alert
from tui.text import one_line

if TYPE_CHECKING:
    from textual.app import App

ALERT_TIMEOUT = 15.0


def alert_message(alerts: list[Alert]) -> tuple[str, str]:
    """(title, message) of the toast for `alerts`: the alert itself when it is alone."""
    if len(alerts) == 1:
        alert = alerts[0]
        lines = [one_line(alert.message)]
        if alert.link:
            lines.append(one_line(alert.link))
        return one_line(alert.rule), "\n".join(lines)
    return "Alerts", f"{len(alerts)} new alerts, a to open"


def covered_by_a_form(app: App[Any]) -> bool:
    """Is a modal screen (a form, a question, the command palette) on top?"""
    try:
        return isinstance(app.screen, ModalScreen)
    except Exception:  # no screen yet
        return False


class Notices:
    """Holds notices while a form is open and folds alerts into one toast."""

    def __init__(self, app: App[Any], ring: Callable[[], None]) -> None:
        self.app = app
        self.ring = ring
        self.held: list[Callable[[], None]] = []
        self.alerts: list[Alert] = []
        """Alerts not yet shown."""
        self._toast: tuple[Notification, list[Alert]] | None = None
        """The alert toast on screen and the alerts it tells of."""

    def hold(self, show: Callable[[], None]) -> bool:
        """Keep `show` for later when a form is open; True when it was kept."""
        if not covered_by_a_form(self.app):
            return False
        self.held.append(show)
        return True

    def add_alerts(self, alerts: list[Alert]) -> None:
        self.alerts.extend(alerts)
        self.release()

    def release(self) -> None:
        """Show what waited (the form closed), then the alerts, as one toast."""
        if covered_by_a_form(self.app):
            return
        held, self.held = self.held, []
        for show in held:
            show()
        if not self.alerts:
            return
        alerts, self.alerts = self.alerts, []
        if self._toast is not None and self._toast[0] in self.app._notifications:
            shown, earlier = self._toast
            self.app._unnotify(shown)
            alerts = [*earlier, *alerts]
        title, message = alert_message(alerts)
        toast = Notification(
            terminal_text(message),
            terminal_text(title),
            "warning",
            ALERT_TIMEOUT,
            markup=False,
        )
        self.app.post_message(Notify(toast))
        self._toast = (toast, alerts)
        self.ring()
