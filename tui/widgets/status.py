"""Feed health summary, the alerts list and the status line."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

from ingest.health import HEALTH, FeedHealth, Health
from storage.records import Alert
from tui.data import Query
from tui.panels import PanelView
from tui.text import MUTED, cell, local_time, one_line
from tui.widgets.table import PanelTable


def health_counts(health: list[FeedHealth]) -> dict[Health, int]:
    """ok / failing / stale / disabled / never fetched counts, one per feed, from each feed's
    one verdict (`ingest.health`): the health screen shows the same word for each feed."""
    counts = dict.fromkeys(HEALTH, 0)
    for feed in health:
        counts[feed.health] = counts.get(feed.health, 0) + 1
    return counts


class HealthSummary(Static):
    """`Feeds: 5 ok · 1 failing · 1 stale`; the health screen has the details."""

    BORDER_TITLE = "Feed health"

    def load(self, view: PanelView) -> None:
        self.show(view.data.health)

    def show(self, health: list[FeedHealth]) -> None:
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
        failing = [f for f in health if f.status == "failing"]
        for feed in failing[:2]:
            text.append(f"\n{one_line(feed.name)}: {one_line(feed.last_error)}", style=MUTED)
        self.set_class(bool(failing), "-failing")
        self.update(text)


class AlertsTable(PanelTable):
    """Alerts fired by the poller's rules, newest first."""

    BORDER_TITLE = "Alerts"

    def load(self, view: PanelView) -> None:
        self.show(view.data.alerts, view.data.now)

    def show(self, alerts: list[Alert], now: float) -> None:
        self.set_columns([("Time", "at", 6), ("Rule", "rule", 16), ("Message", "message", None)])
        self.fill(
            (
                str(a.id),
                [Text(local_time(a.at, now, compact=True)), cell(a.rule), cell(a.message)],
            )
            for a in alerts
        )


@dataclass(frozen=True, slots=True)
class PollerState:
    """Who polls the database this dashboard shows: the one answer that the header, the
    status line and every notice are written from, so that none contradicts another."""

    polling: bool
    """This dashboard holds the poller lease."""
    holder: str | None
    """Who holds it (this dashboard, another process, or nobody)."""
    starting: bool = False
    """This dashboard's poll service has not reported yet."""
    note: str | None = None
    """What its poll service is doing when it is not polling (restarting after a crash,
    stopped after too many)."""

    @property
    def short(self) -> str:
        """For the header: `polling` or `reading only`."""
        if self.note:
            return self.note
        if self.polling:
            return "polling"
        return "starting the poller" if self.starting else "reading only"

    @property
    def text(self) -> str:
        """For the status line: who polls when this dashboard does not."""
        if self.polling or self.starting or self.note:
            return self.short
        who = f"poller: {one_line(self.holder)}" if self.holder else "no poller running"
        return f"reading only ({who})"


def filter_text(query: Query) -> Text:
    """The window and the filters (what a filter notice says)."""
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
    return text


def status_text(query: Query, poller: PollerState, error: str | None) -> Text:
    """The status line: window, filters, and whether this dashboard polls or only reads."""
    text = filter_text(query)
    text.append(" · ")
    text.append(poller.text, style="bold" if poller.polling else "")
    if error:
        text.append(" · config error: ", style="bold")
        text.append(one_line(error))
    return text
