"""Where numbers come from: one event with its figures highlighted, and the figures behind a
tally row with the sentences, sources and as-of times that produced them."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState

from extract.tally import TalliedFigure, Tally
from ingest.process import item_text
from storage.records import ItemDetail, StoredFigure
from tui.screens.base import BaseScreen
from tui.text import (
    MUTED,
    cell,
    citation,
    find_spans,
    highlighted,
    is_web_link,
    local_time,
    number,
    one_line,
)
from tui.text import safe as safe_text
from tui.widgets.footer import KeyFooter
from tui.widgets.table import PanelTable
from tui.widgets.tally_rows import TallyRow, tally_rows

FIGURE_STYLE = "bold reverse"


def browser_available() -> bool:
    """Can Python's `webbrowser` start a browser here (not on a server over SSH, say)?"""
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


ACTOR_STYLE = "bold underline"
PLACE_STYLE = "italic underline"


class EventScreen(BaseScreen):
    """One item: its text with figures, actors and places highlighted, and each figure's
    sentence, source and verdict."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("o", "open_link", "Open link"),
        Binding("c", "copy", "Copy citation"),
        Binding("x", "exclude", "Exclude figure"),
        Binding("d", "dispute", "Dispute item"),
    ]

    def __init__(self, item_id: int) -> None:
        super().__init__()
        self.item_id = item_id
        self.item: ItemDetail | None = None
        self.body = Text()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="event-body"):
            yield Static(id="event-head", markup=False)
            yield Static(id="event-text", markup=False)
            yield Static(id="event-facts", markup=False)
        yield PanelTable(id="event-figures")
        yield Static(id="figure-sentence", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        # Down and Up move through the figures at once (the text above scrolls with the mouse
        # or after Tab): the figures are what this screen is for.
        self.query_one("#event-figures", PanelTable).focus()
        self.reload()

    def reload(self) -> None:
        self._load()

    @work(thread=True, exit_on_error=False, group="detail", exclusive=True)
    def _load(self) -> ItemDetail | None:
        return self.sitrep.reader.item(self.item_id)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.group == "detail" and event.state == WorkerState.SUCCESS:
            self.show(event.worker.result)

    def show(self, item: ItemDetail | None) -> None:
        if item is None:
            self.query_one("#event-head", Static).update(Text("This item is no longer stored."))
            return
        self.item = item
        now = self.sitrep.clock()
        head = safe_text(item.title, "bold")
        head.append("\n")
        outlets = item.outlets or (item.feed,)
        count = max(len(outlets), item.sources)
        head.append_text(
            safe_text(
                f"{item.feed} · {local_time(item.effective, now)} · version {item.version}",
                MUTED,
            )
        )
        head.append("\n")
        head.append(f"{count} outlet{'s' if count != 1 else ''}: ", style="bold")
        head.append_text(safe_text(one_line(", ".join(outlets))))
        if item.link:
            head.append("\n")
            head.append_text(safe_text(item.link, "underline"))
        if item.disputed:
            head.append("\n")
            head.append_text(safe_text(f"Disputed: {item.disputed}", "bold"))
        self.query_one("#event-head", Static).update(head)
        body = item_text(item.title, item.summary)
        actors, places = item.actors, item.places
        spans = [(s, e, PLACE_STYLE) for s, e in find_spans(body, places)]
        spans += [(s, e, ACTOR_STYLE) for s, e in find_spans(body, actors)]
        spans += [(*f.figure.span, FIGURE_STYLE) for f in item.figures if f.latest]
        self.body = highlighted(body, spans)
        self.query_one("#event-text", Static).update(self.body)
        facts = Text("Actors: ", style="bold")
        facts.append_text(safe_text(", ".join(actors) or "none"))
        facts.append("\nPlaces: ", style="bold")
        facts.append_text(safe_text(", ".join(places) or "none"))
        self.query_one("#event-facts", Static).update(facts)
        table = self.query_one("#event-figures", PanelTable)
        table.set_columns(
            [
                ("Id", "id", 4),
                ("Kind", "kind", 7),
                ("Count", "count", 6),
                ("Victims", "victims", 9),
                ("Source", "source", None),
                ("Status", "status", 14),
                ("Sentence", "sentence", None),
            ]
        )
        table.fill((str(f.id), self._figure_cells(f)) for f in item.figures)
        self._show_sentence()

    @on(DataTable.RowHighlighted, "#event-figures")
    def _show_sentence(self) -> None:
        """The highlighted figure's sentence in full: where its number came from."""
        f = self._figure()
        text = Text()
        if f is not None:
            text.append("Sentence: ", style="bold")
            start, end = f.figure.span
            text.append_text(safe_text(f.figure.sentence))
            text.append(f"\nCharacters {start}-{end} of the text", MUTED)
        self.query_one("#figure-sentence", Static).update(text)

    @staticmethod
    def _figure_cells(f: StoredFigure) -> list[Text]:
        fig = f.figure
        if f.excluded:
            status = f"excluded: {f.excluded}"
        elif not f.latest:
            status = f"version {f.version}"
        elif not fig.conflict:
            status = "not conflict"
        else:
            status = "party claim" if fig.source_kind == "party" else "eligible"
        return [
            Text(str(f.id)),
            Text(fig.kind),
            number(fig.count, "bold"),
            cell(fig.victims),
            cell(fig.source or "–"),
            cell(status),
            cell(fig.sentence),
        ]

    def _figure(self) -> StoredFigure | None:
        key = self.query_one("#event-figures", PanelTable).current_key()
        figures = self.item.figures if self.item else ()
        return next((f for f in figures if str(f.id) == key), None)

    def action_open_link(self) -> None:
        link = self.item.link if self.item else None
        if not is_web_link(link):
            self.notify("Only http(s) links are opened.", severity="warning")
            return
        assert link is not None
        if not self.app.is_web and not browser_available():
            # Nothing would happen: say so, and hand the editor the link instead.
            self.app.copy_to_clipboard(link.strip())
            self.notify(
                f"No web browser to open it with here; the link is on the clipboard: {link}",
                title="Open link",
                severity="warning",
                markup=False,
            )
            return
        self.app.open_url(link.strip())

    def action_copy(self) -> None:
        f, item = self._figure(), self.item
        if f is None or item is None:
            return
        fig = f.figure
        self.sitrep.copy_citation(
            citation(
                fig.count,
                fig.kind,
                fig.place or fig.country,
                fig.source,
                item.feed,
                f.effective,
                now=self.sitrep.clock(),
            )
        )

    def action_exclude(self) -> None:
        if (f := self._figure()) is not None:
            self.sitrep.ask_exclude(f.id)

    def action_dispute(self) -> None:
        self.sitrep.ask_dispute(self.item_id)


