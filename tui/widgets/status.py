"""Feed health summary, the alerts list and the status line."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from tui.data import Query
from tui.text import cell, local_time, one_line
from tui.widgets.table import PanelTable


def health_counts(health: list[dict[str, Any]]) -> dict[str, int]:
    """ok / failing / stale / disabled / never fetched counts, one per feed: a feed whose
    last fetch worked but which has not been fetched for several intervals is stale, not ok."""
    counts = {"ok": 0, "failing": 0, "stale": 0, "disabled": 0, "never fetched": 0}
    for feed in health:
        status = "stale" if feed["stale"] and feed["status"] == "ok" else feed["status"]
        counts[status] = counts.get(status, 0) + 1
    return counts


class HealthSummary(Static):
    """`Feeds: 5 ok · 1 failing · 1 stale`; the health screen has the details."""

    BORDER_TITLE = "Feed health"

    def show(self, health: list[dict[str, Any]]) -> None:
        counts = health_counts(health)
        text = Text("Feeds: ")
        text.append(f"{counts['ok']} ok", style="bold")
        text.append(" · ")
        text.append(f"{counts['failing']} failing", style="bold" if counts["failing"] else "")
        text.append(f" · {counts['stale']} stale")
        if counts["disabled"]:
            text.append(f" · {counts['disabled']} disabled")
        if counts["never fetched"]:
            text.append(f" · {counts['never fetched']} not fetched yet")
        failing = [f for f in health if f["status"] == "failing"]
        for feed in failing[:2]:
            text.append(f"\n{one_line(feed['name'])}: {one_line(feed['last_error'])}", style="dim")
        self.set_class(bool(failing), "-failing")
        self.update(text)


class AlertsTable(PanelTable):
    """Alerts fired by the poller's rules, newest first."""

    BORDER_TITLE = "Alerts"

    def show(self, alerts: list[dict[str, Any]], now: float) -> None:
        self.set_columns([("Time", "at", 6), ("Rule", "rule", 16), ("Message", "message", None)])
        self.fill(
            (
                str(a["id"]),
                [Text(local_time(a["at"], now, compact=True)), cell(a["rule"]), cell(a["message"])],
            )
            for a in alerts
        )


def status_text(query: Query, polling: bool, holder: str | None, error: str | None) -> Text:
    """The status line: window, filters, and whether this dashboard polls or only reads."""
    text = Text()
    text.append(f"Window {query.window}", style="bold")
    if query.search:
        text.append(f" · search “{one_line(query.search)}”")
    if query.actor:
        text.append(f" · actor {one_line(query.actor)}")
    if query.place:
        text.append(f" · place {one_line(query.place)}")
    if query.tag:
        text.append(f" · desk {one_line(query.tag)}")
    text.append(" · ")
    if polling:
        text.append("polling", style="bold")
    else:
        text.append(f"reading only (poller: {one_line(holder) if holder else 'none'})")
    if error:
        text.append(" · config error: ", style="bold")
        text.append(one_line(error))
    return text
