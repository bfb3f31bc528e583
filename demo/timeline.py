"""Where the demo stands at a given moment: which items are out, and in which version.

The state is a pure function of (origin, speed, now), so the server holds no mutable list of
released items: a test can move an injected clock forward and every request sees exactly the
items due by then, with published times that do not depend on when anyone happened to poll.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from demo.scenario import Item, Scenario


@dataclass(frozen=True, slots=True)
class Entry:
    """An item as it currently reads in its outlet's feed."""

    item: Item
    title: str
    summary: str
    published: datetime
    updated: datetime
    """The time of the latest version: `published` until a revision is out."""

    @property
    def revised(self) -> bool:
        return self.updated != self.published


@dataclass(frozen=True, slots=True)
class Timeline:
    """The scenario laid out in real time from `origin`, live offsets divided by `speed`.

    History (negative offsets) is not compressed: "published 3 hours ago" must stay 3 hours so
    that the dashboard's 24h panels and sparklines look like a real day.
    """

    scenario: Scenario
    origin: datetime
    speed: float = 1.0

    def __post_init__(self) -> None:
        if self.speed <= 0:
            raise ValueError("speed must be positive")
        if self.origin.tzinfo is None:
            raise ValueError("origin must be timezone-aware")

    def moment(self, offset: float) -> datetime:
        """The wall-clock time of a timeline offset."""
        scaled = offset / self.speed if offset > 0 else offset
        return self.origin + timedelta(seconds=scaled)

    def entry(self, item: Item, now: datetime) -> Entry | None:
        """The item as it reads at `now`, or None if it is not out yet."""
        published = self.moment(item.at)
        if published > now:
            return None
        revision = item.revised
        if revision is not None and (updated := self.moment(revision.at)) <= now:
            return Entry(item, revision.title, revision.summary, published, updated)
        return Entry(item, item.title, item.summary, published, published)

    def entries(self, outlet: str, now: datetime) -> list[Entry]:
        """The outlet's items out by `now`, newest first (ties keep scenario order reversed)."""
        found = [
            entry
            for item in self.scenario.items
            if item.outlet == outlet and (entry := self.entry(item, now)) is not None
        ]
        found.sort(key=lambda entry: (entry.published, entry.item.number), reverse=True)
        return found

    def pending(self, now: datetime) -> int:
        """How many items and revisions are still to come."""
        count = 0
        for item in self.scenario.items:
            count += self.moment(item.at) > now
            if item.revised is not None:
                count += self.moment(item.revised.at) > now
        return count

    def finished_by(self) -> datetime:
        """When the last item or revision is out."""
        return self.moment(self.scenario.last_offset())
