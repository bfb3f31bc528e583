"""The feed manager: list, add, edit, enable/disable and remove feeds in feeds.yaml.

Edits go through `ingest.feedlist`, which writes atomically and keeps the file's comments; the
poll service notices the change by itself and reloads. The form validates as the editor types
(http(s) URL, a duration the config accepts, no duplicate) and a new URL is fetch-checked
first, which also finds the feed behind a web page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Static

from ingest.config import Config, FeedConfig, check_feed_url, load_config, url_key
from storage.window import format_duration, parse_duration
from tui.screens.base import BaseScreen
from tui.screens.reason import ConfirmModal
from tui.text import cell
from tui.widgets.footer import KeyFooter
from tui.widgets.table import PanelTable


@dataclass(frozen=True, slots=True)
class FeedForm:
    """What the form returns: the fields as typed, already validated."""

    url: str
    name: str
    interval: str
    tags: tuple[str, ...]
    check: bool


def validate(url: str, interval: str, taken: set[str]) -> str | None:
    """The first problem with the typed fields, as one sentence, or None when they are fine."""
    try:
        check_feed_url(url)
    except ValueError as exc:
        return str(exc)
    if url.strip().rstrip("/") in taken:
        return "this URL is already in the list"
    if interval.strip():
        try:
            seconds = parse_duration(interval.strip())
        except ValueError as exc:
            return str(exc)
        if seconds <= 0:
            return "the interval must be longer than zero"
    return None


class FeedFormModal(ModalScreen[FeedForm | None]):
    """Add or edit one feed; Enter saves when every field is valid."""

    BINDINGS: ClassVar[list[BindingType]] = [("escape", "cancel", "Cancel")]

    def __init__(
        self, feed: FeedConfig | None, taken: set[str], interval: str | None = None
    ) -> None:
        """`interval` is the feed's interval as written in feeds.yaml (`10m`), shown as is."""
        super().__init__()
        self.feed = feed
        self.taken = taken - ({feed.url.rstrip("/")} if feed else set())
        self.interval = interval

    def compose(self) -> ComposeResult:
        feed = self.feed
        with Vertical(classes="dialog"):
            yield Label("Edit feed" if feed else "Add a feed")
            yield Input(
                feed.url if feed else "", placeholder="https://… (feed or web page)", id="url"
            )
            yield Input((feed.name or "") if feed else "", placeholder="Name (optional)", id="name")
            interval = self.interval or ""
            if not interval and feed and feed.interval:
                interval = format_duration(feed.interval)
            yield Input(interval, placeholder="Interval, e.g. 10m (optional)", id="interval")
            yield Input(
                ", ".join(feed.tags) if feed else "", placeholder="Tags, comma separated", id="tags"
            )
            yield Checkbox("Fetch-check the URL first", value=feed is None, id="check")
            yield Static("", id="form-error", classes="error", markup=False)
            yield Label("Enter to save, Escape to cancel", classes="hint")

    def _value(self, key: str) -> str:
        return self.query_one(f"#{key}", Input).value

    def problem(self) -> str | None:
        return validate(self._value("url"), self._value("interval"), self.taken)

    @on(Input.Changed)
    def _changed(self) -> None:
        problem = self.problem()
        self.query_one("#form-error", Static).update(Text(problem or ""))
        self.query_one("#url", Input).set_class(problem is not None, "-invalid")

    @on(Input.Submitted)
    def _submit(self) -> None:
        if (problem := self.problem()) is not None:
            self.query_one("#form-error", Static).update(Text(problem))
            return
        tags = tuple(t.strip() for t in self._value("tags").split(",") if t.strip())
        self.dismiss(
            FeedForm(
                self._value("url").strip(),
                self._value("name").strip(),
                self._value("interval").strip(),
                tags,
                self.query_one("#check", Checkbox).value,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


class FeedManagerScreen(BaseScreen):
    """Every feed in feeds.yaml with its interval, tags and state."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("n", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("space", "toggle_enabled", "Enable/disable"),
        Binding("delete", "remove", "Remove"),
        Binding("u", "undo_remove", "Undo remove"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(
            Text("Feeds in " + str(self.sitrep.config_location.path), style="bold"),
            classes="screen-title",
        )
        yield PanelTable(id="feeds-table")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.intervals: dict[str, str] = {}
        self.show(self.sitrep.config)
        self._read_intervals()

    @work(thread=True, exit_on_error=False, group="feeds")
    def _read_intervals(self) -> None:
        from ingest.feedlist import written_intervals

        intervals = written_intervals(self.sitrep.config_location.path)
        self.app.call_from_thread(self.show, self.sitrep.config, intervals)

    def _interval(self, feed: FeedConfig) -> str | None:
        """The feed's interval as written (`10m`), else as the config read it."""
        written = self.intervals.get(url_key(feed.url))
        if written is None and feed.interval:
            return format_duration(feed.interval)
        return written

    @property
    def table(self) -> PanelTable:
        return self.query_one("#feeds-table", PanelTable)

    def show(self, config: Config, intervals: dict[str, str] | None = None) -> None:
        """The feeds of `config`; `intervals` are as written in the file (by URL key)."""
        self.sitrep.config = config
        self.feeds = list(config.feeds)
        if intervals is not None:
            self.intervals = intervals
        self.table.set_columns(
            [
                ("Name", "name", 22),
                ("On", "enabled", 3),
                ("Interval", "interval", 8),
                ("Tags", "tags", 16),
                ("URL", "url", None),
            ]
        )
        self.table.fill(
            (
                f.url,
                [
                    cell(f.display_name),
                    Text("yes" if f.enabled else "no"),
                    Text(self._interval(f) or "default"),
                    cell(", ".join(f.tags)),
                    cell(f.url),
                ],
            )
            for f in self.feeds
        )

    def _current(self) -> FeedConfig | None:
        key = self.table.current_key()
        return next((f for f in self.feeds if f.url == key), None)

    def _taken(self) -> set[str]:
        return {f.url.rstrip("/") for f in self.feeds}

    def action_add(self) -> None:
        self.app.push_screen(FeedFormModal(None, self._taken()), self._added)

    def _added(self, form: FeedForm | None) -> None:
        if form is not None:
            self._write("add", None, form)

    def action_edit(self) -> None:
        if (feed := self._current()) is None:
            return

        def edited(form: FeedForm | None) -> None:
            if form is not None:
                self._write("edit", feed, form)

        self.app.push_screen(FeedFormModal(feed, self._taken(), self._interval(feed)), edited)

    def action_toggle_enabled(self) -> None:
        if (feed := self._current()) is not None:
            self._write("enable" if not feed.enabled else "disable", feed, None)

    def action_remove(self) -> None:
        """Ask first; a removed feed can be put back with `u` (its items stay stored)."""
        if (feed := self._current()) is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._write("remove", feed, None)

        question = Text("Remove ", style="bold")
        question.append_text(cell(feed.display_name, "bold"))
        question.append(" from the feed list?\n")
        question.append_text(cell(feed.url))
        question.append("\nIts stored items stay; u in the feed manager puts it back.")
        self.app.push_screen(ConfirmModal(question, yes="Remove"), answered)

    def action_undo_remove(self) -> None:
        if not self.sitrep.removed_feeds:
            self.notify("No removed feed to put back.", severity="warning")
            return
        self._write("restore", None, None)

    @work(exclusive=True, exit_on_error=False, group="feeds")
    async def _write(self, action: str, feed: FeedConfig | None, form: FeedForm | None) -> None:
        """Fetch-check (async, on the app's loop), then write the file in a thread."""
        import asyncio

        from ingest import feedlist
        from ingest.discover import check_feed_url as fetch_check

        path = self.sitrep.config_location.path
        url = form.url if form else ""
        if form is not None and form.check:
            result = await fetch_check(form.url, settings=self.sitrep.config.settings)
            if not result.ok or result.feed_url is None:
                self.notify(
                    result.error or "not a feed",
                    title="Feed check failed",
                    severity="error",
                    markup=False,
                )
                return
            url = result.feed_url

        def write() -> Any:
            if action == "add" and form is not None:
                return feedlist.add_feed(
                    path,
                    url,
                    name=form.name or None,
                    interval=form.interval or None,
                    tags=form.tags,
                )
            assert feed is not None
            if action == "edit" and form is not None:
                return feedlist.update_feed(
                    path, feed.url, url=url, name=form.name, interval=form.interval, tags=form.tags
                )
            if action in ("enable", "disable"):
                return feedlist.set_enabled(path, feed.url, action == "enable")
            return feedlist.take_feed(path, feed.url)

        def restore() -> Any:
            return feedlist.restore_feed(path, self.sitrep.removed_feeds[-1])

        try:
            done = await asyncio.to_thread(restore if action == "restore" else write)
        except feedlist.FeedListError as exc:
            self.notify(str(exc), title="Feeds not changed", severity="error", markup=False)
            return
        if isinstance(done, feedlist.RemovedFeed):
            self.sitrep.removed_feeds.append(done)
            message = f"Removed '{done.feed.display_name}'. u puts it back."
        elif action == "restore":
            self.sitrep.removed_feeds.pop()
            message = f"Put back '{getattr(done, 'display_name', '')}'."
        else:
            message = f"{action}: {getattr(done, 'display_name', '')}"
        self.notify(message, title="Feeds", markup=False)
        config = await asyncio.to_thread(load_config, path)
        self.show(config, await asyncio.to_thread(feedlist.written_intervals, path))
