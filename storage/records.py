"""The records the read API (`storage.api.Archive`) returns, each with its one JSON encoder.

Front ends read attributes, never SQL column names, and every `--json` output of a record is
its `to_json()`: keys may be added there, never renamed (docs/design.md). Times are epoch
seconds here and ISO 8601 UTC in JSON (`extract.times.iso`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from extract.events import EventType
from extract.model import Figure
from extract.tally import EventTally, TalliedFigure, Tally, figure_to_json, tally_to_json
from extract.times import iso

Mark = Literal["confirmed", "disputed", "unverified"]
"""A desk's verification mark on a figure; each is also the `action` of its audit entry."""
MARKS: tuple[Mark, ...] = get_args(Mark)


def as_mark(value: object) -> Mark:
    """A stored audit action as the mark it is (ValueError when it is none)."""
    for mark in MARKS:
        if value == mark:
            return mark
    raise ValueError(f"{value!r} is not a verification mark")


@dataclass(frozen=True, slots=True)
class Item:
    """One item of the events list: headline, outlet, time, counts and the names in it."""

    id: int
    title: str
    link: str | None
    feed: str
    """The outlet's name."""
    summary: str
    effective: float
    """The time windows use: published, or first seen when missing or in the future."""
    first_seen: float
    killed: int
    injured: int
    actors: tuple[str, ...]
    places: tuple[str, ...]
    sources: int
    """Distinct outlets reporting the item's story."""
    story_id: int | None
    disputed: str | None
    """Why an editor marked the item disputed, or None."""
    version: int

    def to_json(self) -> dict[str, object]:
        """An entry of `sitrep events --json`."""
        return {
            "id": self.id,
            "title": self.title,
            "link": self.link,
            "feed": self.feed,
            "published": iso(self.effective),
            "summary": self.summary,
            "killed": self.killed,
            "injured": self.injured,
            "actors": list(self.actors),
            "places": list(self.places),
            "sources": self.sources,
        }


@dataclass(frozen=True, slots=True)
class StoredFigure:
    """A figure as stored with its item (every version), for the event screen."""

    id: int
    figure: Figure
    version: int
    """The item version the figure was read from."""
    latest: bool
    """From the item's latest version (only those can count)."""
    excluded: str | None
    """Why an editor excluded it, or None."""
    effective: float


@dataclass(frozen=True, slots=True)
class ItemDetail:
    """One item with every figure of every version, the names found in it and its outlets."""

    id: int
    title: str
    link: str | None
    summary: str
    feed: str
    effective: float
    version: int
    disputed: str | None
    sources: int
    outlets: tuple[str, ...]
    """The outlets reporting its story, by name, the item's own first."""
    figures: tuple[StoredFigure, ...]
    """Latest version first, in the order of the text."""
    actors: tuple[str, ...]
    places: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorActivity:
    """One actor's mentions in a window, with its trend and the change against the window
    before it."""

    actor: str
    kind: str | None
    country: str | None
    mentions: int
    items: int
    last_seen: float | None
    trend: tuple[int, ...]
    """Mentions per `trend_hours` hours of the window, oldest first."""
    trend_hours: int
    change: float
    """(this - previous) / max(previous, 1): 1.0 doubled, -0.5 halved; 0.0 for all time."""
    previous: int | None
    """Mentions in the window of the same length before it; None for the all-time window."""

    @property
    def new(self) -> bool:
        """No mention in the previous window: a percentage of nothing means nothing, so the
        front ends say "new" instead (the all-time window has no previous one)."""
        return self.previous == 0

    def to_json(self) -> dict[str, object]:
        """An entry of `sitrep actors --json`."""
        return {
            "actor": self.actor,
            "kind": self.kind,
            "country": self.country,
            "mentions": self.mentions,
            "items": self.items,
            "last_seen": iso(self.last_seen),
            "trend": list(self.trend),
            "trend_hours": self.trend_hours,
            "change": self.change,
            "previous": self.previous,
        }


@dataclass(frozen=True, slots=True)
class PlaceActivity:
    """A place mentioned in a window, with the deaths tallied there."""

    place: str
    country: str | None
    lat: float | None
    lon: float | None
    mentions: int
    kind: str | None
    killed: int = 0

    def to_json(self) -> dict[str, object]:
        """An entry of `sitrep places --json`."""
        return {
            "place": self.place,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "mentions": self.mentions,
            "killed": self.killed,
        }


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the database knows about one feed: its last fetches and how many items it gave
    (`ingest.health` joins it with the feed list)."""

    url: str
    title: str | None
    """The feed's own title, as last fetched."""
    tags: tuple[str, ...]
    """The tags the feed had when it was last polled."""
    last_fetch: float | None = None
    last_ok: float | None = None
    last_error: str | None = None
    last_note: str | None = None
    """What the last fetch left out (items over the per-poll limit...)."""
    next_fetch: float | None = None
    error_count: int = 0
    items: int = 0
    pruned: int = 0
    """How many of its items retention has pruned (`storage.retention`)."""
    gone: bool = False
    """The server said 410 Gone: polling stopped."""
    newest: float | None = None
    """The time of its newest item."""


