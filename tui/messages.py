"""App-wide messages: what the poll service and the screens tell the app.

Widgets post their own messages (nested in the widget class); these are the ones that do not
belong to one widget. The poll service runs on its own thread and reaches the app only through
them, so the UI thread is the single place where state changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from ingest.config import Config


@dataclass
class LeaseChanged(Message):
    """This dashboard took or lost the poller lease; `holder` is who holds it now."""

    held: bool
    holder: str | None


@dataclass
class PassCompleted(Message):
    """The poll service finished a pass (only the holder of the lease polls)."""

    new: int
    failed: int


@dataclass
class ServiceWarning(Message):
    """The poll service has something to say that is not an error of one feed (the disk is
    full and polling is paused, an alert rule cannot run its command)."""

    text: str


@dataclass
class ServiceCrashed(Message):
    """The poll service died of `error` (`crashes` times in a row); it restarts in
    `restart_in` seconds, or stays down (None) and lets another process take the lease."""

    error: str
    crashes: int
    restart_in: float | None


@dataclass
class ConfigReloaded(Message):
    """feeds.yaml changed on disk and the poll service adopted it."""

    config: Config


@dataclass
class ConfigFailed(Message):
    """An edit of feeds.yaml is invalid (`file:line: message`); the last good config runs on."""

    error: str


@dataclass
class FilterRequested(Message):
    """Show only the events and tallies of one actor or place (None clears that filter)."""

    actor: str | None = None
    place: str | None = None


@dataclass
class EditorialChanged(Message):
    """An editor excluded, disputed or undid something: the panels must reload."""

    summary: str
