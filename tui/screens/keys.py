"""Every key of the dashboard, for the help screen and the command palette alike.

Both are built from the screens' own `BINDINGS`, so a key added to a screen shows up in the
help and in the palette without anyone having to remember to list it twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen


def bindings_of(node: type[DOMNode] | DOMNode) -> list[Binding]:
    """The bindings of one of our classes, its own and those of our classes it inherits from
    (a subclass's key wins), without Textual's built-in ones."""
    cls = node if isinstance(node, type) else type(node)
    found: dict[str, Binding] = {}
    for owner in reversed(cls.__mro__):
        if owner.__module__.startswith("tui.") and "BINDINGS" in owner.__dict__:
            found.update({b.key: b for b in Binding.make_bindings(owner.__dict__["BINDINGS"])})
    return list(found.values())


def sections() -> list[tuple[str, type[DOMNode]]]:
    """(heading, class) for every place that has keys of its own, in the order of the help."""
    from tui.app import SitrepApp
    from tui.screens.dashboard import DashboardScreen
    from tui.screens.detail import EventScreen, TallyScreen
    from tui.screens.feeds import FeedFormModal, FeedManagerScreen
    from tui.screens.logs import AlertsScreen, AuditScreen, HealthScreen
    from tui.screens.reason import ConfirmModal, ReasonModal
    from tui.screens.story import StoryScreen
    from tui.widgets.map import MapPanel
    from tui.widgets.table import PanelTable

    return [
        ("Everywhere", SitrepApp),
        ("Every list", PanelTable),
        ("Dashboard", DashboardScreen),
        ("Map", MapPanel),
        ("Event", EventScreen),
        ("Story over time", StoryScreen),
        ("Tally figures", TallyScreen),
        ("Audit log", AuditScreen),
        ("Feed health", HealthScreen),
        ("Alerts log", AlertsScreen),
        ("Feed manager", FeedManagerScreen),
        ("Feed form", FeedFormModal),
        ("Reason", ReasonModal),
        ("Question", ConfirmModal),
    ]


def help_text(app: App[Any]) -> Text:
    """The help screen's text: each section's keys as the footer shows them."""
    text = Text("sitrep keys\n", style="bold")
    for title, cls in sections():
        text.append(f"\n{title}\n", style="bold underline")
        for binding in bindings_of(cls):
            text.append(f"  {app.get_key_display(binding):<10}", style="bold")
            text.append(f"{binding.description}\n")
    text.append("\nEnter opens the highlighted row; ctrl+p opens the command palette.\n")
    return text


def binding_commands(
    app: App[Any], screen: Screen[Any], taken: set[str]
) -> Iterator[SystemCommand]:
    """A palette command for each key of the focused widget, of `screen` and of the app
    (titles in `taken` are already offered, by Textual or by the caller, and are skipped)."""
    owners: list[DOMNode] = [screen, app]
    if screen.focused is not None:
        owners.insert(0, screen.focused)
    for owner in owners:
        for binding in bindings_of(owner):
            title = binding.description
            if not title or title in taken:
                continue
            taken.add(title)
            key = app.get_key_display(binding)
            yield SystemCommand(
                title, f"{title} (key {key})", partial(app.run_action, binding.action, owner)
            )