@dataclass(frozen=True, slots=True)
class Alert:
    """One firing of an alert rule, as the poller logged it."""

    id: int
    at: float
    rule: str
    item_id: int | None
    message: str
    link: str | None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One editorial decision: an exclusion, a dispute or a verification mark."""

    id: int
    at: float
    action: str
    target: str
    """`figure` or `item`."""
    target_id: int
    reason: str | None
    editor: str | None
    undone: float | None

    def to_json(self) -> dict[str, object]:
        """An entry of `sitrep audit list --json`."""
        return {
            "id": self.id,
            "at": iso(self.at),
            "action": self.action,
            "target": self.target,
            "target_id": self.target_id,
            "reason": self.reason,
            "editor": self.editor,
            "undone": iso(self.undone),
        }


@dataclass(frozen=True, slots=True)
class FigureMark:
    """A figure's current verification mark: what, who, when, why."""

    figure_id: int
    mark: Mark
    editor: str | None
    at: float
    note: str | None
    audit_id: int

    def to_json(self) -> dict[str, object]:
        return {
            "mark": self.mark,
            "editor": self.editor,
            "at": iso(self.at),
            "note": self.note,
            "audit_id": self.audit_id,
        }


def marked_figure_to_json(f: TalliedFigure, mark: FigureMark | None) -> dict[str, object]:
    """A FIGURE with the desk's verification mark (`verification`, or null): every figure of
    `tally --json` and `story --json`."""
    return {**figure_to_json(f), "verification": mark.to_json() if mark is not None else None}


@dataclass(frozen=True, slots=True)
class Confirmation:
    """How many of the counted figures are confirmed: "3 of 5 figures confirmed"."""

    confirmed: int
    counted: int

    def text(self) -> str:
        return f"{self.confirmed} of {self.counted} figures confirmed"


def confirmation(
    figures: tuple[TalliedFigure, ...], found: Mapping[int, FigureMark]
) -> Confirmation:
    """Counted figures among `figures`, and how many of them are marked confirmed."""
    counted = [f for f in figures if f.counted]
    confirmed = sum(
        1 for f in counted if (m := found.get(f.source.id)) is not None and m.mark == "confirmed"
    )
    return Confirmation(confirmed, len(counted))


@dataclass(frozen=True, slots=True)
class TallyReport:
    """A full tally with the desk's marks on its figures: what `sitrep tally` shows."""

    tally: Tally
    marks: Mapping[int, FigureMark]
    confirmed_only: bool = False
    """The tally counts the confirmed figures alone (`tally --confirmed`)."""

    def confirmation(self) -> Confirmation:
        return confirmation(self.tally.figures, self.marks)

    def event_confirmation(self, figure_ids: tuple[int, ...]) -> Confirmation:
        """The confirmation of one event's figures (a story of the tally)."""
        by_id = {f.source.id: f for f in self.tally.figures}
        return confirmation(tuple(by_id[i] for i in figure_ids if i in by_id), self.marks)

    def to_json(self) -> dict[str, object]:
        """The `sitrep tally --json` document: the tally (`extract.tally.tally_to_json`), the
        marks on every FIGURE, and how many counted figures are confirmed, in all and per
        story."""
        data = tally_to_json(self.tally)
        for key, figures in (("context", self.tally.context), ("figures", self.tally.figures)):
            data[key] = [marked_figure_to_json(f, self.marks.get(f.source.id)) for f in figures]
        whole = self.confirmation()
        data["confirmed"], data["figures_counted"] = whole.confirmed, whole.counted
        stories = []
        for event, story in zip(self.tally.events, _dicts(data["stories"]), strict=True):
            part = self.event_confirmation(event.figure_ids)
            stories.append({**story, "confirmed": part.confirmed, "figures_counted": part.counted})
        data["stories"] = stories
        data["confirmed_only"] = self.confirmed_only
        return data


def _dicts(value: object) -> list[dict[str, object]]:
    assert isinstance(value, list)
    return value


@dataclass(frozen=True, slots=True)
class Step:
    """The event's tally of one kind after the reports up to `at`."""

    at: datetime
    value: int
    low: int
    high: int
    """The range its sources allow; `low` < `high` when sources disagree."""
    counted: tuple[int, ...]
    """The figures counted at that moment."""

    def to_json(self) -> dict[str, object]:
        return {
            "at": iso(self.at),
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "counted": list(self.counted),
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    """One event's toll over time (`storage.timeline`): every report with its verdict, the
    counted line of each kind, the long-run tolls apart."""

    event: EventTally
    """The event's row in the all-time tally (`covered_by` set when an area's toll contains
    it: its deaths are counted there)."""
    kind: EventType
    """`incident`, `running` (a toll over a short period) or `long` (a long-run toll)."""
    points: tuple[TalliedFigure, ...]
    context: tuple[TalliedFigure, ...]
    killed: tuple[Step, ...]
    injured: tuple[Step, ...]
    marks: dict[int, FigureMark]
    sampled: bool
    """The line was worked out at evenly spaced reports, not at every one."""

    def to_json(self) -> dict[str, object]:
        """The `sitrep story ID --json` document."""
        e = self.event
        return {
            "id": e.id,
            "label": e.label,
            "type": self.kind,
            "country": e.country,
            "place": e.place,
            "killed": e.killed,
            "injured": e.injured,
            "killed_low": e.killed_low,
            "killed_high": e.killed_high,
            "civilians_killed": e.civilians_killed,
            "as_of": iso(e.as_of),
            "covered_by": e.covered_by,
            "figures_counted": sum(1 for f in self.points if f.counted),
            "confirmed": sum(
                1
                for f in self.points
                if f.counted and (m := self.marks.get(f.source.id)) and m.mark == "confirmed"
            ),
            "points": [marked_figure_to_json(f, self.marks.get(f.source.id)) for f in self.points],
            "line": {
                "killed": [s.to_json() for s in self.killed],
                "injured": [s.to_json() for s in self.injured],
            },
            "sampled": self.sampled,
            "context": [
                marked_figure_to_json(f, self.marks.get(f.source.id)) for f in self.context
            ],
        }
