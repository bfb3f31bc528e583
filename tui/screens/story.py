"""A story's toll over time: Enter on a tally row's event opens it.

Above, the event and its numbers (the tally row's, and the event's toll over all time, which
the chart ends on); then the chart (`tui.widgets.chart`): every report a point, the counted
line stepping through the latest values, disagreements as ranges; then the highlighted report
(outlet, source, value, time and verdict) and the event's long-run tolls, apart. Left and
Right move between reports, Enter opens the report's item, `f` the figures and sentences
behind the row (the tally figures screen), `i` switches between deaths and injuries.

Everything comes from `storage.api.Archive.story`, as `sitrep story ID` prints it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from extract.tally import Tally
from storage.api import Timeline
from tui import chartview
from tui.chartview import ChartPoint
from tui.screens.base import BaseScreen
from tui.text import MUTED, citation, local_time, one_line
from tui.text import safe as safe_text
from tui.widgets.chart import TollChart
from tui.widgets.footer import KeyFooter
from tui.widgets.tally_rows import TallyRow

KINDS = {"incident": "incident", "running": "running toll", "long": "long-run toll"}
LEGEND = (
    f"{chartview.COUNTED} counted  {chartview.OTHER} not counted  "
    f"{chartview.CONTEXT} long-run  ⣀ counted toll  ⡇ sources disagree"
)


class StoryScreen(BaseScreen):
    """One event's toll over time (see the module docstring)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("left", "move(-1)", "Earlier report", show=False),
        Binding("right", "move(1)", "Later report", show=False),
        Binding("enter", "open", "Open report"),
        Binding("f", "figures", "Figures and sentences"),
        Binding("i", "kind", "Injured / killed"),
        Binding("c", "copy", "Copy citation"),
    ]

    def __init__(self, row: TallyRow, result: Tally) -> None:
        super().__init__()
        self.row = row
        self.result = result
        self.event_id = row.event_id
        self.timeline: Timeline | None = None
        self.kind = "killed"
        self.points: list[ChartPoint] = []
        self.selected = 0

    def compose(self) -> ComposeResult:
        yield Static(id="story-head", markup=False)
        yield TollChart(id="story-chart")
        yield Static(id="story-point", markup=False)
        yield Static(id="story-context", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#story-head", Static).update(self._head())
        self.reload()

    def reload(self) -> None:
        self._load()

    def on_screen_resume(self) -> None:
        """Back from the figures (where one may have been excluded): read the story again."""
        super().on_screen_resume()
        if self.timeline is not None:
            self.reload()

    @work(thread=True, exit_on_error=False, group="detail", exclusive=True)
    def _load(self) -> Timeline | None:
        app, event_id = self.sitrep, self.event_id
        if event_id is None:
            return None
        now = app.clock()
        return app.reader.story(event_id, now)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.group == "detail" and event.state == WorkerState.SUCCESS:
            result = event.worker.result
            self.show(result if isinstance(result, Timeline) else None)

    def show(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        if timeline is not None:
            kinds = chartview.kinds(timeline)
            if self.kind not in kinds and kinds:
                self.kind = kinds[0]
        self._redraw(keep=False)

    def _redraw(self, *, keep: bool = True) -> None:
        timeline = self.timeline
        current = self.current() if keep else None
        self.points = chartview.chart_points(timeline, self.kind) if timeline else []
        ids = [p.figure.source.id for p in self.points]
        if current is not None and current.figure.source.id in ids:
            self.selected = ids.index(current.figure.source.id)
        elif not keep:
            counted = [n for n, p in enumerate(self.points) if p.counted]
            self.selected = counted[-1] if counted else max(0, len(self.points) - 1)
        self.selected = min(self.selected, max(0, len(self.points) - 1))
        steps = chartview.steps_of(timeline, self.kind) if timeline else ()
        now = self.sitrep.clock()
        chart = self.query_one(TollChart)
        chart.border_title = self._title()
        chart.border_subtitle = LEGEND
        chart.show(self.points, steps, self.selected if self.points else None, now)
        self.query_one("#story-head", Static).update(self._head())
        self.query_one("#story-point", Static).update(self._point_text())
        context = self._context_text()
        box = self.query_one("#story-context", Static)
        box.update(context)
        box.display = bool(context.plain)

    def current(self) -> ChartPoint | None:
        return self.points[self.selected] if 0 <= self.selected < len(self.points) else None

    # Text ---------------------------------------------------------------------------------

    def _head(self) -> Text:
        row, timeline = self.row, self.timeline
        head = safe_text(one_line(row.label), "bold")
        head.no_wrap, head.overflow = True, "ellipsis"
        head.append("\n")
        facts: list[str] = []
        if timeline is not None:
            e = timeline.event
            where = ", ".join(one_line(x) for x in (e.place, e.country) if x)
            facts.append(where or "place unknown")
            facts.append(KINDS.get(timeline.kind, timeline.kind))
        if row.level == "context" or (timeline is not None and timeline.kind == "long"):
            facts.append("context: shown beside the tally, never added")
            head.append_text(safe_text(" · ".join(facts), MUTED))
            return head
        injured = f", {row.injured:,} injured" if row.injured else ""
        facts.append(f"tally {row.killed:,} killed{injured}")
        if timeline is not None:
            e = timeline.event
            total = f"all time {e.killed:,} killed"
            if e.killed_high > e.killed:
                total += f" (sources {e.killed_low:,}-{e.killed_high:,})"
            facts.append(total)
            if e.covered_by is not None:
                facts.append(f"inside the toll of figure {e.covered_by}")
        elif self.event_id is None:
            facts.append("no event behind this row")
        line = safe_text(" · ".join(facts), MUTED)
        line.no_wrap, line.overflow = True, "ellipsis"
        head.append_text(line)
        return head

    def _title(self) -> str:
        """The chart's title: what it plots, and how many reports from how many outlets."""
        title = f"{self.kind.capitalize()} over time"
        if self.timeline is None:
            return title
        outlets = {f.source.feed for f in (*self.timeline.points, *self.timeline.context)}
        n = len(self.points)
        title += f" · {n} report{'s' if n != 1 else ''} from {len(outlets)} outlet"
        title += "s" if len(outlets) != 1 else ""
        if self.timeline.sampled:
            title += " · line worked out at evenly spaced reports"
        return title

    def _point_text(self) -> Text:
        point = self.current()
        text = Text()
        if point is None:
            text.append("Loading…" if self.timeline is None and self.event_id else "No reports")
        else:
            src = point.figure.source
            who = point.source
            text.append(f"{chartview.COUNTED if point.counted else point.glyph} ", style="bold")
            text.append(f"{point.value:,} {src.figure.kind}", style="bold")
            text.append(" · ")
            text.append_text(safe_text(one_line(f"{who} via {src.feed}" if who else src.feed)))
            text.append(f" · {local_time(src.published, self.sitrep.clock())}")
            text.append(f" · figure {src.id}\n", style=MUTED)
            if point.context:
                verdict = "long-run toll: context, never added"
            elif point.counted:
                verdict = "counted"
            else:
                verdict = point.figure.excluded_reason or "not counted"
            text.append("  ")
            text.append_text(safe_text(one_line(verdict), "bold" if point.counted else MUTED))
        text.no_wrap, text.overflow = True, "ellipsis"
        return text

    def _context_text(self) -> Text:
        timeline = self.timeline
        text = Text()
        if timeline is None or not timeline.context:
            return text
        text.append("Long-run tolls, never added: ", style="bold")
        now = self.sitrep.clock()
        parts = []
        for f in timeline.context:
            fig = f.source.figure
            since = f" since {fig.period_start:%b %Y}" if fig.period_start else ""
            who = f"{fig.source} via {f.source.feed}" if fig.source else f.source.feed
            parts.append(
                f"{fig.count:,} {fig.kind}{since} ({who}, {local_time(f.source.published, now)})"
            )
        text.append_text(safe_text(one_line("; ".join(parts))))
        return text

    # Keys ---------------------------------------------------------------------------------

    def action_move(self, by: int) -> None:
        if self.points:
            self.selected = min(max(self.selected + by, 0), len(self.points) - 1)
            self._redraw()

    def action_open(self) -> None:
        if (point := self.current()) is not None:
            self.sitrep.open_item(point.figure.source.item_id)

    def action_figures(self) -> None:
        from tui.screens.detail import TallyScreen

        self.app.push_screen(TallyScreen(self.row, self.result))

    def action_kind(self) -> None:
        kinds = chartview.kinds(self.timeline) if self.timeline else []
        others = [k for k in kinds if k != self.kind]
        if not others:
            other = "injured" if self.kind == "killed" else "killed"
            self.notify(f"This event has no reports of people {other}.")
            return
        self.kind = others[0]
        self._redraw(keep=False)

    def action_copy(self) -> None:
        if (point := self.current()) is not None:
            src, fig = point.figure.source, point.figure.source.figure
            self.sitrep.copy_citation(
                citation(
                    fig.count,
                    fig.kind,
                    fig.place or fig.country,
                    point.source,
                    src.feed,
                    src.published,
                    now=self.sitrep.clock(),
                )
            )