class TallyScreen(BaseScreen):
    """The figures behind one tally number: sentence, source, as-of time and verdict."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("c", "copy", "Copy citation"),
        Binding("x", "exclude", "Exclude figure"),
    ]

    def __init__(self, row: TallyRow, result: Tally) -> None:
        super().__init__()
        self.row = row
        self.result = result

    def compose(self) -> ComposeResult:
        yield Static(id="tally-head", markup=False)
        yield PanelTable(id="tally-figures")
        yield Static(id="tally-sentence", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.show()

    def figures(self) -> list[TalliedFigure]:
        by_id = {f.source.id: f for f in (*self.result.figures, *self.result.context)}
        return [by_id[i] for i in self.row.figure_ids if i in by_id]

    def show(self) -> None:
        row, now = self.row, self.sitrep.clock()
        head = safe_text(row.label, "bold")
        head.append(f"\n{row.killed} killed · {row.injured} injured · ")
        head.append_text(safe_text(row.citation, MUTED))
        self.query_one("#tally-head", Static).update(head)
        table = self.query_one("#tally-figures", PanelTable)
        table.set_columns(
            [
                ("Id", "id", 5),
                ("Kind", "kind", 7),
                ("Count", "count", 6),
                ("Adds", "tallied", 5),
                ("Source", "source", None),
                ("As of", "as_of", 12),
                ("Verdict", "verdict", None),
            ]
        )
        table.fill((str(f.source.id), self._cells(f, now)) for f in self.figures())
        self._show_sentence()

    @staticmethod
    def _cells(f: TalliedFigure, now: float) -> list[Text]:
        src = f.source
        who = f"{src.figure.source} via {src.feed}" if src.figure.source else src.feed
        verdict = "counted" if f.counted else (f.excluded_reason or "not counted")
        if f.party_claim:
            verdict += " (party claim)"
        return [
            Text(str(src.id)),
            Text(src.figure.kind),
            number(src.figure.count, "bold"),
            number(f.tallied),
            cell(who),
            Text(local_time(src.published, now)),
            cell(verdict),
        ]

    def _current(self) -> TalliedFigure | None:
        key = self.query_one("#tally-figures", PanelTable).current_key()
        return next((f for f in self.figures() if str(f.source.id) == key), None)

    @on(DataTable.RowHighlighted)
    def _show_sentence(self) -> None:
        f = self._current()
        text = Text()
        if f is not None:
            text.append("Sentence: ", style="bold")
            text.append_text(safe_text(f.source.figure.sentence))
            text.append("\nItem: ", style="bold")
            text.append_text(safe_text(f.source.item_title))
        self.query_one("#tally-sentence", Static).update(text)

    @on(DataTable.RowSelected)
    def _open(self) -> None:
        if (f := self._current()) is not None:
            self.sitrep.open_item(f.source.item_id)

    def action_copy(self) -> None:
        if (f := self._current()) is not None:
            fig, src = f.source.figure, f.source
            self.sitrep.copy_citation(
                citation(
                    fig.count,
                    fig.kind,
                    fig.place or fig.country,
                    fig.source,
                    src.feed,
                    src.published,
                    now=self.sitrep.clock(),
                )
            )

    def action_exclude(self) -> None:
        if (f := self._current()) is not None:
            self.sitrep.ask_exclude(f.source.id)

    def reload(self) -> None:
        self._load()

    @work(thread=True, exit_on_error=False, group="detail", exclusive=True)
    def _load(self) -> Tally:
        app = self.sitrep
        return app.reader.tally(app.dashboard.query_state, app.clock())

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.group == "detail" and event.state == WorkerState.SUCCESS:
            if not isinstance(event.worker.result, Tally):
                return
            self.result = event.worker.result
            self.row = next(
                (r for r in tally_rows(self.result, self.sitrep.clock()) if r.key == self.row.key),
                self.row,
            )
            self.show()
